"""`DraftSpec`: the one description of a draft request.

The CLI, the server, the eval and the changelog workload all build one; the pipeline's
stages read it and nothing else. A draft's options therefore have one shape, one set of
defaults and one place where they are checked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Literal

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, field_validator

from hybrid.errors import SchemaError
from hybrid.protocols import PromptBuilder

MECHANISMS = ("constrained", "repair")
MODES = ("free", "attributed")
Mode = Literal["free", "attributed"]


class SchemaSpec(BaseModel):
    """Structured output: the reply is one JSON object validated into `model`."""

    model_config = ConfigDict(frozen=True, extra="forbid", arbitrary_types_allowed=True)

    model: type[BaseModel] = Field(description="The pydantic model the reply must validate as.")
    mechanism: str = Field(
        default="constrained",
        description="'constrained' masks decoding with the schema's grammar; 'repair' generates freely, then "
        "validates and retries.",
    )
    retries: int = Field(default=2, description="Attempts after the first when validation fails (0 or more).")
    examples: tuple[tuple[str, BaseModel], ...] = Field(
        default=(), description="(request, object) pairs shown as earlier turns (few-shot)."
    )
    validation_context: dict[str, Any] | None = Field(
        default=None, description="Reaches the model's validators as `ValidationInfo.context`."
    )
    pinned: dict[str, Any] = Field(
        default_factory=dict,
        description="Fields the caller already knows (a PR's number): emitted as given under a grammar, otherwise "
        "a different value is rejected.",
    )

    @field_validator("model", mode="before")
    @classmethod
    def _is_model(cls, value: Any) -> Any:
        if not (isinstance(value, type) and issubclass(value, BaseModel)):
            raise SchemaError(f"schema must be a pydantic model class, got {value!r}")
        return value

    @field_validator("mechanism")
    @classmethod
    def _known_mechanism(cls, value: str) -> str:
        if value not in MECHANISMS:
            raise SchemaError(f"mechanism {value!r} is unknown; use one of {', '.join(MECHANISMS)}")
        return value

    @field_validator("retries")
    @classmethod
    def _retries(cls, value: int) -> int:
        if value < 0:
            raise SchemaError(f"retries must be 0 or more, got {value}")
        return value

    def model_post_init(self, context: Any, /) -> None:
        unknown = sorted(set(self.pinned) - set(self.model.model_fields))
        if unknown:
            raise SchemaError(f"pinned field {unknown[0]!r} is not a field of {self.model.__name__}")

    @property
    def instruction(self) -> str:
        """The schema as the prompt shows it: unpinned, the layout adapters are trained on."""
        from hybrid.structured.prompting import schema_instruction

        return schema_instruction(self.model)

    def grammar_schema(self) -> dict[str, Any] | None:
        """The JSON schema to decode under (pinned fields become constants), or None for 'repair'."""
        if self.mechanism != "constrained":
            return None
        schema = self.model.model_json_schema()
        for name, value in self.pinned.items():
            schema["properties"][name] = {"const": value}
        return schema

    def request(self, request: str) -> str:
        """The request as the model sees it: the text, then the schema instruction."""
        return f"{request.strip()}\n\n{self.instruction}"

    def example_turns(self, prompt: PromptBuilder, department: str, guide: str | None) -> list[dict[str, str]]:
        """The few-shot examples as earlier user/assistant turns."""
        from hybrid.structured.prompting import layout

        turns: list[dict[str, str]] = []
        for text, value in self.examples:
            user = prompt.build(self.request(text), [], department, guide)[-1]
            turns += [user, {"role": "assistant", "content": layout(value)}]
        return turns


class DraftSpec(BaseModel):
    """One draft: what to write, in whose voice, from which facts, in what shape.

    `None` for `k` or `max_new_tokens` means the pipeline's configured default."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    request: str = Field(description="What to draft.")
    department: str = Field(description="Whose voice.")
    k: int | None = Field(default=None, ge=1, description="Passages to retrieve (default: the pipeline's k).")
    filters: dict[str, Any] | None = Field(default=None, description="Metadata filters for retrieval.")
    max_new_tokens: int | None = Field(default=None, ge=1, description="Cap on generated tokens.")
    retrieval: bool = Field(default=True, description="Retrieve sources; False drafts from the request alone.")
    use_adapter: bool = Field(
        default=True,
        validation_alias=AliasChoices("use_adapter", "adapter"),
        description="Use the department's adapter; False: the base model.",
    )
    style_prompt: bool = Field(default=False, description="Put the department's style guide in the prompt.")
    mode: Mode | None = Field(
        default=None,
        description="'attributed': built from planned source sentences, each restated in voice and cited by "
        "construction (free text only, and only with retrieval: without sources there is nothing to plan). "
        "'free': the model composes the text. None: the pipeline's default (pipeline.mode).",
    )
    schema_: SchemaSpec | None = Field(
        default=None,
        validation_alias=AliasChoices("schema", "schema_"),
        serialization_alias="schema",
        description="Structured output options; None drafts free text.",
    )

    @property
    def schema(self) -> SchemaSpec | None:  # type: ignore[override]
        """Structured output options (`schema_` only dodges pydantic's reserved name)."""
        return self.schema_

    def updated(self, **changes: Any) -> DraftSpec:
        """A copy with `changes` applied and validated (`model_copy` would skip validation)."""
        data = {**self.model_dump(by_alias=False, exclude={"schema_"}), "schema_": self.schema_, **changes}
        if "schema" in changes:
            data["schema_"] = data.pop("schema")
        if "adapter" in changes:
            data["use_adapter"] = data.pop("adapter")
        return DraftSpec.model_validate(data)


def make_spec(
    request: str,
    department: str,
    *,
    k: int | None = None,
    filters: Mapping[str, Any] | None = None,
    max_new_tokens: int | None = None,
    retrieval: bool = True,
    adapter: bool = True,
    style_prompt: bool = False,
    mode: Mode | None = None,
    schema: type[BaseModel] | None = None,
    mechanism: str = "constrained",
    retries: int = 2,
    examples: Sequence[tuple[str, BaseModel]] = (),
    validation_context: dict[str, Any] | None = None,
    pinned: Mapping[str, Any] | None = None,
) -> DraftSpec:
    """The keyword form library users know from `draft()`, as a `DraftSpec`."""
    schema_spec = schema_options(schema, mechanism, retries, examples, validation_context, pinned)
    return DraftSpec(
        request=request,
        department=department,
        k=k,
        filters=None if filters is None else dict(filters),
        max_new_tokens=max_new_tokens,
        retrieval=retrieval,
        use_adapter=adapter,
        style_prompt=style_prompt,
        mode=mode,
        schema_=schema_spec,
    )


def schema_options(
    schema: type[BaseModel] | None,
    mechanism: str = "constrained",
    retries: int = 2,
    examples: Sequence[tuple[str, BaseModel]] = (),
    validation_context: dict[str, Any] | None = None,
    pinned: Mapping[str, Any] | None = None,
) -> SchemaSpec | None:
    """The keyword form's schema options as a `SchemaSpec` (None without a schema)."""
    if schema is None:
        return None
    return SchemaSpec(
        model=schema,
        mechanism=mechanism,
        retries=retries,
        examples=tuple(examples),
        validation_context=validation_context,
        pinned=dict(pinned or {}),
    )
