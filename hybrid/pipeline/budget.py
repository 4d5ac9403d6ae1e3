"""Fit passages into the prompt: whole passages in rank order, then one cut short, then none.

The budget is the model's context window (or a lower configured cap) minus the tokens
reserved for the answer and the tokens the request and system prompt need.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from hybrid.pipeline.draft import Trim
from hybrid.types import Passage

# Below this many tokens a cut passage is more confusing than useful.
MIN_PASSAGE_TOKENS = 24


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
        need = count(p.text) + 8  # the <source n= file=> wrapper
        if need <= left:
            kept.append(p)
            left -= need
            continue
        original = count(p.text)
        if left - 8 >= MIN_PASSAGE_TOKENS:
            text = _cut(p.text, left - 8, count)
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
    while lo < hi:  # binary search on word count
        mid = (lo + hi + 1) // 2
        if count(text[: words[mid - 1].end()]) <= tokens:
            lo = mid
        else:
            hi = mid - 1
    return text[: words[lo - 1].end()] if lo else ""
