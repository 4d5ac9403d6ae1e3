from __future__ import annotations

import json

import pytest

from hybrid.style.corpus import CorpusError, load_corpus
from tests.fixtures import write_corpus

pytestmark = pytest.mark.unit


def test_loads_train_heldout_and_guide(tmp_path):
    c = load_corpus(write_corpus(tmp_path / "loud", "loud"))
    assert (len(c.train), len(c.heldout), c.department) == (12, 4, "loud")
    assert c.train[0].context[0].source == "desk.md" and c.style_guide.startswith("# loud")
    assert len(c.fingerprint) == 64


def test_fingerprint_changes_with_the_data(tmp_path):
    folder = write_corpus(tmp_path / "loud", "loud")
    before = load_corpus(folder).fingerprint
    with (folder / "train.jsonl").open("a") as fh:
        fh.write(json.dumps({"instruction": "x", "context": [], "response": "y"}) + "\n")
    assert load_corpus(folder).fingerprint != before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", r"train.jsonl is empty"),
        ('{"instruction": "a", "response": "b"}\n{not json\n', r"train.jsonl:2: not valid JSON"),
        ('{"instruction": "a"}\n', r"train.jsonl:1: field 'response': Field required"),
        ('{"instruction": "", "response": "b"}\n', r"train.jsonl:1: field 'instruction'"),
        (
            '{"instruction": "a", "response": "b", "context": [{"text": "t"}]}\n',
            r"train.jsonl:1: field 'context.0.source'",
        ),
        ('{"instruction": "a", "response": "b", "tone": "x"}\n', r"train.jsonl:1: field 'tone'"),
    ],
)
def test_bad_corpus_errors_name_file_line_and_field(tmp_path, content, message):
    (tmp_path / "train.jsonl").write_text(content)
    with pytest.raises(CorpusError, match=message):
        load_corpus(tmp_path)


def test_missing_folder_is_named(tmp_path):
    with pytest.raises(CorpusError, match="nope does not exist"):
        load_corpus(tmp_path / "nope")


@pytest.mark.parametrize("dept", ["marketing", "legal", "engineering", "support"])
def test_shipped_corpora_are_valid_and_large_enough(dept):
    from pathlib import Path

    c = load_corpus(Path(__file__).resolve().parents[2] / "corpora" / "style" / dept)
    assert len(c.train) + len(c.heldout) >= 150
    assert 0.1 <= len(c.heldout) / (len(c.train) + len(c.heldout)) <= 0.2
    assert c.style_guide.strip()
    with_distractors = sum(any(p.distractor for p in ex.context) for ex in c.train + c.heldout)
    assert with_distractors >= 0.15 * (len(c.train) + len(c.heldout))


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ("format = [", r"corpus.toml: not valid TOML"),
        ('format = "style"\nvoice = "loud"\n', r"corpus.toml: unknown key 'voice'"),
        ("format = 3\n", r"corpus.toml: format must be a name"),
    ],
)
def test_a_bad_corpus_toml_names_the_file_and_the_key(tmp_path, toml, message):
    folder = write_corpus(tmp_path / "loud", "loud")
    (folder / "corpus.toml").write_text(toml)
    with pytest.raises(CorpusError, match=message):
        load_corpus(folder)


def test_the_reader_the_caller_chooses_reads_both_splits(tmp_path):
    from hybrid.style.corpus import StyleExample

    folder = write_corpus(tmp_path / "loud", "loud")
    seen = []

    def reader(path):
        seen.append(path.name)
        return [StyleExample(instruction=f"from {path.name}", response="ok")]

    c = load_corpus(folder, reader=reader)
    assert seen == ["train.jsonl", "heldout.jsonl"] and c.train[0].instruction == "from train.jsonl"


def test_the_style_layer_imports_no_workload():
    import ast
    from pathlib import Path

    style = Path(__file__).resolve().parents[2] / "hybrid" / "style"
    for path in style.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            for name in names:
                assert not name.startswith(("hybrid.workloads", "hybrid.changelog")), f"{path.name} imports {name}"
