"""PEFT adapters written as GGUF LoRA (hybrid.generation.llamacpp.lora_gguf): no llama.cpp needed.

The check of the q/k layout uses transformers' own GGUF loader (`LlamaTensorProcessor`),
the code that turned the bundled GGUF into the weights our adapters were trained on: if
its inverse of our B·A is PEFT's B·A, the adapter adapts the same weights in both places."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from hybrid.generation.llamacpp.lora_gguf import BaseShape, LoraConversionError, converted, gguf_tensors

pytestmark = pytest.mark.unit

TINY = BaseShape(arch="llama", blocks=2, heads=4, kv_heads=2)
TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


@pytest.fixture(scope="module")
def adapter_dir(tiny_causal_lm_path, tmp_path_factory):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    base = AutoModelForCausalLM.from_pretrained(tiny_causal_lm_path, dtype=torch.float32)
    # Random A and B, so a wrong row order cannot hide behind zeros.
    model = get_peft_model(base, LoraConfig(r=4, lora_alpha=8, target_modules=TARGETS, init_lora_weights=False))
    out = tmp_path_factory.mktemp("peft") / "adapter"
    model.save_pretrained(out)
    return out


def _peft_delta(adapter_dir, layer: int, module: str) -> np.ndarray:
    from safetensors.numpy import load_file

    t = load_file(str(adapter_dir / "adapter_model.safetensors"))
    prefix = f"base_model.model.model.layers.{layer}"
    group = "self_attn" if module in ("q_proj", "k_proj", "v_proj", "o_proj") else "mlp"
    return t[f"{prefix}.{group}.{module}.lora_B.weight"] @ t[f"{prefix}.{group}.{module}.lora_A.weight"]


def test_every_adapted_weight_gets_its_gguf_name_and_alpha(adapter_dir):
    tensors, alpha = gguf_tensors(adapter_dir, TINY)
    assert alpha == 8.0
    expected = {
        f"blk.{i}.{name}.weight.lora_{ab}"
        for i in range(2)
        for name in ("attn_q", "attn_k", "attn_v", "attn_output", "ffn_gate", "ffn_up", "ffn_down")
        for ab in "ab"
    }
    assert set(tensors) == expected
    assert tensors["blk.1.ffn_down.weight.lora_a"].shape == (4, 128)  # (rank, in), as llama.cpp reads it


@pytest.mark.parametrize("module,gguf_name", [("q_proj", "attn_q"), ("k_proj", "attn_k"), ("v_proj", "attn_v")])
def test_the_gguf_delta_is_the_peft_delta_in_llama_cpps_row_order(adapter_dir, module, gguf_name):
    from transformers.modeling_gguf_pytorch_utils import LlamaTensorProcessor

    tensors, _ = gguf_tensors(adapter_dir, TINY)
    delta = tensors[f"blk.1.{gguf_name}.weight.lora_b"] @ tensors[f"blk.1.{gguf_name}.weight.lora_a"]
    loader = LlamaTensorProcessor(config={"num_attention_heads": 4, "num_key_value_heads": 2})
    as_loaded = loader.process(delta, f"blk.1.{gguf_name}.weight").weights
    np.testing.assert_allclose(as_loaded, _peft_delta(adapter_dir, 1, module), rtol=1e-5, atol=1e-6)
    if module != "v_proj":  # q and k really are reordered: the check above is not vacuous
        assert not np.allclose(delta, _peft_delta(adapter_dir, 1, module))


def test_gemma_weights_keep_their_order(adapter_dir):
    gemma = BaseShape(arch="gemma3", blocks=2, heads=4, kv_heads=2)
    tensors, _ = gguf_tensors(adapter_dir, gemma)
    delta = tensors["blk.0.attn_q.weight.lora_b"] @ tensors["blk.0.attn_q.weight.lora_a"]
    np.testing.assert_allclose(delta, _peft_delta(adapter_dir, 0, "q_proj"), rtol=1e-5, atol=1e-6)


def test_an_unchecked_architecture_or_dora_is_refused_by_name(adapter_dir, tmp_path):
    with pytest.raises(LoraConversionError, match=r"'qwen2'.*generation\.backend = 'local'"):
        gguf_tensors(adapter_dir, BaseShape(arch="qwen2", blocks=2, heads=4, kv_heads=2))
    dora = tmp_path / "dora"
    dora.mkdir()
    config = json.loads((adapter_dir / "adapter_config.json").read_text())
    (dora / "adapter_config.json").write_text(json.dumps({**config, "use_dora": True}))
    with pytest.raises(LoraConversionError, match=r"adapter_config\.json: rsLoRA, DoRA"):
        gguf_tensors(dora, TINY)


def test_the_file_is_written_once_per_adapter_content_and_reads_back(adapter_dir, tmp_path):
    import gguf

    cache = tmp_path / "cache"
    path = converted(adapter_dir, TINY, cache, "voice@v1")
    assert path.name.startswith("voice-v1-llama-") and path.suffix == ".gguf"
    assert [p.name for p in cache.iterdir()] == [path.name]  # no temp file left behind
    reader = gguf.GGUFReader(path)
    assert reader.fields["general.type"].contents() == "adapter"
    assert reader.fields["adapter.type"].contents() == "lora"
    assert reader.fields["adapter.lora.alpha"].contents() == 8.0
    assert len(reader.tensors) == 28
    stamp = path.stat().st_mtime_ns
    assert converted(adapter_dir, TINY, cache, "voice@v1") == path
    assert path.stat().st_mtime_ns == stamp  # reused, not rewritten


def test_the_base_shape_comes_from_llama_cpps_metadata():
    meta = {
        "general.architecture": "llama",
        "llama.block_count": "30",
        "llama.attention.head_count": "9",
        "llama.attention.head_count_kv": "3",
    }
    assert BaseShape.from_metadata(meta) == BaseShape("llama", 30, 9, 3)
    del meta["llama.attention.head_count_kv"]  # no grouped-query attention: as many as heads
    assert BaseShape.from_metadata(meta).kv_heads == 9


def _draws(seed: int, scores: torch.Tensor, n: int) -> list[int]:
    from hybrid.generation.llamacpp.generator import _Sampler
    from hybrid.types import GenerationRequest

    request = GenerationRequest([{"role": "user", "content": "hi"}], temperature=1.0, top_p=0.9, seed=seed)
    sampler = _Sampler(request, False, 0.7, None)
    return [sampler(scores) for _ in range(n)]


def test_the_sampler_is_greedy_by_default_and_samples_only_inside_top_p_with_its_seed():
    from hybrid.generation.llamacpp.generator import _Sampler
    from hybrid.types import GenerationRequest

    scores = torch.tensor([0.0, 3.0, 2.9, -5.0])
    assert _Sampler(GenerationRequest([{"role": "user", "content": "hi"}]), False, 0.7, None)(scores) == 1
    # Tokens 1 and 2 hold ~99% of the mass: with top_p 0.9 nothing else is ever drawn.
    drawn = _draws(3, scores, 200)
    assert set(drawn) == {1, 2}
    assert _draws(3, scores, 200) == drawn  # the row's seed makes its draws repeat
    assert _draws(4, scores, 200) != drawn


def test_the_cache_key_follows_the_adapters_files(adapter_dir, tmp_path):
    import os
    import shutil

    from hybrid.generation.llamacpp.lora_gguf import cache_key

    copy = tmp_path / "copy"
    shutil.copytree(adapter_dir, copy)
    before = cache_key(copy)
    assert cache_key(copy) == before == cache_key(adapter_dir)  # by content, not by folder
    config = copy / "adapter_config.json"
    config.write_text(config.read_text().replace('"lora_alpha": 8', '"lora_alpha": 16'))
    os.utime(config, ns=(1, 1))  # even with a stale mtime, the size or stamp moved
    assert cache_key(copy) != before
