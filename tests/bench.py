"""Benchmarks: ``make bench`` (``python -m tests.bench [SECTION …] [--sizes 1000,10000]``).

A small framework: a *section* is a function registered with :func:`section` that measures something and returns rows
for the table. Every measurement runs in its own child process, so its peak memory (``ru_maxrss``) is its own.
Results are printed as a table and written to ``bench-results/bench.json`` (sections from earlier runs are kept).

Sections: ``exchange`` — export and validate synthetic offices of each size against their floors:

- write floor: xlsxwriter (constant_memory) writing the very cells of the package (every sheet, a format per cell),
  already typed; target export ≤ 1.3 × write floor;
- read floor: python-calamine reading the sheets the validator reads; rules: ``rules.coerce`` + ``rules.check`` (with
  references) on the same rows as plain dicts; target validate ≤ 2 × (read floor + rules).

Each time is the fastest of a few runs (the machine may be busy). :mod:`tests.bench_hq` adds ``import`` (merge and
import of a 150-office set against its floor and the naive approach), ``kpi`` (KPIs over 1M records) and ``ui``
(opening and filtering 100k initiatives).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench-results" / "bench.json"
DEFAULT_SIZES = (1_000, 10_000, 100_000)

SECTIONS: dict[str, Callable[[argparse.Namespace], list[dict[str, Any]]]] = {}
#: Child-process measurements by name: (arguments) → (seconds, extra facts).
MEASUREMENTS: dict[str, Callable[..., dict[str, Any]]] = {}


def section(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        SECTIONS[name] = fn
        return fn
    return register


def measurement(name: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def register(fn: Callable[..., Any]) -> Callable[..., Any]:
        MEASUREMENTS[name] = fn
        return fn
    return register


def measure(name: str, *args: str, repeats: int = 3) -> dict[str, Any]:
    """Run one measurement in a child process (the fastest of ``repeats`` runs); its result plus ``peak_mb``, the
    child's peak resident memory."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FIELDBOOK_BENCH_REPEATS": str(repeats)}
    child = subprocess.run([sys.executable, "-m", "tests.bench", "--child", name, *args], cwd=ROOT,
                           capture_output=True, text=True, env=env)
    if child.returncode != 0:
        raise RuntimeError(f"measurement {name} failed:\n{child.stderr}")
    return json.loads(child.stdout.strip().splitlines()[-1])


def _peak_kb() -> int:
    """This process's peak resident memory. VmHWM, not ru_maxrss: on Linux ru_maxrss carries over the parent's
    peak across fork and exec, which would charge the benchmark runner's own memory to every child."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _run_child(name: str, args: list[str]) -> None:
    """Run a measurement ``REPEATS`` times and keep the fastest: the machine may be busy with other work."""
    repeats = int(os.environ.get("FIELDBOOK_BENCH_REPEATS", "3"))
    runs = [MEASUREMENTS[name](*args) for _ in range(max(1, repeats))]
    result = min(runs, key=lambda run: run["seconds"])
    result["peak_mb"] = round(_peak_kb() / 1024, 1)
    print(json.dumps(result, default=str))


# ---------------------------------------------------------------------------------------------------------------
# Synthetic offices, written straight into a store with bulk Core inserts


def build_synthetic_store(path: Path, records: int, seed: int = 7, office: str = "BEN-CH") -> dict[str, int]:
    """An office store with about ``records`` valid records, in the demo's proportions; returns counts by entity."""
    from sqlalchemy import insert

    from db.models import BeneficiaryCount, FundingLine, Initiative, InitiativePartner, KnowledgeProduct, Office
    from db.models import InitiativeSdgTarget, Partner
    from db.counting import refresh_counted
    from db.store import open_store
    from desktop.core.rules import usd_amount

    rng = random.Random(seed)
    at = dt.datetime(2023, 7, 3, 8, 0, tzinfo=dt.timezone.utc)
    n_initiatives = max(1, records // 20)
    n_partners = max(1, records // 50)
    n_links = max(1, records // 12)
    n_products = max(1, records // 40)
    n_funding = max(1, records * 2 // 5)
    n_counts = max(1, records - 1 - n_initiatives - n_partners - n_links - n_products - n_funding)

    def ident() -> dict[str, Any]:
        stamp = at + dt.timedelta(seconds=rng.randrange(10**7), microseconds=rng.randrange(10**6))
        return {"id": uuid.UUID(int=rng.getrandbits(128), version=4), "revision": rng.randint(1, 5),
                "created_at": stamp, "updated_at": stamp, "office_code": office}

    groups = ("residents", "vulnerable", "refugees", "host", "idps", "migrants", "returnees", "officials")
    periods = ("2023-H1", "2023-H2", "2024-H1", "2024-H2")
    words = "urban regeneration resilient settlements inclusive public space housing water climate planning".split()
    rates = {"USD": Decimal(1), "KES": Decimal("0.006900"), "XOF": Decimal("0.001657"), "KWD": Decimal("3.2500"),
             "EUR": Decimal("1.0870")}

    store = open_store(path, user="bench")
    try:
        with store.engine.begin() as conn:
            conn.execute(insert(Office.__table__), [{**ident(), "code": office, "name": "Benchmark office",
                                                     "country": "KEN", "region": "AF", "currency": "KES",
                                                     "language": "en"}])
            partners = [{**ident(), "name": f"Partner {i} " + rng.choice(words), "acronym": f"P{i}",
                         "partner_type": rng.choice(("bilateral", "ngo", "gov_local", "private")),
                         "country": rng.choice((None, "KEN", "SWE", "JPN"))} for i in range(n_partners)]
            conn.execute(insert(Partner.__table__), partners)
            initiatives = [{**ident(), "code": f"BEN-{i:06d}", "title": " ".join(rng.sample(words, 5)).capitalize(),
                            "description": " ".join(rng.choices(words, k=rng.randint(0, 40))), "status": "active",
                            "start_date": dt.date(2022, 1, 1), "end_date": dt.date(2026, 12, 31), "country": "KEN",
                            "admin1": "Nairobi", "locality": rng.choice(("Nairobi", "Kisumu", "Mombasa")),
                            "flagship_code": "FP1", "subprogramme_code": "SP1", "outcome_code": "FO3",
                            "crisis_context": "none"} for i in range(n_initiatives)]
            conn.execute(insert(Initiative.__table__), initiatives)
            conn.execute(insert(InitiativeSdgTarget.__table__),
                         [{"initiative_id": i["id"], "target_code": code} for i in initiatives
                          for code in rng.sample(("11.1", "11.3", "11.7", "1.4", "13.1"), 2)])
            links = [{**ident(), "initiative_id": initiatives[k % n_initiatives]["id"],
                      "partner_id": partners[(k // n_initiatives) % n_partners]["id"],
                      "role": ("implementing", "funding", "government", "academic", "private", "community")[
                          k // (n_initiatives * n_partners) % 6]} for k in range(n_links)]
            conn.execute(insert(InitiativePartner.__table__), links)
            counts = []
            for k in range(n_counts):
                combo, initiative = divmod(k, n_initiatives)
                row = {**ident(), "initiative_id": initiatives[initiative]["id"], "period": periods[combo // 16 % 4],
                       "group_code": groups[combo % 8], "reach_type": ("direct", "indirect")[combo // 8 % 2]}
                for kind in ("targeted", "reached"):
                    total = rng.randrange(100, 100_000)
                    female = total // 2
                    children, youth, older = total // 3, total // 5, total // 10
                    row.update({f"{kind}_total": total, f"{kind}_female": female, f"{kind}_male": total - female,
                                f"{kind}_other": 0, f"{kind}_children": children, f"{kind}_youth": youth,
                                f"{kind}_adults": total - children - youth - older, f"{kind}_older": older,
                                f"{kind}_pwd": total // 20})
                row["reached_total"] = row["targeted_total"]  # reached ≤ targeted, no warning
                for part in ("female", "male", "other", "children", "youth", "adults", "older", "pwd"):
                    row[f"reached_{part}"] = row[f"targeted_{part}"]
                counts.append(row)
            conn.execute(insert(BeneficiaryCount.__table__), counts)
            funding = []
            for k in range(n_funding):
                currency = rng.choice(tuple(rates))
                places = {"XOF": 0, "KWD": 3}.get(currency, 2)
                amount = Decimal(rng.randrange(1, 10**9)).scaleb(-places)
                funding.append({**ident(), "initiative_id": initiatives[k % n_initiatives]["id"],
                                "funder_id": partners[k % n_partners]["id"], "source_type": "bilateral",
                                "modality": "earmarked", "transaction_type": rng.choice(("pledge", "commitment",
                                                                                         "incoming")),
                                "transaction_date": dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(700)),
                                "currency": currency, "amount": amount, "usd_rate": rates[currency],
                                "amount_usd": usd_amount(amount, rates[currency]), "reference": f"REF-{k}",
                                "notes": rng.choice(("", "=SUM(A1) looks like a formula", "Tranche 2"))})
            conn.execute(insert(FundingLine.__table__), funding)
            conn.execute(insert(KnowledgeProduct.__table__), [
                {**ident(), "title": f"Guide {k}", "product_type": "guide", "published_on": dt.date(2023, 9, 1),
                 "initiative_id": initiatives[k % n_initiatives]["id"], "link": f"https://unhabitat.org/k/{k}"}
                for k in range(n_products)])
            refresh_counted(conn, None)  # bulk inserts bypass the ORM hooks that keep it fresh
    finally:
        store.close()
    return {"office": 1, "partner": n_partners, "initiative": n_initiatives, "initiative_partner": n_links,
            "beneficiary_count": n_counts, "funding_line": n_funding, "knowledge_product": n_products}


# ---------------------------------------------------------------------------------------------------------------
# Exchange: the measurements (each in its own process)


@measurement("export")
def _export(db: str, out: str) -> dict[str, Any]:
    from db.store import open_store
    from desktop.exchange.export import export_package

    with open_store(db, user="bench") as store:
        started = time.perf_counter()
        result = export_package(store, out, period="2023-H2")
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "records": result.records, "bytes": Path(out).stat().st_size}


def _cells_of(package: str, sheets: list[str] | None = None) -> dict[str, list[list[Any]]]:
    """The cells of a package's sheets (all by default) as python-calamine reads them."""
    import python_calamine

    book = python_calamine.CalamineWorkbook.from_path(package)
    return {sheet: book.get_sheet_by_name(sheet).to_python() for sheet in sheets or book.sheet_names}


def _read_sheets() -> list[str]:
    """The sheets the validator reads."""
    from desktop.exchange import format as fmt

    return [*fmt.ENTITY_SHEETS.values(), fmt.DELETIONS_SHEET, fmt.MANIFEST_SHEET]


@measurement("write_floor")
def _write_floor(package: str, out: str) -> dict[str, Any]:
    """xlsxwriter (constant_memory) writing the same cells — every sheet's values, each with a cell format as the
    export gives it — already typed, and nothing else: the floor for export."""
    import xlsxwriter

    sheets = _cells_of(package)
    started = time.perf_counter()
    book = xlsxwriter.Workbook(out, {"constant_memory": True})
    cell = book.add_format({"locked": False})
    day = book.add_format({"locked": False, "num_format": "yyyy-mm-dd"})
    for name, rows in sheets.items():
        ws = book.add_worksheet(name)
        write_string, write_number, write_datetime = ws.write_string, ws.write_number, ws.write_datetime
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                if value == "":
                    continue
                if isinstance(value, str):
                    write_string(r, c, value, cell)
                elif isinstance(value, float):
                    write_number(r, c, value, cell)
                else:
                    write_datetime(r, c, value, day)
    book.close()
    return {"seconds": time.perf_counter() - started}


@measurement("validate")
def _validate(package: str) -> dict[str, Any]:
    from desktop.exchange.read import validate_package

    started = time.perf_counter()
    report = validate_package(package)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "valid": report.valid, "errors": len(report.errors), "warnings": len(report.warnings),
            "records": report.records}


@measurement("read_floor")
def _read_floor(package: str) -> dict[str, Any]:
    """python-calamine reading the sheets the validator reads: the floor for reading."""
    import python_calamine  # noqa: F401  (imports are not part of the floor)

    sheets = _read_sheets()
    started = time.perf_counter()
    _cells_of(package, sheets)
    return {"seconds": time.perf_counter() - started}


@measurement("rules_floor")
def _rules_floor(package: str) -> dict[str, Any]:
    """The rules module alone (coercion + the checks with references) on the package's rows, as plain dicts."""
    from desktop.core import rules
    from desktop.exchange import format as fmt

    sheets = _cells_of(package, list(fmt.ENTITY_SHEETS.values()))
    raw: dict[str, list[dict[str, Any]]] = {}
    for entity, sheet in fmt.ENTITY_SHEETS.items():
        rows = sheets[sheet]
        keys = rows[0]
        raw[entity] = [{k: (None if v == "" else v) for k, v in zip(keys, row)} for row in rows[fmt.HEADER_ROWS:]]
    started = time.perf_counter()
    # The fastest way the rules module offers, as the validator uses it: a column at once where its cells are of the
    # usual form (cell by cell otherwise), then the sheet's checks column by column (rules.check_sheet).
    typed: dict[str, list[dict[str, Any]]] = {}
    for entity, rows in raw.items():
        specs = (*rules.IDENTITY_FIELDS, *rules.FIELDS[entity])
        columns = {}
        for spec in specs:
            cells = [row.get(spec.name) for row in rows]
            columns[spec.name] = rules.coerce_column(spec, cells) or [rules.coerce_value(spec, c) for c in cells]
        typed[entity] = [dict(zip(columns, values)) for values in zip(*columns.values())]
    context = rules.Context(known_ids={e: {r["id"] for r in rows} for e, rows in typed.items()})
    problems = sum(len(found) for e, rows in typed.items()
                   for _row, found in rules.check_sheet(e, rows, identity=True, context=context))
    return {"seconds": time.perf_counter() - started, "problems": problems}


@section("exchange")
def exchange_section(args: argparse.Namespace) -> list[dict[str, Any]]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="fieldbook-bench-") as folder:
        for size in args.sizes:
            db = Path(folder) / f"office-{size}.sqlite"
            started = time.perf_counter()
            build_synthetic_store(db, size)
            print(f"  [{size:,} records] store built in {time.perf_counter() - started:.1f} s", flush=True)
            package = str(Path(folder) / f"BEN-CH_2023-H2_{size}.xlsx")
            repeats = 3 if size <= 20_000 else 2
            export = measure("export", str(db), package, repeats=repeats)
            write_floor = measure("write_floor", package, str(Path(folder) / f"floor-{size}.xlsx"), repeats=repeats)
            validate = measure("validate", package, repeats=repeats)
            read_floor = measure("read_floor", package, repeats=repeats)
            rules_floor = measure("rules_floor", package, repeats=repeats)
            if not validate["valid"]:
                raise RuntimeError(f"the synthetic package of {size} records is not valid: {validate}")
            validate_floor = read_floor["seconds"] + rules_floor["seconds"]
            rows.append({
                "records": export["records"],
                "package_mb": round(export["bytes"] / 2**20, 2),
                "export_s": round(export["seconds"], 3),
                "write_floor_s": round(write_floor["seconds"], 3),
                "export_ratio": round(export["seconds"] / write_floor["seconds"], 2),
                "export_target": 1.3,
                "validate_s": round(validate["seconds"], 3),
                "read_floor_s": round(read_floor["seconds"], 3),
                "rules_s": round(rules_floor["seconds"], 3),
                "validate_ratio": round(validate["seconds"] / validate_floor, 2),
                "validate_target": 2.0,
                "export_peak_mb": export["peak_mb"],
                "write_floor_peak_mb": write_floor["peak_mb"],
                "validate_peak_mb": validate["peak_mb"],
                "read_floor_peak_mb": read_floor["peak_mb"],
            })
            print(f"  [{size:,} records] export {export['seconds']:.2f} s, validate {validate['seconds']:.2f} s",
                  flush=True)
    return rows


# ---------------------------------------------------------------------------------------------------------------
# Table and results file


def print_table(name: str, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    keys = list(rows[0])
    widths = {k: max(len(k), *(len(str(r.get(k, ""))) for r in rows)) for k in keys}
    print(f"\n== {name} ==")
    print("  ".join(k.rjust(widths[k]) for k in keys))
    for row in rows:
        print("  ".join(str(row.get(k, "")).rjust(widths[k]) for k in keys))


def save(results: dict[str, Any]) -> None:
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    previous.update(results)
    RESULTS.write_text(json.dumps(previous, indent=1, default=str))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        _run_child(argv[1], argv[2:])
        return 0
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.splitlines()[0])
    parser.add_argument("sections", nargs="*", help=f"sections to run (default: all): {', '.join(SECTIONS)}")
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                        help="records per synthetic office, comma-separated (default %(default)s)")
    parser.add_argument("--offices", type=int, default=150, help="offices in the import set (default %(default)s)")
    parser.add_argument("--records-per-office", type=int, default=2000,
                        help="records per office in the import set (default %(default)s)")
    parser.add_argument("--naive-packages", type=int, default=5,
                        help="packages the naive import runs over, the rest scaled from them (default %(default)s; "
                             "0 for the whole set: no extrapolation, about 10 minutes more)")
    parser.add_argument("--kpi-records", type=int, default=1_000_000,
                        help="records in the KPI store (default %(default)s)")
    parser.add_argument("--ui-rows", type=int, default=100_000,
                        help="initiatives in the list of the ui section (default %(default)s)")
    args = parser.parse_args(argv)
    try:
        args.sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s]
    except ValueError:
        parser.error("--sizes takes whole numbers separated by commas, such as 1000,10000")
    unknown = [s for s in args.sections if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    results: dict[str, Any] = {}
    for name in args.sections or list(SECTIONS):
        print(f"running {name} …", flush=True)
        rows = SECTIONS[name](args)
        print_table(name, rows)
        results[name] = {"measured_at": dt.datetime.now(dt.timezone.utc).isoformat(), "rows": rows}
    save(results)
    print(f"\nresults written to {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    # Run the imported module, not this __main__ copy: the other bench modules register into tests.bench.
    from tests import bench, bench_hq  # noqa: F401

    sys.exit(bench.main())
