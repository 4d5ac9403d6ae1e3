"""Batched mixed-adapter LoRA: every row of one forward in its own adapter, at about one adapter's cost.

PEFT serves a mixed batch (`adapter_names=`) by looping, in each of the model's 210
LoRA layers, over the adapters present and indexing the rows of each: per layer and
token that is a handful of small ops per adapter, plus the Python around them (PEFT's
docs: "the batch size is effectively reduced to the number of samples per adapter").
Here, in the manner of Punica's BGMV, each layer gathers its rows' A and B matrices once
per call (ranks zero-padded to the largest, the scaling folded into B, an all-zero
adapter for base rows), and every forward adds

    y = W x + B[row] (A[row] x)

as two batched matmuls beside the base matmul, whatever the mix of adapters.

The base weights must carry no adapter (nothing baked), and PEFT's own LoRA forward must
be off (`PeftModel.disable_adapter()`), or a delta would be applied twice; `AdapterCache`
checks both. The layers this cannot serve (DoRA and other PEFT variants, LoRA biases,
`fan_in_fan_out`, non-Linear layers) make `supports` false, and the caller falls back to
PEFT's `adapter_names=`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import torch

# The adapter key standing for "no adapter" in `keys` (PEFT's name for it).
NO_ADAPTER = "__base__"


@dataclass(frozen=True)
class RowWeights:
    """One layer's LoRA factors for the rows of one call, ready to multiply.

    `a` is (in, r) and `b` (r, out) when every row shares one adapter; otherwise (rows,
    in, r) and (rows, r, out), row i's adapter in slice i (zeros for a base row)."""

    a: torch.Tensor
    b: torch.Tensor

    def add_to(self, out: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
        """`out + B (A x)` for each row, written into `out`."""
        if self.a.dim() == 2:
            return out.add_(torch.matmul(torch.matmul(x.to(self.a.dtype), self.a), self.b).to(out.dtype))
        rows = x.shape[0]
        flat_x = x.reshape(rows, -1, x.shape[-1]).to(self.a.dtype)
        delta = torch.bmm(torch.bmm(flat_x, self.a), self.b)
        return out.add_(delta.reshape(out.shape).to(out.dtype))


def lora_layers(model: Any) -> list[tuple[str, Any]]:
    """(name, layer) for every PEFT LoRA layer of `model`, in module order."""
    from peft.tuners.lora import LoraLayer

    return [(name, m) for name, m in model.named_modules() if isinstance(m, LoraLayer)]


def supports(layers: Sequence[tuple[str, Any]], keys: Sequence[str]) -> bool:
    """Whether every layer serves every adapter in `keys` as plain `B A x * scaling`."""
    from peft.tuners.lora import Linear

    for _name, layer in layers:
        if not isinstance(layer, Linear) or getattr(layer, "fan_in_fan_out", False):
            return False
        for key in set(keys) - {NO_ADAPTER}:
            if key not in layer.lora_A:
                continue
            if key in getattr(layer, "lora_variant", {}) or layer.use_dora.get(key):
                return False
            if getattr(layer, "lora_bias", {}).get(key) or layer.lora_B[key].bias is not None:
                return False
    return True


def row_weights(layer: Any, keys: Sequence[str], dtype: torch.dtype = torch.float32) -> RowWeights | None:
    """`layer`'s factors for rows in adapters `keys`; None if no row's adapter touches it."""
    present = [k for k in dict.fromkeys(keys) if k != NO_ADAPTER and k in layer.lora_A]
    if not present:
        return None
    if len(set(keys)) == 1:
        key = present[0]
        a = layer.lora_A[key].weight.to(dtype).t().contiguous()
        b = (layer.lora_B[key].weight.to(dtype) * layer.scaling[key]).t().contiguous()
        return RowWeights(a, b)
    rank = max(layer.lora_A[k].weight.shape[0] for k in present)
    slot = {k: i + 1 for i, k in enumerate(present)}  # slot 0: the zero adapter
    base = layer.get_base_layer()
    a_stack = torch.zeros(len(present) + 1, base.in_features, rank, dtype=dtype)
    b_stack = torch.zeros(len(present) + 1, rank, base.out_features, dtype=dtype)
    for key, i in slot.items():
        r = layer.lora_A[key].weight.shape[0]
        a_stack[i, :, :r] = layer.lora_A[key].weight.to(dtype).t()
        b_stack[i, :r, :] = (layer.lora_B[key].weight.to(dtype) * layer.scaling[key]).t()
    index = torch.tensor([slot.get(k, 0) for k in keys])
    return RowWeights(a_stack.index_select(0, index), b_stack.index_select(0, index))


@contextlib.contextmanager
def batched_lora(model: Any, keys: Sequence[str]) -> Iterator[None]:
    """Run `model`'s forwards with row i in adapter `keys[i]` (`NO_ADAPTER` for none).

    The caller keeps PEFT's own LoRA forward off and the base weights pristine for the
    duration (see the module doc). Every forward inside must have `len(keys)` rows."""
    handles = []
    try:
        with torch.no_grad():
            for _name, layer in lora_layers(model):
                weights = row_weights(layer, keys)
                if weights is not None:
                    handles.append(layer.register_forward_hook(_adder(weights)))
        yield
    finally:
        for handle in handles:
            handle.remove()


def _adder(weights: RowWeights) -> Any:
    def hook(_module: Any, args: tuple[Any, ...], output: torch.Tensor) -> torch.Tensor:
        return weights.add_to(output, args[0])

    return hook
