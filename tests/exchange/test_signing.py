"""Signing keys and signatures: the key file made safely and never replaced, signatures that fail on any change, key
rotations only the old key can sign."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa

from desktop.exchange.errors import ExchangeError
from desktop.exchange.signing import (
    KeyFileError,
    PublicKeyError,
    SigningKey,
    _write_new_file,
    canonical_public_text,
    canonical_statement,
    fingerprint_of,
    key_path_for,
    load_key,
    load_or_create_key,
    rotate_key_file,
    rotation_path,
    rotation_statement,
    statement_bytes,
    verify,
    verify_rotation,
)

MESSAGE = statement_bytes({"office": "KEN-NBO", "digest": "ab" * 32, "sequence": 3})


def _flip(text: str, byte: int = 0) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[byte] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def test_the_key_file_lives_beside_the_store(tmp_path: Path) -> None:
    assert key_path_for(tmp_path / "data" / "office.sqlite") == tmp_path / "data" / "office.signing-key.pem"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_a_new_key_is_readable_by_its_owner_only_and_reloads_as_the_same_key(tmp_path: Path) -> None:
    path = tmp_path / "new folder" / "office.signing-key.pem"
    old_umask = os.umask(0)  # even with a permissive umask the file must not be readable by others
    try:
        key = load_or_create_key(path)
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_key(path).fingerprint == key.fingerprint
    assert load_or_create_key(path).public_text == key.public_text  # loaded, not made again
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left behind
    assert b"BEGIN PRIVATE KEY" in path.read_bytes()  # PKCS8, unencrypted


def test_sign_and_verify_round_trip(tmp_path: Path) -> None:
    key = load_or_create_key(tmp_path / "k.pem")
    signature = key.sign(MESSAGE)
    assert verify(key.public_text, MESSAGE, signature)
    assert len(base64.b64decode(signature)) == 64 and len(base64.b64decode(key.public_text)) == 32


def test_verify_is_false_on_any_change_and_never_raises() -> None:
    key, other = SigningKey.generate(), SigningKey.generate()
    signature = key.sign(MESSAGE)
    tampered = bytearray(MESSAGE)
    tampered[5] ^= 0x01
    assert not verify(key.public_text, bytes(tampered), signature)
    assert not verify(key.public_text, MESSAGE, _flip(signature, 10))
    assert not verify(key.public_text, MESSAGE, _flip(signature, 63))
    assert not verify(other.public_text, MESSAGE, signature)
    assert not verify(_flip(key.public_text), MESSAGE, signature)
    for bad_key, bad_signature in [
        ("not base64!", signature), (key.public_text, "not base64!"), ("", signature), (key.public_text, ""),
        (key.public_text[:-4], signature), (key.public_text, signature[:-4]),  # too short
        (base64.b64encode(b"\0" * 33).decode(), signature), (key.public_text, signature + "AAAA"),  # too long
        ("é" * 44, signature), (None, signature), (key.public_text, None), (key.public_text, b"bytes"),
    ]:
        assert verify(bad_key, MESSAGE, bad_signature) is False  # type: ignore[arg-type]


def test_fingerprint_is_the_sha256_of_the_raw_key_in_groups_to_read_aloud() -> None:
    key = SigningKey.generate()
    raw = base64.b64decode(key.public_text)
    fingerprint = fingerprint_of(key.public_text)
    assert re.fullmatch(r"SHA256:[0-9a-f]{4}( [0-9a-f]{4}){9}", fingerprint)
    assert fingerprint.replace("SHA256:", "").replace(" ", "") == hashlib.sha256(raw).hexdigest()[:40]
    assert key.fingerprint == fingerprint
    assert fingerprint_of(f"  {key.public_text}\n") == fingerprint  # as pasted by a person
    assert fingerprint != SigningKey.generate().fingerprint


@pytest.mark.parametrize("garbage", ["", "hello", "!!!!", base64.b64encode(b"x" * 31).decode(), "é"])
def test_fingerprint_of_garbage_is_a_one_line_value_error(garbage: str) -> None:
    with pytest.raises(PublicKeyError) as error:
        fingerprint_of(garbage)
    assert isinstance(error.value, ValueError) and isinstance(error.value, ExchangeError)
    assert "\n" not in str(error.value)


def test_one_key_has_one_canonical_text() -> None:
    key = SigningKey.generate()
    text = key.public_text
    # The last base64 digit of 32 bytes carries two unused bits: set them and it is another text for the same key.
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    loose = text[:-2] + alphabet[alphabet.index(text[-2]) ^ 0b01] + "="
    assert loose != text and base64.b64decode(loose) == base64.b64decode(text)
    assert canonical_public_text(loose) == text
    assert fingerprint_of(loose) == fingerprint_of(text)
    assert canonical_public_text(f" {text} ") == text


def _damaged_files(tmp_path: Path) -> dict[str, bytes]:
    good = SigningKey.generate().pem()
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    encrypted = ed25519.Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"secret"))
    return {
        "empty": b"",
        "truncated": good[: len(good) // 2],
        "one byte changed": good.replace(b"MC4", b"MD4", 1),
        "text": b"the office key\n",
        "rsa": rsa_key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()),
        "encrypted": encrypted,
        "huge": b"A" * 200_000,
    }


@pytest.mark.parametrize("damage", ["empty", "truncated", "one byte changed", "text", "rsa", "encrypted", "huge"])
def test_a_damaged_key_file_is_a_one_line_error_and_is_never_replaced(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "office.signing-key.pem"
    content = _damaged_files(tmp_path)[damage]
    path.write_bytes(content)
    before = path.stat()
    for load in (load_key, load_or_create_key):
        with pytest.raises(KeyFileError) as error:
            load(path)
        message = str(error.value)
        assert "\n" not in message and str(path) in message
        assert "cannot be read as a signing key" in message and "restore it from your backup" in message
    assert path.read_bytes() == content
    assert path.stat().st_mtime_ns == before.st_mtime_ns
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_load_key_never_creates_one(tmp_path: Path) -> None:
    path = tmp_path / "missing.pem"
    with pytest.raises(KeyFileError, match="no signing key file") as error:
        load_key(path)
    assert "\n" not in str(error.value)
    assert not path.exists()


def test_writing_a_new_file_never_replaces_one_made_meanwhile(tmp_path: Path) -> None:
    """Two processes making the first key at once: the second must keep the first's key, not overwrite it."""
    path = tmp_path / "k.pem"
    first = SigningKey.generate()
    assert _write_new_file(path, first.pem()) is True
    assert _write_new_file(path, SigningKey.generate().pem()) is False
    assert load_key(path).fingerprint == first.fingerprint
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.pem"]


def test_statement_bytes_are_canonical_json_and_only_that_text_is_accepted() -> None:
    fields = {"office": "CÔTE", "b": 1, "a": [1, "x"]}
    text = statement_bytes(fields).decode("utf-8")
    assert text == '{"a":[1,"x"],"b":1,"office":"CÔTE"}'
    assert canonical_statement(text) == fields
    for other in ['{"b":1,"a":[1,"x"],"office":"CÔTE"}', '{"a": [1,"x"],"b":1,"office":"CÔTE"}',
                  '{"a":[1,"x"],"b":1,"office":"C\\u00d4TE"}', '{"a":[1,"x"],"b":1,"b":1,"office":"CÔTE"}',
                  '[1]', '{"a":NaN}', "not json", ""]:
        assert canonical_statement(other) is None, other


def test_a_rotation_statement_verifies_and_any_tampering_breaks_it() -> None:
    old, new, thief = SigningKey.generate(), SigningKey.generate(), SigningKey.generate()
    statement = rotation_statement(old, new.public_text, "KEN-NBO", "2026-12-01T10:00:00Z")
    assert set(statement) == {"holder", "old_key", "new_key", "rotated_at", "signature"}
    assert statement["old_key"] == old.public_text and statement["new_key"] == new.public_text
    assert verify_rotation(statement)
    assert verify_rotation(json.loads(json.dumps(statement)))  # as it travels in a package
    for field, value in [("holder", "MEX-MEX"), ("new_key", thief.public_text), ("old_key", thief.public_text),
                         ("rotated_at", "2025-12-01T10:00:00Z"), ("signature", _flip(statement["signature"]))]:
        assert not verify_rotation({**statement, field: value}), field
    assert not verify_rotation({**statement, "extra": "x"})
    assert not verify_rotation({k: v for k, v in statement.items() if k != "rotated_at"})
    assert not verify_rotation({**statement, "holder": 1})
    assert not verify_rotation("not a mapping")  # type: ignore[arg-type]
    # Signed by the new key (a thief with only the new key) instead of the old one:
    forged = rotation_statement(new, new.public_text, "KEN-NBO", "2026-12-01T10:00:00Z")
    assert not verify_rotation({**forged, "old_key": old.public_text})
    assert not verify_rotation(forged)  # a key "rotating" to itself says nothing


def test_rotating_the_key_file_keeps_the_old_key_and_writes_the_statement(tmp_path: Path) -> None:
    path = tmp_path / "office.signing-key.pem"
    first = load_or_create_key(path)
    second, statement = rotate_key_file(path, "KEN-NBO")
    assert load_key(path).fingerprint == second.fingerprint != first.fingerprint
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert statement["old_key"] == first.public_text and statement["new_key"] == second.public_text
    assert statement["holder"] == "KEN-NBO" and verify_rotation(statement)
    assert rotation_path(path) == tmp_path / "office.signing-key.rotation.json"
    assert json.loads(rotation_path(path).read_text(encoding="utf-8")) == statement

    third, statement2 = rotate_key_file(path, "KEN-NBO")  # again within the same second: both old keys kept
    assert load_key(path).fingerprint == third.fingerprint
    retired = sorted(tmp_path.glob("office.signing-key.retired-*.pem"))
    assert len(retired) == 2
    assert {load_key(p).fingerprint for p in retired} == {first.fingerprint, second.fingerprint}
    assert all(re.fullmatch(r"office\.signing-key\.retired-\d{8}T\d{6}Z(-\d+)?\.pem", p.name) for p in retired)
    if os.name == "posix":
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in retired)
    assert statement2["old_key"] == second.public_text and statement2["new_key"] == third.public_text
    assert json.loads(rotation_path(path).read_text(encoding="utf-8")) == statement2
    assert not list(tmp_path.glob(".*.tmp"))


def test_rotation_of_a_missing_or_damaged_key_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "k.pem"
    with pytest.raises(KeyFileError):
        rotate_key_file(path, "KEN-NBO")
    assert list(tmp_path.iterdir()) == []
    path.write_bytes(b"damaged")
    with pytest.raises(KeyFileError):
        rotate_key_file(path, "KEN-NBO")
    assert path.read_bytes() == b"damaged" and [p.name for p in tmp_path.iterdir()] == ["k.pem"]


def test_the_key_never_shows_in_its_repr() -> None:
    key = SigningKey.generate()
    pem_body = b"".join(key.pem().splitlines()[1:-1]).decode()
    assert pem_body not in repr(key) and key.fingerprint in repr(key)
