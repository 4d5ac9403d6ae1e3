"""PEFT LoRA adapters as GGUF LoRA files, the form llama.cpp applies per request.

llama.cpp's own `convert_lora_to_gguf.py` does this, but it ships only in llama.cpp's
source tree (not in the llama-cpp-python wheel) and wants the base model's HF folder and
its conversion classes. What it does for the architectures we ship is small: rename each
PEFT `lora_A`/`lora_B` pair to the GGUF tensor name of the weight it adapts (gguf's own
`TensorNameMap`), and for "llama" apply to `lora_B` of q/k the same row permutation the
base GGUF's q/k weights had (llama.cpp's RoPE layout), so B·A adapts the weight as stored.
Parity with PEFT is checked in tests/generation/llamacpp/test_backend.py.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hybrid.errors import HybridError

# Architectures whose conversion a test has checked against PEFT's outputs.
SUPPORTED = ("llama", "gemma3")
PEFT_PREFIX = "base_model.model."
# Bump when the written layout changes, so cached files are rebuilt.
LAYOUT = 1


class LoraConversionError(HybridError):
    """An adapter cannot be written as a GGUF LoRA for this base."""


@dataclass(frozen=True)
class BaseShape:
    """What the conversion needs to know of the base GGUF."""

    arch: str
    blocks: int
    heads: int
    kv_heads: int

    @classmethod
    def from_metadata(cls, meta: Mapping[str, Any]) -> BaseShape:
        """From the base GGUF's key-value metadata, as llama.cpp reads it (`Llama.metadata`);
        gguf's own reader would parse the whole vocabulary in Python for this, seconds."""
        arch = str(meta["general.architecture"])
        heads = int(meta[f"{arch}.attention.head_count"])
        kv_heads = int(meta.get(f"{arch}.attention.head_count_kv", heads))
        return cls(arch, int(meta[f"{arch}.block_count"]), heads, kv_heads)


def _permute(rows: Any, heads: int) -> Any:
    """llama.cpp's q/k row order: each head's two rotary halves interleaved (its
    `LlamaModel.permute`), applied to B's rows so that B·A matches the permuted weight."""
    return rows.reshape(heads, 2, rows.shape[0] // heads // 2, *rows.shape[1:]).swapaxes(1, 2).reshape(rows.shape)


def gguf_tensors(adapter_dir: Path, base: BaseShape) -> tuple[dict[str, Any], float]:
    """Every GGUF LoRA tensor of the PEFT adapter in `adapter_dir`, and its alpha."""
    import gguf
    from safetensors.numpy import load_file

    if base.arch not in SUPPORTED:
        raise LoraConversionError(
            f"cannot convert adapters for a {base.arch!r} base to GGUF LoRA (checked: {', '.join(SUPPORTED)}); "
            "use generation.backend = 'local'"
        )
    config_path = adapter_dir / "adapter_config.json"
    config = json.loads(config_path.read_text())
    if config.get("use_rslora") or config.get("use_dora") or config.get("rank_pattern") or config.get("alpha_pattern"):
        raise LoraConversionError(
            f"{config_path}: rsLoRA, DoRA and per-module ranks have no GGUF LoRA form; use generation.backend = 'local'"
        )
    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH[base.arch.upper()], base.blocks)
    out: dict[str, Any] = {}
    for key, array in sorted(load_file(str(adapter_dir / "adapter_model.safetensors")).items()):
        module, _, part = key.removeprefix(PEFT_PREFIX).rpartition(".lora_")
        target = names.get_name(module + ".weight", try_suffixes=(".weight",))
        if target is None or part not in ("A.weight", "B.weight"):
            raise LoraConversionError(f"{adapter_dir}: tensor {key!r} has no GGUF LoRA counterpart")
        if part == "B.weight" and base.arch == "llama":
            if module.endswith("q_proj"):
                array = _permute(array, base.heads)
            elif module.endswith("k_proj"):
                array = _permute(array, base.kv_heads)
        out[f"{target}.lora_{part[0].lower()}"] = array.copy()
    return out, float(config["lora_alpha"])


ADAPTER_FILES = ("adapter_config.json", "adapter_model.safetensors")


def cache_key(adapter_dir: Path) -> str:
    """Changes whenever the adapter's files do (a retrain in place, a new version)."""
    stamp = tuple((f.stat().st_size, f.stat().st_mtime_ns) for f in (adapter_dir / n for n in ADAPTER_FILES))
    return _content_key(str(adapter_dir), stamp)


@functools.lru_cache(maxsize=256)
def _content_key(adapter_dir: str, stamp: tuple[tuple[int, int], ...]) -> str:
    # Hashed once per file version (`stamp`), not per request: 5 MB of factors took
    # milliseconds of every request's adapter lookup.
    h = hashlib.sha256(f"layout={LAYOUT}".encode())
    for name in ADAPTER_FILES:
        h.update((Path(adapter_dir) / name).read_bytes())
    return h.hexdigest()[:16]


def converted(adapter_dir: Path, base: BaseShape, cache_dir: Path, label: str) -> Path:
    """The GGUF LoRA of `adapter_dir` for a base of shape `base`, written once into
    `cache_dir`. `label` (name@version) is only for the file name; the content hash is the key."""
    import gguf

    target = cache_dir / f"{label.replace('@', '-')}-{base.arch}-{cache_key(adapter_dir)}.gguf"
    if target.is_file():
        return target
    tensors, alpha = gguf_tensors(adapter_dir, base)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
    os.close(fd)
    try:
        writer = gguf.GGUFWriter(tmp, base.arch)
        writer.add_type(gguf.GGUFType.ADAPTER)
        writer.add_string(gguf.Keys.Adapter.TYPE, "lora")
        writer.add_float32(gguf.Keys.Adapter.LORA_ALPHA, alpha)
        for name, array in tensors.items():
            writer.add_tensor(name, array)
        writer.write_header_to_file()
        writer.write_kv_data_to_file()
        writer.write_tensors_to_file()
        writer.close()
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target
