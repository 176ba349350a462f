"""The database roles of docs/headquarters.md, created by running its SQL as written on a throwaway PostgreSQL server:
an analyst's store opens read-only (asked of PostgreSQL, has_table_privilege), every write through it is refused,
and the command line refuses import and undo in one readable line; an importer imports and undoes."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError

from db.errors import StoreUnwritable
from db.models import Initiative
from db.store import open_store, read_only_text
from desktop.cli import main
from desktop.core.demo import build_demo
from desktop.exchange.export import export_package
from desktop.exchange.importer import import_package, ledger, undo_last_import

pytestmark = pytest.mark.postgres

DOC = Path(__file__).resolve().parents[2] / "docs" / "headquarters.md"


def documented_sql() -> list[str]:
    """The SQL blocks of docs/headquarters.md, in order."""
    return re.findall(r"```sql\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


@pytest.fixture
def hq_roles(postgres_admin_url: str, tmp_path: Path) -> Iterator[dict[str, str]]:
    """The documented roles and database (names made unique: roles belong to the whole server), the store created
    by its owner with one office's package in it. URLs by role."""
    suffix = uuid.uuid4().hex[:8]
    names = {"fieldbook_owner": f"fieldbook_owner_{suffix}", "fieldbook_importer": f"fieldbook_importer_{suffix}",
             "fieldbook_analyst": f"fieldbook_analyst_{suffix}", "headquarters": f"headquarters_{suffix}"}

    def named(sql: str) -> str:
        return re.sub(r"\b(fieldbook_owner|fieldbook_importer|fieldbook_analyst|headquarters)\b",
                      lambda m: names[m.group(1)], sql)

    superuser, as_owner = documented_sql()
    with psycopg.connect(postgres_admin_url, autocommit=True) as conn:
        for statement in named(superuser).split(";"):
            if statement.strip():
                conn.execute(statement)
    base = postgres_admin_url.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    server = base.split("@", 1)[1]
    urls = {role: f"postgresql+psycopg://{names['fieldbook_' + role]}@{server}/{names['headquarters']}"
            for role in ("owner", "importer", "analyst")}
    with open_store(urls["owner"], user="owner") as store:  # the first open makes the tables, owned by the owner
        assert not store.read_only
    owner_dsn = urls["owner"].replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(owner_dsn, autocommit=True) as conn:
        conn.execute(named(as_owner))
    yield urls


def _package(tmp_path: Path, office: str) -> Path:
    (tmp_path / "out").mkdir(exist_ok=True)
    with open_store(tmp_path / f"{office}.sqlite") as store:
        build_demo(store, office)
        return export_package(store, tmp_path / "out", period="2023-H2").path


def test_an_analysts_store_is_read_only_and_refuses_every_write(hq_roles, tmp_path) -> None:
    with open_store(hq_roles["importer"], user="maria") as importer:
        assert not importer.read_only
        assert import_package(importer, _package(tmp_path, "KEN-NBO")).status == "imported"
    with open_store(hq_roles["analyst"], user="ali") as analyst:
        assert analyst.read_only and analyst.read_only_role
        assert read_only_text(analyst) == "this store is open read-only: your database role cannot write to it"
        with analyst.read_session() as session:  # reading works
            assert session.scalar(select(func.count()).select_from(Initiative)) > 0
        with pytest.raises(StoreUnwritable, match="your database role cannot write"):
            import_package(analyst, _package(tmp_path, "UKR-KYI"))
        with pytest.raises(StoreUnwritable, match="your database role cannot write"):
            undo_last_import(analyst)
        with pytest.raises(DBAPIError), analyst.engine.begin() as conn:  # and the connection itself refuses
            conn.exec_driver_sql("DELETE FROM package_ledger")
        assert len(ledger(analyst)) == 1


def test_the_command_line_refuses_an_analysts_import_and_undo_in_one_line(hq_roles, tmp_path, capsys) -> None:
    package = str(_package(tmp_path, "KEN-NBO"))
    for argv in (["import", package, "--db", hq_roles["analyst"], "--accept-unsigned"],
                 ["import", package, "--db", hq_roles["analyst"], "--dry-run", "--accept-unsigned"],
                 ["import", "--undo-last", "--db", hq_roles["analyst"]]):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err == "fieldbook: this store is open read-only: your database role cannot write to it\n", argv


def test_an_importer_imports_and_undoes(hq_roles, tmp_path, capsys) -> None:
    package = str(_package(tmp_path, "KEN-NBO"))
    assert main(["import", package, "--db", hq_roles["importer"], "--accept-unsigned"]) == 0
    assert main(["import", "--undo-last", "--db", hq_roles["importer"]]) == 0
    said = capsys.readouterr().out.splitlines()[-1]
    assert "undid the import of KEN-NBO_2023-H2_001.xlsx" in said
    with open_store(hq_roles["analyst"]) as analyst:
        assert ledger(analyst) == []


def test_an_analyst_sees_who_is_importing_and_since_when(hq_roles) -> None:
    """pg_read_all_stats, granted in the documented SQL, lets the analyst read the importer's application name."""
    import datetime as dt

    from desktop.exchange.activity import Importer, importing
    from desktop.exchange.importer import _take_import_lock

    since = dt.datetime(2026, 12, 1, 14, 2, tzinfo=dt.timezone.utc)
    with open_store(hq_roles["importer"], user="maria") as importer, open_store(hq_roles["analyst"]) as analyst:
        with importer.engine.connect() as conn, conn.begin():
            _take_import_lock(conn, "maria", None, since)
            assert importing(analyst) == [Importer("maria", since)]
