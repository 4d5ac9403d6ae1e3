from __future__ import annotations

import pytest
import torch

from hybrid.generation.local.multilora import NO_ADAPTER, batched_lora, lora_layers, supports

pytestmark = pytest.mark.unit

# Three adapters of different ranks and scalings, so padding and the folded scaling show.
ADAPTERS = {"north": (4, 8.0), "south": (8, 16.0), "east": (2, 1.0)}


@pytest.fixture(scope="module")
def peft_model(tiny_causal_lm_path):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    torch.manual_seed(0)
    base = AutoModelForCausalLM.from_pretrained(tiny_causal_lm_path, dtype=torch.float32).eval()
    model = None
    for name, (rank, alpha) in ADAPTERS.items():
        # init_lora_weights=False: random A *and* B, so every adapter changes the logits.
        config = LoraConfig(
            r=rank, lora_alpha=alpha, target_modules=["q_proj", "v_proj", "down_proj"], init_lora_weights=False
        )
        if model is None:
            model = get_peft_model(base, config, adapter_name=name)
        else:
            model.add_adapter(name, config)
    assert model is not None
    return model.eval()


def _inputs(rows: int) -> dict[str, torch.Tensor]:
    torch.manual_seed(1)
    ids = torch.randint(3, 300, (rows, 11))
    mask = torch.ones_like(ids)
    mask[1, :4] = 0  # one left-padded row, as the generator builds them
    return {"input_ids": ids, "attention_mask": mask}


def _alone(model, inputs: dict[str, torch.Tensor], row: int, key: str) -> torch.Tensor:
    one = {k: v[row : row + 1] for k, v in inputs.items()}
    with torch.inference_mode():
        if key == NO_ADAPTER:
            with model.disable_adapter():
                return model(**one).logits[0]
        model.set_adapter(key)
        return model(**one).logits[0]


def test_a_mixed_batch_gives_each_row_what_peft_gives_it_alone(peft_model):
    keys = ["north", "south", NO_ADAPTER, "east", "south", "north"]
    inputs = _inputs(len(keys))
    assert supports(lora_layers(peft_model), keys)
    with torch.inference_mode(), peft_model.disable_adapter(), batched_lora(peft_model, keys):
        mixed = peft_model(**inputs).logits
    for row, key in enumerate(keys):
        alone = _alone(peft_model, inputs, row, key)
        live = inputs["attention_mask"][row].bool()
        assert torch.allclose(mixed[row][live], alone[live], atol=1e-4), (row, key)
    # the adapters really differ, so a row given another's weights would fail above
    assert not torch.allclose(mixed[0], _alone(peft_model, inputs, 0, "south"), atol=1e-2)


def test_one_adapter_for_every_row_matches_peft_with_it_active(peft_model):
    keys = ["east", "east", "east"]
    inputs = _inputs(len(keys))
    with torch.inference_mode(), peft_model.disable_adapter(), batched_lora(peft_model, keys):
        batched = peft_model(**inputs).logits
    peft_model.set_adapter("east")
    with torch.inference_mode():
        reference = peft_model(**inputs).logits
    assert torch.allclose(batched, reference, atol=1e-4)


def test_the_hooks_are_gone_after_the_call(peft_model):
    inputs = _inputs(2)
    with torch.inference_mode(), peft_model.disable_adapter():
        plain = peft_model(**inputs).logits
        with batched_lora(peft_model, ["north", "south"]):
            peft_model(**inputs)
        after = peft_model(**inputs).logits
    assert torch.equal(plain, after)


def test_a_dora_adapter_is_not_served(tiny_causal_lm_path):
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    base = AutoModelForCausalLM.from_pretrained(tiny_causal_lm_path, dtype=torch.float32)
    model = get_peft_model(base, LoraConfig(r=2, target_modules=["q_proj"], use_dora=True), adapter_name="d")
    assert not supports(lora_layers(model), ["d", NO_ADAPTER])
