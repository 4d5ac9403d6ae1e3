"""Generate, validate, repair: the loop both mechanisms share.

Each attempt is generated (under a grammar when `constrained`), parsed and validated. A
failed attempt goes back to the model with its errors, as a further turn of the same
conversation, at most `retries` times. After the last one the caller gets a
`StructuredOutputError` carrying every raw reply: nothing is fixed behind its back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from hybrid.structured.prompting import repair_message
from hybrid.structured.validation import Outcome, validate
from hybrid.types import GenerationRequest, GenerationResult


@dataclass
class Attempts:
    """Every attempt's raw reply and errors; the last result and its outcome."""

    history: list[tuple[str, list[str]]] = field(default_factory=list)
    result: GenerationResult | None = None
    outcome: Outcome = field(default_factory=Outcome)
    completion_tokens: int = 0
    stopped: str = ""  # why retrying ended early, if it did


def generate_valid(
    generate: Callable[[GenerationRequest], GenerationResult],
    request: GenerationRequest,
    schema: type[BaseModel],
    *,
    retries: int,
    context: dict[str, Any] | None = None,
    pinned: dict[str, Any] | None = None,
    fits: Callable[[list[dict[str, str]]], bool] = lambda _: True,
    retry_temperature: float = 0.7,
) -> Attempts:
    """Run up to `1 + retries` attempts; `fits(messages)` says whether a retry's longer
    prompt still fits the context window.

    Retries sample at `retry_temperature` (seeded): a small model that does not act on
    the error message would otherwise replay its greedy reply token for token."""
    out = Attempts()
    messages = list(request.messages)
    for attempt in range(retries + 1):
        current = GenerationRequest(
            messages,
            request.adapter,
            request.max_new_tokens,
            request.json_schema,
            request.repetition_penalty,
            request.temperature if attempt == 0 else retry_temperature,
        )
        out.result = generate(current)
        out.completion_tokens += out.result.completion_tokens
        out.outcome = validate(out.result.text, schema, context, pinned)
        if out.outcome.ok:
            return out
        errors = list(out.outcome.errors)
        if out.result.finish_reason == "length":
            errors.append(f"reply cut off at max_new_tokens={request.max_new_tokens}")
        out.history.append((out.result.text, errors))
        if attempt == retries:
            break
        retry = [
            *messages,
            {"role": "assistant", "content": out.result.text},
            {"role": "user", "content": repair_message(schema, errors)},
        ]
        if not fits(retry):
            out.stopped = "a further retry would not fit the context window"
            break
        messages = retry
    return out
