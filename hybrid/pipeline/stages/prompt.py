"""Prompt: the chat messages, with passages defused and trimmed to the token budget."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from hybrid.errors import HybridError
from hybrid.pipeline.budget import TokenBudget
from hybrid.pipeline.draft import Trim
from hybrid.pipeline.injection import defuse
from hybrid.pipeline.spec import DraftSpec
from hybrid.pipeline.stages.retrieve import Retrieved
from hybrid.pipeline.stages.voice import Voice
from hybrid.prompts import Source
from hybrid.protocols import PromptBuilder
from hybrid.types import Passage


class RequestError(HybridError):
    """The request itself cannot be drafted (empty, or too long)."""


@dataclass(frozen=True)
class Prompted:
    """Everything the generator needs, and what the reviewer needs to know about it."""

    messages: list[dict[str, str]]
    adapter: str
    max_new: int
    shown: tuple[Passage, ...]  # the passages as the prompt shows them ([n] is shown[n-1])
    originals: tuple[Passage, ...]  # the same passages before defusing, for citation offsets
    trimmed: tuple[Trim, ...] = ()
    guide: str | None = None
    notes: tuple[str, ...] = ()
    seconds: float = 0.0


def check_request(spec: DraftSpec) -> None:
    if not isinstance(spec.request, str) or not spec.request.strip():
        raise RequestError("the request is empty: say what to draft, e.g. 'Announce the Atlas desk price change'")


def build_prompt(
    spec: DraftSpec,
    voice: Voice,
    retrieved: Retrieved,
    builder: PromptBuilder,
    budget: TokenBudget,
    *,
    defuse_injections: bool = True,
) -> Prompted:
    """Messages for `spec`, with as many retrieved passages as the window allows."""
    t = time.perf_counter()
    max_new = budget.max_new_for(spec.max_new_tokens, spec.schema)
    structured = spec.schema is not None
    request = spec.schema.request(spec.request) if spec.schema else spec.request
    few_shot = spec.schema.example_turns(builder, spec.department, voice.guide) if spec.schema else []
    reserve = budget.messages_tokens(few_shot)
    kept, trimmed, notes = _fit(
        request, spec.department, retrieved.passages, voice.guide, max_new + reserve, builder, budget, structured
    )
    shown: list[Passage] = []
    for p in kept:
        clean, cut = defuse(p) if defuse_injections else (p, 0)
        if cut:
            notes.append(f"{p.source}: {cut} instruction-like sentence(s) removed from the passage before prompting")
        shown.append(clean)
    messages = builder.build(request, [Source(p.source, p.text) for p in shown], spec.department, voice.guide)
    if few_shot:
        messages = [messages[0], *few_shot, *messages[1:]]
    return Prompted(
        messages=messages,
        adapter=voice.adapter,
        max_new=max_new,
        shown=tuple(shown),
        originals=tuple(kept),
        trimmed=tuple(trimmed),
        guide=voice.guide,
        notes=(*voice.notes, *retrieved.notes, *notes),
        seconds=time.perf_counter() - t,
    )


def _fit(
    request: str,
    department: str,
    found: Sequence[Passage],
    guide: str | None,
    reserve: int,
    builder: PromptBuilder,
    budget: TokenBudget,
    structured: bool,
) -> tuple[list[Passage], list[Trim], list[str]]:
    """The passages that fit beside the request and `reserve` answer tokens, and what was cut."""
    window = budget.window(structured)
    need = budget.messages_tokens(builder.build(request, [], department, guide))
    if need + reserve > window:
        raise RequestError(
            f"the request needs {need} prompt tokens and {reserve} for the answer, over the "
            f"{window}-token context window: shorten the request or lower max_new_tokens"
        )
    # Sources also bring the system prompt's citation rules; budget for them.
    need = budget.messages_tokens(builder.build(request, [Source("x", "")], department, guide))
    kept, trimmed = budget.fit_passages(found, max(window - reserve - need, 0))
    notes = [f"{trim.source}: passage {trim.action} to fit the {window}-token context window" for trim in trimmed]
    return kept, trimmed, notes


def room_for_request(spec: DraftSpec, builder: PromptBuilder, budget: TokenBudget) -> int:
    """Tokens a request may take without retrieval before the prompt overflows."""
    max_new = budget.max_new_for(spec.max_new_tokens, spec.schema)
    shell = builder.build(spec.schema.request("") if spec.schema else "", [], spec.department, None)
    return max(budget.window(spec.schema is not None) - budget.messages_tokens(shell) - max_new, 0)
