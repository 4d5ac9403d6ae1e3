"""An OpenAI request body as one `GenerationRequest`: OpenAI's defaults applied, its
response format turned into a grammar, and every field that is not served refused by
name, so that no client gets a reply that silently ignored what it asked for."""

from __future__ import annotations

from typing import Any

from hybrid.errors import SchemaError
from hybrid.serve.errors import ApiError
from hybrid.serve.schemas import ChatCompletionRequest, CompletionRequest, JsonObjectFormat, JsonSchemaFormat
from hybrid.serve.services import Services
from hybrid.types import RANDOM_SEED, GenerationRequest

# OpenAI's own defaults; the drafting routes keep theirs (greedy, see DraftOptions).
OPENAI_TEMPERATURE = 1.0
OPENAI_TOP_P = 1.0


def refuse_unserved(body: ChatCompletionRequest | CompletionRequest) -> None:
    """A 400 naming the first field that would change the reply but is not served."""
    for name in ("tools", "functions"):
        if getattr(body, name):
            raise ApiError(
                400,
                f"{name}: tool and function calling are not served by this server; send the request without "
                f"{name}, or describe the tools in the messages",
                param=name,
                code="unsupported_parameter",
            )
    for name in ("tool_choice", "function_call"):
        if getattr(body, name) not in (None, "none"):
            raise ApiError(
                400, f"{name}: tool calling is not served; omit it", param=name, code="unsupported_parameter"
            )
    if body.logit_bias:
        raise ApiError(
            400, "logit_bias is not served by this server; omit it", param="logit_bias", code="unsupported_parameter"
        )
    if isinstance(body, CompletionRequest) and body.logprobs is not None:
        raise ApiError(
            400,
            "logprobs is not served on /v1/completions; use /v1/chat/completions with logprobs=true",
            param="logprobs",
            code="unsupported_parameter",
        )
    if isinstance(body, ChatCompletionRequest) and body.stream and body.logprobs:
        raise ApiError(
            400, "logprobs is not served in streams; send stream=false", param="logprobs", code="unsupported_parameter"
        )


def sampling(body: ChatCompletionRequest | CompletionRequest) -> dict[str, Any]:
    """The `GenerationRequest` fields of OpenAI's sampling parameters, OpenAI's defaults
    filled in: temperature 1 and top_p 1 when unset, 0 meaning greedy, a fresh seed when
    none is given (so "regenerate" gives another text)."""
    temperature = OPENAI_TEMPERATURE if body.temperature is None else body.temperature
    if temperature == 0:
        return {
            "frequency_penalty": body.frequency_penalty,
            "presence_penalty": body.presence_penalty,
        }
    return {
        "temperature": temperature,
        "top_p": OPENAI_TOP_P if body.top_p is None else body.top_p,
        "seed": RANDOM_SEED if body.seed is None else body.seed,
        "frequency_penalty": body.frequency_penalty,
        "presence_penalty": body.presence_penalty,
    }


def json_schema(svc: Services, body: ChatCompletionRequest) -> dict[str, Any] | None:
    """The grammar's schema for `response_format`, or None for plain text.

    A json_schema must be bounded (as a /v1/drafts schema must): constrained decoding
    guarantees a valid object only if the reply can finish, so an unbounded field is
    refused here by name, before the request joins a batch."""
    fmt = body.response_format
    if not isinstance(fmt, JsonObjectFormat | JsonSchemaFormat):
        return None
    if not getattr(svc.batcher, "supports_json_schema", False):
        raise ApiError(
            400,
            f"response_format {fmt.type}: this server's generator cannot constrain decoding to a schema",
            param="response_format",
        )
    if isinstance(fmt, JsonObjectFormat):
        from hybrid.structured.grammar import ANY_OBJECT

        return ANY_OBJECT
    from hybrid.structured.bounds import token_bound

    schema = fmt.json_schema.schema_
    try:
        token_bound(schema)
    except SchemaError as exc:
        raise ApiError(
            400,
            f"response_format.json_schema {fmt.json_schema.name!r} is not bounded: {exc}",
            param="response_format.json_schema.schema",
        ) from None
    return schema


def max_tokens(svc: Services, asked: int | None, param: str, schema: dict[str, Any] | None) -> int:
    """The row's token budget. With a schema and no ask, the schema's worst case, so a
    valid object can always finish; a client that asks for fewer may get a cut reply
    (finish_reason "length"), as from OpenAI."""
    from hybrid.structured.grammar import ANY_OBJECT

    if asked is not None or schema is None or schema is ANY_OBJECT:
        return svc.cap(asked, param)
    from hybrid.structured.bounds import largest_field, token_bound

    bound = token_bound(schema)
    if bound > svc.config.max_tokens:
        name, size = largest_field(schema)
        raise ApiError(
            400,
            f"response_format.json_schema allows objects of up to {bound} tokens ({name}: {size}), over this "
            f"server's cap of {svc.config.max_tokens} (serve.max_tokens): tighten the schema's bounds",
            param="response_format.json_schema.schema",
        )
    return bound


def chat_row(svc: Services, body: ChatCompletionRequest, adapter: str) -> GenerationRequest:
    refuse_unserved(body)
    schema = json_schema(svc, body)
    tokens_param = "max_completion_tokens" if body.max_completion_tokens is not None else "max_tokens"
    return GenerationRequest(
        [{"role": "system" if m.role == "developer" else m.role, "content": m.text()} for m in body.messages],
        adapter=adapter,
        max_new_tokens=max_tokens(svc, body.max_completion_tokens or body.max_tokens, tokens_param, schema),
        json_schema=schema,
        # JSON repeats quotes and keys by design: no penalty on a constrained row unless asked.
        repetition_penalty=1.0 if schema is not None and body.repetition_penalty is None else body.repetition_penalty,
        stop=body.stops(),
        logprobs=(body.top_logprobs or 0) if body.logprobs else None,
        **sampling(body),
    )


def completion_row(svc: Services, body: CompletionRequest, adapter: str) -> GenerationRequest:
    refuse_unserved(body)
    prompt = body.text()
    if prompt is None:
        raise ApiError(400, "prompt: give one string; lists of prompts are not served", param="prompt")
    if not prompt:
        raise ApiError(400, "prompt is empty: give the text to continue", param="prompt")
    return GenerationRequest(
        [],
        adapter=adapter,
        max_new_tokens=svc.cap(body.max_tokens, "max_tokens"),
        repetition_penalty=body.repetition_penalty,
        prompt=prompt,
        stop=body.stops(),
        **sampling(body),
    )
