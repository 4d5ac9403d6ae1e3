"""Train an adapter and save it as its next version: corpus + base -> `train_lora` -> store.

The recipe itself (`hybrid.style.training`) knows nothing of versions or manifests; this
module turns its result into a manifest-carrying version folder in the `AdapterRegistry`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hybrid.protocols import NoProgress, Progress
from hybrid.style.adapter_store import AdapterManifest, AdapterRef, AdapterRegistry, check_name
from hybrid.style.corpus import StyleCorpus, load_corpus
from hybrid.style.training import TrainConfig, TrainResult


def train_adapter(
    name: str,
    corpus: Path,
    registry: AdapterRegistry,
    base: str,
    cache_dir: Path,
    config: TrainConfig | None = None,
    department: str | None = None,
    progress: Progress | None = None,
    loaded: tuple[Any, Any, Any] | None = None,
    show_progress: bool | None = None,
) -> AdapterRef:
    """Train adapter `name` on the corpus folder and save it as its next version.

    `loaded` may pass an already-loaded (model, tokenizer, GeneratorFiles) to reuse.
    `progress` hears the training steps (the CLI draws a bar from it). `show_progress`
    is accepted for old callers and ignored: the library draws nothing itself.
    """
    from hybrid.model_files import load_generator
    from hybrid.style.training import train_lora

    check_name(name)
    config = config or TrainConfig()
    style = load_corpus(corpus, department or name)
    model, tokenizer, files = loaded or load_generator(base, cache_dir)

    def write(folder: Path) -> AdapterManifest:
        result = train_lora(model, tokenizer, style, config, folder, progress=progress or NoProgress())
        portable_config(folder, files.model_id)
        return _manifest(name, corpus, style, config, result, files)

    return registry.save(name, write)


def _manifest(
    name: str, corpus: Path, style: StyleCorpus, config: TrainConfig, result: TrainResult, files: Any
) -> AdapterManifest:
    return AdapterManifest(
        name=name,
        version="v0",  # the registry sets the real one when it saves
        department=style.department,
        base_model=files.model_id,
        base_fingerprint=files.fingerprint,
        corpus=str(corpus),
        corpus_fingerprint=style.fingerprint,
        hyperparameters=config.model_dump(),
        train_examples=len(style.train),
        heldout_examples=len(style.heldout),
        train_loss=round(result.train_loss, 4),
        heldout_loss=None if result.heldout_loss is None else round(result.heldout_loss, 4),
        base_heldout_loss=None if result.base_heldout_loss is None else round(result.base_heldout_loss, 4),
        training_seconds=round(result.seconds, 1),
        created_at="",
    )


def portable_config(folder: Path, base_id: str) -> None:
    """Name the base by its hub id, not this machine's cache path, so the folder can be
    copied to a server (e.g. vLLM's --lora-modules), and drop PEFT's boilerplate model card.

    The bundled generator is a dequantised GGUF in our cache, which no server knows; its
    hub id (`model_files.hub_id`) names the same weights."""
    import json

    from hybrid.atomic import write_json
    from hybrid.model_files import hub_id

    path = folder / "adapter_config.json"
    config = json.loads(path.read_text())
    config["base_model_name_or_path"] = hub_id(base_id)
    write_json(path, config)
    (folder / "README.md").unlink(missing_ok=True)
