"""`export png|svg|pdf`: the only terminal commands that load Qt."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from careersquiggle.core.errors import JournalError, ValidationError
from careersquiggle.core.i18n import fill, translate

PRESET_CHOICES = ("slide", "post", "square", "story")


def add_picture_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group(translate("Help", "pictures (png, svg, pdf)"))
    g.add_argument("--include-private", action="store_true",
                   help=translate("Help", "show private entries too"))
    g.add_argument("--preset", choices=PRESET_CHOICES,
                   help=translate("Help", "slide 1920×1080 (default), post 1200×675, "
                                          "square 1080×1080, story 1080×1920"))
    g.add_argument("--width", type=int, help=translate("Help", "picture width in pixels "
                                                               "(instead of a preset)"))
    g.add_argument("--height", type=int, help=translate("Help", "picture height in pixels "
                                                                "(instead of a preset)"))
    g.add_argument("--scale", type=int, choices=(1, 2, 3), default=1,
                   help=translate("Help", "pixel density: 2 gives a 1200×675 picture "
                                          "2400×1350 pixels, text the same apparent size"))
    g.add_argument("--theme", choices=("light", "dark", "transparent"), default="light")
    g.add_argument("--title", help=translate("Help", "picture title"))
    g.add_argument("--subtitle", help=translate("Help", "line under the title (default: "
                                                        "the date range)"))
    g.add_argument("--source", default="", help=translate("Help", "a source line at the bottom"))
    g.add_argument("--hide-orgs", action="store_true",
                   help=translate("Help", "no organisation names: chapters show the role "
                                          "or 'Chapter 2'"))
    g.add_argument("--years-only", action="store_true",
                   help=translate("Help", "no months or days anywhere"))
    g.add_argument("--hide-feel", action="store_true",
                   help=translate("Help", "no feel numbers on the axis"))
    g.add_argument("--key-only", action="store_true",
                   help=translate("Help", "label only the key moments"))
    g.add_argument("--alt-text", metavar="FILE",
                   help=translate("Help", "also write the picture's description (alt "
                                          "text) to FILE"))


def _spec(args: argparse.Namespace):
    from careersquiggle.core.redaction import Redaction
    from careersquiggle.render.picture import (
        MAX_PIXELS_SIDE,
        MAX_SIDE,
        MIN_SIDE,
        PRESETS,
        PictureSpec,
        default_title,
    )

    width, height = PRESETS[args.preset or "slide"]
    if args.preset and (args.width or args.height):
        raise ValidationError(translate(
            "Terminal", "give either --preset or --width/--height, not both"))
    width, height = args.width or width, args.height or height
    for name, value in (("width", width), ("height", height)):
        if not MIN_SIDE <= value <= MAX_SIDE:
            raise ValidationError(fill(translate(
                "Terminal", "--%1 must be from %2 to %3 pixels, not %4"),
                name, MIN_SIDE, MAX_SIDE, value))
    if max(width, height) * args.scale > MAX_PIXELS_SIDE:
        raise ValidationError(
            fill(translate(
                "Terminal",
                "at --scale %1 the picture would be %2×%3 pixels; the most is %4 a side"),
                args.scale, width * args.scale, height * args.scale, MAX_PIXELS_SIDE))
    if args.alt_text:
        folder = Path(args.alt_text).expanduser().resolve().parent
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            raise ValidationError(fill(translate(
                "Terminal", "--alt-text %1: cannot write in %2"), args.alt_text, folder))
    title = default_title() if args.title is None else args.title
    return PictureSpec(
        width=width, height=height, title=title, subtitle=args.subtitle,
        include_private=args.include_private, scale=args.scale, theme=args.theme,
        source=args.source,
        redaction=Redaction(hide_orgs=args.hide_orgs, years_only=args.years_only,
                            hide_feel=args.hide_feel, key_only=args.key_only))


def export_picture(journal, args: argparse.Namespace) -> None:
    spec = _spec(args)  # check everything before starting Qt
    if args.out == "-" and args.format != "svg" and sys.stdout.isatty():
        raise JournalError(fill(translate(
            "Terminal",
            "not writing a binary %1 to the terminal: give a file name, or send it on with "
            "`| command` or `> file`"), args.format.upper()))
    from careersquiggle.render.headless import ensure_application

    ensure_application()
    from careersquiggle.render.picture import Picture
    from careersquiggle.render.picture_files import picture_bytes
    from careersquiggle.services.files import atomic_write

    picture = Picture()
    try:
        image = picture.render(journal.entry_columns(), journal.checkins(), journal.chapters(),
                               spec)
        data = picture_bytes(picture, image, spec, args.format)
        alt = picture.alt
    finally:
        picture.close()
    if args.out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        # Made to be shared: the user's usual file mode, unlike the journal's own exports.
        atomic_write(args.out, data, private=False)
    if args.alt_text:
        atomic_write(args.alt_text, alt.as_text().encode("utf-8"), private=False)
    if args.out != "-":
        w, h = spec.pixel_size if args.format == "png" else (spec.width, spec.height)
        note = "" if args.include_private else " (private entries left out)"
        print(fill(translate(
            "Terminal", "wrote %1: %2×%3%4"), args.out, w, h, note), file=sys.stderr)
