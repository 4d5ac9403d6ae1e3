"""The eval sets in `corpora/eval/`: JSON lines, one case per line, read strictly.

A malformed line is an error naming the file and line, never a skipped case: a silently
shorter eval set reports a better score than the one it was given.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ConfigDict, Field

from hybrid.errors import HybridError
from hybrid.jsonl import parse_jsonl

M = TypeVar("M", bound=BaseModel)


class EvalFileError(HybridError):
    """An eval file is missing, empty, or has a malformed line."""


class DraftingCase(BaseModel):
    """A drafting request with the facts a good draft uses and the documents that hold them."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, description="Case id, unique in the file.")
    department: str = Field(min_length=1, description="Whose voice the draft must be in.")
    request: str = Field(min_length=1, description="The drafting request, as a user would type it.")
    facts: list[str] = Field(min_length=1, description="Strings a grounded draft states (prices, dates, names).")
    sources: list[str] = Field(min_length=1, description="Documents (relative to the facts folder) that hold them.")


def from_source(passage_source: str, sources: Sequence[str]) -> bool:
    """Whether a passage's source path is one of a case's `sources` (paths relative to the
    facts root, while the store may hold them under a longer path)."""
    return any(passage_source == s or passage_source.endswith("/" + s) for s in sources)


def read_cases(path: Path, model: type[M]) -> list[M]:
    """Every case in `path`; raises `EvalFileError` naming the file and line of a bad one."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise EvalFileError(f"{path}: cannot read the eval set: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise EvalFileError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    cases: list[M] = []
    seen: dict[str, int] = {}
    for n, case in parse_jsonl(text, path, model, EvalFileError):
        case_id = getattr(case, "id", None)
        if isinstance(case_id, str):
            if case_id in seen:
                raise EvalFileError(f"{path}:{n}: duplicate id {case_id!r} (first on line {seen[case_id]})")
            seen[case_id] = n
        cases.append(case)
    if not cases:
        raise EvalFileError(f"{path}: no cases")
    return cases
