"""The merge of one object's writes: the same result whatever the order, however often
a write arrives; a delete wins; what lost unseen is reported."""

from __future__ import annotations

import itertools
import json
import random

from careersquiggle.services.sync.merge import DELETED, merge


def _stamp(ms: int, device: str) -> str:
    return f"{ms:014d}-000000-{device}"


def _key(state) -> str:
    return json.dumps(state, sort_keys=True)


def _fold(writes):
    state = None
    lost = set()
    for w in writes:
        state, out = merge(state, w)
        lost |= {(x.field, x.stamp) for x in out}
    return state, lost


def test_any_order_and_any_repetition_gives_the_same_object():
    rng = random.Random(7)
    for _ in range(60):
        writes = [{"title": ["first", _stamp(1, "a"), None], "notes": ["", _stamp(1, "a"), None]}]
        for n in range(rng.randint(1, 3)):
            field = rng.choice(["title", "notes"])
            device = rng.choice("abc")
            writes.append({field: [f"{device}{n}", _stamp(rng.randint(2, 9), device),
                                   _stamp(1, "a")]})
        if rng.random() < 0.3:
            writes.append({DELETED: [1, _stamp(rng.randint(2, 9), "c"), _stamp(1, "a")]})
        results = {_key(_fold(order)[0]) for order in itertools.permutations(writes)}
        results.add(_key(_fold(writes + writes[::-1])[0]))  # delivered twice
        assert len(results) == 1


def test_concurrent_edits_keep_the_later_and_report_the_other_in_either_order():
    base = {"title": ["Joined Acme", _stamp(1, "a"), None]}
    home = {"title": ["Joined Acme Corp", _stamp(5, "a"), _stamp(1, "a")]}
    work = {"title": ["Joined ACME Ltd", _stamp(7, "b"), _stamp(1, "a")]}
    for order in ([base, home, work], [base, work, home]):
        state, lost = _fold(order)
        assert state["title"][0] == "Joined ACME Ltd"
        assert lost == {("title", _stamp(5, "a"))}


def test_an_edit_made_after_seeing_the_other_is_no_conflict():
    first = {"title": ["A", _stamp(1, "a"), None]}
    second = {"title": ["B", _stamp(2, "b"), _stamp(1, "a")]}
    assert _fold([first, second]) == ({"title": ["B", _stamp(2, "b"), _stamp(1, "a")]}, set())
    assert _fold([second, first])[1] == set()  # out of order, still no conflict


def test_a_delete_wins_and_an_unseen_edit_is_reported():
    made = {"title": ["A", _stamp(1, "a"), None]}
    edit = {"title": ["A, edited", _stamp(3, "b"), _stamp(1, "a")]}
    gone = {DELETED: [1, _stamp(2, "a"), _stamp(1, "a")]}
    for order in ([made, edit, gone], [made, gone, edit]):
        state, lost = _fold(order)
        assert DELETED in state
        assert lost == {("title", _stamp(3, "b"))}


def test_time_stamps_never_count_as_conflicts():
    a = {"updated_at": ["2026-01-01", _stamp(5, "a"), _stamp(1, "a")]}
    b = {"updated_at": ["2026-01-02", _stamp(7, "b"), _stamp(1, "a")]}
    start = {"updated_at": ["2025", _stamp(1, "a"), None]}
    assert _fold([start, a, b])[1] == set()
