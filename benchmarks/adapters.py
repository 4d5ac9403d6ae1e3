"""Adapter benchmarks on the bundled base and the shipped adapters, side by side in one run.

    python benchmarks/adapters.py [--quick] [--json]

- Switching cost: the same requests, alternating adapters on every request, and all on
  one adapter, in interleaved blocks of four (target: alternating <= 1.03x), and the time
  of one switch itself (`switch_ms`: to an adapter whose baked weights are kept, with
  `first_bake_ms` for the first switch to each and `rebake_switch_ms` for a switch past
  `generation.baked_adapters_mb`). Beside it: the same two runs with baking off
  (every call on the batched LoRA path, `batched_path_*`), which is the other way to make a
  switch cheap, and loading base + adapter from disk.
- Mixed batches: one mixed-adapter batch of 8 prompts over 4 adapters (the batched LoRA
  of `hybrid.generation.local.multilora`) against the same 8 run one by one with their
  adapters (`mixed_batch_speedup`, target >= 3x) and against a batch of the same 8 prompts
  all in one adapter (`mixed_over_single_batch`, throughput ratio, target >= 0.8).
- Resident memory with 1 and with 10 adapters loaded: the per-adapter cost, against the base.
- Training seconds per 100 examples.

Every generate call produces exactly N new tokens (min_new_tokens = max_new_tokens), so
the runs compare equal work. With --json the last line is one JSON object of figures;
the headline ratios are `mixed_batch_speedup`, `mixed_over_single_batch` and
`alternating_over_single`. Beside them: the CPU model, its flags, the measured memory
bandwidth and the load average (`machine_shared` is true when other work competed).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import psutil  # noqa: E402
from machine import record  # noqa: E402
from report import report  # noqa: E402

from hybrid.generation import GenerationRequest, LocalGenerator  # noqa: E402
from hybrid.prompts import build_messages  # noqa: E402
from hybrid.settings import load_settings  # noqa: E402
from hybrid.style import AdapterRegistry, TrainConfig, load_corpus, train_adapter  # noqa: E402

DEPARTMENTS = ["marketing", "legal", "engineering", "support"]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def rss_mb() -> float:
    gc.collect()
    return psutil.Process().memory_info().rss / 2**20


def requests_for(n: int, adapters: list[str], tokens: int) -> list[GenerationRequest]:
    out = []
    for i in range(n):
        dept = DEPARTMENTS[i % len(DEPARTMENTS)]
        ex = load_corpus(REPO / "corpora" / "style" / dept).heldout[i // len(DEPARTMENTS)]
        msgs = build_messages(ex.instruction, ex.sources(), dept)
        out.append(GenerationRequest(msgs, adapter=adapters[i % len(adapters)], max_new_tokens=tokens))
    return out


def timed(gen: LocalGenerator, batches: list[list[GenerationRequest]], tokens: int) -> float:
    t0 = time.perf_counter()
    for batch in batches:
        gen.generate(batch, min_new_tokens=tokens)
    return time.perf_counter() - t0


def switch_times(gen: LocalGenerator, keys: list[str], rounds: int) -> list[float]:
    times = []
    for key in keys * rounds:  # each a switch: the next key is always another adapter
        t0 = time.perf_counter()
        gen.adapters.route([key])
        times.append(time.perf_counter() - t0)
    return times


def memory_probe() -> dict[str, float]:
    """RSS growth for the base, then 1 and 10 resident adapters (copies of one adapter
    under ten names), measured in a process that has loaded nothing else."""
    settings = load_settings()
    src = AdapterRegistry(REPO / "adapters").resolve("marketing").path
    with tempfile.TemporaryDirectory() as tmp:
        many = AdapterRegistry(Path(tmp) / "adapters")
        for i in range(10):
            shutil.copytree(src, many.root / f"copy{i}" / "v1")
        gen = LocalGenerator(
            settings.models.generator, settings.cache_dir, many, dtype=settings.generation.dtype, max_loaded=16
        )
        r0 = rss_mb()
        gen.warm_up()
        r_base = rss_mb()
        gen.ensure("copy0")
        r_one = rss_mb()
        for i in range(1, 10):
            gen.ensure(f"copy{i}")
        r_ten = rss_mb()
    per_adapter = (r_ten - r_one) / 9
    return {
        "rss_base_mb": r_base - r0,
        "rss_1_adapter_mb": r_one - r0,
        "rss_10_adapters_mb": r_ten - r0,
        "rss_per_adapter_mb": per_adapter,
        "per_adapter_over_base": per_adapter / (r_base - r0),
        "adapter_file_mb": (src / "adapter_model.safetensors").stat().st_size / 2**20,
    }


def main() -> None:
    if "--memory-probe" in sys.argv:
        print(json.dumps(memory_probe()))
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="Fewer requests and tokens; a few minutes.")
    ap.add_argument("--json", action="store_true", help="Print one JSON object as the last line.")
    args = ap.parse_args()
    n_switch, tokens, train_n = (8, 16, 8) if args.quick else (20, 32, 24)
    settings = load_settings()
    registry = AdapterRegistry(REPO / "adapters")
    missing = [d for d in DEPARTMENTS if d not in registry.names()]
    if missing:
        sys.exit(f"shipped adapters missing: {missing}; run `make adapters`")
    figures: dict[str, object] = {"quick": args.quick, "new_tokens": tokens, **record()}

    t0 = time.perf_counter()
    # The precision a user's generator runs in (`generation.dtype`, "auto" by default): a
    # switch rewrites weights of that dtype, and in bf16 it cost 5x what it does in float32.
    gen = LocalGenerator(
        settings.models.generator, settings.cache_dir, registry, dtype=settings.generation.dtype, max_loaded=16
    )
    gen.warm_up()
    figures["dtype"] = gen.resolved_dtype
    figures["base_load_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    gen.ensure("marketing")
    figures["adapter_load_s"] = time.perf_counter() - t0
    figures["base_plus_adapter_load_s"] = figures["base_load_s"] + figures["adapter_load_s"]
    for d in DEPARTMENTS:
        gen.ensure(d)

    keys = [gen.ensure(d)[0] for d in DEPARTMENTS]

    switches = switch_times(gen, keys, 3)
    # The first switch to each adapter bakes its set into fresh memory; every later one
    # repoints the weights at a kept set.
    figures["first_bake_ms"] = 1000 * statistics.median(switches[: len(keys)])
    figures["switch_ms"] = 1000 * statistics.median(switches[len(keys) :])
    kept = gen.adapters.baked_sets()
    figures["baked_sets_kept"] = len(kept)
    figures["baked_set_mb"] = max(kept.values()) / 2**20
    # With the budget at 0 only one baked set is kept, so every switch rebakes it in place:
    # the cost of a switch past `generation.baked_adapters_mb`, and of every switch before
    # sets were kept.
    budget = gen.adapters.baked_bytes
    gen.adapters.baked_bytes = 0
    figures["rebake_switch_ms"] = 1000 * statistics.median(switch_times(gen, keys, 3)[1:])  # the first frees sets
    gen.adapters.baked_bytes = budget
    switch_times(gen, keys, 1)  # every set kept again

    log("switching: alternating vs single adapter ...")
    # Blocks of one request per adapter, each beside the same prompts all in one adapter,
    # in turns: the machine's drift (one 20-request run took 10% longer than the next on
    # the same requests) then hits both sides alike, where two long runs side by side
    # measured drift as switching. A block ends on the single side's adapter, so a single
    # block starts without a switch and an alternating block makes exactly len(DEPARTMENTS).
    order = DEPARTMENTS[1:] + DEPARTMENTS[:1]
    prompts = requests_for(n_switch, DEPARTMENTS, tokens)
    alternating = [
        GenerationRequest(r.messages, adapter=order[i % len(order)], max_new_tokens=tokens)
        for i, r in enumerate(prompts)
    ]
    single = [GenerationRequest(r.messages, adapter=order[-1], max_new_tokens=tokens) for r in prompts]
    blocks = range(0, n_switch, len(order))
    timed(gen, [[alternating[-1]]], tokens)  # warm
    t_alt = t_single = t_alt_batched = t_single_batched = t_alt_rebaked = 0.0
    rounds = 2
    for _ in range(rounds):
        for b in blocks:
            t_alt += timed(gen, [[r] for r in alternating[b : b + len(order)]], tokens)
            t_single += timed(gen, [[r] for r in single[b : b + len(order)]], tokens)
            # The same switches past the memory budget: each one rebakes a set in place.
            gen.adapters.baked_bytes = 0
            t_alt_rebaked += timed(gen, [[r] for r in alternating[b : b + len(order)]], tokens)
            gen.adapters.baked_bytes = budget
            switch_times(gen, keys, 1)  # untimed: every set is kept again before the next block
        # The other way to make a switch cheap: no baking, every call on the batched path.
        gen.adapters.bake_single = False
        for b in blocks:
            t_alt_batched += timed(gen, [[r] for r in alternating[b : b + len(order)]], tokens)
            t_single_batched += timed(gen, [[r] for r in single[b : b + len(order)]], tokens)
        gen.adapters.bake_single = True
    figures["alternating_s"] = t_alt / rounds
    figures["single_s"] = t_single / rounds
    figures["alternating_over_single"] = figures["alternating_s"] / figures["single_s"]
    figures["rebake_alternating_s"] = t_alt_rebaked / rounds
    figures["rebake_alternating_over_single"] = figures["rebake_alternating_s"] / figures["single_s"]
    figures["batched_path_alternating_s"] = t_alt_batched / rounds
    figures["batched_path_single_s"] = t_single_batched / rounds
    figures["batched_path_alternating_over_single"] = figures["batched_path_alternating_s"] / figures["single_s"]
    figures["per_request_s"] = figures["single_s"] / n_switch

    log("mixed batch: 8 prompts in one call vs one by one ...")
    eight = requests_for(8, DEPARTMENTS, tokens)
    same = [GenerationRequest(r.messages, adapter="marketing", max_new_tokens=tokens) for r in eight]
    t_seq = timed(gen, [[r] for r in eight], tokens)
    t_mixed_runs, t_same_runs, t_same_batched_runs = [], [], []
    for _ in range(2):  # interleaved, so load from other work hits both alike
        t_mixed_runs.append(timed(gen, [eight], tokens))
        t_same_runs.append(timed(gen, [same], tokens))
        gen.adapters.bake_single = False
        t_same_batched_runs.append(timed(gen, [same], tokens))
        gen.adapters.bake_single = True
    t_mixed, t_same = min(t_mixed_runs), min(t_same_runs)
    figures["batched_path_single_adapter_batch_8_s"] = min(t_same_batched_runs)
    figures["one_by_one_8_s"] = t_seq
    figures["mixed_batch_8_s"] = t_mixed
    figures["single_adapter_batch_8_s"] = t_same
    figures["mixed_batch_speedup"] = t_seq / t_mixed
    figures["mixed_over_single_batch"] = t_same / t_mixed
    figures["mixed_batch_tokens_per_s"] = 8 * tokens / t_mixed
    figures["one_by_one_tokens_per_s"] = 8 * tokens / t_seq

    log("memory: 10 adapters resident, in a fresh process ...")
    del gen
    probe = subprocess.run([sys.executable, __file__, "--memory-probe"], capture_output=True, text=True, check=True)
    figures.update(json.loads(probe.stdout.strip().splitlines()[-1]))

    log(f"training: {train_n} examples, 1 epoch ...")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        lines = (REPO / "corpora" / "style" / "marketing" / "train.jsonl").read_text().splitlines()
        (corpus / "train.jsonl").write_text("\n".join(lines[:train_n]) + "\n")
        ref = train_adapter(
            "bench",
            corpus,
            AdapterRegistry(Path(tmp) / "a"),
            settings.models.generator,
            settings.cache_dir,
            TrainConfig(epochs=1),
            show_progress=False,
        )
        figures["train_s_per_100_examples"] = ref.manifest.training_seconds / train_n * 100

    rows = [
        (
            "switching: alternating / single adapter",
            f"{figures['alternating_s']:.2f} / {figures['single_s']:.2f} s ({n_switch} requests x {tokens} tokens)",
            f"{figures['alternating_over_single']:.3f}x",
        ),
        (
            f"one switch to an adapter whose baked set is kept ({figures['baked_sets_kept']} sets of "
            f"{figures['baked_set_mb']:.0f} MB, {figures['dtype']})",
            f"{figures['switch_ms']:.1f} ms",
            "",
        ),
        (
            "switching past the memory budget (every switch rebakes): alternating / single",
            f"{figures['rebake_alternating_s']:.2f} / {figures['single_s']:.2f} s",
            f"{figures['rebake_alternating_over_single']:.3f}x",
        ),
        (
            "first switch to each adapter (bakes its set) / a switch past the budget (rebakes one in place)",
            f"{figures['first_bake_ms']:.0f} / {figures['rebake_switch_ms']:.0f} ms",
            "",
        ),
        (
            "switching without baking (batched path): alternating / single, against baked single",
            f"{figures['batched_path_alternating_s']:.2f} / {figures['batched_path_single_s']:.2f} s",
            f"{figures['batched_path_alternating_over_single']:.3f}x",
        ),
        (
            "load base + adapter from disk (vs one request)",
            f"{figures['base_plus_adapter_load_s']:.2f} s vs {figures['per_request_s']:.2f} s",
            "",
        ),
        (
            "mixed batch of 8 / one by one",
            f"{figures['mixed_batch_8_s']:.2f} / {figures['one_by_one_8_s']:.2f} s",
            f"{figures['mixed_batch_speedup']:.2f}x",
        ),
        (
            "mixed batch of 8 / same-adapter batch of 8 (throughput)",
            f"{figures['mixed_batch_8_s']:.2f} / {figures['single_adapter_batch_8_s']:.2f} s",
            f"{figures['mixed_over_single_batch']:.2f}x",
        ),
        (
            "same-adapter batch of 8: baked / batched path",
            f"{figures['single_adapter_batch_8_s']:.2f} / {figures['batched_path_single_adapter_batch_8_s']:.2f} s",
            "",
        ),
        (
            "resident memory: base / +1 adapter / +10 adapters",
            f"{figures['rss_base_mb']:.0f} / "
            f"{figures['rss_1_adapter_mb']:.0f} / {figures['rss_10_adapters_mb']:.0f} MB",
            f"{figures['per_adapter_over_base'] * 100:.1f}% of base per adapter",
        ),
        ("training", f"{figures['train_s_per_100_examples']:.0f} s per 100 examples", ""),
    ]
    report(rows, figures, args.json)


if __name__ == "__main__":
    main()
