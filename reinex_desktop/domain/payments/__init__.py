"""Payments at the desk, family balances and receipts (the desk's cash register)."""
