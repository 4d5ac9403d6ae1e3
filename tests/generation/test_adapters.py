from __future__ import annotations

import shutil

import pytest
import torch

from hybrid.generation import LocalGenerator
from hybrid.generation.local import PEFT_BASE, AdapterCache, AdapterStateError
from hybrid.prompts import Source, build_messages
from hybrid.style import AdapterRegistry
from hybrid.style.adapter_store import AdapterError

pytestmark = pytest.mark.unit


def _generator(registry: AdapterRegistry, base, cache_dir, max_loaded: int = 4) -> LocalGenerator:
    g = LocalGenerator(str(base), cache_dir, registry, max_loaded=max_loaded)
    g.warm_up()
    return g


def _inputs(g: LocalGenerator, rows: int) -> dict[str, torch.Tensor]:
    prompts = [
        g.tokenizer.apply_chat_template(
            build_messages(f"write about desk {i}", [Source("d.md", f"the desk costs {i} dollars")], "x"),
            tokenize=False,
            add_generation_prompt=True,
        )
        for i in range(rows)
    ]
    return dict(g.tokenizer(prompts, return_tensors="pt", padding=True, add_special_tokens=False))


def _logits(cache: AdapterCache, names: list[str], inputs: dict[str, torch.Tensor]) -> torch.Tensor:
    keys = [cache.load_adapter(n)[0] for n in names]
    kwargs, context = cache.route(keys)
    with torch.inference_mode(), context:
        return cache.model(**inputs, **kwargs).logits


def test_a_mixed_call_after_a_baked_call_matches_a_fresh_load(trained_registry, tiny_causal_lm_path, tmp_path):
    names = ["loud", "terse", "base"]
    used = _generator(trained_registry, tiny_causal_lm_path, tmp_path)
    inputs = _inputs(used, len(names))
    _logits(used.adapters, ["terse"] * 3, inputs)  # bakes terse into the base weights
    assert used.adapters.baked == "terse@v1"
    after_bake = _logits(used.adapters, names, inputs)
    fresh = _logits(_generator(trained_registry, tiny_causal_lm_path, tmp_path).adapters, names, inputs)
    assert torch.allclose(after_bake, fresh, atol=1e-5)
    # and the rows really are in different voices, so a double-applied delta would show
    assert not torch.allclose(fresh[0], fresh[1], atol=1e-3)


def test_naming_adapters_while_another_is_baked_in_is_refused(trained_registry, tiny_causal_lm_path, tmp_path):
    cache = _generator(trained_registry, tiny_causal_lm_path, tmp_path).adapters
    loud, terse = cache.load_adapter("loud")[0], cache.load_adapter("terse")[0]
    _kwargs, mixed = cache.route([loud, terse])
    cache.route([terse])  # a second routing bakes terse before the first one's forward ran
    refused = pytest.raises(AdapterStateError, match=r"rows name adapters \(loud@v1, terse@v1\) while 'terse@v1'")
    with refused, mixed:
        pass


def test_eviction_drops_the_least_recently_used_and_unbakes_it(trained_registry, tiny_causal_lm_path, tmp_path):
    registry = AdapterRegistry(tmp_path / "adapters")
    shutil.copytree(trained_registry.root, registry.root)
    shutil.copytree(registry.root / "loud", registry.root / "third")
    cache = _generator(registry, tiny_causal_lm_path, tmp_path / "cache", max_loaded=2).adapters
    cache.load_adapter("loud")
    terse = cache.load_adapter("terse")[0]
    cache.route([terse])
    pristine = {n: w.clone() for n, w in cache._pristine.items()}
    cache.load_adapter("loud")  # loud is now the most recently used
    cache.load_adapter("third")
    assert cache.loaded() == ["loud", "third"]
    assert set(cache.model.peft_config) == {"loud@v1", "third@v1"}
    assert cache.baked == PEFT_BASE
    live = dict(cache.model.named_modules())
    assert all(torch.equal(live[n].get_base_layer().weight, w) for n, w in pristine.items())


def test_a_call_with_more_adapters_than_stay_resident_says_which_setting(
    trained_registry, tiny_causal_lm_path, tmp_path
):
    cache = _generator(trained_registry, tiny_causal_lm_path, tmp_path, max_loaded=1).adapters
    keys = [cache.load_adapter(n)[0] for n in ("loud", "terse")]  # loading terse unloads loud
    _kwargs, context = cache.route(keys)
    with pytest.raises(AdapterError, match=r"loud@v1 were unloaded.*max_loaded_adapters"), context:
        pass


@pytest.mark.parametrize("own_dtype", [True, False])
def test_a_bf16_bake_either_way_is_the_exact_bake_rounded_once_and_undoes_exactly(
    trained_registry, tiny_causal_lm_path, tmp_path, monkeypatch, own_dtype
):
    from peft.tuners.lora import LoraLayer

    from hybrid.generation.local import adapters as module

    monkeypatch.setattr(module, "own_dtype_bake_is_faster", lambda dtype, device: own_dtype)
    g = LocalGenerator(str(tiny_causal_lm_path), tmp_path, trained_registry, dtype="bfloat16")
    key = g.load_adapter("loud")[0]  # wraps the base in PEFT; nothing is baked yet
    layers = {n: m for n, m in g.adapters.model.named_modules() if isinstance(m, LoraLayer)}
    pristine = {n: m.get_base_layer().weight.detach().clone() for n, m in layers.items()}
    _logits(g.adapters, ["loud"], _inputs(g, 1))
    assert g.adapters.baked == key
    for n, m in layers.items():
        exact = pristine[n].float() + m.scaling[key] * (m.lora_B[key].weight.float() @ m.lora_A[key].weight.float())
        got = m.get_base_layer().weight
        assert got.dtype == torch.bfloat16 and not torch.equal(got, pristine[n])
        # bf16 keeps 8 bits of mantissa, so each rounding is within 2**-9 of its value: the
        # sum's, and on the own-dtype path also the factors' and their product's, which are
        # bounded by |B| |A|.
        lora = m.scaling[key] * (m.lora_B[key].weight.float().abs() @ m.lora_A[key].weight.float().abs())
        assert ((got.float() - exact).abs() <= 2**-8 * (exact.abs() + 2 * lora) + 1e-12).all(), n
    _logits(g.adapters, ["base"], _inputs(g, 1))
    assert all(torch.equal(m.get_base_layer().weight, pristine[n]) for n, m in layers.items())  # no drift


def _three_adapters(trained_registry, tmp_path) -> AdapterRegistry:
    registry = AdapterRegistry(tmp_path / "adapters")
    shutil.copytree(trained_registry.root, registry.root)
    shutil.copytree(registry.root / "loud", registry.root / "third")
    return registry


def _weights(cache: AdapterCache) -> dict[str, torch.Tensor]:
    return {n: m.get_base_layer().weight for n, m in cache.model.named_modules() if hasattr(m, "lora_A")}


def test_switching_back_to_a_kept_set_reuses_its_weights_and_gives_the_same_logits(
    trained_registry, tiny_causal_lm_path, tmp_path
):
    g = _generator(_three_adapters(trained_registry, tmp_path), tiny_causal_lm_path, tmp_path / "cache")
    inputs = _inputs(g, 1)
    first = {"loud": _logits(g.adapters, ["loud"], inputs)}
    loud_weights = {n: w.data_ptr() for n, w in _weights(g.adapters).items()}
    first |= {n: _logits(g.adapters, [n], inputs) for n in ("terse", "third")}
    assert torch.equal(_logits(g.adapters, ["loud"], inputs), first["loud"])
    # Back on loud: the very tensors its first bake wrote, so nothing was rebaked.
    assert {n: w.data_ptr() for n, w in _weights(g.adapters).items()} == loud_weights
    base = _logits(g.adapters, ["base"], inputs)
    fresh = _generator(trained_registry, tiny_causal_lm_path, tmp_path / "fresh")
    assert torch.equal(base, _logits(fresh.adapters, ["base"], inputs))  # the base weights were never written
    assert not torch.allclose(first["loud"], first["terse"], atol=1e-3)


def test_past_the_memory_budget_the_oldest_set_is_rebaked_in_place(trained_registry, tiny_causal_lm_path, tmp_path):
    from hybrid.generation.local.adapters import _set_bytes

    g = _generator(_three_adapters(trained_registry, tmp_path), tiny_causal_lm_path, tmp_path / "cache")
    inputs = _inputs(g, 1)
    cache = g.adapters
    exact = {n: _logits(cache, [n], inputs) for n in ("loud", "terse", "third")}
    one_set = _set_bytes(next(iter(cache._sets.values())))
    cache.baked_bytes = 2 * one_set  # room for two sets, not three
    for name in ("loud", "terse", "third", "loud", "terse", "third"):
        assert torch.equal(_logits(cache, [name], inputs), exact[name]), name
        assert len(cache._sets) <= 2
    cache.baked_bytes = 0  # one set is always kept, rebaked for each switch
    for name in ("loud", "terse", "loud"):
        assert torch.equal(_logits(cache, [name], inputs), exact[name]), name
        assert list(cache._sets) == [cache.baked]


def test_an_unloaded_adapter_leaves_no_baked_set_behind(trained_registry, tiny_causal_lm_path, tmp_path):
    registry = _three_adapters(trained_registry, tmp_path)
    cache = _generator(registry, tiny_causal_lm_path, tmp_path / "cache", max_loaded=2).adapters
    for name in ("loud", "terse"):
        cache.route([cache.load_adapter(name)[0]])
    assert set(cache._sets) == {"loud@v1", "terse@v1"}
    cache.load_adapter("third")  # unloads loud, the least recently used
    assert set(cache._sets) == {"terse@v1"}
