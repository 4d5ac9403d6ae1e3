"""Test isolation: no test touches the real ~/.cache, ~/.local/share or the repo's .hybrid/."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from hybrid.style import AdapterRegistry, TrainConfig, train_adapter
from tests.fixtures import TINY_TRAIN_ARGS, write_corpus

TINY_TRAIN = TrainConfig(**TINY_TRAIN_ARGS)

REPO = Path(__file__).resolve().parent.parent

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


@pytest.fixture(scope="session")
def model_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One model cache per test session: the base model is dequantised at most once."""
    return tmp_path_factory.mktemp("model-cache")


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, model_cache: Path) -> Path:
    """Run each test in its own working directory with its own state and cache."""
    for key in list(os.environ):
        if key.startswith("HYBRID_"):
            monkeypatch.delenv(key)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    monkeypatch.setenv("HYBRID_CACHE_DIR", str(model_cache))
    # With no project found, state goes to the user's data directory: a fresh one per test.
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "user-data"))
    return work


@pytest.fixture(scope="session")
def tiny_embedder_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.fixtures import build_tiny_sentence_transformer

    return build_tiny_sentence_transformer(tmp_path_factory.mktemp("tiny-st"))


@pytest.fixture(scope="session")
def tiny_causal_lm_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.fixtures import build_tiny_causal_lm

    return build_tiny_causal_lm(tmp_path_factory.mktemp("tiny-lm"))


@pytest.fixture(scope="session")
def tiny_wide_lm_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tiny random model with a 4096-token window: room for a schema's worst case."""
    from tests.fixtures import build_tiny_causal_lm

    return build_tiny_causal_lm(tmp_path_factory.mktemp("tiny-wide-lm"), max_positions=4096)


@pytest.fixture(scope="session")
def facts_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of corpora/facts (`<folder>/facts`) ingested once per session with the bundled
    MiniLM into `<folder>/.hybrid`: the integration tests that need the real index share it
    instead of each paying ~40 s of embedding."""
    from hybrid.knowledge import Knowledge
    from hybrid.settings import load_settings

    work = tmp_path_factory.mktemp("facts")
    shutil.copytree(REPO / "corpora" / "facts", work / "facts")
    summary = Knowledge.from_settings(load_settings(state_dir=work / ".hybrid")).ingest([work / "facts"])
    assert not summary.skipped and summary.chunks_total > 100
    return work


@pytest.fixture
def registry(isolated: Path) -> AdapterRegistry:
    return AdapterRegistry(isolated / "adapters")


@pytest.fixture(scope="session")
def trained_registry(tmp_path_factory, tiny_causal_lm_path) -> AdapterRegistry:
    """Two tiny adapters ('loud', 'terse') on the tiny random base, trained once per session."""
    root = tmp_path_factory.mktemp("trained")
    reg = AdapterRegistry(root / "adapters")
    for name, voice in (("loud", "loud"), ("terse", "terse")):
        corpus = write_corpus(root / "corpora" / name, voice)
        train_adapter(name, corpus, reg, str(tiny_causal_lm_path), root / "cache", TINY_TRAIN, show_progress=False)
    return reg
