"""The synced folder's layout, and writing into it so a sync tool never ships half a file.

    FOLDER/careersquiggle-sync.json    plain header: format, journal id, scrypt salt,
                                       a sealed key check (no journal content)
    FOLDER/devices/<device id>/        written only by that laptop
        c-00000001.csq                 changes, numbered, never changed once written
        s-00000007.csq                 a snapshot: everything that laptop knew then

A file is written to a temporary name, flushed to the disk, then renamed, and
the folder is flushed too. Names a sync tool makes for conflicting copies
(``c-00000003 (conflicted copy 2026-03-01).csq``,
``c-00000003.sync-conflict-20260301-101010-ABCDEFG.csq``) are read as well:
what they hold is checked and merged like any other file.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from careersquiggle.core.errors import JournalError
from careersquiggle.core.i18n import fill, translate

HEADER = "careersquiggle-sync.json"
DEVICES = "devices"
FORMAT = "careersquiggle-sync"
FORMAT_VERSION = 1
SUFFIX = ".csq"
_NAME = re.compile(r"^([cs])-(\d{8})(.*)\.csq$", re.DOTALL)


@dataclass(frozen=True)
class Found:
    """One file of a device's subfolder."""

    device: str
    kind: str  # "c" changes, "s" snapshot
    seq: int
    path: Path
    rel: str  # relative to the folder: what sync_files remembers
    size: int

    @property
    def label(self) -> str:
        return f"{self.device}/{self.kind}/{self.seq}"


def file_name(kind: str, seq: int) -> str:
    return f"{kind}-{seq:08d}{SUFFIX}"


def device_dir(folder: Path, device: str) -> Path:
    return folder / DEVICES / device


def read_header(folder: Path) -> dict[str, Any] | None:
    """The folder's header, or None when there is none yet; refuses a damaged one."""
    path = folder / HEADER
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise JournalError(fill(translate(
            "Sync", "%1 cannot be read (%2)"), path, exc)) from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError:
        raise JournalError(fill(translate(
            "Sync", "%1 is damaged (not JSON); it was not changed"), path)) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise JournalError(fill(translate(
            "Sync", "%1 holds a file %2 that is not Career Squiggle's"), folder, HEADER))
    if doc.get("version") != FORMAT_VERSION:
        raise JournalError(fill(translate(
            "Sync",
            "%1 was set up by a newer version of Career Squiggle; update the app on this "
            "laptop"), folder))
    if not isinstance(doc.get("journal"), str) or not isinstance(doc.get("kdf"), dict):
        raise JournalError(fill(translate(
            "Sync", "%1 is damaged (no journal id or key settings)"), path))
    return doc


def write_header(folder: Path, doc: dict[str, Any]) -> None:
    write_atomic(folder / HEADER, (json.dumps(doc, indent=2) + "\n").encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> None:
    """Temporary name, flush, rename, flush the folder: whole or not there at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.parent / f".tmp-{secrets.token_hex(6)}.part"
    try:
        with open(temp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def scan(folder: Path, only: str | None = None) -> list[Found]:
    """Every change and snapshot file of every device (or ``only`` that one), temporary
    files left out."""
    found: list[Found] = []
    root = folder / DEVICES
    try:
        devices = ([root / only] if only else sorted(p for p in root.iterdir() if p.is_dir()))
    except FileNotFoundError:
        return found
    for ddir in devices:
        if not re.fullmatch(r"[0-9a-f]{32}", ddir.name):
            continue
        try:
            entries = list(os.scandir(ddir))
        except OSError:
            continue  # vanished meanwhile (a stick pulled out): next round
        for item in entries:
            match = _NAME.match(item.name)
            if match is None:
                continue
            try:
                size = item.stat().st_size
            except OSError:
                continue
            found.append(Found(ddir.name, match[1], int(match[2]), Path(item.path),
                               f"{DEVICES}/{ddir.name}/{item.name}", size))
    return found


def next_seq(folder: Path, device: str, known: int) -> int:
    """A number above every file this device has written (even one a crash kept from
    being recorded): a written file is never replaced."""
    highest = known
    for f in scan_device(folder, device):
        highest = max(highest, f.seq)
    return highest + 1


def scan_device(folder: Path, device: str) -> list[Found]:
    return scan(folder, only=device)
