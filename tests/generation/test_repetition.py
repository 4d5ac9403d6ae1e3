"""The n-gram block looks at what a row wrote, never at its prompt."""

from __future__ import annotations

import pytest
import torch

from hybrid.generation.local.repetition import GeneratedNGramBlock, OpenAIPenalties

pytestmark = pytest.mark.unit


def step(block, ids, vocab=10):
    return block(torch.tensor(ids), torch.zeros(len(ids), vocab))


def test_a_row_may_copy_its_prompt_but_not_repeat_its_own_output():
    block = GeneratedNGramBlock([3, 3])
    prompt = [[1, 2, 3, 1, 2], [1, 2, 3, 1, 2]]
    first = step(block, prompt)  # the first call fixes where the output starts
    assert torch.isfinite(first).all()  # "1 2 3" is in the prompt, yet nothing is banned
    # Row 0 wrote "4 5 6 4 5": a third "6" would repeat its own "4 5 6". Row 1 wrote "4 5 7 8 4".
    out = step(block, [[*prompt[0], 4, 5, 6, 4, 5], [*prompt[1], 4, 5, 7, 8, 4]])
    assert out[0, 6] == float("-inf") and torch.isfinite(out[0, :6]).all() and torch.isfinite(out[0, 7:]).all()
    assert torch.isfinite(out[1]).all()


def test_a_row_with_size_zero_is_never_blocked():
    block = GeneratedNGramBlock([0])
    step(block, [[1]])
    assert torch.isfinite(step(block, [[1, 2, 2, 2, 2, 2]])).all()


def test_openai_penalties_follow_openais_formula_over_generated_tokens_only():
    penalties = OpenAIPenalties([(0.5, 1.0), (0.0, 0.0)])
    prompt = [[3, 3, 3], [3, 3, 3]]
    assert torch.equal(step(penalties, prompt), torch.zeros(2, 10))  # the prompt is not penalised
    out = step(penalties, [[*prompt[0], 4, 4, 5], [*prompt[1], 4, 4, 5]])
    # Row 0: token 4 twice (2 * 0.5 + 1), token 5 once (0.5 + 1), token 3 only in the prompt.
    assert out[0, 4] == pytest.approx(-2.0) and out[0, 5] == pytest.approx(-1.5) and out[0, 3] == 0
    assert torch.equal(out[1], torch.zeros(10))
