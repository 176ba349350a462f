"""Migrations: empty file to head, the batch-alter cascade trap, and restore after a failed migration."""

from __future__ import annotations

import textwrap
import uuid
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, func, select, text

from db.errors import MigrationFailed
from db.migrate import alembic_config, head_revision
from db.models import Base, BeneficiaryCount, FundingLine, Initiative, is_model_object
from db.store import open_store
from desktop.core.demo import build_demo


def _write_migration(folder: Path, body: str, revision: str = "t001") -> Path:
    folder.mkdir(exist_ok=True)
    header = (
        "from alembic import op\nimport sqlalchemy as sa\n\n"
        f"revision = {revision!r}\ndown_revision = {head_revision()!r}\nbranch_labels = None\ndepends_on = None\n\n"
        "def upgrade():\n"
    )
    (folder / f"{revision}_test.py").write_text(header + textwrap.indent(textwrap.dedent(body).strip(), "    ") + "\n")
    return folder


# A batch alter of the parent table: Alembic copies `initiative` to a new table and DROPs the old one.
ALTER_PARENT = """
with op.batch_alter_table("initiative", recreate="always") as batch:
    batch.add_column(sa.Column("donor_note", sa.Text(), nullable=True))
"""


def _children(path: Path) -> tuple[int, int]:
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        counts = (
            conn.scalar(select(func.count()).select_from(BeneficiaryCount.__table__)),
            conn.scalar(select(func.count()).select_from(FundingLine.__table__)),
        )
    engine.dispose()
    return counts


def test_empty_file_migrates_to_head_matching_the_models(tmp_path: Path) -> None:
    with open_store(tmp_path / "new.sqlite") as store:
        with store.engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == head_revision()
            differences = compare_metadata(MigrationContext.configure(conn, opts={"include_name": is_model_object}),
                                           Base.metadata)
    assert differences == []


def test_batch_alter_of_a_parent_table_keeps_its_cascade_children(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    with open_store(path) as store:
        build_demo(store, "KEN-NBO")
    before = _children(path)
    assert before[0] > 0 and before[1] > 0

    extra = _write_migration(tmp_path / "versions", ALTER_PARENT)
    with open_store(path, extra_migrations=[str(extra)]) as store:
        with store.engine.connect() as conn:
            assert "donor_note" in [row[1] for row in conn.exec_driver_sql("PRAGMA table_info(initiative)")]
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1  # back on afterwards
    assert _children(path) == before


def test_the_trap_is_real_with_foreign_keys_on(tmp_path: Path) -> None:
    """The same migration run the naive way (foreign keys on) deletes the children: the test above can fail."""
    path = tmp_path / "office.sqlite"
    with open_store(path) as store:
        build_demo(store, "KEN-NBO")
    extra = _write_migration(tmp_path / "versions", ALTER_PARENT)
    engine = create_engine(f"sqlite:///{path}")
    config = alembic_config([str(extra)])
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        conn.commit()
        config.attributes["connection"] = conn
        with conn.begin():
            command.upgrade(config, "head")
    engine.dispose()
    assert _children(path) == (0, 0)


def test_a_failed_migration_restores_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite"
    with open_store(path) as store:
        build_demo(store, "KEN-NBO")
    before = _children(path)
    extra = _write_migration(tmp_path / "versions", """
        op.execute("DELETE FROM funding_line")
        op.execute("UPDATE initiative SET title = 'half-migrated'")
        raise RuntimeError("the migration breaks halfway")
    """)
    with pytest.raises(MigrationFailed, match="restored from") as error:
        open_store(path, extra_migrations=[str(extra)])
    assert "\n" not in str(error.value)
    assert _children(path) == before
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        assert conn.scalar(text("select count(*) from initiative where title = 'half-migrated'")) == 0
        assert conn.scalar(text("select version_num from alembic_version")) == head_revision()
    engine.dispose()
    assert list((tmp_path / "backups").glob("office-*-before-migration-from-*.sqlite"))
    with open_store(path) as store:  # the store opens normally afterwards
        with store.read_session() as session:
            assert session.scalar(select(func.count()).select_from(Initiative)) == 4


def test_a_store_from_before_the_counted_table_upgrades_with_its_counts(tmp_path: Path) -> None:
    """Migration 0003 once filled the counted table with today's code; a store at 0002 with beneficiary rows must
    still reach head, with the counted table filled."""
    from alembic import command as alembic_command

    from db.store import make_engine, open_store
    from desktop.core.demo import build_demo

    path = tmp_path / "old.sqlite"
    with open_store(path) as store:
        build_demo(store, "KEN-NBO")
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.connect() as conn, conn.begin():
        config.attributes["connection"] = conn
        alembic_command.downgrade(config, "0002")
    engine.dispose()
    with open_store(path) as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM counted_beneficiary").scalar() > 0


@pytest.mark.parametrize("kind", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_where_each_record_came_from_moves_onto_its_row_and_back(kind: str, tmp_path: Path,
                                                                 request: pytest.FixtureRequest) -> None:
    """Migration 0012 moves record_source onto the record rows (source, edited_by) and its downgrade makes the table
    again from them: an imported store says the same of every record after going down to 0011 and up again."""
    from alembic import command as alembic_command

    from db.migrate import upgrade
    from db.models import ENTITY_TYPES
    from db.store import make_engine
    from desktop.exchange.export import export_package
    from desktop.exchange.importer import import_package

    with open_store(tmp_path / "office.sqlite") as office:
        build_demo(office, "KEN-NBO")
        package = export_package(office, tmp_path / "out", period="2023-H2").path
    url = f"sqlite:///{tmp_path / 'hq.sqlite'}" if kind == "sqlite" else request.getfixturevalue("pg_url")
    with open_store(url if kind != "sqlite" else tmp_path / "hq.sqlite") as hq:
        assert import_package(hq, package).status == "imported"
        with hq.engine.begin() as conn:  # one version edited by hand, as an import of an edited row leaves it
            table = ENTITY_TYPES["partner"].__table__
            edited = conn.scalar(select(table.c.id).limit(1))
            conn.execute(table.update().where(table.c.id == edited).values(edited_by='{"edited_by": "maria"}'))

    def on_rows(conn) -> set[tuple]:  # type: ignore[no-untyped-def]
        return {(entity, *row) for entity, cls in ENTITY_TYPES.items() for row in conn.execute(
            select(cls.__table__.c.id, cls.__table__.c.source, cls.__table__.c.edited_by)
            .where(cls.__table__.c.source.is_not(None)))}

    engine = make_engine(url)
    with engine.connect() as conn:
        before = on_rows(conn)
    assert len(before) > 50 and (("partner", edited) in {row[:2] for row in before})
    config = alembic_config()
    with engine.connect() as conn, conn.begin():
        config.attributes["connection"] = conn
        alembic_command.downgrade(config, "0011")
    with engine.connect() as conn:
        kept = {(entity, record_id if kind == "postgresql" else uuid.UUID(record_id), digest, edited_by)
                for entity, record_id, digest, edited_by in conn.execute(
                    text("SELECT entity, record_id, digest, edited_by FROM record_source"))}
    assert kept == before
    upgrade(engine)
    with engine.connect() as conn:
        assert on_rows(conn) == before
    engine.dispose()
