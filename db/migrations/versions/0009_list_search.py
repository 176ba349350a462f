"""the lists at headquarters size: an index the lists search through, and the initiatives' code indexed for sorting

Search as you type matches every word the person typed anywhere in a record's searchable text (an initiative's code,
title, locality and country code; a partner's name, acronym and country code; a knowledge product's title and
link). At headquarters size (100k initiatives and more) that is answered by an index, not by reading every row:

- SQLite: an FTS5 table with the trigram tokenizer per list (``search_initiative``, ``search_partner``,
  ``search_knowledge_product``), one row per record with the record's ``rowid`` and its searchable text, kept
  current by triggers on the record's table — so every write path (entry forms, import, undo, deletion, a script
  with plain SQL) keeps it current. Words of three characters or more are found through the trigram index; shorter
  ones are compared with the indexed text.
- PostgreSQL: a pg_trgm GIN index on the lower-case searchable text of each table (``search_*_trgm``), which the
  server keeps current itself. When pg_trgm cannot be installed the lists still search (by reading the table).

These objects are derived: ``db.models.is_model_object`` leaves them out when the models are compared with a store.
A later migration that recreates one of these tables (a batch ALTER on SQLite) drops its triggers with it: it must
run ``create_sqlite(op.get_bind(), entity)`` of this module's definitions again (copy them), which also refills the
index. So must anything that renumbers rowids (``VACUUM`` may, on tables without an INTEGER PRIMARY KEY; Fieldbook
never runs it).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa

revision: str = "0009"
down_revision: Union[str, Sequence[str], None] = "0008"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

#: entity (= table) → its searchable text as SQL over the table's columns (``{p}`` is ``new.``/``old.``/nothing).
#: The lists read this text from the database (desktop.core.records); the in-memory search of a short list
#: searches the same fields (desktop.ui.models' search_fields).
SEARCH_TEXT = {
    "initiative": "{p}code || ' ' || {p}title || ' ' || {p}locality || ' ' || {p}country",
    "partner": "{p}name || ' ' || {p}acronym || ' ' || coalesce({p}country, '')",
    "knowledge_product": "{p}title || ' ' || {p}link",
}
SEARCHED_COLUMNS = {"initiative": "code, title, locality, country", "partner": "name, acronym, country",
                    "knowledge_product": "title, link"}


def create_sqlite(bind: sa.Connection, entity: str) -> None:
    """The FTS5 trigram table of one list, its three triggers, and its rows for the records already there."""
    table, search = entity, f"search_{entity}"
    text = SEARCH_TEXT[entity]
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {search}")
    # columnsize=0: no per-row token counts (nothing ranks by them); the text is kept (short words compare with it).
    bind.exec_driver_sql(f"CREATE VIRTUAL TABLE {search} USING fts5(text, tokenize='trigram', columnsize=0)")
    bind.exec_driver_sql(f"""
        CREATE TRIGGER {search}_insert AFTER INSERT ON {table} BEGIN
            INSERT INTO {search}(rowid, text) VALUES (new.rowid, {text.format(p='new.')});
        END""")
    bind.exec_driver_sql(f"""
        CREATE TRIGGER {search}_delete AFTER DELETE ON {table} BEGIN
            DELETE FROM {search} WHERE rowid = old.rowid;
        END""")
    bind.exec_driver_sql(f"""
        CREATE TRIGGER {search}_update AFTER UPDATE OF {SEARCHED_COLUMNS[entity]} ON {table} BEGIN
            DELETE FROM {search} WHERE rowid = old.rowid;
            INSERT INTO {search}(rowid, text) VALUES (new.rowid, {text.format(p='new.')});
        END""")
    bind.exec_driver_sql(f"INSERT INTO {search}(rowid, text) SELECT rowid, {text.format(p='')} FROM {table}")


def drop_sqlite(bind: sa.Connection, entity: str) -> None:
    search = f"search_{entity}"
    for suffix in ("insert", "delete", "update"):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {search}_{suffix}")
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {search}")


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for entity in SEARCH_TEXT:
            create_sqlite(bind, entity)
    elif bind.dialect.name == "postgresql":
        # pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the owner of the database may create
        # it. Where it is missing the upgrade goes on without the indexes (a savepoint keeps the transaction usable).
        savepoint = bind.begin_nested()
        try:
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except sa.exc.DBAPIError:
            savepoint.rollback()
            return
        savepoint.commit()
        for entity, text in SEARCH_TEXT.items():
            bind.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS search_{entity}_trgm ON {entity} "
                                 f"USING gin (lower({text.format(p='')}) gin_trgm_ops)")
    op.create_index("ix_initiative_code", "initiative", ["code"])


def downgrade() -> None:
    op.drop_index("ix_initiative_code", table_name="initiative")
    bind = op.get_bind()
    for entity in SEARCH_TEXT:
        if bind.dialect.name == "sqlite":
            drop_sqlite(bind, entity)
        elif bind.dialect.name == "postgresql":
            bind.exec_driver_sql(f"DROP INDEX IF EXISTS search_{entity}_trgm")
