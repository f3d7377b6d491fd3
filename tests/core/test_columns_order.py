"""Entry columns in time order: the quick packed sort gives exactly lexsort's order."""

import numpy as np
import pytest

from careersquiggle.core.columns import EntryColumns, _order
from careersquiggle.core.dates import FuzzyDate


def _positions(rng, n):
    """Dates as a journal holds them: days, months and years, many entries on one day."""
    out = []
    for _ in range(n):
        y = int(rng.integers(1960, 2040))
        r = rng.random()
        m = int(rng.integers(1, 13))
        text = f"{y}" if r < 0.05 else f"{y}-{m:02d}" if r < 0.3 else \
            f"{y}-{m:02d}-{int(rng.integers(1, 29)):02d}"
        out.append(FuzzyDate.parse(text).position())
    return np.array(out)


@pytest.mark.parametrize("n", [0, 1, 2, 17, 5000])
def test_the_quick_order_is_lexsorts_order_on_real_dates(n):
    rng = np.random.default_rng(n)
    pos = _positions(rng, n)
    ids = np.cumsum(rng.integers(1, 4, n))  # ascending with gaps (deleted entries)
    assert np.array_equal(_order(pos, ids), np.lexsort((ids, pos)))


def test_other_columns_fall_back_to_lexsort_and_agree():
    rng = np.random.default_rng(7)
    pos = _positions(rng, 3000)
    ids = rng.permutation(3000) + 1  # ids not ascending (rows read in another order)
    assert np.array_equal(_order(pos, ids), np.lexsort((ids, pos)))
    odd = pos + rng.random(3000)  # not whole seconds
    asc = np.arange(1, 3001)
    assert np.array_equal(_order(odd, asc), np.lexsort((asc, odd)))
    far = pos.copy()
    far[5] = 1e300  # beyond what packs into one integer
    assert np.array_equal(_order(far, asc), np.lexsort((asc, far)))


def test_sorted_columns_are_oldest_first_ties_by_id():
    pos = np.array([FuzzyDate.parse(d).position() for d in
                    ("2020-05-01", "2019", "2020-05-01", "2019-07-02", "1999-12")])
    cols = EntryColumns(ids=np.array([3, 5, 8, 9, 12]), pos=pos, feel=np.zeros(5),
                        kind=np.zeros(5, dtype=np.int8), private=np.zeros(5, dtype=bool))
    assert cols.sorted().ids.tolist() == [12, 5, 9, 3, 8]
