"""The day calendar grid and the managers' week view (REQUIREMENTS screens 1–2)."""
