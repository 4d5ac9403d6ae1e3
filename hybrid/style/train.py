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
    init_from: str | None = None,
    activate: bool = True,
) -> AdapterRef:
    """Train adapter `name` on the corpus folder and save it as its next version.

    `loaded` may pass an already-loaded (model, tokenizer, GeneratorFiles) to reuse.
    `progress` hears the training steps (the CLI draws a bar from it). `show_progress`
    is accepted for old callers and ignored: the library draws nothing itself.
    `init_from` names a version of `name` ("v1", or "active") to continue training from
    instead of fresh weights; `activate=False` saves the version without activating it.
    """
    from hybrid.model_files import load_generator
    from hybrid.style.training import train_lora

    check_name(name)
    config = config or TrainConfig()
    style = load_corpus(corpus, department or name)
    start = None if init_from is None else registry.resolve(name, None if init_from == "active" else init_from)
    model, tokenizer, files = loaded or load_generator(base, cache_dir)

    def write(folder: Path) -> AdapterManifest:
        where = None if start is None else start.path
        result = train_lora(model, tokenizer, style, config, folder, progress=progress or NoProgress(), init_from=where)
        portable_config(folder, files.model_id)
        return _manifest(name, corpus, style, config, result, files, start)

    return registry.save(name, write, activate=activate)


def _manifest(
    name: str,
    corpus: Path,
    style: StyleCorpus,
    config: TrainConfig,
    result: TrainResult,
    files: Any,
    start: AdapterRef | None = None,
) -> AdapterManifest:
    # The manifest's schema has no fields for these yet; its free-form dicts say what the
    # version was trained on (hyperparameters) and what was measured (metrics).
    trained_on: dict[str, Any] = {"rewrite_examples": result.rewrite_examples}
    if start is not None:
        trained_on["init_from"] = start.key
    metrics: dict[str, Any] = {}
    if result.init_heldout_loss is not None:
        metrics["init_heldout_loss"] = round(result.init_heldout_loss, 4)
    return AdapterManifest(
        name=name,
        version="v0",  # the registry sets the real one when it saves
        department=style.department,
        base_model=files.model_id,
        base_fingerprint=files.fingerprint,
        corpus=str(corpus),
        corpus_fingerprint=style.fingerprint,
        hyperparameters={**config.model_dump(), **trained_on},
        train_examples=len(style.train) if result.train_examples is None else result.train_examples,
        heldout_examples=len(style.heldout),
        train_loss=round(result.train_loss, 4),
        heldout_loss=None if result.heldout_loss is None else round(result.heldout_loss, 4),
        base_heldout_loss=None if result.base_heldout_loss is None else round(result.base_heldout_loss, 4),
        training_seconds=round(result.seconds, 1),
        metrics=metrics,
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
