from __future__ import annotations

import pytest
import torch

from hybrid.generation.precision import DECODE_ROWS, DecodeBf16Linear, use_decode_bf16

pytestmark = pytest.mark.unit


class Tied(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.embed = torch.nn.Embedding(50, 16)
        self.proj = torch.nn.Linear(16, 16)
        self.head = torch.nn.Linear(16, 50, bias=False)
        self.head.weight = self.embed.weight

    def get_input_embeddings(self):
        return self.embed

    def get_output_embeddings(self):
        return self.head

    def forward(self, ids):
        return self.head(self.proj(self.embed(ids)))


def test_linear_weights_go_bf16_and_a_tied_head_no_longer_drags_the_embeddings():
    torch.manual_seed(0)
    m = Tied()
    ids = torch.arange(DECODE_ROWS * 3).reshape(1, -1) % 50
    ref = m(ids)
    assert use_decode_bf16(m) == 2
    assert isinstance(m.proj, DecodeBf16Linear) and m.proj.weight.dtype == torch.bfloat16
    assert m.embed.weight.dtype == torch.float32 and m.head.weight is not m.embed.weight
    prefill = m(ids)  # many rows: float32 math on upcast weights
    decode = m(ids[:, :1])  # one row: bf16 matmul
    assert prefill.dtype == decode.dtype == torch.float32
    assert torch.allclose(prefill, ref, atol=0.05) and torch.allclose(decode[0, 0], ref[0, 0], atol=0.1)


def test_emulated_decode_numerics_match_the_real_bf16_matmul(monkeypatch):
    from hybrid.generation import precision

    torch.manual_seed(0)
    layer = torch.nn.Linear(64, 32)
    layer.weight.data = layer.weight.data.to(torch.bfloat16)
    layer.bias.data = layer.bias.data.to(torch.bfloat16)
    layer.__class__ = DecodeBf16Linear
    x = torch.randn(1, 64)
    real = layer(x)  # one row: the bf16 matmul
    monkeypatch.setattr(precision, "EMULATE_DECODE_NUMERICS", True)
    emulated = layer(x)
    assert torch.allclose(real, emulated, rtol=1e-2, atol=1e-2)
