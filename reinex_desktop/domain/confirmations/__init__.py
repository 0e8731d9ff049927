"""The desk's daily confirmations (REQUIREMENTS screen 10): the next business day's participants,
grouped by family, each family asked once and its answer recorded."""
