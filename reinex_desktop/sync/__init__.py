"""The sync service layer: one Gateway protocol and its implementations, plus the outbox."""
