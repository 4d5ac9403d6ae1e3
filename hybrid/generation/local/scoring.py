"""Loss scoring on the local base: how likely an adapter finds a given response.

Evaluation compares these numbers across adapters, so each is a per-example mean over
the response's tokens, encoded exactly as training encodes (`hybrid.style.encoding`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hybrid.generation.local.adapters import AdapterCache
from hybrid.style.encoding import Encoded, encode_pair, pad_batch

Pair = tuple[list[dict[str, str]], str]  # (messages, response)


def per_example_loss(model: Any, data: Sequence[Encoded], pad_id: int, device: str, batch_size: int = 8) -> list[float]:
    """Mean token loss of each example's response, scored in right-padded batches.

    Unlike training's `mean_token_loss` (one mean over every token of every example),
    each example gets its own mean, so a long response weighs no more than a short one."""
    import torch

    out: list[float] = []
    for i in range(0, len(data), batch_size):
        chunk = data[i : i + batch_size]
        batch = pad_batch(chunk, pad_id)
        with torch.inference_mode():
            logits = model(
                input_ids=batch["input_ids"].to(device), attention_mask=batch["attention_mask"].to(device)
            ).logits
        for j, e in enumerate(chunk):
            start, end = e.prompt_tokens, len(e.input_ids)
            pred = logits[j, start - 1 : end - 1].float()
            out.append(float(torch.nn.functional.cross_entropy(pred, batch["input_ids"][j, start:end].to(device))))
    return out


def score(
    adapters: AdapterCache, tokenizer: Any, device: str, pairs: Sequence[Pair], adapter: str, batch_size: int = 8
) -> list[float]:
    """`per_example_loss` of each (messages, response) pair under `adapter`."""
    key, _ = adapters.load_adapter(adapter)
    data = [encode_pair(tokenizer, messages, response) for messages, response in pairs]
    # Every row uses one adapter, so the cache bakes it and the forward needs no per-row names.
    _routing, context = adapters.route([key])
    with context:
        return per_example_loss(adapters.model, data, tokenizer.pad_token_id, device, batch_size)
