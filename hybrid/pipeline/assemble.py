"""Turn the stages' results into one `Draft`: the only place a Draft is built."""

from __future__ import annotations

import time
from typing import Any

from hybrid.errors import StructuredOutputError
from hybrid.pipeline.draft import Draft, FailedAttempt, StructuredReport, Timings
from hybrid.pipeline.spec import DraftSpec
from hybrid.pipeline.stages.generate import Generated
from hybrid.pipeline.stages.plan import Planned
from hybrid.pipeline.stages.prompt import Prompted
from hybrid.pipeline.stages.retrieve import Retrieved
from hybrid.pipeline.stages.validate import Checked
from hybrid.structured.repair import Attempts


def timings(
    retrieved: Retrieved, prompted: Prompted, generated: Generated, checked: Checked, started: float
) -> Timings:
    return Timings(
        retrieve=retrieved.seconds,
        prompt=prompted.seconds,
        generate=generated.seconds,
        validate=checked.seconds,
        first_token=generated.first_token,
        total=time.perf_counter() - started,
        batch=generated.batch,
    )


def to_draft(
    spec: DraftSpec,
    retrieved: Retrieved,
    prompted: Prompted,
    generated: Generated,
    checked: Checked,
    started: float,
    planned: Planned | None = None,
) -> Draft:
    """The Draft; with a schema, a reply that never validated raises `StructuredOutputError`
    carrying every attempt and this Draft."""
    result = generated.result
    fields: dict[str, Any] = {}
    if spec.schema is not None and generated.attempts is not None:
        fields = _structured_fields(spec, prompted, generated.attempts)
    draft = Draft(
        text=checked.text,
        request=spec.request,
        department=spec.department,
        adapter=result.adapter,
        adapter_version=result.adapter_version,
        citations=list(checked.citations),
        passages=list(prompted.shown),
        unsupported=list(checked.unsupported),
        removed_citations=list(checked.removed),
        trimmed=list(prompted.trimmed),
        notes=[*prompted.notes, *(planned.notes if planned else ()), *checked.notes],
        retrieval=spec.retrieval,
        style_prompt=prompted.guide is not None,
        prompt_tokens=result.prompt_tokens,
        completion_tokens=fields.pop("completion_tokens", result.completion_tokens),
        finish_reason=result.finish_reason,
        timings=timings(retrieved, prompted, generated, checked, started),
        mode="free" if planned is None else "attributed",
        plan=[] if planned is None else list(planned.sentences),
        **fields,
    )
    if generated.attempts is not None and not generated.attempts.outcome.ok:
        _raise_unvalidated(spec, generated.attempts, draft)
    return draft


def _structured_fields(spec: DraftSpec, prompted: Prompted, attempts: Attempts) -> dict[str, Any]:
    assert spec.schema is not None
    ok = attempts.outcome.ok
    history = attempts.history
    return {
        "completion_tokens": attempts.completion_tokens,
        "data": attempts.outcome.value,
        "structured": StructuredReport(
            schema_name=spec.schema.model.__name__,
            mechanism=spec.schema.mechanism,
            attempts=len(history) + (1 if ok else 0),
            retries_used=len(history) if ok else max(len(history) - 1, 0),
            max_new_tokens=prompted.max_new,
            failed=[FailedAttempt(text=text, errors=errors) for text, errors in history],
        ),
    }


def _raise_unvalidated(spec: DraftSpec, attempts: Attempts, draft: Draft) -> None:
    assert spec.schema is not None
    last = "; ".join(attempts.history[-1][1])
    name = spec.schema.model.__name__
    raise StructuredOutputError(
        f"no valid {name} after {len(attempts.history)} attempt(s) ({spec.schema.mechanism}): {last}. "
        "The raw replies are on the error's .attempts",
        attempts.history,
        draft,
    )
