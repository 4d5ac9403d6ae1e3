"""Style layer: per-department LoRA adapters, their corpora, training and registry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hybrid.style.corpus import CorpusError, StyleCorpus, load_corpus
from hybrid.style.registry import AdapterError, AdapterManifest, AdapterRef, AdapterRegistry
from hybrid.style.training import TrainConfig

__all__ = [
    "AdapterError",
    "AdapterManifest",
    "AdapterRef",
    "AdapterRegistry",
    "CorpusError",
    "StyleCorpus",
    "TrainConfig",
    "load_corpus",
    "train_adapter",
]


def train_adapter(
    name: str,
    corpus: Path,
    registry: AdapterRegistry,
    base: str,
    cache_dir: Path,
    config: TrainConfig | None = None,
    department: str | None = None,
    show_progress: bool = True,
    loaded: tuple[Any, Any, Any] | None = None,
) -> AdapterRef:
    """Train adapter `name` on the corpus folder and save it as its next version.

    `loaded` may pass an already-loaded (model, tokenizer, GeneratorFiles) to reuse.
    """
    from hybrid.models import load_generator
    from hybrid.style.registry import check_name
    from hybrid.style.training import train_lora

    check_name(name)
    config = config or TrainConfig()
    style = load_corpus(corpus, department or name)
    model, tokenizer, files = loaded or load_generator(base, cache_dir)

    def write(folder: Path) -> AdapterManifest:
        result = train_lora(model, tokenizer, style, config, folder, show_progress=show_progress)
        _portable_config(folder, files.model_id)
        return AdapterManifest(
            name=name,
            version="v0",
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

    return registry.save(name, write)


def _portable_config(folder: Path, base_id: str) -> None:
    """Name the base by its id, not this machine's cache path, so the folder can be copied
    to a server (e.g. vLLM's --lora-modules), and drop PEFT's boilerplate model card."""
    import json

    from hybrid.atomic import write_json
    from hybrid.models import GENERATOR_ALIASES

    path = folder / "adapter_config.json"
    config = json.loads(path.read_text())
    config["base_model_name_or_path"] = (
        "HuggingFaceTB/SmolLM2-135M-Instruct" if base_id in GENERATOR_ALIASES else base_id
    )
    write_json(path, config)
    (folder / "README.md").unlink(missing_ok=True)
