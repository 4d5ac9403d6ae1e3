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


def test_a_chunk_that_begins_inside_a_code_block_keeps_the_code_apart_from_the_prose():
    from hybrid.text import sentences

    # Read on uv's docs: a chunk began in a YAML block, and with every fence's meaning
    # swapped the YAML was planned as a sentence and the prose after it quoted as code.
    chunk = (
        "      - name: Minimize uv cache\n        run: uv cache prune --ci\n```\n\n"
        "The prune command reduces the cache. It is optimized for CI.\n\n"
        "Clear one package:\n\n```console\n$ uv cache clean ruff\n```\n"
    )
    assert sentences(chunk, source=True) == [
        "- name: Minimize uv cache\n        run: uv cache prune --ci\n```",
        "The prune command reduces the cache.",
        "It is optimized for CI.",
        "Clear one package:",
        "```console\n$ uv cache clean ruff\n```",
    ]


def test_naming_a_version_or_code_again_is_not_repetition_but_a_loop_still_is():
    # Read in an eval draft about the HC-2 OTA stall, which scored 0.146 while every
    # sentence said something new: "4.2.0" split at its dots made each mention three 3-grams.
    prose = (
        "Helix 4.2.0 stalled at 87% on HC-2 controllers. "
        "App 5.4.1 stopped offering 4.2.0 to HC-2 bootloader 1.8. "
        "Helix 4.2.1 fixed the HC-2 stall."
    )
    assert repeated_ngram_share(prose) == 0.0
    loop = "Install Helix 4.2.1 on the HC-2. Install Helix 4.2.1 on the HC-2. Install Helix 4.2.1 on the HC-2."
    assert repeated_ngram_share(loop) > 0.5


def test_a_phrase_does_not_run_across_table_cells():
    # "3 years | $69" is not a phrase, so rows sharing a term and a currency do not repeat.
    table = "| Plan | Term | Price |\n|---|---|---|\n| Orion Care | 3 years | $69 |\n| Vega Care | 3 years | $29 |"
    assert repeated_ngram_share(table) == 0.0
