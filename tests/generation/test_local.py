from __future__ import annotations

import threading

import pytest
import torch

from hybrid.generation import GenerationRequest, LocalGenerator
from hybrid.prompts import Source, build_messages
from hybrid.style.adapter_store import AdapterError
from hybrid.types import GenerationResult

pytestmark = pytest.mark.unit


@pytest.fixture
def gen(trained_registry, tiny_causal_lm_path, tmp_path):
    g = LocalGenerator(str(tiny_causal_lm_path), tmp_path, trained_registry, max_loaded=4)
    g.warm_up()
    return g


def req(i: int, adapter: str, n: int = 12) -> GenerationRequest:
    msgs = build_messages(f"write about desk {i}", [Source("desk.md", f"the desk costs {100 + i} dollars")], "x")
    return GenerationRequest(msgs, adapter=adapter, max_new_tokens=n)


def test_adapters_change_the_output_and_base_means_none(gen):
    out = {a: gen.generate([req(1, a)])[0] for a in ("base", "loud", "terse")}
    assert len({tuple(r.token_ids) for r in out.values()}) == 3
    assert out["base"].adapter_version is None and out["loud"].adapter_version == "v1"


def test_a_mixed_batch_matches_each_row_run_alone(gen):
    names = ["loud", "terse", "base", "loud"]
    alone = [gen.generate([req(i, a)])[0].token_ids for i, a in enumerate(names)]
    mixed = [r.token_ids for r in gen.generate([req(i, a) for i, a in enumerate(names)])]
    assert mixed == alone


def test_switching_loads_each_adapter_once(gen, monkeypatch):
    gen.generate([req(0, "loud")])
    gen.generate([req(0, "terse")])
    calls = []
    monkeypatch.setattr(gen.adapters, "_attach", lambda *a: calls.append(a))
    for i in range(6):
        gen.generate([req(i, "loud" if i % 2 else "terse")])
    assert calls == [] and set(gen.loaded_adapters()) == {"loud", "terse"}


def test_lru_bound_unloads_the_least_recently_used(trained_registry, tiny_causal_lm_path, tmp_path):
    g = LocalGenerator(str(tiny_causal_lm_path), tmp_path, trained_registry, max_loaded=1)
    g.generate([req(0, "loud")])
    g.generate([req(0, "terse")])
    assert g.loaded_adapters() == ["terse"]
    assert set(g.model.peft_config) == {"terse@v1"}
    assert g.generate([req(0, "loud")])[0].adapter_version == "v1"


def test_concurrent_requests_never_see_each_others_adapter(gen):
    expected = {a: gen.generate([req(7, a)])[0].token_ids for a in ("base", "loud", "terse")}
    assert len({tuple(v) for v in expected.values()}) == 3  # the voices are distinguishable
    seen: list[tuple[str, str]] = []
    errors: list[BaseException] = []

    def worker(adapter: str) -> None:
        try:
            for _ in range(4):
                seen.append((adapter, gen.generate([req(7, adapter)])[0].token_ids))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(a,)) for a in ("base", "loud", "terse") * 3]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors and len(seen) == 36
    assert all(ids == expected[a] for a, ids in seen)


def test_unknown_adapter_lists_known_ones(gen):
    with pytest.raises(AdapterError, match=r"unknown adapter 'sales'; known: base, loud, terse"):
        gen.generate([req(0, "sales")])


def test_base_mismatch_is_refused_naming_both(trained_registry, tmp_path, tiny_causal_lm_path):
    from tests.fixtures import build_tiny_causal_lm

    other = build_tiny_causal_lm(tmp_path / "other-seed", seed=1)
    g = LocalGenerator(str(other), tmp_path, trained_registry)
    with pytest.raises(AdapterError) as info:
        g.generate([req(0, "loud")])
    msg = str(info.value)
    assert str(tiny_causal_lm_path) in msg and str(other) in msg and "retrain" in msg


def test_weighted_composite_blends_two_adapters(gen, trained_registry):
    trained_registry.add_composite("loudterse", {"loud": 0.5, "terse": 0.5})
    try:
        out = gen.generate([req(3, "loudterse"), req(3, "loud"), req(3, "terse")])
        assert out[0].adapter_version == "composite"
        assert out[0].token_ids not in (out[1].token_ids, out[2].token_ids)
    finally:
        trained_registry.remove("loudterse")


def test_loss_is_lower_with_the_matching_adapter(gen):
    msgs = req(42, "loud").messages
    loud = "BUY NOW! the desk costs 142 dollars [1]! ORDER TODAY!"
    assert gen.loss(msgs, loud, "loud") < gen.loss(msgs, loud, "base")
    assert gen.loss(msgs, loud, "loud") < gen.loss(msgs, loud, "terse")


def test_batched_losses_match_one_at_a_time(gen):
    pairs = [(req(i, "loud").messages, "BUY NOW! " * (i + 1)) for i in range(3)]
    batched = gen.losses(pairs, "loud", batch_size=3)
    single = [gen.loss(m, r, "loud") for m, r in pairs]
    assert batched == pytest.approx(single, abs=1e-4)


def test_switching_baked_adapters_never_drifts_the_base_weights(gen):
    gen.generate([req(0, "loud")])  # PEFT wraps the model; the base is snapshotted on first bake
    first = gen.generate([req(1, "base")])[0].token_ids
    snapshot = {n: w.clone() for n, w in gen.adapters._pristine.items()}
    for i in range(10):
        gen.generate([req(i, ("loud", "terse")[i % 2])])
    assert gen.generate([req(1, "base")])[0].token_ids == first
    live = dict(gen.model.named_modules())
    for name, weight in snapshot.items():
        assert torch.equal(live[name].get_base_layer().weight, weight)


def test_a_single_adapter_call_runs_baked_and_matches_peft_per_row_forward(gen):
    merged = gen.generate([req(5, "terse")])[0].token_ids
    assert gen.adapters.baked == "terse@v1"
    per_row = gen.generate([req(5, "terse"), req(6, "loud")])[0].token_ids  # mixed: PEFT's adapter_names path
    assert gen.adapters.baked == "__base__" and per_row == merged


def test_with_baking_off_a_single_adapter_call_takes_the_batched_path_and_says_the_same(gen):
    baked = gen.generate([req(7, "loud")])[0].token_ids
    gen.adapters.bake_single = False
    try:
        unbaked = gen.generate([req(7, "loud")])[0].token_ids
        assert gen.adapters.baked == "__base__"  # no weight was rewritten for it
    finally:
        gen.adapters.bake_single = True
    assert unbaked == baked


def test_stream_yields_text_then_the_result_and_closing_early_frees_the_model(gen):
    items = list(gen.stream(req(3, "loud", n=10)))
    result = items[-1]
    assert isinstance(result, GenerationResult) and all(isinstance(i, str) for i in items[:-1])
    assert "".join(items[:-1]).strip() == result.text
    assert result.token_ids == gen.generate([req(3, "loud", n=10)])[0].token_ids
    it = gen.stream(req(3, "loud", n=200))
    next(it)
    it.close()
    assert gen._lock.acquire(timeout=5)  # the decode thread stopped and let go
    gen._lock.release()


def test_bf16_decode_generates_like_float32_and_mixes_adapters(trained_registry, tiny_causal_lm_path, tmp_path):
    from hybrid.generation.precision import DecodeBf16Linear

    g = LocalGenerator(str(tiny_causal_lm_path), tmp_path, trained_registry, dtype="bf16-decode")
    g.warm_up()
    assert any(isinstance(m, DecodeBf16Linear) for m in g.model.modules())
    assert g.model.get_input_embeddings().weight.dtype == torch.float32
    names = ["loud", "terse", "base"]
    alone = [g.generate([req(i, a)])[0] for i, a in enumerate(names)]
    mixed = g.generate([req(i, a) for i, a in enumerate(names)])
    assert all(r.completion_tokens > 0 for r in alone)
    assert [r.token_ids for r in mixed] == [r.token_ids for r in alone]


def test_a_mixed_batch_with_grammar_and_copy_locked_rows_matches_each_row_alone(gen):
    # The batched LoRA path must compose with the other per-row processors: a row's schema
    # and its allowed figures are its own, whichever adapters share its batch.
    import json
    import re

    from hybrid.structured.bounds import token_bound

    schema = {
        "type": "object",
        "properties": {"n": {"type": "integer", "minimum": 0, "maximum": 999}},
        "required": ["n"],
        "additionalProperties": False,
    }

    def row(i: int, adapter: str, *, grammar: bool = False, locked: bool = False) -> GenerationRequest:
        r = req(i, adapter, n=token_bound(schema) if grammar else 16)
        return GenerationRequest(
            r.messages,
            adapter=adapter,
            max_new_tokens=r.max_new_tokens,
            json_schema=schema if grammar else None,
            locked_figures=[f"{100 + i}"] if locked else None,
        )

    rows = [
        row(0, "loud", grammar=True),
        row(1, "terse", locked=True),
        row(2, "base"),
        row(3, "terse", grammar=True),
        row(4, "loud", locked=True),
    ]
    alone = [gen.generate([r])[0] for r in rows]
    mixed = gen.generate(rows)
    assert [m.token_ids for m in mixed] == [a.token_ids for a in alone]
    for r, m in zip(rows, mixed, strict=True):
        if r.json_schema is not None:
            assert set(json.loads(m.text)) == {"n"}, m.text
        if r.locked_figures is not None:
            # A row cut off by its token budget may end partway through an allowed figure.
            text = re.sub(r"\d+$", "", m.text) if m.finish_reason == "length" else m.text
            assert set(re.findall(r"\d+", text)) <= set(r.locked_figures), m.text
    assert any(r.locked_figures and "101" in m.text for r, m in zip(rows, mixed, strict=True))
