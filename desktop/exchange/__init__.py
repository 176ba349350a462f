"""The standardized Excel package: format, write, read, validate, merge, import. No Qt here."""
