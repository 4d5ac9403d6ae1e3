"""The meaning check of attributed rewrites on the bundled embedder, with rewrites the
135M model wrote in the eval: those that keep every figure but turn the meaning over are
turned away, and faithful restatements in voice are kept."""

from __future__ import annotations

import pytest

from hybrid.build import build_embedder
from hybrid.pipeline.stages.attributed import MIN_MEANING, _cosine
from hybrid.settings import load_settings

pytestmark = pytest.mark.integration

CHANGED = [
    (
        "To the extent permitted by law, our liability under this warranty is limited to repair, "
        "replacement or refund of the product.",
        "This warranty shall not apply to any repair, replacement or refund of the product.",
    ),
    ("Walnut veneer on FSC-certified plywood core — +$150.", "You'll save $150 on your FSC-certified plywood core."),
    (
        "Changes to the returns policy need sign-off from legal.",
        "Changes to the returns policy shall be signed off by the department owner.",
    ),
    (
        "Orders placed before 11:59 pm Pacific on March 31, 2026 kept the old price.",
        "We'll keep the old price for 11:59 pm Pacific on March 31, 2026.",
    ),
]
FAITHFUL = [
    (
        "Data under hold must not be deleted, even if its retention period has ended.",
        "Data under hold shall not be deleted, even if its retention period has ended.",
    ),
    (
        "You have the statutory right to withdraw within 14 days of delivery without giving a reason.",
        "You can withdraw within 14 days of delivery without giving a reason.",
    ),
    (
        "Alternatively, the HC-3 upgrade kit ($119) brings an Atlas Classic up to date.",
        "The HC-3 upgrade kit brings an Atlas Classic up to date, and it's $119.",
    ),
]


@pytest.fixture(scope="module")
def similarity():
    embedder = build_embedder(load_settings())

    def cosine(a: str, b: str) -> float:
        va, vb = embedder.embed_documents([a, b])
        return _cosine(va, vb)

    return cosine


@pytest.mark.parametrize(("source", "rewrite"), CHANGED)
def test_a_rewrite_that_turns_the_meaning_over_falls_below_the_bar(similarity, source, rewrite):
    assert similarity(source, rewrite) < MIN_MEANING


@pytest.mark.parametrize(("source", "rewrite"), FAITHFUL)
def test_a_faithful_restatement_in_voice_clears_it(similarity, source, rewrite):
    assert similarity(source, rewrite) >= MIN_MEANING
