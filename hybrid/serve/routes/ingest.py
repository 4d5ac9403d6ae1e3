"""`/v1/ingest`: documents written into the server's inbox, then indexed (admin token)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request

from hybrid import atomic
from hybrid.serve.errors import ApiError
from hybrid.serve.inbox import UnsafePath, inbox_path
from hybrid.serve.routes.guards import ADMIN
from hybrid.serve.schemas import IngestBody
from hybrid.serve.services import Services, services

router = APIRouter()
Target = tuple[Path, str, str | None]


@router.post("/v1/ingest", summary="Add or update documents (admin token).", dependencies=ADMIN)
async def ingest(body: IngestBody, request: Request) -> dict[str, Any]:
    svc = services(request)
    if svc.parts.knowledge is None or svc.parts.inbox is None:
        raise ApiError(503, "this server has no knowledge layer to ingest into", param=None)
    inbox = Path(svc.parts.inbox)
    inbox.mkdir(parents=True, exist_ok=True)
    targets: list[Target] = []
    for i, doc in enumerate(body.documents):
        try:
            targets.append((inbox_path(inbox, doc.path), doc.text, doc.department))
        except UnsafePath as exc:
            raise ApiError(400, str(exc), param=f"documents.{i}.path") from None
    runs = await svc.slots.run(lambda: _write_and_index(svc, targets), svc.deadline())
    return {"documents": [str(p.relative_to(inbox.resolve())) for p, _, _ in targets], "runs": runs}


def _write_and_index(svc: Services, targets: list[Target]) -> list[dict[str, Any]]:
    with svc.ingest_lock:  # two ingests never interleave their writes and index runs
        for path, text, _ in targets:
            atomic.write_text(path, text)
        groups: dict[str | None, list[Path]] = {}
        for path, _, department in targets:
            groups.setdefault(department, []).append(path)
        return [
            {"department": dept, **svc.parts.knowledge.ingest(paths, department=dept).to_report()}
            for dept, paths in groups.items()
        ]
