"""How an entry's kind, feel and flags travel as numbers (no numpy: the terminal's
writes use it too, through db/shape.py)."""

from careersquiggle.core.model import KINDS

KIND_CODES = {k: i for i, k in enumerate(KINDS)}  # event 0, shift 1, shock 2, note 3
NO_FEEL = -99  # stands for "no feel" in numeric rows (feel is -5..5)
# The point columns in SQL, for EntryColumns.from_points: id, pos and one integer holding
# kind (2 bits), private, key moment and feel (+128, NO_FEEL for none). Three values a row
# instead of six: at 100k entries making Python values is most of the read.
_KIND_CODE = "CASE kind " + " ".join(f"WHEN '{k}' THEN {i}" for k, i in KIND_CODES.items())
POINT_COLUMNS = (
    f"id, pos, ({_KIND_CODE} END) + 4 * private + 8 * key_moment"
    f" + 16 * (COALESCE(feel, {NO_FEEL}) + 128)"
)
# The text columns, for EntryColumns.from_rows.
TEXT_COLUMNS = "id, date, pos, kind, feel, title, private, key_moment"
