"""Sync as the window meets it before loading any of it: services/sync/ and
`cryptography` cost a tenth of a second of imports, which a journal that does not
sync never pays. Here: whether this journal syncs at all (one row of sync_meta),
the guard (is the live journal file inside a folder a sync tool manages? It must
not be), and a connection of its own for rounds on a worker thread.

The guard: a sync tool copies a SQLite file while it is being written, and its
-wal/-shm side files separately: the well-known way to get a damaged journal or
lost entries. Found by the tools' own markers and usual folder names; the answer is
the tool's name, for a warning that offers the safe way instead (sync setup).
"""

from __future__ import annotations

from pathlib import Path

from careersquiggle.db import connection
from careersquiggle.db import errors as dberrors
from careersquiggle.services.journal import Journal


def is_set_up(journal: Journal) -> bool:
    """Whether ``journal`` syncs with a folder (what ``Sync(journal).is_set_up`` says,
    without loading sync)."""
    with journal._read() as c:
        return c.execute(
            "SELECT 1 FROM sync_meta WHERE key = 'folder'").fetchone() is not None


def alongside(journal: Journal) -> Journal:
    """The same file through a connection of its own, for a worker that writes for long
    (a sync round: one transaction, seconds at 100k entries) while the window goes on
    reading through the journal's connection (WAL: readers never wait for the writer).
    A file whose check was left for later is checked first."""
    journal.verify()
    try:
        conn = connection.connect(journal.path, journal.passphrase, threads=True)
    except connection.read_errors() as exc:
        raise dberrors.describe(exc, journal.path, passphrase=journal.passphrase) from exc
    return Journal(conn, journal.path, passphrase=journal.passphrase, clock=journal.clock)


# A file or folder one of these tools keeps at the top of the folders it syncs.
_MARKERS = {".stfolder": "Syncthing", ".dropbox": "Dropbox", ".dropbox.cache": "Dropbox",
            ".nextcloudsync.log": "Nextcloud", ".owncloudsync.log": "ownCloud",
            ".sync": "Resilio Sync"}
# Folder names the tools create by default (matched case-insensitively).
_NAMES = {"dropbox": "Dropbox", "onedrive": "OneDrive", "icloud drive": "iCloud Drive",
          "icloud": "iCloud Drive", "mobile documents": "iCloud Drive",
          "com~apple~clouddocs": "iCloud Drive", "nextcloud": "Nextcloud",
          "owncloud": "ownCloud", "google drive": "Google Drive", "googledrive": "Google Drive",
          "pcloud drive": "pCloud"}


def managed_by(path: Path) -> str | None:
    """The sync tool that manages a folder holding ``path``, or None."""
    try:
        here = Path(path).expanduser().resolve()
    except OSError:
        return None
    for folder in [here, *here.parents]:
        name = folder.name.casefold()
        tool = _NAMES.get(name) or next(
            (v for k, v in _NAMES.items() if name.startswith(k + " - ")), None)  # "OneDrive - Acme"
        if tool:
            return tool
        for marker, tool in _MARKERS.items():
            try:
                if (folder / marker).exists():
                    return tool
            except OSError:
                continue
    return None
