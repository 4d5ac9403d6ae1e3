"""The labelled corpus as training examples: the prompt the adapter learns is the one drafting sends."""

from __future__ import annotations

import json

import pytest

from hybrid.pipeline.spec import SchemaSpec
from hybrid.style.corpus import CorpusError
from hybrid.workloads.changelog.corpus import training_examples
from hybrid.workloads.changelog.draft import entry_spec
from hybrid.workloads.changelog.pulls import read_labelled
from tests.conftest import REPO

pytestmark = pytest.mark.unit


def test_each_example_is_the_drafting_prompt_and_the_entry_as_constrained_decoding_lays_it_out():
    path = REPO / "corpora/changelog/train.jsonl"
    examples, labelled = training_examples(path), read_labelled(path)
    assert len(examples) == len(labelled)
    spec = entry_spec(labelled[0].pull)
    assert isinstance(spec.schema, SchemaSpec)
    assert examples[0].instruction == spec.schema.request(spec.request)
    assert json.loads(examples[0].response) == labelled[0].entry.model_dump(mode="json")


def test_a_malformed_line_is_a_corpus_error_naming_the_line(tmp_path):
    (tmp_path / "train.jsonl").write_text('{"pr": 3, "title": "t"}\n')
    with pytest.raises(CorpusError, match=r"train.jsonl:1: field 'entry': Field required"):
        training_examples(tmp_path / "train.jsonl")
