"""The key registry of a store: trust on first use, another key refused, signed rotations followed, revocation final
unless forced, fingerprints as people type them."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import Connection

from db.store import Store
from desktop.exchange.keys import (
    KeyRegistryError,
    KeyVerdict,
    apply_rotation,
    check_key,
    describe,
    find_key,
    list_keys,
    revoke_key,
    trust_key,
)
from desktop.exchange.signing import SigningKey, rotation_statement

FIRST_USE = "confirmed on first use"


@pytest.fixture
def conn(empty_store: Store):
    with empty_store.engine.begin() as connection:
        yield connection


def test_first_contact_then_trusted(conn: Connection) -> None:
    key = SigningKey.generate()
    assert check_key(conn, "KEN-NBO", key.public_text) is KeyVerdict.UNKNOWN_HOLDER
    entry = trust_key(conn, "KEN-NBO", key.public_text, "maria", FIRST_USE)
    assert (entry.holder, entry.fingerprint, entry.public_key, entry.status) == (
        "KEN-NBO", key.fingerprint, key.public_text, "trusted")
    assert (entry.trusted_by, entry.how, entry.revoked_at) == ("maria", FIRST_USE, None)
    assert check_key(conn, "KEN-NBO", key.public_text) is KeyVerdict.TRUSTED
    assert check_key(conn, "MEX-MEX", key.public_text) is KeyVerdict.UNKNOWN_HOLDER  # trusted for one holder only
    again = trust_key(conn, "KEN-NBO", key.public_text, "someone else", "added by hand")
    assert again == entry  # idempotent: nothing rewritten
    assert list_keys(conn) == [entry]


def test_another_key_for_a_known_holder_is_not_trusted_on_first_use(conn: Connection) -> None:
    key, other = SigningKey.generate(), SigningKey.generate()
    trust_key(conn, "KEN-NBO", key.public_text, "maria", FIRST_USE)
    assert check_key(conn, "KEN-NBO", other.public_text) is KeyVerdict.OTHER_KEY
    assert check_key(conn, "KEN-NBO", key.public_text) is KeyVerdict.TRUSTED


def test_a_key_added_by_hand_replaces_the_holders_trusted_key(conn: Connection) -> None:
    """The office lost its key and a person confirmed the new one by phone: one key speaks for the office."""
    key, other = SigningKey.generate(), SigningKey.generate()
    trust_key(conn, "KEN-NBO", key.public_text, "maria", FIRST_USE)
    added = trust_key(conn, "KEN-NBO", other.public_text, "luis", "added by hand")
    assert (added.status, added.how, added.trusted_by) == ("trusted", "added by hand", "luis")
    assert check_key(conn, "KEN-NBO", other.public_text) is KeyVerdict.TRUSTED
    assert check_key(conn, "KEN-NBO", key.public_text) is KeyVerdict.RETIRED
    old = find_key(conn, "KEN-NBO", key.fingerprint)
    assert old.retired_at is not None and other.fingerprint in (old.note or "")
    assert [e.status for e in list_keys(conn, "KEN-NBO")] == ["retired", "trusted"]


def test_a_signed_rotation_trusts_the_new_key_and_retires_the_old(conn: Connection) -> None:
    old, new = SigningKey.generate(), SigningKey.generate()
    trust_key(conn, "KEN-NBO", old.public_text, "maria", FIRST_USE)
    statement = rotation_statement(old, new.public_text, "KEN-NBO", "2026-12-01T10:00:00Z")
    entry = apply_rotation(conn, statement, "maria")
    assert (entry.fingerprint, entry.status) == (new.fingerprint, "trusted")
    assert entry.how == f"rotation signed by {old.fingerprint}"
    assert check_key(conn, "KEN-NBO", new.public_text) is KeyVerdict.TRUSTED
    assert check_key(conn, "KEN-NBO", old.public_text) is KeyVerdict.RETIRED
    retired = find_key(conn, "KEN-NBO", old.fingerprint)
    assert retired.retired_at is not None and retired.retired_at.isoformat() == "2026-12-01T10:00:00+00:00"
    assert apply_rotation(conn, statement, "maria") == entry  # every later package carries it again
    assert [e.status for e in list_keys(conn, "KEN-NBO")] == ["retired", "trusted"]


def test_a_chain_of_rotations_is_followed_and_can_be_applied_again(conn: Connection) -> None:
    a, b, c = SigningKey.generate(), SigningKey.generate(), SigningKey.generate()
    trust_key(conn, "KEN-NBO", a.public_text, "maria", FIRST_USE)
    chain = [rotation_statement(a, b.public_text, "KEN-NBO", "2026-12-01T10:00:00Z"),
             rotation_statement(b, c.public_text, "KEN-NBO", "2026-12-02T10:00:00Z")]
    for statement in chain:
        apply_rotation(conn, statement, "maria")
    for statement in chain:  # the next package carries the whole chain again
        apply_rotation(conn, statement, "maria")
    assert [check_key(conn, "KEN-NBO", k.public_text) for k in (a, b, c)] == [
        KeyVerdict.RETIRED, KeyVerdict.RETIRED, KeyVerdict.TRUSTED]


def test_a_rotation_that_does_not_hold_is_refused_and_changes_nothing(conn: Connection) -> None:
    old, new, thief = SigningKey.generate(), SigningKey.generate(), SigningKey.generate()
    trust_key(conn, "KEN-NBO", old.public_text, "maria", FIRST_USE)
    statement = rotation_statement(old, new.public_text, "KEN-NBO", "2026-12-01T10:00:00Z")
    refused = [
        ({**statement, "new_key": thief.public_text}, "does not verify"),
        # Signed correctly, but by a key headquarters never trusted for this office:
        (rotation_statement(thief, new.public_text, "KEN-NBO", "2026-12-01T10:00:00Z"), "not registered"),
        # The office's key used to speak for another office:
        (rotation_statement(old, new.public_text, "MEX-MEX", "2026-12-01T10:00:00Z"), "not registered"),
        (rotation_statement(old, new.public_text, "KEN-NBO", "yesterday"), "no UTC time"),
        (rotation_statement(old, new.public_text, "KEN-NBO", "2026-12-01T10:00:00"), "no UTC time"),
    ]
    for bad, reason in refused:
        with pytest.raises(KeyRegistryError, match=reason) as error:
            apply_rotation(conn, bad, "maria")
        assert "\n" not in str(error.value)
    assert check_key(conn, "KEN-NBO", old.public_text) is KeyVerdict.TRUSTED
    assert check_key(conn, "KEN-NBO", new.public_text) is KeyVerdict.OTHER_KEY
    assert len(list_keys(conn)) == 1


def test_a_retired_or_revoked_key_cannot_sign_a_rotation(conn: Connection) -> None:
    a, b, c = SigningKey.generate(), SigningKey.generate(), SigningKey.generate()
    trust_key(conn, "KEN-NBO", a.public_text, "maria", FIRST_USE)
    apply_rotation(conn, rotation_statement(a, b.public_text, "KEN-NBO", "2026-12-01T10:00:00Z"), "maria")
    with pytest.raises(KeyRegistryError, match="which is retired"):  # someone with the old laptop
        apply_rotation(conn, rotation_statement(a, c.public_text, "KEN-NBO", "2026-12-03T10:00:00Z"), "maria")
    revoke_key(conn, "KEN-NBO", b.fingerprint, "maria", "laptop stolen")
    with pytest.raises(KeyRegistryError, match="which is revoked"):
        apply_rotation(conn, rotation_statement(b, c.public_text, "KEN-NBO", "2026-12-03T10:00:00Z"), "maria")
    assert check_key(conn, "KEN-NBO", c.public_text) is KeyVerdict.OTHER_KEY


def test_a_revoked_key_stays_revoked_unless_forced(conn: Connection) -> None:
    key = SigningKey.generate()
    trust_key(conn, "KEN-NBO", key.public_text, "maria", FIRST_USE)
    revoked = revoke_key(conn, "KEN-NBO", key.fingerprint, "maria", "laptop stolen")
    assert revoked.status == "revoked" and revoked.revoked_at is not None
    assert revoked.note == "revoked by maria: laptop stolen"
    assert check_key(conn, "KEN-NBO", key.public_text) is KeyVerdict.REVOKED
    assert check_key(conn, "MEX-MEX", key.public_text) is KeyVerdict.REVOKED  # a stolen key, whoever it claims to be
    for holder in ("KEN-NBO", "MEX-MEX"):
        with pytest.raises(KeyRegistryError, match="revoked") as error:
            trust_key(conn, holder, key.public_text, "maria", FIRST_USE)
        assert "\n" not in str(error.value)
    assert check_key(conn, "KEN-NBO", key.public_text) is KeyVerdict.REVOKED
    # The holder has had its first contact: a new key is not trusted on first use either.
    assert check_key(conn, "KEN-NBO", SigningKey.generate().public_text) is KeyVerdict.OTHER_KEY
    assert revoke_key(conn, "KEN-NBO", key.fingerprint, "luis", "again") == revoked  # idempotent

    forced = trust_key(conn, "KEN-NBO", key.public_text, "maria", "added by hand", force=True)
    assert (forced.status, forced.revoked_at) == ("trusted", None)
    assert "was revoked" in (forced.note or "") and "laptop stolen" in (forced.note or "")
    assert check_key(conn, "KEN-NBO", key.public_text) is KeyVerdict.TRUSTED


def test_revoking_by_a_fingerprint_as_a_person_types_it(conn: Connection) -> None:
    key = SigningKey.generate()
    trust_key(conn, "KEN-NBO", key.public_text, "maria", FIRST_USE)
    groups = key.fingerprint.removeprefix("SHA256:").split()
    typed = f"  sha256:{groups[0].upper()} {groups[1]}  "  # the first two groups, case and spaces as they come
    assert find_key(conn, "KEN-NBO", typed).fingerprint == key.fingerprint
    assert find_key(conn, "KEN-NBO", "".join(groups[:3])).fingerprint == key.fingerprint
    entry = revoke_key(conn, "KEN-NBO", f"{groups[0]} {groups[1]} {groups[2]}", "maria", "")
    assert entry.fingerprint == key.fingerprint and entry.status == "revoked"
    assert entry.note == "revoked by maria"


def test_a_short_or_unknown_fingerprint_is_refused(conn: Connection) -> None:
    key = SigningKey.generate()
    trust_key(conn, "KEN-NBO", key.public_text, "maria", FIRST_USE)
    digits = key.fingerprint.removeprefix("SHA256:").replace(" ", "")
    for typed in (digits[:7], "SHA256:", "SHA256:" + digits[:4], "not hex!", f"{digits[:8]}x", ""):
        with pytest.raises(KeyRegistryError, match="at least 8") as error:
            revoke_key(conn, "KEN-NBO", typed, "maria", "")
        assert "\n" not in str(error.value)
    unknown = "0" * 8 if not digits.startswith("0" * 8) else "f" * 8
    with pytest.raises(KeyRegistryError, match="no key whose fingerprint starts with"):
        revoke_key(conn, "KEN-NBO", unknown, "maria", "")
    with pytest.raises(KeyRegistryError, match="no key"):  # the right key, the wrong holder
        revoke_key(conn, "MEX-MEX", digits, "maria", "")
    assert [e.status for e in list_keys(conn)] == ["trusted"]


def test_an_ambiguous_prefix_is_refused_and_a_longer_one_picks_the_key(conn: Connection) -> None:
    """Two keys whose fingerprints share their first 8 hex digits (written straight to the table: finding a real
    pair would take some 2^16 keys)."""
    from sqlalchemy import insert

    from db.models import SigningKeyEntry
    from db.types import utcnow

    fingerprints = ["SHA256:abcd ef01 " + " ".join([n * 4] * 8) for n in ("0", "1")]
    for fingerprint in fingerprints:
        conn.execute(insert(SigningKeyEntry.__table__).values(
            holder="KEN-NBO", fingerprint=fingerprint, public_key=SigningKey.generate().public_text,
            status="retired", trusted_at=utcnow(), trusted_by="maria", how="added by hand"))
    for typed in ("abcdef01", "SHA256:abcd ef01", "abcd ef01 "):
        with pytest.raises(KeyRegistryError, match="2 keys of KEN-NBO start with") as error:
            revoke_key(conn, "KEN-NBO", typed, "maria", "")
        assert "\n" not in str(error.value)
    assert {e.status for e in list_keys(conn)} == {"retired"}
    assert revoke_key(conn, "KEN-NBO", "ABCD EF01 1", "maria", "").fingerprint == fingerprints[1]
    assert [e.status for e in list_keys(conn)] == ["retired", "revoked"]


def test_garbage_as_a_public_key_is_a_registry_error(conn: Connection) -> None:
    for call in (lambda: check_key(conn, "KEN-NBO", "garbage"),
                 lambda: trust_key(conn, "KEN-NBO", "garbage", "maria", FIRST_USE)):
        with pytest.raises(KeyRegistryError, match="is not a public key"):
            call()
    with pytest.raises(KeyRegistryError, match="office code"):
        trust_key(conn, "X" * 17, SigningKey.generate().public_text, "maria", FIRST_USE)
    assert list_keys(conn) == []


def test_list_keys_by_holder_then_time_and_describe_in_one_line(conn: Connection) -> None:
    a, b, c = SigningKey.generate(), SigningKey.generate(), SigningKey.generate()
    trust_key(conn, "MEX-MEX", c.public_text, "luis", FIRST_USE)
    trust_key(conn, "KEN-NBO", a.public_text, "maria", FIRST_USE)
    apply_rotation(conn, rotation_statement(a, b.public_text, "KEN-NBO", "2026-12-05T10:00:00Z"), "maria")
    keys = list_keys(conn)
    assert [(e.holder, e.fingerprint) for e in keys] == [
        ("KEN-NBO", a.fingerprint), ("KEN-NBO", b.fingerprint), ("MEX-MEX", c.fingerprint)]
    assert [e.holder for e in list_keys(conn, "MEX-MEX")] == ["MEX-MEX"]

    today = keys[2].trusted_at.date().isoformat()
    assert describe(keys[2]) == f"MEX-MEX  {c.fingerprint}  trusted {today} by luis (confirmed on first use)"
    assert describe(keys[0]).startswith(
        f"KEN-NBO  {a.fingerprint}  retired 2026-12-05, trusted {keys[0].trusted_at.date()} by maria")
    revoked = revoke_key(conn, "MEX-MEX", c.fingerprint, "luis", "laptop\nstolen")
    assert revoked.revoked_at is not None
    line = describe(revoked)
    assert re.fullmatch(rf"MEX-MEX  {re.escape(c.fingerprint)}  REVOKED {revoked.revoked_at.date()}, "
                        rf"trusted {today} by luis "
                        r"\(confirmed on first use\); revoked by luis: laptop\\nstolen", line), line
