"""An interrupted training run resumes from its checkpoint and ends where an uninterrupted one does."""

from __future__ import annotations

import pytest
from safetensors.torch import load_file

from hybrid.style import TrainConfig
from hybrid.style.checkpoint import STATE, Checkpoints
from hybrid.style.corpus import load_corpus
from hybrid.style.training import choose_autocast, cpu_has_bf16, setup_lora, train_lora
from tests.fixtures import write_corpus

pytestmark = pytest.mark.unit

CONFIG = TrainConfig(rank=4, epochs=2, lr=1e-2, batch_size=2, max_length=512, seed=0)


class StopAt:
    """A Progress that interrupts training at step `n`, as Ctrl-C would."""

    def __init__(self, n: int) -> None:
        self.n, self.seen = n, 0

    def stage(self, name: str, total: int) -> None:
        pass

    def advance(self, steps: int = 1) -> None:
        self.seen += steps
        if self.seen > self.n:
            raise KeyboardInterrupt


def test_resume_after_an_interrupt_gives_the_uninterrupted_adapter(tmp_path, tiny_causal_lm_path):
    from hybrid.model_files import load_generator

    model, tok, _ = load_generator(str(tiny_causal_lm_path), tmp_path / "cache")
    corpus = load_corpus(write_corpus(tmp_path / "c", "loud", n=8, heldout=2))
    whole = train_lora(model, tok, corpus, CONFIG, tmp_path / "whole")

    work = Checkpoints(tmp_path / "work", "key", every=2)
    with pytest.raises(KeyboardInterrupt):
        train_lora(model, tok, corpus, CONFIG, tmp_path / "cut", progress=StopAt(5), checkpoints=work)
    assert (tmp_path / "work" / STATE).is_file()
    model, tok, _ = load_generator(str(tiny_causal_lm_path), tmp_path / "cache")
    resumed = train_lora(model, tok, corpus, CONFIG, tmp_path / "cut", checkpoints=work)
    assert resumed.resumed_from_step == 4
    a = load_file(str(tmp_path / "whole" / "adapter_model.safetensors"))
    b = load_file(str(tmp_path / "cut" / "adapter_model.safetensors"))
    assert a.keys() == b.keys() and all((a[k] == b[k]).all() for k in a)
    assert resumed.heldout_loss == pytest.approx(whole.heldout_loss, rel=1e-5)

    other = Checkpoints(tmp_path / "work", "another run", every=2)  # a different run never resumes it
    fresh = train_lora(model, tok, corpus, CONFIG, tmp_path / "other", checkpoints=other)
    assert fresh.resumed_from_step is None


def test_autocast_is_off_without_native_bf16_and_says_why(tmp_path, tiny_causal_lm_path):
    from hybrid.model_files import load_generator
    from hybrid.style.training import encode_corpus

    model, tok, _ = load_generator(str(tiny_causal_lm_path), tmp_path / "cache")
    corpus = load_corpus(write_corpus(tmp_path / "c", "loud", n=4, heldout=1))
    train, _ = encode_corpus(tok, corpus, 512)
    run = setup_lora(model, CONFIG, len(train))
    try:
        on, why = choose_autocast(run, train, tok.pad_token_id or 0, CONFIG)
        assert on == cpu_has_bf16() or "loss" in why
        if not cpu_has_bf16():
            assert (on, why) == (False, "off (no native bf16 on this cpu)")
        forced = CONFIG.model_copy(update={"autocast": "bf16"})
        on, why = choose_autocast(run, train, tok.pad_token_id or 0, forced)
        assert on and why.startswith("bf16 (first-batch loss")
        assert choose_autocast(run, train, 0, CONFIG.model_copy(update={"autocast": "off"})) == (False, "off")
    finally:
        run.model.unload()
