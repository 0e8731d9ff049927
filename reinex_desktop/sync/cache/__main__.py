"""Headless sync of a cache file: `python -m reinex_desktop.sync.cache --cache FILE --database-url URL`.

Sends the outbox and pulls until nothing waits (or `--timeout`), then prints a JSON summary. For
operators (a desk PC whose app cannot start) and for the crash tests. The web backend's token is
read from the environment variable named by `--token-env`, never from the command line.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from pathlib import Path

from reinex_desktop.sync.cache import open_cached_gateway
from reinex_desktop.sync.feed import Remote


def _remote(args: argparse.Namespace) -> Remote:
    if args.database_url:
        from reinex_desktop.data.engine import open_engine
        from reinex_desktop.sync.tenant_db.remote import TenantDbRemote

        return TenantDbRemote(open_engine(args.database_url))
    from reinex_desktop.sync.bff import BffGateway

    token = os.environ.get(args.token_env, "")
    return BffGateway(args.web_url, token=token, org_id=args.org_id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m reinex_desktop.sync.cache", description=__doc__)
    parser.add_argument("--cache", type=Path, required=True, help="the cache file")
    backend = parser.add_mutually_exclusive_group(required=True)
    backend.add_argument("--database-url", help="tenant PostgreSQL database")
    backend.add_argument("--web-url", help="web backend address")
    parser.add_argument("--org-id", default="", help="organization (web backend)")
    parser.add_argument("--token-env", default="REINEX_TOKEN", help="environment variable holding the token")
    parser.add_argument("--timeout", type=float, default=600.0, help="give up after this many seconds")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    gateway, hygiene = open_cached_gateway(args.cache, _remote(args))
    try:
        drained = gateway.sync.drain(timeout=args.timeout)
        status = gateway.sync.status()
    finally:
        gateway.close()
    summary = {
        "drained": drained,
        "state": status.state.value,
        "pending": status.pending,
        "attention": status.attention,
        "problem": status.problem.value if status.problem else None,
        "requeued_at_start": hygiene.requeued,
    }
    print(json.dumps(summary))
    return 0 if drained else 1


if __name__ == "__main__":
    sys.exit(main())
