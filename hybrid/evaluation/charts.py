"""PNG charts for the eval report (matplotlib, no display needed)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from hybrid.atomic import write_bytes

STAGE_COLOURS = {"retrieve": "#4c78a8", "prompt": "#72b7b2", "generate": "#f58518", "validate": "#54a24b"}


def _figure(width: float = 7.0, height: float = 3.6) -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg")  # no display; must precede pyplot's import
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(width, height), dpi=110)


def _save(fig: Any, path: Path) -> Path:
    import matplotlib.pyplot as plt

    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    write_bytes(path, buffer.getvalue())
    return path


def voice_chart(voice: dict[str, Any], path: Path, target: float | None = None) -> Path | None:
    """Share of drafts in the requested voice, per department, one bar per configuration,
    with the voice target (the report's `voice_target`) as a dashed line."""
    configs = {name: c for name, c in voice.get("configs", {}).items() if c.get("by_department")}
    if not configs:
        return None
    departments = sorted({d for c in configs.values() for d in c["by_department"]})
    fig, ax = _figure()
    width = 0.8 / len(configs)
    for i, (name, c) in enumerate(configs.items()):
        xs = [j + i * width for j in range(len(departments))]
        ax.bar(xs, [c["by_department"].get(d, 0.0) for d in departments], width, label=name)
    ax.set_xticks([j + 0.4 - width / 2 for j in range(len(departments))], departments)
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("share in the requested voice")
    if target is not None:
        ax.axhline(target, color="grey", linewidth=0.8, linestyle="--")
    ax.legend(fontsize=7, ncols=len(configs), loc="upper center", bbox_to_anchor=(0.5, -0.1), frameon=False)
    title = "Voice by department and configuration"
    if not voice.get("trusted"):
        title += " (classifier under threshold: not used)"
    ax.set_title(title, fontsize=10)
    return _save(fig, path)


def latency_chart(latency: dict[str, Any], path: Path) -> Path | None:
    """p50 seconds per stage, stacked, per configuration (single drafts where sampled)."""
    rows = latency.get("single") or latency.get("batched") or {}
    rows = {name: r for name, r in rows.items() if r.get("n")}
    if not rows:
        return None
    fig, ax = _figure()
    names = list(rows)
    bottom = [0.0] * len(names)
    for stage, colour in STAGE_COLOURS.items():
        values = [rows[n][stage]["p50"] for n in names]
        ax.bar(names, values, bottom=bottom, color=colour, label=stage)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    kind = "single drafts" if latency.get("single") else "amortised over batches"
    ax.set_ylabel("seconds (p50)")
    ax.set_title(f"Latency by stage ({kind})", fontsize=10)
    ax.tick_params(axis="x", labelsize=8)
    ax.legend(fontsize=7)
    return _save(fig, path)


def retrieval_chart(retrieval: dict[str, Any], path: Path) -> Path | None:
    """hit@k for k = 1..10, one curve per retrieval mode."""
    modes = retrieval.get("modes", {})
    if not modes:
        return None
    fig, ax = _figure()
    for name, m in modes.items():
        ks = sorted(int(key.split("@")[1]) for key in m if key.startswith("hit@"))
        ax.plot(ks, [m[f"hit@{k}"] for k in ks], marker="o", markersize=3, label=name)
    ax.axvline(retrieval.get("k", 5), color="grey", linewidth=0.8, linestyle="--")
    ax.set_xlabel("k")
    ax.set_ylabel("hit@k")
    ax.set_ylim(0, 1.02)
    ax.set_title(f"Retrieval: hit@k on {retrieval.get('n', 0)} questions", fontsize=10)
    ax.legend(fontsize=8)
    return _save(fig, path)
