"""Colours for the review window.

Okabe–Ito colours stay distinct for colour-blind eyes; gains are blue and
losses vermillion (a pair told apart in every common colour blindness), and
always come with ▲/▼ so nothing depends on colour alone.
"""

from __future__ import annotations

AUTONOMY, MASTERY, PURPOSE = "#E69F00", "#56B4E9", "#009E73"
DRIVE_COLOURS = {"autonomy": AUTONOMY, "mastery": MASTERY, "purpose": PURPOSE}
# Money is not a drive: its own Okabe–Ito colour, apart from the three and from gain/loss.
MONEY = "#CC79A7"
CRITERION_COLOURS = {**DRIVE_COLOURS, "money": MONEY}
GAIN, LOSS = "#0072B2", "#D55E00"
GAIN_BG, LOSS_BG = "#DCEBF7", "#FBE3D6"
MUTED = "#6B6B6B"
CURVE = "#3A3A3A"
ERROR = "#C0392B"

KIND_SYMBOLS = {"event": "●", "shift": "◆", "shock": "▲▼", "note": "·"}
