"""Process-wide protections, set once at start (terminal and window alike).

- No core dumps: a crash would otherwise write the process's memory, with the
  passphrases and the journal's words, to a file on disk. ``RLIMIT_CORE`` 0
  stops the kernel writing one; ``PR_SET_DUMPABLE`` 0 (Linux) also keeps a
  system crash handler (systemd-coredump, apport) from collecting it and other
  processes of the same user from reading this one's memory.
- A file-size limit (``ulimit -f``) makes writes fail with EFBIG, which is
  reported in words, instead of SIGXFSZ killing the process mid-write.
"""

from __future__ import annotations

import contextlib
import signal
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden() -> None:
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc().prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    if hasattr(signal, "SIGXFSZ"):
        with contextlib.suppress(ValueError, OSError):  # ValueError: not the main thread
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def libc():
    import ctypes
    import ctypes.util

    return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)


def dumpable() -> bool | None:
    """Whether this process may dump core or be read by others (None: cannot tell)."""
    if not sys.platform.startswith("linux"):
        return None
    return bool(libc().prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
