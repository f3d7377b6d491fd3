"""Writing files whole or not at all."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from careersquiggle.core.errors import JournalError


def atomic_write(path: str | os.PathLike, data: bytes) -> None:
    """Write to a temporary file beside ``path``, flush to disk, then rename into place."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.part")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise JournalError(f"{path}: cannot be written ({exc.strerror})") from None
