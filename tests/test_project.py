"""Project discovery: the nearest settings file from the working directory up, overridden
by --config and HYBRID_CONFIG; `hybrid init`'s template; the shipped voices' folder."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from hybrid.errors import ConfigError
from hybrid.project import CONFIG_ENV, discover, find_config, init_project, shipped_adapters
from hybrid.settings import load_settings

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parent.parent


def test_the_nearest_file_wins_and_hybrid_toml_beats_pyproject_in_one_folder(isolated):
    deep = isolated / "a" / "b"
    deep.mkdir(parents=True)
    (isolated / "hybrid.toml").write_text("")
    assert find_config(deep) == isolated / "hybrid.toml"
    (isolated / "a" / "pyproject.toml").write_text('[tool.hybrid]\nadapters_dir = "v"\n')
    assert find_config(deep) == isolated / "a" / "pyproject.toml"
    (isolated / "a" / "hybrid.toml").write_text("")
    assert find_config(deep) == isolated / "a" / "hybrid.toml"


def test_a_pyproject_without_tool_hybrid_is_not_a_project(isolated):
    (isolated / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config(isolated) is None


def test_tool_hybrid_settings_are_read_and_anchored_to_the_pyproject(isolated, monkeypatch):
    (isolated / "pyproject.toml").write_text('[project]\nname = "x"\n[tool.hybrid]\nadapters_dir = "v"\n')
    (isolated / "src").mkdir()
    monkeypatch.chdir(isolated / "src")
    s = load_settings()
    assert (s.project_root, s.adapters_dir, s.state_dir) == (isolated, isolated / "v", isolated / ".hybrid")


def test_hybrid_config_env_beats_discovery_and_the_flag_beats_both(isolated, monkeypatch, tmp_path):
    (isolated / "hybrid.toml").write_text("")
    other = tmp_path / "other"
    other.mkdir()
    (other / "conf.toml").write_text('state_dir = "st"\n')
    monkeypatch.setenv(CONFIG_ENV, str(other / "conf.toml"))
    assert discover().config == other / "conf.toml" and discover().how == CONFIG_ENV
    assert load_settings().state_dir == other / "st"
    assert discover(Path("hybrid.toml")).config == isolated / "hybrid.toml"
    monkeypatch.setenv(CONFIG_ENV, "missing.toml")
    with pytest.raises(ConfigError, match=r"missing\.toml \(from HYBRID_CONFIG\) does not exist"):
        discover()


def test_init_writes_a_commented_config_and_the_folders_and_never_overwrites(isolated):
    created = init_project(isolated / "proj")
    assert {p.name for p in created} == {"hybrid.toml", ".hybrid", "adapters"}
    text = (isolated / "proj" / "hybrid.toml").read_text()
    assert tomllib.loads(text) == {} and "state_dir" in text and "HYBRID_API_TOKEN" in text
    with pytest.raises(ConfigError, match=r"proj/hybrid\.toml already exists"):
        init_project(isolated / "proj")


def test_the_shipped_voices_are_found_beside_the_package():
    shipped = shipped_adapters()
    assert shipped == REPO / "adapters"
    assert {"marketing", "legal", "engineering", "support"} <= {p.name for p in shipped.iterdir()}
