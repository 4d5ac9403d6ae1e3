"""Search queries embedded on onnxruntime, so `hybrid search` never imports torch.

Importing torch and transformers took ~8 s of a 14 s `hybrid search` on the dev machine,
against 6 ms for the query itself. The embedder's whole recipe (transformer, pooling,
Dense, Normalize) is exported once with torch's dynamo ONNX exporter, checked against the
torch path on probe queries, and cached under the model cache keyed by the model files and
the library versions. The older TorchScript exporter was tried and traced transformers'
mask logic as constants: its vectors were off by up to 1.7.

Only queries take this path. Documents stay on torch, which embedded batches of 64 at
17.6 texts/s against onnxruntime's 11.5 on this CPU, and ingest loads torch anyway.
"""

from __future__ import annotations

import hashlib
import json
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import numpy as np

from hybrid.atomic import write_json

# Bump when the exported graph's inputs or the meta file change, so old exports are redone.
EXPORT_FORMAT = 1
MODEL_FILE = "query-encoder.onnx"
META_FILE = "meta.json"
FAILED_FILE = "export-failed.json"
# The largest difference from the torch vectors an export may show and still be used; the
# dynamo export of MiniLM measured 4e-6.
TOLERANCE = 1e-4
_LIBRARIES = ("torch", "transformers", "onnx", "onnxscript", "onnxruntime", "tokenizers")


def _version(package: str) -> str:
    try:
        return version(package)
    except PackageNotFoundError:
        return "-"


def export_dir(folders: list[Path], cache_dir: Path) -> Path:
    """Where the export of the model in `folders` lives: keyed by every file's name, size and
    mtime (a reinstalled package gets a new export) and the exporting libraries' versions."""
    digest = hashlib.sha256(f"format {EXPORT_FORMAT}".encode())
    for lib in _LIBRARIES:
        digest.update(f"{lib} {_version(lib)}".encode())
    for folder in folders:
        for f in sorted(p for p in folder.rglob("*") if p.is_file()):
            stat = f.stat()
            digest.update(f"{f.relative_to(folder)} {stat.st_size} {stat.st_mtime_ns}".encode())
    return cache_dir / "onnx" / f"{folders[0].name}-{digest.hexdigest()[:16]}"


def export_failure(target: Path) -> str | None:
    """Why an earlier export into `target` was refused, if it was: not retried every call."""
    try:
        return str(json.loads((target / FAILED_FILE).read_text(encoding="utf-8"))["reason"])
    except (OSError, ValueError, KeyError):
        return None


def record_failure(target: Path, reason: str) -> None:
    target.mkdir(parents=True, exist_ok=True)
    write_json(target / FAILED_FILE, {"reason": reason})


class OnnxQueryEncoder:
    """Embeds one query at a time with an export from `export_query_encoder`.

    One text per run needs no padding, so the tokenizer's padding settings cannot differ
    from transformers'; truncation and the prompt's token count come from the meta file,
    written by the torch side that the export was checked against.
    """

    def __init__(self, target: Path, threads: int = 0) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self._meta = json.loads((target / META_FILE).read_text(encoding="utf-8"))
        tokenizer = Tokenizer.from_file(str(target / "tokenizer.json"))
        tokenizer.no_padding()
        tokenizer.enable_truncation(max_length=int(self._meta["window"]), direction=str(self._meta["truncation_side"]))
        self._tokenizer = tokenizer
        options = ort.SessionOptions()
        # The export is saved already optimised (`onnx_export._optimise`).
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
        if threads:
            options.intra_op_num_threads = threads
        self._session = ort.InferenceSession(
            str(target / MODEL_FILE), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._inputs = {i.name for i in self._session.get_inputs()}

    def ids(self, text: str) -> list[int]:
        if self._meta["lower_case"]:
            text = text.lower()
        return list(self._tokenizer.encode(self._meta["query_prompt"] + text).ids)

    def embed(self, text: str) -> list[float]:
        ids = np.asarray([self.ids(text)], dtype=np.int64)
        mask = np.ones_like(ids)
        pool_mask = mask.copy()
        pool_mask[:, : int(self._meta["query_prompt_skip"])] = 0
        feed = {"input_ids": ids, "attention_mask": mask, "pool_mask": pool_mask}
        if "token_type_ids" in self._inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        (vector,) = self._session.run(["sentence_embedding"], {k: v for k, v in feed.items() if k in self._inputs})
        return [float(x) for x in vector[0]]
