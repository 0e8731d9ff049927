"""The Gateway protocol, split by area so each area's reads sit beside each other."""
