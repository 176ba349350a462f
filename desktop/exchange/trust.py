"""Signed packages: what a package's signature proves, and whether a store trusts the key that made it.

An export signs a *statement* (canonical JSON) holding the package's identity (office, period, sequence, export
time), its data digest and its rows digest (every row's fingerprint cell, every deletion and every accepted hand edit:
:class:`desktop.exchange.digest.RowsDigest`); a merged package's statement also covers its list of sources, each with
the statement and signature its office made. The manifest carries the statement, the signature, the public key and
its fingerprint (docs/package-format.md, "Signatures").

So a row whose content still has the fingerprint in its cell is exactly what the signer exported; a row edited since
is found by its content (and is accepted only as an attributed hand edit); a row added, removed or re-fingerprinted,
or any change to the manifest's signed fields, breaks the signature.

Whether the signer is who it claims is the store's question: :func:`admit` checks the key against the store's key
registry (:mod:`desktop.exchange.keys`): trusted, confirmed on first use, learnt from a rotation signed by the
previous key, or refused — and an unsigned package only with an explicit ``accept_unsigned``, recorded in the ledger.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from desktop.exchange import format as fmt
from desktop.exchange import keys, signing
from desktop.exchange.digest import deletion_line, lines_digest, row_line
from desktop.exchange.errors import ExchangeError
from desktop.core.i18n import translate

#: Manifest fields a signature covers (with ``sources_sha256`` for a merged package).
SIGNED_FIELDS = ("format", "format_version", "office_code", "period", "sequence", "exported_at", "data_sha256",
                 "rows_sha256")


def _sources_digest(manifest: Mapping[str, Any]) -> str | None:
    sources = manifest.get("sources")
    return hashlib.sha256(sources.encode()).hexdigest() if isinstance(sources, str) and sources else None


def sign_manifest(key: signing.SigningKey, head: Mapping[str, Any]) -> dict[str, str]:
    """The manifest rows that sign a package whose other manifest rows are ``head``."""
    statement = {name: head[name] for name in SIGNED_FIELDS}
    sources = _sources_digest(head)
    if sources is not None:
        statement["sources_sha256"] = sources
    text = signing.statement_bytes(statement).decode()
    return {"signed_statement": text, "signature": key.sign(text.encode()), "signer_key": key.public_text,
            "signer_fingerprint": key.fingerprint}


@dataclass
class SignatureCheck:
    """What a package's signature proves on its own (before any key registry is asked)."""

    holder: str  # the office (or region) the statement names
    public_key: str
    fingerprint: str
    valid: bool
    problem: str = ""
    data_sha256: str = ""  # the data digest that was signed

    def as_json(self) -> dict[str, Any]:
        return {"holder": self.holder, "fingerprint": self.fingerprint, "valid": self.valid, "problem": self.problem}


def check_manifest(manifest: Mapping[str, Any], rows_digest: str | None) -> SignatureCheck:
    """Check a signed manifest against itself and against the rows digest read from the package."""
    public = str(manifest.get("signer_key") or "")
    try:
        fingerprint = signing.fingerprint_of(public)
    except Exception:  # noqa: BLE001 — a damaged key is a bad signature, said in one line below
        fingerprint = translate("exchange", "(unreadable key)")
    holder = str(manifest.get("office_code") or "")
    check = SignatureCheck(holder, public, fingerprint, False)
    text = manifest.get("signed_statement")
    try:
        statement = json.loads(text) if isinstance(text, str) else None
    except ValueError:
        statement = None
    if not isinstance(statement, dict) or signing.statement_bytes(statement).decode() != text:
        check.problem = translate("exchange", "The signed statement in the Manifest is unreadable: the Manifest was "
                                  "changed after signing; ask the office to export the package again")
        return check
    if not signing.verify(public, text.encode(), str(manifest.get("signature") or "")):
        check.problem = translate("exchange", "The signature does not match: the Manifest was changed after signing, "
                                  "or the package was not made by the key it names; ask the office to export the "
                                  "package again")
        return check
    check.holder = str(statement.get("office_code") or "")
    check.data_sha256 = str(statement.get("data_sha256") or "")
    for name in ("format_version", "office_code", "period", "sequence"):
        if statement.get(name) != manifest.get(name):
            check.problem = translate("exchange", "The Manifest's {name} ({value!r}) is not what was signed "
                                      "({signed!r}): it was changed after signing").format(
                name=name, value=manifest.get(name), signed=statement.get(name))
            return check
    if statement.get("sources_sha256") != _sources_digest(manifest):
        check.problem = translate("exchange", "The Manifest's list of sources is not what was signed: it was changed "
                                  "after signing")
        return check
    if rows_digest is not None and statement.get("rows_sha256") != rows_digest:
        check.problem = translate("exchange", "Rows were added or removed, a grey fingerprint changed, or a deletion "
                                  "or hand edit changed after the package was signed (values may be edited; those "
                                  "columns not): ask for the package again")
        return check
    check.valid = True
    return check


class Untrusted(ExchangeError):
    """A package this store will not take on the strength of its signature (or its lack of one)."""


@dataclass
class KeyClaim:
    """A key the store does not know yet, met on a package: shown to a person to confirm (trust on first use)."""

    holder: str
    fingerprint: str
    public_key: str
    file: str


@dataclass
class Policy:
    """How an import treats signatures. ``confirm_new_key`` is asked about each key met for the first time for its
    holder (the app shows a dialog; the command line's ``--trust-new-keys`` answers yes); ``accept_unsigned`` lets
    unsigned packages in, each one recorded in the ledger with ``by``."""

    by: str = "unknown"
    accept_unsigned: bool = False
    confirm_new_key: Callable[[KeyClaim], bool] | None = None


def admit(conn: Connection, manifest: Mapping[str, Any], check: SignatureCheck | None, policy: Policy,
          file: str) -> str:
    """Decide, in the import's transaction, whether this store takes the package on its signature; returns the
    ledger's line for it (data: English, whatever the language of the import), or raises :class:`Untrusted` with
    the one line that says why and what to do (in the chosen language).

    A merged package is checked as signed by its region (holder: its label); each source's own signature travels
    in its manifest and is checked by :func:`check_sources`."""
    version = manifest.get("format_version")
    if check is None:
        if policy.accept_unsigned:
            return f"UNSIGNED (package format {version}), accepted with --accept-unsigned by {policy.by}"
        hint = (translate("exchange", "it was written by a Fieldbook before signed packages") if version == 1
                else translate("exchange", "it carries no signature"))
        raise Untrusted(translate("exchange", "{file}: not signed ({reason}); ask the office to export it again with "
                                  "this Fieldbook, or import it with --accept-unsigned (recorded in the ledger)")
                        .format(file=file, reason=hint))
    if not check.valid:
        raise Untrusted(f"{file}: {check.problem}")
    rotation = manifest.get("key_rotation")
    if isinstance(rotation, str) and rotation:
        _learn_rotation(conn, rotation, check, policy.by)
    verdict = keys.check_key(conn, check.holder, check.public_key)
    if verdict is keys.KeyVerdict.TRUSTED:
        return f"signed by {check.holder} key {check.fingerprint}"
    if verdict is keys.KeyVerdict.RETIRED:
        retired = keys.find_key(conn, check.holder, check.fingerprint).retired_at
        exported = str(manifest.get("exported_at") or "")
        if retired is not None and exported > fmt.timestamp_text(retired):
            raise Untrusted(translate("exchange", "{file}: signed on {date} with {holder}'s key {fingerprint}, which "
                                      "its rotation replaced on {retired}: refused; ask the office for a package "
                                      "signed with its new key")
                            .format(file=file, date=exported[:10], holder=check.holder, fingerprint=check.fingerprint,
                                    retired=fmt.timestamp_text(retired)[:10]))
        return f"signed by {check.holder} key {check.fingerprint} (before a rotation replaced it)"
    if verdict is keys.KeyVerdict.REVOKED:
        raise Untrusted(translate("exchange", "{file}: signed by {holder}'s key {fingerprint}, which was revoked: "
                                  "refused; ask the office for a package signed with its new key")
                        .format(file=file, holder=check.holder, fingerprint=check.fingerprint))
    if verdict is keys.KeyVerdict.OTHER_KEY:
        raise Untrusted(translate("exchange", "{file}: signed by a key ({fingerprint}) that is not the one on record "
                                  "for {holder}; if the office changed its key, confirm the new fingerprint with it by "
                                  "phone and add it: fieldbook keys trust --db … {holder} \"{fingerprint}\" (see "
                                  "fieldbook keys list)")
                        .format(file=file, holder=check.holder, fingerprint=check.fingerprint))
    claim = KeyClaim(check.holder, check.fingerprint, check.public_key, file)
    if policy.confirm_new_key is not None and policy.confirm_new_key(claim):
        keys.trust_key(conn, check.holder, check.public_key, by=policy.by, how="confirmed on first use")
        return f"signed by {check.holder} key {check.fingerprint} (trusted on first use by {policy.by})"
    raise Untrusted(translate("exchange", "{file}: signed by {holder} key {fingerprint}, which this store does not "
                              "know yet: confirm the fingerprint with the office (by phone), then import with "
                              "--trust-new-keys, or add it first with fieldbook keys trust")
                    .format(file=file, holder=check.holder, fingerprint=check.fingerprint))


def _learn_rotation(conn: Connection, text: str, check: SignatureCheck, by: str) -> None:
    """A package signed with an office's new key carries the rotation its previous key signed: a store that trusts
    the previous key learns the new one from it (and nothing else can make it do so)."""
    try:
        statement = json.loads(text)
    except ValueError:
        return
    if (not isinstance(statement, dict) or statement.get("holder") != check.holder
            or statement.get("new_key") != check.public_key):
        return
    if keys.check_key(conn, check.holder, check.public_key) is not keys.KeyVerdict.OTHER_KEY:
        return  # known already, or the holder has no key yet (first use decides)
    if keys.check_key(conn, check.holder, str(statement.get("old_key") or "")) is keys.KeyVerdict.TRUSTED:
        try:
            keys.apply_rotation(conn, statement, by)
        except keys.KeyRegistryError:
            return


def check_sources(conn: Connection, manifest: Mapping[str, Any], policy: Policy, file: str) -> list[str]:
    """A merged package's sources: each one's signature checked against what it signed, and its key against the
    registry as :func:`admit` does. Returns the ledger lines; raises :class:`Untrusted`."""
    lines = []
    for source in fmt.manifest_sources(dict(manifest)):
        name = translate("exchange", "{file} (source {office} #{sequence})").format(
            file=file, office=source.get("office_code"), sequence=source.get("sequence"))
        if not source.get("signature"):
            lines.append(admit(conn, {"format_version": source.get("format_version")}, None, policy, name))
            continue
        text = str(source.get("signed_statement") or "")
        check = SignatureCheck(str(source.get("office_code") or ""), str(source.get("signer_key") or ""), "", False)
        try:
            check.fingerprint = signing.fingerprint_of(check.public_key)
            statement = json.loads(text)
        except Exception:  # noqa: BLE001
            statement = None
        if (isinstance(statement, dict) and signing.verify(check.public_key, text.encode(),
                                                           str(source.get("signature")))
                and statement.get("office_code") == check.holder
                and statement.get("period") == source.get("period")
                and statement.get("sequence") == source.get("sequence")):
            check.valid = True
        else:
            check.problem = translate("exchange", "its signature does not match what the source package signed")
        lines.append(admit(conn, {"format_version": 2}, check, policy, name))
    return lines


@dataclass
class Unsigned:
    """A row (or deletion) of a merged package that its owning office did not sign, where it is."""

    sheet: str
    row: int | None
    key: str | None
    message: str


def check_provenance(manifest: Mapping[str, Any], records: Mapping[str, list[Any]], deletions: list[dict[str, Any]],
                     provenance: Mapping[str, list[str]], deletion_rows: list[int]) -> list[Unsigned]:
    """Each record of a merged package against the office that owns it: every signed source's lines (its Provenance)
    must be what that source signed, and every row of an office whose sources are signed must be one of those lines —
    or an edit made in a spreadsheet, which is attributed instead (HandEdits, or found edited now). Rows of offices
    whose packages were unsigned are left to the import's unsigned rule."""
    out: list[Unsigned] = []
    signed: dict[str, set[str]] = {}
    unchecked: set[str] = set()
    for source in fmt.manifest_sources(dict(manifest)):
        office = str(source.get("office_code") or "")
        if not source.get("signature"):
            unchecked.add(office)
            continue
        statement = signing.canonical_statement(str(source.get("signed_statement") or ""))
        lines = provenance.get(str(source.get("digest") or ""))
        if statement is None or lines is None or lines_digest(sorted(lines)) != statement.get("rows_sha256"):
            out.append(Unsigned(fmt.MANIFEST_SHEET, None, "sources",
                                translate("exchange", "What {office} signed in its package no. {sequence} is not "
                                          "carried whole (sheet Provenance): its records cannot be checked against "
                                          "its signature; merge again from the office's own packages")
                                .format(office=office, sequence=source.get("sequence"))))
            unchecked.add(office)
            continue
        signed.setdefault(office, set()).update(lines)
    for entity, rows in records.items():
        sheet = fmt.ENTITY_SHEETS[entity]
        for row in rows:
            owner = row.values.get("office_code")
            if owner not in signed or owner in unchecked or row.edited or row.accepted_edit:
                continue
            if row_line(entity, row.values.get("id"), fmt.row_fingerprint(row.content)) not in signed[owner]:
                out.append(Unsigned(sheet, row.row, fmt.FINGERPRINT_KEY,
                                    translate("exchange", "This row of {owner} is not one {owner} signed, and it is "
                                              "not an attributed hand edit: ask {owner} for its own package")
                                    .format(owner=owner)))
    for number, tomb in zip(deletion_rows, deletions):
        owner = tomb.get("office_code")
        if owner not in signed or owner in unchecked or None in tomb.values():
            continue
        line = deletion_line(tomb["entity"], tomb["record_id"], tomb["revision"], tomb["deleted_at"], owner)
        if line not in signed[owner]:
            out.append(Unsigned(fmt.DELETIONS_SHEET, number, "record_id",
                                translate("exchange", "This deletion of a record of {owner} is not one {owner} "
                                          "signed: ask {owner} for its own package").format(owner=owner)))
    return out
