"""`python -m reinex_desktop.bff_server --database-url URL --port 8765 --token T`: serve a tenant over HTTP."""

from __future__ import annotations

import argparse
import logging
import sys
import uuid

import uvicorn

from reinex_desktop.bff_server.app import ServerConfig, build_app
from reinex_desktop.bff_server.auth import Member
from reinex_desktop.data.engine import open_engine
from reinex_desktop.data.setup_script import apply_schema
from reinex_desktop.domain.permissions import Role


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m reinex_desktop.bff_server",
        description="A web backend speaking the Reinex BFF conventions over a tenant database (for trials and tests).",
    )
    parser.add_argument("--database-url", required=True, help="tenant PostgreSQL database")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--token", action="append", required=True, help="accepted bearer token (repeatable)")
    parser.add_argument("--org-id", default="demo-org", help="the organization the tokens are members of")
    parser.add_argument("--org-name", default="Reinex demo clinic")
    parser.add_argument("--user", default="Reception", help="name of the token's user in the audit trail")
    parser.add_argument("--role", choices=[r.value for r in Role], default=Role.OWNER.value)
    parser.add_argument(
        "--user-id", type=uuid.UUID, help='the user\'s id; their own staff row is the "Employees" row with this id'
    )
    parser.add_argument(
        "--permission",
        action="append",
        default=[],
        metavar="KEY=on|off",
        help="an organization permission override (plan §7.2), e.g. reinex_forms_manage=off (repeatable)",
    )
    parser.add_argument("--apply-schema", action="store_true", help="create or upgrade the tenant schema first")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    engine = open_engine(args.database_url)
    if args.apply_schema:
        apply_schema(engine)
    identity = {"user_id": args.user_id} if args.user_id else {}
    member = Member(name=args.user, role=Role(args.role), org_ids=frozenset({args.org_id}), **identity)
    pairs = (item.partition("=") for item in args.permission)
    overrides = {key.strip(): value.strip().lower() in ("on", "true") for key, _, value in pairs}
    config = ServerConfig(
        engine=engine,
        tokens={token: member for token in args.token},
        org_names={args.org_id: args.org_name},
        org_permissions={args.org_id: overrides},
    )
    uvicorn.run(build_app(config), host=args.host, port=args.port, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())
