"""OpenAI's API with adapters as models: `/v1/models`, chat and text completions."""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

import hybrid.serve.openai_rows as rows
import hybrid.serve.openai_shapes as shapes
from hybrid.errors import HybridError
from hybrid.serve.routes.guards import SECURED
from hybrid.serve.schemas import ChatCompletionRequest, CompletionRequest
from hybrid.serve.services import Services, services
from hybrid.serve.streams import completion_events, streaming
from hybrid.types import GenerationRequest

router = APIRouter(dependencies=SECURED)


@router.get("/v1/models", summary="The base model and each adapter, as OpenAI models.")
async def models(request: Request) -> dict[str, Any]:
    svc = services(request)
    base = svc.parts.base_model
    version = getattr(svc.parts.adapters, "active_version", None)
    data = [{"id": base, "object": "model", "created": 0, "owned_by": "hybrid", "parent": None}]
    for name in svc.served():
        entry = {"id": name, "object": "model", "created": 0, "owned_by": "hybrid", "parent": base}
        if version is not None:
            try:
                entry["version"] = version(name)
            except (HybridError, ValueError):  # a composite has no version of its own
                entry["version"] = None
        data.append(entry)
    return {"object": "list", "data": data}


@router.post("/v1/chat/completions", summary="OpenAI chat completions; model = adapter name.")
async def chat_completions(body: ChatCompletionRequest, request: Request) -> Response:
    svc = services(request)
    adapter = svc.adapter_of(body.model)
    request.state.adapter = adapter
    return await _complete(svc, rows.chat_row(svc, body, adapter), body, chat=True)


@router.post("/v1/completions", summary="OpenAI text completions (no chat template).")
async def completions(body: CompletionRequest, request: Request) -> Response:
    svc = services(request)
    adapter = svc.adapter_of(body.model)
    request.state.adapter = adapter
    return await _complete(svc, rows.completion_row(svc, body, adapter), body, chat=False)


async def _complete(
    svc: Services, row: GenerationRequest, body: ChatCompletionRequest | CompletionRequest, chat: bool
) -> Response:
    """One chat or text completion: a JSON reply, or OpenAI's event stream."""
    rid, until = shapes.new_id("chatcmpl" if chat else "cmpl"), svc.deadline()
    if not body.stream:
        result = await svc.slots.run(lambda: svc.batcher.generate([row])[0], until)
        reply = shapes.chat_completion if chat else shapes.text_completion
        return JSONResponse(reply(rid, body.model, result))
    lease = await svc.slots.acquire(until - time.monotonic())
    usage = bool(body.stream_options and body.stream_options.include_usage)
    events = completion_events(svc, lease, row, until, (rid, body.model, usage), chat=chat)
    return streaming(events, lease)
