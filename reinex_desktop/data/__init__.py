"""The data layer: SQLAlchemy tables of the tenant `public` schema, setup SQL, diagnostics, demo data."""
