"""Rules and services over the store (validation, periods, demo data, KPIs). No Qt here."""
