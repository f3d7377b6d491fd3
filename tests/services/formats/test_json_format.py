"""Our own JSON through the import door the window and terminal use: still lossless."""

from __future__ import annotations

from careersquiggle.core.crossroads import Option
from careersquiggle.services import formats
from careersquiggle.services.formats.source import Source
from careersquiggle.services.journal import Journal


def test_json_export_then_import_keeps_entries_and_crossroads_options(demo_journal, tmp_path,
                                                                      clock):
    demo_journal.crossroads.add_option(Option.create(
        title="Stay and lead", autonomy=6, mastery=7, purpose=5, money=8))
    path = tmp_path / "all.json"
    formats.write_text_file(path, formats.export_text(demo_journal, "json"))
    with Journal.open(tmp_path / "other.sqlite3", clock=clock) as other:
        report, changes = formats.import_source(other, "json", Source.from_path(path))
        assert report.added["options"] == 1 and "options" in changes.other
        assert [o.title for o in other.crossroads.options()] == ["Stay and lead"]
        assert other.entries() == demo_journal.entries()
        assert formats.export_text(other, "json") == formats.export_text(demo_journal, "json")


def test_a_json_dry_run_adds_no_options_either(demo_journal, tmp_path, clock):
    demo_journal.crossroads.add_option(Option.create(
        title="Go freelance", autonomy=9, mastery=6, purpose=6, money=4))
    path = tmp_path / "all.json"
    formats.write_text_file(path, formats.export_text(demo_journal, "json"))
    with Journal.open(tmp_path / "other.sqlite3", clock=clock) as other:
        report, changes = formats.import_source(other, "json", Source.from_path(path), dry_run=True)
        assert report.added["options"] == 1 and not changes
        assert other.crossroads.options() == [] and other.is_empty()


def test_exported_files_are_readable_by_their_owner_only(journal, tmp_path):
    (tmp_path / "out").mkdir()
    path = tmp_path / "out" / "journal.md"
    formats.write_text_file(path, formats.export_text(journal, "markdown"))
    assert path.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["journal.md"]  # no temporary file left
