"""A merge in bounded memory: every version read goes to a scratch file (merge.KeptVersions), each record is resolved
from there, the winners are written a batch at a time, and the merged package's digests are made from a scratch file
too (digest.SpilledDigest) — and the outcome is exactly what the merge gave when it held everything in memory: the
same package, byte for byte, and the same report."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import re
import tempfile
import uuid
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from db.files import scratch_folder
from db.models import FundingLine, Initiative, KnowledgeProduct, Partner
from db.store import Store, open_store
from desktop.core.demo import build_demo
from desktop.exchange import export, merge
from desktop.exchange import format as fmt
from desktop.exchange.digest import DigestBuilder, SpilledDigest
from desktop.exchange.export import export_package
from desktop.exchange.format import FIRST_DATA_ROW, columns
from desktop.exchange.importer import ENTITY_ORDER, ImportSummary, apply_versions, package_versions, read_for_import
from desktop.exchange.merge import KeptVersions, MergeFailed, MergeResult, merge_packages, write_merge_report
from desktop.exchange.versions import Resolution, Version, hand_edited_version, record_version, resolve
from desktop.exchange.versions import tombstone_version

IDS = [uuid.UUID(int=n) for n in range(1, 5)]
T0 = dt.datetime(2023, 7, 1, tzinfo=dt.timezone.utc)


@st.composite
def versions(draw: Any) -> Version:
    """Versions of a few records of three entities, with the values a package holds and a few it never does (kept
    on disk all the same: a naive or a non-UTC time, a tuple)."""
    entity = draw(st.sampled_from(["partner", "initiative", "funding_line"]))
    record_id = draw(st.sampled_from(IDS))
    revision = draw(st.integers(1, 3))
    at = T0 + dt.timedelta(hours=draw(st.integers(0, 2)))
    office = draw(st.sampled_from(["KEN-NBO", "MEX-MEX"]))
    if draw(st.integers(0, 4)) == 0:
        return tombstone_version(entity, record_id, revision, at, office)
    values = {
        "id": record_id, "revision": revision, "created_at": T0, "updated_at": at, "office_code": office,
        "name": draw(st.sampled_from(["Sida", "JICA"])), "title": draw(st.sampled_from(["Water", "Housing"])),
        "initiative_id": draw(st.sampled_from([None, IDS[0]])),
        "amount": draw(st.sampled_from([None, Decimal("1200000.50"), Decimal("1.2E+6"), Decimal("-0.00")])),
        "transaction_date": draw(st.sampled_from([None, dt.date(2024, 2, 29)])),
        "sdg_targets": draw(st.sampled_from([frozenset(), frozenset({"11.1", "6.1"}),
                                             frozenset({"1.1", "1.2", "2.1", "3.4", "6.1", "11.1", "17.3"})])),
        "note": draw(st.sampled_from(["", ("kept", "pickled"), dt.datetime(2024, 1, 1, 9, 30),
                                      dt.datetime(2024, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=3)))])),
    }
    if draw(st.integers(0, 3)) == 0:  # a row edited by hand, found by this merge or accepted earlier
        return hand_edited_version(entity, values, "", draw(st.sampled_from(["maria", "joao"])),
                                   draw(st.sampled_from(["a.xlsx", "b.xlsx"])), "2026-12-01T10:00:00.000000Z")
    return record_version(entity, values)


def _from(versions: list[Version], n: int) -> list[Version]:
    """One package's versions: its digest and file on each (a hand edit found in it names that file)."""
    file = "a.xlsx" if n % 2 == 0 else "b.xlsx"
    return [dataclasses.replace(v, source=f"digest-{n}", file=file) for v in versions]


def _same(got: list[Version], want: list[Version]) -> bool:
    """The same versions — equal values of the same types, and from the same package — in the same order.

    Values are compared as values, not as their repr: a set of codes read back from the scratch file is an equal
    frozenset whose repr may list the codes in another order (it depends on the process's string hashing,
    PYTHONHASHSEED) — comparing reprs made the first version of this test fail on some runs."""
    def seen(v: Version) -> Any:
        values = None if v.values is None else [(key, type(x), x) for key, x in v.values.items()]
        return (v, values, v.source, v.file, dict(v.edit) if v.edit is not None else None)

    return [seen(v) for v in got] == [seen(v) for v in want]


def test_a_set_of_codes_kept_on_disk_is_equal_however_its_repr_orders_it() -> None:
    """Why _same compares values: the set read back is equal (and equally typed) even where its repr differs."""
    codes = frozenset({"1.1", "1.2", "2.1", "3.4", "6.1", "11.1", "17.3"})
    back = merge._unpacked(merge._packed(codes))
    assert back == codes and type(back) is frozenset
    assert _same([record_version("partner", {"id": IDS[0], "revision": 1, "updated_at": T0, "office_code": "A",
                                             "sdg_targets": back})],
                 [record_version("partner", {"id": IDS[0], "revision": 1, "updated_at": T0, "office_code": "A",
                                             "sdg_targets": codes})])


def _resolved_from_disk(packages: list[list[Version]], batch: int) -> tuple[merge.Resolved, list[list[Version]]]:
    """KeptVersions' outcome for these packages, and the batches of winners it wrote (apply_versions recorded)."""
    written: list[list[Version]] = []
    with tempfile.TemporaryDirectory() as folder:
        kept = KeptVersions(Path(folder) / "versions.sqlite")
        for package in packages:
            kept.add(package)
        with mock.patch.object(merge, "apply_versions", lambda conn, vs, *args, **kw: written.append(list(vs))), \
                mock.patch.object(merge, "WRITE_BATCH", batch):
            outcome = kept.resolve_into(mock.Mock())
        kept.close()
    return outcome, written


@settings(max_examples=300, deadline=None)
@given(packages=st.lists(st.lists(versions(), max_size=8), min_size=1, max_size=5), batch=st.integers(1, 4))
def test_resolving_from_the_scratch_file_gives_exactly_what_resolving_in_memory_gives(packages, batch) -> None:
    packages = [_from(package, n) for n, package in enumerate(packages)]
    got, written = _resolved_from_disk(packages, batch)
    want: Resolution = resolve([v for package in packages for v in package])

    assert _same([c.winner for c in got.conflicts], [c.winner for c in want.conflicts])
    assert _same([c.loser for c in got.conflicts], [c.loser for c in want.conflicts])
    assert _same(got.superseded, want.superseded)
    assert got.duplicates == want.duplicates
    assert got.records == sum(not v.is_tombstone for v in want.winners.values())
    assert got.deletions == sum(v.is_tombstone for v in want.winners.values())

    # Every winner written, once, at most a batch at a time, in the order one apply_versions call of every winner
    # (the merge in memory) writes them: records parents first, each entity's in the order the records first came,
    # then deletions children first, in that order too.
    assert all(0 < len(b) <= batch for b in written)
    flat = [v for b in written for v in b]
    records = [v for v in flat if not v.is_tombstone]
    deletions = [v for v in flat if v.is_tombstone]
    assert flat == records + deletions
    want_records = sorted((v for v in want.winners.values() if not v.is_tombstone),
                          key=lambda v: ENTITY_ORDER.index(v.entity))
    assert _same(records, want_records)
    assert _same(deletions, sorted((v for v in want.winners.values() if v.is_tombstone),
                                   key=lambda v: -ENTITY_ORDER.index(v.entity)))

    # The winners the report names: of superseded versions, and the hand edits this merge found.
    named = [v for v in want.winners.values()
             if v.key in {s.key for s in want.superseded} or merge._found_here(v)]
    assert _same(list(got.winners.values()), named)


# ---------------------------------------------------------------------------------------------------------------


_TEXT = st.text(st.characters(blacklist_categories=["Cs"]), max_size=12)  # any text a cell holds: no surrogates


@settings(max_examples=300, deadline=None)
@given(rows=st.lists(st.tuples(st.sampled_from(["partner", "initiative", "funding_line", "office"]),
                               st.sampled_from([str(i) for i in IDS] + [str(uuid.UUID(int=2**127 + 5))]),
                               _TEXT, st.integers(1, 3)), max_size=40),
       declared=st.lists(st.sampled_from(["knowledge_product", "beneficiary_count", "partner"]), max_size=3),
       deletions=st.lists(st.tuples(st.sampled_from(["partner", "initiative"]), st.sampled_from(IDS),
                                    st.integers(1, 4), st.sampled_from(["KEN-NBO", "MEX-MEX", "É-Ü"])), max_size=8),
       edits=st.lists(st.tuples(st.sampled_from(["partner", "initiative"]), st.sampled_from(IDS), _TEXT, _TEXT),
                      max_size=4),
       batch=st.sampled_from([1, 2, 3, 5000]))
def test_the_spilled_digests_are_the_digests_made_in_memory(rows, declared, deletions, edits, batch) -> None:
    """SpilledDigest (a merge's export) gives DigestBuilder's data digest and rows digest for any lines, in any
    order, duplicates, entities without rows and text beyond ASCII included: SQLite's sort is Python's."""
    with tempfile.TemporaryDirectory() as folder, mock.patch.object(SpilledDigest, "BATCH", batch):
        spilled = SpilledDigest(Path(folder) / "digest.sqlite")
        both = (DigestBuilder(), spilled)
        adders = {}
        for entity in declared:
            for builder in both:
                builder.add_entity(entity)
        for entity, record_id, text, revision in rows:
            keys = [c.key for c in columns(entity)]
            values: list[Any] = [None] * len(keys)
            values[keys.index("id")] = record_id
            values[keys.index("revision")] = revision
            values[keys.index("office_code")] = text
            values[0] = text[::-1]  # a line's order is not its id's: the digests sort by id
            for n, builder in enumerate(both):
                add = adders.get((n, entity)) or adders.setdefault((n, entity), builder.add_entity(entity))
                line = add(values)
                builder.rows.add_row(entity, record_id, fmt.row_fingerprint(line))
        for entity, record_id, revision, office in deletions:
            for builder in both:
                builder.add_deletion(entity, record_id, revision, T0 + dt.timedelta(minutes=revision), office)
        for entity, record_id, fingerprint, editor in edits:
            for builder in both:
                builder.rows.add_edit(entity, record_id, 2, fingerprint, editor)
        memory = both[0]
        assert spilled.hexdigest() == memory.hexdigest()
        assert spilled.rows.hexdigest() == memory.rows.hexdigest()
        spilled.close()
        assert list(Path(folder).iterdir()) == []  # its file goes with it


# ---------------------------------------------------------------------------------------------------------------
# The package a merge writes is the one the merge in memory wrote: that merge, as it was, is the reference.


def _merge_in_memory(paths: list[Path], out: Path, *, editor: str | None = None, label: str = "MERGED",
                     ) -> MergeResult:
    """The merge as it was before it kept its versions on disk (desktop/exchange/merge.py before the bounded-memory
    change): every version of every package in memory, resolved at once, written into the merged store in one
    apply_versions call and exported with the digests made in memory."""
    sources, left_out, versions_read, nested = [], [], [], []
    provenance: dict[str, list[str]] = {}
    when = fmt.timestamp_text(dt.datetime.now(dt.timezone.utc))
    for path in paths:
        package = read_for_import(str(path))
        if isinstance(package, str):
            left_out.append(merge.Source(str(path), "", "", None, "", valid=False, problems=[package]))
            continue
        source = merge._source_of(package)
        if not package.report.valid:
            source.valid = False
            source.problems = [p.line() for p in package.report.errors[:50]]
            left_out.append(source)
            continue
        sources.append(source)
        nested.extend(fmt.manifest_sources(package.manifest) or [source.as_json()])
        versions_read.extend(package_versions(package, editor=editor, when=when))
        provenance.update(package.provenance)
    if not sources:
        if left_out:
            raise MergeFailed(f"no valid package to merge ({left_out[0].problems[0]})")
        raise MergeFailed("no valid package to merge")
    outcome = resolve(versions_read)
    winners = list(outcome.winners.values())
    periods = sorted({s.period for s in sources if s.period})
    unique_sources = list({(s["digest"], s.get("office_code")): s for s in nested}.values())
    kept = {str(s.get("digest")) for s in unique_sources}
    out.mkdir(parents=True, exist_ok=True)
    with scratch_folder(out, "merge") as scratch, open_store(scratch / "merge.sqlite", user="merge") as store:
        with store.engine.begin() as conn:
            apply_versions(conn, winners, ImportSummary(file="merge"), digest="merge", refresh_counts=False)
        written = export_package(store, out, period=periods[-1] if periods else None, merged_as=label,
                                 sources=unique_sources,
                                 provenance={d: lines for d, lines in provenance.items() if d in kept})
    return MergeResult(
        out=written.path, sources=sources, left_out=left_out, conflicts=outcome.conflicts,
        superseded=outcome.superseded, duplicates=outcome.duplicates,
        records=sum(1 for v in winners if not v.is_tombstone), deletions=sum(1 for v in winners if v.is_tombstone),
        digest=written.digest, winners=outcome.winners, twice=merge._given_twice(sources))


#: Times a merge writes from its clock (an ISO time, the report's "generated" minute): compared as "now".
_TIMES = re.compile(rb"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?Z)?")


def _contents(path: Path, since: dt.datetime, until: dt.datetime) -> dict[str, bytes]:
    """Every part of a workbook, as bytes, with the times from the clock of the runs (from ``since`` to ``until``:
    the export time, when a hand edit was accepted, the file's creation) written as <now>. Nothing else changes."""
    since, until = since.replace(tzinfo=None), until.replace(tzinfo=None)

    def now(found: re.Match[bytes]) -> bytes:
        text = found.group().decode().rstrip("Z").replace(" ", "T")
        if len(text) == 16:  # to the minute (the report's "generated")
            at, floor = dt.datetime.fromisoformat(text + ":00"), since.replace(second=0, microsecond=0)
        else:
            at, floor = dt.datetime.fromisoformat(text), since.replace(microsecond=0)
        return b"<now>" if floor <= at <= until else found.group()

    with zipfile.ZipFile(path) as book:
        return {name: _TIMES.sub(now, book.read(name)) for name in book.namelist()}


def _outcome(result: MergeResult) -> Any:
    """What a merge says, as the report and the command line use it (the winners only as the report names them)."""
    def version(v: Version | None) -> Any:
        return None if v is None else (v.key, v.revision, v.content, v.source, v.file, v.hand_edited,
                                       dict(v.edit or {}).get("file"), dict(v.edit or {}).get("fingerprint"))

    return {
        "sources": [dataclasses.astuple(s) for s in result.sources],
        "left_out": [dataclasses.astuple(s) for s in result.left_out],
        "conflicts": [(version(c.winner), version(c.loser), c.differences()) for c in result.conflicts],
        "superseded": [(version(v), version(result.winners.get(v.key))) for v in result.superseded],
        "counts": (result.duplicates, result.records, result.deletions), "digest": result.digest,
        "twice": result.twice, "hand_edited": [version(v) for v in result.hand_edited],
        "out": Path(str(result.out)).name,
    }


def _renamed(store: Store, acronym: str, name: str) -> None:
    with store.session() as session:
        session.scalars(select(Partner).where(Partner.acronym == acronym)).one().name = name


def _export(store: Store, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return export_package(store, folder, period="2023-H2").path


@pytest.fixture(scope="module")
def pool(tmp_path_factory) -> dict[str, Path]:
    """Packages that make every case of a merge: the same office exported twice (changes, deletions — a whole
    initiative with its children — superseding the first), a copy of that office that changed the same records
    (conflicts), a record changed where the other deleted it, another office, a hand-edited file, a merged package
    (a merge of merges: its sources, its accepted edit), and a file that is no package (left out)."""
    from tests.exchange.test_hand_edits import _edit_count

    folder = tmp_path_factory.mktemp("pool")
    with open_store(folder / "ken.sqlite") as ken, open_store(folder / "copy.sqlite") as copy, \
            open_store(folder / "mex.sqlite") as mex:
        for store, code in ((ken, "KEN-NBO"), (copy, "KEN-NBO"), (mex, "MEX-MEX")):
            build_demo(store, code)
        first = _export(ken, folder / "first")
        _renamed(ken, "UoN", "Renamed")
        _renamed(ken, "Sida", "Sida (office copy)")
        with ken.session() as session:
            session.delete(session.scalars(select(FundingLine).order_by(FundingLine.id)).first())
            # One without knowledge products: deleting their initiative sets theirs to none at the same revision,
            # which the merge in memory refuses too (a foreign key error), so no merge of these packages would run.
            cited = select(KnowledgeProduct.initiative_id).where(KnowledgeProduct.initiative_id.is_not(None))
            gone = session.scalars(select(Initiative).where(Initiative.id.not_in(cited))
                                   .order_by(Initiative.id)).first()
            gone_id = gone.id
            session.delete(gone)  # its children go with it, each with its tombstone
        second = _export(ken, folder / "second")
        _renamed(copy, "Sida", "Sida (edited elsewhere)")  # a conflict with the second package
        with copy.session() as session:  # changed here, deleted in the second package
            session.get(Initiative, gone_id).title = "Changed where it was deleted"
        elsewhere = _export(copy, folder / "elsewhere")
        other = _export(mex, folder / "other")
    edited = folder / "edited" / first.name
    edited.parent.mkdir()
    _edit_count(first, edited, FIRST_DATA_ROW, delta=60)
    merged = merge_packages([edited, other], folder / "merged" / "", editor="maria", label="REG-EA", readers=0).out
    broken = folder / "broken" / "KEN-NBO_2023-H2_9.xlsx"
    broken.parent.mkdir()
    broken.write_bytes(b"not a workbook")
    return {"first": first, "second": second, "elsewhere": elsewhere, "other": other, "edited": edited,
            "merged": Path(str(merged)), "broken": broken}


def _both(paths: list[Path], work: Path, *, readers: int = 0) -> tuple[Any, Any]:
    """The merge as it is and the merge in memory, of the same packages: each its package's parts, what it says
    and its report's parts (or the failure each gave)."""
    since = dt.datetime.now(dt.timezone.utc)
    outcomes: list[Any] = []
    written = []
    for name, run in (("bounded", lambda out: merge_packages(paths, out / "", editor="joao", readers=readers)),
                      ("memory", lambda out: _merge_in_memory(paths, out, editor="joao"))):
        out = work / name
        try:
            result = run(out)
        except Exception as exc:  # noqa: BLE001 - the same failure, whatever it is
            outcomes.append(("failed", type(exc), str(exc).splitlines()[0]))
            continue
        report = write_merge_report(result, work / f"{name}-report.xlsx")
        written.append((len(outcomes), Path(str(result.out)), result, report))
        outcomes.append(None)
        assert [p.name for p in out.iterdir()] == [Path(str(result.out)).name]  # no scratch left behind
    until = dt.datetime.now(dt.timezone.utc)
    for n, package, result, report in written:
        outcomes[n] = (_contents(package, since, until), _outcome(result), _contents(report, since, until))
    return outcomes[0], outcomes[1]


def _assert_same(bounded: Any, memory: Any) -> None:
    if bounded[0] == "failed" or memory[0] == "failed":
        assert bounded == memory
        return
    package, said, report = bounded
    want_package, want_said, want_report = memory
    assert package.keys() == want_package.keys()
    for part in want_package:
        assert package[part] == want_package[part], part
    assert said == want_said
    assert report == want_report


def test_a_merge_of_the_demo_offices_writes_the_package_and_report_the_merge_in_memory_wrote(pool, tmp_path,
                                                                                             monkeypatch) -> None:
    """Every case at once — duplicates given twice, superseded and stale versions, conflicts, deletions of a record
    and of a parent with its children, a hand edit found here and one accepted before, a merged package, a file
    left out — read by reader processes, written a few records at a time, digests spilled a few lines at a time."""
    monkeypatch.setattr(merge, "WRITE_BATCH", 7)
    monkeypatch.setattr(SpilledDigest, "BATCH", 5)
    paths = [pool[n] for n in ("first", "elsewhere", "other", "second", "edited", "first", "merged", "broken")]
    bounded, memory = _both(paths, tmp_path, readers=2)
    assert memory[0] != "failed"
    said = memory[1]
    assert said["conflicts"] and said["superseded"] and said["twice"] and said["left_out"] and said["hand_edited"]
    assert said["counts"][0] and said["counts"][2]  # duplicates, deletions
    _assert_same(bounded, memory)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(names=st.lists(st.sampled_from(["first", "second", "elsewhere", "other", "edited", "merged", "broken"]),
                      min_size=1, max_size=6),
       batch=st.sampled_from([1, 3, 50, 5000]), lines=st.sampled_from([1, 4, 5000]))
def test_a_merge_of_any_packages_writes_what_the_merge_in_memory_wrote(pool, names, batch, lines) -> None:
    """Any packages of the pool, in any order, any given more than once: the same package (every part of the
    workbook, but the times the clock gives), the same outcome and the same report — or the same failure."""
    with tempfile.TemporaryDirectory() as work, mock.patch.object(merge, "WRITE_BATCH", batch), \
            mock.patch.object(SpilledDigest, "BATCH", lines):
        bounded, memory = _both([pool[n] for n in names], Path(work))
    _assert_same(bounded, memory)


def test_the_comparison_sees_a_package_that_differs(pool, tmp_path) -> None:
    """The comparison above can fail: one changed record in the merged store is a different package."""
    paths = [pool["first"], pool["other"]]
    bounded, memory = _both(paths, tmp_path)
    real = merge.KeptVersions._version

    def renamed(self, *args):  # one record written with another title
        version = real(self, *args)
        if version.entity == "partner" and version.values is not None and not renamed.done:
            renamed.done = True
            values = {**version.values, "name": version.values["name"] + "!"}
            return record_version("partner", values, version.source, file=version.file)
        return version
    renamed.done = False
    with mock.patch.object(merge.KeptVersions, "_version", renamed):
        changed, _ = _both(paths, tmp_path / "changed")
    with pytest.raises(AssertionError):
        _assert_same(changed, memory)
    _assert_same(bounded, memory)


def test_an_office_export_keeps_its_digests_in_memory(tmp_path) -> None:
    """Only a merge spills its digests: an office's export is written as before (and as fast)."""
    with open_store(tmp_path / "ken.sqlite") as ken:
        build_demo(ken, "KEN-NBO")
        with mock.patch.object(export, "SpilledDigest", side_effect=AssertionError("spilled")):
            path = _export(ken, tmp_path / "out")
        with_spill = export_package(ken, tmp_path / "spilled" / "", period="2023-H2", bounded=True)
    assert with_spill.digest == read_for_import(str(path)).report.digest
    assert read_for_import(str(with_spill.path)).report.valid


# ---------------------------------------------------------------------------------------------------------------


def _alive() -> int:
    """The record versions alive in this process (a Version, with slots, is tracked by the garbage collector)."""
    return sum(1 for o in gc.get_objects() if type(o) is Version)


class Census:
    """Progress that counts, each time it is told how far the merge is, the record versions alive in this process
    (beyond those alive before) — and whether the scratch file of versions is there."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.before = _alive()
        self.seen: list[tuple[float, int, bool]] = []  # (fraction done, versions alive, scratch file there)

    def set_value(self, done: int, total: int) -> None:
        on_disk = any(self.out.glob(".fieldbook-merge.*/versions.sqlite"))
        self.seen.append((done / total, _alive() - self.before, on_disk))

    def cancelled(self) -> bool:
        return False


def test_a_merge_holds_a_batch_of_versions_at_most_whatever_the_number_of_packages(tmp_path, monkeypatch) -> None:
    """The versions read go to the scratch file, not to memory: while the packages are read no version stays alive,
    and while the merged store is written no more than a batch — a fraction of the versions merged."""
    from tests.bench import build_synthetic_store

    paths = []
    for n in range(6):
        db = tmp_path / f"OF-{n:03d}.sqlite"
        build_synthetic_store(db, 300, seed=n, office=f"OF-{n:03d}")
        with open_store(db) as store:
            paths.append(_export(store, tmp_path / "in"))
    batch = 100
    monkeypatch.setattr(merge, "WRITE_BATCH", batch)
    out = tmp_path / "out"
    census = Census(out)
    result = merge_packages(paths, out / "", progress=census, readers=0)

    merged = result.records + result.deletions
    assert merged >= 15 * batch  # holding every version would be seen
    reading = [(alive, on_disk) for fraction, alive, on_disk in census.seen if fraction <= 0.4]
    writing = [alive for fraction, alive, _ in census.seen if 0.4 < fraction <= 0.5]
    assert len(reading) == len(paths) and all(on_disk for _, on_disk in reading)
    assert max(alive for alive, _ in reading) <= 0
    assert len(writing) >= merged // batch
    assert batch <= max(writing) <= batch + 5  # the batch being written (and the record just resolved)
    assert max(alive for _, alive, _ in census.seen) <= batch + 5
    assert not list(out.glob(".fieldbook-merge.*"))  # the scratch folder is gone


def test_the_merged_package_s_digests_are_made_on_disk_a_batch_at_a_time(tmp_path, monkeypatch) -> None:
    """Writing the merged package keeps no more than a batch of the digests' lines in memory: the rest are in the
    scratch file while the package is written, and the file is gone afterwards."""
    with open_store(tmp_path / "ken.sqlite") as ken:
        build_demo(ken, "KEN-NBO")
        path = _export(ken, tmp_path / "in")
    monkeypatch.setattr(SpilledDigest, "BATCH", 3)
    held: list[int] = []
    flush = SpilledDigest._flush

    def watched(self) -> None:
        held.append(len(self._data) + len(self._deletions) + len(self.rows.pending))
        flush(self)

    monkeypatch.setattr(SpilledDigest, "_flush", watched)
    result = merge_packages([path], tmp_path / "out" / "", readers=0)
    assert result.records > 30 and len(held) >= result.records // 3
    assert max(held) <= 2 * 3 + 1  # a batch of rows, their row lines, a deletion's two
    assert [p.name for p in (tmp_path / "out").iterdir()] == [Path(str(result.out)).name]


# ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("readers", [0, 2], ids=["read here", "read by reader processes"])
def test_a_merge_lists_what_resolving_every_version_in_memory_lists(pool, tmp_path, monkeypatch, readers) -> None:
    """Conflicts, superseded versions, duplicates, deletions and hand edits of a merge, each in the order and with
    the values and sources a resolve over every version of every package gives."""
    monkeypatch.setattr(merge, "WRITE_BATCH", 7)
    paths = [pool[n] for n in ("first", "elsewhere", "other", "second", "edited", "first")]

    result = merge_packages(paths, tmp_path / "out" / "", editor="joao", readers=readers,
                            report=tmp_path / "report.xlsx")
    every = []
    for path in paths:
        every += package_versions(read_for_import(str(path)), editor="joao", when="now")
    want = resolve(every)

    assert result.conflicts and result.superseded and result.duplicates and result.deletions  # all of them here
    assert _same([c.winner for c in result.conflicts], [c.winner for c in want.conflicts])
    assert _same([c.loser for c in result.conflicts], [c.loser for c in want.conflicts])
    assert [c.differences() for c in result.conflicts] == [c.differences() for c in want.conflicts]
    assert _same(result.superseded, want.superseded)
    assert result.duplicates == want.duplicates
    assert result.records == sum(not v.is_tombstone for v in want.winners.values())
    assert result.deletions == sum(v.is_tombstone for v in want.winners.values())
    found_here = [v for v in want.winners.values() if v.hand_edited and v.edit and v.edit.get("file") == v.file]
    assert len(found_here) == 1
    assert [(v.key, v.content, v.file) for v in result.hand_edited] == [(v.key, v.content, v.file) for v in found_here]
    assert all(result.winners[v.key] == want.winners[v.key] for v in result.superseded)


def test_a_full_disk_while_the_versions_are_kept_is_one_line_and_leaves_nothing(pool, tmp_path, monkeypatch) -> None:
    import sqlite3

    paths = [pool["first"], pool["other"]]
    real = KeptVersions.add

    def full_on_the_second(self, versions):
        if self.offered:
            raise sqlite3.OperationalError("database or disk is full")
        real(self, versions)

    monkeypatch.setattr(KeptVersions, "add", full_on_the_second)
    merged = tmp_path / "merged"
    with pytest.raises(merge.MergeFailed) as failed:
        merge_packages(paths, merged, readers=0)
    assert str(failed.value) == (f"the merged package could not be written in {merged} (the disk is full); nothing "
                                 "was written: free some space on that disk and try again")
    assert not merged.exists() or list(merged.iterdir()) == []  # nothing in it, if it is there at all


def test_a_full_disk_while_the_digests_are_spilled_is_one_line_and_leaves_nothing(pool, tmp_path,
                                                                                  monkeypatch) -> None:
    import sqlite3

    def full(self) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SpilledDigest, "_flush", full)
    merged = tmp_path / "merged"
    with pytest.raises(merge.MergeFailed) as failed:
        merge_packages([pool["first"], pool["other"]], merged, readers=0)
    assert str(failed.value) == (f"the merged package could not be written in {merged} (the disk is full); nothing "
                                 "was written: free some space on that disk and try again")
    assert not merged.exists() or list(merged.iterdir()) == []  # nothing in it, if it is there at all


def test_letting_go_of_written_row_heights_changes_nothing_in_the_package(tmp_path, monkeypatch) -> None:
    """The export forgets a row's height once xlsxwriter has written the row (it kept them all, 70 MB at 300,000
    rows): the package is the same, byte for byte but for the clock's times, as when it keeps them — rows with long
    text, which get a height, included."""
    from tests.bench import build_synthetic_store

    build_synthetic_store(tmp_path / "office.sqlite", 400, seed=3)
    parts = []
    for forget in (True, False):
        monkeypatch.setattr(export, "FORGET_WRITTEN_HEIGHTS", forget)
        since = dt.datetime.now(dt.timezone.utc)
        with open_store(tmp_path / "office.sqlite") as store:
            path = export_package(store, tmp_path / str(forget) / "", period="2023-H2").path
        parts.append(_contents(path, since, dt.datetime.now(dt.timezone.utc)))
    assert parts[0] == parts[1]
    sheets = b"".join(data for name, data in parts[0].items() if name.startswith("xl/worksheets/"))
    assert sheets.count(b'customHeight="1"') > 20  # rows with a height of their own were written
