"""Signed packages at headquarters: an office's key confirmed on first use, then only that key (or one its rotation
names) signs for it; tampering is refused in one line; unsigned packages only with --accept-unsigned, in the ledger."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from db.models import Initiative, PackageLedger
from db.store import Store, open_store
from desktop.cli import main
from desktop.core.demo import build_demo
from desktop.exchange import keys
from desktop.exchange.export import export_package
from desktop.exchange.format import FIRST_DATA_ROW
from desktop.exchange.importer import import_package
from desktop.exchange.merge import merge_packages
from desktop.exchange.read import validate_package
from desktop.exchange.signing import SigningKey, load_or_create_key, rotate_key_file
from desktop.exchange.trust import KeyClaim, Policy

pytestmark = pytest.mark.signatures

YES = Policy(by="hq", confirm_new_key=lambda claim: True)
NO = Policy(by="hq", confirm_new_key=lambda claim: False)


@pytest.fixture
def key(tmp_path: Path) -> SigningKey:
    return load_or_create_key(tmp_path / "keys" / "ken.signing-key.pem")


@pytest.fixture
def signed(demo_store: Store, key: SigningKey, tmp_path: Path) -> Path:
    return export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2", signer=key).path


@pytest.fixture
def hq(tmp_path: Path) -> Store:
    with open_store(tmp_path / "hq.sqlite", user="hq") as store:
        yield store


def _initiatives(store: Store) -> int:
    with store.read_session() as session:
        return session.scalar(select(func.count()).select_from(Initiative)) or 0


def _set(path: Path, sheet: str, key: str, value: object, row: int = FIRST_DATA_ROW, out: Path | None = None) -> Path:
    book = openpyxl.load_workbook(path)
    ws = book[sheet]
    if sheet == "Manifest":
        row = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == key)
        ws.cell(row, 2).value = value
    else:
        keys_ = [c.value for c in ws[1]]
        ws.cell(row, keys_.index(key) + 1).value = value
    book.save(out or path)
    return out or path


def test_a_signed_package_validates_and_names_its_key(signed: Path, key: SigningKey) -> None:
    report = validate_package(signed)
    assert report.valid and report.signature.valid
    assert (report.signature.holder, report.signature.fingerprint) == ("KEN-NBO", key.fingerprint)


def test_an_unknown_key_is_refused_until_confirmed_and_then_trusted(signed: Path, hq: Store, key: SigningKey) -> None:
    asked: list[KeyClaim] = []
    refused = import_package(hq, signed, policy=Policy(by="hq", confirm_new_key=lambda c: asked.append(c) or False))
    assert refused.status == "rejected" and "does not know yet" in refused.problems[0]
    assert [c.fingerprint for c in asked] == [key.fingerprint] and _initiatives(hq) == 0
    assert import_package(hq, signed, policy=YES).status == "imported"
    with hq.engine.connect() as conn:
        [entry] = keys.list_keys(conn)
        trust = conn.scalar(select(PackageLedger.trust))
    assert (entry.holder, entry.fingerprint, entry.status) == ("KEN-NBO", key.fingerprint, "trusted")
    assert trust.startswith(f"signed by KEN-NBO key {key.fingerprint}")


def test_another_key_for_a_known_office_is_refused(demo_store: Store, signed: Path, hq: Store,
                                                   tmp_path: Path) -> None:
    import_package(hq, signed, policy=YES)
    with demo_store.session() as session:
        session.scalars(select(Initiative)).first().title += " (revised)"
    forged = export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_002.xlsx", period="2023-H2",
                            signer=SigningKey.generate()).path
    summary = import_package(hq, forged, policy=YES)  # even a "yes" to new keys: KEN-NBO has one already
    assert summary.status == "rejected" and "not the one on record for KEN-NBO" in summary.problems[0]


def test_a_rotation_signed_by_the_old_key_is_learnt(demo_store: Store, signed: Path, hq: Store, key: SigningKey,
                                                     tmp_path: Path) -> None:
    import_package(hq, signed, policy=YES)
    path = tmp_path / "keys" / "ken.signing-key.pem"
    new, statement = rotate_key_file(path, "KEN-NBO")
    assert new.fingerprint != key.fingerprint
    with demo_store.session() as session:
        session.scalars(select(Initiative)).first().title += " (revised)"
    second = export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_002.xlsx", period="2023-H2", signer=new,
                            rotation=statement).path
    assert import_package(hq, second, policy=NO).status == "imported"
    with hq.engine.connect() as conn:
        status = {e.fingerprint: e.status for e in keys.list_keys(conn)}
    assert status == {key.fingerprint: "retired", new.fingerprint: "trusted"}


def test_a_revoked_key_is_refused(signed: Path, hq: Store, key: SigningKey) -> None:
    with hq.engine.begin() as conn:
        keys.trust_key(conn, "KEN-NBO", key.public_text, by="hq", how="added by hand")
        keys.revoke_key(conn, "KEN-NBO", key.fingerprint[7:19], by="hq", note="laptop stolen")
    summary = import_package(hq, signed, policy=YES)
    assert summary.status == "rejected" and "revoked" in summary.problems[0] and _initiatives(hq) == 0


@pytest.mark.parametrize("sheet, field, value, says", [
    ("Manifest", "office_code", "MEX-MEX", "signature"),  # another office claimed
    ("Manifest", "sequence", 7, "signature"),
    ("Manifest", "signature", "AAAA", "signature"),
    ("Partners", "row_fingerprint", "0" * 32, "grey fingerprint"),  # a row re-fingerprinted to pass as exported
])
def test_tampering_with_what_was_signed_is_refused_in_one_line(signed: Path, hq: Store, tmp_path: Path, sheet: str,
                                                             field: str, value: object, says: str) -> None:
    tampered = _set(signed, sheet, field, value, out=tmp_path / "tampered.xlsx")
    report = validate_package(tampered)
    assert not report.valid
    summary = import_package(hq, tampered, policy=YES)
    assert summary.status == "rejected" and says in " ".join(summary.problems) and _initiatives(hq) == 0
    assert all("\n" not in line for line in summary.problems)


def test_a_removed_row_breaks_the_signature(signed: Path, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(signed)
    book["Funding"].delete_rows(FIRST_DATA_ROW)
    book.save(tmp_path / "removed.xlsx")
    report = validate_package(tmp_path / "removed.xlsx")
    assert [p.code for p in report.errors] == ["signature"] and "removed" in report.errors[0].message


def test_a_hand_edit_in_a_signed_package_is_accepted_only_as_an_attributed_edit(signed: Path, hq: Store,
                                                                               tmp_path: Path) -> None:
    edited = _set(signed, "Partners", "acronym", "NEW", out=tmp_path / "edited.xlsx")
    report = validate_package(edited)
    assert report.valid and report.signature.valid and report.edited_rows == {"Partners": [FIRST_DATA_ROW]}
    summary = import_package(hq, edited, policy=YES, editor="maria")
    assert summary.status == "imported" and summary.hand_edited == 1
    assert "edited by maria" in summary.edits[0]


def test_unsigned_packages_need_accept_unsigned_which_the_ledger_records(demo_store: Store, hq: Store,
                                                                         tmp_path: Path) -> None:
    unsigned = export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_001.xlsx", period="2023-H2").path
    refused = import_package(hq, unsigned)
    assert refused.status == "rejected" and "--accept-unsigned" in refused.problems[0]
    taken = import_package(hq, unsigned, policy=Policy(by="maria", accept_unsigned=True))
    assert taken.status == "imported"
    with hq.engine.connect() as conn:
        assert conn.scalar(select(PackageLedger.trust)) == (
            "UNSIGNED (package format 2), accepted with --accept-unsigned by maria")


def test_a_merged_package_is_signed_by_the_region_and_keeps_each_sources_signature(
        signed: Path, key: SigningKey, hq: Store, tmp_path: Path) -> None:
    with open_store(tmp_path / "mex.sqlite") as mex:
        build_demo(mex, "MEX-MEX")
        mex_key = load_or_create_key(tmp_path / "keys" / "mex.pem")
        mex_package = export_package(mex, tmp_path / "MEX-MEX_2023-H2_001.xlsx", period="2023-H2",
                                     signer=mex_key).path
    region = load_or_create_key(tmp_path / "keys" / "region.pem")
    result = merge_packages([signed, mex_package], tmp_path / "merged", label="ROLAC", signer=region, readers=0)
    report = validate_package(result.out)
    assert report.valid and report.signature.holder == "ROLAC"
    sources = json.loads(report.manifest["sources"])
    assert {s["office_code"]: s["signer_fingerprint"] for s in sources} == {
        "KEN-NBO": key.fingerprint, "MEX-MEX": mex_key.fingerprint}
    asked: list[str] = []
    summary = import_package(hq, result.out, policy=Policy(by="hq", confirm_new_key=lambda c: asked.append(
        c.holder) or True))
    assert summary.status == "imported" and sorted(asked) == ["KEN-NBO", "MEX-MEX", "ROLAC"]
    # a source whose signature does not match what it says it signed is refused
    forged = tmp_path / "forged.xlsx"
    bad = [{**s, "signature": sources[1]["signature"]} if s["office_code"] == "KEN-NBO" else s for s in sources]
    _set(result.out, "Manifest", "sources", json.dumps(bad, sort_keys=True), out=forged)
    assert not validate_package(forged).valid  # the region's signature covers the list of sources


def test_the_command_line_signs_and_headquarters_confirms_the_key(tmp_path: Path, capsys) -> None:
    office = tmp_path / "office" / "fieldbook.sqlite"
    assert main(["demo", "--db", str(office)]) == 0
    assert main(["export", "--db", str(office), "--out", str(tmp_path / "out") + "/", "--period", "2023-H2"]) == 0
    assert (tmp_path / "office" / "fieldbook.signing-key.pem").exists()
    assert main(["keys", "mine", "--db", str(office)]) == 0
    fingerprint = capsys.readouterr().out.strip().splitlines()[-1].split(": ", 1)[1]
    package = tmp_path / "out" / "KEN-NBO_2023-H2_001.xlsx"
    hq = tmp_path / "hq.sqlite"
    assert main(["import", "--db", str(hq), str(package)]) == 1
    assert "does not know yet" in capsys.readouterr().out
    assert main(["keys", "trust", "--db", str(hq), str(package), "--fingerprint", "0000 0000"]) == 1
    assert main(["keys", "trust", "--db", str(hq), str(package), "--fingerprint", fingerprint[7:21]]) == 0
    assert main(["import", "--db", str(hq), str(package)]) == 0
    assert main(["keys", "list", "--db", str(hq)]) == 0
    assert "KEN-NBO" in capsys.readouterr().out


def test_a_row_a_region_changed_without_saying_so_is_not_signed_by_its_office(
        signed: Path, key: SigningKey, hq: Store, tmp_path: Path, monkeypatch) -> None:
    """A merged package keeps what each source signed (its Provenance sheet), so headquarters checks each record
    against the office that owns it, not only against the region's signature."""
    import desktop.exchange.merge as merge_module
    from desktop.exchange.versions import record_version

    region = load_or_create_key(tmp_path / "keys" / "region.pem")
    honest = merge_packages([signed], tmp_path / "honest", label="ROAF", signer=region, readers=0)
    report = validate_package(honest.out)
    assert report.valid, [p.line() for p in report.errors]
    assert import_package(hq, honest.out, policy=YES).status == "imported"

    real = merge_module.package_versions

    def forging(package, *args, **kwargs):  # a merge that quietly raises one count, signing the result
        out = real(package, *args, **kwargs)
        for n, version in enumerate(out):
            if version.entity == "beneficiary_count":
                values = {**version.values, "reached_total": version.values["reached_total"] + 1000,
                          "reached_female": version.values["reached_female"] + 1000,
                          "reached_adults": version.values["reached_adults"] + 1000}
                out[n] = record_version("beneficiary_count", values, version.source, file=version.file)
                break
        return out

    monkeypatch.setattr(merge_module, "package_versions", forging)
    forged = merge_packages([signed], tmp_path / "forged", label="ROAF", signer=region, readers=0)
    report = validate_package(forged.out)
    [problem] = report.errors
    assert (problem.sheet, problem.code) == ("Beneficiaries", "provenance") and "not one KEN-NBO signed" in \
        problem.message
    summary = import_package(hq, forged.out, policy=YES)
    assert summary.status == "rejected"


def test_a_key_retired_by_a_rotation_cannot_sign_after_it(demo_store: Store, signed: Path, hq: Store,
                                                          key: SigningKey, tmp_path: Path) -> None:
    import_package(hq, signed, policy=YES)
    new, statement = rotate_key_file(tmp_path / "keys" / "ken.signing-key.pem", "KEN-NBO")
    with demo_store.session() as session:
        session.scalars(select(Initiative)).first().title += " (revised)"
    rotated = export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_002.xlsx", period="2023-H2", signer=new,
                             rotation=statement).path
    assert import_package(hq, rotated, policy=NO).status == "imported"
    with demo_store.session() as session:
        session.scalars(select(Initiative)).first().title += " (again)"
    late = export_package(demo_store, tmp_path / "KEN-NBO_2023-H2_003.xlsx", period="2023-H2", signer=key).path
    summary = import_package(hq, late, policy=YES)
    assert summary.status == "rejected" and "its rotation replaced" in summary.problems[0]
