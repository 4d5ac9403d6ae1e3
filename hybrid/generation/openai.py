"""The remote generator: an OpenAI-compatible server (vLLM, LoRAX, `hybrid serve`) with
one served model per adapter.

Each row is sent as `model=<adapter name>` (the base model's served name for "base"), so
`vllm serve BASE --enable-lora --lora-modules marketing=adapters/marketing/v1` serves
the same voices the local backend does. A multi-row `generate` sends its rows at once, so
the server can batch them into one mixed-adapter forward, as the local backend does.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from hybrid.errors import RemoteGeneratorError
from hybrid.types import BASE, RANDOM_SEED, GenerationRequest, GenerationResult


class OpenAIGenerator:
    """Implements `Generator` and `StreamingGenerator` over HTTP with the official client.

    Construction is cheap: the HTTP client is made on first use. Decoding is greedy unless
    a row sets `temperature` (then sampled with the row's seed, else seed 0, as the local
    backend does).

    A row with a JSON schema is sent as OpenAI's `response_format: json_schema`, which
    vLLM (with xgrammar, as the local backend), SGLang and `hybrid serve` decode under the
    schema's grammar. `json_schema=False` is for servers without structured outputs:
    structured drafts then use mechanism="repair"."""

    def __init__(
        self,
        base_url: str,
        base_model: str,
        api_key: str | None = None,
        timeout_s: float = 120.0,
        max_retries: int = 2,
        max_parallel: int = 16,
        json_schema: bool = True,
    ) -> None:
        self.supports_json_schema = json_schema
        self.base_url = base_url.rstrip("/")
        self.base_model = base_model
        self.api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        self.timeout_s = timeout_s
        # The client retries 429s and dropped connections, honouring Retry-After.
        self.max_retries = max_retries
        self.max_parallel = max_parallel
        self._client: Any = None

    @property
    def client(self) -> Any:
        if self._client is None:
            from openai import OpenAI

            self._client = OpenAI(
                base_url=self.base_url,
                # The client refuses to start without a key; servers without auth ignore it.
                api_key=self.api_key or "unused",
                timeout=self.timeout_s,
                max_retries=self.max_retries,
            )
        return self._client

    def model_for(self, adapter: str) -> str:
        """The served model name of an adapter: its own name, or the base model's."""
        return self.base_model if adapter == BASE else adapter

    # -- Generator -----------------------------------------------------------------
    def generate(self, requests: Sequence[GenerationRequest]) -> list[GenerationResult]:
        """One result per request, in order; the rows are in flight together."""
        if len(requests) <= 1:
            return [self._one(r) for r in requests]
        with ThreadPoolExecutor(min(len(requests), self.max_parallel), thread_name_prefix="hybrid-remote") as pool:
            return list(pool.map(self._one, requests))

    def _one(self, request: GenerationRequest) -> GenerationResult:
        model = self.model_for(request.adapter)
        t0 = time.perf_counter()
        try:
            if request.prompt is not None:
                resp = self.client.completions.create(model=model, prompt=request.prompt, **self._params(request))
                choice = resp.choices[0]
                text = choice.text or ""
            else:
                resp = self.client.chat.completions.create(
                    model=model, messages=request.messages, **self._params(request)
                )
                choice = resp.choices[0]
                text = choice.message.content or ""
        except Exception as exc:
            raise self._error(exc, request.adapter, model) from None
        usage = resp.usage
        return GenerationResult(
            text=text.strip(),
            adapter=request.adapter,
            adapter_version=_adapter_version(resp, request.adapter),
            prompt_tokens=usage.prompt_tokens if usage else 0,
            completion_tokens=usage.completion_tokens if usage else 0,
            seconds=time.perf_counter() - t0,
            finish_reason=choice.finish_reason or "stop",
        )

    # -- StreamingGenerator ------------------------------------------------------------
    def stream(self, request: GenerationRequest) -> Iterator[str | GenerationResult]:
        """Yield text pieces as the server sends them, then the `GenerationResult`.

        Closing the iterator early closes the HTTP response, which tells the server to
        stop decoding and free the request's slot."""
        if request.prompt is not None:
            yield from self._stream_by_generate(request)
            return
        model = self.model_for(request.adapter)
        t0 = time.perf_counter()
        try:
            stream = self.client.chat.completions.create(
                model=model,
                messages=request.messages,
                stream=True,
                stream_options={"include_usage": True},
                **self._params(request),
            )
        except Exception as exc:
            raise self._error(exc, request.adapter, model) from None
        pieces: list[str] = []
        finish, usage, version = "stop", None, None
        try:
            for chunk in stream:
                version = version or _adapter_version(chunk, request.adapter)
                if chunk.usage is not None:
                    usage = chunk.usage
                if not chunk.choices:
                    continue
                choice = chunk.choices[0]
                finish = choice.finish_reason or finish
                piece = choice.delta.content if choice.delta else None
                if piece:
                    pieces.append(piece)
                    yield piece
        except Exception as exc:
            raise self._error(exc, request.adapter, model) from None
        finally:
            stream.close()
        yield GenerationResult(
            text="".join(pieces).strip(),
            adapter=request.adapter,
            adapter_version=version,
            prompt_tokens=usage.prompt_tokens if usage else 0,
            completion_tokens=usage.completion_tokens if usage else 0,
            seconds=time.perf_counter() - t0,
            finish_reason=finish,
        )

    def _stream_by_generate(self, request: GenerationRequest) -> Iterator[str | GenerationResult]:
        (result,) = self.generate([request])
        yield result.text
        yield result

    # -- helpers -----------------------------------------------------------------------
    def _params(self, request: GenerationRequest) -> dict[str, Any]:
        params: dict[str, Any] = {"max_tokens": request.max_new_tokens}
        if request.json_schema is not None:
            if not self.supports_json_schema:
                raise RemoteGeneratorError(
                    f"the remote generator at {self.base_url} is set not to constrain decoding to a schema "
                    "(generation.remote_json_schema=false): use mechanism='repair'"
                )
            spec = {"name": "reply", "schema": request.json_schema, "strict": True}
            params["response_format"] = {"type": "json_schema", "json_schema": spec}
        if request.temperature is None:
            params["temperature"] = 0.0
        else:
            params["temperature"] = request.temperature
            if request.seed != RANDOM_SEED:
                params["seed"] = 0 if request.seed is None else request.seed
            if request.top_p is not None:
                params["top_p"] = request.top_p
        if request.frequency_penalty:
            params["frequency_penalty"] = request.frequency_penalty
        if request.presence_penalty:
            params["presence_penalty"] = request.presence_penalty
        if request.repetition_penalty is not None:
            # Not an OpenAI field, but vLLM, LoRAX and `hybrid serve` all take it.
            params["extra_body"] = {"repetition_penalty": request.repetition_penalty}
        if request.stop:
            params["stop"] = request.stop[:4]  # OpenAI takes at most four
        return params

    def _error(self, exc: Exception, adapter: str, model: str) -> Exception:
        import openai

        where = f"the generator server at {self.base_url}"
        if isinstance(exc, RemoteGeneratorError):
            return exc
        if isinstance(exc, openai.APITimeoutError):
            return RemoteGeneratorError(
                f"{where} did not answer model {model!r} within {self.timeout_s:g} s: raise generation.timeout_s"
            )
        if isinstance(exc, openai.APIConnectionError):
            return RemoteGeneratorError(
                f"cannot reach {where} ({exc.__cause__ or exc}): is it running? check generation.base_url"
            )
        if isinstance(exc, openai.AuthenticationError):
            return RemoteGeneratorError(f"{where} refused the API key (401): set generation.api_key or OPENAI_API_KEY")
        if isinstance(exc, openai.NotFoundError):
            what = "the base model" if adapter == BASE else f"adapter {adapter!r}"
            hint = (
                "set generation.served_base to the name the server lists at /v1/models"
                if adapter == BASE
                else f"serve it, e.g. --lora-modules {adapter}=adapters/{adapter}/<version>"
            )
            return RemoteGeneratorError(f"{where} has no model {model!r} ({what}): {hint}")
        if isinstance(exc, openai.APIStatusError):
            return RemoteGeneratorError(f"{where} answered {exc.status_code} for model {model!r}: {_message(exc)}")
        if isinstance(exc, openai.APIError):
            return RemoteGeneratorError(f"{where} failed for model {model!r}: {exc.message}")
        return exc


def _adapter_version(reply: Any, adapter: str) -> str | None:
    # `hybrid serve` says which version answered; vLLM and LoRAX don't, and the version
    # is then whichever folder the server was started with.
    if adapter == BASE:
        return None
    extra = getattr(reply, "model_extra", None) or {}
    version = extra.get("adapter_version")
    return str(version) if version else None


def _message(exc: Any) -> str:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and inner.get("message"):
            return str(inner["message"])
    return str(getattr(exc, "message", exc))
