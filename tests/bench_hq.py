"""Benchmarks for regional and headquarters work: merge and import of a 150-office set, and KPIs over 1M records.

Registered into :mod:`tests.bench` (run ``make bench`` or ``python -m tests.bench import kpi``). Every measurement
runs in its own child process, so its time and peak memory are its own.

- ``import``: 150 synthetic offices (``--records-per-office``, default 2,000: ≥ 300k records in all) exported as
  packages; merge time; import time into SQLite and into PostgreSQL; in the same run the floor (python-calamine
  parse + sqlite3 ``executemany`` of the same cells into the store's own schema, keys and indexes) and the naive
  approach (openpyxl ``load_workbook`` + one ORM insert per row, timed on the first ``--naive-packages`` packages
  and scaled to the whole set; 0 runs it over the whole set). Import is measured as the command runs
  it (``import_packages``: the next packages read in other processes, at a lower priority, while one is written) and
  in one process.
  Targets: import ≤ 1.5× the floor and ≥ 10× faster than the naive approach. On PostgreSQL the same import, floor
  (psycopg ``executemany``) and naive approach, and two officers importing half the set each into one store at once
  against the same two halves one after the other (:func:`concurrent_imports`).
- ``kpi``: every KPI over a store of 1M records, target under a second on SQLite.
- ``ui``: opening, searching as you type, filtering and sorting 100k initiatives in the desktop app's list, on SQLite
  and on PostgreSQL; targets: open under 1 s, each keystroke under 100 ms.
"""

from __future__ import annotations

import argparse
import glob
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench import build_synthetic_store, measure, measurement, section

OFFICES = 150
NAIVE_SAMPLE = 5


def _office_code(n: int) -> str:
    return f"OF-{n:03d}"


def build_packages(folder: Path, offices: int, records: int) -> list[Path]:
    from db.store import open_store
    from desktop.exchange.export import export_package

    packages = []
    for n in range(offices):
        db = folder / "stores" / f"{_office_code(n)}.sqlite"
        db.parent.mkdir(parents=True, exist_ok=True)
        build_synthetic_store(db, records, seed=1000 + n, office=_office_code(n))
        (folder / "packages").mkdir(exist_ok=True)
        with open_store(db) as store:
            packages.append(export_package(store, folder / "packages", period="2023-H2", sequence=1).path)
        db.unlink()
    return packages


@measurement("merge_all")
def _merge_all(folder: str, out: str) -> dict[str, Any]:
    from desktop.exchange.merge import merge_packages

    paths = sorted(glob.glob(f"{folder}/*.xlsx"))
    started = time.perf_counter()
    result = merge_packages(paths, Path(out), label="HQ-ALL")
    return {"seconds": time.perf_counter() - started, "records": result.records, "packages": len(paths)}


@measurement("import_all")
def _import_all(folder: str, target: str, readers: str = "auto") -> dict[str, Any]:
    """``import_packages`` of the whole set: with ``readers`` > 0 the next packages are read in that many reader
    processes while one is written (their peak memory is reported as ``reader_peak_mb``); with 0, one process
    reads and writes each package in turn."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from db.store import open_store
    from desktop.exchange.importer import default_readers, import_packages, reader_priority
    from tests.bench import _peak_kb

    from desktop.exchange.trust import Policy

    paths = sorted(glob.glob(f"{folder}/*.xlsx"))
    readers = str(default_readers(len(paths))) if readers == "auto" else readers
    pool = (ProcessPoolExecutor(int(readers), mp_context=multiprocessing.get_context("spawn"),
                                initializer=reader_priority) if int(readers) else None)
    try:
        with open_store(target) as store:
            started, cpu_started = time.perf_counter(), _cpu_seconds()
            # The synthetic packages are unsigned: let them in, as --accept-unsigned does (same cost either way).
            summaries = import_packages(store, paths, snapshot=False, executor=pool, readers=int(readers),
                                        policy=Policy(by=store.user, accept_unsigned=True))
            seconds = time.perf_counter() - started
        reader_peak = max(pool.submit(_peak_kb).result() for _ in range(int(readers))) if pool else 0
    finally:
        if pool:
            pool.shutdown()  # its processes' processor time is counted once they have ended
    cpu = _cpu_seconds() - cpu_started
    refused = [s.line() for s in summaries if s.status != "imported"]
    if refused:
        raise RuntimeError(refused[0])
    return {"seconds": seconds, "records": sum(s.created for s in summaries), "cpu_seconds": round(cpu, 2),
            "reader_peak_mb": round(reader_peak / 1024, 1), "readers": int(readers)}


def _cpu_seconds() -> float:
    """Processor time of this process and of its ended children (reader processes): on a shared machine the wall
    time of a run depends on what else runs, this much less."""
    import resource

    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


@measurement("import_floor")
def _import_floor(folder: str, target: str) -> dict[str, Any]:
    """The work an import cannot avoid, in one process: python-calamine parsing every record sheet (and the
    deletions) of every package, and sqlite3 ``executemany`` of the same cells, each turned into the form the store
    keeps it in (ids as hex, dates as ISO text, cents as integers, SDG targets as link rows), into the real schema
    with its keys, foreign keys and indexes — a store made by ``open_store``, written through its own connection
    settings (WAL, synchronous FULL, foreign keys on) with the import's page cache and one commit per batch of
    BATCH_RECORDS records, as the import does. No checking, no digest, no versions: only parse and write."""
    import decimal

    import python_calamine
    from sqlalchemy import Date, Integer, Uuid

    from db.models import ENTITY_TYPES, InitiativeSdgTarget, Tombstone
    from db.store import open_store
    from db.types import DecimalText, MinorUnits, UTCDateTime
    from desktop.exchange import format as fmt
    from desktop.exchange.importer import BATCH_CACHE_KIB, BATCH_RECORDS

    def converter(column: Any) -> Any:
        """The cell (as python-calamine gives it) in the store's form: the least work that stores the same value."""
        kind = column.type
        if isinstance(kind, Uuid):
            return lambda c: c.replace("-", "") if c else None
        if isinstance(kind, Integer):
            return lambda c: int(c) if c != "" else None
        if isinstance(kind, Date):
            return lambda c: c.isoformat() if c != "" else None
        if isinstance(kind, MinorUnits):
            places = kind.scale
            return lambda c: int(decimal.Decimal(repr(c)).scaleb(places)) if c != "" else None
        if isinstance(kind, DecimalText):
            return lambda c: repr(c) if c.__class__ is float else (c or None)
        if isinstance(kind, UTCDateTime):
            return lambda c: c or None
        return None  # text: as it is

    paths = sorted(glob.glob(f"{folder}/*.xlsx"))
    store = open_store(target)  # created and migrated the way the import's store is
    raw = store.engine.raw_connection()  # the store's own connection settings (db.store's connect listener)
    sqlite = store.is_sqlite
    if sqlite:
        conn = raw.driver_connection
        conn.execute(f"PRAGMA cache_size = -{BATCH_CACHE_KIB}")
        mark = "?"
    else:  # PostgreSQL through psycopg: the same cells, its own parameter marks; a transaction opens by itself
        conn = raw.driver_connection.cursor()
        mark = "%s"
    tables = {entity: cls.__table__ for entity, cls in ENTITY_TYPES.items()}
    plans: dict[str, Any] = {}
    links_sql = f"INSERT INTO {InitiativeSdgTarget.__tablename__} (initiative_id, target_code) VALUES ({mark}, {mark})"
    tomb = Tombstone.__table__
    tomb_sql = (f"INSERT INTO {tomb.name} ({', '.join(c.name for c in tomb.columns)}) "
                f"VALUES ({', '.join([mark] * len(tomb.columns))})")
    tomb_convert = [converter(c) for c in tomb.columns]
    rows_written = pending = 0
    started, cpu_started = time.perf_counter(), _cpu_seconds()
    if sqlite:
        conn.execute("BEGIN")
    for path in paths:
        book = python_calamine.CalamineWorkbook.from_path(path)
        for entity, sheet in fmt.ENTITY_SHEETS.items():
            rows = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
            header, data = rows[0], rows[fmt.HEADER_ROWS:]
            table = tables[entity]
            if entity not in plans:
                columns = [c for c in table.columns if c.key in header]
                plans[entity] = (
                    f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) "
                    f"VALUES ({', '.join([mark] * len(columns))})",
                    [(header.index(c.key), converter(c)) for c in columns],
                )
            sql, plan = plans[entity]
            conn.executemany(sql, [[cell if convert is None else convert(cell)
                                    for cell, convert in ((row[at], convert) for at, convert in plan)]
                                   for row in data])
            if entity == "initiative":
                ids, targets = header.index("id"), header.index("sdg_targets")
                conn.executemany(links_sql, [(row[ids].replace("-", ""), code) for row in data
                                             for code in str(row[targets]).split()])
            rows_written += len(data)
            pending += len(data)
        deleted = book.get_sheet_by_name(fmt.DELETIONS_SHEET).to_python(skip_empty_area=False)[fmt.HEADER_ROWS:]
        conn.executemany(tomb_sql, [[cell if convert is None else convert(cell)
                                     for cell, convert in zip(row, tomb_convert)] for row in deleted])
        book.close()
        if pending >= BATCH_RECORDS:
            raw.driver_connection.commit()
            if sqlite:
                conn.execute("BEGIN")
            pending = 0
    raw.driver_connection.commit()
    seconds, cpu = time.perf_counter() - started, _cpu_seconds() - cpu_started
    raw.close()
    store.close()
    return {"seconds": seconds, "records": rows_written, "cpu_seconds": round(cpu, 2)}


@measurement("import_naive")
def _import_naive(folder: str, target: str, sample: str) -> dict[str, Any]:
    """openpyxl load_workbook + one ORM object inserted (and flushed) per row, on the first ``sample`` packages."""
    import openpyxl

    from db.models import ENTITY_TYPES
    from db.store import open_store
    from desktop.core import rules
    from desktop.exchange import format as fmt

    paths = sorted(glob.glob(f"{folder}/*.xlsx"))[: int(sample)]
    rows_written = 0
    with open_store(target) as store:
        started = time.perf_counter()
        for path in paths:
            book = openpyxl.load_workbook(path)
            with store.session(keep_identity=True) as session:
                for entity, sheet in fmt.ENTITY_SHEETS.items():
                    ws = book[sheet]
                    rows = ws.iter_rows(values_only=True)
                    keys = list(next(rows))
                    next(rows), next(rows)
                    for row in rows:
                        raw = {k: v for k, v in zip(keys, row, strict=False) if k}
                        values, _ = rules.coerce(entity, raw, identity=True)
                        targets = values.pop("sdg_targets", None)
                        obj = ENTITY_TYPES[entity](**{k: v for k, v in values.items() if v is not None})
                        if targets:
                            obj.set_sdg_targets(targets)
                        session.add(obj)
                        session.flush()
                        rows_written += 1
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "records": rows_written, "packages": len(paths)}


def _fastest(runs: Any) -> dict[str, Any]:
    return min(runs, key=lambda run: run["seconds"])


@section("import")
def import_section(args: argparse.Namespace) -> list[dict[str, Any]]:
    from tests.pgserver import NoPostgres, PostgresServer

    offices = getattr(args, "offices", OFFICES)
    per_office = getattr(args, "records_per_office", 2000)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="fieldbook-bench-hq-") as name:
        folder = Path(name)
        started = time.perf_counter()
        packages = build_packages(folder, offices, per_office)
        print(f"  {len(packages)} office packages written in {time.perf_counter() - started:.0f} s", flush=True)
        pkg_dir = str(folder / "packages")
        (folder / "merged").mkdir()
        merge = measure("merge_all", pkg_dir, str(folder / "merged"), repeats=1)
        print(f"  merge {merge['seconds']:.1f} s", flush=True)
        # The machine's speed wanders by ±20 % from one minute to the next: the import and its floor are each
        # measured twice (into a fresh store each time) and the faster run kept, as measure() does for the rest.
        sqlite_import = _fastest(measure("import_all", pkg_dir, str(folder / f"hq-{n}.sqlite"), "auto", repeats=1)
                                 for n in range(2))
        print(f"  import into SQLite {sqlite_import['seconds']:.1f} s (reading in {sqlite_import['readers']} other "
              "processes)", flush=True)
        serial = measure("import_all", pkg_dir, str(folder / "hq-serial.sqlite"), "0", repeats=1)
        print(f"  import into SQLite {serial['seconds']:.1f} s (one process)", flush=True)
        floor = _fastest(measure("import_floor", pkg_dir, str(folder / f"floor-{n}.sqlite"), repeats=1)
                         for n in range(2))
        print(f"  floor {floor['seconds']:.1f} s", flush=True)
        sample = getattr(args, "naive_packages", NAIVE_SAMPLE) or len(packages)
        naive = measure("import_naive", pkg_dir, str(folder / "naive.sqlite"), str(sample), repeats=1)
        naive_scaled = naive["seconds"] * sqlite_import["records"] / max(naive["records"], 1)
        print(f"  naive {naive['seconds']:.1f} s for {naive['records']} records ({naive['packages']} packages)",
              flush=True)
        try:
            server = PostgresServer().start()
        except NoPostgres as exc:
            print(f"  POSTGRESQL SKIPPED: {exc}", flush=True)
            pg_import = None
            pg: dict[str, Any] = {"import_pg_s": "skipped"}
        else:
            try:
                pg_import = measure("import_all", pkg_dir, server.new_database(), "auto", repeats=1)
                print(f"  import into PostgreSQL {pg_import['seconds']:.1f} s", flush=True)
                pg_floor = _fastest(measure("import_floor", pkg_dir, server.new_database(), repeats=1)
                                    for _ in range(2))
                print(f"  floor on PostgreSQL {pg_floor['seconds']:.1f} s", flush=True)
                pg_naive = measure("import_naive", pkg_dir, server.new_database(), str(sample), repeats=1)
                pg_naive_scaled = pg_naive["seconds"] * pg_import["records"] / max(pg_naive["records"], 1)
                print(f"  naive on PostgreSQL {pg_naive['seconds']:.1f} s for {pg_naive['records']} records",
                      flush=True)
                pg = {
                    "import_pg_s": round(pg_import["seconds"], 1), "import_pg_peak_mb": pg_import["peak_mb"],
                    "floor_pg_s": round(pg_floor["seconds"], 1),
                    "import_pg_vs_floor": round(pg_import["seconds"] / pg_floor["seconds"], 2),
                    "naive_pg_s_scaled": round(pg_naive_scaled, 1),
                    "naive_pg_vs_import": round(pg_naive_scaled / pg_import["seconds"], 1),
                }
                pg.update(concurrent_imports(pkg_dir, server))
                print(f"  two imports into PostgreSQL at once {pg['pg_two_at_once_s']:.1f} s, one after the other "
                      f"{pg['pg_one_after_other_s']:.1f} s", flush=True)
            finally:
                server.stop()
        shutil.rmtree(folder / "stores", ignore_errors=True)
    rows.append({
        "offices": offices, "records": sqlite_import["records"],
        "merge_s": round(merge["seconds"], 1), "merge_peak_mb": merge["peak_mb"],
        "import_sqlite_s": round(sqlite_import["seconds"], 1), "import_sqlite_peak_mb": sqlite_import["peak_mb"],
        "reader_peak_mb": sqlite_import["reader_peak_mb"],
        "import_sqlite_one_process_s": round(serial["seconds"], 1),
        "one_process_vs_floor": round(serial["seconds"] / floor["seconds"], 2),
        "floor_s": round(floor["seconds"], 1),
        "import_vs_floor": round(sqlite_import["seconds"] / floor["seconds"], 2), "floor_target": 1.5,
        # Processor seconds (readers included): what the wall times above would be on an idle machine, nearly.
        "import_cpu_s": sqlite_import["cpu_seconds"], "one_process_cpu_s": serial["cpu_seconds"],
        "floor_cpu_s": floor["cpu_seconds"],
        "naive_packages": naive["packages"], "naive_s_scaled": round(naive_scaled, 1),
        "naive_vs_import": round(naive_scaled / sqlite_import["seconds"], 1), "naive_target": 10,
        **pg,
    })
    return rows


@measurement("kpi_1m")
def _kpi(db: str) -> dict[str, Any]:
    from db.store import open_store
    from desktop.core.kpi import KpiFilters, compute_kpis

    with open_store(db) as store:
        timings = {}
        for label, filters in (("all", KpiFilters()), ("period 2023", KpiFilters(period="2023")),
                               ("flagship FP1, 2024-H1", KpiFilters(flagship="FP1", period="2024-H1"))):
            started = time.perf_counter()
            kpis = compute_kpis(store, filters)
            timings[label] = time.perf_counter() - started
    return {"seconds": max(timings.values()), "timings": timings, "initiatives": kpis.initiatives}


@section("kpi")
def kpi_section(args: argparse.Namespace) -> list[dict[str, Any]]:
    from sqlalchemy import func, select

    from db.models import RECORD_TYPES
    from db.store import open_store

    records = getattr(args, "kpi_records", 1_000_000)
    with tempfile.TemporaryDirectory(prefix="fieldbook-bench-kpi-") as name:
        db = Path(name) / "hq.sqlite"
        started = time.perf_counter()
        build_synthetic_store(db, records, seed=99, office="HQ-BENCH")
        with open_store(db) as store, store.engine.connect() as conn:
            total = sum(conn.scalar(select(func.count()).select_from(cls.__table__)) for cls in RECORD_TYPES)
        print(f"  store of {total:,} records built in {time.perf_counter() - started:.0f} s", flush=True)
        result = measure("kpi_1m", str(db))
    return [{"records": total, **{f"kpi_{k}_s": round(v, 3) for k, v in result["timings"].items()},
             "target_s": 1.0, "peak_mb": result["peak_mb"]}]


@measurement("ui_100k")
def _ui(n: str, url: str = "") -> dict[str, Any]:
    """The initiative list of ``n`` initiatives in the app: opening it, search as you type (each keystroke), filters
    and a sort; on a SQLite file, or on the empty PostgreSQL database ``url``."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.bench import bench_ui

    timings = bench_ui(int(n), url=url or None)
    return {"seconds": timings["open_window_with_list_s"], **{k: round(v, 3) for k, v in timings.items()}}


#: What the ui section's table shows of each run (the rest is in the saved results).
UI_COLUMNS = ("open_window_with_list_s", "keystroke_median_s", "keystroke_worst_s", "keystrokes",
              "keystroke_gc_worst_s", "keystroke_full_gc", "filter_status_s", "sort_by_title_s", "longest_ui_stall_s",
              "insert_s", "peak_mb")


@section("ui")
def ui_section(args: argparse.Namespace) -> list[dict[str, Any]]:
    """Targets at 100k initiatives: the list open under 1 s, each keystroke of search as you type under 100 ms."""
    from tests.pgserver import NoPostgres, PostgresServer

    rows = getattr(args, "ui_rows", 100_000)
    out = []
    sqlite = measure("ui_100k", str(rows), repeats=1)
    out.append({"store": "SQLite", "initiatives": rows, **{k: sqlite[k] for k in UI_COLUMNS}})
    try:
        server = PostgresServer().start()
    except NoPostgres as exc:
        print(f"  POSTGRESQL SKIPPED: {exc}", flush=True)
        return out
    try:
        pg = measure("ui_100k", str(rows), server.new_database(), repeats=1)
    finally:
        server.stop()
    out.append({"store": "PostgreSQL", "initiatives": rows, **{k: pg[k] for k in UI_COLUMNS}})
    return out


# ---------------------------------------------------------------------------------------------------------------
# Two officers importing into one PostgreSQL store at once


def _timed_children(runs: list[tuple[str, list[str]]]) -> tuple[float, list[dict[str, Any]]]:
    """Start the measurements ``runs`` as child processes at the same moment; wall time until the last is done,
    and their results. (One run alone is timed the same way, so both sides pay the same start-up.)"""
    import json
    import os
    import subprocess
    import sys

    from tests.bench import ROOT

    env = {**os.environ, "PYTHONPATH": str(ROOT), "FIELDBOOK_BENCH_REPEATS": "1"}
    started = time.perf_counter()
    children = [subprocess.Popen([sys.executable, "-m", "tests.bench", "--child", name, *args], cwd=ROOT, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for name, args in runs]
    outputs = [child.communicate() for child in children]
    wall = time.perf_counter() - started
    results = []
    for child, (out, err), (name, _args) in zip(children, outputs, runs, strict=True):
        if child.returncode != 0:
            raise RuntimeError(f"measurement {name} failed:\n{err}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return wall, results


def _store_records(url: str) -> int:
    from sqlalchemy import func, select

    from db.models import ENTITY_TYPES
    from db.store import open_store

    with open_store(url, read_only=True) as store, store.engine.connect() as conn:
        return sum(conn.scalar(select(func.count()).select_from(model.__table__)) or 0
                   for model in ENTITY_TYPES.values())


def concurrent_imports(pkg_dir: str, server: Any) -> dict[str, Any]:
    """Two officers each import half of the offices' packages into one PostgreSQL store at the same time, against
    the same two halves imported one after the other into another fresh store. The import lock serializes their
    batches; what they can overlap is reading and checking the next packages."""
    halves = [Path(pkg_dir).parent / "half-a", Path(pkg_dir).parent / "half-b"]
    for half in halves:
        half.mkdir(exist_ok=True)
    for n, path in enumerate(sorted(Path(pkg_dir).glob("*.xlsx"))):
        (halves[n % 2] / path.name).symlink_to(path)
    one_after_other = server.new_database()
    serial = 0.0
    serial_records = 0
    for half in halves:
        wall, [result] = _timed_children([("import_all", [str(half), one_after_other, "auto"])])
        serial += wall
        serial_records += result["records"]
    together_url = server.new_database()
    together, results = _timed_children([("import_all", [str(half), together_url, "auto"]) for half in halves])
    together_records = sum(result["records"] for result in results)
    if not (together_records == serial_records == _store_records(together_url) == _store_records(one_after_other)):
        raise RuntimeError(f"two imports at once lost records: {together_records} created, "
                           f"{_store_records(together_url)} in the store, {serial_records} one after the other")
    return {"pg_two_at_once_s": round(together, 1), "pg_one_after_other_s": round(serial, 1),
            "pg_at_once_vs_after": round(together / serial, 2)}
