from __future__ import annotations

import re

import pytest
import torch
from transformers import LogitsProcessor, LogitsProcessorList

from hybrid.figures import RUN, allowed_figures
from hybrid.generation.copylock import CopyLock

SOURCE = "A single fare costs 14.50 euros; a return costs 25 euros. Claims of five hundred euros are paid."
CORPUS = [
    SOURCE,
    "The fare is 13.7 km/h at 14:30 on 2026-04-01, 99 or 7 or 3 or 68 and 1,299.00 for you.",
    "five hundred twenty four thousand six seven eight nine ten twenty thirty one two three",
]


@pytest.fixture(scope="module")
def tok():
    from tokenizers import Tokenizer, decoders, pre_tokenizers
    from tokenizers.models import BPE
    from tokenizers.trainers import BpeTrainer
    from transformers import PreTrainedTokenizerFast

    raw = Tokenizer(BPE(unk_token=None))
    raw.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    raw.decoder = decoders.ByteLevel()
    trainer = BpeTrainer(
        vocab_size=420, special_tokens=["<eos>", "<pad>"], initial_alphabet=pre_tokenizers.ByteLevel.alphabet()
    )
    raw.train_from_iterator(CORPUS * 20, trainer)
    t = PreTrainedTokenizerFast(tokenizer_object=raw, eos_token="<eos>", pad_token="<pad>")
    t.padding_side = "left"
    return t


@pytest.fixture(scope="module")
def lm(tok):
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(0)
    config = LlamaConfig(
        vocab_size=len(tok),
        hidden_size=32,
        intermediate_size=64,
        num_hidden_layers=1,
        num_attention_heads=2,
        num_key_value_heads=1,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
    )
    return LlamaForCausalLM(config).eval()


class Tempt(LogitsProcessor):
    """A model that would rather write digits: what the lock is for."""

    def __init__(self, tok):
        self.ids = torch.tensor([i for i in range(len(tok)) if re.search(r"[\d.,:\-]", tok.decode([i]))])

    def __call__(self, input_ids, scores):
        scores = scores.clone()
        scores[:, self.ids] += 50.0
        return scores


def generate(lm, tok, prompts, processors, n=24):
    enc = tok(prompts, return_tensors="pt", padding=True)
    out = lm.generate(
        **enc,
        max_new_tokens=n,
        do_sample=False,
        logits_processor=LogitsProcessorList(processors),
        pad_token_id=tok.pad_token_id,
    )
    return [tok.decode(row[enc["input_ids"].shape[1] :], skip_special_tokens=True) for row in out]


def figures_ok(text: str, allowed: list[str]) -> bool:
    runs = {m.group() for s in allowed for m in RUN.finditer(s)}
    prefixes = {r[:i] for r in runs for i in range(1, len(r) + 1)}
    found = list(RUN.finditer(text))
    # The last run may be cut by max_new_tokens: a prefix of an allowed figure is fine there.
    cut = len(text.rstrip(",.:/-"))
    return all(m.group() in runs or (m.end() == cut and m.group() in prefixes) for m in found)


def next_allowed(tok, allowed, prompt: str, written: str) -> set[str]:
    """The tokens a row may write after `prompt` + `written`, as text."""
    lock = CopyLock(tok, [allowed])
    ids = tok(prompt, return_tensors="pt")["input_ids"]
    lock(ids, torch.zeros(1, len(tok)))
    ids = torch.cat([ids, torch.tensor([tok.encode(written)])], dim=1) if written else ids
    scores = lock(ids, torch.zeros(1, len(tok)))
    return {tok.decode([i]) for i in torch.nonzero(scores[0] > float("-inf")).flatten().tolist()}


@pytest.mark.unit
def test_greedy_decoding_under_the_lock_writes_only_allowed_figures_and_leaves_unlocked_rows_alone(lm, tok):
    allowed = allowed_figures([SOURCE])
    prompts = ["Tell me the fare", "Tell me the fare"]
    locked = generate(lm, tok, prompts, [Tempt(tok), CopyLock(tok, [allowed, None])])
    free = generate(lm, tok, prompts, [Tempt(tok)])
    assert RUN.search(locked[0]) and figures_ok(locked[0], allowed)
    assert locked[1] == free[1]  # the unlocked row decodes as if no lock were there
    assert not figures_ok(free[1], allowed)  # and, unlocked, the model invents figures


@pytest.mark.unit
def test_a_row_allowed_14_50_can_neither_change_the_digits_nor_stop_at_14_5(tok):
    after = next_allowed(tok, ["14.50"], "It costs", " 14.5")
    assert after and all(t.startswith("0") for t in after)  # "14.57", "14.5 euros", end of text: all banned
    assert next_allowed(tok, ["14.50"], "It costs", " 14.50") >= {" euros", ".", "<eos>"}


@pytest.mark.unit
def test_outside_a_figure_only_the_start_of_an_allowed_figure_may_begin_one(tok):
    digits = {t for t in next_allowed(tok, ["25", "14.50"], "It costs", "") if re.search(r"\d", t)}
    assert digits and all(t.lstrip().startswith(("1", "2")) for t in digits)
    assert {" 99", " 3", " 7"}.isdisjoint(digits) and not any(t.lstrip().startswith("13") for t in digits)


@pytest.mark.unit
def test_number_words_are_banned_unless_the_sources_use_them(tok):
    assert {" five", " hundred", " twenty"} <= set(tok.batch_decode([[i] for i in range(len(tok))]))
    sourced = next_allowed(tok, allowed_figures([SOURCE]), "Claims of", "")
    assert {" five", " hundred"} <= sourced and " twenty" not in sourced
    assert " five" not in next_allowed(tok, ["25"], "Claims of", "")


@pytest.mark.unit
def test_the_prompt_is_not_read_as_part_of_a_figure_with_left_padding(tok):
    lock = CopyLock(tok, [["25"], ["25"]])
    enc = tok(["Room 7", "A much longer prompt, room 9"], return_tensors="pt", padding=True)
    scores = lock(enc["input_ids"], torch.zeros(2, len(tok)))
    two = tok.convert_tokens_to_ids("2")
    assert torch.isfinite(scores[:, two]).all()  # "2" starts "25", not "72" or "92"


@pytest.mark.unit
def test_the_lock_only_lowers_scores_and_keeps_another_processors_mask(tok):
    class BanEos(LogitsProcessor):
        def __call__(self, input_ids, scores):
            return scores.masked_fill(torch.arange(scores.shape[-1]) == tok.eos_token_id, float("-inf"))

    ids = tok(["It costs 14"], return_tensors="pt")["input_ids"]
    scores = torch.randn(1, len(tok))
    out = LogitsProcessorList([BanEos(), CopyLock(tok, [["14.50"]], prompt_lengths=[1])])(ids, scores)
    assert out[0, tok.eos_token_id] == float("-inf")
    assert bool((out <= scores).all()) and bool(((out == scores) | (out == float("-inf"))).all())
    with pytest.raises(ValueError, match="2 rows"):
        CopyLock(tok, [["1"], ["2"]])(ids, scores)


@pytest.mark.unit
def test_a_row_left_with_no_token_by_another_processor_ends_instead_of_breaking_sampling(tok):
    # Another processor (an n-gram block, a grammar) plus the lock can leave a row nothing;
    # sampling from an all -inf row raises "probability tensor contains inf/nan".
    nines = [i for i in range(len(tok)) if tok.decode([i]).strip().startswith("9")]

    class OnlyNines(LogitsProcessor):
        def __call__(self, input_ids, scores):
            keep = torch.zeros(scores.shape[-1], dtype=torch.bool)
            keep[nines] = True
            return scores.masked_fill(~keep, float("-inf"))

    ids = tok(["It costs"], return_tensors="pt")["input_ids"]
    lock = CopyLock(tok, [["7.25"]], prompt_lengths=[ids.shape[1]])
    out = LogitsProcessorList([OnlyNines(), lock])(ids, torch.randn(1, len(tok)))
    assert torch.isfinite(out[0]).sum() == 1 and out[0, tok.eos_token_id] == 0.0
    assert not torch.isnan(torch.softmax(out, dim=-1)).any()


@pytest.mark.integration
def test_smollm2_under_the_lock_copies_figures_from_its_source(model_cache):
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from hybrid.models import prepare_generator
    from hybrid.settings import DEFAULT_GENERATOR

    path = prepare_generator(DEFAULT_GENERATOR, model_cache).path
    tokenizer = AutoTokenizer.from_pretrained(path)
    tokenizer.padding_side = "left"
    model = AutoModelForCausalLM.from_pretrained(path).eval()
    source = "A single fare costs 14.50 euros; a return costs 25 euros."
    questions = ["How much is a single fare?", "How much is a weekly pass, and how many trips does it cover?"]
    prompts = [
        tokenizer.apply_chat_template(
            [{"role": "user", "content": f"Source: {source}\n\n{q}"}], tokenize=False, add_generation_prompt=True
        )
        for q in questions
    ]
    allowed = allowed_figures([source])
    enc = tokenizer(prompts, return_tensors="pt", padding=True)
    with torch.no_grad():
        out = model.generate(
            **enc, max_new_tokens=40, do_sample=False, logits_processor=[CopyLock(tokenizer, [allowed, allowed])]
        )
    texts = tokenizer.batch_decode(out[:, enc["input_ids"].shape[1] :], skip_special_tokens=True)
    assert all(t.strip() for t in texts)
    for text in texts:
        assert figures_ok(text, allowed), text
