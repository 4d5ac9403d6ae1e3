"""Structured output on the held-out changelog set: six configurations side by side.

    python benchmarks/structured.py [--quick] [--json] [--n N]

| key | model | prompt | mechanism |
|---|---|---|---|
| base_instructions | base | schema instruction | validate only |
| base_fewshot | base | + 3 worked examples from the training split | validate only |
| adapter | changelog adapter | schema instruction | validate only |
| base_constrained | base | schema instruction | xgrammar-constrained decoding |
| adapter_constrained | changelog adapter | schema instruction | xgrammar-constrained decoding |
| adapter_repair | changelog adapter | schema instruction | validate, retry with the errors (2 retries) |

Per configuration:
- `schema_valid_rate`: the final reply is one JSON object valid under the JSON schema;
- `valid_rate`: it also passes the model's own validators (imperative summary, ...);
- `field_accuracy`: `type`, `breaking` and `pr` against the reference, each and their mean
  (a reply that is not JSON scores wrong on every field);
- `summary_similarity`: embedding cosine (the bundled MiniLM) of summary and reference,
  over replies that have a summary;
- `retries_per_entry` and latency per entry (mean, p50, p95 seconds).

Unconstrained configurations may generate up to `--free-tokens` (160) tokens, 2.5x the
longest reference entry; constrained ones get the schema's token bound.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CONFIGS: dict[str, dict[str, Any]] = {
    "base_instructions": {"adapter": False, "mechanism": "repair", "retries": 0},
    "base_fewshot": {"adapter": False, "mechanism": "repair", "retries": 0, "few_shot": True},
    "adapter": {"adapter": True, "mechanism": "repair", "retries": 0},
    "base_constrained": {"adapter": False, "mechanism": "constrained", "retries": 0},
    "adapter_constrained": {"adapter": True, "mechanism": "constrained", "retries": 0},
    "adapter_repair": {"adapter": True, "mechanism": "repair", "retries": 2},
}


def few_shot_examples(train: list[Any]) -> list[Any]:
    """A fixed, varied trio from the training split: a fix, a feature, an internal change."""
    picked: list[Any] = []
    for kind in ("fixed", "added", "none"):
        picked.append(next(e for e in train if e.entry.type == kind and not e.entry.breaking))
    return picked


def run_config(pipeline: Any, cases: list[Any], config: dict[str, Any], examples: list[Any], free: int) -> list[dict]:
    from hybrid.evaluation.format import run_format

    return run_format(
        pipeline,
        cases,
        adapter=config["adapter"],
        mechanism=config["mechanism"],
        retries=config["retries"],
        examples=examples if config.get("few_shot") else (),
        free_tokens=free,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="Structured output on the held-out changelog set.")
    parser.add_argument("--quick", action="store_true", help="8 held-out PRs instead of all")
    parser.add_argument("--n", type=int, default=None, help="held-out PRs to use (default: all, or 8 with --quick)")
    parser.add_argument("--configs", default=",".join(CONFIGS), help="comma-separated subset of configurations")
    parser.add_argument("--free-tokens", type=int, default=160, help="max_new_tokens for unconstrained configurations")
    parser.add_argument("--json", action="store_true", help="also print one JSON object as the last line")
    parser.add_argument("--rows", type=Path, help="also write every reply as JSON lines here")
    args = parser.parse_args()

    import torch

    from hybrid.evaluation.format import summarise_format
    from hybrid.pipeline import HybridPipeline
    from hybrid.registry import build_embedder
    from hybrid.settings import load_settings
    from hybrid.workloads.changelog import is_empty, read_labelled

    torch.manual_seed(0)
    settings = load_settings(adapters_dir=ROOT / "adapters")
    pipeline = HybridPipeline.from_settings(settings)
    heldout = [c for c in read_labelled(ROOT / "corpora/changelog/heldout.jsonl") if not is_empty(c.pull)]
    cases = heldout[: args.n or (8 if args.quick else len(heldout))]
    examples = few_shot_examples(read_labelled(ROOT / "corpora/changelog/train.jsonl"))
    embedder = build_embedder(settings)
    pipeline.generator.warm_up()
    pipeline.draft(
        cases[0].pull.title or "warm up", "changelog", retrieval=False, max_new_tokens=2
    )  # loads the adapter

    report: dict[str, Any] = {
        "n": len(cases),
        "heldout_with_empty_description": sum(1 for c in read_labelled(ROOT / "corpora/changelog/heldout.jsonl"))
        - len(heldout),
        "free_tokens": args.free_tokens,
        "generator_dtype": settings.generation.dtype,
    }
    all_rows: dict[str, list[dict]] = {}
    for name in args.configs.split(","):
        t = time.perf_counter()
        rows = run_config(pipeline, cases, CONFIGS[name], examples, args.free_tokens)
        report[name] = summarise_format(rows, embedder)
        report[name]["wall_seconds"] = time.perf_counter() - t
        all_rows[name] = rows
        print(f"{name}: {json.dumps(report[name])}", file=sys.stderr, flush=True)
    if args.rows:
        from hybrid.atomic import write_text

        write_text(
            args.rows, "".join(json.dumps({"config": k, **r}) + "\n" for k, rows in all_rows.items() for r in rows)
        )
    print(table(report, args.configs.split(",")))
    if args.json:  # one JSON object on the last line, as every benchmark here prints it
        print(json.dumps(report))


def table(report: dict[str, Any], names: list[str]) -> str:
    lines = [
        "| configuration | schema-valid | passes all validators | field accuracy (type / breaking / pr) "
        "| summary similarity | retries per entry | seconds per entry (p50 / p95) |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in names:
        r = report[name]
        sim = f"{r['summary_similarity']:.3f}" if r["summary_similarity"] is not None else "-"
        lines.append(
            f"| {name} | {r['schema_valid_rate']:.3f} | {r['valid_rate']:.3f} | {r['field_accuracy']:.3f} "
            f"({r['type_accuracy']:.2f} / {r['breaking_accuracy']:.2f} / {r['pr_accuracy']:.2f}) | {sim} "
            f"| {r['retries_per_entry']:.2f} | {r['seconds_per_entry']:.2f} ({r['seconds_p50']:.2f} / "
            f"{r['seconds_p95']:.2f}) |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    main()
