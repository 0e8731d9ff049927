"""What the person at the desk sees of synchronisation: states, problems, items needing attention."""
