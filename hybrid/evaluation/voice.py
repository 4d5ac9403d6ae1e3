"""A voice classifier: which department's writing does a text read like?

Sentence embeddings (the knowledge layer's embedder) and a multinomial logistic
regression, fitted on the style corpora's training splits and scored on their held-out
splits, which are human-written and never trained on. Its held-out accuracy says how far
its verdicts on drafts can be trusted; below `TRUST_THRESHOLD` the report says so and
does not use them.

The fitted weights are cached as safetensors beside the models (never pickled), keyed by
the embedder and the corpora's content, so a second run costs only the drafts' embeddings.
"""

from __future__ import annotations

import hashlib
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
        write_bytes(path, save({"weight": self.weight, "bias": self.bias}, metadata=meta))

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


def cache_key(embedder: Embedder, corpora: Mapping[str, StyleCorpus], seed: int) -> str:
    # Anything that changes the fitted weights is part of the key, so a stale cache is never read.
    h = hashlib.sha256(f"{embedder.model_id}|{MAX_CHARS}|{REGULARISATION_C}|{seed}".encode())
    for name in sorted(corpora):
        h.update(f"|{name}:{corpora[name].fingerprint}".encode())
    return h.hexdigest()[:16]


def fit(embedder: Embedder, corpora: Mapping[str, StyleCorpus], seed: int = 0) -> VoiceClassifier:
    """Fit on every corpus's training split; score on the held-out splits."""
    from sklearn.linear_model import LogisticRegression

    departments = sorted(corpora)
    if len(departments) < 2:
        raise ValueError(f"a voice classifier needs two departments or more, got {departments}")
    train = [(_clean(e.response), d) for d in departments for e in corpora[d].train]
    held = [(_clean(e.response), d) for d in departments for e in corpora[d].heldout]
    vectors = np.asarray(embedder.embed_documents([t for t, _ in train + held]), dtype=np.float32)
    x_train, x_held = vectors[: len(train)], vectors[len(train) :]
    labels = np.array([departments.index(d) for _, d in train])
    model = LogisticRegression(C=REGULARISATION_C, max_iter=5000, random_state=seed).fit(x_train, labels)
    weight = np.asarray(model.coef_, dtype=np.float32)
    bias = np.asarray(model.intercept_, dtype=np.float32)
    if len(departments) == 2:  # sklearn keeps one row for a binary problem
        weight = (np.vstack([-weight, weight]) / 2).astype(np.float32)
        bias = (np.array([-bias[0], bias[0]]) / 2).astype(np.float32)
    classifier = VoiceClassifier(departments, weight, bias, 0.0, 0, {}, cache_key(embedder, corpora, seed))
    if not held:
        return classifier
    predicted = classifier.scores(x_held).argmax(axis=1)
    truth = np.array([departments.index(d) for _, d in held])
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


def load_or_fit(
    embedder: Embedder, corpora: Mapping[str, StyleCorpus], cache_dir: Path, seed: int = 0
) -> VoiceClassifier:
    """The cached classifier for these corpora and embedder, fitting it on first use."""
    path = Path(cache_dir) / "voice-classifier" / f"{cache_key(embedder, corpora, seed)}.safetensors"
    if path.is_file():
        return VoiceClassifier.load(path)
    classifier = fit(embedder, corpora, seed)
    classifier.save(path)
    return classifier
