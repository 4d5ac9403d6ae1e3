"""A corpus folder's declared format picks its reader; the style layer reads only its own."""

from __future__ import annotations

import shutil

import pytest

from hybrid.style.corpus import CorpusError
from hybrid.style.corpus import load_corpus as load_style_corpus
from hybrid.workloads.changelog.pulls import read_labelled
from hybrid.workloads.corpora import load_corpus
from tests.conftest import REPO
from tests.fixtures import write_corpus

pytestmark = pytest.mark.unit


def test_the_changelog_corpus_declares_its_format_and_loads_as_changelog_examples():
    corpus = load_corpus(REPO / "corpora/changelog", "changelog")
    heldout = read_labelled(REPO / "corpora/changelog/heldout.jsonl")
    assert (corpus.department, len(corpus.heldout)) == ("changelog", len(heldout))
    assert corpus.heldout[0].instruction.startswith(f"Write the changelog entry for pull request #{heldout[0].pull.pr}")


def test_the_style_layer_alone_refuses_a_workload_corpus_and_says_how_to_load_it():
    with pytest.raises(CorpusError, match=r"corpus.toml declares format 'changelog'.*hybrid.workloads.corpora"):
        load_style_corpus(REPO / "corpora/changelog")


def test_a_folder_without_corpus_toml_is_a_style_corpus(tmp_path):
    corpus = load_corpus(write_corpus(tmp_path / "loud", "loud"))
    assert corpus.train[0].context[0].source == "desk.md"


def test_an_unknown_format_names_the_file_and_the_known_ones(tmp_path):
    folder = tmp_path / "odd"
    shutil.copytree(REPO / "corpora/changelog", folder, ignore=shutil.ignore_patterns("*.py", "*.md"))
    (folder / "corpus.toml").write_text('format = "tickets"\n')
    with pytest.raises(CorpusError, match=r"odd/corpus.toml: format 'tickets' is unknown; use one of changelog, style"):
        load_corpus(folder)
