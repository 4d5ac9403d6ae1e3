"""Bearer-token dependencies: `require_token` for the API, `require_admin` for ingest."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from hybrid.serve.auth import bearer, matches
from hybrid.serve.errors import ApiError
from hybrid.serve.services import services

# Declared so the OpenAPI schema shows the bearer scheme; the checks read the header.
Credentials = Annotated[
    HTTPAuthorizationCredentials | None,
    Depends(HTTPBearer(auto_error=False, description="serve.api_token (HYBRID_API_TOKEN)")),
]


def require_token(request: Request, _creds: Credentials) -> None:
    token = services(request).config.api_token
    if token and not matches(bearer(request.headers.get("authorization")), token):
        raise ApiError(
            401,
            "missing or wrong bearer token: send 'Authorization: Bearer <HYBRID_API_TOKEN>'",
            param="Authorization",
            code="invalid_api_key",
        )


def require_admin(request: Request, _creds: Credentials) -> None:
    config = services(request).config
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


SECURED = [Depends(require_token)]
ADMIN = [Depends(require_admin)]
