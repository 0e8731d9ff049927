"""The pure domain of Reinex: entities, rules and engines.

Nothing here imports Qt, SQLAlchemy, httpx or keyring (enforced by import-linter).
"""
