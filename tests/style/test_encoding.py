from __future__ import annotations

import pytest

from hybrid.generation import LocalGenerator
from hybrid.generation.local.decode import prompt_text
from hybrid.prompts import build_messages
from hybrid.style import AdapterRegistry
from hybrid.style.corpus import StyleExample
from hybrid.style.encoding import IGNORE, encode_pair
from hybrid.style.training import encode, mean_token_loss
from hybrid.types import GenerationRequest

pytestmark = pytest.mark.unit

EXAMPLE = StyleExample.model_validate(
    {
        "instruction": "write about desk 3",
        "context": [{"source": "desk.md", "text": "the desk costs 103 dollars"}],
        "response": "  BUY NOW! the desk costs 103 dollars [1]!  ",
    }
)


@pytest.fixture(scope="module")
def gen(tiny_causal_lm_path, tmp_path_factory):
    g = LocalGenerator(
        str(tiny_causal_lm_path), tmp_path_factory.mktemp("c"), AdapterRegistry(tmp_path_factory.mktemp("a"))
    )
    g.warm_up()
    return g


def _messages() -> list[dict[str, str]]:
    return build_messages(EXAMPLE.instruction, EXAMPLE.sources(), "marketing")


def test_training_and_scoring_encode_an_example_to_the_same_ids_and_labels(gen):
    trained = encode(gen.tokenizer, EXAMPLE, "marketing")
    scored = encode_pair(gen.tokenizer, _messages(), EXAMPLE.response.strip())
    assert (trained.input_ids, trained.labels) == (scored.input_ids, scored.labels)
    start = trained.prompt_tokens
    assert 0 < start < len(trained.input_ids)
    assert trained.labels[:start] == [IGNORE] * start and trained.labels[start:] == trained.input_ids[start:]


def test_the_masked_prompt_is_what_drafting_feeds_the_model(gen):
    trained = encode(gen.tokenizer, EXAMPLE, "marketing")
    drafted = gen.tokenizer(prompt_text(gen.tokenizer, GenerationRequest(_messages())), add_special_tokens=False)
    assert drafted["input_ids"] == trained.input_ids[: trained.prompt_tokens]


def test_one_example_scores_the_same_loss_in_training_and_in_the_generator(gen):
    trained = encode(gen.tokenizer, EXAMPLE, "marketing")
    training_loss = mean_token_loss(gen.model, [trained], gen.tokenizer.pad_token_id)
    assert gen.loss(_messages(), EXAMPLE.response.strip()) == pytest.approx(training_loss, abs=1e-5)


def test_the_two_reductions_differ_once_examples_differ_in_length(gen):
    short, long = "BUY NOW!", "BUY NOW! " + "the desk costs 103 dollars, order today! " * 6
    pairs = [(_messages(), short), (_messages(), long)]
    per_example = gen.losses(pairs)
    data = [encode_pair(gen.tokenizer, m, r) for m, r in pairs]
    pooled = mean_token_loss(gen.model, data, gen.tokenizer.pad_token_id)
    weights = [e.response_tokens for e in data]
    assert pooled == pytest.approx(
        sum(w * x for w, x in zip(weights, per_example, strict=True)) / sum(weights), abs=1e-4
    )
    assert pooled != pytest.approx(sum(per_example) / 2, abs=1e-4)
