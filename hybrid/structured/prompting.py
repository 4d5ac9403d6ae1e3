"""What the prompt says about the schema, few-shot examples and repair retries."""

from __future__ import annotations

import json
from collections.abc import Sequence

from pydantic import BaseModel

INSTRUCTION = (
    "Reply with one JSON object and nothing else: no prose, no code fence. It must match this JSON schema:\n{schema}"
)
REPAIR = (
    "Your reply was not a valid {name} object:\n{errors}\n\n"
    "Reply again with one corrected JSON object and nothing else."
)


def compact_schema(schema: type[BaseModel]) -> dict:
    """The model's JSON schema without the titles, which only cost prompt tokens."""

    def strip(node: object) -> object:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k != "title" or not isinstance(v, str)}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    return strip(schema.model_json_schema())  # type: ignore[return-value]


def schema_instruction(schema: type[BaseModel]) -> str:
    return INSTRUCTION.format(schema=json.dumps(compact_schema(schema), ensure_ascii=False))


def repair_message(schema: type[BaseModel], errors: Sequence[str]) -> str:
    return REPAIR.format(name=schema.__name__, errors="\n".join(f"- {e}" for e in errors))


def layout(value: BaseModel) -> str:
    """An object as constrained decoding lays it out: one line, schema order."""
    return json.dumps(value.model_dump(mode="json"), ensure_ascii=False)
