"""Use cases of the day calendar and the managers' week (REQUIREMENTS screens 1–2)."""
