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


def _envelope(rid: str, model: str, object_: str, choices: list[dict[str, Any]], **rest: Any) -> dict[str, Any]:
    """The fields every reply and chunk shares, in OpenAI's order, then `rest`."""
    return {"id": rid, "object": object_, "created": int(time.time()), "model": model, "choices": choices, **rest}


def _token(text: str, logprob: float) -> dict[str, Any]:
    return {"token": text, "logprob": logprob, "bytes": list(text.encode("utf-8"))}


def chat_logprobs(result: GenerationResult) -> dict[str, Any] | None:
    """OpenAI's `choices[0].logprobs` for a chat reply, if the request asked for them."""
    if result.logprobs is None:
        return None
    content = [
        {**_token(t.token, t.logprob), "top_logprobs": [_token(text, lp) for text, lp in t.top]}
        for t in result.logprobs
    ]
    return {"content": content, "refusal": None}


def chat_completion(rid: str, model: str, result: GenerationResult) -> dict[str, Any]:
    message = {"role": "assistant", "content": result.text}
    choice = {"index": 0, "message": message, "finish_reason": result.finish_reason, "logprobs": chat_logprobs(result)}
    # adapter_version is an extension clients may ignore: which trained version of the adapter spoke.
    return _envelope(
        rid, model, "chat.completion", [choice], usage=usage(result), adapter_version=result.adapter_version
    )


def text_completion(rid: str, model: str, result: GenerationResult) -> dict[str, Any]:
    choice = {"index": 0, "text": result.text, "finish_reason": result.finish_reason, "logprobs": None}
    return _envelope(
        rid, model, "text_completion", [choice], usage=usage(result), adapter_version=result.adapter_version
    )


def chat_chunk(
    rid: str, model: str, delta: dict[str, str], finish: str | None = None, version: str | None = None
) -> dict[str, Any]:
    choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
    return _envelope(rid, model, "chat.completion.chunk", [choice], adapter_version=version)


def text_chunk(
    rid: str, model: str, text: str, finish: str | None = None, version: str | None = None
) -> dict[str, Any]:
    choice = {"index": 0, "text": text, "finish_reason": finish, "logprobs": None}
    return _envelope(rid, model, "text_completion", [choice], adapter_version=version)


def usage_chunk(rid: str, model: str, obj: str, result: GenerationResult) -> dict[str, Any]:
    return _envelope(rid, model, obj, [], usage=usage(result))


def embeddings(model: str, vectors: list[list[float]], tokens: int, base64: bool) -> dict[str, Any]:
    """OpenAI's embeddings list; `base64` packs each vector as little-endian float32."""
    import base64 as b64

    import numpy as np

    def encode(vector: list[float]) -> Any:
        return b64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode() if base64 else vector

    data = [{"object": "embedding", "index": i, "embedding": encode(v)} for i, v in enumerate(vectors)]
    return {"object": "list", "data": data, "model": model, "usage": {"prompt_tokens": tokens, "total_tokens": tokens}}
