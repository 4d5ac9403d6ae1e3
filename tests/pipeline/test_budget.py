from __future__ import annotations

import hashlib

import pytest

from hybrid.pipeline.budget import fit_passages
from hybrid.types import Passage

pytestmark = pytest.mark.unit


def count(text: str) -> int:
    return len(text.split())


def passage(i: int, words: int) -> Passage:
    text = " ".join(f"w{i}x{j}." if j % 5 == 4 else f"w{i}x{j}" for j in range(words))
    return Passage(
        id=f"p{i}",
        text=text,
        source=f"d{i}.md",
        start_char=100,
        end_char=100 + len(text),
        content_hash=hashlib.sha256(text.encode()).hexdigest(),
    )


def test_everything_fits_untouched():
    ps = [passage(1, 20), passage(2, 20)]
    kept, trims = fit_passages(ps, 100, count)
    assert kept == ps and trims == []


def test_the_first_passage_that_overflows_is_cut_at_a_sentence_and_the_rest_dropped():
    ps = [passage(1, 40), passage(2, 100), passage(3, 10)]
    kept, trims = fit_passages(ps, 100, count)
    assert [p.id for p in kept] == ["p1", "p2"]
    cut = kept[1]
    assert cut.text.endswith(".") and ps[1].text.startswith(cut.text)
    assert cut.end_char == cut.start_char + len(cut.text)
    assert [(t.passage_id, t.action) for t in trims] == [("p2", "truncated"), ("p3", "dropped")]
    assert trims[0].original_tokens == 100 and 0 < trims[0].kept_tokens <= 100 - 48 - 8
    assert sum(count(p.text) + 8 for p in kept) <= 100


def test_a_remainder_too_small_to_help_drops_the_passage():
    kept, trims = fit_passages([passage(1, 80), passage(2, 50)], 100, count)
    assert [p.id for p in kept] == ["p1"] and trims[0].action == "dropped"
