"""The sync status item, the "needs attention" panel and the connection dialog."""
