"""Capture and look: add, checkin, chapter, list, check, demo."""

from __future__ import annotations

import argparse
import json
import shutil

from careersquiggle.cli.common import add_command, error, open_journal, safe, safe_json
from careersquiggle.core.dates import examples, parse_optional
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import QT_TRANSLATE_NOOP, Context, fill, translate
from careersquiggle.core.model import (
    KINDS,
    Chapter,
    CheckIn,
    Entry,
    EntryQuery,
    normalise_tag,
    parse_kind,
)
from careersquiggle.core.one_line import GRAMMAR, parse_one_line
from careersquiggle.core.plural import count

Terminal = Context("Terminal")
# The kind as one word in the terminal's reply (translated where printed).
KIND_WORDS = {"event": QT_TRANSLATE_NOOP("Terminal", "event"),
              "shift": QT_TRANSLATE_NOOP("Terminal", "shift"),
              "shock": QT_TRANSLATE_NOOP("Terminal", "shock"),
              "note": QT_TRANSLATE_NOOP("Terminal", "note")}


def register(sub) -> None:
    p = add_command(sub, "add", cmd_add, translate("Help", "add an entry: an event, a "
                                                           "shift, a shock or a note"),
                    epilog=fill(translate("Help", "%1 Options given as well (--kind, --tag, "
                                                  "--note, --private, --date, --feel) add to "
                                                  "the line or override it."),
                                translate("OneLine", GRAMMAR)))
    p.add_argument("text", nargs="?", metavar="TEXT",
                   help=translate("Help", 'the entry as one line, e.g. "yesterday: Led '
                                          'the launch @leadership +2"'))
    # Checked by the model rather than argparse's choices, so an unknown kind is
    # one clear `error:` line (exit 1) like every other bad value.
    p.add_argument("--kind", metavar="KIND",
                   help=fill(translate("Help", "%1 (needed with --title; TEXT defaults to "
                                               "event)"), " | ".join(KINDS)))
    p.add_argument("--title", help=translate("Help", "the title (instead of TEXT)"))
    p.add_argument("--date", help=fill(translate("Help", "%1 (default: today)"), examples()))
    p.add_argument("--feel", help=translate("Help", "how it felt, -5 to +5"))
    p.add_argument("--tag", action="append", default=[],
                   help=translate("Help", "a tag (repeat for more)"))
    p.add_argument("--note", default="", help=translate("Help", "notes"))
    p.add_argument("--private", action="store_true",
                   help=translate("Help", "never show it in shared pictures"))
    p.add_argument("--key", action="store_true",
                   help=translate("Help", "a key moment: always marked and labelled on "
                                          "the squiggle"))
    p.add_argument("--from", dest="shift_from", default="",
                   help=translate("Help", "for a shift: what you wanted before"))
    p.add_argument("--to", dest="shift_to", default="",
                   help=translate("Help", "for a shift: what you want now"))

    p = add_command(sub, "checkin", cmd_checkin, translate("Help", "record autonomy, mastery and "
                                                                   "purpose (0-10)"))
    p.add_argument("--autonomy", required=True)
    p.add_argument("--mastery", required=True)
    p.add_argument("--purpose", required=True)
    p.add_argument("--date", help=fill(translate("Help", "%1 (default: today)"), examples()))
    p.add_argument("--note", default="")

    p = add_command(sub, "chapter", cmd_chapter, translate("Help", "add a chapter: a job, a "
                                                                   "degree, a sabbatical"))
    p.add_argument("--title", required=True)
    p.add_argument("--start", required=True, help=examples())
    p.add_argument("--end", help=translate("Help", "leave out for an ongoing chapter"))
    p.add_argument("--org", default="", help=translate("Help", "organisation"))
    p.add_argument("--role", default="")
    p.add_argument("--note", default="")

    p = add_command(sub, "list", cmd_list, translate("Help", "list entries (or check-ins), "
                                                             "oldest first"))
    p.add_argument("--kind", action="append", metavar="KIND",
                   help=fill(translate("Help", "%1 (repeat for more)"), ' | '.join(KINDS)))
    p.add_argument("--tag", action="append")
    p.add_argument("--chapter", help=translate("Help", "only entries within this chapter "
                                                       "(by title)"))
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--search", default="", metavar="TEXT")
    p.add_argument("--checkins", action="store_true",
                   help=translate("Help", "list check-ins instead of entries"))
    p.add_argument("--json", action="store_true", help=translate("Help", "print a JSON array"))

    add_command(sub, "check", cmd_check, translate("Help", "check the journal file's "
                                                           "integrity"))
    add_command(sub, "demo", cmd_demo, translate("Help", "fill an empty journal with the "
                                                         "sample story"))


def _add_values(args: argparse.Namespace) -> dict:
    """The entry's fields from TEXT and/or the options (the options win where both say)."""
    if args.text is not None and args.title is not None:
        args.parser.error(translate("Terminal", "give the entry as TEXT or with --title, not "
                                                "both"))
    if args.text is None and args.title is None:
        args.parser.error(translate("Terminal", 'say what happened: add "TEXT" or add --title '
                                                'TITLE'))
    if args.title is not None:
        if args.kind is None:
            args.parser.error(translate(
                "Terminal", "the following arguments are required with --title: --kind"))
        return dict(kind=args.kind, title=args.title, date=args.date, feel=args.feel,
                    tags=args.tag)
    line = parse_one_line(args.text)
    return dict(kind=args.kind or "event", title=line.title, date=args.date or line.date,
                feel=args.feel if args.feel is not None else line.feel,
                tags=list(line.tags) + list(args.tag))


def cmd_add(args: argparse.Namespace) -> int:
    entry = Entry.create(
        notes=args.note, private=args.private, shift_from=args.shift_from,
        shift_to=args.shift_to, key_moment=args.key, **_add_values(args),
    )
    with open_journal(args) as journal:
        new_id = journal.add_entry(entry).id
    kind = Terminal.tr(KIND_WORDS[entry.kind.value])
    print(safe(fill(Terminal.tr("added %1 #%2: %3 (%4)"), kind, new_id, entry.title,
                    entry.date)))
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    c = CheckIn.create(autonomy=args.autonomy, mastery=args.mastery, purpose=args.purpose,
                       date=args.date, note=args.note)
    with open_journal(args) as journal:
        new_id = journal.add_checkin(c).id
    print(fill(Terminal.tr("checked in #%1 on %2: autonomy %3, mastery %4, purpose %5"),
               new_id, c.date, c.autonomy, c.mastery, c.purpose))
    return 0


def cmd_chapter(args: argparse.Namespace) -> int:
    ch = Chapter.create(title=args.title, start=args.start, end=args.end,
                        organisation=args.org, role=args.role, notes=args.note)
    with open_journal(args) as journal:
        new_id = journal.add_chapter(ch).id
    print(safe(fill(Terminal.tr("added chapter #%1: %2 (%3 – %4)"), new_id, ch.title, ch.start,
               ch.end or Terminal.tr("ongoing"))))
    return 0


def _query(args: argparse.Namespace) -> EntryQuery:
    date_from = parse_optional(args.date_from)
    date_to = parse_optional(args.date_to)
    if date_from and date_to and date_to.end() < date_from.start():
        raise ValidationError(fill(translate(
            "Terminal", "--to %1 is before --from %2"), date_to, date_from))
    return EntryQuery(
        kinds=frozenset(parse_kind(k).value for k in args.kind or ()),
        tags=frozenset(t for t in (normalise_tag(x) for x in args.tag or ()) if t),
        date_from=date_from, date_to=date_to, text=args.search,
    )


def cmd_list(args: argparse.Namespace) -> int:
    from careersquiggle.core.serial import checkin_to_dict, entry_to_dict

    query = _query(args)  # bad dates are reported before anything is opened
    with open_journal(args) as journal:
        if args.checkins:
            items = journal.checkins()
            lo, hi = parse_optional(args.date_from), parse_optional(args.date_to)
            items = [c for c in items if (not lo or c.date.position() >= lo.start_position())
                     and (not hi or c.date.position() < hi.end_position())]
            if args.json:
                print(safe_json(json.dumps([checkin_to_dict(c) for c in items],
                                            ensure_ascii=False, indent=1)))
            else:
                _print_table([Terminal.tr("DATE"), Terminal.tr("AUTONOMY"),
                              Terminal.tr("MASTERY"), Terminal.tr("PURPOSE"),
                              Terminal.tr("NOTE")],
                             [[str(c.date), c.autonomy, c.mastery, c.purpose, c.note]
                              for c in items], empty=Terminal.tr("no check-ins yet"))
            return 0
        if args.chapter:
            query = query.narrowed(chapter_id=journal.find_chapter(args.chapter).id)
        entries = journal.entries(query)
    return _print_entries(args, entries, entry_to_dict)


def _print_entries(args: argparse.Namespace, entries, entry_to_dict) -> int:
    if args.json:
        print(safe_json(json.dumps([entry_to_dict(e) for e in entries], ensure_ascii=False,
                                   indent=1)))
        return 0
    # The kind as --kind takes it (event, shift...): what a person types back.
    key, private = Terminal.tr("  (key moment)"), Terminal.tr("  (private)")
    rows = [[str(e.date), e.kind.value, "" if e.feel is None else f"{e.feel:+d}",
             e.title + (key if e.key_moment else "") + (private if e.private else ""),
             " ".join(e.tags)] for e in entries]
    _print_table([Terminal.tr("DATE"), Terminal.tr("KIND"), Terminal.tr("FEEL"),
                  Terminal.tr("TITLE"), Terminal.tr("TAGS")], rows,
                 empty=Terminal.tr("no entries match"))
    return 0


def _print_table(head: list[str], rows: list[list], empty: str) -> None:
    if not rows:
        print(empty)
        return
    rows = [[safe(str(c).replace("\n", " ")) for c in r] for r in rows]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    # Keep the last columns readable in a narrow terminal.
    room = shutil.get_terminal_size((120, 24)).columns
    lines = [head] + rows
    for r in lines:
        text = "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip()
        print(text if len(text) <= room or r is not head else text[:room])


def cmd_check(args: argparse.Namespace) -> int:
    with open_journal(args) as journal:
        problems = journal.check()
        counts = journal.counts()
    if problems:
        for p in problems[:20]:
            print(safe(f"problem: {p}"))
        return error(fill(Terminal.tr("%1 failed its check (%2)"), journal.path,
                          count(len(problems), "problem")))
    print(fill(Terminal.tr("ok: %1 — %2, %3, %4"), journal.path, *_counts(counts)))
    return 0


def _counts(counts: dict) -> list[str]:
    return [Terminal.tr("%n entries", "", counts["entries"]),
            Terminal.tr("%n check-ins", "", counts["checkins"]),
            Terminal.tr("%n chapters", "", counts["chapters"])]


def cmd_demo(args: argparse.Namespace) -> int:
    from careersquiggle.services.demo import load_sample

    with open_journal(args) as journal:
        load_sample(journal)
        counts = journal.counts()
    print(fill(Terminal.tr("added the sample story: %1, %2, %3"), *_counts(counts)))
    return 0

