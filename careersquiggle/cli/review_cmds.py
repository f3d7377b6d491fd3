"""The crossroads review from a terminal, as Markdown."""

from __future__ import annotations

import argparse

from careersquiggle.cli.common import add_command, open_journal, write_output
from careersquiggle.core.dates import FuzzyDate
from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import translate


def register(sub) -> None:
    p = add_command(sub, "review", cmd_review,
                    translate("Help", "write a review of a period as Markdown (default: "
                                      "the whole journal)"))
    p.add_argument("--chapter", metavar="TITLE", help=translate("Help", "review one chapter"))
    p.add_argument("--from", dest="date_from", metavar="DATE",
                   help=translate("Help", "start: 2019, 2019-03, March 2019, last year…"))
    p.add_argument("--to", dest="date_to", metavar="DATE", help=translate("Help", "end (included)"))
    p.add_argument("--last-year", action="store_true",
                   help=translate("Help", "review the last twelve months"))
    p.add_argument("--out", default="-", metavar="FILE",
                   help=translate("Help", "file to write, or - for standard output"))


def _date(text: str | None, option: str) -> str | None:
    if text is not None:
        try:
            FuzzyDate.parse(text)
        except ValidationError as exc:
            raise ValidationError(f"{option}: {exc}") from None
    return text


def cmd_review(args: argparse.Namespace) -> int:
    from careersquiggle.services import review, review_markdown

    start, end = _date(args.date_from, "--from"), _date(args.date_to, "--to")
    with open_journal(args) as journal:
        # The period is worked out before anything is written: bad input leaves no file.
        period = review.period_from(journal, chapter=args.chapter, start=start, end=end,
                                    last_year=args.last_year)
        text = review_markdown.review_journal(journal, period)
    write_output(args.out, text)
    return 0
