from __future__ import annotations

import json
from pathlib import Path

import pytest

from hybrid.prompts import CLOSING, OPENING, REWRITE
from hybrid.style import train_adapter
from hybrid.style.corpus import ContextPassage, StyleExample, load_corpus
from hybrid.style.rewrite import frame_examples, is_rewrite, rewrite_examples, rewrite_pairs, with_rewrites
from tests.conftest import TINY_TRAIN
from tests.fixtures import write_corpus

pytestmark = pytest.mark.unit

LAMP = StyleExample(
    instruction="Announce the new Lumen lamp colours",
    context=[
        ContextPassage(
            source="products/lumen.md",
            text="The Lumen desk lamp now ships in **Sage** and Clay. The price is unchanged at $89.",
        ),
        ContextPassage(source="policies/shipping.md", text="Orders over $75 ship free within the contiguous US."),
    ],
    response=(
        "Your desk just got a little warmer. The Lumen lamp now comes in Sage and Clay [1]. "
        "Still just $89, and it ships free in 2 days [1][2].\n\nPick your shade today."
    ),
)


def test_a_faithful_sentence_becomes_a_rewrite_pair_of_its_source_sentence():
    pairs = rewrite_pairs(LAMP)
    assert [(p.context[0].source, p.context[0].text, p.response) for p in pairs] == [
        # Emphasis is removed from the source, markers from the response, as drafting shows and keeps them.
        (
            "products/lumen.md",
            "The Lumen desk lamp now ships in Sage and Clay.",
            "The Lumen lamp now comes in Sage and Clay.",
        )
    ]
    assert all(p.instruction == REWRITE and is_rewrite(p) for p in pairs)


def test_a_sentence_that_adds_a_figure_its_source_lacks_is_dropped():
    faithful = LAMP.model_copy(update={"response": "The price stays unchanged at $89 [1]."})
    assert [p.response for p in rewrite_pairs(faithful)] == ["The price stays unchanged at $89."]
    # The same sentence with "in 2 days", which no source states: it would teach the adapter to invent.
    added = LAMP.model_copy(update={"response": "The price stays unchanged at $89, and it ships in 2 days [1]."})
    assert rewrite_pairs(added) == []


def test_a_sentence_whose_figures_are_kept_pairs_with_the_source_that_states_them():
    example = LAMP.model_copy(
        update={"response": "Spend more than $75 and shipping is on us, anywhere in the contiguous US [2]."}
    )
    (pair,) = rewrite_pairs(example)
    assert pair.context[0].text == "Orders over $75 ship free within the contiguous US."


def test_openings_and_closings_come_from_sentences_that_state_no_facts():
    frames = frame_examples(LAMP)
    assert [(f.instruction, f.response, f.context) for f in frames] == [
        (OPENING.format(request=LAMP.instruction), "Your desk just got a little warmer.", []),
        (CLOSING.format(request=LAMP.instruction), "Pick your shade today.", []),
    ]
    named = LAMP.model_copy(update={"response": "Meet Lumen in Sage. It is lovely [1]. Order yours by May 6, 2026."})
    assert frame_examples(named) == []


def test_the_same_corpus_gives_the_same_examples(tmp_path: Path):
    folder = write_corpus(tmp_path / "c", "loud", n=12, heldout=4)
    first = rewrite_examples(load_corpus(folder).train)
    again = rewrite_examples(load_corpus(folder).train)
    assert first and first == again
    mix = with_rewrites(load_corpus(folder).train, limit=5, replay=3, seed=0)
    assert mix == with_rewrites(load_corpus(folder).train, limit=5, replay=3, seed=0)
    assert mix[1] == 5 and len(mix[0]) == 3 + 5


def test_training_with_rewrite_examples_records_them_in_the_manifest(tmp_path, tiny_causal_lm_path, registry):
    corpus = write_corpus(tmp_path / "c", "loud", n=8, heldout=2)
    config = TINY_TRAIN.model_copy(update={"epochs": 1, "rewrite": True, "replay": 2})
    ref = train_adapter("loud", corpus, registry, str(tiny_causal_lm_path), tmp_path, config)
    m = ref.manifest
    pairs = len(rewrite_examples(load_corpus(corpus).train))
    assert pairs == 8  # one "the desk costs N dollars" sentence per example
    assert m.hyperparameters["rewrite_examples"] == pairs and m.hyperparameters["rewrite"] is True
    assert m.train_examples == 2 + pairs
    assert m.heldout_examples == 2  # the held-out loss stays on the original held-out set


def test_continuing_from_a_version_starts_from_its_weights_and_can_leave_it_active(
    tmp_path, tiny_causal_lm_path, registry
):
    corpus = write_corpus(tmp_path / "c", "loud", n=8, heldout=2)
    config = TINY_TRAIN.model_copy(update={"epochs": 1})
    v1 = train_adapter("loud", corpus, registry, str(tiny_causal_lm_path), tmp_path, config)
    more = config.model_copy(update={"rewrite": True, "replay": 2})
    v2 = train_adapter(
        "loud", corpus, registry, str(tiny_causal_lm_path), tmp_path, more, init_from="v1", activate=False
    )
    assert (v2.version, registry.active_version("loud")) == ("v2", "v1")
    assert v2.manifest.hyperparameters["init_from"] == "loud@v1"
    # The loss it started from is v1's own on the same held-out set (v1 is stored in float16).
    assert v2.manifest.metrics["init_heldout_loss"] == pytest.approx(v1.manifest.heldout_loss, rel=0.02)
    config_json = json.loads((v2.path / "adapter_config.json").read_text())
    assert config_json["r"] == TINY_TRAIN.rank
