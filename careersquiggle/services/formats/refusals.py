"""Near misses: files that are almost what an import reads. Each gets one line saying
what the file is and what to export instead, rather than a bare parser message."""

from __future__ import annotations

import re

from careersquiggle.core.errors import ValidationError
from careersquiggle.core.i18n import fill, translate
from careersquiggle.services.formats.source import Source

DAYONE_EXPORT = "in Day One choose File → Export → JSON and import the .zip it makes"
JRNL_EXPORT = "export it with `jrnl --export json > journal.json` and import that file"
# '[2020-08-29 11:11] Title' (jrnl's default) or another time format ('[09.06.2013 3:39 PM]').
_JRNL_LINE = re.compile(
    r"^\s*\[\d{1,4}[-./]\d{1,2}[-./]\d{1,4}[ T]\d{1,2}:\d{2}(:\d{2})?( ?[AaPp][Mm])?\] ")


def check_folder(source: Source) -> None:
    """A Day One Classic journal is a folder (``Journal.dayone/entries/*.doentry``)."""
    path = source.path
    if path is None or not path.is_dir():
        return
    if path.suffix.lower() == ".dayone" or any(path.glob("entries/*.doentry")) \
            or any(path.glob("*.doentry")):
        raise ValidationError(
            fill(translate(
                "Imports",
                "this is a Day One Classic journal folder (.dayone), which cannot be read; %1"),
                DAYONE_EXPORT))


def check_text(text: str) -> None:
    """A plain-text jrnl journal or a Day One Classic entry handed to a JSON import."""
    head = text.lstrip("\ufeff \t\r\n")[:400]
    if head.startswith("<?xml") or head.startswith("<plist") or "<!DOCTYPE plist" in head:
        if "Entry Text" in text or "Creation Date" in text:
            raise ValidationError(
                fill(translate(
                    "Imports",
                    "this is a Day One Classic entry (.doentry), which cannot be read; %1"),
                    DAYONE_EXPORT))
        raise ValidationError(translate(
            "Imports", "this is an XML property list, not a JSON export"))
    if _JRNL_LINE.match(head):
        raise ValidationError(fill(translate(
            "Imports", "this is a plain-text jrnl journal, not its JSON export; %1"),
            JRNL_EXPORT))


# Other programs' CSV files, told apart by their header: name -> (columns, advice).
FOREIGN_CSV = {
    "LinkedIn's Connections.csv": ({"First Name", "Last Name", "Connected On"},
                                   "import Positions.csv or the whole export .zip instead"),
    "LinkedIn's Profile.csv": ({"First Name", "Last Name", "Headline"},
                               "import Positions.csv or the whole export .zip instead"),
    "LinkedIn's Skills.csv": ({"Name"}, "import Positions.csv or the whole export .zip instead"),
    "a Daylio export": ({"full_date", "mood"},
                        "Daylio is not read yet; save it with the columns kind,title,date,notes "
                        "to import it as csv"),
}


def foreign_csv(header: list[str]) -> str | None:
    """'this is LinkedIn's Connections.csv; import …', or None for a header we do not know."""
    names = {h.strip() for h in header}
    for what, (columns, advice) in FOREIGN_CSV.items():
        if columns <= names and (what != "LinkedIn's Skills.csv" or names == {"Name"}):
            return f"this is {what}, not one an import reads; {advice}"
    return None


def first_line(text: str) -> str:
    """LinkedIn puts a 'Notes:' paragraph above the header of some files."""
    return text.lstrip("\ufeff").split("\n", 1)[0].strip()
