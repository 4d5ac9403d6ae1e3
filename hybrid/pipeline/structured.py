"""A schema request's options, checked once, and how they change the prompt."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pydantic import BaseModel

from hybrid.errors import SchemaError
from hybrid.protocols import PromptBuilder

MECHANISMS = ("constrained", "repair")


class Structured:
    """A schema request's options, checked once."""

    def __init__(
        self,
        schema: type[BaseModel],
        mechanism: str,
        retries: int,
        examples: Sequence[tuple[str, BaseModel]],
        context: dict[str, Any] | None,
        pinned: Mapping[str, Any] | None = None,
    ) -> None:
        from hybrid.structured.prompting import schema_instruction

        if not (isinstance(schema, type) and issubclass(schema, BaseModel)):
            raise SchemaError(f"schema must be a pydantic model class, got {schema!r}")
        if mechanism not in MECHANISMS:
            raise SchemaError(f"mechanism {mechanism!r} is unknown; use one of {', '.join(MECHANISMS)}")
        if retries < 0:
            raise SchemaError(f"retries must be 0 or more, got {retries}")
        self.schema, self.mechanism, self.retries, self.context = schema, mechanism, retries, context
        self.examples = list(examples)
        # The prompt shows the schema unpinned: that is the layout adapters are trained on.
        self.instruction = schema_instruction(schema)
        self.pinned = dict(pinned or {})
        unknown = sorted(set(self.pinned) - set(schema.model_fields))
        if unknown:
            raise SchemaError(f"pinned field {unknown[0]!r} is not a field of {schema.__name__}")

    def grammar_schema(self) -> dict[str, Any]:
        """The JSON schema to decode under: pinned fields become constants."""
        schema = self.schema.model_json_schema()
        for name, value in self.pinned.items():
            schema["properties"][name] = {"const": value}
        return schema

    def request(self, request: str) -> str:
        """The request as the model sees it: the text, then the schema instruction."""
        return f"{request.strip()}\n\n{self.instruction}"

    def example_turns(self, prompt: PromptBuilder, department: str, guide: str | None) -> list[dict[str, str]]:
        from hybrid.structured.prompting import layout

        turns: list[dict[str, str]] = []
        for text, value in self.examples:
            user = prompt.build(self.request(text), [], department, guide)[-1]
            turns += [user, {"role": "assistant", "content": layout(value)}]
        return turns


def structured_options(
    schema: type[BaseModel] | None,
    mechanism: str,
    retries: int,
    examples: Sequence[tuple[str, BaseModel]],
    context: dict[str, Any] | None,
    pinned: Mapping[str, Any] | None = None,
) -> Structured | None:
    return None if schema is None else Structured(schema, mechanism, retries, examples, context, pinned)
