"""A schema's token bound: refused when unbounded, and never below a real worst case."""

from __future__ import annotations

import json
from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field

from hybrid.errors import SchemaError
from hybrid.structured.bounds import largest_field, token_bound
from hybrid.workloads.changelog import ChangelogEntry

pytestmark = pytest.mark.unit


class Item(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(max_length=10)
    count: int = Field(ge=0, le=999)


class Order(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["buy", "sell"]
    items: list[Item] = Field(max_length=3)
    note: str | None = Field(default=None, max_length=20)
    urgent: bool = False


def test_a_nested_schema_bounds_its_largest_instance_in_real_tokens_and_names_its_largest_field(
    tiny_causal_lm_path,
):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_causal_lm_path)
    schema = Order.model_json_schema()
    bound = token_bound(schema)
    # The largest valid Order: every list full, every string at its length in escaped
    # surrogate pairs, every number its widest, the longest enum value.
    item = Item(name="\U0001f600" * 10, count=999)
    largest = Order(kind="sell", items=[item] * 3, note="\U0001f600" * 20, urgent=False).model_dump(mode="json")
    for text in (json.dumps(largest), json.dumps(largest, ensure_ascii=False)):
        assert len(tok(text, add_special_tokens=False)["input_ids"]) <= bound
        assert len(text.encode()) <= bound
    assert largest_field(schema)[0] == "items"


@pytest.mark.parametrize(
    ("annotation", "message"),
    [
        (str, "$.x: string without maxLength"),
        (list[int], "$.x: array without maxItems"),
        (float, "$.x: number (float) has unbounded digits"),
        (int, "$.x: integer without maximum"),
        (dict[str, int], "$.x: object with open-ended keys"),
    ],
)
def test_unbounded_fields_are_refused_by_name(annotation, message):
    model = type("M", (BaseModel,), {"__annotations__": {"x": annotation}})
    with pytest.raises(SchemaError) as err:
        token_bound(model.model_json_schema())
    assert message in str(err.value)


def test_an_unbounded_pattern_is_refused_because_compilers_drop_max_length_beside_it():
    class Slug(BaseModel):
        slug: str = Field(max_length=10, pattern=r"^[a-z]+$")

    with pytest.raises(SchemaError, match=r"\$\.slug: pattern '\^\[a-z\]\+\$' matches strings of any length"):
        token_bound(Slug.model_json_schema())


def test_recursive_and_unsupported_constructs_are_named():
    class Node(BaseModel):
        label: str = Field(max_length=5)
        children: list[Node] = Field(default_factory=list, max_length=2)

    with pytest.raises(SchemaError, match="refers to itself"):
        token_bound(Node.model_json_schema())
    with pytest.raises(SchemaError, match="schema keyword 'not'"):
        token_bound({"type": "object", "properties": {"a": {"not": {"type": "string"}}}})


def test_the_longest_changelog_entry_fits_its_bound_in_real_tokens(tiny_causal_lm_path):
    from transformers import AutoTokenizer

    tok = AutoTokenizer.from_pretrained(tiny_causal_lm_path)
    bound = token_bound(ChangelogEntry.model_json_schema())
    # Worst cases: every summary character an escaped surrogate pair, every number its
    # widest, the longest enum value.
    worst = {"type": "deprecated", "scope": "a" * 20, "summary": "\U0001f600" * 100, "breaking": False, "pr": 999999}
    for text in (json.dumps(worst), json.dumps(worst, ensure_ascii=False)):
        assert len(tok(text, add_special_tokens=False)["input_ids"]) <= bound
    assert len(json.dumps(worst).encode()) <= bound


def test_a_bare_object_admits_any_keys_so_it_is_unbounded():
    # xgrammar reads {"type": "object"} as any object; only listed properties close it.
    with pytest.raises(SchemaError, match=r"\$\.meta: object with open-ended keys"):
        token_bound({"type": "object", "properties": {"meta": {"type": "object"}}})
    assert token_bound({"type": "object", "properties": {}}) == 2
    assert token_bound({"type": "object", "additionalProperties": False}) == 2
