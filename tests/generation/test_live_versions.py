"""The adapter cache is keyed by name and version: a switch is served on the next call,
and a call already decoding finishes on the version it started with."""

from __future__ import annotations

import pytest

from hybrid.generation import LocalGenerator
from hybrid.style import AdapterRegistry
from hybrid.types import GenerationRequest
from tests.fixtures import copy_of

pytestmark = pytest.mark.unit
ROW = GenerationRequest([{"role": "user", "content": "write about desk 4"}], adapter="loud", max_new_tokens=12)


def test_a_switch_mid_decode_waits_for_the_next_call(trained_registry, tiny_causal_lm_path, tmp_path):
    registry = AdapterRegistry(tmp_path / "adapters")
    registry.save("loud", copy_of(trained_registry, "loud"))
    registry.save("loud", copy_of(trained_registry, "terse"), activate=False)  # v2 speaks as terse
    gen = LocalGenerator(str(tiny_causal_lm_path), tmp_path / "cache", registry)
    (v1,) = gen.generate([ROW])
    terse = LocalGenerator(str(tiny_causal_lm_path), tmp_path / "cache", trained_registry)
    (want_v2,) = terse.generate([GenerationRequest(ROW.messages, adapter="terse", max_new_tokens=12)])
    assert v1.text != want_v2.text

    steps = []

    def activate_at_step_3(input_ids, scores):
        steps.append(1)
        if len(steps) == 3:
            registry.activate("loud", "v2")
        return scores

    (during,) = gen.generate([ROW], logits_processor=[activate_at_step_3])
    assert len(steps) > 3 and registry.active_version("loud") == "v2"
    assert (during.text, during.adapter_version) == (v1.text, "v1")
    (after,) = gen.generate([ROW])
    assert (after.text, after.adapter_version) == (want_v2.text, "v2")
    assert sorted(gen.loaded_adapters()) == ["loud", "loud"]  # both versions resident until evicted
