"""Setting a journal up to sync through a folder, joining one, and what the user sees:
status and the conflict list (``Sync(journal)``)."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from careersquiggle.core.errors import JournalError, NotFound
from careersquiggle.core.i18n import fill, translate
from careersquiggle.services.changes import Changes
from careersquiggle.services.sync import crypto, kinds, store
from careersquiggle.services.sync import folder as layout
from careersquiggle.services.sync.merge import DELETED, State, merge, values

if TYPE_CHECKING:
    from careersquiggle.services.journal import Journal

_STAMPS = ("created_at", "updated_at")


@dataclass(frozen=True)
class JoinPreview:
    """What joining a folder that already holds a journal would do (nothing done yet)."""

    in_folder: dict[str, int]  # objects per kind the folder holds
    here: dict[str, int]  # objects per kind this journal holds
    same: dict[str, int]  # of those here, the ones the folder holds already (dropped here)

    @property
    def added(self) -> dict[str, int]:
        return {k: n - self.same.get(k, 0) for k, n in self.here.items()}


@dataclass(frozen=True)
class Status:
    folder: str
    device_name: str
    last_synced: str | None
    waiting: int  # files still arriving at the last round
    rejected: int  # files refused (damaged or altered)
    conflicts: int
    devices: dict[str, str]  # other devices: id -> name
    present: bool  # the folder is there now


@dataclass(frozen=True)
class Conflict:
    id: int
    kind: str
    uid: str
    field: str
    value: Any  # the value that lost
    current: Any  # the value the journal holds now (None: the object was deleted)
    deleted: bool
    title: str  # the object's title (or date) as it is now, to recognise it
    found_at: str


class Sync:
    """Set-up, status and conflicts of one open journal."""

    def __init__(self, journal: Journal):
        self._j = journal

    def settings(self) -> dict[str, str]:
        with self._j._read() as c:
            return store.meta(c)

    @property
    def is_set_up(self) -> bool:
        return "folder" in self.settings()

    # -- set-up -----------------------------------------------------------------------
    def _key_for(self, root: Path, passphrase: str | None, scrypt_n: int
                 ) -> tuple[dict[str, Any], bytes, bool]:
        """The folder's header (a new one if none), the key, and whether it is new."""
        header = layout.read_header(root)
        passphrase = passphrase if passphrase is not None else self._j.passphrase
        if passphrase is None or not passphrase:
            raise JournalError(translate(
                "Sync",
                "a sync passphrase is needed (this journal has no passphrase of its own to "
                "use); nothing was changed"))
        if header is None:
            kdf = crypto.new_kdf(scrypt_n)
            key = crypto.derive(passphrase, kdf)
            jid = self.settings()["journal_id"]
            return ({"format": layout.FORMAT, "version": layout.FORMAT_VERSION,
                     "journal": jid, "kdf": kdf, "check": crypto.key_check(key, jid)},
                    key, True)
        key = crypto.derive(passphrase, header["kdf"])
        crypto.verify_key(key, header["journal"], header.get("check"))
        return header, key, False

    def _check_folder(self, root: Path) -> Path:
        root = root.expanduser().absolute()
        here = self._j.path.resolve().parent
        if root.resolve() == here or here.is_relative_to(root.resolve()):
            raise JournalError(fill(translate(
                "Sync",
                "%1 holds the journal's own file; choose a folder of its own for sync (the "
                "live journal must stay outside it)"), root))
        if root.exists() and not root.is_dir():
            raise JournalError(fill(translate(
                "Sync", "%1 is a file, not a folder"), root))
        settings = self.settings()
        if "folder" in settings and Path(settings["folder"]) != root:
            raise JournalError(fill(translate(
                "Sync", "this journal already syncs with %1"), settings['folder']))
        return root

    def preview_join(self, root: Path, passphrase: str | None = None,
                     scrypt_n: int = crypto.SCRYPT_N) -> JoinPreview | None:
        """What joining ``root`` would do; None when the folder holds no journal yet."""
        root = self._check_folder(root)
        header, key, new = self._key_for(root, passphrase, scrypt_n)
        if new:
            return None
        theirs = _folder_objects(root, key, header["journal"])
        in_folder = Counter(k for (k, _u), st in theirs.items() if DELETED not in st)
        keys = {_content(k, values(st)) for (k, _u), st in theirs.items()
                if DELETED not in st}
        here: Counter[str] = Counter()
        same: Counter[str] = Counter()
        with self._j._read() as c:
            for kind in kinds.KINDS.values():
                for row in kinds.read_all(c, kind):
                    here[kind.name] += 1
                    if _content(kind.name, dict(zip(kind.fields, row[2:], strict=True))) in keys:
                        same[kind.name] += 1
        return JoinPreview(dict(in_folder), dict(here), dict(same))

    def setup(self, root: Path, *, name: str | None = None, passphrase: str | None = None,
              merge_existing: bool = False, scrypt_n: int = crypto.SCRYPT_N) -> bool:
        """Set up (a new folder) or join (a folder holding the journal); True when joined.
        Joining with a journal that holds anything needs ``merge_existing``: the items
        the folder holds already are dropped here, the rest are added to the folder."""
        root = self._check_folder(root)
        header, key, new = self._key_for(root, passphrase, scrypt_n)
        drop: list[tuple[str, int]] = []
        if not new:
            theirs = _folder_objects(root, key, header["journal"])
            keys = {_content(k, values(st)) for (k, _u), st in theirs.items()
                    if DELETED not in st}
            with self._j._read() as c:
                for kind in kinds.KINDS.values():
                    for row in kinds.read_all(c, kind):
                        fields = dict(zip(kind.fields, row[2:], strict=True))
                        if _content(kind.name, fields) in keys:
                            drop.append((kind.table, row[0]))
            if not self._j.is_empty() and not merge_existing:
                raise JournalError(translate(
                    "Sync",
                    "this journal already holds entries and the folder holds a journal "
                    "too: look at `careersquiggle sync setup FOLDER --dry-run`, then add "
                    "--merge to merge them"))
        root.mkdir(parents=True, exist_ok=True)
        if new:
            layout.write_header(root, header)
        with self._j._write() as c:
            for table, ident in drop:
                c.execute(f"DELETE FROM {table} WHERE id = ?", (ident,))
            if not c.execute("SELECT 1 FROM sync_state LIMIT 1").fetchone():
                # Never synced: a journal file copied from another laptop would share its
                # device id (and so its subfolder and clock stamps); this laptop gets its own.
                store.set_meta(c, device_id=uuid.uuid4().hex, clock=None, seq=None)
            store.set_meta(c, folder=str(root), key=crypto.b64(key),
                           journal_id=header["journal"],
                           device_name=name or store.meta(c).get("device_name"))
        return not new

    def leave(self) -> None:
        """Stop syncing (the folder and the journal stay as they are)."""
        with self._j._write() as c:
            store.set_meta(c, folder=None, key=None)

    # -- what the user sees --------------------------------------------------------
    def status(self) -> Status:
        with self._j._read() as c:
            m = store.meta(c)
            conflicts = int(c.execute("SELECT count(*) FROM sync_conflicts").fetchone()[0])
            rejected = int(c.execute(
                "SELECT count(*) FROM sync_files WHERE status = 'rejected'").fetchone()[0])
        if "folder" not in m:
            raise JournalError(translate(
                "Sync", "this journal is not set up to sync"))
        root = Path(m["folder"])
        return Status(m["folder"], m.get("device_name", ""), m.get("last_synced"),
                      int(m.get("waiting", "0")), rejected, conflicts,
                      {k[5:]: v for k, v in m.items() if k.startswith("peer:")
                       and k[5:] != m["device_id"]},
                      (root / layout.HEADER).is_file())

    def conflicts(self) -> list[Conflict]:
        with self._j._read() as c:
            rows = c.execute("SELECT id, kind, uid, field, value, found_at FROM sync_conflicts "
                             "ORDER BY found_at DESC, id DESC").fetchall()
            out = []
            for ident, kind, uid, field_, value, found in rows:
                state = store.load(c, kind, uid) or {}
                deleted = DELETED in state
                now = state.get(field_, [None])[0]
                title = str(state.get("title", state.get("date", state.get("statement",
                                                                           [""])))[0])
                out.append(Conflict(ident, kind, uid, field_, json.loads(value),
                                    None if deleted else now, deleted, title, found))
        return out

    def dismiss(self, conflict_id: int) -> None:
        """Take a conflict off the list: the value kept stays."""
        with self._j._write() as c:
            if not c.execute("DELETE FROM sync_conflicts WHERE id = ?", (conflict_id,)).rowcount:
                raise NotFound(fill(translate(
                    "Sync", "there is no sync conflict with id %1"), conflict_id))

    def flip(self, conflict_id: int) -> Changes:
        """Use the value that lost instead of the one kept (the next round sends it, with
        a newer stamp, to every laptop). For an object deleted elsewhere, bring it back
        as a new object with that value. The kept value takes its place in the list."""
        with self._j._write() as c:
            row = c.execute("SELECT kind, uid, field, value FROM sync_conflicts WHERE id = ?",
                            (conflict_id,)).fetchone()
            if row is None:
                raise NotFound(fill(translate(
                    "Sync", "there is no sync conflict with id %1"), conflict_id))
            kind_name, uid, field_, value = row
            kind = kinds.KINDS[kind_name]
            state: State = store.load(c, kind_name, uid) or {}
            fields = {**values(state), field_: json.loads(value)}
            if not all(n in fields for n in kind.fields):
                raise JournalError(translate(
                    "Sync", "this conflict's object is not whole here yet; sync again first"))
            if DELETED in state:
                uid = uuid.uuid4().hex if kind_name != "intent" else uid
                c.execute("DELETE FROM sync_conflicts WHERE id = ?", (conflict_id,))
            else:
                c.execute("UPDATE sync_conflicts SET value = ? WHERE id = ?",
                          (store.dumps(state[field_][0]), conflict_id))
            ident = kinds.write(c, kind, uid, fields)  # the next round sends it
        if kind.table == "entries":
            return Changes(entries=frozenset({ident}))
        if kind.table == "checkins":
            return Changes(checkins=frozenset({ident}))
        if kind.table == "chapters":
            return Changes(chapters=frozenset({ident}))
        return Changes(other=frozenset({{"options": "options", "plan_actions": "plan"}.get(
            kind.table, "intent")}))


def _content(kind: str, fields: dict[str, Any]) -> tuple[Any, ...]:
    """What makes two objects the same when joining (their time stamps aside)."""
    return (kind, *(v for f, v in sorted(fields.items()) if f not in _STAMPS))


def _folder_objects(root: Path, key: bytes, journal_id: str) -> dict[tuple[str, str], State]:
    """Everything the folder holds, merged in memory (for a preview or a join)."""
    merged: dict[tuple[str, str], State] = {}
    for f in layout.scan(root):
        try:
            doc = json.loads(crypto.unseal(key, f"{journal_id}/{f.label}", f.path.read_bytes()))
            objects = doc["objects"]
        except (crypto.Incomplete, crypto.Rejected, OSError, ValueError, KeyError, TypeError):
            continue
        for kind, uid, fields in objects:
            if kind in kinds.KINDS:
                merged[(kind, uid)] = merge(merged.get((kind, uid)), fields)[0]
    return merged
