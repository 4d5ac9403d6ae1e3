"""Pipeline benchmarks on the bundled models, shipped adapters and bundled facts.

    python benchmarks/pipeline.py [--quick] [--json]

- End-to-end drafts from `corpora/eval/drafting.jsonl` (one per department per round),
  streamed: seconds per stage (retrieve, prompt, generate, validate), time to first
  token and total, as p50/p95.
- The no-retrieval path against the full path on the same requests.
- Generation speed against raw `model.generate` in float32 (no PEFT, no adapter) on the
  same prompts, both forced to exactly N new tokens, in one run: on the drafting prompts
  (with sources) and on the no-retrieval prompts (short).
- Precision check: held-out loss of every shipped adapter (and of the base) under the
  configured precision against float32. The bf16 side is scored with *every* matmul in
  bf16 (the decode path), the worst case; see `precision.EMULATE_DECODE_NUMERICS`.
  "Adapter gain" = base loss - adapter loss is the voice the adapter adds; it should not
  shrink by more than noise.

With --json the last line is one JSON object. `generate_speedup_vs_fp32` is the headline:
decode tokens/s after the first token, ours over raw float32; time to first token and
end-to-end tokens/s (prefill included) are reported beside it. `decode_tok_s` is set
against the machine's limit: `bandwidth_ceiling_tok_s` is the memory bandwidth measured
in this run divided by the bytes one decode step must read (every weight as stored at
the chosen precision, once, plus the KV cache at the mean context), and
`decode_share_of_ceiling` is their ratio. The CPU, its flags and the load average are
recorded beside them.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

import torch  # noqa: E402
from machine import record  # noqa: E402
from report import report  # noqa: E402

from hybrid.generation import LocalGenerator, precision  # noqa: E402
from hybrid.pipeline import Draft, HybridPipeline  # noqa: E402
from hybrid.pipeline.spec import DraftSpec  # noqa: E402
from hybrid.prompts import build_messages  # noqa: E402
from hybrid.settings import load_settings  # noqa: E402
from hybrid.style import AdapterRegistry, load_corpus  # noqa: E402

DEPARTMENTS = ["marketing", "legal", "engineering", "support"]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def requests(rounds: int) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in (REPO / "corpora/eval/drafting.jsonl").read_text().splitlines() if line]
    by_dept = {d: [r for r in rows if r["department"] == d] for d in DEPARTMENTS}
    return [(d, by_dept[d][i]["request"]) for i in range(rounds) for d in DEPARTMENTS]


def run_drafts(pipe: HybridPipeline, reqs: list[tuple[str, str]], tokens: int, retrieval: bool) -> list[Draft]:
    out = []
    for dept, text in reqs:
        # Free mode: these figures are one generation per draft, comparable run to run; the
        # attributed mode's drafts are judged by `hybrid eval` (grounding.by_mode).
        *_, draft = pipe.stream(text, department=dept, max_new_tokens=tokens, retrieval=retrieval, mode="free")
        assert isinstance(draft, Draft)
        out.append(draft)
        log(f"  {dept:<12} {draft.timings.total:5.2f}s {draft.completion_tokens:3d} tok  {text[:50]}")
    return out


def prompt_of(pipe: HybridPipeline, d: Draft, tokens: int, retrieval: bool) -> list[dict[str, str]]:
    """The messages the pipeline's prompt stage builds for draft `d`'s request."""
    spec = DraftSpec(request=d.request, department=d.department, max_new_tokens=tokens, retrieval=retrieval)
    return pipe._prepare(spec)[1].messages


class Clock:
    """A transformers streamer that only notes when each new token arrives."""

    def __init__(self) -> None:
        self.start = time.perf_counter()
        self.times: list[float] = []
        self.prompt_seen = False

    def put(self, value: object) -> None:
        if not self.prompt_seen:  # generate hands the prompt over first
            self.prompt_seen = True
            return
        self.times.append(time.perf_counter())

    def end(self) -> None:
        pass

    def split(self) -> tuple[float, float, int]:
        """(seconds to first token, seconds of decoding after it, tokens decoded after it)."""
        return self.times[0] - self.start, self.times[-1] - self.times[0], len(self.times) - 1


def raw_fp32_speed(settings, prompts: list[list[dict[str, str]]], tokens: int, pipe_gen: LocalGenerator) -> dict:
    """Plain float32 transformers against the pipeline's generator on the same prompts, each
    forced to exactly `tokens` new tokens: time to first token (prefill, and for ours the
    adapter switch) and decode tokens/s after it, measured apart."""
    from transformers import AutoModelForCausalLM

    from hybrid.models import prepare_generator
    from hybrid.types import GenerationRequest

    files = prepare_generator(settings.models.generator, settings.cache_dir)
    raw = AutoModelForCausalLM.from_pretrained(files.path, dtype=torch.float32).eval()
    tok = pipe_gen.tokenizer
    sums = {k: 0.0 for k in ("raw_ttft", "raw_decode_s", "raw_total", "ours_ttft", "ours_decode_s", "ours_total")}
    decoded = 0
    prompt_tokens = 0
    for i, messages in enumerate(prompts):
        dept = DEPARTMENTS[i % len(DEPARTMENTS)]
        prompt = tok.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
        enc = tok(prompt, return_tensors="pt", add_special_tokens=False)
        fixed = {"max_new_tokens": tokens, "min_new_tokens": tokens, "do_sample": False}
        clock = Clock()
        with torch.inference_mode():
            raw.generate(**enc, **fixed, pad_token_id=tok.pad_token_id, streamer=clock)
        sums["raw_total"] += time.perf_counter() - clock.start
        ttft, decode_s, n = clock.split()
        sums["raw_ttft"] += ttft
        sums["raw_decode_s"] += decode_s
        clock = Clock()
        pipe_gen.generate([GenerationRequest(messages, dept, tokens)], min_new_tokens=tokens, streamer=clock)
        sums["ours_total"] += time.perf_counter() - clock.start
        ttft, decode_s, n = clock.split()
        sums["ours_ttft"] += ttft
        sums["ours_decode_s"] += decode_s
        decoded += n
        prompt_tokens += enc["input_ids"].shape[1]
        log(f"  prompt {i}: {enc['input_ids'].shape[1]} tokens")
    del raw
    count = len(prompts)
    return {
        "raw_fp32_decode_tok_s": decoded / sums["raw_decode_s"],
        "pipeline_decode_tok_s": decoded / sums["ours_decode_s"],
        "raw_fp32_ttft_s": sums["raw_ttft"] / count,
        "pipeline_ttft_s": sums["ours_ttft"] / count,
        "raw_fp32_end_to_end_tok_s": count * tokens / sums["raw_total"],
        "pipeline_end_to_end_tok_s": count * tokens / sums["ours_total"],
        "mean_prompt_tokens": prompt_tokens / count,
    }


def bytes_per_token(model, context: float) -> dict[str, float]:
    """Bytes one batch-1 decode step reads: each distinct weight tensor once as stored (an
    input embedding only if it is also the output head, since a lookup reads one row),
    and the KV cache's keys and values at `context` tokens. Resident adapters' LoRA factors
    are left out: the single-adapter path bakes the delta into the weights."""
    embed = model.get_input_embeddings().weight
    head = model.get_output_embeddings().weight
    seen: set[int] = set()
    weights = 0
    for name, param in model.named_parameters(remove_duplicate=False):
        # A baked adapter's factors are not read by the forward: its delta is in the weights.
        if "lora_" in name or id(param) in seen or (param is embed and head is not embed):
            continue
        seen.add(id(param))
        weights += param.numel() * param.element_size()
    cfg = model.config
    head_dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
    kv_heads = getattr(cfg, "num_key_value_heads", cfg.num_attention_heads)
    kv = 2 * cfg.num_hidden_layers * kv_heads * head_dim * context * 4  # the cache stays float32
    return {"weight_bytes_per_token": float(weights), "kv_bytes_per_token": kv}


def precision_check(settings, per_dept: int, dtype: str) -> dict:
    """Held-out loss per department, float32 against `dtype` (the generator's precision)."""
    registry = AdapterRegistry(settings.adapters_dir)
    out: dict[str, dict[str, float]] = {}
    gens = {
        "float32": LocalGenerator(settings.models.generator, settings.cache_dir, registry, dtype="float32"),
        dtype: LocalGenerator(settings.models.generator, settings.cache_dir, registry, dtype=dtype),
    }
    precision.EMULATE_DECODE_NUMERICS = True  # every matmul with decode-step numerics: the worst case
    try:
        for dept in DEPARTMENTS:
            corpus = load_corpus(REPO / "corpora/style" / dept)
            pairs = [(build_messages(e.instruction, e.sources(), dept), e.response) for e in corpus.heldout[:per_dept]]
            row: dict[str, float] = {}
            for name, gen in gens.items():
                adapter = statistics.fmean(gen.losses(pairs, dept))
                base = statistics.fmean(gen.losses(pairs, "base"))
                row[f"{name}_adapter_loss"] = adapter
                row[f"{name}_base_loss"] = base
                row[f"{name}_adapter_gain"] = base - adapter
            out[dept] = row
            log(f"  {dept}: {row}")
    finally:
        precision.EMULATE_DECODE_NUMERICS = False
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="Fewer requests and tokens (about 3 minutes).")
    ap.add_argument("--json", action="store_true", help="End with one JSON object of figures.")
    args = ap.parse_args()
    rounds, tokens, heldout = (1, 48, 4) if args.quick else (3, 128, 12)
    torch.manual_seed(0)

    with tempfile.TemporaryDirectory() as state:
        settings = load_settings(
            state_dir=Path(state), adapters_dir=REPO / "adapters", pipeline={"style_dir": REPO / "corpora/style"}
        )
        pipe = HybridPipeline.from_settings(settings)
        log("ingesting corpora/facts ...")
        pipe.knowledge.ingest([REPO / "corpora/facts"])
        reqs = requests(rounds)
        pipe.draft(reqs[0][1], department=reqs[0][0], max_new_tokens=4)  # load model and adapters once
        for dept in DEPARTMENTS:
            pipe.generator.ensure(dept)
        log(f"full path ({len(reqs)} drafts, {tokens} tokens max) ...")
        full = run_drafts(pipe, reqs, tokens, retrieval=True)
        log("no-retrieval path ...")
        bare = run_drafts(pipe, reqs, tokens, retrieval=False)
        log("raw float32 generate against the pipeline's generator ...")
        prompts = [prompt_of(pipe, d, tokens, retrieval=True) for d in full[: len(DEPARTMENTS)]]
        speed = raw_fp32_speed(settings, prompts, tokens, pipe.generator)
        log("the same on the no-retrieval prompts (short: no sources) ...")
        bare_prompts = [prompt_of(pipe, d, tokens, retrieval=False) for d in full[: len(DEPARTMENTS)]]
        short = raw_fp32_speed(settings, bare_prompts, tokens, pipe.generator)
        dtype = pipe.generator.resolved_dtype  # "auto" resolved by this CPU's probe
        machine = record()
        traffic = bytes_per_token(pipe.generator.model, speed["mean_prompt_tokens"] + tokens / 2)
    log(f"precision check ({heldout} held-out examples per department) ...")
    quality = precision_check(settings, heldout, dtype)

    figures: dict[str, object] = {"requests": len(reqs), "max_new_tokens": tokens, "dtype": dtype}
    rows = []
    for stage in ("retrieve", "prompt", "generate", "validate_", "first_token", "total"):
        values = [getattr(d.timings, stage) or 0.0 for d in full]
        name = stage.rstrip("_")
        figures[f"{name}_p50_s"], figures[f"{name}_p95_s"] = pct(values, 0.5), pct(values, 0.95)
        rows.append((f"full path: {name} p50 / p95", f"{pct(values, 0.5):.3f} s / {pct(values, 0.95):.3f} s", ""))
    bare_total = [d.timings.total for d in bare]
    figures["no_retrieval_total_p50_s"] = pct(bare_total, 0.5)
    figures["no_retrieval_total_p95_s"] = pct(bare_total, 0.95)
    figures["no_retrieval_first_token_p50_s"] = pct([d.timings.first_token or 0.0 for d in bare], 0.5)
    full_p50 = float(figures["total_p50_s"])  # type: ignore[arg-type]
    figures["no_retrieval_over_full"] = pct(bare_total, 0.5) / full_p50
    rows.append(
        (
            "no-retrieval path: total p50 / p95",
            f"{pct(bare_total, 0.5):.3f} s / {pct(bare_total, 0.95):.3f} s",
            f"{figures['no_retrieval_over_full']:.2f}x of full",
        )
    )
    rows.append(("no-retrieval path: first token p50", f"{figures['no_retrieval_first_token_p50_s']:.3f} s", ""))
    figures.update(speed)
    figures.update(machine)
    figures.update(traffic)
    figures["decode_tok_s"] = speed["pipeline_decode_tok_s"]
    per_token = traffic["weight_bytes_per_token"] + traffic["kv_bytes_per_token"]
    figures["bandwidth_ceiling_tok_s"] = float(machine["memory_bandwidth_gb_s"]) * 1e9 / per_token  # type: ignore[arg-type]
    figures["decode_share_of_ceiling"] = figures["decode_tok_s"] / figures["bandwidth_ceiling_tok_s"]
    rows.append(
        (
            f"decode tok/s / bandwidth ceiling ({machine['memory_bandwidth_gb_s']} GB/s measured, "
            f"{per_token / 1e6:.0f} MB per token at {dtype})",
            f"{figures['decode_tok_s']:.1f} / {figures['bandwidth_ceiling_tok_s']:.1f} tok/s",
            f"{figures['decode_share_of_ceiling'] * 100:.0f}% of ceiling (target >= 60%)",
        )
    )
    figures["generate_speedup_vs_fp32"] = speed["pipeline_decode_tok_s"] / speed["raw_fp32_decode_tok_s"]
    figures["end_to_end_speedup_vs_fp32"] = speed["pipeline_end_to_end_tok_s"] / speed["raw_fp32_end_to_end_tok_s"]
    figures["ttft_ratio_vs_fp32"] = speed["pipeline_ttft_s"] / speed["raw_fp32_ttft_s"]
    rows.append(
        (
            f"decode tok/s: raw float32 generate / pipeline generator ({dtype}, adapter merged)",
            f"{speed['raw_fp32_decode_tok_s']:.1f} / {speed['pipeline_decode_tok_s']:.1f} tok/s",
            f"{figures['generate_speedup_vs_fp32']:.2f}x (target >= 1.8x)",
        )
    )
    figures["short_prompt_speedup_vs_fp32"] = short["pipeline_decode_tok_s"] / short["raw_fp32_decode_tok_s"]
    figures.update({f"short_prompt_{k}": v for k, v in short.items()})
    rows.append(
        (
            "decode tok/s on the no-retrieval prompts: raw float32 / pipeline generator",
            f"{short['raw_fp32_decode_tok_s']:.1f} / {short['pipeline_decode_tok_s']:.1f} tok/s",
            f"{figures['short_prompt_speedup_vs_fp32']:.2f}x",
        )
    )
    rows.append(
        (
            "time to first token: raw / pipeline (prefill; ours includes the adapter switch)",
            f"{speed['raw_fp32_ttft_s']:.2f} / {speed['pipeline_ttft_s']:.2f} s",
            f"{figures['ttft_ratio_vs_fp32']:.2f}x the time",
        )
    )
    rows.append(
        (
            "end-to-end tok/s, prefill included: raw / pipeline",
            f"{speed['raw_fp32_end_to_end_tok_s']:.1f} / {speed['pipeline_end_to_end_tok_s']:.1f} tok/s",
            f"{figures['end_to_end_speedup_vs_fp32']:.2f}x",
        )
    )
    worst = 0.0
    for dept, row in quality.items():
        d_loss = row[f"{dtype}_adapter_loss"] - row["float32_adapter_loss"]
        d_gain = row[f"{dtype}_adapter_gain"] - row["float32_adapter_gain"]
        worst = max(worst, abs(d_loss))
        rows.append(
            (
                f"held-out loss {dept}: float32 / {dtype}",
                f"{row['float32_adapter_loss']:.4f} / {row[f'{dtype}_adapter_loss']:.4f}",
                f"loss {d_loss:+.4f}, adapter gain {d_gain:+.4f}",
            )
        )
    figures["precision"] = quality
    figures["max_heldout_loss_change"] = worst
    report(rows, figures, args.json)


if __name__ == "__main__":
    main()
