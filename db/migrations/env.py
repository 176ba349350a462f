"""Alembic environment: always called from db.migrate with an open connection (no alembic.ini, no URL here)."""

from __future__ import annotations

from alembic import context

from db.models import Base, is_model_object

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - guard for a bare `alembic` call
    raise SystemExit("run migrations through db.migrate.upgrade(), which supplies the connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite: ALTER by copying the table (see db.migrate for the foreign-key trap)
    compare_type=True,
    transactional_ddl=True,
    include_name=is_model_object,  # the lists' search indexes (migration 0009) are not in the models
)
# db.migrate.upgrade owns the transaction; run inside it.
context.run_migrations()
