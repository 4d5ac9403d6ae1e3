#!/usr/bin/env python
"""The grounding sample of `hybrid eval` (same draw, seed and sizes), drafted in attributed and
free mode with each draft timed alone, and scored by `hybrid.evaluation.grounding`.

A quicker look than the full eval, which also fits the voice classifier and runs every other
section; the full run stays the headline figure.

    python benchmarks/grounding_sample.py [--modes attributed,free] [--out grounding.json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from hybrid.atomic import write_text
from hybrid.build import build_knowledge, build_pipeline
from hybrid.evaluation.constants import BY_MODE
from hybrid.evaluation.drafting import config_spec, plan_drafts
from hybrid.evaluation.grounding import check, summarise
from hybrid.evaluation.inputs import load_inputs
from hybrid.pipeline.prose import plain
from hybrid.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--modes", default="attributed,free", help="Drafting modes, comma-separated.")
    parser.add_argument("--out", type=Path, default=Path("grounding_sample.json"), help="Where the drafts go.")
    args = parser.parse_args()
    settings = Settings()
    ev = settings.evaluation
    inputs = load_inputs(ev, settings.pipeline.style_dir)
    knowledge = build_knowledge(settings)
    knowledge.ingest([ev.facts_dir])
    pipeline = build_pipeline(settings, retriever=knowledge)
    cases = plan_drafts(inputs.drafting, ev.full, ev.seed).drafted
    print(f"{len(cases)} cases, generation.dtype={settings.generation.dtype}", flush=True)
    pipeline.draft(config_spec(cases[0], BY_MODE["attributed"], ev.full.max_new_tokens))  # load before timing
    out = {}
    for mode in args.modes.split(","):
        checks, seconds, records = [], [], []
        for i, case in enumerate(cases, 1):
            spec = config_spec(case, BY_MODE[mode], ev.full.max_new_tokens)
            t = time.perf_counter()
            draft = pipeline.draft(spec)
            seconds.append(time.perf_counter() - t)
            g = check(draft, case.facts, case.sources)
            checks.append(g)
            records.append(
                {"id": case.id, "request": case.request, "text": draft.text, "notes": list(draft.notes)}
                | {"plan": [plain(s.text, s.header) for s in draft.plan]}
                | g.as_dict()
                | {"seconds": seconds[-1]}
            )
            print(f"\r{mode}: {i}/{len(cases)}", end="", flush=True)
        summary: dict[str, float] = dict(summarise(checks))
        summary["p50"] = statistics.median(seconds)
        summary["p95"] = sorted(seconds)[int(0.95 * (len(seconds) - 1))]
        out[mode] = {"summary": summary, "drafts": records}
        print(f"\n{mode}", json.dumps({k: round(v, 3) for k, v in summary.items()}), flush=True)
    write_text(args.out, json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
