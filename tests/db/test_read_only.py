"""Read-only opens (export, info and report on the command line): they work while the app has the file open, they
never write, and a store at an older schema is migrated by a command that may write instead of being refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command as alembic_command
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from db.errors import StoreError, StoreLocked, StoreNeedsMigration
from db.migrate import alembic_config, current_revision, head_revision
from db.models import Initiative, Partner
from db.store import Store, make_engine, open_store
from desktop.cli import main as fieldbook
from desktop.core import records
from desktop.core.demo import build_demo

#: The migration before the newest one: a store written by the previous version.
OLDER = "0005"


def _initiatives(store: Store) -> int:
    with store.read_session() as session:
        return session.scalar(select(func.count()).select_from(Initiative)) or 0


def _revision(path: Path) -> str | None:
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            return current_revision(conn)
    finally:
        engine.dispose()


def _downgrade(path: Path, revision: str) -> None:
    """What a store written by an older version looks like (as tests/db/test_migrations.py does it)."""
    engine = make_engine(f"sqlite:///{path}")
    config = alembic_config()
    with engine.connect() as conn, conn.begin():
        config.attributes["connection"] = conn
        alembic_command.downgrade(config, revision)
    engine.dispose()


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "office.sqlite"
    with open_store(path) as store:
        build_demo(store, "KEN-NBO")
    return path


def test_a_read_only_open_reads_while_the_app_holds_the_files_lock(demo_path: Path) -> None:
    with open_store(demo_path, user="amina") as app:  # the app has the file open
        with pytest.raises(StoreLocked):
            open_store(demo_path)  # a second writer is kept out...
        with open_store(demo_path, read_only=True) as reader:  # ...a reader is not
            assert reader.office_code == "KEN-NBO"
            assert _initiatives(reader) == 4
            # What the app commits meanwhile is seen by the reader's next transaction (WAL).
            records.save_record(app, "partner", {"name": "Kenya Red Cross", "partner_type": "ngo"})
            with reader.read_session() as session:
                assert "Kenya Red Cross" in session.scalars(select(Partner.name)).all()


def test_an_insert_through_a_read_only_store_is_refused(demo_path: Path) -> None:
    with open_store(demo_path, read_only=True) as reader:
        with pytest.raises(DBAPIError, match="readonly"), reader.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO partner (id, revision, created_at, updated_at, office_code, name, "
                                 "acronym, partner_type) VALUES ('00000000000000000000000000000001', 1, "
                                 "'2024-01-01 00:00:00', '2024-01-01 00:00:00', 'KEN-NBO', 'Sneaked in', '', 'ngo')")
        with pytest.raises(DBAPIError):  # through the record services too
            records.save_record(reader, "partner", {"name": "Sneaked in", "partner_type": "ngo"})
    with open_store(demo_path) as store, store.read_session() as session:
        assert "Sneaked in" not in session.scalars(select(Partner.name)).all()


def test_a_missing_file_is_refused_in_one_line_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "office.sqlite"
    with pytest.raises(StoreError) as refused:
        open_store(missing, read_only=True)
    message = str(refused.value)
    assert "\n" not in message and str(missing) in message and "no such data file" in message
    assert not missing.exists() and not missing.parent.exists()


def test_info_on_a_missing_file_says_so_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "office.sqlite"
    assert fieldbook(["info", "--db", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such data file" in err and "Traceback" not in err
    assert not missing.exists()


def test_a_read_only_open_of_an_older_schema_needs_migration_and_leaves_the_file_alone(demo_path: Path) -> None:
    _downgrade(demo_path, OLDER)
    with pytest.raises(StoreNeedsMigration) as refused:
        open_store(demo_path, read_only=True)
    assert "\n" not in str(refused.value) and OLDER in str(refused.value)
    assert _revision(demo_path) == OLDER  # not migrated by a read-only open
    assert not (demo_path.parent / "backups").exists()


@pytest.mark.parametrize("command", ["info", "export"])
def test_a_command_on_a_store_at_an_older_schema_migrates_it(
        demo_path: Path, tmp_path: Path, command: str, capsys: pytest.CaptureFixture[str]) -> None:
    _downgrade(demo_path, OLDER)
    argv = [command, "--db", str(demo_path)]
    if command == "export":
        argv += ["--out", str(tmp_path / "out") + "/", "--period", "2024-H1"]
    assert fieldbook(argv) == 0
    assert _revision(demo_path) == head_revision()
    assert list((demo_path.parent / "backups").glob("*before-migration-from-0005*"))  # backed up first
    if command == "info":
        assert "4 initiative" in capsys.readouterr().out
    else:
        assert (tmp_path / "out" / "KEN-NBO_2024-H1_001.xlsx").is_file()
    with open_store(demo_path, read_only=True) as reader:  # read-only opens work again
        assert _initiatives(reader) == 4


def test_a_store_needing_migration_is_not_migrated_while_the_app_has_it_open(
        demo_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _downgrade(demo_path, OLDER)
    with open_store(demo_path, migrate=False):  # an app (of the older version) has it open
        assert fieldbook(["info", "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already open" in err
    assert _revision(demo_path) == OLDER


@pytest.mark.postgres
def test_a_read_only_postgresql_store_refuses_an_insert(pg_url: str) -> None:
    with open_store(pg_url) as store:
        build_demo(store, "KEN-NBO")
    with open_store(pg_url, read_only=True) as reader:
        assert reader.office_code == "KEN-NBO" and _initiatives(reader) == 4
        with pytest.raises(DBAPIError, match="read-only"), reader.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO partner (id, revision, created_at, updated_at, office_code, name, "
                                 "acronym, partner_type) VALUES ('00000000-0000-0000-0000-000000000001', 1, "
                                 "now(), now(), 'KEN-NBO', 'Sneaked in', '', 'ngo')")
        with pytest.raises(DBAPIError, match="read-only"):
            records.save_record(reader, "partner", {"name": "Sneaked in", "partner_type": "ngo"})
    with open_store(pg_url) as store, store.read_session() as session:
        assert "Sneaked in" not in session.scalars(select(Partner.name)).all()
