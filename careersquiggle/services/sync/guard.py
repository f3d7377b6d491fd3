"""Is the live journal file inside a folder a sync tool manages? (It must not be.)

A sync tool copies a SQLite file while it is being written, and its -wal/-shm
side files separately: the well-known way to get a damaged journal or lost
entries. Found by the tools' own markers and usual folder names; the answer is
the tool's name, for a warning that offers the safe way instead (sync setup).
"""

from __future__ import annotations

from pathlib import Path

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
