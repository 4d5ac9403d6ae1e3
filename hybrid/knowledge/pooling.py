"""sentence-transformers' pooling modes in torch, shared by the embedder and its ONNX export."""

from __future__ import annotations

from typing import Any


def pool(mode: str, hidden: Any, mask: Any, full_mask: Any) -> Any:
    """One sentence-transformers pooling mode over `hidden` (batch, tokens, dim); `mask`
    excludes padding (and an excluded prompt), `full_mask` only padding."""
    import torch

    m = mask.unsqueeze(-1).to(hidden.dtype)
    if mode == "cls":
        first = mask.to(torch.int).argmax(dim=1)
        return hidden[torch.arange(hidden.size(0)), first]
    if mode == "max":
        return hidden.masked_fill(m == 0, float("-inf")).max(dim=1).values
    if mode in ("mean", "mean_sqrt_len_tokens"):
        count = m.sum(dim=1).clamp(min=1e-9)
        return (hidden * m).sum(dim=1) / (count if mode == "mean" else torch.sqrt(count))
    if mode == "weightedmean":
        weights = torch.arange(1, hidden.size(1) + 1, device=hidden.device, dtype=hidden.dtype).view(1, -1, 1)
        weights = weights - full_mask.to(torch.int32).argmax(dim=1).view(-1, 1, 1)
        w = m * weights
        return (hidden * w).sum(dim=1) / w.sum(dim=1).clamp(min=1e-9)
    if mode == "lasttoken":
        values, flipped = mask.flip(1).max(1)
        # A row with nothing left to pool takes position 0, as sentence-transformers does.
        last = hidden.size(1) - torch.where(values == 0, hidden.size(1) - 1, flipped) - 1
        return (hidden * m)[torch.arange(hidden.size(0)), last]
    raise ValueError(f"unknown pooling mode {mode!r}")
