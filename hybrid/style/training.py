"""The LoRA training recipe: one readable function of named phases, no framework.

- Prompts use the base model's chat template, built by `hybrid.prompts`, exactly as
  drafting builds them, so the adapter learns the layout it will see.
- Loss is on response tokens only; the prompt's labels are -100.
- Examples are batched by length (less padding), in an order fixed by the seed.
- Progress goes to a `hybrid.protocols.Progress` (the CLI draws it); the held-out loss is
  measured at the end, with and without the adapter, so the manifest says whether the
  voice took.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from hybrid.prompts import build_messages
from hybrid.protocols import NoProgress, Progress
from hybrid.style.checkpoint import Checkpoints, Resumed
from hybrid.style.corpus import CorpusError, StyleCorpus, StyleExample
from hybrid.style.encoding import IGNORE, Encoded, encode_pair, pad_batch

# Not "train": PEFT makes the adapter name a module attribute, and nn.Module.train exists.
TRAINING_KEY = "hybrid_training"
DEFAULT_TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


class TrainConfig(BaseModel):
    """Hyperparameters; all land in the adapter's manifest."""

    model_config = ConfigDict(extra="forbid")

    rank: int = Field(default=8, ge=1, le=256, description="LoRA rank r.")
    alpha: float = Field(default=16.0, gt=0, description="LoRA alpha (scale = alpha / r).")
    dropout: float = Field(default=0.05, ge=0, lt=1, description="LoRA dropout.")
    # One epoch keeps training within ~10 minutes on 2 CPU cores (fp32 runs at ~120
    # tokens/s there; bf16 autocast was 25x slower on that CPU); the voices are distinct
    # enough that small batches at a high rate pick them up in one pass.
    epochs: float = Field(default=1.0, gt=0, description="Passes over the training set (fractions allowed).")
    lr: float = Field(default=1e-3, gt=0, description="Peak AdamW learning rate (linear warm-up, cosine decay).")
    batch_size: int = Field(default=4, ge=1, description="Examples per optimiser step.")
    max_length: int = Field(default=1024, ge=64, description="Longest tokenised example allowed.")
    seed: int = Field(default=0, description="Seed for LoRA init, dropout and batch order.")
    target_modules: list[str] = Field(
        default_factory=lambda: list(DEFAULT_TARGETS), description="Linear layers that get LoRA weights."
    )
    rewrite: bool = Field(
        default=False,
        description="Also train on attributed drafting's rewrite task, mined from the corpus (hybrid.style.rewrite).",
    )
    rewrite_limit: int | None = Field(
        default=None, ge=0, description="Most rewrite pairs to train on (a seeded sample); None for all."
    )
    replay: int | None = Field(
        default=None,
        ge=0,
        description="With rewrite: how many original examples to train on too (a seeded sample); None for all.",
    )
    autocast: str = Field(
        default="auto",
        pattern="^(auto|off|bf16)$",
        description="bf16 autocast for training steps: 'auto' uses it on CUDA with bf16 and on CPUs with "
        "avx512_bf16 when a first batch's loss matches fp32 (within 2%); 'off'; 'bf16' forces it.",
    )
    save_dtype: str = Field(
        default="float16",
        pattern="^(float16|bfloat16|float32)$",
        description="dtype the adapter weights are stored in (halves the files).",
    )


def encode(tokenizer: Any, example: StyleExample, department: str) -> Encoded:
    """An example as drafting would prompt it, with the prompt masked."""
    messages = build_messages(example.instruction, example.sources(), department)
    return encode_pair(tokenizer, messages, example.response.strip())


def encode_all(
    tokenizer: Any,
    examples: Sequence[StyleExample],
    department: str,
    max_length: int,
    where: str,
) -> list[Encoded]:
    out = []
    for n, ex in enumerate(examples, 1):
        enc = encode(tokenizer, ex, department)
        if enc.response_tokens > max_length:
            raise CorpusError(
                f"{where}:{n}: response is {enc.response_tokens} tokens, longer than the context "
                f"window of {max_length} tokens; shorten it or raise max_length"
            )
        if len(enc.input_ids) > max_length:
            raise CorpusError(
                f"{where}:{n}: prompt + response is {len(enc.input_ids)} tokens, over max_length={max_length}; "
                "shorten the context passages or raise max_length"
            )
        out.append(enc)
    return out


def _batches(data: list[Encoded], size: int, rng: random.Random) -> list[list[Encoded]]:
    order = sorted(range(len(data)), key=lambda i: (len(data[i].input_ids), rng.random()))
    batches = [[data[i] for i in order[j : j + size]] for j in range(0, len(order), size)]
    rng.shuffle(batches)
    return batches


def mean_token_loss(model: Any, data: Sequence[Encoded], pad_id: int, batch_size: int = 8) -> float:
    """Mean per-token loss over the response tokens of all examples (not a mean of batch
    means, nor of example means: see `hybrid.generation.local.scoring.per_example_loss`)."""
    import torch

    total, tokens = 0.0, 0
    model.eval()
    with torch.inference_mode():
        for j in range(0, len(data), batch_size):
            batch = _on_device(model, pad_batch(data[j : j + batch_size], pad_id))
            labels = batch.pop("labels")
            logits = model(**batch).logits[:, :-1].float()
            target = labels[:, 1:]
            loss = torch.nn.functional.cross_entropy(
                logits.reshape(-1, logits.shape[-1]), target.reshape(-1), ignore_index=IGNORE, reduction="sum"
            )
            total += float(loss)
            tokens += int((target != IGNORE).sum())
    return total / max(tokens, 1)


mean_loss = mean_token_loss  # the old name
_collate = pad_batch  # the old name


@dataclass
class TrainResult:
    train_loss: float
    heldout_loss: float | None
    base_heldout_loss: float | None
    seconds: float
    train_examples: int | None = None  # what was trained on, when not the corpus's train set
    rewrite_examples: int = 0
    init_heldout_loss: float | None = None  # the adapter continued from, on the same examples
    autocast: str = "off"  # what the training steps ran under, and why
    resumed_from_step: int | None = None


@dataclass
class LoraRun:
    """The trainable model and what steps it: built once per `train_lora` call."""

    model: Any
    params: list[Any]
    optimiser: Any
    scheduler: Any
    steps: int
    steps_per_epoch: int
    autocast: bool = False


def train_lora(
    base_model: Any,
    tokenizer: Any,
    corpus: StyleCorpus,
    config: TrainConfig,
    out_dir: Path,
    progress: Progress | None = None,
    init_from: Path | None = None,
    checkpoints: Checkpoints | None = None,
) -> TrainResult:
    """Train one LoRA adapter on `corpus` and save it (PEFT format, safetensors) in `out_dir`.

    `base_model` is left unchanged: LoRA weights live in their own modules and are removed
    from it before returning. `progress` hears one stage, `train <department>`, of one
    step per optimiser step. `init_from` (an adapter folder) continues training that
    adapter instead of fresh weights; its LoRA shape then wins over `config`'s. With
    `config.rewrite` the training set is `hybrid.style.rewrite.with_rewrites` of the
    corpus's; the held-out set is always the corpus's own, so losses stay comparable.
    `checkpoints` saves the run every few steps and resumes a matching interrupted one.
    The model's device is used for every batch (`models.device`: CUDA when given).
    """
    t0 = time.perf_counter()
    progress = progress or NoProgress()
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    corpus, rewrites = _training_corpus(corpus, config)
    train, heldout = encode_corpus(tokenizer, corpus, config.max_length)
    base_heldout = mean_token_loss(base_model, heldout, pad_id) if heldout else None
    run = setup_lora(base_model, config, len(train), init_from)
    init_heldout = mean_token_loss(run.model, heldout, pad_id) if heldout and init_from else None
    run.autocast, autocast_note = choose_autocast(run, train, pad_id, config)
    progress.stage(f"train {corpus.department}", run.steps)
    resumed = checkpoints.restore(run) if checkpoints else None
    train_loss = train_steps(run, train, pad_id, config, progress, checkpoints, resumed)
    heldout_loss = mean_token_loss(run.model, heldout, pad_id) if heldout else None
    _save(run.model, out_dir, config.save_dtype)
    run.model.unload()  # gives back the untouched base modules
    return TrainResult(
        train_loss=train_loss,
        heldout_loss=heldout_loss,
        base_heldout_loss=base_heldout,
        seconds=time.perf_counter() - t0,
        train_examples=len(train),
        rewrite_examples=rewrites,
        init_heldout_loss=init_heldout,
        autocast=autocast_note,
        resumed_from_step=resumed.step if resumed else None,
    )


def _training_corpus(corpus: StyleCorpus, config: TrainConfig) -> tuple[StyleCorpus, int]:
    """The corpus with its training set swapped for the rewrite mix when `config.rewrite`."""
    if not config.rewrite:
        return corpus, 0
    from hybrid.style.rewrite import with_rewrites

    train, pairs = with_rewrites(corpus.train, config.rewrite_limit, config.replay, config.seed)
    return replace(corpus, train=train), pairs


def encode_corpus(tokenizer: Any, corpus: StyleCorpus, max_length: int) -> tuple[list[Encoded], list[Encoded]]:
    """The corpus's training and held-out examples, encoded; errors name file and line."""
    train = encode_all(tokenizer, corpus.train, corpus.department, max_length, str(corpus.folder / "train.jsonl"))
    heldout = encode_all(tokenizer, corpus.heldout, corpus.department, max_length, str(corpus.folder / "heldout.jsonl"))
    return train, heldout


def setup_lora(base_model: Any, config: TrainConfig, examples: int, init_from: Path | None = None) -> LoraRun:
    """Wrap `base_model` in fresh LoRA weights (seeded), or in the adapter at `init_from`
    made trainable, with AdamW and a warm-up + cosine schedule."""
    import torch
    from peft import LoraConfig, PeftModel, get_peft_model
    from transformers import get_cosine_schedule_with_warmup

    torch.manual_seed(config.seed)
    if init_from is not None:
        model = PeftModel.from_pretrained(base_model, str(init_from), adapter_name=TRAINING_KEY, is_trainable=True)
        # Stored in float16 to halve the files; train in the base's dtype.
        for p in model.parameters():
            if p.requires_grad:
                p.data = p.data.to(base_model.dtype)
    else:
        lora = LoraConfig(
            r=config.rank,
            lora_alpha=config.alpha,  # type: ignore[arg-type]
            lora_dropout=config.dropout,
            target_modules=config.target_modules,
            task_type="CAUSAL_LM",
            bias="none",
        )
        model = get_peft_model(base_model, lora, adapter_name=TRAINING_KEY)
    params = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.AdamW(params, lr=config.lr, weight_decay=0.0)
    per_epoch = math.ceil(examples / config.batch_size)
    steps = max(1, round(per_epoch * config.epochs))
    scheduler = get_cosine_schedule_with_warmup(
        optimiser, num_warmup_steps=max(1, steps // 10), num_training_steps=steps
    )
    return LoraRun(model, params, optimiser, scheduler, steps, per_epoch)


def train_steps(
    run: LoraRun,
    train: list[Encoded],
    pad_id: int,
    config: TrainConfig,
    progress: Progress,
    checkpoints: Checkpoints | None = None,
    resumed: Resumed | None = None,
) -> float:
    """Run every optimiser step; return the mean loss over the last epoch's steps.

    After `resumed` the batch order is replayed from the seed and the steps already done
    are skipped, so a resumed run trains on exactly the batches an uninterrupted one would."""
    rng = random.Random(config.seed)
    done = resumed.step if resumed else 0
    step, recent = 0, list(resumed.recent) if resumed else list[float]()
    run.model.train()
    while step < run.steps:
        for batch in _batches(train, config.batch_size, rng):
            if step >= run.steps:
                break
            step += 1
            progress.advance()
            if step <= done:
                continue
            value = _loss_step(run, pad_batch(batch, pad_id))
            recent = [*recent[-(run.steps_per_epoch - 1) :], value] if run.steps_per_epoch > 1 else [value]
            if checkpoints is not None and checkpoints.due(step) and step < run.steps:
                checkpoints.save(run, step, recent)
    return sum(recent) / len(recent)


def _on_device(model: Any, batch: dict[str, Any]) -> dict[str, Any]:
    device = next(model.parameters()).device
    return {k: v.to(device) for k, v in batch.items()}


def _autocast(model: Any, enabled: bool) -> Any:
    import torch

    device = next(model.parameters()).device.type
    return torch.autocast(device_type=device, dtype=torch.bfloat16, enabled=enabled)


def cpu_has_bf16() -> bool:
    """Whether this CPU has native bf16 matmuls (avx512_bf16 or AMX): without them bf16
    autocast is emulated, which was measured 25x slower than fp32 on a 2-core AVX2 CPU."""
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return "avx512_bf16" in flags or "amx_bf16" in flags


def choose_autocast(run: LoraRun, train: list[Encoded], pad_id: int, config: TrainConfig) -> tuple[bool, str]:
    """Whether to train under bf16 autocast, and why: only where bf16 is native, and only
    if the first batch's loss under it is within 2% of fp32's."""
    import torch

    if config.autocast == "off" or not train:
        return False, "off"
    device = next(run.model.parameters()).device
    native = torch.cuda.is_bf16_supported() if device.type == "cuda" else cpu_has_bf16()
    if config.autocast == "auto" and not native:
        return False, f"off (no native bf16 on this {device.type})"
    if next(run.model.parameters()).dtype != torch.float32:
        return False, "off (the model is not float32)"
    batch = _on_device(run.model, pad_batch(train[: config.batch_size], pad_id))
    with torch.no_grad():
        fp32 = float(run.model(**batch).loss)
        with _autocast(run.model, True):
            bf16 = float(run.model(**batch).loss)
    gap = abs(bf16 - fp32) / max(abs(fp32), 1e-6)
    if gap > 0.02 and config.autocast == "auto":
        return False, f"off (bf16 loss {bf16:.4f} vs fp32 {fp32:.4f})"
    return True, f"bf16 (first-batch loss {bf16:.4f} vs fp32 {fp32:.4f})"


def _loss_step(run: LoraRun, batch: dict[str, Any]) -> float:
    import torch

    with _autocast(run.model, run.autocast):
        loss = run.model(**_on_device(run.model, batch)).loss
    loss.backward()
    torch.nn.utils.clip_grad_norm_(run.params, 1.0)
    run.optimiser.step()
    run.scheduler.step()
    run.optimiser.zero_grad(set_to_none=True)
    return float(loss.detach())


def _save(model: Any, out_dir: Path, dtype: str) -> None:
    import torch
    from safetensors.torch import load_file, save_file

    model.save_pretrained(out_dir, safe_serialization=True, selected_adapters=[TRAINING_KEY])
    # PEFT writes a non-default adapter into a sub-folder named after it; flatten it.
    sub = out_dir / TRAINING_KEY
    if sub.is_dir():
        for f in sub.iterdir():
            f.replace(out_dir / f.name)
        sub.rmdir()
    weights = out_dir / "adapter_model.safetensors"
    tensors = load_file(str(weights))
    save_file(
        {k: v.to(getattr(torch, dtype)).contiguous() for k, v in tensors.items()},
        str(weights),
        metadata={"format": "pt"},
    )
