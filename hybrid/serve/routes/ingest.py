"""`/v1/ingest`: documents written into the server's inbox, then indexed (admin token).

The whole batch is checked before anything is written (names, a file where a folder must
go, or the other way round), and a batch that fails part-way is undone: the inbox goes back
to what it held before, so no document sits there written but never indexed. A call that
finds another ingest running waits for it only as long as its own deadline allows, then
gives its worker slot back (409), so waiting ingests never starve the model routes."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi import APIRouter, Request

from hybrid import atomic
from hybrid.errors import LockBusyError
from hybrid.serve.errors import ApiError
from hybrid.serve.inbox import UnsafePath, inbox_path
from hybrid.serve.routes.guards import ADMIN
from hybrid.serve.schemas import IngestBody
from hybrid.serve.services import Services, services

router = APIRouter()
Target = tuple[Path, str, str | None]
# Stop waiting for the lock this long before the request's deadline, so the refusal is
# ours (409) and the slot is free before the client's 504 would have come.
LOCK_MARGIN_S = 0.25


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
            path = inbox_path(inbox, doc.path)
        except UnsafePath as exc:
            raise ApiError(400, str(exc), param=f"documents.{i}.path") from None
        _check_clash(path, [p for p, _, _ in targets], doc.path, i)
        targets.append((path, doc.text, doc.department))
    until = svc.deadline()
    runs = await svc.slots.run(lambda: _write_and_index(svc, targets, until), until)
    return {"documents": [str(p.relative_to(inbox.resolve())) for p, _, _ in targets], "runs": runs}


def _check_clash(path: Path, earlier: list[Path], name: str, i: int) -> None:
    """400 if `path` needs a folder where a file is (or the reverse), on disk or in the batch."""
    clash = None
    if path.is_dir():
        clash = f"path {name!r} is a folder in the inbox; a document cannot replace it"
    elif any(parent.is_file() or parent in earlier for parent in path.parents):
        clash = f"path {name!r} puts a document inside another document; rename one of them"
    elif any(path in other.parents for other in earlier):
        clash = f"path {name!r} is a folder of another document in this batch; rename one of them"
    if clash:
        raise ApiError(400, clash, param=f"documents.{i}.path")


def _write_and_index(svc: Services, targets: list[Target], until: float) -> list[dict[str, Any]]:
    with _locked(svc, until):  # two ingests never interleave their writes and index runs
        undo = _write(targets)
        try:
            groups: dict[str | None, list[Path]] = {}
            for path, _, department in targets:
                groups.setdefault(department, []).append(path)
            return [
                {"department": dept, **svc.parts.knowledge.ingest(paths, department=dept).to_report()}
                for dept, paths in groups.items()
            ]
        except BaseException:
            _undo(undo)
            raise


def _write(targets: list[Target]) -> list[tuple[Path, bytes | None]]:
    """Write every document, remembering what each path held; on a failed write, put the
    ones already written back and refuse naming the document."""
    undo: list[tuple[Path, bytes | None]] = []
    for i, (path, text, _) in enumerate(targets):
        try:
            before = path.read_bytes() if path.is_file() else None
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic.write_text(path, text)
        except OSError as exc:
            _undo(undo)
            raise ApiError(
                400, f"cannot write {path.name!r}: {exc.strerror or exc}", param=f"documents.{i}.path"
            ) from None
        undo.append((path, before))
    return undo


def _undo(undo: list[tuple[Path, bytes | None]]) -> None:
    for path, before in reversed(undo):
        try:
            if before is None:
                path.unlink(missing_ok=True)
            else:
                atomic.write_bytes(path, before)
        except OSError:
            continue  # best effort: the next ingest of the inbox reconciles the rest


@contextmanager
def _locked(svc: Services, until: float) -> Iterator[None]:
    """This server's ingest lock and the knowledge layer's ingest lock (a file, or a lease in
    the Chroma server, held by a CLI ingest too), each waited for only until shortly before `until`."""
    if not svc.ingest_lock.acquire(timeout=max(until - time.monotonic() - LOCK_MARGIN_S, 0)):
        raise _busy()
    try:
        lock = getattr(svc.parts.knowledge, "lock", None)
        if lock is None:
            yield
            return
        try:
            lock.acquire(timeout=max(until - time.monotonic() - LOCK_MARGIN_S, 0))
        except LockBusyError:
            raise _busy() from None
        try:
            yield  # Knowledge.ingest takes the same lock again: it is re-entrant
        finally:
            lock.release()
    finally:
        svc.ingest_lock.release()


def _busy() -> ApiError:
    return ApiError(
        409,
        "another ingest is running (the server's or a `hybrid ingest`); retry when it has finished",
        param=None,
        code="ingest_in_progress",
    )
