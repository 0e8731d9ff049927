"""`TenantDbGateway`: the Gateway over SQLAlchemy, for PostgreSQL tenants and the embedded SQLite file."""

from reinex_desktop.sync.tenant_db.gateway import TenantDbGateway

__all__ = ["TenantDbGateway"]
