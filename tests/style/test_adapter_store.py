from __future__ import annotations

import json
from pathlib import Path

import pytest

from hybrid.style.adapter_store import AdapterError, AdapterManifest, AdapterRegistry

pytestmark = pytest.mark.unit


def fake_manifest(**kw) -> AdapterManifest:
    data = dict(
        name="x",
        version="v0",
        department="marketing",
        base_model="tiny",
        base_fingerprint="f" * 64,
        corpus="corpora/style/x",
        corpus_fingerprint="c" * 64,
        hyperparameters={"rank": 4},
        train_examples=1,
        heldout_examples=0,
        train_loss=1.0,
        heldout_loss=None,
        training_seconds=0.1,
        created_at="",
    )
    data.update(kw)
    return AdapterManifest(**data)


def writer(tag: str = "a", **kw):
    def write(folder: Path) -> AdapterManifest:
        import torch
        from safetensors.torch import save_file

        save_file(
            {"base_model.model.layer.lora_A.weight": torch.zeros(2, 2)}, str(folder / "adapter_model.safetensors")
        )
        (folder / "adapter_config.json").write_text(json.dumps({"peft_type": "LORA", "tag": tag}))
        return fake_manifest(**kw)

    return write


def test_versions_increment_and_the_newest_is_active(registry):
    assert registry.save("marketing", writer()).version == "v1"
    ref = registry.save("marketing", writer("b"))
    assert ref.version == "v2" and registry.active_version("marketing") == "v2"
    assert ref.manifest.name == "marketing" and ref.manifest.created_at.endswith("+00:00")
    assert registry.versions("marketing") == ["v1", "v2"] and registry.names() == ["marketing"]


def test_activate_and_rollback(registry):
    for t in "abc":
        registry.save("legal", writer(t))
    registry.activate("legal", "v1")
    assert registry.resolve("legal").version == "v1"
    assert registry.rollback("legal") == "v3"
    with pytest.raises(AdapterError, match="no version 'v9'"):
        registry.activate("legal", "v9")


def test_rollback_without_history_is_explained(registry):
    registry.save("legal", writer())
    with pytest.raises(AdapterError, match="no earlier active version"):
        registry.rollback("legal")


def test_crash_mid_save_keeps_the_previous_version(registry):
    registry.save("support", writer())

    def crash(folder: Path) -> AdapterManifest:
        (folder / "adapter_model.safetensors").write_bytes(b"half a file")
        raise KeyboardInterrupt("killed mid-save")

    with pytest.raises(KeyboardInterrupt):
        registry.save("support", crash)
    assert registry.versions("support") == ["v1"]
    assert registry.resolve("support").version == "v1"
    assert sorted(p.name for p in (registry.root / "support").iterdir()) == ["active.json", "v1"]  # no staging left


@pytest.mark.parametrize("bad", ["../etc", "Marketing", "a/b", "", "base", "x" * 65, ".hidden"])
def test_names_cannot_escape_or_shadow(registry, bad):
    with pytest.raises(AdapterError, match="invalid adapter name"):
        registry.save(bad, writer())


@pytest.mark.parametrize("bad", ["../v1", "1", "v0", "latest"])
def test_versions_are_validated(registry, bad):
    registry.save("legal", writer())
    with pytest.raises(AdapterError, match="invalid adapter version"):
        registry.resolve("legal", bad)


def test_unknown_adapter_lists_the_known_ones(registry):
    registry.save("legal", writer())
    with pytest.raises(AdapterError, match=r"unknown adapter 'sales'; known: base, legal"):
        registry.resolve("sales")


def test_pickle_files_and_missing_config_are_refused(registry):
    ref = registry.save("legal", writer())
    (ref.path / "adapter_model.bin").write_bytes(b"pickle")
    with pytest.raises(AdapterError, match=r"pickle-capable files \(adapter_model.bin\)"):
        registry.resolve("legal")
    (ref.path / "adapter_model.bin").unlink()
    (ref.path / "adapter_config.json").unlink()
    with pytest.raises(AdapterError, match=r"has no adapter_config\.json"):
        registry.resolve("legal")


def test_corrupt_safetensors_is_named(registry):
    ref = registry.save("legal", writer())
    (ref.path / "adapter_model.safetensors").write_bytes(b"\x00" * 20)
    with pytest.raises(AdapterError, match=r"legal/v1/adapter_model.safetensors is corrupt"):
        registry.resolve("legal")


def test_remove_a_version_then_all(registry):
    for t in "ab":
        registry.save("legal", writer(t))
    assert registry.remove("legal", "v2") == ["legal/v2"]
    assert registry.active_version("legal") == "v1"
    registry.remove("legal")
    assert registry.names() == [] and not (registry.root / "legal").exists()


def test_stale_for_names_every_adapter_trained_on_another_base(registry):
    registry.save("legal", writer(base_fingerprint="a" * 64))
    registry.save("support", writer(base_fingerprint="b" * 64, corpus="corpora/style/support"))
    stale = registry.stale_for("a" * 64)
    assert [s["name"] for s in stale] == ["support"]
    assert stale[0]["retrain"] == "hybrid adapters train support --corpus corpora/style/support"


def test_composites_are_registered_and_listed(registry):
    registry.save("legal", writer())
    registry.save("support", writer())
    registry.add_composite("legalsupport", {"legal": 0.5, "support": 0.5})
    assert registry.known() == ["base", "legal", "support", "legalsupport"]
    with pytest.raises(AdapterError, match="unknown adapter 'nope'"):
        registry.add_composite("bad", {"legal": 0.5, "nope": 0.5})
    assert registry.remove("legalsupport") == ["legalsupport"]


def test_empty_registry(isolated):
    reg = AdapterRegistry(isolated / "none")
    assert reg.names() == [] and reg.known() == ["base"]


# -- the security review: names, hand-edited registry files, cyclic blends (L5, L6) --------


@pytest.mark.parametrize("bad", ["evil\n", "legal\n"])
def test_a_trailing_newline_is_not_a_name(registry, bad):
    with pytest.raises(AdapterError, match="invalid adapter name"):
        registry.save(bad, writer())
    assert registry.names() == []


def test_a_trailing_newline_is_not_a_version(registry):
    registry.save("legal", writer())
    with pytest.raises(AdapterError, match="invalid adapter version"):
        registry.resolve("legal", "v1\n")


@pytest.mark.parametrize("content", [b"[1, 2]", b'"v1"', b"\xff\xfe not utf-8", b"{not json", b'{"active": 3}'])
def test_a_hand_edited_active_json_is_an_error_naming_the_file(registry, content):
    registry.save("legal", writer())
    (registry.root / "legal" / "active.json").write_bytes(content)
    with pytest.raises(AdapterError, match=r"legal/active\.json"):
        registry.active_version("legal")


@pytest.mark.parametrize(
    "content", [b"[1, 2]", b"\xff\xfe", b'{"ab": {"adapters": {"legal": 1.0, "support": 1.0}, "combination": "bogus"}}']
)
def test_a_hand_edited_composites_json_is_an_error_naming_the_file(registry, content):
    registry.save("legal", writer())
    (registry.root / "composites.json").write_bytes(content)
    with pytest.raises(AdapterError, match=r"composites\.json"):
        registry.known()


def test_a_cyclic_blend_is_refused_by_name(registry):
    registry.save("legal", writer())
    cycle = {
        "ca": {"adapters": {"cb": 0.5, "legal": 0.5}, "combination": "cat"},
        "cb": {"adapters": {"ca": 0.5, "legal": 0.5}, "combination": "cat"},
    }
    (registry.root / "composites.json").write_text(json.dumps(cycle))
    with pytest.raises(AdapterError, match=r"'ca'.*cycle|cycle.*'ca'"):
        registry.composites()
