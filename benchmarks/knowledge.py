"""Knowledge-layer benchmarks. Every figure is a ratio measured side by side in one run.

    python benchmarks/knowledge.py [--quick] [--json]

1. Ingest throughput (chunks/s) against the raw embedding throughput of the same model
   on the same chunks: the floor any ingest pays.
2. Re-ingest with 1% of files changed against a full rebuild (target <= 5%).
3. Query p50/p95 at 1k / 10k / 100k chunks against a raw chromadb query given one query
   embedding (target: framework overhead <= 1.5x). The large stores use synthetic text
   with random unit vectors, written straight into Chroma: only their size matters.

With --json the last line printed is one JSON object of figures.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from report import report  # noqa: E402

from hybrid.knowledge import Knowledge  # noqa: E402
from hybrid.knowledge.chunking import Chunker  # noqa: E402
from hybrid.knowledge.readers import load, probe  # noqa: E402
from hybrid.settings import KnowledgeSettings, load_settings  # noqa: E402

QUERIES = [
    "How much does the Atlas Pro cost after the price change?",
    "What is the warranty on the Orion chair?",
    "Who is on call for Halcyon Fleet?",
    "How do I return a desk?",
    "When did Helix 4.2.1 ship?",
    "What are the Fleet per-seat prices?",
    "How loud is the Nimbus pod?",
    "What is the trade-in credit for an old desk?",
]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def make_corpus(root: Path, copies: int, shortest: int | None = None) -> int:
    """`copies` variants of corpora/facts (or of its `shortest` files), each file changed
    so its chunks are unique."""
    facts = sorted((REPO / "corpora" / "facts").rglob("*.md"))
    if shortest:
        facts = sorted(facts, key=lambda f: f.stat().st_size)[:shortest]
    n = 0
    for c in range(copies):
        for f in facts:
            dest = root / f"copy{c:02d}" / f.relative_to(REPO / "corpora" / "facts")
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_text(f.read_text().replace("\n# ", f"\n# (edition {c}) ", 1))
            n += 1
    return n


def bench_ingest(
    work: Path,
    knowledge_cfg: KnowledgeSettings,
    copies: int,
    shortest: int | None,
) -> dict[str, float]:
    settings = load_settings(state_dir=work / "state-ingest")
    corpus = work / "corpus"
    n_files = make_corpus(corpus, copies, shortest)
    k = Knowledge.from_settings(settings.model_copy(update={"knowledge": knowledge_cfg}))
    emb = k.embedder
    emb.embed_documents(["warm up"])  # model load is not throughput

    # The floor: raw embedding of exactly the chunks ingest will write.
    chunker = Chunker(emb.count_tokens, knowledge_cfg.chunk_size, knowledge_cfg.chunk_overlap)
    texts: list[str] = []
    for f in sorted(corpus.rglob("*.md")):
        for block in load(f, probe(f), 1 << 30).blocks:
            texts += [c.text for c in chunker.split(block.text, block.offset)]
    log(f"ingest: {n_files} files, {len(texts)} chunks; raw embedding ...")
    t0 = time.perf_counter()
    # One call: the embedder sorts all chunks by length, so padding is minimal and this
    # is the fastest the model can embed them, a true floor.
    emb.embed_documents(texts)
    raw_s = time.perf_counter() - t0

    log("ingest: full build ...")
    full = k.ingest([corpus])
    assert full.chunks_added == len(texts), (full.chunks_added, len(texts))

    rng = random.Random(0)
    files = sorted(corpus.rglob("*.md"))
    changed = rng.sample(files, max(1, len(files) // 100))
    for f in changed:
        f.write_text(f.read_text() + f"\n\n## Update\n\nRevised on {rng.randint(1, 28)} November 2026.\n")
    log(f"ingest: re-ingest with {len(changed)} of {len(files)} files changed ...")
    inc = k.ingest([corpus])
    assert len(inc.updated) == len(changed)
    return {
        "ingest_files": n_files,
        "ingest_chunks": len(texts),
        "ingest_chunks_per_s": len(texts) / full.seconds,
        "raw_embed_chunks_per_s": len(texts) / raw_s,
        "ingest_over_raw_embed_throughput": (len(texts) / full.seconds) / (len(texts) / raw_s),
        "full_ingest_s": full.seconds,
        "reingest_1pct_s": inc.seconds,
        "reingest_1pct_over_full": inc.seconds / full.seconds,
    }


WORDS = [
    "desk",
    "chair",
    "lamp",
    "arm",
    "pod",
    "firmware",
    "app",
    "fleet",
    "seat",
    "price",
    "warranty",
    "return",
    "refund",
    "shipping",
    "order",
    "support",
    "legal",
    "marketing",
    "engineering",
    "policy",
    "release",
    "version",
    "update",
    "lift",
    "speed",
    "motor",
    "preset",
    "battery",
    "bluetooth",
    "sensor",
    "height",
    "frame",
    "mesh",
    "lumbar",
    "tilt",
    "booking",
    "room",
    "floor",
    "badge",
    "invoice",
    "credit",
    "trade",
    "discount",
    "volume",
    "customer",
    "partner",
    "office",
    "remote",
    "travel",
    "expense",
    "security",
    "privacy",
]


def synthetic_store(work: Path, n: int, dim: int, embedder: object) -> Knowledge:
    rng = np.random.default_rng(n)
    k = Knowledge(embedder, work / f"state-{n}", KnowledgeSettings(collection=f"bench-{n}"))  # type: ignore[arg-type]
    batch = 5000
    for start in range(0, n, batch):
        m = min(batch, n - start)
        vecs = rng.standard_normal((m, dim)).astype(np.float32)
        vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
        ids = [f"syn-{start + i}" for i in range(m)]
        texts = [" ".join(rng.choice(WORDS, 40)) + f" item {start + i}" for i in range(m)]
        metas = [
            {
                "source": f"syn/{(start + i) // 20}.md",
                "department": str(rng.choice(["legal", "support"])),
                "start_char": 0,
                "end_char": len(t),
                "content_hash": "x",
                "title": "t",
                "heading": "",
                "date": "",
                "doc_sha256": "x",
            }
            for i, t in enumerate(texts)
        ]
        k.store.upsert(ids, vecs.tolist(), texts, metas)
    k.store.bump_revision()
    return k


def bench_query(work: Path, sizes: list[int], repeats: int) -> dict[str, float]:
    settings = load_settings(state_dir=work / "unused")
    base = Knowledge.from_settings(settings.model_copy(update={"state_dir": work / "state-q0"}))
    emb = base.embedder
    dim = len(emb.embed_query("warm up"))
    out: dict[str, float] = {}
    for n in sizes:
        log(f"query: building a {n}-chunk store ...")
        t0 = time.perf_counter()
        k = synthetic_store(work, n, dim, emb)
        build_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        k.retriever.bm25()
        out[f"bm25_build_s_{n}"] = time.perf_counter() - t0
        col = k.store.collection
        raw: list[float] = []
        hyb: list[float] = []
        dense: list[float] = []
        for _ in range(2):  # warm both paths
            col.query(query_embeddings=[emb.embed_query(QUERIES[0])], n_results=5)
            k.retrieve(QUERIES[0], k=5)
        for r in range(repeats):
            q = QUERIES[r % len(QUERIES)]
            # Interleaved, so drift on a shared machine hits both sides alike.
            t0 = time.perf_counter()
            col.query(
                query_embeddings=[emb.embed_query(q)], n_results=5, include=["documents", "metadatas", "distances"]
            )
            raw.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            k.retrieve(q, k=5, mode="hybrid")
            hyb.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            k.retrieve(q, k=5, mode="dense")
            dense.append(time.perf_counter() - t0)
        for name, vals in (("raw", raw), ("hybrid", hyb), ("dense", dense)):
            out[f"query_{name}_p50_ms_{n}"] = pct(vals, 50) * 1000
            out[f"query_{name}_p95_ms_{n}"] = pct(vals, 95) * 1000
        out[f"query_hybrid_over_raw_p50_{n}"] = statistics.median(hyb) / statistics.median(raw)
        out[f"query_dense_over_raw_p50_{n}"] = statistics.median(dense) / statistics.median(raw)
        out[f"store_build_s_{n}"] = build_s
        log(
            f"query {n}: raw p50 {out[f'query_raw_p50_ms_{n}']:.1f} ms, hybrid p50 "
            f"{out[f'query_hybrid_p50_ms_{n}']:.1f} ms, dense p50 {out[f'query_dense_p50_ms_{n}']:.1f} ms"
        )
        shutil.rmtree(work / f"state-{n}", ignore_errors=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="Small sizes; finishes in under 2 minutes.")
    ap.add_argument("--json", action="store_true", help="Print one JSON object as the last line.")
    args = ap.parse_args()
    # Both sizes keep >= 100 files, so "1% changed" is at least one whole file.
    copies, shortest, sizes, repeats = (
        (4, 25, [1_000, 10_000], 40) if args.quick else (5, None, [1_000, 10_000, 100_000], 100)
    )
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hybrid-bench-") as tmp:
        work = Path(tmp)
        old = Path.cwd()
        os.chdir(work)
        try:
            figures = {
                "quick": args.quick,
                **bench_ingest(work, KnowledgeSettings(), copies, shortest),
                **bench_query(work, sizes, repeats),
            }
        finally:
            os.chdir(old)
    figures["bench_seconds"] = time.perf_counter() - t0
    rows = [
        (
            "ingest throughput / raw embedding",
            f"{figures['ingest_chunks_per_s']:.1f} / {figures['raw_embed_chunks_per_s']:.1f} chunks/s",
            f"{figures['ingest_over_raw_embed_throughput']:.2f}x",
        ),
        (
            "re-ingest 1% changed / full",
            f"{figures['reingest_1pct_s']:.2f} / {figures['full_ingest_s']:.2f} s",
            f"{figures['reingest_1pct_over_full'] * 100:.1f}%",
        ),
    ]
    for n in sizes:
        rows.append(
            (
                f"query p50 (p95) at {n:,} chunks: hybrid / raw chroma",
                f"{figures[f'query_hybrid_p50_ms_{n}']:.1f} ({figures[f'query_hybrid_p95_ms_{n}']:.1f}) / "
                f"{figures[f'query_raw_p50_ms_{n}']:.1f} ({figures[f'query_raw_p95_ms_{n}']:.1f}) ms",
                f"{figures[f'query_hybrid_over_raw_p50_{n}']:.2f}x",
            )
        )
        rows.append(
            (
                f"query p50 at {n:,} chunks: dense-only / raw chroma",
                f"{figures[f'query_dense_p50_ms_{n}']:.1f} / {figures[f'query_raw_p50_ms_{n}']:.1f} ms",
                f"{figures[f'query_dense_over_raw_p50_{n}']:.2f}x",
            )
        )
    report(rows, figures, args.json)


if __name__ == "__main__":
    main()
