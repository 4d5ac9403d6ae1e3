from __future__ import annotations

import json

import pytest

from hybrid.generation import dtype_choice
from hybrid.generation.dtype_choice import choose, chosen, generation_dtype

pytestmark = pytest.mark.unit

# Timings shaped like the two CPUs in shared/reviews/performance.md (seconds per call).
AVX2_ONLY = {
    "prefill": {"float32": 0.05, "bfloat16": 0.25},
    "decode": {"float32": 0.005, "bfloat16": 0.24},
    "embedding": {"float32": 0.04, "bfloat16": 0.18},
    "training": {"float32": 0.12, "bfloat16": 0.78},
}
ZEN4_BF16 = {
    "prefill": {"float32": 0.244, "bfloat16": 0.094},
    "decode": {"float32": 0.0056, "bfloat16": 0.0141},
    "embedding": {"float32": 0.2, "bfloat16": 0.08},
    "training": {"float32": 0.3, "bfloat16": 0.12},
}


def test_a_cpu_without_fast_bf16_keeps_float32_everywhere():
    choice = choose(AVX2_ONLY)
    assert set(choice.values()) == {"float32"}
    assert generation_dtype(choice) == "float32"


def test_bf16_wins_the_phases_where_it_measures_faster():
    choice = choose(ZEN4_BF16)
    assert choice == {"prefill": "bfloat16", "decode": "float32", "embedding": "bfloat16", "training": "bfloat16"}


def test_a_lower_precision_needs_a_clear_margin():
    close = {"decode": {"float32": 0.010, "bfloat16": 0.0095}}
    assert choose(close) == {"decode": "float32"}
    assert choose({"decode": {"float32": 0.010, "bfloat16": 0.005}}) == {"decode": "bfloat16"}


def test_decode_and_prefill_map_to_the_generation_dtype_setting():
    assert generation_dtype({"decode": "bfloat16", "prefill": "float32"}) == "bf16-decode"
    assert generation_dtype({"decode": "bfloat16", "prefill": "bfloat16"}) == "bfloat16"
    assert generation_dtype({"decode": "float32", "prefill": "bfloat16"}) == "float32"


def _machine(model: str = "AMD EPYC"):
    return lambda: {"cpu_model": model, "torch": "2.x", "threads": 2}


def test_the_choice_is_measured_once_and_cached_per_machine(tmp_path):
    calls = []

    def measure():
        calls.append(1)
        return ZEN4_BF16

    first = chosen(tmp_path, measure, _machine())
    again = chosen(tmp_path, measure, _machine())
    assert first == again and len(calls) == 1
    files = list((tmp_path / "precision").glob("*.json"))
    assert len(files) == 1 and json.loads(files[0].read_text())["timings_s"]["prefill"]["bfloat16"] == 0.094
    chosen(tmp_path, lambda: AVX2_ONLY, _machine("another CPU"))  # another CPU is measured anew
    assert len(list((tmp_path / "precision").glob("*.json"))) == 2


def test_a_damaged_cache_file_is_measured_again(tmp_path):
    chosen(tmp_path, lambda: AVX2_ONLY, _machine())
    (path,) = (tmp_path / "precision").glob("*.json")
    path.write_text("{not json")
    assert chosen(tmp_path, lambda: ZEN4_BF16, _machine())["prefill"] == "bfloat16"
    assert json.loads(path.read_text())["choice"]["prefill"] == "bfloat16"


def test_auto_resolves_through_the_probe_and_an_explicit_dtype_overrides(tmp_path, monkeypatch):
    from hybrid.generation import LocalGenerator
    from hybrid.style import AdapterRegistry

    monkeypatch.setattr(dtype_choice, "measure_all", lambda: ZEN4_BF16)
    monkeypatch.setattr(dtype_choice, "host", _machine())
    registry = AdapterRegistry(tmp_path / "adapters")
    assert LocalGenerator("m", tmp_path, registry, dtype="auto").resolved_dtype == "float32"  # decode fp32 wins
    assert LocalGenerator("m", tmp_path, registry, dtype="bfloat16").resolved_dtype == "bfloat16"
