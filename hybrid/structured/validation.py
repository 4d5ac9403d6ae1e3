"""Parse a reply as one JSON object and validate it against a pydantic model.

Errors are sorted into two kinds, because they have different fixes:
- *schema* errors (not JSON, a missing field, a wrong type, a value outside an enum,
  a string too long): what constrained decoding rules out;
- *rule* errors, raised by the model's own field and model validators (an imperative
  summary, fields that must agree): what only validation, and a retry, can catch.
Nothing is repaired here: a reply either validates as written or is reported.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ValidationError

# Pydantic's error type for a ValueError/AssertionError raised inside a validator.
_RULE_TYPES = {"value_error", "assertion_error"}
_FENCE = re.compile(r"^```(?:json)?\s*\n(.*)\n```$", re.S)


@dataclass
class Outcome:
    """What validating one reply found."""

    value: BaseModel | None = None
    data: dict[str, Any] | None = None  # the parsed JSON object, valid or not
    schema_errors: list[str] = field(default_factory=list)
    rule_errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.value is not None

    @property
    def structurally_valid(self) -> bool:
        """Valid under the JSON schema (house rules aside)."""
        return not self.schema_errors

    @property
    def errors(self) -> list[str]:
        return [*self.schema_errors, *self.rule_errors]


def validate(
    text: str,
    schema: type[BaseModel],
    context: dict[str, Any] | None = None,
    pinned: dict[str, Any] | None = None,
) -> Outcome:
    """Validate `text` as one `schema` object; a Markdown ```json fence around it is accepted.
    `pinned` fields must hold exactly the given values."""
    body = text.strip()
    fenced = _FENCE.match(body)
    if fenced:
        body = fenced.group(1).strip()
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        return Outcome(schema_errors=[f"not one JSON object: {exc.msg} at line {exc.lineno} column {exc.colno}"])
    if not isinstance(data, dict):
        return Outcome(schema_errors=[f"expected a JSON object, got {type(data).__name__}"])
    wrong = [
        f"field '{name}': must be {json.dumps(value)} (pinned by the caller), not {json.dumps(data.get(name))}"
        for name, value in (pinned or {}).items()
        if data.get(name) != value
    ]
    try:
        value = schema.model_validate(data, context=context)
        return Outcome(value=value, data=data) if not wrong else Outcome(data=data, rule_errors=wrong)
    except ValidationError as exc:
        out = Outcome(data=data)
        for err, line in zip(exc.errors(), field_errors(exc), strict=True):
            (out.rule_errors if err["type"] in _RULE_TYPES else out.schema_errors).append(line)
        out.rule_errors += [w for w in wrong if w.split(":")[0] not in {e.split(":")[0] for e in out.errors}]
        return out


def field_errors(exc: ValidationError) -> list[str]:
    """One "field 'name': rule" line per error; a model validator names its field first."""
    lines = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err["loc"])
        message = err["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, ")
        if not where and ":" in message:
            where, message = (s.strip() for s in message.split(":", 1))
        lines.append(f"field '{where or '(object)'}': {message}")
    return lines
