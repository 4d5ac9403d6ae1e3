"""JSON lines read strictly: a bad line is an error naming the file, the line and the field,
never a skipped record."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from hybrid.errors import HybridError

M = TypeVar("M", bound=BaseModel)


def parse_jsonl(text: str, path: Path, model: type[M], error: type[HybridError]) -> Iterator[tuple[int, M]]:
    """(line number, record) for every non-blank line of `text`, read from `path`."""
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise error(f"{path}:{n}: not valid JSON ({exc.msg} at column {exc.colno})") from None
        try:
            record = model.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first["loc"]) or "(line)"
            raise error(f"{path}:{n}: field '{field}': {first['msg']}") from None
        yield n, record
