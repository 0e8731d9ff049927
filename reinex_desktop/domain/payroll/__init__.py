"""Instructor earnings and the payroll bridge (plan §4.2.8, Phase 4).

Reinex keeps lesson-based earnings in `lesson_earnings`; a payroll export turns the month's
unexported earnings into `"WorkSessions"` rows of the payroll product and links both ways.
"""
