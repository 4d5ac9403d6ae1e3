from __future__ import annotations

import json

import pytest
from safetensors import safe_open

from hybrid.style import TrainConfig, train_adapter
from hybrid.style.corpus import CorpusError
from tests.conftest import TINY_TRAIN
from tests.fixtures import write_corpus

pytestmark = pytest.mark.unit


def test_adapter_folder_holds_peft_safetensors_and_a_full_manifest(trained_registry, tiny_causal_lm_path):
    from hybrid.model_files import weights_fingerprint

    ref = trained_registry.resolve("loud")
    assert sorted(p.name for p in ref.path.iterdir() if p.suffix != ".md") == [
        "adapter_config.json",
        "adapter_model.safetensors",
        "manifest.json",
    ]
    with safe_open(str(ref.path / "adapter_model.safetensors"), framework="pt") as fh:
        keys = list(fh.keys())
        assert keys and all("lora_" in k for k in keys)
        assert str(fh.get_tensor(keys[0]).dtype) == "torch.float16"
    m = ref.manifest
    assert m.base_fingerprint == weights_fingerprint(tiny_causal_lm_path)
    assert m.hyperparameters["rank"] == 8 and m.hyperparameters["seed"] == 0
    assert (m.train_examples, m.heldout_examples) == (12, 4)
    assert m.heldout_loss is not None and m.base_heldout_loss is not None
    assert json.loads((ref.path / "adapter_config.json").read_text())["r"] == 8


def test_training_lowers_held_out_loss_below_the_base(trained_registry):
    for name in ("loud", "terse"):
        m = trained_registry.resolve(name).manifest
        assert m.heldout_loss < m.base_heldout_loss, (name, m)


def test_same_seed_same_adapter(tmp_path, tiny_causal_lm_path, registry):
    import torch
    from safetensors.torch import load_file

    corpus = write_corpus(tmp_path / "c", "loud", n=4, heldout=1)
    config = TINY_TRAIN.model_copy(update={"epochs": 1})
    a = train_adapter("one", corpus, registry, str(tiny_causal_lm_path), tmp_path, config, progress=Steps())
    b = train_adapter("one", corpus, registry, str(tiny_causal_lm_path), tmp_path, config)
    wa, wb = (load_file(str(r.path / "adapter_model.safetensors")) for r in (a, b))
    assert wa.keys() == wb.keys() and all(torch.equal(wa[k], wb[k]) for k in wa)
    assert (a.version, b.version) == ("v1", "v2")


class Steps:
    """A `hybrid.protocols.Progress` that remembers what it heard."""

    def __init__(self) -> None:
        self.stages: list[tuple[str, int]] = []
        self.done = 0

    def stage(self, name: str, total: int) -> None:
        self.stages.append((name, total))

    def advance(self, steps: int = 1) -> None:
        self.done += steps


def test_training_reports_one_step_per_optimiser_step(tmp_path, tiny_causal_lm_path, registry):
    corpus = write_corpus(tmp_path / "c", "loud", n=6, heldout=1)
    steps = Steps()
    config = TINY_TRAIN.model_copy(update={"epochs": 1.5, "batch_size": 4})
    train_adapter(
        "one", corpus, registry, str(tiny_causal_lm_path), tmp_path, config, department="sales", progress=steps
    )
    assert steps.stages == [("train sales", 3)] and steps.done == 3  # 2 batches an epoch, 1.5 epochs


def test_response_longer_than_the_window_names_file_and_line(tmp_path, tiny_causal_lm_path, registry):
    corpus = write_corpus(tmp_path / "c", "loud", n=3, heldout=1)
    lines = (corpus / "train.jsonl").read_text().splitlines()
    lines[1] = json.dumps({"instruction": "x", "context": [], "response": "word " * 400})
    (corpus / "train.jsonl").write_text("\n".join(lines) + "\n")
    with pytest.raises(CorpusError, match=r"train.jsonl:2: response is \d+ tokens, longer than the context window"):
        train_adapter("x", corpus, registry, str(tiny_causal_lm_path), tmp_path, TrainConfig(max_length=350))
    assert registry.versions("x") == []  # nothing half-saved


def test_bad_hyperparameters_are_refused():
    with pytest.raises(ValueError, match="rank"):
        TrainConfig(rank=0)
