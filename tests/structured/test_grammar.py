"""Constrained decoding with a real grammar on a tiny random model: a model that writes
noise still produces schema-valid JSON, inside the schema's token bound, every time."""

from __future__ import annotations

import pytest

from hybrid.errors import SchemaError
from hybrid.generation import LocalGenerator
from hybrid.structured.bounds import token_bound
from hybrid.structured.grammar import JsonGrammars
from hybrid.structured.validation import validate
from hybrid.style.registry import AdapterRegistry
from hybrid.types import GenerationRequest
from hybrid.workloads.changelog import ChangelogEntry

pytestmark = pytest.mark.unit


@pytest.fixture(scope="module")
def gen(tiny_wide_lm_path, tmp_path_factory):
    root = tmp_path_factory.mktemp("grammar")
    g = LocalGenerator(str(tiny_wide_lm_path), root / "cache", AdapterRegistry(root / "adapters"))
    g.warm_up()
    return g


def rows(n, schema, max_new):
    return [
        GenerationRequest([{"role": "user", "content": f"entry {i}"}], max_new_tokens=max_new, json_schema=schema)
        for i in range(n)
    ]


def test_random_weights_sampled_hot_still_give_valid_json_within_the_bound(gen):
    schema = ChangelogEntry.model_json_schema()
    bound = token_bound(schema)
    results = gen.generate(rows(6, schema, bound), do_sample=True, temperature=1.5, seed=0)
    for r in results:
        out = validate(r.text, ChangelogEntry)
        assert out.structurally_valid, (r.text, out.schema_errors)
        assert r.finish_reason == "stop" and r.completion_tokens <= bound


def test_unconstrained_rows_in_the_same_call_are_left_alone(gen):
    schema = ChangelogEntry.model_json_schema()
    free = GenerationRequest([{"role": "user", "content": "entry 0"}], max_new_tokens=12)
    alone = gen.generate([free])[0].token_ids
    mixed = gen.generate([rows(1, schema, token_bound(schema))[0], free])
    assert validate(mixed[0].text, ChangelogEntry).structurally_valid
    assert mixed[1].token_ids == alone


def test_a_schema_the_grammar_cannot_express_names_the_construct(gen):
    grammars = JsonGrammars(gen.tokenizer, gen.model.config.vocab_size)
    with pytest.raises(SchemaError, match=r"\$\.when: string format 'date-time' without maxLength"):
        grammars.compile({"type": "object", "properties": {"when": {"type": "string", "format": "date-time"}}})
    with pytest.raises(SchemaError, match="cannot be compiled to a grammar"):
        grammars.compile(
            {"type": "object", "properties": {"a": {"type": "integer", "minimum": 0, "maximum": 9, "multipleOf": "x"}}}
        )


def test_a_row_temperature_samples_repeatably_and_apart_from_greedy_rows(gen):
    schema = ChangelogEntry.model_json_schema()
    greedy = rows(1, schema, token_bound(schema))[0]
    hot = GenerationRequest(greedy.messages, max_new_tokens=greedy.max_new_tokens, json_schema=schema, temperature=1.5)
    first = gen.generate([greedy, hot])
    again = gen.generate([hot])
    assert first[1].token_ids == again[0].token_ids  # seeded
    assert first[0].token_ids == gen.generate([greedy])[0].token_ids
    assert first[0].token_ids != first[1].token_ids
