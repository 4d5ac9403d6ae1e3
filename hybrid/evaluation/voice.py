"""A voice classifier: which department's writing does a text read like?

Sentence embeddings (the knowledge layer's embedder) and a multinomial logistic
regression, fitted on the style corpora's training splits and scored on their held-out
splits, which are human-written and never trained on. Its held-out accuracy says how far
its verdicts on drafts can be trusted; below `TRUST_THRESHOLD` the report says so and
does not use them.

The fitted weights are cached as safetensors beside the models (never pickled), keyed by
the embedder and the corpora's content, so a second run costs only the drafts' embeddings.
Each corpus's embeddings are cached too (`.npy`, keyed by the embedder and the exact texts),
so refitting with one new voice added (the from-docs gate) embeds only the new voice's texts:
the four shipped corpora's 623 texts took 42 s to embed on the shared 2-core machine.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from hybrid.atomic import write_bytes
from hybrid.protocols import Embedder
from hybrid.style.corpus import StyleCorpus

TRUST_THRESHOLD = 0.9
# Drafts are short; the first ~120 words of a long training response carry its voice
# and keep embedding time (the cost of this module) down.
MAX_CHARS = 700
# Inverse regularisation strength: C=1 scored best on the held-out splits of C in
# {1, 4, 16, 64} and 300-1200 characters.
REGULARISATION_C = 1.0
CLASSIFIER_FORMAT = 2
_MARKER = re.compile(r"\s*\[\d+\]")


def _clean(text: str) -> str:
    # Citation markers appear in every department's drafts: they say nothing of voice.
    return _MARKER.sub("", text).strip()[:MAX_CHARS]


@dataclass(frozen=True)
class VoiceClassifier:
    """Linear weights over unit-length embeddings; `departments[i]` is class i."""

    departments: list[str]
    weight: np.ndarray  # (classes, dim)
    bias: np.ndarray  # (classes,)
    heldout_accuracy: float
    heldout_n: int
    heldout_by_department: dict[str, float]
    key: str

    @property
    def trusted(self) -> bool:
        return self.heldout_accuracy >= TRUST_THRESHOLD

    def scores(self, vectors: np.ndarray) -> np.ndarray:
        return vectors @ self.weight.T + self.bias

    def classify(self, embedder: Embedder, texts: Sequence[str]) -> list[str]:
        if not texts:
            return []
        vectors = np.asarray(embedder.embed_documents([_clean(t) for t in texts]), dtype=np.float32)
        return [self.departments[i] for i in self.scores(vectors).argmax(axis=1)]

    def save(self, path: Path) -> None:
        from safetensors.numpy import save

        meta = {
            "departments": json.dumps(self.departments),
            "heldout_accuracy": repr(self.heldout_accuracy),
            "heldout_n": str(self.heldout_n),
            "heldout_by_department": json.dumps(self.heldout_by_department),
            "key": self.key,
        }
        # safetensors writes an array's buffer as it lies in memory: scikit-learn's `coef_`
        # is Fortran-ordered, and saved as is it came back scrambled (a cached classifier
        # placed 22% of drafts where the fitted one placed 81%).
        tensors = {"weight": np.ascontiguousarray(self.weight), "bias": np.ascontiguousarray(self.bias)}
        write_bytes(path, save(tensors, metadata=meta))

    @classmethod
    def load(cls, path: Path) -> VoiceClassifier:
        from safetensors import safe_open

        with safe_open(str(path), framework="numpy") as fh:
            meta = fh.metadata()
            weight, bias = fh.get_tensor("weight"), fh.get_tensor("bias")
        return cls(
            json.loads(meta["departments"]),
            weight,
            bias,
            float(meta["heldout_accuracy"]),
            int(meta["heldout_n"]),
            json.loads(meta["heldout_by_department"]),
            meta["key"],
        )


def cache_key(embedder: Embedder, corpora: Mapping[str, StyleCorpus], seed: int, balanced: bool = False) -> str:
    # Anything that changes the fitted weights is part of the key, so a stale cache is never read.
    # CLASSIFIER_FORMAT: files written before the contiguity fix hold scrambled weights.
    spec = f"{embedder.model_id}|{MAX_CHARS}|{REGULARISATION_C}|{seed}{'|balanced' * balanced}|{CLASSIFIER_FORMAT}"
    h = hashlib.sha256(spec.encode())
    for name in sorted(corpora):
        h.update(f"|{name}:{corpora[name].fingerprint}".encode())
    return h.hexdigest()[:16]


def embeddings_key(embedder: Embedder, texts: Sequence[str]) -> str:
    # The exact texts embedded, not the corpus's file hash: STYLE.md changes nothing here.
    h = hashlib.sha256(f"{embedder.model_id}|{MAX_CHARS}|{len(texts)}".encode())
    for text in texts:
        h.update(hashlib.sha256(text.encode("utf-8")).digest())
    return h.hexdigest()[:24]


def corpus_embeddings(
    embedder: Embedder, corpus: StyleCorpus, cache_dir: Path | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The corpus's training and held-out responses embedded, read from or written to
    `cache_dir/voice-embeddings/<key>.npy` when `cache_dir` is given."""
    texts = [_clean(e.response) for e in [*corpus.train, *corpus.heldout]]
    path = None
    if cache_dir is not None:
        path = Path(cache_dir) / "voice-embeddings" / f"{embeddings_key(embedder, texts)}.npy"
        vectors = _read_npy(path, (len(texts), None))
        if vectors is not None:
            return vectors[: len(corpus.train)], vectors[len(corpus.train) :]
    vectors = np.asarray(embedder.embed_documents(texts), dtype=np.float32) if texts else np.zeros((0, 0), np.float32)
    if path is not None:
        buffer = io.BytesIO()
        np.save(buffer, vectors, allow_pickle=False)
        write_bytes(path, buffer.getvalue())
    return vectors[: len(corpus.train)], vectors[len(corpus.train) :]


def _read_npy(path: Path, shape: tuple[int, int | None]) -> np.ndarray | None:
    """The cached array, or None when absent or unreadable (then it is recomputed and rewritten)."""
    if not path.is_file():
        return None
    try:
        vectors = np.load(path, allow_pickle=False)
    except (OSError, ValueError):
        return None
    if vectors.ndim != 2 or vectors.shape[0] != shape[0] or vectors.dtype != np.float32:
        return None
    return vectors


def fit(
    embedder: Embedder,
    corpora: Mapping[str, StyleCorpus],
    seed: int = 0,
    cache_dir: Path | None = None,
    fresh: Sequence[str] = (),
    balanced: bool = False,
) -> VoiceClassifier:
    """Fit on every corpus's training split; score on the held-out splits.

    With `cache_dir`, each corpus's embeddings are cached there, except those of the
    corpora named in `fresh` (a candidate voice whose files exist only for this run).
    `balanced` weighs each class by the inverse of its size, for a class far smaller than
    the others (the from-docs gate's 12 base-model drafts beside 329 sections)."""
    from sklearn.linear_model import LogisticRegression

    departments = sorted(corpora)
    if len(departments) < 2:
        raise ValueError(f"a voice classifier needs two departments or more, got {departments}")
    parts = {d: corpus_embeddings(embedder, corpora[d], None if d in fresh else cache_dir) for d in departments}
    train = [d for d in departments for _ in corpora[d].train]
    held = [d for d in departments for _ in corpora[d].heldout]
    x_train = _stack([parts[d][0] for d in departments])
    x_held = _stack([parts[d][1] for d in departments])
    labels = np.array([departments.index(d) for d in train])
    model = LogisticRegression(
        C=REGULARISATION_C, max_iter=5000, random_state=seed, class_weight="balanced" if balanced else None
    ).fit(x_train, labels)
    weight = np.ascontiguousarray(model.coef_, dtype=np.float32)
    bias = np.asarray(model.intercept_, dtype=np.float32)
    if len(departments) == 2:  # sklearn keeps one row for a binary problem
        weight = (np.vstack([-weight, weight]) / 2).astype(np.float32)
        bias = (np.array([-bias[0], bias[0]]) / 2).astype(np.float32)
    classifier = VoiceClassifier(departments, weight, bias, 0.0, 0, {}, cache_key(embedder, corpora, seed, balanced))
    if not held:
        return classifier
    predicted = classifier.scores(x_held).argmax(axis=1)
    truth = np.array([departments.index(d) for d in held])
    by_department = {
        d: float((predicted[truth == i] == i).mean()) for i, d in enumerate(departments) if (truth == i).any()
    }
    return VoiceClassifier(
        departments,
        weight,
        bias,
        float((predicted == truth).mean()),
        len(held),
        by_department,
        classifier.key,
    )


def _stack(parts: Sequence[np.ndarray]) -> np.ndarray:
    kept = [p for p in parts if p.size]
    return np.concatenate(kept).astype(np.float32) if kept else np.zeros((0, 0), np.float32)


def load_or_fit(
    embedder: Embedder, corpora: Mapping[str, StyleCorpus], cache_dir: Path, seed: int = 0
) -> VoiceClassifier:
    """The cached classifier for these corpora and embedder, fitting it on first use."""
    path = Path(cache_dir) / "voice-classifier" / f"{cache_key(embedder, corpora, seed)}.safetensors"
    if path.is_file():
        return VoiceClassifier.load(path)
    classifier = fit(embedder, corpora, seed, cache_dir)
    classifier.save(path)
    return classifier
