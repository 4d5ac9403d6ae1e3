"""The shared text primitives where a figure depends on them."""

from __future__ import annotations

import pytest

from hybrid.text import repeated_ngram_share

pytestmark = pytest.mark.unit


def test_a_loop_repeats_and_plain_prose_does_not():
    assert repeated_ngram_share("The desk rises fast and stays quiet while it moves.") == 0.0
    assert repeated_ngram_share("It is great. It is great. It is great. It is great.") > 0.6


def test_a_tables_bars_and_rule_are_layout_not_repetition():
    table = "| Product | Price |\n|---|---|\n| Atlas S | $649 [1] |\n| Orion chair | $549 [1] |"
    assert repeated_ngram_share(table) == 0.0
    # The same rows read out with their header each time do repeat it.
    prose = "Product: Atlas S; Price: $649. Product: Orion chair; Price: $549."
    assert repeated_ngram_share(prose) > 0.1
