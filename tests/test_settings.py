from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import BaseModel

from hybrid import settings as settings_module
from hybrid.errors import ConfigError
from hybrid.settings import GenerationSettings, KnowledgeSettings, ModelSettings, ServeSettings, Settings, load_settings

pytestmark = pytest.mark.unit


def test_defaults_keep_state_in_dot_hybrid_and_caches_in_the_cache_dir(isolated, model_cache):
    s = load_settings()
    assert s.state_dir == Path(".hybrid")
    assert s.cache_dir == model_cache  # from HYBRID_CACHE_DIR, set by the test fixture
    assert s.knowledge.chroma_url is None and s.knowledge.mode == "hybrid"


def test_toml_then_env_then_flags(isolated, monkeypatch):
    (isolated / "hybrid.toml").write_text('[knowledge]\nk = 3\ncollection = "fromtoml"\nchunk_size = 150\n')
    s = load_settings()
    assert (s.knowledge.k, s.knowledge.collection, s.knowledge.chunk_size) == (3, "fromtoml", 150)
    monkeypatch.setenv("HYBRID_KNOWLEDGE__K", "4")
    s = load_settings()
    assert (s.knowledge.k, s.knowledge.collection) == (4, "fromtoml")
    s = load_settings(knowledge={"k": 9, "collection": None})
    assert (s.knowledge.k, s.knowledge.collection, s.knowledge.chunk_size) == (9, "fromtoml", 150)


def test_unknown_setting_names_the_field_and_file(isolated):
    (isolated / "hybrid.toml").write_text("[knowledge]\nchunk_sise = 100\n")
    with pytest.raises(ConfigError, match=r"hybrid.toml: unknown setting 'knowledge.chunk_sise'"):
        load_settings()


def test_invalid_value_names_the_field_and_value(isolated):
    (isolated / "hybrid.toml").write_text('[knowledge]\nmode = "fuzzy"\n')
    with pytest.raises(ConfigError, match=r"knowledge.mode.*'fuzzy'"):
        load_settings()


def test_overlap_must_be_smaller_than_size():
    with pytest.raises(ValueError, match="chunk_overlap"):
        KnowledgeSettings(chunk_size=50, chunk_overlap=50)


def test_missing_config_file_is_named(isolated):
    with pytest.raises(ConfigError, match=r"nope\.toml does not exist"):
        load_settings(Path("nope.toml"))


def test_malformed_toml_is_named(isolated):
    (isolated / "hybrid.toml").write_text("[knowledge\n")
    with pytest.raises(ConfigError, match=r"hybrid\.toml"):
        load_settings()


# Every settings model the module defines, found rather than listed, so a new one is covered too.
MODELS = [
    obj
    for obj in vars(settings_module).values()
    if isinstance(obj, type) and issubclass(obj, BaseModel) and obj.__module__ == settings_module.__name__
]


def test_the_models_found_include_every_section():
    assert {Settings, KnowledgeSettings, ModelSettings, GenerationSettings, ServeSettings} <= set(MODELS)
    assert {"PipelineSettings", "EvaluationSettings", "EvalSizes"} <= {m.__name__ for m in MODELS}


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_field_is_described_and_extra_is_forbidden(model: type[BaseModel]):
    assert model.model_config.get("extra") == "forbid"
    for name, field in model.model_fields.items():
        assert field.description, f"{model.__name__}.{name} has no description"


def test_the_kinds_default_to_the_bundled_implementations(isolated):
    s = load_settings()
    assert (s.models.embedder_kind, s.generation.backend, s.evaluation.retries) == ("sentence-transformers", "local", 2)
