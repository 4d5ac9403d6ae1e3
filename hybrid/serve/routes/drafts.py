"""Whole-pipeline drafts: `/v1/departments` and `/v1/drafts`."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel

from hybrid.errors import HybridError
from hybrid.pipeline.core import HybridPipeline
from hybrid.serve.errors import ApiError
from hybrid.serve.routes.guards import SECURED
from hybrid.serve.schemas import DraftBody
from hybrid.serve.services import Services, services
from hybrid.serve.streams import draft_events, streaming
from hybrid.types import BASE

router = APIRouter(dependencies=SECURED)


@router.get("/v1/departments", summary="Departments a draft may ask for, and the schema names.")
async def departments(request: Request) -> dict[str, Any]:
    svc = services(request)
    return {"departments": svc.pipeline.departments(), "schemas": sorted(svc.config.schemas)}


@router.post("/v1/drafts", summary="Run the whole pipeline: a Draft with citations and unsupported claims.")
async def drafts(body: DraftBody, request: Request) -> Response:
    svc = services(request)
    known = svc.pipeline.departments()
    if body.department not in known:
        raise ApiError(
            400,
            f"unknown department {body.department!r}; known departments: {', '.join(known) or '(none)'}",
            param="department",
        )
    request.state.adapter = _department_adapter(svc.pipeline, body.department) if body.options.adapter else BASE
    max_new_tokens = _max_new_tokens(svc, body)
    schema = None if body.schema_name is None else _schema(svc.config.schemas, body.schema_name)
    spec = body.to_spec(schema, max_new_tokens)
    until = svc.deadline()
    if not body.stream:
        draft = await svc.slots.run(lambda: svc.pipeline.draft(spec), until)
        return JSONResponse(draft.model_dump(mode="json"))
    lease = await svc.slots.acquire(until - time.monotonic())
    return streaming(draft_events(svc, lease, spec, until), lease)


def _max_new_tokens(svc: Services, body: DraftBody) -> int | None:
    """The asked cap (refused past serve.max_tokens); unset, the server's default where it
    is below the pipeline's own."""
    asked = body.options.max_new_tokens
    if asked is not None:
        return svc.cap(asked, "options.max_new_tokens")
    if svc.parts.default_max_tokens < svc.pipeline.max_new_tokens:
        return svc.parts.default_max_tokens
    return None


def _department_adapter(pipeline: HybridPipeline, department: str) -> str:
    try:
        return pipeline.adapters.adapter_for(department)
    except HybridError:
        return ""  # reported by the draft itself, with its field


def _schema(known: Mapping[str, str], name: str) -> type[BaseModel]:
    from hybrid.structured.loading import load_schema

    if name not in known:
        raise ApiError(
            400, f"unknown schema {name!r}; known schemas: {', '.join(sorted(known)) or '(none)'}", param="schema"
        )
    return load_schema(known[name])
