"""JSON lines read strictly: a bad line is an error naming the file, the line and the field,
never a skipped record."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from hybrid.errors import HybridError

M = TypeVar("M", bound=BaseModel)


def parse_jsonl(
    text: str,
    path: Path,
    model: type[M],
    error: type[HybridError],
    context: Callable[[Any], dict[str, Any] | None] | None = None,
) -> Iterator[tuple[int, M]]:
    """(line number, record) for every non-blank line of `text`, read from `path`.

    `context`, given a line's parsed JSON, returns what its validators see as
    `ValidationInfo.context` (a changelog entry checks its `pr` against the line's)."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        yield n, parse_record(line, path, n, model, error, context)


def parse_record(
    text: str,
    path: Path,
    n: int,
    model: type[M],
    error: type[HybridError],
    context: Callable[[Any], dict[str, Any] | None] | None = None,
) -> M:
    """One JSON object validated as `model`; errors name `path`, line `n` and every failing field."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"{path}:{n}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    return validate_record(data, path, n, model, error, context)


def validate_record(
    data: Any,
    path: Path,
    n: int,
    model: type[M],
    error: type[HybridError],
    context: Callable[[Any], dict[str, Any] | None] | None = None,
) -> M:
    """Already-parsed data (front matter, say) validated as `model`, with the same errors."""
    try:
        return model.model_validate(data, context=context(data) if context else None)
    except ValidationError as exc:
        raise error(f"{path}:{n}: {_fields(exc)}") from None


def _fields(exc: ValidationError) -> str:
    clauses = []
    for err in exc.errors():
        field = ".".join(str(p) for p in err["loc"]) or "(line)"
        message = err["msg"].removeprefix("Value error, ")
        clauses.append(f"field '{field}': {message}")
    return "; ".join(clauses)
