#!/usr/bin/env python
"""How many of the eval's expected facts the plan stage chooses, with no generation.

Every drafting case of `corpora/eval/drafting.jsonl` is retrieved, prompted and planned as an
attributed draft would be, on the bundled embedder and `corpora/facts`. An attributed draft
can only state what its plan holds, so this bounds its fact recall, and it runs in about a
minute instead of the eval's quarter of an hour: the quick way to compare plan rankings.

    python benchmarks/plan_recall.py [--json] [--out plans.json]

Figures: `shown_share` (expected facts in the passages the prompt shows), `plan_share`
(in the planned sentences, as a draft restates them), `plan_answer_match` (cases with every
fact planned), `mean_plan_sentences`, `empty_plans`, and `plan_repetition_3gram`: the eval's
repetition figure over the planned sentences other than table rows (a draft sets those out
as their table, not restated), laid end to end. A rewrite keeps most of its
source's words, so a plan that says one fact twice gives a draft that does too.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from hybrid.atomic import write_text
from hybrid.build import build_knowledge, build_pipeline
from hybrid.evaluation.constants import BY_MODE
from hybrid.evaluation.drafting import config_spec
from hybrid.evaluation.inputs import load_inputs
from hybrid.pipeline.prose import plain
from hybrid.pipeline.stages.plan import plan
from hybrid.settings import Settings
from hybrid.text import normalise, repeated_ngram_share


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="End with one JSON object of figures.")
    parser.add_argument("--out", type=Path, help="Write every case's plan and the facts it missed here.")
    args = parser.parse_args()
    settings = Settings()
    ev = settings.evaluation
    cases = load_inputs(ev, settings.pipeline.style_dir).drafting
    knowledge = build_knowledge(settings)
    knowledge.ingest([ev.facts_dir])
    pipeline = build_pipeline(settings, retriever=knowledge)
    t0 = time.perf_counter()
    shown_hits = plan_hits = facts = complete = empty = 0
    sizes, records, repeats = [], [], []
    for i, case in enumerate(cases, 1):
        spec = config_spec(case, BY_MODE["attributed"], None)
        _retrieved, prompted = pipeline._prepare(spec)
        planned = plan(spec, prompted.shown, pipeline.embedder)
        shown = normalise(" ".join(p.text for p in prompted.shown))
        said = normalise(" ".join(plain(s.text, s.header) for s in planned.sentences))
        in_plan = [f for f in case.facts if normalise(f) in said]
        facts += len(case.facts)
        shown_hits += sum(normalise(f) in shown for f in case.facts)
        plan_hits += len(in_plan)
        complete += len(in_plan) == len(case.facts)
        empty += not planned.sentences
        sizes.append(len(planned.sentences))
        # Table rows are set out as their table, header once, and never restated.
        prose = [plain(s.text, s.header) for s in planned.sentences if not s.text.startswith("|")]
        repeats.append(repeated_ngram_share(" ".join(prose)))
        records.append(
            {"id": case.id, "request": case.request, "missed": [f for f in case.facts if f not in in_plan]}
            | {"plan": [[round(s.score, 3), plain(s.text, s.header)] for s in planned.sentences]}
        )
        print(f"\r{i}/{len(cases)}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    figures = {
        "cases": len(cases),
        "facts": facts,
        "shown_share": round(shown_hits / facts, 3),
        "plan_share": round(plan_hits / facts, 3),
        "plan_answer_match": round(complete / len(cases), 3),
        "mean_plan_sentences": round(statistics.fmean(sizes), 2),
        "empty_plans": empty,
        "plan_repetition_3gram": round(statistics.fmean(repeats), 3),
        "seconds": round(time.perf_counter() - t0, 1),
    }
    if args.out:
        write_text(args.out, json.dumps(records, indent=1))
    for name, value in figures.items():
        print(f"{name:>20}: {value}")
    if args.json:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
