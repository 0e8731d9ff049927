"""Use cases of synchronisation: the status, the writes that need attention, the connection."""
