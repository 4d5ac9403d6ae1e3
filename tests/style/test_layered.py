"""The layered adapter store: the project's registry first, then read-only shipped voices."""

from __future__ import annotations

from pathlib import Path

import pytest

from hybrid.style.adapter_store import AdapterError, AdapterRegistry
from hybrid.style.layered import LayeredAdapterStore

pytestmark = pytest.mark.unit


def _copy_version(src: AdapterRegistry, name: str, dest: Path, version: str = "v1") -> None:
    import shutil

    shutil.copytree(src.root / name / "v1", dest / name / version)


@pytest.fixture
def layers(trained_registry: AdapterRegistry, tmp_path: Path) -> tuple[LayeredAdapterStore, Path, Path]:
    shipped, project = tmp_path / "shipped", tmp_path / "project"
    _copy_version(trained_registry, "loud", shipped)
    _copy_version(trained_registry, "terse", shipped)
    project.mkdir()
    return LayeredAdapterStore(project, [shipped]), shipped, project


def _tree(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*"))


def test_shipped_voices_are_seen_when_the_project_has_none(layers):
    store, shipped, _ = layers
    assert store.names() == ["loud", "terse"] and store.known() == ["base", "loud", "terse"]
    ref = store.resolve("loud")
    assert ref.path == shipped / "loud" / "v1" and ref.key == "loud@shipped-v1"
    assert store.is_shipped("loud") and store.active_version("terse") == "v1"


def test_a_project_voice_hides_the_shipped_one_of_its_name(layers, trained_registry):
    store, _, project = layers
    _copy_version(trained_registry, "loud", project, "v2")
    assert store.versions("loud") == ["v2"] and store.resolve("loud").path == project / "loud" / "v2"
    assert store.resolve("loud").key == "loud@v2" and not store.is_shipped("loud")


def test_writes_go_to_the_project_and_shipped_voices_are_refused_untouched(layers):
    store, shipped, project = layers
    before = _tree(shipped)
    for attempt in (lambda: store.activate("loud", "v1"), lambda: store.rollback("loud"), lambda: store.remove("loud")):
        with pytest.raises(AdapterError, match=r"'loud' is a shipped voice \(read-only"):
            attempt()
    store.add_composite("mix", {"loud": 0.5, "terse": 0.5})
    assert (project / "composites.json").is_file() and "mix" in store.known()
    assert store.remove("mix") == ["mix"] and "mix" not in store.known()
    assert _tree(shipped) == before


def test_the_same_folder_as_project_and_shipped_is_one_writable_layer(trained_registry, tmp_path):
    root = tmp_path / "one"
    _copy_version(trained_registry, "loud", root)
    store = LayeredAdapterStore(root, [root])
    assert store.shipped == [] and not store.is_shipped("loud")
    store.activate("loud", "v1")
    assert (root / "loud" / "active.json").is_file()
