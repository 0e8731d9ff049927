"""PostgreSQL only: the app's tables get the access a deployed tenant gives its own.

Deployed tenants enable row-level security on their tables with a policy for `authenticated` and
`app_user` and grant those roles the tables (the web app and the payroll product write as
`app_user`). The setup gives the same to what it adds: grants on the app's own tables, and on a
Reinex table or view no tenant role has any access to (one the setup itself had to create); and,
when the tenant uses row-level security, RLS and one policy on the app's own tables. The web app's
tables keep exactly the grants it gave them. It grants only what is missing, creates a policy only
when its name is absent, and does nothing for roles that do not exist (a bare PostgreSQL).
"""

from __future__ import annotations

from reinex_desktop.data.ownership import APP_TABLES, TENANT_ROLES, is_shared
from reinex_desktop.data.tables import COMMITMENT_BALANCES_VIEW, metadata

#: The policy the app puts on its own tables.
POLICY_NAME = "reinex_full_access"
TABLE_PRIVILEGES = ("SELECT", "INSERT", "UPDATE", "DELETE")


def _array(names: list[str] | tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join(f"'{name}'" for name in names) + "]::text[]"


def granted_tables() -> list[str]:
    """Every table the app may create outside the shared ones."""
    return [table.name for table in metadata.sorted_tables if not is_shared(table.name)]


def ungranted_clause(relation: str, roles: str) -> str:
    """SQL: none of `roles` may read `relation` yet (so it is not the web app's to keep as it is)."""
    return f"NOT EXISTS (SELECT 1 FROM unnest({roles}) AS g WHERE has_table_privilege(g, {relation}, 'SELECT'))"


def own_tables() -> list[str]:
    return [table.name for table in metadata.sorted_tables if table.name in APP_TABLES]


def access_statement() -> str:
    privileges = " AND ".join(
        f"has_table_privilege(grantee, format('public.%I', tbl), '{p}')" for p in TABLE_PRIVILEGES
    )
    return f"""DO $access$
DECLARE
    granted text[] := {_array(granted_tables())};
    own text[] := {_array(own_tables())};
    grantees text[] := ARRAY(
        SELECT rolname::text FROM pg_roles WHERE rolname = ANY({_array(TENANT_ROLES)}) ORDER BY rolname
    );
    -- Decided before granting anything: the app's own tables, and those no tenant role can read yet.
    receiving text[] := ARRAY(
        SELECT t FROM unnest(granted) AS t
        WHERE t = ANY(own) OR {ungranted_clause("format('public.%I', t)", "grantees")}
    );
    view_unshared boolean := {ungranted_clause(f"'public.{COMMITMENT_BALANCES_VIEW}'", "grantees")};
    tbl text;
    grantee text;
    seq text;
BEGIN
    IF cardinality(grantees) = 0 THEN
        RETURN;
    END IF;
    FOREACH grantee IN ARRAY grantees LOOP
        IF NOT has_schema_privilege(grantee, 'public', 'USAGE') THEN
            EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', grantee);
        END IF;
        FOREACH tbl IN ARRAY receiving LOOP
            IF NOT ({privileges}) THEN
                EXECUTE format('GRANT {", ".join(TABLE_PRIVILEGES)} ON TABLE public.%I TO %I', tbl, grantee);
            END IF;
        END LOOP;
        IF view_unshared AND NOT has_table_privilege(grantee, 'public.{COMMITMENT_BALANCES_VIEW}', 'SELECT') THEN
            EXECUTE format('GRANT SELECT ON TABLE public.{COMMITMENT_BALANCES_VIEW} TO %I', grantee);
        END IF;
        seq := pg_get_serial_sequence('public.sync_changes', 'seq');
        IF seq IS NOT NULL AND NOT has_sequence_privilege(grantee, seq, 'USAGE') THEN
            EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %s TO %I', seq, grantee);
        END IF;
    END LOOP;
    IF NOT EXISTS (
        SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity AND NOT (c.relname = ANY(own))
    ) THEN
        RETURN;  -- the tenant does not use row-level security: neither do the app's tables
    END IF;
    FOREACH tbl IN ARRAY own LOOP
        IF NOT (SELECT relrowsecurity FROM pg_class WHERE oid = format('public.%I', tbl)::regclass) THEN
            EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', tbl);
        END IF;
        IF NOT EXISTS (
            SELECT 1 FROM pg_policies WHERE schemaname = 'public' AND tablename = tbl AND policyname = '{POLICY_NAME}'
        ) THEN
            EXECUTE format(
                'CREATE POLICY {POLICY_NAME} ON public.%I FOR ALL TO %s USING (true) WITH CHECK (true)',
                tbl, (SELECT string_agg(quote_ident(r), ', ') FROM unnest(grantees) AS r)
            );
        END IF;
    END LOOP;
END
$access$"""
