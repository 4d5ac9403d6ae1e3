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


def test_a_fenced_code_block_in_a_source_is_one_piece_however_it_is_punctuated():
    from hybrid.text import sentences

    doc = "Run this:\n```python\nx = 1. y = 2.\n\nprint(x)\n```\nIt prints 1. Then it stops.\n"
    assert sentences(doc, source=True) == [
        "Run this:",
        "```python\nx = 1. y = 2.\n\nprint(x)\n```",
        "It prints 1.",
        "Then it stops.",
    ]
    # Model output is not a document: each line is its own.
    assert sentences("```\nx = 1.\n```") == ["```", "x = 1.", "```"]
