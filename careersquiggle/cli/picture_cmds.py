"""`export png` / `export svg`: the only terminal commands that load Qt."""

from __future__ import annotations

import argparse
import sys

from careersquiggle.cli.common import write_bytes
from careersquiggle.core.errors import ValidationError


def _spec(args: argparse.Namespace):
    from careersquiggle.render.picture import DEFAULT_TITLE, MAX_SIDE, MIN_SIDE, PictureSpec

    for name in ("width", "height"):
        value = getattr(args, name)
        if not MIN_SIDE <= value <= MAX_SIDE:
            raise ValidationError(f"--{name} must be from {MIN_SIDE} to {MAX_SIDE} pixels, not "
                                  f"{value}")
    title = DEFAULT_TITLE if args.title is None else args.title
    return PictureSpec(width=args.width, height=args.height, title=title,
                       include_private=args.include_private)


def _render(journal, args: argparse.Namespace):
    spec = _spec(args)  # check the numbers before starting Qt
    from careersquiggle.render.headless import ensure_application

    ensure_application()
    from careersquiggle.render.picture import Picture

    picture = Picture()
    image = picture.render(journal.entry_columns(), journal.checkins(), journal.chapters(), spec)
    return picture, image, spec


def _write(out: str, data: bytes) -> None:
    if out == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        write_bytes(out, data)


def export_png(journal, args: argparse.Namespace) -> None:
    from careersquiggle.render.picture import encode_png

    picture, image, _spec_ = _render(journal, args)
    _write(args.out, encode_png(image))
    picture.close()
    _report(args, image.width(), image.height())


def export_svg(journal, args: argparse.Namespace) -> None:
    picture, _image, spec = _render(journal, args)
    _write(args.out, picture.svg_bytes(spec.width, spec.height))
    picture.close()
    _report(args, spec.width, spec.height)


def _report(args: argparse.Namespace, w: int, h: int) -> None:
    if args.out != "-":
        note = "" if args.include_private else " (private entries left out)"
        print(f"wrote {args.out}: {w}×{h}{note}", file=sys.stderr)
