"""Server-sent event streams: OpenAI's chunks for completions, pieces then the Draft for drafts."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from fastapi.responses import StreamingResponse
from starlette.background import BackgroundTask

import hybrid.serve.openai_shapes as shapes
from hybrid.pipeline.spec import DraftSpec
from hybrid.protocols import Generator, StreamingGenerator
from hybrid.serve.errors import stream_error
from hybrid.serve.limits import Lease
from hybrid.serve.services import Services
from hybrid.types import GenerationRequest, GenerationResult


def streaming(body: AsyncIterator[bytes], lease: Lease) -> StreamingResponse:
    """An event-stream response that holds `lease` until `body` ends."""
    return StreamingResponse(
        body,
        media_type="text/event-stream",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
        # If the body never starts (the client left at once), the slot is freed here.
        background=BackgroundTask(_release_unless_started, lease),
    )


def _release_unless_started(lease: Lease) -> None:
    # A stream whose body ran started a worker, which frees the slot itself when done.
    if not lease.started:
        lease.release()


def _stream_rows(generator: Generator, row: GenerationRequest) -> Iterator[str | GenerationResult]:
    if isinstance(generator, StreamingGenerator):
        yield from generator.stream(row)
        return
    (result,) = generator.generate([row])
    yield result.text
    yield result


async def completion_events(
    services: Services,
    lease: Lease,
    row: GenerationRequest,
    until: float,
    reply: tuple[str, str, bool],
    chat: bool,
) -> AsyncIterator[bytes]:
    """OpenAI's stream for chat (role first, then content deltas) or text completions.

    `reply` is (id, model, whether to end with a usage chunk)."""
    rid, model, usage = reply

    def chunk(text: str, finish: str | None = None, version: str | None = None) -> dict[str, Any]:
        if chat:
            return shapes.chat_chunk(rid, model, {"content": text} if text or not finish else {}, finish, version)
        return shapes.text_chunk(rid, model, text, finish, version)

    if chat:
        yield shapes.sse(shapes.chat_chunk(rid, model, {"role": "assistant", "content": ""}))
    try:
        result = None
        rows = services.slots.iterate(lease, lambda: _stream_rows(services.batcher, row), until)
        async for item in rows:
            if isinstance(item, GenerationResult):
                result = item
            elif item:
                yield shapes.sse(chunk(item))
        assert result is not None
        yield shapes.sse(chunk("", result.finish_reason, result.adapter_version))
        if usage:
            kind = "chat.completion.chunk" if chat else "text_completion"
            yield shapes.sse(shapes.usage_chunk(rid, model, kind, result))
    except Exception as exc:
        yield shapes.sse(stream_error(exc, services.config))
    yield shapes.DONE


async def draft_events(services: Services, lease: Lease, spec: DraftSpec, until: float) -> AsyncIterator[bytes]:
    """Text pieces as `{"delta": ...}` events, then `{"draft": ...}`."""
    try:
        async for item in services.slots.iterate(lease, lambda: services.pipeline.stream(spec), until):
            if isinstance(item, str):
                yield shapes.sse({"delta": item})
            else:
                yield shapes.sse({"draft": item.model_dump(mode="json")})
    except Exception as exc:
        yield shapes.sse(stream_error(exc, services.config))
    yield shapes.DONE
