"""Name-locked decoding on the bundled tokenizer: mid-sentence, a title-case word only
where the sources hold it; sentence-initial words and ordinary words stay free."""

from __future__ import annotations

import pytest
import torch

from hybrid.generation.namelock import NameLock

pytestmark = pytest.mark.integration
SOURCES = ["The Atlas desk by Quillon costs $499."]


@pytest.fixture(scope="module")
def tokenizer(model_cache):
    from transformers import AutoTokenizer

    from hybrid.model_files import prepare_generator
    from hybrid.settings import DEFAULT_GENERATOR

    return AutoTokenizer.from_pretrained(prepare_generator(DEFAULT_GENERATOR, model_cache).path)


def allowed_after(tokenizer, text, sources=SOURCES):
    """Which next tokens the lock leaves open after the row has written `text`."""
    prompt = tokenizer("Write about the desk.", add_special_tokens=False)["input_ids"]
    ids = prompt + tokenizer(text, add_special_tokens=False)["input_ids"]
    lock = NameLock(tokenizer, [sources], prompt_lengths=[len(prompt)])
    out = lock(torch.tensor([ids]), torch.zeros(1, len(tokenizer)))

    def ok(piece):
        return not torch.isinf(out[0, tokenizer(piece, add_special_tokens=False)["input_ids"][0]]).item()

    return ok


def test_mid_sentence_only_names_the_sources_hold_can_begin(tokenizer):
    ok = allowed_after(tokenizer, "The desk comes from")
    assert ok(" Atlas") and ok(" Qu") and ok(" the")
    assert not ok(" Zephyr")


def test_inside_a_name_only_its_spelling_goes_on(tokenizer):
    ok = allowed_after(tokenizer, "Made by Qu")
    assert ok("illon") and not ok("ark")


def test_sentence_initial_words_and_unlocked_rows_are_free(tokenizer):
    assert allowed_after(tokenizer, "The desk is here.")(" Zephyr")
    prompt = tokenizer("x", add_special_tokens=False)["input_ids"]
    scores = torch.zeros(2, len(tokenizer))
    out = NameLock(tokenizer, [None, SOURCES], prompt_lengths=[len(prompt)] * 2)(
        torch.tensor([prompt + tokenizer("made by", add_special_tokens=False)["input_ids"]] * 2), scores
    )
    zephyr = tokenizer(" Zephyr", add_special_tokens=False)["input_ids"][0]
    assert out[0, zephyr] == 0 and torch.isinf(out[1, zephyr])
