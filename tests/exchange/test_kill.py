"""Nothing is left behind by a killed run: `fieldbook import` and `fieldbook merge`, killed with SIGKILL at random
moments, leave no reader process alive, no partial file and no scratch folder after the next start, and a store
that is intact with a ledger that matches its records (each package all or nothing).

The runs are real processes (``python -m desktop``) on the five small demo packages, with their reader processes.
Every process of a run carries a marker in its environment, so a survivor is found whoever adopted it; and the
runs get a private TMPDIR, so anything written to the system's temporary folder is found too.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.files import SCRATCH_PREFIX
from db.models import ENTITY_TYPES
from db.store import open_store
from desktop.core.demo import DEMO_OFFICES, build_demo
from desktop.exchange.export import export_package

ROOT = Path(__file__).resolve().parents[2]
MIN_KILLS = 50
DEADLINE_SECONDS = 420
#: How long a reader may take to die after its parent (the kernel kills it at once; the fallback checks every second).
GRACE_SECONDS = 3.0

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds processes through /proc (Linux)"),
]


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a process, or None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text[text.rindex(")") + 2 :].split()
    return fields[0], int(fields[1])


def _pids() -> list[int]:
    return [int(name) for name in os.listdir("/proc") if name.isdigit()]


def _children(parent: int) -> list[int]:
    return [pid for pid in _pids() if (_stat(pid) or ("", 0))[1] == parent]


def _running(pid: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[0] not in ("Z", "X")


def _marked(token: str) -> list[int]:
    """Running processes (zombies are dead) with our marker in their environment: the runs and their readers."""
    found = []
    needle = f"FIELDBOOK_KILL_TEST={token}".encode()
    for pid in _pids():
        try:
            if needle in Path(f"/proc/{pid}/environ").read_bytes().split(b"\0") and _running(pid):
                found.append(pid)
        except OSError:
            continue
    return found


def _survivors(token: str, watched: set[int]) -> list[int]:
    """Processes of killed runs still running once the grace period is over."""
    deadline = time.monotonic() + GRACE_SECONDS
    while True:
        alive = sorted(set(_marked(token)) | {pid for pid in watched if _running(pid)})
        if not alive or time.monotonic() > deadline:
            return alive
        time.sleep(0.05)


def _check_store(path: Path, expected: dict[str, dict[str, int]]) -> int:
    """PRAGMA quick_check is ok, and the ledger matches the records: every office in it has all its package's
    records, every other office none. Returns the packages in the ledger."""
    if not path.exists():
        return 0
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "package_ledger" not in tables:  # killed while the store was being created: nothing in it yet
            return 0
        ledger = {office for (office,) in conn.execute("SELECT office_code FROM package_ledger")}
        for entity, cls in ENTITY_TYPES.items():
            table = cls.__table__.name
            held = dict(conn.execute(f"SELECT office_code, count(*) FROM {table} GROUP BY office_code").fetchall())
            wanted = {office: counts[entity] for office, counts in expected.items()
                      if office in ledger and counts[entity]}
            assert held == wanted, (entity, held, wanted, ledger)
        sources = {d for cls in ENTITY_TYPES.values() for (d,) in conn.execute(
            f"SELECT DISTINCT source FROM {cls.__table__.name} WHERE source IS NOT NULL")}
        assert sources <= {d for (d,) in conn.execute("SELECT digest FROM package_ledger")}
    conn.close()
    return len(ledger)


def _leftovers(*folders: Path) -> list[str]:
    return sorted(str(p) for folder in folders if folder.exists() for p in folder.rglob("*")
                  if p.name.startswith(SCRATCH_PREFIX) or p.name.endswith(".part"))


@pytest.fixture(scope="module")
def demo_packages(tmp_path_factory) -> tuple[list[Path], dict[str, dict[str, int]]]:
    """The five demo offices' packages, and how many records of each entity each one holds."""
    folder = tmp_path_factory.mktemp("kill-packages")
    paths, expected = [], {}
    for code in DEMO_OFFICES:
        with open_store(folder / f"{code}.sqlite", user="office") as store:
            build_demo(store, code)
            paths.append(export_package(store, folder / "out" / f"{code}_2023-H2_001.xlsx", period="2023-H2").path)
            with store.engine.connect() as conn:
                expected[code] = {e: conn.scalar(select(func.count()).select_from(cls.__table__))
                                  for e, cls in ENTITY_TYPES.items()}
    return paths, expected


def test_killed_imports_and_merges_leave_no_process_no_scratch_and_an_intact_store(
        demo_packages, tmp_path: Path) -> None:
    packages, expected = demo_packages
    token = uuid.uuid4().hex
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    env = {**os.environ, "FIELDBOOK_KILL_TEST": token, "TMPDIR": str(private_tmp), "PYTHONDONTWRITEBYTECODE": "1"}
    merged = tmp_path / "merged"
    rng = random.Random(int(os.environ.get("FIELDBOOK_KILL_SEED", "14")))
    store_no = 0

    def command(kind: str, db: Path) -> list[str]:
        files = [str(p) for p in packages]
        if kind == "import":
            return [sys.executable, "-m", "desktop", "import", *files, "--db", str(db), "--accept-unsigned", "--trust-new-keys"]
        return [sys.executable, "-m", "desktop", "merge", *files, "--out", f"{merged}/",
                "--report", str(merged / "report.xlsx")]

    def start(kind: str, db: Path) -> subprocess.Popen[bytes]:
        return subprocess.Popen(command(kind, db), cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    # How long a whole run takes, so kills fall anywhere in it.
    db = tmp_path / f"hq-{store_no}.sqlite"
    durations = {}
    for kind in ("import", "merge"):
        began = time.monotonic()
        assert start(kind, db).wait(timeout=120) == 0
        durations[kind] = time.monotonic() - began
    assert _check_store(db, expected) == len(packages)
    store_no += 1
    db = tmp_path / f"hq-{store_no}.sqlite"

    kills = survivors = readers_seen = runs_with_readers = 0
    killed_in: dict[str, int] = {"import": 0, "merge": 0}
    watched: set[int] = set()
    began = time.monotonic()
    try:
        while kills < MIN_KILLS and time.monotonic() - began < DEADLINE_SECONDS:
            kind = "import" if kills % 3 != 2 else "merge"
            run = start(kind, db)
            wait = rng.uniform(0.05, durations[kind] * 1.05)
            seen: set[int] = set()
            deadline = time.monotonic() + wait
            while time.monotonic() < deadline and run.poll() is None:
                seen.update(_children(run.pid))  # the readers (and multiprocessing's resource tracker)
                time.sleep(0.02)
            if run.poll() is not None:  # finished before its moment: no kill, but it counts as a next start
                continue
            seen.update(_children(run.pid))
            run.send_signal(signal.SIGKILL)
            run.wait(timeout=30)
            kills += 1
            killed_in[kind] += 1
            readers_seen += len(seen)
            runs_with_readers += bool(seen)
            watched |= seen
            alive = _survivors(token, watched)
            survivors += len(alive)
            watched -= set(alive)  # counted once; removed in the finally below
            assert not alive, f"kill {kills} ({kind} after {wait:.2f} s): still running: {alive}"
            if kind == "import" and _check_store(db, expected) == len(packages):
                store_no += 1  # everything imported: a fresh store, so the next kills land in writing work
                db = tmp_path / f"hq-{store_no}.sqlite"
        seconds = time.monotonic() - began
        # The next start of each: it completes, and clears what the killed runs left.
        for kind in ("import", "merge"):
            assert start(kind, db).wait(timeout=120) == 0
        assert _check_store(db, expected) == len(packages)
        stores = sorted(tmp_path.glob("hq-*.sqlite"))
        for old in stores:
            with open_store(old):  # the next start of the app or an import on that store
                pass
            _check_store(old, expected)
        left = _leftovers(merged, *(s.parent / "backups" for s in stores), private_tmp)
        system_temp = sorted(p.name for p in private_tmp.iterdir())
        for package in merged.glob("*.xlsx"):  # every package there is whole: it was moved in complete
            with zipfile.ZipFile(package) as archive:
                assert archive.testzip() is None, package
        print(f"\nkill -9 loop: {kills} kills ({killed_in['import']} import, {killed_in['merge']} merge) in "
              f"{seconds:.0f} s; {runs_with_readers} killed with readers running ({readers_seen} processes); "
              f"{survivors} survivors; leftovers after the next start: {len(left)}; in TMPDIR: {len(system_temp)}")
        assert kills >= MIN_KILLS, f"only {kills} kills in {DEADLINE_SECONDS} s"
        assert runs_with_readers >= MIN_KILLS // 4, "the kills must hit runs whose readers were running"
        assert survivors == 0
        assert left == [] and system_temp == []
    finally:
        for pid in set(_marked(token)) | {pid for pid in watched if _running(pid)}:
            try:
                os.kill(pid, signal.SIGKILL)  # started by this test's runs: never outlive it
            except OSError:
                pass
