"""The day calendar and the week overview, as pure rules: rows, layout, statuses, slots, moves."""
