"""Thousands of small damages to the sample files: each is refused in words, never a crash.

Deterministic (fixed seed), so a failure here names a reproducible file. This
found real holes: zip entries with empty names, zips of unknown versions.
"""

from __future__ import annotations

import random
import zipfile

from careersquiggle.core.errors import JournalError
from careersquiggle.services import formats
from careersquiggle.services.formats.source import Source

SNIPPETS = [b'"', b",", b"\n", b"{", b"[", b"}", b"null", b"1e400", b"\\", b'"\\ud800"', b"-",
            b"true", b"0", b"\r", b"\x00"]


def _mutate(rnd: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rnd.randint(1, 8)):
        op, i = rnd.random(), rnd.randrange(len(b) or 1)
        if op < 0.3 and b:
            b[i] = rnd.randrange(256)
        elif op < 0.5:
            b[i:i] = rnd.choice(SNIPPETS)
        elif op < 0.7 and b:
            del b[i:i + rnd.randint(1, 20)]
        else:
            b[i:i] = b[rnd.randrange(len(b)):][:rnd.randint(1, 30)]
    return bytes(b)


def test_damaged_sample_files_never_crash_a_parser(data):
    seeds = {
        "jrnl": (data / "jrnl_export.json").read_bytes(),
        "linkedin": (data / "Positions.csv").read_bytes(),
        "dayone": zipfile.ZipFile(data / "dayone_export.zip").read("Journal.json"),
        "dayone.zip": (data / "dayone_export.zip").read_bytes(),
        "linkedin.zip": (data / "linkedin_export.zip").read_bytes(),
    }
    rnd = random.Random(2026)
    crashes = []
    for n in range(1500):
        key = rnd.choice(sorted(seeds))
        fmt = (key.removesuffix(".zip") if rnd.random() < 0.8
               else rnd.choice(sorted(formats.IMPORTS)))
        damaged = _mutate(rnd, seeds[key])
        try:
            formats.parse(fmt, Source.from_bytes(f"damaged {n}", damaged))
        except JournalError as exc:
            assert str(exc).startswith(f"damaged {n}: ") and "\n" not in str(exc)
        except Exception as exc:  # noqa: BLE001 - anything else would reach the user as a traceback
            crashes.append(f"{n} {fmt} {key}: {type(exc).__name__}: {exc}")
    assert crashes == []
