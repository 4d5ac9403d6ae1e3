"""Operations: the drafting page, liveness, Prometheus metrics and the OpenAPI schema."""

from __future__ import annotations

from importlib import resources
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response

from hybrid.serve.routes.guards import SECURED
from hybrid.serve.services import services

PAGE = resources.files("hybrid.serve") / "page"
router = APIRouter()


@router.get("/", include_in_schema=False)
async def page() -> HTMLResponse:
    return HTMLResponse((PAGE / "index.html").read_text(encoding="utf-8"))


@router.get("/healthz", summary="Liveness: answers while the server runs.")
async def healthz(request: Request) -> dict[str, Any]:
    slots = services(request).slots
    return {"status": "ok", "running": slots.running, "waiting": slots.waiting}


@router.get("/openapi.json", include_in_schema=False, dependencies=SECURED)
async def openapi(request: Request) -> JSONResponse:
    return JSONResponse(request.app.openapi())


@router.get("/metrics", summary="Prometheus metrics.", dependencies=SECURED)
async def prometheus(request: Request) -> Response:
    data, content_type = services(request).metrics.render()
    return Response(data, media_type=content_type)
