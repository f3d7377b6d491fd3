"""Reading a file someone hands us, safely: size limits, zip members, text, JSON.

Every problem becomes a :class:`ValidationError` in plain words; the caller
puts the file's name in front of it.
"""

from __future__ import annotations

import contextlib
import io
import json
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from careersquiggle.core.errors import JournalError, ValidationError
from careersquiggle.core.i18n import fill, translate

# A career journal in text is a few megabytes at most; anything far larger is
# not what we think it is (or a zip bomb), so we stop reading instead of
# filling the memory.
MAX_TEXT_BYTES = 64 * 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_EMPTY_ZIP_MAGIC = b"PK\x05\x06"
# What zipfile raises on a damaged archive (besides its own BadZipFile).
_ZIP_DAMAGE = (zipfile.BadZipFile, EOFError, ValueError, IndexError, struct.error)


@dataclass(frozen=True)
class Source:
    """A file by path, or bytes already read (standard input, tests)."""

    name: str
    path: Path | None = None
    data: bytes | None = None

    @classmethod
    def from_path(cls, path: Path | str) -> Source:
        p = Path(path)
        if p.exists() and not p.is_file() and not p.is_dir():
            # A pipe or a device (e.g. `<(unzip -p …)`) can be read only once: read it now.
            try:
                with open(p, "rb") as fh:
                    return cls.from_bytes(str(path), _read_capped(fh.read, "the file"))
            except OSError as exc:
                raise JournalError(fill(translate(
                    "Imports", "%1: cannot be read (%2)"), path, exc.strerror)) from None
        return cls(name=str(path), path=p)

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> Source:
        return cls(name=name, data=data)

    # -- raw bytes ------------------------------------------------------------
    @contextlib.contextmanager
    def _open(self) -> Iterator[BinaryIO]:
        if self.data is not None:
            yield io.BytesIO(self.data)
            return
        assert self.path is not None  # a source has either data or a path
        try:
            # Opened apart from the `with` below so that failing to open is told
            # apart from failing to read.
            fh = open(self.path, "rb")  # noqa: SIM115
        except FileNotFoundError:
            raise JournalError(fill(translate(
                "Imports", "%1: no such file"), self.name)) from None
        except IsADirectoryError:
            raise JournalError(fill(translate(
                "Imports", "%1: is a folder, not a file"), self.name)) from None
        except OSError as exc:
            raise JournalError(fill(translate(
                "Imports", "%1: cannot be read (%2)"), self.name, exc.strerror)) from None
        with fh:
            yield fh

    def head(self, n: int = 8) -> bytes:
        with self._open() as fh:
            return fh.read(n)

    def is_zip(self) -> bool:
        return self.head(4) in (_ZIP_MAGIC, _EMPTY_ZIP_MAGIC)

    def read_bytes(self) -> bytes:
        with self._open() as fh:
            return _read_capped(fh.read, "the file")

    def text(self) -> str:
        return decode(self.read_bytes())

    # -- zip archives ---------------------------------------------------------
    @contextlib.contextmanager
    def zip(self) -> Iterator[zipfile.ZipFile]:
        with self._open() as fh:
            try:
                archive = zipfile.ZipFile(fh)
            except _ZIP_DAMAGE:
                raise ValidationError(translate(
                    "Imports", "the zip archive is damaged or incomplete")) from None
            except NotImplementedError:  # e.g. a zip version or feature Python cannot read
                raise ValidationError(translate(
                    "Imports", "the zip archive uses a format that cannot be read")) from None
            with archive:
                yield archive


def _read_capped(read: Callable[[int], bytes], what: str) -> bytes:
    data = read(MAX_TEXT_BYTES + 1)
    if len(data) > MAX_TEXT_BYTES:
        raise _too_large(what)
    return data


def _too_large(what: str) -> ValidationError:
    mb = MAX_TEXT_BYTES // (1024 * 1024)
    return ValidationError(fill(translate(
        "Imports", "%1 is larger than %2 MB, far too large for a journal export"), what, mb))


def member_names(archive: zipfile.ZipFile) -> list[str]:
    """Names of the files in an archive, leaving out folders and macOS '__MACOSX' litter."""
    return [
        i.filename for i in archive.infolist()
        if i.filename and not i.is_dir() and "__MACOSX" not in PurePosixPath(i.filename).parts
    ]


def read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """One member's bytes; the size written in the archive is not trusted."""
    info = archive.getinfo(name)
    what = f"'{name}' in the zip"
    if info.file_size > MAX_TEXT_BYTES:
        raise _too_large(what)
    try:
        with archive.open(info) as fh:
            return _read_capped(fh.read, what)
    except RuntimeError:  # zipfile's way of saying "encrypted"
        raise ValidationError(fill(translate(
            "Imports", "%1 is protected by a password"), what)) from None
    except NotImplementedError:
        raise ValidationError(fill(translate(
            "Imports", "%1 is compressed in a way that cannot be read"), what)) from None
    except (*_ZIP_DAMAGE, zlib.error, OSError):
        raise ValidationError(fill(translate(
            "Imports", "%1 is damaged or incomplete"), what)) from None


def decode(data: bytes) -> str:
    if not data.strip():
        raise ValidationError(translate(
            "Imports", "the file is empty"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(translate(
            "Imports", "not a text file (it is not UTF-8 text)")) from None


def load_json(text: str) -> Any:
    if not text.strip():
        raise ValidationError(translate(
            "Imports", "the file is empty"))
    try:
        return json.loads(text)
    except RecursionError:
        raise ValidationError(translate(
            "Imports", "the JSON is nested far too deeply to be a journal export")) from None
    except json.JSONDecodeError as exc:
        hint = " (the file may be cut short)" if exc.pos >= len(text.rstrip()) else ""
        raise ValidationError(
            fill(translate(
                "Imports", "not valid JSON%1 (line %2, column %3: %4)"),
                hint, exc.lineno, exc.colno, exc.msg)
        ) from None
    except ValueError as exc:  # e.g. a number with thousands of digits
        raise ValidationError(fill(translate(
            "Imports", "not valid JSON (%1)"), exc)) from None
