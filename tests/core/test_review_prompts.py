"""The reflection prompts: enough of them, grouped, findable by a stable id."""

from __future__ import annotations

import pytest

from careersquiggle.core import prompts
from careersquiggle.core.errors import ValidationError


def test_there_are_at_least_fifteen_prompts_in_every_group():
    assert len(prompts.PROMPTS) >= 15
    for key, _title in prompts.GROUPS:
        assert len(prompts.in_group(key)) >= 3, key
    assert {p.group for p in prompts.PROMPTS} == set(prompts.GROUP_TITLES)


def test_prompt_ids_are_unique_and_each_prompt_is_a_question():
    ids = [p.id for p in prompts.PROMPTS]
    assert len(ids) == len(set(ids))
    assert all(p.text.endswith(("?", ".")) and len(p.text) < 200 for p in prompts.PROMPTS)


def test_prompts_are_in_our_own_words_not_the_essays():
    from pathlib import Path

    essay = Path("/work/shared/seed-essay.txt")
    if not essay.exists():
        pytest.skip("the essay is not on this machine")
    text = " ".join(essay.read_text(encoding="utf-8").split()).casefold()
    for p in prompts.PROMPTS:
        words = p.text.casefold().split()
        # No run of six words taken over from the essay.
        for i in range(len(words) - 5):
            assert " ".join(words[i:i + 6]) not in text, p.id


def test_an_unknown_prompt_is_a_clear_error():
    assert prompts.get("motivation-no-money").group == "motivation"
    with pytest.raises(ValidationError, match="no reflection prompt called 'nope'"):
        prompts.get("nope")
