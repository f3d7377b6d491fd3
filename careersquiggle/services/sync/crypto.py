"""Everything written into the synced folder is sealed: AES-256-GCM, key from scrypt.

The key is derived once, at set-up, from the passphrase and the journal's random
salt (kept, with scrypt's cost, in the folder's plain header file), and checked
against a sealed known text there, so a wrong passphrase is one clear message.
A sealed file is ``MAGIC, version, nonce, length, ciphertext+tag``; the length
tells a file still arriving (shorter) from a damaged or altered one (whole, but
its tag does not match: GCM's tag is the checksum, and it cannot be forged
without the key). The associated data binds each file to its journal, device,
kind and number, so a file moved or renamed to stand in for another is refused.
"""

from __future__ import annotations

import base64
import os
import struct
import zlib
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import translate

MAGIC = b"CSQS"
VERSION = 1
_HEAD = struct.Struct(">4sB12sQ")  # magic, version, nonce, ciphertext length
# scrypt's cost: about a tenth of a second and 16 MiB, once per set-up on each laptop.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_CHECK = b"careersquiggle sync key check"


class WrongSyncPassphrase(JournalError):
    """The passphrase does not open this synced folder."""


class Incomplete(Exception):
    """The file is shorter than it says: still being delivered (or cut short)."""


class Rejected(Exception):
    """The file is whole but does not open with the key: damaged or altered."""


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_kdf(n: int = SCRYPT_N) -> dict[str, Any]:
    """scrypt's parameters with a fresh random salt: one per journal."""
    return {"name": "scrypt", "salt": b64(os.urandom(16)), "n": n, "r": SCRYPT_R, "p": SCRYPT_P}


def derive(passphrase: str, kdf: dict[str, Any]) -> bytes:
    if kdf.get("name") != "scrypt":
        raise JournalError(translate(
            "Sync", "the synced folder uses a key derivation this version does not know"))
    try:
        salt, n, r, p = unb64(kdf["salt"]), int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    except (KeyError, TypeError, ValueError):
        raise JournalError(translate(
            "Sync", "the synced folder's header is damaged (its key settings)")) from None
    if not (2**10 <= n <= 2**20 and 1 <= r <= 16 and 1 <= p <= 4 and len(salt) >= 16):
        raise JournalError(translate(
            "Sync", "the synced folder's header asks for unsafe key settings"))
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def key_check(key: bytes, journal_id: str) -> str:
    nonce = os.urandom(12)
    return b64(nonce + AESGCM(key).encrypt(nonce, _CHECK, journal_id.encode()))


def verify_key(key: bytes, journal_id: str, check: Any) -> None:
    """Raise WrongSyncPassphrase unless ``key`` is the folder's."""
    try:
        sealed = unb64(check)
        ok = AESGCM(key).decrypt(sealed[:12], sealed[12:], journal_id.encode()) == _CHECK
    except (InvalidTag, ValueError):
        ok = False
    if not ok:
        raise WrongSyncPassphrase("the sync passphrase is wrong: it does not open this synced "
                                  "folder (nothing was changed)")


def seal(key: bytes, label: str, data: bytes) -> bytes:
    """Compress and encrypt ``data``; ``label`` names where the file belongs."""
    nonce = os.urandom(12)
    body = AESGCM(key).encrypt(nonce, zlib.compress(data, 6), _aad(label))
    return _HEAD.pack(MAGIC, VERSION, nonce, len(body)) + body


def unseal(key: bytes, label: str, blob: bytes) -> bytes:
    if len(blob) < _HEAD.size:
        raise Incomplete
    magic, version, nonce, length = _HEAD.unpack_from(blob)
    if magic != MAGIC or version != VERSION:
        raise Rejected("not a sealed sync file of this version")
    if len(blob) < _HEAD.size + length:
        raise Incomplete
    if len(blob) > _HEAD.size + length:
        raise Rejected("longer than it says")
    try:
        packed = AESGCM(key).decrypt(nonce, blob[_HEAD.size:], _aad(label))
        return zlib.decompress(packed)
    except (InvalidTag, zlib.error):
        raise Rejected("its checksum does not match: damaged or altered") from None


def _aad(label: str) -> bytes:
    return MAGIC + bytes([VERSION]) + label.encode("utf-8")
