from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel

from hybrid import settings as settings_module
from hybrid.errors import ConfigError
from hybrid.model_files import hf_offline
from hybrid.settings import (
    GenerationSettings,
    KnowledgeSettings,
    ModelSettings,
    ServeSettings,
    Settings,
    describe_settings,
    load_settings,
    mask_url,
    reveal,
)

pytestmark = pytest.mark.unit


def test_with_no_project_state_goes_to_the_user_data_dir_and_caches_to_the_cache_dir(isolated, model_cache, tmp_path):
    s = load_settings()
    assert s.project_root is None
    assert s.state_dir == tmp_path / "user-data" / "hybrid" / "state"  # XDG_DATA_HOME, set by the fixture
    assert s.adapters_dir == tmp_path / "user-data" / "hybrid" / "adapters"
    assert s.cache_dir == model_cache  # from HYBRID_CACHE_DIR, set by the test fixture
    assert s.knowledge.chroma_url is None and s.knowledge.mode == "hybrid"


def test_in_a_project_defaults_and_file_paths_live_in_its_root_from_any_sub_folder(isolated, monkeypatch):
    (isolated / "hybrid.toml").write_text('adapters_dir = "voices"\n[pipeline]\nstyle_dir = "../shared/style"\n')
    (isolated / "a" / "b").mkdir(parents=True)
    monkeypatch.chdir(isolated / "a" / "b")
    s = load_settings(knowledge={"k": 2})
    assert s.project_root == isolated
    assert (s.state_dir, s.adapters_dir) == (isolated / ".hybrid", isolated / "voices")
    assert s.pipeline.style_dir == isolated / "../shared/style"
    assert s.evaluation.facts_dir == isolated / "corpora/facts"
    assert (s.origin("adapters_dir"), s.origin("knowledge.k"), s.origin("state_dir")) == (
        f"file {isolated / 'hybrid.toml'}",
        "flag",
        "default",
    )


def test_env_and_flag_paths_are_taken_against_the_working_directory(isolated, monkeypatch):
    (isolated / "hybrid.toml").write_text("")
    (isolated / "sub").mkdir()
    monkeypatch.chdir(isolated / "sub")
    monkeypatch.setenv("HYBRID_ADAPTERS_DIR", "mine")
    s = load_settings(state_dir=Path("st"))
    assert (s.state_dir, s.adapters_dir) == (isolated / "sub" / "st", isolated / "sub" / "mine")
    assert s.origin("adapters_dir") == "env HYBRID_ADAPTERS_DIR"


def test_secrets_are_masked_everywhere_they_are_printed(isolated, monkeypatch):
    monkeypatch.setenv("HYBRID_API_TOKEN", "tok-s3cret")
    (isolated / "hybrid.toml").write_text(
        '[generation]\napi_key = "key-s3cret"\nbase_url = "http://u:pw-s3cret@h:9/v1"\n'
    )
    s = load_settings()
    assert s.serve.api_token == "tok-s3cret" and reveal(s.generation.api_key) == "key-s3cret"
    rows = describe_settings(s)
    shown = repr(s) + json.dumps(rows) + s.model_dump_json(exclude={"generation": {"base_url"}})
    assert "s3cret" not in shown
    assert rows["serve.api_token"] == {"value": "**********", "from": "env HYBRID_API_TOKEN"}
    assert rows["generation.base_url"]["value"] == "http://u:***@h:9/v1"
    assert mask_url("http://h:9/v1") == "http://h:9/v1"


@pytest.mark.parametrize(
    "toml",
    [
        '[serve]\napi_token = ["tok-s3cret"]\n',
        "[generation]\napi_key = 12345678\n",
        '[serve]\napi_tokn = "tok-s3cret"\n',
    ],
)
def test_config_errors_never_echo_a_secret(isolated, toml):
    (isolated / "hybrid.toml").write_text(toml)
    with pytest.raises(ConfigError) as info:
        load_settings()
    assert "s3cret" not in str(info.value) and "12345678" not in str(info.value)
    assert "serve.api_tok" in str(info.value) or "generation.api_key" in str(info.value)


@pytest.mark.parametrize(("value", "offline"), [("1", True), ("TRUE", True), ("yes", True), ("False", False),
                                                ("0", False), ("", False), ("off", False)])  # fmt: skip
def test_hf_hub_offline_is_read_as_huggingface_hub_reads_it(value, offline):
    from huggingface_hub.constants import _is_true

    assert hf_offline({"HF_HUB_OFFLINE": value}) is offline is _is_true(value or None)


@pytest.mark.parametrize(
    "env",
    [
        {"HF_HUB_OFFLINE": "", "TRANSFORMERS_OFFLINE": "1"},  # empty falls through to the older name
        {"HF_HUB_OFFLINE": "0", "TRANSFORMERS_OFFLINE": "1"},  # a set value wins, even "0"
        {"TRANSFORMERS_OFFLINE": "on"},
        {"HF_HUB_OFFLINE": " 1"},
        {},
    ],
)
def test_offline_matches_what_huggingface_hub_itself_decides(env):
    """huggingface_hub reads the variables once, at import: ask a fresh process what it decided."""
    import os
    import subprocess
    import sys

    clean = {k: v for k, v in os.environ.items() if k not in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")}
    out = subprocess.run(
        [sys.executable, "-c", "from huggingface_hub import constants; print(constants.HF_HUB_OFFLINE)"],
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert hf_offline(env) is (out == "True")


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
