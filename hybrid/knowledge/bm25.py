"""Sparse retrieval with bm25s (a maintained BM25 package), English stemming and stop
words. The index is rebuilt from the store when the store's revision changes, and saved
without pickle (numpy arrays + JSON) so a CLI call does not rebuild it every time."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
from filelock import FileLock
from filelock import Timeout as LockTimeout

from hybrid.atomic import replace_dir
from hybrid.knowledge.filters import cache_key, matcher
from hybrid.protocols import Filters


def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


# How long a save waits for another process's save of the same folder before leaving it
# to that one: both write an index of the same store, and ours stays valid in memory.
SAVE_LOCK_TIMEOUT_S = 30.0


class BM25Index:
    """A BM25 index over chunk texts, with the metadata needed to filter its results."""

    def __init__(self, ids: list[str], metadatas: list[dict[str, Any]], model: Any, revision: int) -> None:
        self.ids = ids
        self.metadatas = metadatas
        self.revision = revision
        self._model = model
        self._stem = _stemmer()
        self._masks: dict[str, np.ndarray] = {}

    @classmethod
    def build(cls, ids: list[str], texts: Sequence[str], metadatas: list[dict[str, Any]], revision: int) -> BM25Index:
        import bm25s

        model = bm25s.BM25()
        if texts:
            tokens = bm25s.tokenize(list(texts), stopwords="en", stemmer=_stemmer(), show_progress=False)
            model.index(tokens, show_progress=False)
        return cls(ids, metadatas, model if texts else None, revision)

    def save(self, folder: Path) -> None:
        """Write atomically: a reader loads the old index or the new one, never half of one.
        Saves from several processes (a server and a CLI after the same ingest) take turns
        under a file lock beside the folder, so no two swaps interleave."""
        folder = Path(folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        try:
            lock = FileLock(str(folder.with_name(folder.name + ".lock")), timeout=SAVE_LOCK_TIMEOUT_S)
            with lock, replace_dir(folder) as staging:
                if self._model is not None:
                    self._model.save(str(staging / "index"), allow_pickle=False)
                (staging / "docs.json").write_text(
                    json.dumps({"revision": self.revision, "ids": self.ids, "metadatas": self.metadatas})
                )
        except LockTimeout:
            return  # another process is still saving; the next load reads its index

    @classmethod
    def load(cls, folder: Path) -> BM25Index | None:
        """Load a saved index, or None if there is none or it is unreadable."""
        import bm25s

        try:
            docs = json.loads((folder / "docs.json").read_text())
            model = (
                bm25s.BM25.load(str(folder / "index"), load_corpus=False, allow_pickle=False)
                if (folder / "index").exists()
                else None
            )
        except (OSError, ValueError, KeyError):
            return None
        return cls(docs["ids"], docs["metadatas"], model, int(docs["revision"]))

    def _mask(self, filters: Filters) -> np.ndarray:
        key = cache_key(filters)
        if key not in self._masks:
            accept = matcher(filters)
            mask = np.fromiter((accept(m) for m in self.metadatas), dtype=bool, count=len(self.ids))
            if len(self._masks) > 64:
                self._masks.clear()
            self._masks[key] = mask.astype(np.float32)
        return self._masks[key]

    def search(self, query: str, n: int, filters: Filters | None = None) -> list[tuple[str, float]]:
        """Top `n` (id, score) pairs with a positive score, best first."""
        import bm25s

        if self._model is None or not self.ids or n <= 0:
            return []
        tokens = bm25s.tokenize([query], stopwords="en", stemmer=self._stem, return_ids=False, show_progress=False)
        terms = [t for t in tokens[0] if t in self._model.vocab_dict]
        if not terms:
            return []
        mask = self._mask(filters) if filters else None
        scores = self._model.get_scores(terms, weight_mask=mask)
        n = min(n, len(scores))
        top = np.argpartition(-scores, n - 1)[:n]
        top = top[np.argsort(-scores[top], kind="stable")]
        return [(self.ids[i], float(scores[i])) for i in top if scores[i] > 0]
