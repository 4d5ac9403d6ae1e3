"""Fit passages into the prompt: whole passages in rank order, then one cut short, then none.

The budget is the model's context window (or a lower configured cap) minus the tokens
reserved for the answer and the tokens the request and system prompt need.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from hybrid.errors import SchemaError
from hybrid.pipeline.draft import Trim
from hybrid.protocols import Generator, SchemaConstrained, TokenCounter
from hybrid.types import Passage

# Below this many tokens a cut passage is more confusing than useful.
MIN_PASSAGE_TOKENS = 24
# Chat-template tokens around each message, which counting the contents alone misses.
PER_MESSAGE_TOKENS = 8
# The `<source n=.. file=..>` wrapper around each passage.
SOURCE_WRAPPER_TOKENS = 8


def estimate_tokens(text: str) -> int:
    """Used only when the generator can't count: ~4 characters a token for English BPE."""
    return len(text) // 4 + 1


class TokenBudget:
    """Token counting, the context window and the answer's budget, in one place.

    It is the only code that reads the generator's `context_window` or tokenizer, so a
    model load happens here on first use, not hidden inside whichever stage asks first."""

    def __init__(self, generator: Generator, context_tokens: int, max_new_tokens: int) -> None:
        self.generator = generator
        self.context_tokens = context_tokens
        self.max_new_tokens = max_new_tokens

    def count(self, text: str) -> int:
        if isinstance(self.generator, TokenCounter):
            return self.generator.count_tokens(text)
        return estimate_tokens(text)

    def messages_tokens(self, messages: Sequence[dict[str, str]]) -> int:
        return sum(self.count(m["content"]) + PER_MESSAGE_TOKENS for m in messages)

    def window(self, structured: bool = False) -> int:
        if isinstance(self.generator, TokenCounter):
            # A schema's token bound is a worst case, far above a typical object: let it
            # use the model's whole window rather than the drafting budget.
            window = self.generator.context_window
            return window if structured else min(self.context_tokens, window)
        return self.context_tokens

    def fits(self, messages: Sequence[dict[str, str]], max_new: int, structured: bool = False) -> bool:
        return self.messages_tokens(messages) + max_new <= self.window(structured)

    def max_new_for(self, asked: int | None, schema: Any = None) -> int:
        """max_new_tokens for a request; under a grammar, at least the longest valid object."""
        if schema is None:
            return asked or self.max_new_tokens
        from hybrid.structured.bounds import largest_field, token_bound

        json_schema = schema.model.model_json_schema()
        bound = token_bound(json_schema)  # refuses unbounded schemas, naming the field
        if schema.mechanism != "constrained":
            return asked or self.max_new_tokens
        if asked is not None and asked < bound:
            name, size = largest_field(json_schema)
            raise SchemaError(
                f"{schema.model.__name__} allows objects of up to {bound} tokens ({name}: {size}), so "
                f"max_new_tokens={asked} could cut a valid object off: raise it, or lower {name}'s max_length"
            )
        if not (isinstance(self.generator, SchemaConstrained) and self.generator.supports_json_schema):
            raise SchemaError(
                f"{type(self.generator).__name__} cannot constrain decoding to a schema; "
                "use mechanism='repair' (generate, validate, retry)"
            )
        return asked or bound

    def fit_passages(self, passages: Sequence[Passage], budget: int) -> tuple[list[Passage], list[Trim]]:
        return fit_passages(passages, budget, self.count)


def fit_passages(
    passages: Sequence[Passage],
    budget: int,
    count: Callable[[str], int],
) -> tuple[list[Passage], list[Trim]]:
    """Keep passages, best first, while they fit `budget` tokens; say what was cut."""
    kept: list[Passage] = []
    trims: list[Trim] = []
    left = budget
    for p in passages:
        need = count(p.text) + SOURCE_WRAPPER_TOKENS
        if need <= left:
            kept.append(p)
            left -= need
            continue
        original = count(p.text)
        if left - SOURCE_WRAPPER_TOKENS >= MIN_PASSAGE_TOKENS:
            text = _cut(p.text, left - SOURCE_WRAPPER_TOKENS, count)
            if text:
                kept.append(p.model_copy(update={"text": text, "end_char": p.start_char + len(text)}))
                trims.append(
                    Trim(
                        passage_id=p.id,
                        source=p.source,
                        action="truncated",
                        kept_tokens=count(text),
                        original_tokens=original,
                    )
                )
                left = 0
                continue
        trims.append(Trim(passage_id=p.id, source=p.source, action="dropped", kept_tokens=0, original_tokens=original))
    return kept, trims


def _cut(text: str, tokens: int, count: Callable[[str], int]) -> str:
    """The longest prefix of whole sentences (or, failing that, words) within `tokens`."""
    ends = [m.end() for m in re.finditer(r"[.!?](?=\s|$)", text)]
    best = ""
    for end in ends:
        if count(text[:end]) > tokens:
            break
        best = text[:end]
    if best:
        return best
    words = list(re.finditer(r"\S+", text))
    lo, hi = 0, len(words)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if count(text[: words[mid - 1].end()]) <= tokens:
            lo = mid
        else:
            hi = mid - 1
    return text[: words[lo - 1].end()] if lo else ""
