"""Issue 14, items 13, 14 and 15: crafted journal files, a linked backups folder,
hostile text."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from careersquiggle.core.errors import DamagedJournal, ValidationError
from careersquiggle.core.model import Entry, normalise_tags
from careersquiggle.db import connection as dbengine
from careersquiggle.services import backup
from careersquiggle.services.journal import Journal

from .breaking import assert_one_error, cs


def _craft(path, *sql):
    with sqlite3.connect(path) as c:
        for statement in sql:
            c.execute(statement)
    c.close()


@pytest.mark.parametrize("sql, named", [
    (["CREATE TRIGGER wipe AFTER INSERT ON entries BEGIN DELETE FROM entries "
      "WHERE id < NEW.id; END"], "trigger"),
    (["ALTER TABLE entries RENAME TO real_entries",
      "CREATE VIEW entries AS SELECT * FROM real_entries UNION ALL SELECT * FROM real_entries"],
     "view"),
    (["CREATE VIEW loop AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) "
      "SELECT n FROM r"], "view"),
    (["CREATE TABLE extra (x)"], "table 'extra'"),
    (["CREATE INDEX ix_spy ON entries (title)"], "index 'ix_spy'"),
])
def test_a_crafted_schema_is_refused_before_use(filled, sql, named):
    _craft(filled, *sql)
    before = filled.read_bytes()
    with pytest.raises(DamagedJournal, match=named):
        Journal.open(filled)
    for argv in (("list",), ("check",), ("add", "--kind", "note", "--title", "x")):
        code, out, err = cs(filled.parent, *argv, timeout=60)
        assert_one_error(code, err, "schema")
    assert filled.read_bytes() == before


def test_connections_do_not_trust_the_files_schema(filled):
    with Journal.open(filled) as j, j._read() as c:
        assert c.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    conn = dbengine.raw_connect(filled)
    assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    conn.close()


def test_check_reports_schema_differences(filled):
    with Journal.open(filled) as j:
        assert j.check() == []


def test_a_linked_backups_folder_is_refused_and_left_alone(filled, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o755)
    os.chmod(elsewhere, 0o755)
    theirs = [elsewhere / f"journal-2020-01-{d:02d}T000000Z.sqlite3" for d in range(1, 20)]
    for p in theirs:
        p.write_bytes(b"someone else's file")
    backup.backup_folder(filled).symlink_to(elsewhere)
    code, out, err = cs(filled.parent, "backup")
    assert_one_error(code, err, "link")
    assert all(p.exists() for p in theirs)
    assert oct(elsewhere.stat().st_mode & 0o777) == "0o755"
    assert backup.list_backups(filled) == []


def test_terminal_output_escapes_control_characters(filled, tmp_path):
    doc = {"format": "careersquiggle", "version": 1, "entries": [
        {"kind": "note", "title": "evil \x1b]0;owned\x07 \x1b[2J \u009b31m \u202etxt.exe",
         "date": "2020", "tags": ["t"]}]}
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = cs(filled.parent, "import", "json", str(source))
    assert code == 0, err
    for argv in (("list",), ("list", "--json")):
        code, out, err = cs(filled.parent, *argv)
        assert code == 0, err
        assert not any(ch in out for ch in "\x1b\x07\u009b\u202e"), out
        assert "evil" in out
    code, out, err = cs(filled.parent, "list", "--json")
    assert json.loads(out)[0]["title"].startswith("evil \x1b]0;owned\x07")  # still lossless


def test_nul_is_refused_in_text(filled, tmp_path):
    with pytest.raises(ValidationError, match="NUL"):
        Entry.create(kind="note", title="a\x00b", date="2020")
    doc = {"format": "careersquiggle", "version": 1,
           "entries": [{"kind": "note", "title": "hidden\u0000tail", "date": "2020"}]}
    source = tmp_path / "in.json"
    source.write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = cs(filled.parent, "import", "json", str(source))
    assert_one_error(code, err, "NUL")


def test_many_tags_are_normalised_once_each():
    tags = [f"#Tag{i}" for i in range(100_000)] + ["tag1", "TAG1"]
    out = normalise_tags(tags)
    assert len(out) == 100_000 and out[0] == "tag0"
