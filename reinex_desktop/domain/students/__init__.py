"""Students: search, validation, guardian rules, CSV import/export and the commands that write them.

Plan §4.2.1–4.2.3 (students, guardians, their links) and §4.2.7 (balances for the roster warning).
Everything here is pure: the services layer feeds it domain objects and the tenant-database
handlers call the same checks inside their transaction.
"""
