"""Weekly generation (plan §5): turning weekly templates into lessons, safely.

- `calendar` — which dates the clinic gives no lessons (closed weekdays, Israeli holidays, closures).
- `matching` — which existing lesson already stands for a template's occurrence on a date.
- `plan` / `engine` — the dry-run diff: lessons and participants to insert, matches kept, dates
  skipped with their reason, modified occurrences, and conflicts.
- `safety` — the undo / reset-forward conditions of plan §5.3 as one pure predicate.
- `runs` — generation runs, the undo window and the reports of apply, undo and reset forward.
- `templates` — template versioning "from date X onward" (plan §5.1) and per-date overrides.
- `commands` — the writes: apply, undo, reset forward, template and override changes.
"""
