"""The clinic's configuration as the settings screen edits it: validated `"Settings"` keys and
instructor colors (REQUIREMENTS screen 8)."""
