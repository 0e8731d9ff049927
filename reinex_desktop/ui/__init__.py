"""Qt widgets, item models and dialogs. They call services and show domain objects; no rules here."""
