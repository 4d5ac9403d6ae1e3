"""A chat exchange as token ids with the prompt masked: what training learns from and
what the generator's loss scores, encoded one way so the two numbers are comparable.

- The prompt is the messages under the chat template, ready for the answer; the answer
  is the rest of the templated exchange (its end-of-turn tokens included).
- Labels are -100 on the prompt, so only the answer's tokens count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hybrid.prompts import render_chat
from hybrid.style.corpus import CorpusError

IGNORE = -100  # the label cross-entropy skips


@dataclass
class Encoded:
    """One example: prompt + response ids, and labels that mask the prompt."""

    input_ids: list[int]
    labels: list[int]

    @property
    def prompt_tokens(self) -> int:
        return next((i for i, label in enumerate(self.labels) if label != IGNORE), len(self.labels))

    @property
    def response_tokens(self) -> int:
        return len(self.input_ids) - self.prompt_tokens


def encode_pair(tokenizer: Any, messages: list[dict[str, str]], response: str) -> Encoded:
    """Token ids of `messages` + `response` under the tokenizer's chat template."""
    prompt = render_chat(tokenizer, messages)
    full = render_chat(tokenizer, [*messages, {"role": "assistant", "content": response}], add_generation_prompt=False)
    if not full.startswith(prompt):
        raise CorpusError("the chat template does not extend the prompt with the answer; cannot mask the prompt")
    prompt_ids = tokenizer(prompt, add_special_tokens=False)["input_ids"]
    answer_ids = tokenizer(full[len(prompt) :], add_special_tokens=False)["input_ids"]
    return Encoded(prompt_ids + answer_ids, [IGNORE] * len(prompt_ids) + answer_ids)


def pad_batch(batch: Sequence[Encoded], pad_id: int) -> dict[str, Any]:
    """Right-padded `input_ids`, `attention_mask` and `labels` tensors for a batch."""
    import torch

    width = max(len(e.input_ids) for e in batch)
    ids = torch.full((len(batch), width), pad_id, dtype=torch.long)
    labels = torch.full((len(batch), width), IGNORE, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for i, e in enumerate(batch):
        n = len(e.input_ids)
        ids[i, :n] = torch.tensor(e.input_ids)
        labels[i, :n] = torch.tensor(e.labels)
        mask[i, :n] = 1
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}
