"""A process killed in the middle of writing leaves a file that opens clean, with every committed record and no
partial one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from sqlalchemy import func, select

from db.models import BeneficiaryCount, FundingLine, Initiative
from db.store import open_store

WRITER = textwrap.dedent('''
    import datetime as dt, sys
    from decimal import Decimal
    from db.models import BeneficiaryCount, FundingLine, Initiative, Office
    from db.store import open_store

    store = open_store(sys.argv[1])
    with store.session() as session:
        session.add(Office(code="CRASH", name="Crash office", country="KEN", region="AF", currency="KES"))
    store.office_code = "CRASH"
    n = 0
    while True:
        n += 1
        # One transaction: an initiative with three counts and a funding line; all of it or none of it.
        with store.session() as session:
            initiative = Initiative(code=f"C-{n}", title="x" * 2000, status="active", country="KEN",
                                    crisis_context="none", description="d" * 8000)
            for group in ("residents", "refugees", "host"):
                initiative.beneficiary_counts.append(BeneficiaryCount(
                    period="2023-H2", group_code=group, reach_type="direct", targeted_total=n))
            initiative.funding_lines.append(FundingLine(
                source_type="bilateral", modality="core", transaction_type="pledge",
                transaction_date=dt.date(2023, 8, 1), currency="USD", amount=Decimal(n), usd_rate=Decimal(1),
                amount_usd=Decimal(n)))
            session.add(initiative)
        print(n, flush=True)
''')


def test_sigkill_mid_write_leaves_every_committed_record_and_no_partial_one(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True, env=env)
    committed = 0
    deadline = time.monotonic() + 60
    assert child.stdout is not None
    while committed < 40 and time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        committed = int(line)
    os.kill(child.pid, signal.SIGKILL)  # mid-write: the child writes without pause
    child.wait()
    assert committed >= 40, "the writer did not get going"
    # The instance lock is an OS lock, freed when the process dies: reopening must not be refused as "already open".
    with open_store(path) as store:  # runs the integrity check; raises if the file were damaged
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        with store.read_session() as session:
            initiatives = session.scalar(select(func.count()).select_from(Initiative))
            codes = set(session.scalars(select(Initiative.code)))
            counts_per_initiative = dict(
                session.execute(
                    select(BeneficiaryCount.initiative_id, func.count()).group_by(BeneficiaryCount.initiative_id)
                ).all()
            )
            lines = session.scalar(select(func.count()).select_from(FundingLine))
    assert initiatives >= committed
    assert {f"C-{n}" for n in range(1, committed + 1)} <= codes
    assert len(counts_per_initiative) == initiatives and set(counts_per_initiative.values()) == {3}
    assert lines == initiatives
