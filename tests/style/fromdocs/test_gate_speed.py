"""What makes the from-docs gate fast must not change what it decides: the embeddings
cache, batched drafts, the spread of held-out drafts, the thread count and the budget."""

from __future__ import annotations

import json

import numpy as np
import pytest

from hybrid.evaluation.voice import fit
from hybrid.style.corpus import ContextPassage, StyleExample, load_corpus
from hybrid.style.fromdocs.gate import generate_drafts, spread
from hybrid.style.fromdocs.train import MAX_EPOCHS, TOKEN_BUDGET, budget_epochs
from hybrid.testing import FakeEmbedder
from tests.fixtures import write_corpus

pytestmark = pytest.mark.unit

DRAFTS = ["BUY NOW! the desk costs 7 dollars! ORDER TODAY!", "- fix: the desk costs 7 dollars\n- add: lift speed"]


@pytest.fixture
def voices(tmp_path):
    return {
        "loud": load_corpus(write_corpus(tmp_path / "voices" / "loud", "loud", n=8, heldout=3)),
        "terse": load_corpus(write_corpus(tmp_path / "voices" / "terse", "terse", n=8, heldout=3)),
    }


def test_a_cache_hit_fits_the_same_classifier_as_a_fresh_fit_without_embedding_the_corpora(tmp_path, voices):
    fresh = fit(FakeEmbedder(), voices)  # no cache at all
    cold_embedder, warm_embedder = FakeEmbedder(), FakeEmbedder()
    cold = fit(cold_embedder, voices, cache_dir=tmp_path / "cache")
    warm = fit(warm_embedder, voices, cache_dir=tmp_path / "cache")
    assert cold_embedder.embedded == 22 and warm_embedder.embedded == 0  # 2 x (8 + 3) texts, then none
    assert len(list((tmp_path / "cache" / "voice-embeddings").glob("*.npy"))) == 2
    for got in (cold, warm):
        np.testing.assert_allclose(got.weight, fresh.weight, rtol=1e-6, atol=1e-7)
        assert got.heldout_by_department == fresh.heldout_by_department
        assert got.classify(FakeEmbedder(), DRAFTS) == fresh.classify(FakeEmbedder(), DRAFTS)
    assert fresh.classify(FakeEmbedder(), DRAFTS) == ["loud", "terse"]


def test_a_changed_corpus_is_embedded_again_and_a_fresh_one_is_never_cached(tmp_path, voices):
    cache = tmp_path / "cache"
    fit(FakeEmbedder(), voices, cache_dir=cache)
    train = voices["terse"].folder / "train.jsonl"
    rows = [json.loads(line) for line in train.read_text().splitlines()]
    rows[0]["response"] = "BUY NOW! a changed row ORDER TODAY!"
    train.write_text("".join(json.dumps(r) + "\n" for r in rows))
    changed = {**voices, "terse": load_corpus(voices["terse"].folder)}
    embedder = FakeEmbedder()
    refit = fit(embedder, changed, cache_dir=cache)
    assert embedder.embedded == 11  # terse's 8 + 3 again; loud's came from the cache
    assert refit.weight.tolist() != fit(FakeEmbedder(), voices).weight.tolist()
    np.testing.assert_allclose(refit.weight, fit(FakeEmbedder(), changed).weight, rtol=1e-6, atol=1e-7)

    files = set((cache / "voice-embeddings").glob("*.npy"))
    again = FakeEmbedder()
    fit(again, changed, cache_dir=cache, fresh=["terse"])
    assert again.embedded == 11 and set((cache / "voice-embeddings").glob("*.npy")) == files


def test_an_unreadable_cache_file_is_recomputed_not_trusted(tmp_path, voices):
    cache = tmp_path / "cache"
    first = fit(FakeEmbedder(), voices, cache_dir=cache)
    for path in (cache / "voice-embeddings").glob("*.npy"):
        path.write_bytes(b"not an array")
    embedder = FakeEmbedder()
    again = fit(embedder, voices, cache_dir=cache)
    assert embedder.embedded == 22
    np.testing.assert_allclose(again.weight, first.weight, rtol=1e-6, atol=1e-7)
    for path in (cache / "voice-embeddings").glob("*.npy"):
        assert np.load(path, allow_pickle=False).shape[1] == 64  # rewritten whole


def held(doc: str, i: int) -> StyleExample:
    context = [ContextPassage(source="other.md", text="noise", distractor=True), ContextPassage(source=doc, text="x")]
    return StyleExample(instruction=f"{doc} {i}", context=context, response="y")


def test_gate_drafts_are_taken_in_turn_from_each_heldout_document():
    examples = [held("a.md", i) for i in range(5)] + [held("b.md", i) for i in range(2)] + [held("c.md", 0)]
    picked = [e.instruction for e in spread(examples, 6)]
    assert picked == ["a.md 0", "b.md 0", "c.md 0", "a.md 1", "b.md 1", "a.md 2"]
    assert len(spread(examples, 50)) == len(examples)


class EchoTokenizer:
    """Characters as token ids (0 pads); enough of a tokenizer for `generate_drafts`."""

    padding_side = "right"
    pad_token_id = 0
    eos_token_id = 0

    def apply_chat_template(self, messages, tokenize, add_generation_prompt):
        return messages[-1]["content"]

    def __call__(self, prompts, return_tensors, padding, add_special_tokens):
        import torch

        assert self.padding_side == "left"  # generation continues the prompts' ends
        width = max(len(p) for p in prompts)
        ids = torch.tensor([[0] * (width - len(p)) + [ord(c) for c in p] for p in prompts])
        return {"input_ids": ids, "attention_mask": (ids != 0).long()}

    def batch_decode(self, ids, skip_special_tokens):
        return ["".join(chr(i) for i in row if i) for row in ids.tolist()]


class EchoModel:
    """Generates each prompt's last 13 characters, and records the batches it is given."""

    def __init__(self):
        import torch

        self.weight = torch.zeros(1)
        self.batches: list[int] = []

    def parameters(self):
        return iter([self.weight])

    def generate(self, input_ids, attention_mask, **_):
        import torch

        self.batches.append(len(input_ids))
        return torch.cat([input_ids, input_ids[:, -13:]], dim=1)


def test_batched_drafts_come_back_in_the_examples_order():
    examples = [
        StyleExample(instruction=f"{'long ' * n}request no {n:02d}", context=[], response="y") for n in (5, 0, 9, 2, 7)
    ]
    model, tokenizer = EchoModel(), EchoTokenizer()
    drafts = generate_drafts(model, tokenizer, examples, "house", None)
    assert drafts == ["request no 05", "request no 00", "request no 09", "request no 02", "request no 07"]
    assert model.batches == [4, 1] and tokenizer.padding_side == "right"  # batched, and the side restored


def test_the_token_budget_gives_a_large_folder_part_of_an_epoch_and_a_small_one_more_passes():
    assert budget_epochs(2 * TOKEN_BUDGET) == 0.5
    assert budget_epochs(TOKEN_BUDGET) == 1.0
    assert budget_epochs(TOKEN_BUDGET // 10) == MAX_EPOCHS
    assert budget_epochs(0) == MAX_EPOCHS


def test_auto_threads_count_the_idle_cores(monkeypatch):
    import torch

    from hybrid import threads

    before = torch.get_num_threads()
    monkeypatch.setattr(threads.os, "cpu_count", lambda: 2)
    monkeypatch.setattr(threads.time, "sleep", lambda _: None)
    try:
        for busy_share, want in ((0.0, 2), (0.15, 2), (0.3, 1), (0.5, 1), (1.0, 1)):
            samples = iter([(0, 0), (int(100 * (1 - busy_share)), 100)])
            monkeypatch.setattr(threads, "_cpu_times", lambda s=samples: next(s))
            assert threads.use_threads(0) == want
            assert torch.get_num_threads() == want
        assert threads.use_threads(3) == 3  # a configured count is taken as given
        monkeypatch.setattr(threads, "_cpu_times", lambda: None)
        assert threads.idle_cores() == 2  # unreadable: all cores, as torch would use
    finally:
        torch.set_num_threads(before)


def house_corpus(folder):
    # A department whose writing is about its own topic (refunds), which no other voice shares.
    folder.mkdir(parents=True)
    rows = [
        {
            "instruction": f"write refund rule {i}",
            "context": [{"source": "refunds.md", "text": f"refund invoice within {i} days"}],
            "response": f"Refund invoices are settled within {i} days of the request [1].",
        }
        for i in range(10)
    ]
    (folder / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows[:8]))
    (folder / "heldout.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows[8:]))
    return load_corpus(folder, "house")


def test_the_gate_says_when_its_classifier_tells_the_new_voice_by_topic(tmp_path, voices):
    from hybrid.style.fromdocs.gate import GateReport, score

    house = house_corpus(tmp_path / "house")
    classifier = fit(FakeEmbedder(), {**voices, "house": house})
    drafts = (["Refund invoices are settled within 3 days [1]."], ["BUY NOW! refunds within 3 days! ORDER TODAY!"])

    on_topic = GateReport(1.0, 2.0)
    score(on_topic, classifier, FakeEmbedder(), drafts, list(house.heldout), "house")
    assert (on_topic.voice_share, on_topic.prompt_only_share) == (1.0, 0.0)
    assert on_topic.topic_share == 1.0 and "by topic" in on_topic.note

    # Notes on a topic the other voices share: the classifier is not reading topic alone.
    off_topic = [held("desk.md", 0).model_copy(update={"context": [ContextPassage(source="d", text="BUY NOW! desk")]})]
    plain = GateReport(1.0, 2.0)
    score(plain, classifier, FakeEmbedder(), drafts, off_topic, "house")
    assert plain.topic_share == 0.0 and plain.note == ""


def test_a_base_voice_class_on_the_same_topic_keeps_prompt_only_drafts_out_of_the_new_voice(tmp_path, voices):
    # Without it, anything on the new department's topic reads as its voice (the test above);
    # with the base model's own drafts of the training sections as a class, a prompt-only
    # draft in the base model's manner lands there, and a draft in the team's manner does not.
    from hybrid.style.fromdocs.gate import BASE_VOICE, GateReport, base_voice_corpus, score

    house = house_corpus(tmp_path / "house")
    base_drafts = [f"This document explains the refund topic. Overall refund details are {i} days." for i in range(8)]
    base = base_voice_corpus(house, house.train, base_drafts)
    assert base.department == BASE_VOICE and len(base.train) == 8 and base.heldout == []
    classifier = fit(FakeEmbedder(), {**voices, "house": house, BASE_VOICE: base})
    drafts = (
        ["Refund invoices are settled within 3 days of the request [1]."],
        ["This document explains the refund topic. Overall refund details are 3 days."],
    )
    report = GateReport(1.0, 2.0)
    score(report, classifier, FakeEmbedder(), drafts, list(house.heldout), "house")
    assert (report.voice_share, report.prompt_only_share, report.prompt_only_base_share) == (1.0, 0.0, 1.0)


def test_a_balanced_fit_is_its_own_cache_entry_and_lets_a_small_class_win_its_own_texts(tmp_path, voices):
    # 2 base-model drafts beside 8-example voices: weighted by size, the small class still
    # claims text written like it; and a cached unbalanced fit is never read for a balanced one.
    from hybrid.style.fromdocs.gate import BASE_VOICE, base_voice_corpus

    house = house_corpus(tmp_path / "house")
    small = base_voice_corpus(house, house.train[:2], ["This document explains the refund topic overall."] * 2)
    corpora = {**voices, "house": house, BASE_VOICE: small}
    balanced = fit(FakeEmbedder(), corpora, balanced=True)
    assert balanced.key != fit(FakeEmbedder(), corpora).key
    assert balanced.classify(FakeEmbedder(), ["This document explains the refund topic overall."]) == [BASE_VOICE]
