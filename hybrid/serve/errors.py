"""Every refusal in one shape (OpenAI's `error` object), and which status each error gets."""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from hybrid.errors import (
    EmptyStoreError,
    HybridError,
    ModelNotFoundError,
    RemoteGeneratorError,
    SchemaError,
    StoreError,
    StructuredOutputError,
)
from hybrid.pipeline import DepartmentError, RequestError
from hybrid.serve.limits import Busy, Timeout
from hybrid.serve.schemas import error_body
from hybrid.settings import ServeSettings

log = logging.getLogger("hybrid.serve")
# `scheme://user:password@host`: the userinfo part of a URL in a message.
_USERINFO = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*://)[^/@\s]+@")


def redact(message: str) -> str:
    """`message` without the credentials of any URL in it (a generation.base_url with a
    password, say): the client gets the host, the server log keeps the whole message."""
    return _USERINFO.sub(r"\1***@", message)


class ApiError(Exception):
    """A refusal with its status; the body names the field at fault."""

    def __init__(
        self, status: int, message: str, param: str | None = None, code: str | None = None, **extra: Any
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.param, self.code, self.extra = status, message, param, code, extra


def hybrid_error(exc: HybridError) -> tuple[int, dict[str, Any]]:
    """The status and body for a deliberate `hybrid` error."""
    message = redact(str(exc))
    if message != str(exc):
        log.warning("%s: %s", type(exc).__name__, exc)
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


def timeout_message(config: ServeSettings) -> str:
    return f"the request took over {config.request_timeout_s:g} s (serve.request_timeout_s) and was abandoned"


def stream_error(exc: Exception, config: ServeSettings) -> dict[str, Any]:
    """The error event that ends a stream: headers are gone once it starts, so errors
    travel in the body, as OpenAI's do."""
    if isinstance(exc, Timeout):
        return error_body(timeout_message(config), None, "timeout", "timeout")
    if isinstance(exc, HybridError):
        return hybrid_error(exc)[1]
    log.exception("stream failed", exc_info=exc)
    return error_body(f"internal error ({type(exc).__name__}); see the server log", None, "server_error")


async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return JSONResponse(error_body(exc.message, exc.param, code=exc.code, **exc.extra), exc.status, headers)


async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
    lines, params = [], []
    for err in exc.errors():
        loc = [str(p) for p in err.get("loc", ()) if p != "body"]
        if err.get("type") == "json_invalid":
            loc = ["body"]
        name = ".".join(loc) or "body"
        params.append(name)
        lines.append(f"{name}: {err.get('msg', 'invalid')}")
    return JSONResponse(error_body("; ".join(lines) or "invalid request", params[0] if params else "body"), 400)


async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
    # FastAPI's own refusals (a body that is not JSON at all, an unknown route, a wrong
    # method) in the same error shape as ours.
    param = "body" if exc.status_code == 400 else None
    return JSONResponse(error_body(str(exc.detail), param), exc.status_code, exc.headers)


async def _busy(request: Request, _exc: Busy) -> JSONResponse:
    services = request.app.state.services
    slots, config = services.slots, services.config
    message = (
        f"server busy: {slots.running} request(s) running and {slots.waiting} waiting, the most it takes "
        f"(serve.max_concurrency={config.max_concurrency}, serve.max_queue={config.max_queue}); retry shortly"
    )
    return JSONResponse(error_body(message, None, "rate_limit_error", "busy"), 429, {"Retry-After": "1"})


async def _timeout(request: Request, _exc: Timeout) -> JSONResponse:
    config = request.app.state.services.config
    return JSONResponse(error_body(timeout_message(config), None, "timeout", "timeout"), 504)


async def _hybrid(_request: Request, exc: HybridError) -> JSONResponse:
    status, body = hybrid_error(exc)
    return JSONResponse(body, status)


async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
    # A bug, not a refusal: the traceback goes to the log, the client gets the one shape.
    log.error("request failed", exc_info=exc)
    return JSONResponse(
        error_body(f"internal error ({type(exc).__name__}); see the server log", None, "server_error"), 500
    )


def install_handlers(app: FastAPI) -> None:
    """Answer every refusal on `app` in the one error shape."""
    app.exception_handler(ApiError)(_api_error)
    app.exception_handler(RequestValidationError)(_invalid)
    app.exception_handler(StarletteHTTPException)(_http)
    app.exception_handler(Busy)(_busy)
    app.exception_handler(Timeout)(_timeout)
    app.exception_handler(HybridError)(_hybrid)
    app.exception_handler(Exception)(_unexpected)
