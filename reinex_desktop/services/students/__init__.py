"""Use cases of the students area (REQUIREMENTS screen 3): the roster, a student's profile,
creating and editing students and guardians, deactivating, and CSV export/import.

Every use case takes the `AppContext`; it checks the user's permissions and visibility (plan §7:
instructors see only their students, medical flags need `reinex_medical_flags_view`), sends
writes as one mutation each and tells the screens that "students" changed.
"""
