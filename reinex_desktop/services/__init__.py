"""Use cases: what a receptionist or manager asks the app to do. No SQL, no HTTP, no widgets."""
