"""The first thing a request meets: the Host/Origin allow-list of a tokenless server, then
the bearer token, both checked from the headers alone, before any of the body is read.

A wrong token therefore costs the server no buffer (a client cannot hold megabytes per
connection without the token), and a page that rebound its domain to 127.0.0.1 gets
nothing from the open loopback default. The routes check the tokens again, by the same
rule (`hybrid.serve.routes.guards`), so a route mounted outside this gate stays guarded.
"""

from __future__ import annotations

import json
from typing import Any

from hybrid.serve.auth import bearer, loopback_host, loopback_origin, matches, plain
from hybrid.serve.schemas import error_body
from hybrid.settings import ServeSettings

# Public without a token: the page, its files and liveness (see hybrid.serve.routes.ops).
PUBLIC = ("/", "/healthz")
PUBLIC_PREFIXES = ("/static/",)
ADMIN_PATHS = ("/v1/ingest",)

API_TOKEN_MESSAGE = "missing or wrong bearer token: send 'Authorization: Bearer <HYBRID_API_TOKEN>'"
ADMIN_TOKEN_MESSAGE = "missing or wrong admin token: send 'Authorization: Bearer <serve.admin_token>'"


class Gate:
    """ASGI middleware: refuse a foreign Host (421) or Origin (403) when no API token is
    set, and a missing or wrong token (401), from the headers alone."""

    def __init__(self, app: Any, config: ServeSettings) -> None:
        self.app = app
        self.api_token = plain(config.api_token)
        self.admin_token = plain(config.admin_token) or self.api_token

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self.refusal(scope)
        if refusal is None:
            await self.app(scope, receive, send)
            return
        status, body, headers = refusal
        data = json.dumps(body).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(data)).encode()),
                    *headers,
                ],
            }
        )
        await send({"type": "http.response.body", "body": data})

    def refusal(self, scope: dict[str, Any]) -> tuple[int, dict[str, Any], list[tuple[bytes, bytes]]] | None:
        """The status, body and extra headers to refuse `scope` with, or None to let it in."""
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers") or []}
        if not self.api_token:
            host = headers.get("host")
            if not loopback_host(host):
                message = (
                    f"Host {host!r} is not this machine: a server with no API token answers only "
                    "127.0.0.1, localhost and [::1]. Use one of those, or set HYBRID_API_TOKEN"
                )
                return 421, error_body(message, "Host", code="host_not_allowed"), []
            origin = headers.get("origin")
            if origin is not None and not loopback_origin(origin):
                message = (
                    f"Origin {origin!r} is not this machine: a server with no API token answers only pages "
                    "served from 127.0.0.1, localhost or [::1]"
                )
                return 403, error_body(message, "Origin", code="origin_not_allowed"), []
        path = str(scope.get("path") or "")
        if path in PUBLIC or path.startswith(PUBLIC_PREFIXES):
            return None
        admin = path.rstrip("/") in ADMIN_PATHS
        expected = self.admin_token if admin else self.api_token
        if expected is None or matches(bearer(headers.get("authorization")), expected):
            return None  # no token set: open (and /v1/ingest refuses itself with 403)
        message = ADMIN_TOKEN_MESSAGE if admin else API_TOKEN_MESSAGE
        body = error_body(message, "Authorization", code="invalid_api_key")
        return 401, body, [(b"www-authenticate", b"Bearer")]
