"""Capture and look from a terminal: add, checkin, chapter, list, check, demo."""

from __future__ import annotations

import json

import pytest

from tests.cli.helpers import run


def ok(capsys, *argv) -> str:
    code, out, err = run(capsys, *argv)
    assert (code, err) == (0, ""), err
    return out


def listed(capsys, *argv) -> list[dict]:
    return json.loads(ok(capsys, "list", "--json", *argv))


def test_add_an_entry_with_every_option(capsys):
    out = ok(capsys, "add", "--kind", "shift", "--title", "I want to manage people",
             "--date", "2015-05", "--feel", "-2", "--tag", "#Management", "--tag", "growth",
             "--note", "Mentoring was the best part", "--private",
             "--from", "code", "--to", "people")
    assert out == "added shift #1: I want to manage people (2015-05)\n"
    [e] = listed(capsys)
    assert (e["kind"], e["title"], e["date"], e["feel"], e["tags"], e["notes"], e["private"],
            e["shift_from"], e["shift_to"]) == (
        "shift", "I want to manage people", "2015-05", -2, ["growth", "management"],
        "Mentoring was the best part", True, "code", "people")


def test_add_a_key_moment(capsys):
    ok(capsys, "add", "--kind", "shock", "--title", "Laid off", "--date", "2020-04", "--key")
    ok(capsys, "add", "--kind", "event", "--title", "Lunch", "--date", "2020-05")
    assert [(e["title"], e["key_moment"]) for e in listed(capsys)] == [
        ("Laid off", True), ("Lunch", False)]
    assert "Laid off  (key moment)" in ok(capsys, "list")


def test_add_defaults_to_today_and_no_feel(capsys):
    import datetime as dt

    ok(capsys, "add", "--kind", "NOTE", "--title", "A thought")
    [e] = listed(capsys)
    assert e["date"] == dt.date.today().isoformat()
    assert e["feel"] is None and e["kind"] == "note" and e["private"] is False


def test_checkin_and_list_checkins(capsys):
    out = ok(capsys, "checkin", "--autonomy", "7", "--mastery", "5", "--purpose", "9",
             "--date", "2024-03", "--note", "good month")
    assert out == "checked in #1 on 2024-03: autonomy 7, mastery 5, purpose 9\n"
    ok(capsys, "checkin", "--autonomy", "0", "--mastery", "10", "--purpose", "3", "--date", "2023")
    table = ok(capsys, "list", "--checkins")
    lines = table.splitlines()
    assert lines[0].split() == ["DATE", "AUTONOMY", "MASTERY", "PURPOSE", "NOTE"]
    assert lines[1].split() == ["2023", "0", "10", "3"]
    assert lines[2].split() == ["2024-03", "7", "5", "9", "good", "month"]
    data = json.loads(ok(capsys, "list", "--checkins", "--json", "--from", "2024"))
    assert [(c["date"], c["autonomy"], c["note"]) for c in data] == [("2024-03", 7, "good month")]


def test_chapter_open_and_closed(capsys):
    assert ok(capsys, "chapter", "--title", "PhD", "--start", "2009-10", "--end", "2013-09",
              "--org", "Leeds", "--role", "Student") == \
        "added chapter #1: PhD (2009-10 – 2013-09)\n"
    assert ok(capsys, "chapter", "--title", "Fernbank", "--start", "2013-10") == \
        "added chapter #2: Fernbank (2013-10 – ongoing)\n"
    ok(capsys, "add", "--kind", "event", "--title", "Thesis", "--date", "2013-09")
    ok(capsys, "add", "--kind", "event", "--title", "First day", "--date", "2013-10-01")
    assert [e["title"] for e in listed(capsys, "--chapter", "phd")] == ["Thesis"]
    assert [e["title"] for e in listed(capsys, "--chapter", "Fernbank")] == ["First day"]


@pytest.fixture
def story(capsys):
    ok(capsys, "demo")
    return capsys


def titles(capsys, *argv):
    return [e["title"] for e in listed(capsys, *argv)]


def test_list_table_shows_every_entry_oldest_first(story):
    lines = ok(story, "list").splitlines()
    assert lines[0].split() == ["DATE", "KIND", "FEEL", "TITLE", "TAGS"]
    assert len(lines) == 21
    assert lines[1].startswith("2009-10  event  +3")
    assert "(private)" in next(line for line in lines if "Burnt out" in line)


def test_list_json_is_an_array_of_entries(story):
    data = listed(story)
    assert isinstance(data, list) and len(data) == 20
    dates = [e["date"] for e in data]
    assert dates[0] == "2009-10" and dates[-1] == "2024-06"


def test_list_by_kind(story):
    assert set(e["kind"] for e in listed(story, "--kind", "shock")) == {"shock"}
    both = listed(story, "--kind", "shift", "--kind", "Note")
    assert {e["kind"] for e in both} == {"shift", "note"} and len(both) == 6


def test_list_by_tag(story):
    assert titles(story, "--tag", "#Windfall") == [
        "Fernbank raised a large round and began to grow fast"]


def test_list_by_date_range(story):
    assert titles(story, "--from", "2013", "--to", "2013") == [
        "From professorship to building things", "Defended my thesis",
        "Joined Fernbank, a local startup, as an engineer"]
    assert titles(story, "--from", "2024-06") == ["Coffee with a founder I admire"]


def test_list_by_search_text(story):
    assert titles(story, "--search", "BAKERY") == [
        "Joined Fernbank, a local startup, as an engineer"]


def test_list_by_chapter(story):
    assert titles(story, "--chapter", "VP Engineering at Fernbank", "--kind", "event") == [
        "Promoted to VP Engineering"]


def test_list_when_nothing_matches(story):
    assert ok(story, "list", "--search", "zebra") == "no entries match\n"
    assert listed(story, "--search", "zebra") == []


def test_check_reports_a_healthy_journal(story):
    out = ok(story, "check")
    assert out.startswith("ok: ") and "20 entries, 12 check-ins, 4 chapters" in out


def test_demo_goes_into_an_empty_journal_only(capsys):
    assert "added the sample story: 20 entries" in ok(capsys, "demo")
    before = ok(capsys, "export", "json", "-")
    code, out, err = run(capsys, "demo")
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and "empty journal" in err
    assert json.loads(ok(capsys, "export", "json", "-"))["entries"] == json.loads(before)["entries"]


def test_text_is_stored_literally_through_the_terminal(capsys):
    texts = ["'); DROP TABLE entries;--", "She said \"no\"", "Promoted 🎉", "ترقية", "קידום"]
    for t in texts:
        ok(capsys, "add", "--kind", "note", "--title", t, "--note", t, "--date", "2020")
    assert [(e["title"], e["notes"]) for e in listed(capsys)] == [(t, t) for t in texts]
    assert "Promoted 🎉" in ok(capsys, "list")


def test_check_reports_problems_and_fails(story):
    import sqlite3

    from careersquiggle import paths

    path = paths.journal_path(paths.data_dir())
    with sqlite3.connect(path) as c:  # another program broke a rule behind our back
        c.execute("PRAGMA foreign_keys=OFF")
        c.execute("INSERT INTO entry_tags (entry_id, tag) VALUES (999, 'orphan')")
    c.close()
    code, out, err = run(story, "check")
    assert code == 1
    assert "problem: a row in entry_tags points at a missing entries row" in out
    assert err.startswith("error: ") and "failed its check (1 problem)" in err
    assert err.count("\n") == 1


def test_one_line_capture(capsys):
    out = ok(capsys, "add", "2019-03: Promoted to team lead @leadership +3")
    assert out == "added event #1: Promoted to team lead (2019-03)\n"
    ok(capsys, "add", "yesterday: Doubts about the reorg @work #doubts -2", "--kind", "note",
       "--tag", "reorg", "--private")
    ok(capsys, "add", "March 2020: Lockdown", "--kind", "shock", "--feel", "-4")
    import datetime as dt

    by_title = {e["title"]: e for e in listed(capsys)}
    lead = by_title["Promoted to team lead"]
    assert (lead["kind"], lead["date"], lead["feel"], lead["tags"]) == (
        "event", "2019-03", 3, ["leadership"])
    doubts = by_title["Doubts about the reorg"]
    assert (doubts["kind"], doubts["date"], doubts["feel"], doubts["tags"], doubts["private"]) == (
        "note", (dt.date.today() - dt.timedelta(days=1)).isoformat(), -2,
        ["doubts", "reorg", "work"], True)
    assert (by_title["Lockdown"]["date"], by_title["Lockdown"]["feel"]) == ("2020-03", -4)


def test_one_line_grammar_is_in_the_help(capsys):
    code, out, _err = run(capsys, "add", "--help")
    assert code == 0
    flat = " ".join(out.split())
    assert "[DATE:] TITLE [@tag|#tag]... [+N|-N]" in flat and "yesterday" in flat


@pytest.mark.parametrize(("argv", "words"), [
    (["add", "2019-13: Promoted"], "no month 13"),
    (["add", "14 Smarch 2019: x"], "'14 Smarch 2019' is not a date; write it as 2019"),
    (["add", "x", "--date", "soon"], "'soon' is not a date; write it as 2019"),
    (["add", "@just-a-tag"], "title"),
    (["add", "Great day +9"], "feel must be from -5 to 5"),
])
def test_one_line_mistakes_are_one_error_line(capsys, argv, words):
    code, out, err = run(capsys, *argv)
    assert (code, out) == (1, "")
    assert err.startswith("error: ") and err.count("\n") == 1 and words in err, err


def test_one_line_and_title_together_is_a_usage_error(capsys):
    code, out, err = run(capsys, "add", "Promoted", "--title", "Promoted", "--kind", "event")
    assert code == 2 and "not both" in err
