"""The waiting list (plan §4.2.10, REQUIREMENTS screen 7): entries, their preferences and slot matching."""
