"""Eval sets are read strictly: a bad line is an error naming the file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hybrid.evaluation.cases import DraftingCase, EvalFileError, read_cases
from hybrid.evaluation.retrieval import load_cases

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parents[2]
GOOD = {
    "id": "d1",
    "department": "legal",
    "request": "Summarise the warranty",
    "facts": ["12-year"],
    "sources": ["a.md"],
}


def write(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n")
    return path


def test_the_bundled_eval_sets_parse_and_have_30_drafting_requests_per_department():
    drafting = read_cases(REPO / "corpora/eval/drafting.jsonl", DraftingCase)
    per_department: dict[str, int] = {}
    for case in drafting:
        per_department[case.department] = per_department.get(case.department, 0) + 1
    assert set(per_department) == {"marketing", "legal", "engineering", "support"}
    assert min(per_department.values()) >= 30
    assert len(load_cases(REPO / "corpora/eval/retrieval.jsonl")) >= 100


def test_drafting_requests_are_not_in_the_style_training_data():
    drafting = read_cases(REPO / "corpora/eval/drafting.jsonl", DraftingCase)
    trained = set()
    for path in (REPO / "corpora/style").glob("*/train.jsonl"):
        trained |= {json.loads(line)["instruction"].strip().lower() for line in path.read_text().splitlines() if line}
    assert not [c.id for c in drafting if c.request.strip().lower() in trained]


def test_drafting_facts_and_sources_exist_in_the_bundled_facts():
    facts = REPO / "corpora/facts"
    for case in read_cases(REPO / "corpora/eval/drafting.jsonl", DraftingCase):
        texts = [(facts / s).read_text(encoding="utf-8") for s in case.sources]
        for fact in case.facts:
            assert any(fact.lower() in t.lower() for t in texts), f"{case.id}: {fact!r} is in none of {case.sources}"


def test_a_line_that_is_not_json_names_file_and_line(tmp_path):
    path = write(tmp_path / "drafting.jsonl", json.dumps(GOOD), "", '{"id": "d2", "department": ')
    with pytest.raises(EvalFileError, match=r"drafting\.jsonl:3: not valid JSON"):
        read_cases(path, DraftingCase)


def test_a_missing_field_names_the_field_and_line(tmp_path):
    bad = {k: v for k, v in GOOD.items() if k != "facts"} | {"id": "d2"}
    path = write(tmp_path / "drafting.jsonl", json.dumps(GOOD), json.dumps(bad))
    with pytest.raises(EvalFileError, match=r"drafting\.jsonl:2: field 'facts': Field required"):
        read_cases(path, DraftingCase)


def test_an_unknown_field_and_a_duplicate_id_are_refused(tmp_path):
    path = write(tmp_path / "d.jsonl", json.dumps(GOOD | {"answer": "x"}))
    with pytest.raises(EvalFileError, match=r"d\.jsonl:1: field 'answer': Extra inputs"):
        read_cases(path, DraftingCase)
    path = write(tmp_path / "d.jsonl", json.dumps(GOOD), json.dumps(GOOD))
    with pytest.raises(EvalFileError, match=r"d\.jsonl:2: duplicate id 'd1' \(first on line 1\)"):
        read_cases(path, DraftingCase)


def test_retrieval_cases_name_file_and_line_too(tmp_path):
    path = write(tmp_path / "retrieval.jsonl", '{"id": "r1", "question": "q", "sources": []}')
    with pytest.raises(EvalFileError, match=r"retrieval\.jsonl:1: field 'sources'"):
        load_cases(path)


def test_empty_and_missing_files_are_errors(tmp_path):
    with pytest.raises(EvalFileError, match="no cases"):
        read_cases(write(tmp_path / "empty.jsonl", ""), DraftingCase)
    with pytest.raises(EvalFileError, match=r"missing\.jsonl: cannot read"):
        read_cases(tmp_path / "missing.jsonl", DraftingCase)
