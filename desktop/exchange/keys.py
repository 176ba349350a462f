"""The registry of signing keys a store trusts: which public key speaks for which office (or region), since when, on
whose word, and which keys were retired or revoked.

Plain functions over a SQLAlchemy Core ``Connection``; the caller owns the transaction (an import checks and trusts a
key in the same transaction that writes the package, so a refused import leaves no key behind). Rows are never
deleted: a retired key still vouches for what it signed before its rotation, and a revoked key must stay known, or
the next package signed with it would look like a first contact and be trusted on first use.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from db.models import SigningKeyEntry
from db.types import utcnow
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.exchange.errors import ExchangeError, exchange, one_line
from desktop.exchange.signing import (
    FINGERPRINT_PREFIX,
    PublicKeyError,
    canonical_public_text,
    fingerprint_of,
    verify_rotation,
)

_TABLE = SigningKeyEntry.__table__
_C = _TABLE.c
_HOLDER_MAX = _C.holder.type.length
_BY_MAX = _C.trusted_by.type.length
_HOW_MAX = _C.how.type.length
#: A fingerprint typed by a person must name at least this many hex digits (32 bits: no accidental match).
MIN_PREFIX = 8

TRUSTED, RETIRED, REVOKED = "trusted", "retired", "revoked"
#: A key's status as a person reads it in a sentence (the status itself is stored data).
STATUS_WORDS = {TRUSTED: QT_TRANSLATE_NOOP("exchange", "trusted"), RETIRED: QT_TRANSLATE_NOOP("exchange", "retired"),
                REVOKED: QT_TRANSLATE_NOOP("exchange", "revoked")}


class KeyRegistryError(ExchangeError):
    """A change to the key registry was refused (a revoked key, a rotation that does not hold, an unclear key)."""


class KeyVerdict(enum.Enum):
    """What the registry says of a key presented for a holder."""

    #: The holder's current key.
    TRUSTED = "trusted"
    #: No key at all is registered for this holder: a first contact (trust on first use may apply).
    UNKNOWN_HOLDER = "unknown holder"
    #: The holder has other keys, and not this one: refuse, unless a valid rotation from its trusted key comes along.
    OTHER_KEY = "other key"
    #: The holder's key before a signed rotation: what it signed before the rotation is still the holder's.
    RETIRED = "retired"
    #: Revoked (for this holder or any other): never accepted.
    REVOKED = "revoked"


@dataclass
class KeyEntry:
    """One row of the registry, as plain data."""

    holder: str
    fingerprint: str
    public_key: str
    status: str
    trusted_at: dt.datetime
    trusted_by: str
    how: str
    retired_at: dt.datetime | None = None
    revoked_at: dt.datetime | None = None
    note: str | None = None


def _entry(row: Any) -> KeyEntry:
    return KeyEntry(row.holder, row.fingerprint, row.public_key, row.status, row.trusted_at, row.trusted_by, row.how,
                    row.retired_at, row.revoked_at, row.note)


def _get(conn: Connection, holder: str, fingerprint: str) -> KeyEntry | None:
    row = conn.execute(select(_TABLE).where(_C.holder == holder, _C.fingerprint == fingerprint)).first()
    return _entry(row) if row is not None else None


def _key(public_text: str) -> tuple[str, str]:
    """The canonical public text and fingerprint, or a one-line :class:`KeyRegistryError`."""
    try:
        return canonical_public_text(public_text), fingerprint_of(public_text)
    except PublicKeyError as exc:
        raise KeyRegistryError(str(exc)) from None


def _holder(holder: str) -> str:
    if not isinstance(holder, str) or not holder.strip() or len(holder) > _HOLDER_MAX:
        raise KeyRegistryError(translate("exchange", "{holder} is not an office code or region label (1 to {most} "
                                         "characters)").format(holder=one_line(repr(holder), 80), most=_HOLDER_MAX))
    return holder


def _revoked_anywhere(conn: Connection, fingerprint: str) -> KeyEntry | None:
    # A revoked key is refused whoever presents it: revoking it for one holder while it speaks for another would
    # leave a stolen key in use.
    row = conn.execute(select(_TABLE).where(_C.fingerprint == fingerprint, _C.status == REVOKED)
                       .order_by(_C.revoked_at)).first()
    return _entry(row) if row is not None else None


def list_keys(conn: Connection, holder: str | None = None) -> list[KeyEntry]:
    """Every key registered (or those of one holder), by holder and then in the order they were trusted."""
    query = select(_TABLE).order_by(_C.holder, _C.trusted_at, _C.fingerprint)
    if holder is not None:
        query = query.where(_C.holder == holder)
    return [_entry(row) for row in conn.execute(query)]


def check_key(conn: Connection, holder: str, public_text: str) -> KeyVerdict:
    """What the registry says of ``public_text`` speaking for ``holder``.

    Only UNKNOWN_HOLDER leaves room for trust on first use: a holder with any key on record — even only retired or
    revoked ones — has had its first contact, and a new key for it needs a signed rotation or a person's
    confirmation. A key revoked for another holder is REVOKED here too, unless this holder's own row says otherwise
    (trusted again on purpose, with ``force``). Raises :class:`KeyRegistryError` if ``public_text`` is not a public
    key at all."""
    _public, fingerprint = _key(public_text)
    entry = _get(conn, holder, fingerprint)
    if entry is not None:
        return {TRUSTED: KeyVerdict.TRUSTED, RETIRED: KeyVerdict.RETIRED}.get(entry.status, KeyVerdict.REVOKED)
    if _revoked_anywhere(conn, fingerprint) is not None:
        return KeyVerdict.REVOKED
    known = conn.execute(select(_C.fingerprint).where(_C.holder == holder).limit(1)).first()
    return KeyVerdict.OTHER_KEY if known is not None else KeyVerdict.UNKNOWN_HOLDER


def _retire_others(conn: Connection, holder: str, keep: str, when: dt.datetime, note: str) -> None:
    others = select(_TABLE).where(_C.holder == holder, _C.fingerprint != keep, _C.status == TRUSTED)
    for row in conn.execute(others).all():
        conn.execute(update(_TABLE).where(_C.holder == holder, _C.fingerprint == row.fingerprint)
                     .values(status=RETIRED, retired_at=when, note=f"{row.note}; {note}" if row.note else note))


def trust_key(conn: Connection, holder: str, public_text: str, by: str, how: str, *,
              force: bool = False) -> KeyEntry:
    """Trust ``public_text`` for ``holder`` on ``by``'s word, recording ``how`` ("confirmed on first use", "added by
    hand", …). Trusting a key already trusted changes nothing.

    A holder speaks with one key at a time: a key added by hand (the office lost its old one and a person confirmed
    the new fingerprint by phone) retires the holder's other trusted key, which keeps vouching for what it signed
    before — revoke it as well if it may be in someone else's hands. A revoked key is refused unless ``force``:
    revocation is how a stolen key is shut out, and undoing it should take a deliberate act."""
    holder = _holder(holder)
    public, fingerprint = _key(public_text)
    entry = _get(conn, holder, fingerprint)
    if entry is not None and entry.status == TRUSTED:
        return entry
    revoked = _revoked_anywhere(conn, fingerprint)
    if revoked is not None and not force:
        if revoked.revoked_at is not None:
            raise KeyRegistryError(translate("exchange", "key {fingerprint} was revoked for {holder} on {date}: it is "
                                             "not trusted again unless forced")
                                   .format(fingerprint=fingerprint, holder=revoked.holder,
                                           date=revoked.revoked_at.date().isoformat()))
        raise KeyRegistryError(translate("exchange", "key {fingerprint} was revoked for {holder}: it is not trusted "
                                         "again unless forced").format(fingerprint=fingerprint, holder=revoked.holder))
    now = utcnow()
    _retire_others(conn, holder, fingerprint, now, f"replaced by {fingerprint}, trusted by {one_line(by)}")
    values = {"public_key": public, "status": TRUSTED, "trusted_at": now, "trusted_by": one_line(by)[:_BY_MAX],
              "how": one_line(how)[:_HOW_MAX]}
    if entry is None:
        conn.execute(insert(_TABLE).values(holder=holder, fingerprint=fingerprint, **values))
    else:
        # Trusted again: a retired key brought back, or a revoked one forced. What happened before stays in the note.
        history = f"was {entry.status}{_on(entry.revoked_at or entry.retired_at)}"
        if entry.note:
            history += f" ({entry.note})"
        conn.execute(update(_TABLE).where(_C.holder == holder, _C.fingerprint == fingerprint)
                     .values(retired_at=None, revoked_at=None, note=history, **values))
    result = _get(conn, holder, fingerprint)
    assert result is not None
    return result


def _rotated_at(statement: Mapping[str, Any]) -> dt.datetime:
    text = statement["rotated_at"]
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        when = None
    if when is None or when.tzinfo is None:
        raise KeyRegistryError(translate("exchange", "the key rotation for {holder} gives no UTC time ({time})")
                               .format(holder=statement["holder"], time=one_line(repr(text), 60)))
    return when.astimezone(dt.timezone.utc)


def apply_rotation(conn: Connection, statement: Mapping[str, Any], by: str) -> KeyEntry:
    """Follow a rotation statement (``signing.rotation_statement``): its old key, which must be the holder's trusted
    key, is retired as of the statement's time and the new key trusted, as far as the old one was. Returns the new
    key's entry. Applying a statement again changes nothing and returns the new key's entry as it now stands (a
    later rotation may have retired it, a person revoked it): check the key a package is signed with afterwards."""
    if not verify_rotation(statement):
        holder = statement.get("holder") if isinstance(statement, Mapping) else None
        if holder:
            raise KeyRegistryError(translate("exchange", "the key rotation statement for {holder} does not verify: its "
                                             "signature or its fields are wrong")
                                   .format(holder=one_line(str(holder), 40)))
        raise KeyRegistryError(translate("exchange", "the key rotation statement does not verify: its signature or "
                                         "its fields are wrong"))
    holder = _holder(statement["holder"])
    _old_public, old_fp = _key(statement["old_key"])
    new_public, new_fp = _key(statement["new_key"])
    when = _rotated_at(statement)
    old, new = _get(conn, holder, old_fp), _get(conn, holder, new_fp)
    if new is not None and old is not None and old.status == RETIRED:
        # Applied before: every package after a rotation carries the whole chain of statements, and a later step
        # (B to C after A to B) may already have retired this one's new key too.
        return new
    if old is None:
        raise KeyRegistryError(translate("exchange", "the key rotation for {holder} is signed by {old}, a key not "
                                         "registered for {holder}: confirm the new key {new} with the office")
                               .format(holder=holder, old=old_fp, new=new_fp))
    if old.status != TRUSTED:
        raise KeyRegistryError(translate("exchange", "the key rotation for {holder} is signed by {old}, which is "
                                         "{status}: confirm the new key {new} with the office")
                               .format(holder=holder, old=old_fp, new=new_fp,
                                       status=translate("exchange", STATUS_WORDS.get(old.status, old.status))))
    revoked = _revoked_anywhere(conn, new_fp)
    if revoked is not None:
        if revoked.revoked_at is not None:
            raise KeyRegistryError(translate("exchange", "the key rotation for {holder} names key {new}, which was "
                                             "revoked for {other} on {date}")
                                   .format(holder=holder, new=new_fp, other=revoked.holder,
                                           date=revoked.revoked_at.date().isoformat()))
        raise KeyRegistryError(translate("exchange", "the key rotation for {holder} names key {new}, which was "
                                         "revoked for {other}").format(holder=holder, new=new_fp,
                                                                       other=revoked.holder))
    now = utcnow()
    conn.execute(update(_TABLE).where(_C.holder == holder, _C.fingerprint == old_fp)
                 .values(status=RETIRED, retired_at=when, note=f"rotated to {new_fp}, applied by {by}"))
    how = f"rotation signed by {old_fp}"
    values = {"public_key": new_public, "status": TRUSTED, "trusted_at": now, "trusted_by": one_line(by)[:_BY_MAX],
              "how": how[:_HOW_MAX], "retired_at": None}
    if new is None:
        conn.execute(insert(_TABLE).values(holder=holder, fingerprint=new_fp, **values))
    else:
        conn.execute(update(_TABLE).where(_C.holder == holder, _C.fingerprint == new_fp).values(**values))
    result = _get(conn, holder, new_fp)
    assert result is not None
    return result


_HEX = re.compile(r"[0-9a-f]+")


def _typed_fingerprint(text: str) -> str:
    """The hex digits of a fingerprint as a person types it: ``SHA256:`` optional, spaces optional, any case."""
    digits = re.sub(r"\s+", "", text).lower()
    if digits.startswith(FINGERPRINT_PREFIX.lower()):
        digits = digits[len(FINGERPRINT_PREFIX):]
    if not _HEX.fullmatch(digits) or len(digits) < MIN_PREFIX:
        raise KeyRegistryError(translate("exchange", "{text} is not a key fingerprint: type at least {least} of its "
                                         "hex digits, as `SHA256:ab12 cd34` or `ab12cd34`")
                               .format(text=one_line(repr(text), 80), least=MIN_PREFIX))
    return digits


def find_key(conn: Connection, holder: str, fingerprint_prefix: str) -> KeyEntry:
    """The one key of ``holder`` whose fingerprint starts with what a person typed; refused when none or several
    do."""
    digits = _typed_fingerprint(fingerprint_prefix)
    matches = [e for e in list_keys(conn, holder)
               if e.fingerprint[len(FINGERPRINT_PREFIX):].replace(" ", "").startswith(digits)]
    if not matches:
        raise KeyRegistryError(translate("exchange", "{holder} has no key whose fingerprint starts with {prefix}: "
                                         "list the keys to see theirs")
                               .format(holder=holder, prefix=fingerprint_prefix.strip()))
    if len(matches) > 1:
        count = len(matches)
        raise KeyRegistryError(exchange.tr("%n keys of {holder} start with {prefix}: type more of the fingerprint",
                                           None, count).format(holder=holder, prefix=fingerprint_prefix.strip()))
    return matches[0]


def revoke_key(conn: Connection, holder: str, fingerprint_prefix: str, by: str, note: str) -> KeyEntry:
    """Revoke the key of ``holder`` named by a fingerprint as a person types it (``SHA256:`` and spaces optional, a
    unique prefix of at least 8 hex digits). A stolen key is stolen whoever it spoke for: it is revoked in every
    holder's rows, and refused from now on whatever it signed. Revoking a revoked key changes nothing."""
    entry = find_key(conn, holder, fingerprint_prefix)
    if entry.status == REVOKED:
        return entry
    text = f"revoked by {one_line(by)}" + (f": {one_line(note)}" if note and note.strip() else "")
    now = utcnow()
    for row in conn.execute(select(_TABLE).where(_C.fingerprint == entry.fingerprint, _C.status != REVOKED)).all():
        conn.execute(update(_TABLE).where(_C.holder == row.holder, _C.fingerprint == row.fingerprint)
                     .values(status=REVOKED, revoked_at=now, note=f"{row.note}; {text}" if row.note else text))
    result = _get(conn, entry.holder, entry.fingerprint)
    assert result is not None
    return result


def _on(when: dt.datetime | None) -> str:
    """" on 2026-12-01", in the registry's notes (stored data: English)."""
    return f" on {when.date().isoformat()}" if when is not None else ""


def describe(entry: KeyEntry) -> str:
    """One line for a person: ``KEN-NBO  SHA256:ab12 cd34 …  trusted 2026-12-01 by maria (confirmed on first use)``,
    with the retirement or revocation first when there is one, and the note last. How the key came to be trusted and
    the note are stored as they were written (English)."""
    state = ""
    if entry.status == REVOKED:
        state = (translate("exchange", "REVOKED {date}").format(date=entry.revoked_at.date().isoformat())
                 if entry.revoked_at else translate("exchange", "REVOKED")) + ", "
    elif entry.status == RETIRED:
        state = (translate("exchange", "retired {date}").format(date=entry.retired_at.date().isoformat())
                 if entry.retired_at else translate("exchange", "retired")) + ", "
    trusted = translate("exchange", "trusted {date} by {user} ({how})").format(
        date=entry.trusted_at.date().isoformat(), user=entry.trusted_by, how=entry.how)
    note = f"; {entry.note}" if entry.note else ""
    return one_line(f"{entry.holder}  {entry.fingerprint}  {state}{trusted}{note}")
