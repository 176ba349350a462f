"""The Fieldbook store: schema, engine and session, migrations, reference lists.

Imports neither Qt nor openpyxl; everything above it (core rules, exchange, UI) goes through here.
"""
