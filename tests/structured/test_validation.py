"""Parsing and validating replies: schema errors and rule errors, each naming its field."""

from __future__ import annotations

import pytest

from hybrid.structured.validation import validate
from hybrid.workloads.changelog import ChangelogEntry

pytestmark = pytest.mark.unit

GOOD = '{"type": "fixed", "scope": "motor", "summary": "Stop the desk drifting down", "breaking": false, "pr": 12}'


def test_a_valid_reply_validates_as_written():
    out = validate(GOOD, ChangelogEntry, {"pr": 12})
    assert out.ok and out.value.summary == "Stop the desk drifting down" and out.errors == []


def test_a_json_code_fence_is_accepted_but_prose_is_not():
    assert validate(f"```json\n{GOOD}\n```", ChangelogEntry).ok
    out = validate(f"Here is the entry: {GOOD}", ChangelogEntry)
    assert not out.ok and not out.structurally_valid
    assert out.schema_errors[0].startswith("not one JSON object")


def test_schema_errors_and_rule_errors_are_told_apart_and_name_the_field():
    wrong_type = GOOD.replace('"fixed"', '"fixd"')
    out = validate(wrong_type, ChangelogEntry)
    assert not out.structurally_valid and out.schema_errors[0].startswith("field 'type'")
    past_tense = GOOD.replace("Stop the", "Stopped the")
    out = validate(past_tense, ChangelogEntry, {"pr": 12})
    assert out.structurally_valid and not out.ok
    assert out.rule_errors == ["field 'summary': imperative: start with the base verb ('Fix', 'Add'), not 'Stopped'"]


def test_model_validators_name_their_field_and_context_reaches_validators():
    deprecated = GOOD.replace('"fixed"', '"deprecated"').replace("false", "true")
    out = validate(deprecated, ChangelogEntry)
    assert out.rule_errors == [
        "field 'breaking': a 'deprecated' entry is never breaking (a deprecated feature still works)"
    ]
    out = validate(GOOD, ChangelogEntry, {"pr": 13})
    assert out.rule_errors == ["field 'pr': must be the pull request's number, 13, not 12"]


def test_pinned_fields_must_hold_the_given_value():
    out = validate(GOOD, ChangelogEntry, pinned={"pr": 13})
    assert out.rule_errors == ["field 'pr': must be 13 (pinned by the caller), not 12"]
    assert validate(GOOD, ChangelogEntry, pinned={"pr": 12}).ok
