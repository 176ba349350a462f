"""An office's signing key and the signatures on its packages: Ed25519, no database.

Each office store has one private key in a PEM file beside it (:func:`key_path_for`). A package carries the office's
public key and a signature over a small canonical statement (:func:`statement_bytes`); headquarters checks the key
against its registry (``desktop.exchange.keys``) and the signature here. A new key replaces the old one through a
rotation statement signed by the old key, so headquarters can follow the change without a phone call.

Public keys travel as base64 of the raw 32 bytes; people compare them by :func:`fingerprint_of`.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.exchange.errors import ExchangeError, one_line

#: A PEM of an Ed25519 key is about 120 bytes; anything far larger is not one (and is not read into memory whole).
_MAX_KEY_FILE = 64 * 1024
_RAW_KEY = 32
_RAW_SIGNATURE = 64
#: Bytes of sha256 shown in a fingerprint: 160 bits, 40 hex digits in ten groups — short enough to read aloud.
_FINGERPRINT_BYTES = 20
FINGERPRINT_PREFIX = "SHA256:"
#: The fields of a rotation statement; the signature covers the others.
ROTATION_FIELDS = ("holder", "old_key", "new_key", "rotated_at")

#: What to do about a key file that cannot be read (translated where it is said).
_ADVICE = QT_TRANSLATE_NOOP("exchange", "restore it from your backup, or move it out of the folder to start a new key "
                            "(headquarters must then confirm the new key by hand)")


class KeyFileError(ExchangeError):
    """A signing key file is missing, unreadable or not an Ed25519 private key."""


class PublicKeyError(ExchangeError, ValueError):
    """A text given as a public key is not base64 of 32 bytes (a package's manifest, a key typed by a person)."""


def key_path_for(store_path: Path) -> Path:
    """The private key file of the office whose store is ``store_path``: beside it, in the office's data folder, so
    the store's backups and the key live (and are backed up) together."""
    return store_path.parent / f"{store_path.stem}.signing-key.pem"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    """Strict base64 (no stray characters); raises ``ValueError``."""
    return base64.b64decode(text.strip().encode("ascii"), validate=True)


def public_key_bytes(public_text: str) -> bytes:
    """The raw 32-byte public key of ``public_text``, or :class:`PublicKeyError`."""
    try:
        raw = _unb64(public_text)
    except (ValueError, binascii.Error, AttributeError, UnicodeEncodeError):
        raise PublicKeyError(translate("exchange", "{text} is not a public key (not base64 text)")
                             .format(text=one_line(repr(public_text), 80))) from None
    if len(raw) != _RAW_KEY:
        raise PublicKeyError(translate("exchange", "{text} is not a public key ({count} bytes, an Ed25519 key has 32)")
                             .format(text=one_line(repr(public_text), 80), count=len(raw)))
    return raw


def canonical_public_text(public_text: str) -> str:
    """The one spelling of a public key: base64 text may write the same 32 bytes in more than one way (padding
    bits, surrounding spaces), and the registry must not hold one key twice."""
    return _b64(public_key_bytes(public_text))


def fingerprint_of(public_text: str) -> str:
    """``SHA256:ab12 cd34 …``: the first 20 bytes of the key's sha256 in groups of four hex digits, for a person to
    read aloud over the phone and compare. Raises :class:`PublicKeyError` (a ``ValueError``) on a text that is not
    a public key."""
    digest = hashlib.sha256(public_key_bytes(public_text)).hexdigest()[: _FINGERPRINT_BYTES * 2]
    return FINGERPRINT_PREFIX + " ".join(digest[i : i + 4] for i in range(0, len(digest), 4))


@dataclass(frozen=True)
class SigningKey:
    """An office's private key. Held in memory only as long as an export needs it; never written to a package."""

    private_key: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @property
    def public_text(self) -> str:
        """Base64 of the raw 32-byte public key (ASCII): what a package carries and the registry stores."""
        raw = self.private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return _b64(raw)

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.public_text)

    def sign(self, message: bytes) -> str:
        """Base64 of the 64-byte Ed25519 signature over ``message``."""
        return _b64(self.private_key.sign(message))

    def pem(self) -> bytes:
        """The private key as an unencrypted PKCS8 PEM (see :func:`load_or_create_key` for why unencrypted)."""
        return self.private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())

    def __repr__(self) -> str:  # never the key itself in a log or a traceback
        return f"SigningKey({self.fingerprint})"


def verify(public_text: str, message: bytes, signature: str) -> bool:
    """Whether ``signature`` (base64) is ``public_text``'s signature over ``message``. Both texts come from a package
    someone else wrote, so anything wrong with them — not base64, the wrong length, not a string at all, a signature
    that does not match — is ``False``, never an exception."""
    if not isinstance(public_text, str) or not isinstance(signature, str):
        return False
    try:
        raw_key = _unb64(public_text)
        raw_signature = _unb64(signature)
        if len(raw_key) != _RAW_KEY or len(raw_signature) != _RAW_SIGNATURE:
            return False
        Ed25519PublicKey.from_public_bytes(raw_key).verify(raw_signature, message)
    except (InvalidSignature, ValueError, binascii.Error, UnicodeEncodeError, UnsupportedAlgorithm):
        return False
    return True


def statement_bytes(fields: Mapping[str, Any]) -> bytes:
    """What is signed: the fields as canonical JSON (sorted keys, no spaces, UTF-8 as it is, no NaN). A package
    carries this as text and the verifier checks it is canonical (:func:`canonical_statement`), so the bytes signed
    are exactly the bytes read — no second spelling of the same statement to argue about."""
    return json.dumps(dict(fields), sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def canonical_statement(text: str) -> dict[str, Any] | None:
    """The fields of a statement carried as text, or ``None`` when the text is not a JSON object written exactly as
    :func:`statement_bytes` writes it (extra spaces, unsorted or repeated keys, escaped characters, NaN)."""
    if not isinstance(text, str):
        return None
    try:
        fields = json.loads(text)
        if not isinstance(fields, dict) or statement_bytes(fields) != text.encode("utf-8"):
            return None
    except (ValueError, RecursionError, UnicodeEncodeError):
        return None
    return fields


# --- the key file -------------------------------------------------------------------------------------------------


def _read_key_file(path: Path) -> bytes:
    try:
        with open(path, "rb") as file:
            data = file.read(_MAX_KEY_FILE + 1)
    except FileNotFoundError:
        raise KeyFileError(translate("exchange", "{path}: there is no signing key file here: restore it from your "
                                     "backup (the next export makes a new key, which headquarters must then confirm "
                                     "by hand)").format(path=path)) from None
    except OSError as exc:
        raise KeyFileError(_unreadable(path, str(exc.strerror or exc))) from None
    if len(data) > _MAX_KEY_FILE:
        raise KeyFileError(_unreadable(path, translate("exchange", "larger than {size} bytes")
                                       .format(size=f"{_MAX_KEY_FILE:,}")))
    return data


def _unreadable(path: Path, reason: str) -> str:
    return translate("exchange", "{path} cannot be read as a signing key ({reason}): {advice}").format(
        path=path, reason=reason, advice=translate("exchange", _ADVICE))


def _parse_key(path: Path, data: bytes) -> SigningKey:
    # cryptography's own messages run to several sentences; the person needs the gist and what to do.
    reason = None
    try:
        key = serialization.load_pem_private_key(data, password=None)
    except TypeError:  # cryptography's way of saying the PEM is encrypted
        reason = translate("exchange", "it is protected by a password")
    except UnsupportedAlgorithm:
        reason = translate("exchange", "a kind of key Fieldbook does not use")
    except ValueError:
        reason = (translate("exchange", "the file is empty") if not data.strip()
                  else translate("exchange", "damaged, or not a PEM private key"))
    else:
        if not isinstance(key, Ed25519PrivateKey):
            reason = translate("exchange", "a {kind}, not an Ed25519 key").format(kind=type(key).__name__.lstrip("_"))
    if reason is not None:
        raise KeyFileError(_unreadable(path, reason))
    return SigningKey(key)


def load_key(path: Path) -> SigningKey:
    """The key in ``path``; never creates one. Missing, unreadable or not an Ed25519 key: :class:`KeyFileError`."""
    path = Path(path)
    return _parse_key(path, _read_key_file(path))


def load_or_create_key(path: Path) -> SigningKey:
    """The office's key, made on first use.

    The file is an unencrypted PKCS8 PEM: a password would have to be typed on every export, or kept beside the key,
    so the protection is the operating system account (the file is made readable by its owner only, mode 0600, in
    the office's data folder). A file that exists but cannot be read as a key is an error, never replaced: a new key
    would silently stop headquarters from trusting the office's packages, and the old one may still be recoverable.
    """
    path = Path(path)
    if path.exists() or path.is_symlink():
        return load_key(path)
    key = SigningKey.generate()
    if not _write_new_file(path, key.pem()):
        return load_key(path)  # another process made the key first: use that one, not a second
    return key


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":  # Windows cannot open a folder; NTFS journals the rename itself
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_temp(folder: Path, name: str, data: bytes, mode: int) -> Path:
    """``data`` in a new file of the folder, on disk (fsync) before anyone can see it under its real name."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        os.chmod(temp, mode)  # mkstemp makes 0600 already; said again so a change there cannot widen it
        with os.fdopen(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
    except BaseException:
        os.unlink(temp)
        raise
    return Path(temp)


def _write_new_file(path: Path, data: bytes, mode: int = 0o600) -> bool:
    """Write ``path`` whole or not at all, and only if it does not exist yet: ``False`` if it did (someone else's
    file is never replaced). A hard link puts the finished file in place and fails if the name is taken — the same
    atomicity as ``os.replace`` without its overwrite; where the file system has no hard links, ``os.replace`` after
    a last look."""
    temp = _write_temp(path.parent, path.name, data, mode)
    try:
        try:
            os.link(temp, path)
        except FileExistsError:
            return False
        except OSError:  # no hard links here (FAT, some network shares)
            if path.exists():
                return False
            os.replace(temp, path)
        _fsync_folder(path.parent)
        return True
    finally:
        temp.unlink(missing_ok=True)


def _replace_file(path: Path, data: bytes, mode: int) -> None:
    temp = _write_temp(path.parent, path.name, data, mode)
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


# --- rotation -----------------------------------------------------------------------------------------------------


def rotation_statement(old: SigningKey, new_public_text: str, holder: str, when: str) -> dict[str, str]:
    """The old key's word that ``new_public_text`` replaces it for ``holder`` from ``when`` (ISO time, UTC): what
    lets headquarters trust the new key with no phone call, as far as it trusted the old one."""
    fields = {"holder": holder, "old_key": old.public_text, "new_key": canonical_public_text(new_public_text),
              "rotated_at": when}
    return {**fields, "signature": old.sign(statement_bytes(fields))}


def verify_rotation(statement: Mapping[str, Any]) -> bool:
    """Whether ``statement`` is a rotation statement whose signature by its old key holds. Anything else — missing
    or extra fields, a field that is not text, the same key twice, a bad signature — is ``False``."""
    if not isinstance(statement, Mapping) or set(statement) != {*ROTATION_FIELDS, "signature"}:
        return False
    if not all(isinstance(statement[field], str) for field in statement):
        return False
    try:
        if public_key_bytes(statement["old_key"]) == public_key_bytes(statement["new_key"]):
            return False
    except PublicKeyError:
        return False
    fields = {field: statement[field] for field in ROTATION_FIELDS}
    return verify(statement["old_key"], statement_bytes(fields), statement["signature"])


def rotation_path(key_path: Path) -> Path:
    """Where the rotation statement of ``key_path`` is kept (JSON, one statement), for the next exports to carry."""
    return key_path.parent / f"{key_path.stem}.rotation.json"


def carried_rotation(key_path: Path, key: SigningKey) -> dict[str, Any] | None:
    """The rotation statement the packages signed with ``key`` carry (:func:`rotation_path`), so the receiver learns
    this key from the one it replaced; None when there is none, or it is about another key. An unreadable statement
    is a :class:`KeyFileError`."""
    path = rotation_path(key_path)
    if not path.exists():
        return None
    try:
        statement = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise KeyFileError(translate("exchange", "{path}: the key rotation statement cannot be read ({reason}); "
                                     "restore it from your backup, or rotate the key again")
                           .format(path=path, reason=exc)) from None
    if not isinstance(statement, dict):
        raise KeyFileError(translate("exchange", "{path}: the key rotation statement cannot be read ({reason}); "
                                     "restore it from your backup, or rotate the key again")
                           .format(path=path, reason=translate("exchange", "not a statement")))
    return statement if statement.get("new_key") == key.public_text else None


def rotate_key_file(path: Path, holder: str) -> tuple[SigningKey, dict[str, str]]:
    """Replace the key in ``path`` by a new one and return it with the rotation statement signed by the old key.

    The old key stays beside it as ``<name>.retired-<UTC time>.pem`` (never deleted: packages it signed may need
    checking, and a rotation that headquarters never saw may need signing again). The statement replaces the one in
    :func:`rotation_path` so that the next exports carry it; only the last step is kept there, so headquarters that
    missed a rotation in between confirms the newest key by hand (the retired keys could sign the missing step).
    Order matters if the machine stops halfway: the retired copy is written before the key is replaced, so no step
    loses a key."""
    path = Path(path)
    data = _read_key_file(path)
    old = _parse_key(path, data)
    new = SigningKey.generate()
    now = dt.datetime.now(dt.timezone.utc)
    statement = rotation_statement(old, new.public_text, holder, now.strftime("%Y-%m-%dT%H:%M:%SZ"))

    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    retired = path.parent / f"{path.stem}.retired-{stamp}.pem"
    for n in range(2, 100):
        if _write_new_file(retired, data):
            break
        retired = path.parent / f"{path.stem}.retired-{stamp}-{n}.pem"  # a second rotation in the same second
    else:
        raise KeyFileError(translate("exchange", "{path}: too many retired keys named {name}: move some away")
                           .format(path=path, name=f"{path.stem}.retired-{stamp}*"))
    _replace_file(path, new.pem(), 0o600)
    text = json.dumps(statement, indent=2, ensure_ascii=False) + "\n"
    _replace_file(rotation_path(path), text.encode("utf-8"), 0o644)
    return new, statement
