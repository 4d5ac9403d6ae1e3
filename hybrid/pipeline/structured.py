"""Old home of a schema request's options; `hybrid.pipeline.spec.SchemaSpec` replaces it.

Kept as an alias for one release."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel

from hybrid.pipeline.spec import MECHANISMS, SchemaSpec

__all__ = ["MECHANISMS", "SchemaSpec", "structured_options"]


def structured_options(
    schema: type[BaseModel] | None,
    mechanism: str,
    retries: int,
    examples: Sequence[tuple[str, BaseModel]],
    context: dict[str, Any] | None,
    pinned: Mapping[str, Any] | None = None,
) -> SchemaSpec | None:
    if schema is None:
        return None
    return SchemaSpec(
        model=schema,
        mechanism=mechanism,
        retries=retries,
        examples=tuple(examples),
        validation_context=context,
        pinned=dict(pinned or {}),
    )
