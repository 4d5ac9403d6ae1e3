"""`draft(schema=...)`: a validated object in the Draft, by grammar or by repair."""

from __future__ import annotations

from typing import Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field

from hybrid.changelog import ChangelogEntry, PullRequest, draft_entry
from hybrid.errors import SchemaError, StructuredOutputError
from hybrid.pipeline import Departments, HybridPipeline
from hybrid.structured.bounds import token_bound
from hybrid.testing import FakeAdapterStore, FakeGenerator

pytestmark = pytest.mark.unit

GOOD = '{"type": "fixed", "scope": "motor", "summary": "Stop the desk drifting down", "breaking": false, "pr": 12}'
BAD = GOOD.replace("Stop the", "Stopped the")


class Order(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: Literal["buy", "sell"]
    item: str = Field(max_length=12)
    quantity: int = Field(ge=1, le=99)


def fake_pipeline(*replies, **kwargs):
    queue = list(replies)
    gen = FakeGenerator(["changelog"], reply=lambda r: queue.pop(0))
    voices = Departments(FakeAdapterStore(["changelog"]), {})
    return HybridPipeline(None, gen, voices, **kwargs), gen


def test_repair_returns_the_validated_object_and_how_it_was_made():
    pipe, gen = fake_pipeline(BAD, GOOD)
    d = pipe.draft("PR #12", "changelog", retrieval=False, schema=ChangelogEntry, mechanism="repair")
    assert isinstance(d.data, ChangelogEntry) and d.data.summary == "Stop the desk drifting down"
    assert d.text == GOOD
    s = d.structured
    assert (s.schema_name, s.mechanism, s.attempts, s.retries_used) == ("ChangelogEntry", "repair", 2, 1)
    assert s.failed[0].text == BAD and "imperative" in s.failed[0].errors[0]
    assert d.model_dump(mode="json")["data"]["summary"] == "Stop the desk drifting down"
    first = gen.calls[0][0]
    assert first.json_schema is None and first.repetition_penalty == 1.0
    assert first.messages[-1]["content"].startswith("PR #12\n\nReply with one JSON object")


def test_after_the_last_retry_the_failure_carries_every_raw_reply():
    pipe, _ = fake_pipeline("nope", BAD)
    with pytest.raises(StructuredOutputError, match=r"no valid ChangelogEntry after 2 attempt\(s\) \(repair\)") as err:
        pipe.draft("PR #12", "changelog", retrieval=False, schema=ChangelogEntry, mechanism="repair", retries=1)
    assert [raw for raw, _ in err.value.attempts] == ["nope", BAD] and err.value.raw == BAD
    assert err.value.draft.data is None and err.value.draft.text == BAD


def test_validation_context_reaches_the_validators():
    pipe, _ = fake_pipeline(GOOD)
    with pytest.raises(StructuredOutputError, match="must be the pull request's number, 13, not 12"):
        pipe.draft(
            "PR #13",
            "changelog",
            retrieval=False,
            schema=ChangelogEntry,
            mechanism="repair",
            retries=0,
            validation_context={"pr": 13},
        )


def test_few_shot_examples_are_earlier_turns_in_the_same_layout():
    pipe, gen = fake_pipeline(GOOD)
    example = ChangelogEntry.model_validate_json(GOOD)
    pipe.draft(
        "PR #12", "changelog", retrieval=False, schema=ChangelogEntry, mechanism="repair", examples=[("PR #1", example)]
    )
    roles = [m["role"] for m in gen.calls[0][0].messages]
    assert roles == ["system", "user", "assistant", "user"]
    assert gen.calls[0][0].messages[2]["content"] == GOOD


def test_a_generator_that_cannot_constrain_is_refused_with_the_alternative():
    pipe, gen = fake_pipeline(GOOD)
    with pytest.raises(SchemaError, match=r"cannot constrain decoding.*mechanism='repair'"):
        pipe.draft("PR #12", "changelog", retrieval=False, schema=ChangelogEntry)
    assert gen.calls == []


def test_bad_schemas_and_options_are_refused_before_generating():
    pipe, gen = fake_pipeline(GOOD)

    class Loose(BaseModel):
        text: str

    with pytest.raises(SchemaError, match=r"\$\.text: string without maxLength"):
        pipe.draft("x", "changelog", retrieval=False, schema=Loose, mechanism="repair")
    with pytest.raises(SchemaError, match="mechanism 'magic' is unknown"):
        pipe.draft("x", "changelog", retrieval=False, schema=Order, mechanism="magic")
    with pytest.raises(SchemaError, match="must be a pydantic model class"):
        pipe.draft("x", "changelog", retrieval=False, schema=dict)
    assert gen.calls == []


def test_streaming_a_schema_yields_the_validated_json_then_the_draft():
    pipe, _ = fake_pipeline(GOOD)
    items = list(pipe.stream("PR #12", "changelog", retrieval=False, schema=ChangelogEntry, mechanism="repair"))
    assert items[0] == GOOD and items[-1].data.pr == 12


def test_an_empty_pull_request_needs_no_model_and_a_long_one_is_trimmed_with_a_note():
    pipe, gen = fake_pipeline(GOOD, context_tokens=600, max_new_tokens=64)
    empty = draft_entry(pipe, PullRequest(pr=12, title="Bump version", description=""), mechanism="repair")
    assert empty.entry.type == "none" and empty.draft is None and gen.calls == []
    long = PullRequest(pr=12, title="Fix drift", description="\n".join(["The desk drifts down under load."] * 400))
    result = draft_entry(pipe, long, mechanism="repair")
    assert result.entry.summary == "Stop the desk drifting down"
    assert any(n.startswith("PR #12: description trimmed from") for n in result.notes)
    assert len(gen.calls[0][0].messages[-1]["content"]) < len(long.description)


@pytest.fixture(scope="module")
def tiny_pipeline(tiny_wide_lm_path, tmp_path_factory):
    from hybrid.generation import LocalGenerator
    from hybrid.style.registry import AdapterRegistry

    root = tmp_path_factory.mktemp("structured")
    registry = AdapterRegistry(root / "adapters")
    gen = LocalGenerator(str(tiny_wide_lm_path), root / "cache", registry)
    return HybridPipeline(None, gen, Departments(registry, {"ops": "base"}))


def test_constrained_decoding_on_a_real_model_gives_the_object_within_the_schema_bound(tiny_pipeline):
    d = tiny_pipeline.draft("Order something", "ops", retrieval=False, schema=Order, retries=0)
    assert isinstance(d.data, Order)
    assert d.structured.mechanism == "constrained" and d.structured.attempts == 1
    assert d.structured.max_new_tokens == token_bound(Order.model_json_schema())
    assert d.completion_tokens <= d.structured.max_new_tokens


def test_a_token_budget_below_the_schema_bound_is_refused_naming_the_largest_field(tiny_pipeline):
    with pytest.raises(
        SchemaError, match=r"Order allows objects of up to \d+ tokens \(item: \d+\).*lower item's max_length"
    ):
        tiny_pipeline.draft("Order", "ops", retrieval=False, schema=Order, max_new_tokens=10)


def test_room_for_request_leaves_space_for_the_schema_instruction_and_bound(tiny_pipeline):
    free = tiny_pipeline.room_for_request("ops")
    constrained = tiny_pipeline.room_for_request("ops", Order)
    assert constrained > 0 and constrained != free


def test_pinned_fields_are_constants_in_the_grammar_and_checked_otherwise(tiny_pipeline):
    d = tiny_pipeline.draft("Order", "ops", retrieval=False, schema=Order, retries=0, pinned={"quantity": 42})
    assert d.data.quantity == 42
    with pytest.raises(SchemaError, match="pinned field 'colour' is not a field of Order"):
        tiny_pipeline.draft("Order", "ops", retrieval=False, schema=Order, pinned={"colour": "red"})
    pipe, _ = fake_pipeline(GOOD.replace('"pr": 12', '"pr": 21'), GOOD)
    d = pipe.draft("PR #12", "changelog", retrieval=False, schema=ChangelogEntry, mechanism="repair", pinned={"pr": 12})
    assert d.data.pr == 12 and d.structured.failed[0].errors == [
        "field 'pr': must be 12 (pinned by the caller), not 21"
    ]
