"""the lists' search on PostgreSQL: each record's lower-case searchable text stored beside it, the trigram index on it

Migration 0009 indexed the expression ``lower(code || ' ' || title || …)``. A word most records hold ("city",
"regeneration", a digit) leaves the index with nearly every row to recheck, and the server then computed that
expression again for each: about 60 ms of 100k initiatives per keystroke, most of a keystroke's time. Here the text is
a generated column ``search_text`` (``GENERATED ALWAYS AS (lower(…)) STORED``, PostgreSQL 12+), which the server keeps
current on every write, whatever writes; the pg_trgm index ``search_<entity>_trgm`` is rebuilt on the column. A
recheck (or a scan of the whole table) then compares stored text: about three times faster.

SQLite is unchanged: its FTS5 tables (migration 0009) keep their own copy of the text already.

The column is derived, not in the models: ``db.models.is_model_object`` leaves it out (its name starts with
``search_``) when the models are compared with a store, and nothing writes it (the server refuses writes to a
generated column). When pg_trgm cannot be installed (0009 went on without it) the column is added without the index:
the lists still search, by reading the table.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = "0010"
down_revision: Union[str, Sequence[str], None] = "0009"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

#: entity (= table) → its searchable text, as migration 0009 defines it (copied: a migration does not change).
#: The lists read this text from the database (desktop.core.records); the in-memory search of a short list
#: searches the same fields (desktop.ui.models' search_fields).
SEARCH_TEXT = {
    "initiative": "code || ' ' || title || ' ' || locality || ' ' || country",
    "partner": "name || ' ' || acronym || ' ' || coalesce(country, '')",
    "knowledge_product": "title || ' ' || link",
}


def _has_pg_trgm(bind: sa.Connection) -> bool:
    return bind.exec_driver_sql("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'").first() is not None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    trigrams = _has_pg_trgm(bind)
    for entity, text in SEARCH_TEXT.items():
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS search_{entity}_trgm")
        bind.exec_driver_sql(f"ALTER TABLE {entity} ADD COLUMN search_text text "
                             f"GENERATED ALWAYS AS (lower({text})) STORED")
        if trigrams:
            bind.exec_driver_sql(f"CREATE INDEX search_{entity}_trgm ON {entity} "
                                 f"USING gin (search_text gin_trgm_ops)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return
    trigrams = _has_pg_trgm(bind)
    for entity, text in SEARCH_TEXT.items():
        bind.exec_driver_sql(f"DROP INDEX IF EXISTS search_{entity}_trgm")
        bind.exec_driver_sql(f"ALTER TABLE {entity} DROP COLUMN search_text")
        if trigrams:
            bind.exec_driver_sql(f"CREATE INDEX search_{entity}_trgm ON {entity} "
                                 f"USING gin (lower({text}) gin_trgm_ops)")
