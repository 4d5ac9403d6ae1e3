"""The llama.cpp backend against the transformers path, side by side in one run.

    python benchmarks/llamacpp.py [--quick] [--json]

Needs the llamacpp extra (`make install-llamacpp`). On the same drafting prompts (the
style corpora's held-out requests with their sources, one per department per round),
each forced to exactly N new tokens and streamed:

- time to first token (prefill, adapter switch) and decode tokens/s after it, per path.
  llama.cpp keeps the KV cache of a prefix it has seen under the same adapter; that is
  dropped before each prompt here, so both paths prefill the whole prompt.
- llama.cpp's decode against its own ceiling: the memory bandwidth measured in this run
  over the bytes one step reads (every GGUF weight as stored, the adapter's LoRA factors,
  and the f16 KV cache at the mean context): `llamacpp_decode_share_of_ceiling`.
- Voice parity: held-out loss of every shipped adapter (and the base) through both paths,
  the transformers side in float32: `llamacpp_max_heldout_loss_change` (target <= 0.01
  from the issue's "no loss of quality"), with each adapter's gain over the base.

With --json the last line is one JSON object; `llamacpp_over_torch_decode` is the headline.
The CPU, its flags, the bandwidth and the load average are recorded beside the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from machine import record  # noqa: E402
from report import report  # noqa: E402

from hybrid.generation import GenerationRequest, GenerationResult, LocalGenerator  # noqa: E402
from hybrid.generation.llamacpp import LlamaCppGenerator  # noqa: E402
from hybrid.prompts import build_messages  # noqa: E402
from hybrid.settings import load_settings  # noqa: E402
from hybrid.style import AdapterRegistry, load_corpus  # noqa: E402

DEPARTMENTS = ["marketing", "legal", "engineering", "support"]


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def prompts(rounds: int) -> list[GenerationRequest]:
    out = []
    for i in range(rounds):
        for dept in DEPARTMENTS:
            ex = load_corpus(REPO / "corpora" / "style" / dept).heldout[i]
            out.append(GenerationRequest(build_messages(ex.instruction, ex.sources(), dept), adapter=dept))
    return out


def streamed(gen, request: GenerationRequest, tokens: int) -> tuple[float, float, int, int]:
    """(time to first token, decode seconds after it, tokens after it, prompt tokens)."""
    row = GenerationRequest(request.messages, request.adapter, tokens)
    t0 = time.perf_counter()
    first = last = None
    result = None
    for item in gen.stream(row, min_new_tokens=tokens):
        now = time.perf_counter()
        if isinstance(item, GenerationResult):
            result = item
        else:
            first = now if first is None else first
            last = now
    assert result is not None and first is not None and last is not None
    return first - t0, last - first, result.completion_tokens - 1, result.prompt_tokens


def speed(gens: dict[str, object], rows: list[GenerationRequest], tokens: int) -> dict[str, float]:
    sums = {f"{name}_{k}": 0.0 for name in gens for k in ("ttft", "decode_s", "decoded", "total")}
    context = 0
    for i, row in enumerate(rows):
        for name, gen in gens.items():
            if isinstance(gen, LlamaCppGenerator):
                gen.runtime.llm.n_tokens = 0  # no cached prefix: both paths prefill it all
            ttft, decode_s, decoded, prompt_tokens = streamed(gen, row, tokens)
            sums[f"{name}_ttft"] += ttft
            sums[f"{name}_decode_s"] += decode_s
            sums[f"{name}_decoded"] += decoded
            sums[f"{name}_total"] += ttft + decode_s
            log(
                f"  prompt {i} ({row.adapter}, {prompt_tokens} tokens) {name}: ttft {ttft:.2f}s, "
                f"{decoded / decode_s:.1f} tok/s"
            )
        context += prompt_tokens + tokens / 2
    out = {"mean_context_tokens": context / len(rows), "mean_prompt_tokens": context / len(rows) - tokens / 2}
    for name in gens:
        out[f"{name}_decode_tok_s"] = sums[f"{name}_decoded"] / sums[f"{name}_decode_s"]
        out[f"{name}_ttft_s"] = sums[f"{name}_ttft"] / len(rows)
        out[f"{name}_end_to_end_tok_s"] = len(rows) * tokens / sums[f"{name}_total"]
    return out


def step_bytes(cpp: LlamaCppGenerator, context: float) -> dict[str, float]:
    """Bytes one llama.cpp decode step reads: each GGUF tensor once as stored (the token
    embedding too: it is also the output head of this base), one adapter's LoRA factors,
    and the f16 keys and values at `context` tokens."""
    import gguf

    assert cpp.gguf is not None and cpp._shape is not None
    base = gguf.GGUFReader(cpp.gguf)  # parses the whole vocabulary: seconds, so once
    weights = sum(int(t.n_bytes) for t in base.tensors)
    lora_path = cpp.adapter_set("support")[0][0][0]
    lora = sum(int(t.n_bytes) for t in gguf.GGUFReader(lora_path).tensors)
    fields = base.fields
    arch = cpp._shape.arch
    head_dim = int(fields[f"{arch}.embedding_length"].contents()) // cpp._shape.heads
    kv = 2 * cpp._shape.blocks * cpp._shape.kv_heads * head_dim * context * 2
    return {"llamacpp_weight_bytes": float(weights), "llamacpp_lora_bytes": float(lora), "llamacpp_kv_bytes": kv}


def parity(gens: dict[str, object], per_dept: int) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    for dept in DEPARTMENTS:
        corpus = load_corpus(REPO / "corpora" / "style" / dept)
        pairs = [(build_messages(e.instruction, e.sources(), dept), e.response) for e in corpus.heldout[:per_dept]]
        row: dict[str, float] = {}
        for name, gen in gens.items():
            adapter = statistics.fmean(gen.losses(pairs, dept))  # type: ignore[attr-defined]
            base = statistics.fmean(gen.losses(pairs, "base"))  # type: ignore[attr-defined]
            row[f"{name}_adapter_loss"], row[f"{name}_adapter_gain"] = adapter, base - adapter
        out[dept] = row
        log(f"  {dept}: {row}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="One round of prompts and fewer tokens.")
    ap.add_argument("--json", action="store_true", help="End with one JSON object of figures.")
    args = ap.parse_args()
    rounds, tokens, per_dept = (1, 32, 2) if args.quick else (3, 64, 6)
    settings = load_settings()
    registry = AdapterRegistry(REPO / "adapters")
    figures: dict[str, object] = {"quick": args.quick, "new_tokens": tokens, **record()}
    gen = settings.generation
    torch_gen = LocalGenerator(settings.models.generator, settings.cache_dir, registry, dtype=gen.dtype)
    t0 = time.perf_counter()
    torch_gen.warm_up()
    figures["torch_load_s"] = time.perf_counter() - t0
    figures["torch_dtype"] = torch_gen.resolved_dtype
    cpp = LlamaCppGenerator(settings.models.generator, settings.cache_dir, registry)
    t0 = time.perf_counter()
    cpp.warm_up()
    figures["llamacpp_load_s"] = time.perf_counter() - t0
    stamp = REPO / ".venv" / ".llamacpp"
    if stamp.is_file():  # written by `make install-llamacpp`: how long the build took
        figures["llamacpp_build_s"] = json.loads(stamp.read_text()).get("build_s")
    gens = {"torch": torch_gen, "llamacpp": cpp}
    for row in prompts(1):  # warm both: the adapters load or convert once, outside the timings
        for g in gens.values():
            g.generate([GenerationRequest(row.messages, row.adapter, 2)])
    log("speed: the same prompts through both paths")
    figures.update(speed(gens, prompts(rounds), tokens))
    figures.update(step_bytes(cpp, float(figures["mean_context_tokens"])))  # type: ignore[arg-type]
    step = sum(float(figures[k]) for k in ("llamacpp_weight_bytes", "llamacpp_lora_bytes", "llamacpp_kv_bytes"))  # type: ignore[arg-type]
    figures["llamacpp_bandwidth_ceiling_tok_s"] = float(figures["memory_bandwidth_gb_s"]) * 1e9 / step  # type: ignore[arg-type]
    figures["llamacpp_decode_share_of_ceiling"] = (
        figures["llamacpp_decode_tok_s"] / figures["llamacpp_bandwidth_ceiling_tok_s"]  # type: ignore[operator]
    )
    figures["llamacpp_over_torch_decode"] = figures["llamacpp_decode_tok_s"] / figures["torch_decode_tok_s"]  # type: ignore[operator]
    figures["llamacpp_over_torch_ttft"] = figures["llamacpp_ttft_s"] / figures["torch_ttft_s"]  # type: ignore[operator]
    log("parity: held-out loss of every shipped adapter through both paths (torch in float32)")
    fp32 = LocalGenerator(settings.models.generator, settings.cache_dir, registry, dtype="float32")
    losses = parity({"float32": fp32, "llamacpp": cpp}, per_dept)
    figures["heldout_losses"] = losses
    figures["llamacpp_max_heldout_loss_change"] = max(
        abs(r["llamacpp_adapter_loss"] - r["float32_adapter_loss"]) for r in losses.values()
    )
    report(_rows(figures, losses), figures, args.json)


def _rows(f: dict, losses: dict[str, dict[str, float]]) -> list[tuple[str, str, str]]:
    rows = [
        (
            "decode tok/s: torch / llama.cpp",
            f"{f['torch_decode_tok_s']:.1f} / {f['llamacpp_decode_tok_s']:.1f}",
            f"{f['llamacpp_over_torch_decode']:.2f}x",
        ),
        (
            "time to first token: torch / llama.cpp",
            f"{f['torch_ttft_s']:.2f} s / {f['llamacpp_ttft_s']:.2f} s",
            f"{f['llamacpp_over_torch_ttft']:.2f}x",
        ),
        (
            "end-to-end tok/s: torch / llama.cpp",
            f"{f['torch_end_to_end_tok_s']:.1f} / {f['llamacpp_end_to_end_tok_s']:.1f}",
            "",
        ),
        (
            "llama.cpp decode vs its bandwidth ceiling",
            f"{f['llamacpp_decode_tok_s']:.1f} / {f['llamacpp_bandwidth_ceiling_tok_s']:.0f} tok/s",
            f"{f['llamacpp_decode_share_of_ceiling'] * 100:.0f}% (target >= 60%)",
        ),
    ]
    for dept, r in losses.items():
        rows.append(
            (
                f"held-out loss {dept}: float32 / llama.cpp",
                f"{r['float32_adapter_loss']:.4f} / {r['llamacpp_adapter_loss']:.4f}",
                f"gain {r['float32_adapter_gain']:.3f} / {r['llamacpp_adapter_gain']:.3f}",
            )
        )
    rows.append(("max held-out loss change", f"{f['llamacpp_max_heldout_loss_change']:.4f}", "target <= 0.01"))
    rows.append(("CPU", f"{f['cpu_model']} ({f['cpu_family_model']})", ", ".join(f["cpu_flags"])))
    return rows


if __name__ == "__main__":
    main()
