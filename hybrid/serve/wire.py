"""OpenAI's response shapes and server-sent-event framing."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

from hybrid.types import GenerationResult

DONE = b"data: [DONE]\n\n"


def sse(obj: Any) -> bytes:
    return b"data: " + json.dumps(obj, separators=(",", ":")).encode() + b"\n\n"


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:24]}"


def usage(result: GenerationResult) -> dict[str, int]:
    return {
        "prompt_tokens": result.prompt_tokens,
        "completion_tokens": result.completion_tokens,
        "total_tokens": result.prompt_tokens + result.completion_tokens,
    }


def chat_completion(rid: str, model: str, result: GenerationResult) -> dict[str, Any]:
    return {
        "id": rid,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": result.text},
                "finish_reason": result.finish_reason,
                "logprobs": None,
            }
        ],
        "usage": usage(result),
        # An extension clients may ignore: which trained version of the adapter spoke.
        "adapter_version": result.adapter_version,
    }


def text_completion(rid: str, model: str, result: GenerationResult) -> dict[str, Any]:
    return {
        "id": rid,
        "object": "text_completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "text": result.text, "finish_reason": result.finish_reason, "logprobs": None}],
        "usage": usage(result),
        "adapter_version": result.adapter_version,
    }


def chat_chunk(
    rid: str, model: str, delta: dict[str, str], finish: str | None = None, version: str | None = None
) -> dict[str, Any]:
    return {
        "id": rid,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}],
        "adapter_version": version,
    }


def text_chunk(
    rid: str, model: str, text: str, finish: str | None = None, version: str | None = None
) -> dict[str, Any]:
    return {
        "id": rid,
        "object": "text_completion",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "text": text, "finish_reason": finish, "logprobs": None}],
        "adapter_version": version,
    }


def usage_chunk(rid: str, model: str, obj: str, result: GenerationResult) -> dict[str, Any]:
    return {
        "id": rid,
        "object": obj,
        "created": int(time.time()),
        "model": model,
        "choices": [],
        "usage": usage(result),
    }
