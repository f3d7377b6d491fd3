"""Revision 0002 (the crossroads): an existing 0001 journal upgrades without losing anything."""

from __future__ import annotations

import sqlite3

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from careersquiggle.core.crossroads import Option
from careersquiggle.db import engine as dbengine
from careersquiggle.db.migrate import HEAD, alembic_config, script_directory
from careersquiggle.db.models import Base
from careersquiggle.services.journal import Journal


def _journal_at_0001(path):
    engine = dbengine.make_engine(path)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0001")
        conn.exec_driver_sql(
            "INSERT INTO entries (id, kind, title, date, pos, feel, notes, private, shift_from,"
            " shift_to, created_at, updated_at) VALUES (7, 'event', 'Joined the lab', '2014-03',"
            " 1394884800.0, 3, 'a note', 0, '', '', '2020-01-01T00:00:00Z',"
            " '2020-01-01T00:00:00Z')")
        conn.exec_driver_sql("INSERT INTO entry_tags (entry_id, tag) VALUES (7, 'lab')")
        conn.exec_driver_sql(
            "INSERT INTO checkins (id, date, pos, autonomy, mastery, purpose, note, created_at,"
            " updated_at) VALUES (3, '2014-06', 1402833600.0, 6, 7, 8, 'ok',"
            " '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')")
        conn.exec_driver_sql(
            "INSERT INTO chapters (id, title, organisation, role, start, start_pos, end, end_pos,"
            " notes, created_at, updated_at) VALUES (2, 'Lab', 'Uni', 'RA', '2014', 1388534400.0,"
            " NULL, NULL, '', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')")
    engine.dispose()


def test_the_crossroads_revision_follows_the_first_and_the_line_ends_at_head():
    scripts = script_directory()
    assert scripts.get_heads() == [HEAD]
    assert scripts.get_revision("0002").down_revision == "0001"


def test_a_0001_journal_with_data_upgrades_and_keeps_everything(journal_path, clock):
    _journal_at_0001(journal_path)
    j = Journal.open(journal_path, clock=clock)
    try:
        (e,) = j.entries()
        assert (e.id, e.title, str(e.date), e.feel, e.notes, e.tags) == (
            7, "Joined the lab", "2014-03", 3, "a note", ("lab",))
        (c,) = j.checkins()
        assert (c.id, c.autonomy, c.mastery, c.purpose, c.note) == (3, 6, 7, 8, "ok")
        (ch,) = j.chapters()
        assert (ch.id, ch.title, ch.organisation, ch.end) == (2, "Lab", "Uni", None)
        assert j.check() == []
        # The new tables work straight away.
        j.crossroads.add_option(Option.create(title="Stay", autonomy=5, mastery=5, purpose=5,
                                              money=5))
        j.reflections.answer_prompt("team-trust", "my lead")
        assert len(j.crossroads.options()) == 1 and len(j.reflections.links()) == 1
    finally:
        j.close()
    # The file as it was is kept aside before the upgrade.
    aside = journal_path.with_name(f"{journal_path.name}.before-upgrade-0001")
    with sqlite3.connect(aside) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT title FROM entries").fetchall() == [("Joined the lab",)]
    conn.close()


def test_the_upgraded_schema_matches_the_models(journal_path, clock):
    _journal_at_0001(journal_path)
    Journal.open(journal_path, clock=clock).close()
    engine = dbengine.make_engine(journal_path)
    try:
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
    finally:
        engine.dispose()


def test_0002_downgrades_cleanly_to_0001(journal_path, clock):
    Journal.open(journal_path, clock=clock).close()
    engine = dbengine.make_engine(journal_path)
    try:
        with engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0001")
            tables = {r[0] for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type='table'")}
        assert not tables & {"options", "intent", "plan_actions", "reflections"}
    finally:
        engine.dispose()
