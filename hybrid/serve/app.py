"""The HTTP API: OpenAI-compatible routes with adapters as models, whole-pipeline drafts,
ingest, health, metrics and the drafting page.

`create_app` takes the parts (so tests can use fakes); `create_app_from_settings`
builds them the way the command line does. Every route that runs a model goes through
the same slots (429 past the queue) and the same batcher (rows of concurrent requests
share one forward), with a deadline per request (504).
"""

from __future__ import annotations

import asyncio
import copy
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException as StarletteHTTPException

from hybrid import atomic
from hybrid.errors import (
    EmptyStoreError,
    HybridError,
    ModelNotFoundError,
    RemoteGeneratorError,
    SchemaError,
    StoreError,
    StructuredOutputError,
)
from hybrid.pipeline.core import HybridPipeline, RequestError
from hybrid.pipeline.departments import DepartmentError
from hybrid.protocols import AdapterStore, StreamingGenerator
from hybrid.serve import wire
from hybrid.serve.auth import bearer, matches
from hybrid.serve.batching import BatchingGenerator
from hybrid.serve.inbox import UnsafePath, inbox_path
from hybrid.serve.limits import BodyLimit, Busy, Lease, Slots, Timeout
from hybrid.serve.metrics import Metrics, MetricsMiddleware
from hybrid.serve.schemas import (
    ChatCompletionRequest,
    CompletionRequest,
    DraftBody,
    IngestBody,
    error_body,
)
from hybrid.settings import ServeSettings, Settings
from hybrid.types import BASE, GenerationRequest, GenerationResult

log = logging.getLogger("hybrid.serve")
PAGE = resources.files("hybrid.serve") / "page"
# Declared so the OpenAPI schema shows the bearer scheme; the checks read the header.
Credentials = Annotated[
    HTTPAuthorizationCredentials | None,
    Depends(HTTPBearer(auto_error=False, description="serve.api_token (HYBRID_API_TOKEN)")),
]


class ApiError(Exception):
    """A refusal with its status; the body names the field at fault."""

    def __init__(
        self, status: int, message: str, param: str | None = None, code: str | None = None, **extra: Any
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.param, self.code, self.extra = status, message, param, code, extra


@dataclass
class Components:
    """What the server serves. `knowledge` and `inbox` enable /v1/ingest."""

    pipeline: HybridPipeline
    adapters: AdapterStore
    base_model: str
    knowledge: Any = None
    inbox: Path | None = None
    default_max_tokens: int = 256


def create_app_from_settings(settings: Settings) -> FastAPI:
    """The app `hybrid serve` runs: the pipeline, adapters and knowledge from settings."""
    from hybrid.registry import build_adapter_registry

    pipeline = HybridPipeline.from_settings(settings)
    parts = Components(
        pipeline=pipeline,
        adapters=build_adapter_registry(settings),
        base_model=settings.generation.served_base or settings.models.generator,
        knowledge=pipeline.knowledge,
        inbox=settings.state_dir / "inbox",
        default_max_tokens=min(settings.generation.max_new_tokens, settings.serve.max_tokens),
    )
    return create_app(parts, settings.serve)


def create_app(parts: Components, config: ServeSettings) -> FastAPI:
    """An app serving `parts` under `config`'s limits and tokens.

    The pipeline is copied with its generator wrapped in a `BatchingGenerator`, so
    drafts and completions that arrive together share forwards; the caller's pipeline
    is left as it was."""
    batched = BatchingGenerator(parts.pipeline.generator, config.batch_window_ms / 1000, config.max_batch)
    pipeline = copy.copy(parts.pipeline)
    pipeline.generator = batched
    slots = Slots(config.max_concurrency, config.max_queue)
    metrics = Metrics(batched.stats, lambda: slots.running, lambda: slots.waiting)
    ingest_lock = threading.Lock()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        await asyncio.to_thread(batched.close)
        slots.shutdown()

    app = FastAPI(
        title="hybrid",
        summary="Drafts in a department's voice from cited facts; OpenAI-compatible, adapters as models.",
        version="0.1.0",
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.batcher = batched
    app.state.slots = slots
    app.state.metrics = metrics
    app.state.pipeline = pipeline
    app.add_middleware(MetricsMiddleware, metrics=metrics)
    app.add_middleware(BodyLimit, max_bytes=config.max_body_bytes)  # outermost: before anything reads

    # -- auth ------------------------------------------------------------------------
    def require_token(request: Request, _creds: Credentials) -> None:
        if config.api_token and not matches(bearer(request.headers.get("authorization")), config.api_token):
            raise ApiError(
                401,
                "missing or wrong bearer token: send 'Authorization: Bearer <HYBRID_API_TOKEN>'",
                param="Authorization",
                code="invalid_api_key",
            )

    def require_admin(request: Request, _creds: Credentials) -> None:
        token = config.admin_token or config.api_token
        if not token:
            raise ApiError(
                403,
                "ingest is off: this server has no admin token. Set serve.admin_token or HYBRID_API_TOKEN",
                param="Authorization",
                code="ingest_disabled",
            )
        if not matches(bearer(request.headers.get("authorization")), token):
            raise ApiError(
                401,
                "missing or wrong admin token: send 'Authorization: Bearer <serve.admin_token>'",
                param="Authorization",
                code="invalid_api_key",
            )

    secured = [Depends(require_token)]

    # -- errors ----------------------------------------------------------------------
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return JSONResponse(error_body(exc.message, exc.param, code=exc.code, **exc.extra), exc.status, headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        lines, params = [], []
        for err in errors:
            loc = [str(p) for p in err.get("loc", ()) if p != "body"]
            if err.get("type") == "json_invalid":
                loc = ["body"]
            name = ".".join(loc) or "body"
            params.append(name)
            lines.append(f"{name}: {err.get('msg', 'invalid')}")
        return JSONResponse(error_body("; ".join(lines) or "invalid request", params[0] if params else "body"), 400)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        # FastAPI's own refusals (a body that is not JSON at all, an unknown route, a
        # wrong method) in the same error shape as ours.
        param = "body" if exc.status_code == 400 else None
        return JSONResponse(error_body(str(exc.detail), param), exc.status_code, exc.headers)

    @app.exception_handler(Busy)
    async def _busy(_request: Request, _exc: Busy) -> JSONResponse:
        message = (
            f"server busy: {slots.running} request(s) running and {slots.waiting} waiting, the most it takes "
            f"(serve.max_concurrency={config.max_concurrency}, serve.max_queue={config.max_queue}); retry shortly"
        )
        return JSONResponse(error_body(message, None, "rate_limit_error", "busy"), 429, {"Retry-After": "1"})

    @app.exception_handler(Timeout)
    async def _timeout(_request: Request, _exc: Timeout) -> JSONResponse:
        return JSONResponse(error_body(_timeout_message(config), None, "timeout", "timeout"), 504)

    @app.exception_handler(HybridError)
    async def _hybrid(_request: Request, exc: HybridError) -> JSONResponse:
        status, body = _hybrid_error(exc)
        return JSONResponse(body, status)

    # -- helpers -----------------------------------------------------------------------
    def served() -> list[str]:
        return [n for n in parts.adapters.known() if n != BASE]

    def adapter_of(model: str) -> str:
        if model in (parts.base_model, BASE):
            return BASE
        names = served()
        if model in names:
            return model
        raise ApiError(
            404,
            f"unknown model {model!r}; served models: {', '.join([parts.base_model, *names])}",
            param="model",
            code="model_not_found",
        )

    def cap(asked: int | None, param: str) -> int:
        if asked is None:
            return parts.default_max_tokens
        if asked > config.max_tokens:
            raise ApiError(
                400,
                f"{param}={asked} is over this server's cap of {config.max_tokens} (serve.max_tokens)",
                param=param,
            )
        return asked

    def deadline() -> float:
        return time.monotonic() + config.request_timeout_s

    def streaming(body: AsyncIterator[bytes], lease: Lease) -> StreamingResponse:
        return StreamingResponse(
            body,
            media_type="text/event-stream",
            headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
            # If the body never starts (the client left at once), the slot is freed here.
            background=BackgroundTask(_release_unless_started, lease),
        )

    # -- public routes -------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    async def page() -> HTMLResponse:
        return HTMLResponse((PAGE / "index.html").read_text(encoding="utf-8"))

    app.mount("/static", StaticFiles(directory=str(PAGE)), name="static")

    @app.get("/healthz", summary="Liveness: answers while the server runs.")
    async def healthz() -> dict[str, Any]:
        return {"status": "ok", "running": slots.running, "waiting": slots.waiting}

    # -- secured routes ------------------------------------------------------------------
    @app.get("/openapi.json", include_in_schema=False, dependencies=secured)
    async def openapi() -> JSONResponse:
        return JSONResponse(app.openapi())

    @app.get("/metrics", summary="Prometheus metrics.", dependencies=secured)
    async def prometheus() -> Response:
        data, content_type = metrics.render()
        return Response(data, media_type=content_type)

    @app.get("/v1/models", summary="The base model and each adapter, as OpenAI models.", dependencies=secured)
    async def models() -> dict[str, Any]:
        version = getattr(parts.adapters, "active_version", None)
        data = [{"id": parts.base_model, "object": "model", "created": 0, "owned_by": "hybrid", "parent": None}]
        for name in served():
            entry = {"id": name, "object": "model", "created": 0, "owned_by": "hybrid", "parent": parts.base_model}
            if version is not None:
                try:
                    entry["version"] = version(name)
                except (HybridError, ValueError):  # a composite has no version of its own
                    entry["version"] = None
            data.append(entry)
        return {"object": "list", "data": data}

    @app.get("/v1/departments", summary="Departments a draft may ask for, and the schema names.", dependencies=secured)
    async def departments() -> dict[str, Any]:
        return {"departments": pipeline.departments(), "schemas": sorted(config.schemas)}

    async def complete(row: GenerationRequest, body: ChatCompletionRequest | CompletionRequest, chat: bool) -> Response:
        """One chat or text completion: a JSON reply, or OpenAI's event stream."""
        rid, until = wire.new_id("chatcmpl" if chat else "cmpl"), deadline()
        if not body.stream:
            result = await slots.run(lambda: batched.generate([row])[0], until)
            reply = wire.chat_completion if chat else wire.text_completion
            return JSONResponse(reply(rid, body.model, result))
        lease = await slots.acquire(until - time.monotonic())
        usage = bool(body.stream_options and body.stream_options.include_usage)
        return streaming(
            _completion_events(slots, lease, batched, row, rid, body.model, usage, until, config, chat=chat), lease
        )

    @app.post("/v1/chat/completions", summary="OpenAI chat completions; model = adapter name.", dependencies=secured)
    async def chat_completions(body: ChatCompletionRequest, request: Request) -> Response:
        adapter = adapter_of(body.model)
        request.state.adapter = adapter
        row = GenerationRequest(
            [{"role": "system" if m.role == "developer" else m.role, "content": m.text()} for m in body.messages],
            adapter=adapter,
            max_new_tokens=cap(body.max_completion_tokens or body.max_tokens, _tokens_param(body)),
            temperature=body.temperature or None,
            repetition_penalty=body.repetition_penalty,
        )
        return await complete(row, body, chat=True)

    @app.post("/v1/completions", summary="OpenAI text completions (no chat template).", dependencies=secured)
    async def completions(body: CompletionRequest, request: Request) -> Response:
        adapter = adapter_of(body.model)
        request.state.adapter = adapter
        prompt = body.text()
        if prompt is None:
            raise ApiError(400, "prompt: give one string; lists of prompts are not served", param="prompt")
        row = GenerationRequest(
            [],
            adapter=adapter,
            max_new_tokens=cap(body.max_tokens, "max_tokens"),
            temperature=body.temperature or None,
            repetition_penalty=body.repetition_penalty,
            prompt=prompt,
        )
        return await complete(row, body, chat=False)

    @app.post(
        "/v1/drafts",
        summary="Run the whole pipeline: a Draft with citations and unsupported claims.",
        dependencies=secured,
    )
    async def drafts(body: DraftBody, request: Request) -> Response:
        known = pipeline.departments()
        if body.department not in known:
            raise ApiError(
                400,
                f"unknown department {body.department!r}; known departments: {', '.join(known) or '(none)'}",
                param="department",
            )
        opts = body.options
        request.state.adapter = _department_adapter(pipeline, body.department) if opts.adapter else BASE
        kwargs: dict[str, Any] = {
            "k": opts.k,
            "retrieval": opts.retrieval,
            "adapter": opts.adapter,
            "style_prompt": opts.style_prompt,
            "max_new_tokens": None
            if opts.max_new_tokens is None
            else cap(opts.max_new_tokens, "options.max_new_tokens"),
            "filters": {"department": opts.source_departments} if opts.source_departments else None,
        }
        if opts.max_new_tokens is None and parts.default_max_tokens < pipeline.max_new_tokens:
            kwargs["max_new_tokens"] = parts.default_max_tokens
        if body.schema_name is not None:
            kwargs.update(
                schema=_schema(config.schemas, body.schema_name), mechanism=opts.mechanism, retries=opts.retries
            )
        until = deadline()
        if not body.stream:
            draft = await slots.run(lambda: pipeline.draft(body.request, body.department, **kwargs), until)
            return JSONResponse(draft.model_dump(mode="json"))
        lease = await slots.acquire(until - time.monotonic())
        return streaming(
            _draft_events(slots, lease, pipeline, body.request, body.department, kwargs, until, config), lease
        )

    @app.post("/v1/ingest", summary="Add or update documents (admin token).", dependencies=[Depends(require_admin)])
    async def ingest(body: IngestBody) -> dict[str, Any]:
        if parts.knowledge is None or parts.inbox is None:
            raise ApiError(503, "this server has no knowledge layer to ingest into", param=None)
        inbox = Path(parts.inbox)
        inbox.mkdir(parents=True, exist_ok=True)
        targets: list[tuple[Path, str, str | None]] = []
        for i, doc in enumerate(body.documents):
            try:
                targets.append((inbox_path(inbox, doc.path), doc.text, doc.department))
            except UnsafePath as exc:
                raise ApiError(400, str(exc), param=f"documents.{i}.path") from None

        def work() -> list[dict[str, Any]]:
            with ingest_lock:  # two ingests never interleave their writes and index runs
                for path, text, _ in targets:
                    atomic.write_text(path, text)
                groups: dict[str | None, list[Path]] = {}
                for path, _, department in targets:
                    groups.setdefault(department, []).append(path)
                return [
                    {"department": dept, **parts.knowledge.ingest(paths, department=dept).to_report()}
                    for dept, paths in groups.items()
                ]

        runs = await slots.run(work, deadline())
        return {"documents": [str(p.relative_to(inbox.resolve())) for p, _, _ in targets], "runs": runs}

    return app


# -- streams ---------------------------------------------------------------------------
def _stream_rows(generator: Any, row: GenerationRequest) -> Iterator[str | GenerationResult]:
    if isinstance(generator, StreamingGenerator):
        yield from generator.stream(row)
        return
    (result,) = generator.generate([row])
    yield result.text
    yield result


async def _completion_events(
    slots: Slots,
    lease: Lease,
    generator: Any,
    row: GenerationRequest,
    rid: str,
    model: str,
    usage: bool,
    until: float,
    config: ServeSettings,
    chat: bool,
) -> AsyncIterator[bytes]:
    """OpenAI's stream for chat (role first, then content deltas) or text completions."""

    def chunk(text: str, finish: str | None = None, version: str | None = None) -> dict[str, Any]:
        if chat:
            return wire.chat_chunk(rid, model, {"content": text} if text or not finish else {}, finish, version)
        return wire.text_chunk(rid, model, text, finish, version)

    if chat:
        yield wire.sse(wire.chat_chunk(rid, model, {"role": "assistant", "content": ""}))
    try:
        result = None
        async for item in slots.iterate(lease, lambda: _stream_rows(generator, row), until):
            if isinstance(item, GenerationResult):
                result = item
            elif item:
                yield wire.sse(chunk(item))
        assert result is not None
        yield wire.sse(chunk("", result.finish_reason, result.adapter_version))
        if usage:
            kind = "chat.completion.chunk" if chat else "text_completion"
            yield wire.sse(wire.usage_chunk(rid, model, kind, result))
    except Exception as exc:
        yield wire.sse(_stream_error(exc, config))
    yield wire.DONE


async def _draft_events(
    slots: Slots,
    lease: Lease,
    pipeline: HybridPipeline,
    request: str,
    department: str,
    kwargs: Mapping[str, Any],
    until: float,
    config: ServeSettings,
) -> AsyncIterator[bytes]:
    try:
        async for item in slots.iterate(lease, lambda: pipeline.stream(request, department, **kwargs), until):
            if isinstance(item, str):
                yield wire.sse({"delta": item})
            else:
                yield wire.sse({"draft": item.model_dump(mode="json")})
    except Exception as exc:
        yield wire.sse(_stream_error(exc, config))
    yield wire.DONE


def _stream_error(exc: Exception, config: ServeSettings) -> dict[str, Any]:
    # Headers are gone once a stream starts: errors travel as an event, as OpenAI's do.
    if isinstance(exc, Timeout):
        return error_body(_timeout_message(config), None, "timeout", "timeout")
    if isinstance(exc, HybridError):
        return _hybrid_error(exc)[1]
    log.exception("stream failed", exc_info=exc)
    return error_body(f"internal error ({type(exc).__name__}); see the server log", None, "server_error")


def _release_unless_started(lease: Lease) -> None:
    # A stream whose body ran started a worker, which frees the slot itself when done.
    if not lease.started:
        lease.release()


# -- mapping -----------------------------------------------------------------------------
def _timeout_message(config: ServeSettings) -> str:
    return f"the request took over {config.request_timeout_s:g} s (serve.request_timeout_s) and was abandoned"


def _tokens_param(body: ChatCompletionRequest) -> str:
    return "max_completion_tokens" if body.max_completion_tokens is not None else "max_tokens"


def _department_adapter(pipeline: HybridPipeline, department: str) -> str:
    try:
        return pipeline.adapters.adapter_for(department)
    except HybridError:
        return ""  # reported by the draft itself, with its field


def _schema(known: Mapping[str, str], name: str) -> Any:
    from hybrid.structured.loading import load_schema

    if name not in known:
        raise ApiError(
            400, f"unknown schema {name!r}; known schemas: {', '.join(sorted(known)) or '(none)'}", param="schema"
        )
    return load_schema(known[name])


def _hybrid_error(exc: HybridError) -> tuple[int, dict[str, Any]]:
    message = str(exc)
    if isinstance(exc, StructuredOutputError):
        attempts = [{"text": raw, "errors": errors} for raw, errors in exc.attempts]
        return 422, error_body(message, "schema", code="invalid_structured_output", attempts=attempts)
    if isinstance(exc, DepartmentError):
        return 400, error_body(message, "department")
    if isinstance(exc, RequestError):
        return 400, error_body(message, "request")
    if isinstance(exc, SchemaError):
        return 400, error_body(message, "schema")
    if isinstance(exc, EmptyStoreError):
        return 409, error_body(message, None, code="empty_store")
    if isinstance(exc, StoreError | ModelNotFoundError | RemoteGeneratorError):
        return 503, error_body(message, None, "server_error", "unavailable")
    # Other deliberate errors name a value the request chose (a window overflow, an
    # adapter that won't load): the request can change, so 400.
    return 400, error_body(message, None)
