"""Benchmarks for regional and headquarters work: merge and import of a 150-office set, and KPIs over 1M records.

Registered into :mod:`tests.bench` (run ``make bench`` or ``python -m tests.bench import kpi``). Every measurement
runs in its own child process, so its time and peak memory are its own.

- ``import``: 150 synthetic offices (``--records-per-office``, default 2,000: ≥ 300k records in all) exported as
  packages; merge time; import time into SQLite and into PostgreSQL; in the same run the floor (python-calamine
  parse + sqlite3 ``executemany`` of the same cells) and the naive approach (openpyxl ``load_workbook`` + one ORM
  insert per row, timed on the first ``--naive-packages`` packages and scaled to the whole set; 0 runs it over the
  whole set). Import is measured as the command runs
  it (``import_packages``: the next packages read in other processes, at a lower priority, while one is written) and
  in one process.
  Targets: import ≤ 1.5× the floor and ≥ 10× faster than the naive approach.
- ``kpi``: every KPI over a store of 1M records, target under a second on SQLite.
- ``ui``: opening and filtering 100k initiatives in the desktop app's list.
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
            started = time.perf_counter()
            # The synthetic packages are unsigned: let them in, as --accept-unsigned does (same cost either way).
            summaries = import_packages(store, paths, snapshot=False, executor=pool, readers=int(readers),
                                        policy=Policy(by=store.user, accept_unsigned=True))
            seconds = time.perf_counter() - started
        reader_peak = max(pool.submit(_peak_kb).result() for _ in range(int(readers))) if pool else 0
    finally:
        if pool:
            pool.shutdown()
    refused = [s.line() for s in summaries if s.status != "imported"]
    if refused:
        raise RuntimeError(refused[0])
    return {"seconds": seconds, "records": sum(s.created for s in summaries),
            "reader_peak_mb": round(reader_peak / 1024, 1), "readers": int(readers)}


@measurement("import_floor")
def _import_floor(folder: str, target: str) -> dict[str, Any]:
    """python-calamine parse of every data sheet + sqlite3 executemany of the same cells into plain tables."""
    import python_calamine

    from desktop.exchange import format as fmt

    paths = sorted(glob.glob(f"{folder}/*.xlsx"))
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    created: set[str] = set()
    rows_written = 0
    started = time.perf_counter()
    for path in paths:
        book = python_calamine.CalamineWorkbook.from_path(path)
        with conn:
            for sheet in (*fmt.ENTITY_SHEETS.values(), fmt.DELETIONS_SHEET):
                rows = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
                header, data = rows[0], rows[fmt.HEADER_ROWS:]
                width = len(header)
                if sheet not in created:
                    columns = ", ".join(f'"c{i}"' for i in range(width))
                    conn.execute(f'CREATE TABLE "{sheet}" ({columns})')
                    created.add(sheet)
                marks = ", ".join("?" * width)
                conn.executemany(f'INSERT INTO "{sheet}" VALUES ({marks})',
                                 [[str(c) if not isinstance(c, (int, float, str)) else c for c in row[:width]]
                                  for row in data])
                rows_written += len(data)
        book.close()
    seconds = time.perf_counter() - started
    conn.close()
    return {"seconds": seconds, "records": rows_written}


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
        else:
            try:
                pg_import = measure("import_all", pkg_dir, server.new_database(), "auto", repeats=1)
                print(f"  import into PostgreSQL {pg_import['seconds']:.1f} s", flush=True)
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
        "import_pg_s": round(pg_import["seconds"], 1) if pg_import else "skipped",
        "import_pg_peak_mb": pg_import["peak_mb"] if pg_import else "",
        "floor_s": round(floor["seconds"], 1),
        "import_vs_floor": round(sqlite_import["seconds"] / floor["seconds"], 2), "floor_target": 1.5,
        "naive_packages": naive["packages"], "naive_s_scaled": round(naive_scaled, 1),
        "naive_vs_import": round(naive_scaled / sqlite_import["seconds"], 1), "naive_target": 10,
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
def _ui(n: str) -> dict[str, Any]:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.bench import bench_ui

    timings = bench_ui(int(n))
    return {"seconds": max(timings.values()), **{k: round(v, 3) for k, v in timings.items()}}


@section("ui")
def ui_section(args: argparse.Namespace) -> list[dict[str, Any]]:
    rows = getattr(args, "ui_rows", 100_000)
    result = measure("ui_100k", str(rows), repeats=1)
    result.pop("seconds", None)
    return [{"initiatives": rows, **result}]
