"""Use cases of weekly generation and of weekly templates (REQUIREMENTS screens 4–5, plan §5).

- `preview` — the dry-run plan of a range (default: the horizon of Settings from the coming
  Sunday) or of a reset forward, with the names a screen needs.
- `runs` — apply a previewed plan, undo a run inside its window, reset forward; recent runs.
- `templates` — the template list and its "from date X onward" versioning.
- `overrides` — per-date changes of a series, for the template editor **and the calendar**:

  ``cancel_occurrence(context, template_id, day, note=None) -> OverrideResult``
      "Cancel this date of the series": the series stays; generation skips that date.
  ``change_occurrence(context, template_id, day, *, instructor_id=None, service_id=None,
  start_time=None, duration_minutes=None, note=None) -> OverrideResult``
      "Change this date only": generation gives that date's lesson the new values.
  ``restore_occurrence(context, template_id, day) -> None``
      Remove the date's override (refused once a lesson was generated from it).
  ``occurrence_overrides(context, template_id) -> list[TemplateOverride]``
      Every override of the series (all its versions), by date.

  An override shapes what generation creates; a lesson already generated for that date is left
  exactly as it is (`OverrideResult.existing_lesson_id` names it, so the calendar can cancel or
  move the lesson itself). Overrides need `reinex_schedule_manage` (Office too); generation,
  undo, reset forward and template edits need a manager (Owner/Admin).
"""
