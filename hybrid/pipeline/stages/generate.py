"""Generate: the prompt through the generator, in the adapter's voice.

`pieces` is the one place that falls back from streaming to a blocking call, so the
pipeline, the server and the LlamaIndex bridge stream the same way."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

from hybrid.pipeline.budget import TokenBudget
from hybrid.pipeline.spec import SchemaSpec
from hybrid.pipeline.stages.prompt import Prompted
from hybrid.protocols import Generator, StreamingGenerator
from hybrid.structured.repair import Attempts
from hybrid.types import GenerationRequest, GenerationResult


@dataclass(frozen=True)
class Generated:
    result: GenerationResult
    seconds: float
    first_token: float | None = None  # seconds from `started` to the first piece, when streamed
    attempts: Attempts | None = None  # structured output: every attempt and its outcome
    batch: int = 1


def pieces(generator: Generator, row: GenerationRequest, stream: bool) -> Iterator[str | GenerationResult]:
    """Text pieces as they are decoded, then the `GenerationResult`.

    A generator that cannot stream yields its whole text as one piece; with
    `stream=False` only the result comes."""
    if stream and isinstance(generator, StreamingGenerator):
        yield from generator.stream(row)
        return
    (result,) = generator.generate([row])
    if stream:
        yield result.text
    yield result


def locked_figures(prompted: Prompted, request: str) -> list[str]:
    """The figures a free draft may write: its sources' and request's, plus its [n] markers."""
    from hybrid.figures import allowed_figures

    markers = [str(n) for n in range(1, len(prompted.shown) + 1)]
    return [*allowed_figures([*(p.text for p in prompted.shown), request]), *markers]


def locked_names(prompted: Prompted, request: str) -> list[str]:
    """The texts whose words a name-locked free draft may write as names: its sources' and request's."""
    return [*(p.text for p in prompted.shown), request]


def row_for(
    prompted: Prompted,
    schema: SchemaSpec | None = None,
    locked: list[str] | None = None,
    names: list[str] | None = None,
) -> GenerationRequest:
    """The generator row for a prompt; a schema adds its grammar (when constrained),
    `locked` the figures copy-locked decoding lets it write, `names` the texts whose
    words name-locked decoding lets it write as names."""
    if schema is None:
        return GenerationRequest(
            prompted.messages,
            adapter=prompted.adapter,
            max_new_tokens=prompted.max_new,
            locked_figures=locked,
            locked_names=names,
        )
    # JSON repeats quotes, keys and the prompt's numbers by design: no repetition penalty.
    return GenerationRequest(
        prompted.messages,
        adapter=prompted.adapter,
        max_new_tokens=prompted.max_new,
        json_schema=schema.grammar_schema(),
        repetition_penalty=1.0,
    )


def generate_text(
    generator: Generator,
    prompted: Prompted,
    stream: bool,
    started: float,
    locked: list[str] | None = None,
    names: list[str] | None = None,
) -> Iterator[str | Generated]:
    """Yield the reply's pieces (when streaming), then the `Generated` result."""
    t = time.perf_counter()
    first: float | None = None
    result: GenerationResult | None = None
    for piece in pieces(generator, row_for(prompted, locked=locked, names=names), stream):
        if isinstance(piece, GenerationResult):
            result = piece
            continue
        if first is None:
            first = time.perf_counter() - started
        yield piece
    if result is None:
        raise RuntimeError(f"{type(generator).__name__}.stream ended without a GenerationResult")
    yield Generated(result, time.perf_counter() - t, first)


def generate_structured(generator: Generator, prompted: Prompted, schema: SchemaSpec, budget: TokenBudget) -> Generated:
    """Generate, validate and repair until the reply is a valid object or retries run out."""
    from hybrid.structured.repair import generate_valid

    t = time.perf_counter()
    attempts = generate_valid(
        lambda r: generator.generate([r])[0],
        row_for(prompted, schema),
        schema.model,
        retries=schema.retries,
        context=schema.validation_context,
        pinned=schema.pinned,
        fits=lambda messages: budget.fits(messages, prompted.max_new, structured=True),
    )
    assert attempts.result is not None  # generate_valid runs at least one attempt
    return Generated(attempts.result, time.perf_counter() - t, attempts=attempts)
