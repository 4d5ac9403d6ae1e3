"""`hybrid adapters train NAME --from-docs FOLDER`: documents -> corpus -> adapter -> gate.

The corpus is made (and any bad input refused) before the registry is touched; the
version folder is filled in staging (corpus files, weights, gate drafts, manifest) and
renamed into place only when complete; it is then activated only if the gate allows.
Checkpoints live in `<adapters>/<name>/.work/<key>/` (a folder the registry does not
list), so an interrupted run with the same documents and settings resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hybrid.atomic import write_json
from hybrid.protocols import Embedder, NoProgress, Progress
from hybrid.style.adapter_store import AdapterManifest, AdapterRef, AdapterRegistry, check_name
from hybrid.style.checkpoint import Checkpoints
from hybrid.style.corpus import StyleCorpus, load_corpus
from hybrid.style.fromdocs.corpus import DocsCorpus, build_docs_corpus, drop_too_long, write_docs_corpus
from hybrid.style.fromdocs.gate import GATE_DRAFTS, GateReport, decide, measure
from hybrid.style.training import TrainConfig

GATE_FILE = "gate.json"
WORK = ".work"
# Tokens (prompt + response, every pass) a run trains on unless --epochs is given. An fp32
# LoRA step ran at ~55 tokens/s on one thread of the shared 2-core machine, so 48k tokens
# is ~15 minutes even without bf16 (with it, GitHub's policies trained in 11 minutes). A
# large folder gets part of an epoch (GitHub's 21 policies: 101k tokens -> 0.47); a small
# one gets up to MAX_EPOCHS passes (rclone's 21 answers: 12k tokens -> 3), as 8 steps are
# too few to take a voice.
TOKEN_BUDGET = 48_000
MAX_EPOCHS = 3.0


@dataclass
class FromDocsResult:
    ref: AdapterRef
    corpus: DocsCorpus
    gate: GateReport
    activated: bool
    reason: str


def _work_key(corpus: DocsCorpus, config: TrainConfig, base_fingerprint: str) -> str:
    h = hashlib.sha256(json.dumps(corpus.fingerprints, sort_keys=True).encode())
    h.update(json.dumps(config.model_dump(), sort_keys=True).encode())
    h.update(f"{corpus.department}|{len(corpus.heldout_documents)}|{base_fingerprint}".encode())
    return h.hexdigest()[:16]


def budget_epochs(tokens: int, budget: int = TOKEN_BUDGET, most: float = MAX_EPOCHS) -> float:
    """Epochs that train on about `budget` tokens, at most `most`, rounded to 2 places."""
    return round(min(most, budget / max(tokens, 1)), 2)


def _fit_to_budget(docs: DocsCorpus, config: TrainConfig, tokenizer: Any) -> tuple[DocsCorpus, TrainConfig, int]:
    """The corpus without examples over max_length, the config with its epochs from the
    token budget (unless they were given), and the tokens one epoch trains on."""
    from hybrid.style.training import encode

    lengths = {id(e): len(encode(tokenizer, e, docs.department).input_ids) for e in [*docs.train, *docs.heldout]}
    max_length = config.max_length
    docs = drop_too_long(docs, lambda e: lengths[id(e)] > max_length, f"longer than max_length={max_length} tokens")
    tokens = sum(lengths[id(e)] for e in docs.train)
    if "epochs" not in config.model_fields_set:
        config = config.model_copy(update={"epochs": budget_epochs(tokens)})
    return docs, config, tokens


def _active_metrics(registry: AdapterRegistry, name: str) -> dict[str, Any] | None:
    if not registry.versions(name):
        return None
    m = registry.resolve(name).manifest
    return {**m.metrics, "heldout_loss": m.heldout_loss}


def train_from_docs(
    name: str,
    folder: Path,
    registry: AdapterRegistry,
    base: str,
    cache_dir: Path,
    config: TrainConfig | None = None,
    department: str | None = None,
    heldout: float = 0.15,
    seed: int = 0,
    activate: str = "gate",
    embedder: Embedder | None = None,
    others: Mapping[str, StyleCorpus] | None = None,
    device: str = "cpu",
    progress: Progress | None = None,
    loaded: tuple[Any, Any, Any] | None = None,
    gate_drafts: int = GATE_DRAFTS,
) -> FromDocsResult:
    """Train `name`'s next version from the documents in `folder` and gate its activation.

    `others` are the voices the classifier must tell the new one from (the shipped style
    corpora); `embedder` embeds drafts for it. Without either, the gate uses loss only."""
    from hybrid.model_files import load_generator
    from hybrid.style.train import _manifest, portable_config
    from hybrid.style.training import train_lora

    check_name(name)
    config = config or TrainConfig(seed=seed)
    progress = progress or NoProgress()
    docs = build_docs_corpus(folder, department or name, heldout, seed)
    model, tokenizer, files = loaded or load_generator(base, cache_dir, device)
    docs, config, tokens = _fit_to_budget(docs, config, tokenizer)
    active = _active_metrics(registry, name)
    key = _work_key(docs, config, files.fingerprint)
    work = registry.root / name / WORK / key
    gate: GateReport | None = None

    def write(staging: Path) -> AdapterManifest:
        nonlocal gate
        write_docs_corpus(docs, staging)
        style = load_corpus(staging, docs.department)
        result = train_lora(model, tokenizer, style, config, staging, progress, checkpoints=Checkpoints(work, key))
        started = time.perf_counter()
        gate = measure(
            model,
            tokenizer,
            staging,
            style,
            (result.heldout_loss, result.base_heldout_loss),
            embedder,
            others or {},
            progress,
            gate_drafts,
            cache_dir,
        )
        gate.seconds = round(time.perf_counter() - started, 1)
        write_json(staging / GATE_FILE, {**gate.metrics(), "examples": gate.examples})
        portable_config(staging, files.model_id)
        manifest = _manifest(name, Path(folder), style, config, result, files)
        metrics = {**manifest.metrics, **gate.metrics(), "autocast": result.autocast, "train_tokens": tokens}
        if result.resumed_from_step is not None:
            metrics["resumed_from_step"] = result.resumed_from_step
        return manifest.model_copy(
            update={"metrics": metrics, "documents": docs.fingerprints, "corpus": str(Path(folder).resolve())}
        )

    current = registry.active_version(name)
    if current is not None:
        # Without active.json the newest version counts as active, so saving unactivated
        # would activate it anyway; naming the current one keeps it (no change in effect).
        registry.activate(name, current)
    ref = registry.save(name, write, activate=False)
    shutil.rmtree(registry.root / name / WORK, ignore_errors=True)
    assert gate is not None
    on, reason = decide(gate, active, activate)
    if on:
        registry.activate(name, ref.version)
    return FromDocsResult(registry.resolve(name, ref.version), docs, gate, on, reason)
