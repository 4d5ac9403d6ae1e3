"""Request bodies become the pipeline's one request value."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from hybrid.pipeline.spec import DraftSpec, SchemaSpec
from hybrid.serve.schemas import DraftBody

pytestmark = pytest.mark.unit


class Note(BaseModel):
    title: str


def test_a_draft_body_becomes_the_spec_it_asks_for():
    body = DraftBody.model_validate(
        {
            "request": "Announce the price",
            "department": "marketing",
            "options": {"k": 2, "adapter": False, "style_prompt": True, "source_departments": ["legal"]},
        }
    )
    spec = body.to_spec(max_new_tokens=40)
    assert spec == DraftSpec(
        request="Announce the price",
        department="marketing",
        k=2,
        filters={"department": ["legal"]},
        max_new_tokens=40,
        use_adapter=False,
        style_prompt=True,
    )


def test_a_schema_gets_the_requested_mechanism_or_the_pipeline_defaults():
    plain = DraftBody(request="r", department="d", schema="note").to_spec(Note)
    assert plain.schema == SchemaSpec(model=Note)  # the defaults are SchemaSpec's own
    asked = DraftBody.model_validate(
        {"request": "r", "department": "d", "schema": "note", "options": {"mechanism": "repair", "retries": 0}}
    )
    assert asked.to_spec(Note).schema == SchemaSpec(model=Note, mechanism="repair", retries=0)
    assert DraftBody(request="r", department="d").to_spec().schema is None
