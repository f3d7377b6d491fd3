"""Importing a newer export of the same source: what changed is updated, what is new is
added, what the user edited in the app is kept (and said), and the dry run shows it all."""

from __future__ import annotations

HEADER = "Company Name,Title,Description,Location,Started On,Finished On\n"
OLD = HEADER + ("Acme,Engineer,Builds things.,Berlin,Jan 2020,\n"
                "Acme,Senior Engineer,,Berlin,Mar 2022,\n")
# A year later: the senior role has ended, its description was written, a new job began.
NEW = HEADER + ("Acme,Engineer,Builds things.,Berlin,Jan 2020,Feb 2022\n"
                "Acme,Senior Engineer,Led the v2 rewrite.,Berlin,Mar 2022,Jan 2024\n"
                "Zenith,Staff Engineer,,Remote,Feb 2024,\n")


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_newer_export_updates_ended_roles_instead_of_doubling_them(journal, tmp_path, do_import):
    do_import("linkedin", write(tmp_path, "old.csv", OLD))
    report, changes = do_import("linkedin", write(tmp_path, "new.csv", NEW))
    chapters = journal.chapters()
    assert [(c.title, str(c.end)) for c in chapters] == [
        ("Engineer at Acme", "2022-02"), ("Senior Engineer at Acme", "2024-01"),
        ("Staff Engineer at Zenith", "None")]
    assert chapters[1].notes.startswith("Led the v2 rewrite.")
    assert report.added == {"chapters": 1, "entries": 2}
    assert report.updated == {"chapters": 2}
    assert [e.title for e in journal.entries()] == [
        "Joined Acme as Engineer", "Promoted to Senior Engineer at Acme",
        "Left Acme for Zenith", "Joined Zenith as Staff Engineer"]
    assert len(changes.chapters) == 3  # the window redraws the updated ones too


def test_what_the_user_edited_since_is_kept_and_listed(journal, tmp_path, do_import):
    do_import("linkedin", write(tmp_path, "old.csv", OLD))
    senior = [c for c in journal.chapters() if c.role == "Senior Engineer"][0]
    journal.update_chapter(senior.with_changes(notes="My notes on the senior years."))
    report, _ = do_import("linkedin", write(tmp_path, "new.csv", NEW))
    senior = journal.get_chapter(senior.id)
    assert senior.notes == "My notes on the senior years." and str(senior.end) == "2024-01"
    assert report.kept == ["chapter 'Senior Engineer at Acme': notes"]
    assert report.updated_items == ["chapter 'Engineer at Acme': end",
                                    "chapter 'Senior Engineer at Acme': end"]


def test_the_report_wording_of_a_reimport(journal, tmp_path, do_import):
    do_import("linkedin", write(tmp_path, "old.csv", OLD))
    senior = [c for c in journal.chapters() if c.role == "Senior Engineer"][0]
    journal.update_chapter(senior.with_changes(notes="Mine."))
    path = write(tmp_path, "new.csv", NEW)
    preview, changes = do_import("linkedin", path, dry_run=True)
    assert not changes and str(journal.get_chapter(senior.id).end) == "None"
    assert preview.lines() == [
        f"Would import from {path}:",
        "  added: 1 chapter, 2 entries",
        "  updated from the file: 2 chapters",
        "    - chapter 'Engineer at Acme': end",
        "    - chapter 'Senior Engineer at Acme': end",
        "  already in the journal (same LinkedIn company, title and start date (school and "
        "start for education)): 2 entries",
        "  kept as you edited them in the app: 1",
        "    - chapter 'Senior Engineer at Acme': notes",
        "  ignored: 0",
        "  (dry run: the journal was not changed)",
    ]
    done, _ = do_import("linkedin", path)
    assert done.lines()[1:-1] == preview.lines()[1:-2]  # the preview was the truth


def test_a_reimport_of_the_same_file_changes_nothing_and_says_why(journal, tmp_path, do_import):
    path = write(tmp_path, "new.csv", NEW)
    do_import("linkedin", path)
    before = (journal.entries(), journal.chapters())
    report, changes = do_import("linkedin", path)
    assert not changes and (journal.entries(), journal.chapters()) == before
    assert report.duplicates == {"chapters": 3, "entries": 4} and report.updated == {}


def test_a_changed_title_for_a_found_role_in_between_is_an_update(journal, tmp_path, do_import):
    # A role added in between turns a "Joined" into a "Promoted to": the event is updated.
    do_import("linkedin", write(tmp_path, "a.csv", HEADER + "Acme,Senior Engineer,,,Mar 2022,\n"))
    report, _ = do_import("linkedin", write(tmp_path, "b.csv", HEADER + (
        "Acme,Engineer,,,Jan 2020,Feb 2022\nAcme,Senior Engineer,,,Mar 2022,\n")))
    assert [e.title for e in journal.entries()] == [
        "Joined Acme as Engineer", "Promoted to Senior Engineer at Acme"]
    assert report.updated_items == [
        "entry 'Joined Acme as Senior Engineer': title (now 'Promoted to Senior Engineer at Acme')"]


# -- journals imported into before sources were kept (revision 0002) ----------------------
def _as_the_old_importer_did(journal, rows: list[tuple[str, str, str, str | None]]):
    """Chapters and "Joined … as …" events with no source, as imports before 0003 left them."""
    from careersquiggle.core.model import Chapter, Entry
    from careersquiggle.services.report import ImportReport

    chapters = [Chapter.create(title=f"{r} at {c}", organisation=c, role=r, start=s, end=e)
                for c, r, s, e in rows]
    events = [Entry.create(kind="event", title=f"Joined {c} as {r}", date=s)
              for c, r, s, _ in rows]
    journal.import_batch(ImportReport(), events, (), chapters)


def test_an_old_linkedin_import_is_updated_not_doubled(journal, tmp_path, do_import):
    _as_the_old_importer_did(journal, [("Acme", "Engineer", "2020-01", None),
                                       ("Acme", "Senior Engineer", "2022-03", None)])
    report, _ = do_import("linkedin", write(tmp_path, "new.csv", NEW))
    assert [(c.title, str(c.end)) for c in journal.chapters()] == [
        ("Engineer at Acme", "2022-02"), ("Senior Engineer at Acme", "2024-01"),
        ("Staff Engineer at Zenith", "None")]
    # The old event's title may be the user's: kept, and said; the missing "Left" is added.
    assert [e.title for e in journal.entries()] == [
        "Joined Acme as Engineer", "Joined Acme as Senior Engineer",
        "Left Acme for Zenith", "Joined Zenith as Staff Engineer"]
    assert report.kept == ["entry 'Joined Acme as Senior Engineer': title"]
    assert "same content as an item imported before sources were kept" in report.held_rule
    again, changes = do_import("linkedin", write(tmp_path, "new.csv", NEW))
    assert not changes and again.held_rule.startswith("same LinkedIn company")


def test_an_old_import_keeps_what_it_holds_and_gains_what_it_lacked(journal, tmp_path,
                                                                     do_import):
    _as_the_old_importer_did(journal, [("Acme", "Senior Engineer", "2022-03", None)])
    [c] = journal.chapters()
    journal.update_chapter(c.with_changes(notes="Mine."))
    report, _ = do_import("linkedin", write(tmp_path, "b.csv", HEADER + (
        "Acme,Senior Engineer,Led it.,,Mar 2022,Jan 2024\n")))
    [c] = journal.chapters()
    assert (c.notes, str(c.end)) == ("Mine.", "2024-01")  # an end it lacked; its own notes
    assert report.kept == ["chapter 'Senior Engineer at Acme': notes"]
    assert report.updated_items == ["chapter 'Senior Engineer at Acme': end"]
