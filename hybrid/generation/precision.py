"""Inference precision for CPU generation.

Decoding one token is memory-bound: every step streams all the weights. Stored in
bfloat16, they stream in half the time, and on this class of CPU (AVX2, no AVX512-BF16) a
one-row bf16 matmul runs at about twice the float32 speed. A many-row bf16 matmul, on
the other hand, is 5-6x *slower* than float32 here, so prefill (and loss scoring)
upcasts the weights and runs in float32; the upcast costs under 5% of such a matmul.

Only the Linear weights change. Embeddings, norms, attention and the KV cache stay in
float32, so long prompts don't pay for bf16 attention either.
"""

from __future__ import annotations

from typing import Any

import torch
import torch.nn.functional as F

# A call with more rows than this is prefill or scoring, where float32 is faster.
DECODE_ROWS = 8
# Benchmarks set this to score long texts with decode-step numerics at float32 speed: a
# bf16 matmul is float32 arithmetic on bf16-rounded inputs, rounded to bf16 at the end.
EMULATE_DECODE_NUMERICS = False


class DecodeBf16Linear(torch.nn.Linear):
    """A Linear whose weight is stored in bfloat16: bf16 matmul for the few rows of a
    decode step, float32 for everything bigger. Still an `nn.Linear`, so PEFT can wrap it."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if EMULATE_DECODE_NUMERICS:
            bias = None if self.bias is None else self.bias.float()
            return F.linear(x.to(torch.bfloat16).float(), self.weight.float(), bias).to(torch.bfloat16).to(x.dtype)
        if x.numel() // max(x.shape[-1], 1) > DECODE_ROWS:
            return F.linear(x, self.weight.float(), None if self.bias is None else self.bias.float())
        return F.linear(x.to(torch.bfloat16), self.weight, self.bias).to(x.dtype)


def use_decode_bf16(model: Any) -> int:
    """Store every plain Linear of `model` in bfloat16 for decoding; return how many.

    A tied output head gets its own copy first: casting it in place would cast the input
    embeddings too, and with them every activation of the model.
    """
    head = model.get_output_embeddings()
    if head is not None and head.weight is model.get_input_embeddings().weight:
        head.weight = torch.nn.Parameter(head.weight.detach().clone(), requires_grad=False)
    count = 0
    for module in model.modules():
        if type(module) is torch.nn.Linear:
            module.weight.data = module.weight.data.to(torch.bfloat16)
            if module.bias is not None:
                module.bias.data = module.bias.data.to(torch.bfloat16)
            module.__class__ = DecodeBf16Linear
            count += 1
    return count
