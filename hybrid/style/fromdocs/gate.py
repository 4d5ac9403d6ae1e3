"""The quality gate a version from documents passes before it is activated.

It measures, on the held-out documents' sections:
- held-out loss with the adapter against the base (from training);
- the share of drafts the voice classifier places in the new department, with the
  classifier refitted on the shipped voices plus the new one (its training split);
- the same share for the base model with the drafted STYLE.md in the prompt (prompt-only);
- beside the other voices, the classifier has a class of the base model's own drafts of
  the *training* sections (no adapter, no guide): writing on the new department's topics in
  another voice. Without it the classifier told the new voice by topic alone (measured: a
  prompt-only draft on GitHub's policies read as GitHub's voice 12 times in 12, and so did
  the sections' voice-free source notes);
- the shipped voices' held-out accuracy before and after the refit, so adding a voice is
  seen not to blur the others.
A version worse than the active one on held-out loss or voice share is not activated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hybrid.prompts import build_messages
from hybrid.protocols import Embedder, NoProgress, Progress
from hybrid.style.corpus import StyleCorpus, StyleExample, load_corpus

if TYPE_CHECKING:
    from hybrid.evaluation.voice import VoiceClassifier

# Held-out sections drafted per side. 12 puts a share's step at 8 points (11 of 12 is the
# 90% target) and costs ~6 batched generate calls, 2-4 minutes on the shared 2-core
# machine; more buys resolution the few held-out documents of a 20-document folder
# (3 at 15%) cannot back anyway, as their sections are not independent.
GATE_DRAFTS = 12
# The classifier reads the first MAX_CHARS=700 characters (~150 tokens): more tokens
# would not change its verdict, only the cost.
MAX_NEW_TOKENS = 160
BATCH = 4
TOPIC_WARNING = 0.5  # voice-free notes placed in the new voice at least this often: the shares read topic
# The class of same-topic drafts in the base model's voice. Parenthesised, so it can never
# be a department's name (those are identifiers).
BASE_VOICE = "(base model)"


@dataclass
class GateReport:
    heldout_loss: float | None
    base_heldout_loss: float | None
    voice_share: float | None = None  # adapter drafts classified as the new department
    prompt_only_share: float | None = None  # base + STYLE.md drafts classified so
    drafts: int = 0
    classifier_accuracy: float | None = None
    shipped_before: dict[str, float] = field(default_factory=dict)
    shipped_after: dict[str, float] = field(default_factory=dict)
    note: str = ""
    seconds: float | None = None  # the gate's wall time: drafts, classifier fits, classification
    # The share of the drafted sections' own source notes (their facts, the voice taken
    # out) placed in the new voice: high means the classifier tells the new department by
    # its topic, which no other voice shares, so the shares above say little of voice.
    topic_share: float | None = None
    # Prompt-only drafts the classifier places in the base model's own voice, and how many
    # base drafts of training sections that class was fitted on (0: no such class).
    prompt_only_base_share: float | None = None
    base_voice_drafts: int = 0
    examples: list[dict[str, str]] = field(default_factory=list)

    @property
    def loss_drop(self) -> float | None:
        if self.heldout_loss is None or not self.base_heldout_loss:
            return None
        return 1 - self.heldout_loss / self.base_heldout_loss

    def metrics(self) -> dict[str, Any]:
        out = {k: v for k, v in asdict(self).items() if k != "examples"}
        out["loss_drop"] = None if self.loss_drop is None else round(self.loss_drop, 4)
        return out


def other_voices(style_dir: Path, department: str) -> dict[str, StyleCorpus]:
    """The style corpora under `style_dir` (the shipped voices), except `department`'s own."""
    out: dict[str, StyleCorpus] = {}
    root = Path(style_dir)
    if not root.is_dir():
        return out
    for folder in sorted(p for p in root.iterdir() if (p / "train.jsonl").is_file() and p.name != department):
        try:
            out[folder.name] = load_corpus(folder)
        except Exception:
            continue  # not a style corpus (a workload's format): it has no voice to compare
    return out


def spread(examples: Sequence[StyleExample], limit: int) -> list[StyleExample]:
    """Up to `limit` examples taken in turn from each held-out document (named by the
    example's first non-distractor passage), so one long document cannot fill the gate."""
    by_doc: dict[str, list[StyleExample]] = {}
    for e in examples:
        own = [p.source for p in e.context if not p.distractor]
        by_doc.setdefault(own[0] if own else "", []).append(e)
    queues = list(by_doc.values())
    out: list[StyleExample] = []
    while len(out) < limit and any(queues):
        for q in queues:
            if q and len(out) < limit:
                out.append(q.pop(0))
    return out


def generate_drafts(
    model: Any,
    tokenizer: Any,
    examples: Sequence[StyleExample],
    department: str,
    guide: str | None,
    progress: Progress | None = None,
) -> list[str]:
    """Greedy drafts of `examples` as drafting prompts them (with `guide` in the system
    prompt if given), in the examples' order. Batched by prompt length, so little of
    each batch is padding; `progress` hears one step per draft."""
    import torch

    progress = progress or NoProgress()
    side = tokenizer.padding_side
    tokenizer.padding_side = "left"
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
    prompts = [
        tokenizer.apply_chat_template(
            build_messages(e.instruction, e.sources(), department, guide), tokenize=False, add_generation_prompt=True
        )
        for e in examples
    ]
    order = sorted(range(len(prompts)), key=lambda i: len(prompts[i]))
    texts: dict[int, str] = {}
    try:
        for j in range(0, len(order), BATCH):
            rows = order[j : j + BATCH]
            enc = tokenizer([prompts[i] for i in rows], return_tensors="pt", padding=True, add_special_tokens=False)
            enc = {k: v.to(next(model.parameters()).device) for k, v in enc.items()}
            with torch.inference_mode():
                ids = model.generate(
                    **enc,
                    max_new_tokens=MAX_NEW_TOKENS,
                    do_sample=False,
                    repetition_penalty=1.15,
                    pad_token_id=pad,
                )
            decoded = tokenizer.batch_decode(ids[:, enc["input_ids"].shape[1] :], skip_special_tokens=True)
            texts.update(zip(rows, decoded, strict=True))
            for _ in rows:
                progress.advance()
    finally:
        tokenizer.padding_side = side
    return [texts[i].strip() for i in range(len(prompts))]


def _share(labels: Sequence[str], department: str) -> float | None:
    return round(sum(1 for x in labels if x == department) / len(labels), 4) if labels else None


def measure(
    model: Any,
    tokenizer: Any,
    adapter_dir: Path,
    corpus: StyleCorpus,
    losses: tuple[float | None, float | None],
    embedder: Embedder | None,
    others: Mapping[str, StyleCorpus],
    progress: Progress | None = None,
    drafts_per_side: int = GATE_DRAFTS,
    cache_dir: Path | None = None,
) -> GateReport:
    """Draft held-out sections with and without the adapter and classify both.

    `cache_dir` keeps the other voices' embeddings between runs (`hybrid.evaluation.voice`):
    only the new department's texts and the drafts are embedded each time."""
    from peft import PeftModel

    from hybrid.evaluation.voice import fit

    progress = progress or NoProgress()
    report = GateReport(*losses)
    held = spread(corpus.heldout, drafts_per_side)
    if embedder is None or not others or not held:
        # Without a second voice there is nothing to tell the new one from: the gate falls back to loss.
        report.note = "voice share not measured: " + (
            "no embedder" if embedder is None else "no other voices to tell it from" if not others else "no held-out"
        )
        return report
    progress.stage("gate: prompt-only drafts", len(held))
    base_drafts = generate_drafts(model, tokenizer, held, corpus.department, corpus.style_guide or None, progress)
    taught = spread(corpus.train, drafts_per_side)
    progress.stage("gate: base-voice drafts of training sections", len(taught))
    own = generate_drafts(model, tokenizer, taught, corpus.department, None, progress)
    base_voice = base_voice_corpus(corpus, taught, own)
    progress.stage("gate: adapter drafts", len(held))
    peft = PeftModel.from_pretrained(model, str(adapter_dir), adapter_name="gate")
    try:
        drafts = generate_drafts(peft, tokenizer, held, corpus.department, None, progress)
    finally:
        peft.unload()
    progress.stage("gate: voice classifier", 1)
    before = fit(embedder, dict(others), cache_dir=cache_dir, balanced=True) if len(others) >= 2 else None
    voices = {**others, corpus.department: corpus, BASE_VOICE: base_voice}
    # Balanced: 12 base drafts beside hundreds of sections would otherwise own a sliver of the space.
    after = fit(embedder, voices, cache_dir=cache_dir, fresh=[corpus.department, BASE_VOICE], balanced=True)
    report.base_voice_drafts = len(base_voice.train)
    score(report, after, embedder, (drafts, base_drafts), held, corpus.department)
    progress.advance()
    report.drafts = len(held)
    report.classifier_accuracy = round(after.heldout_accuracy, 4)
    report.shipped_before = {k: round(v, 4) for k, v in (before.heldout_by_department if before else {}).items()}
    report.shipped_after = {k: round(v, 4) for k, v in after.heldout_by_department.items() if k in others}
    report.examples = [
        {"instruction": e.instruction, "adapter": d, "prompt_only": b}
        for e, d, b in zip(held, drafts, base_drafts, strict=True)
    ]
    return report


def score(
    report: GateReport,
    classifier: VoiceClassifier,
    embedder: Embedder,
    drafts: tuple[Sequence[str], Sequence[str]],
    held: Sequence[StyleExample],
    department: str,
) -> None:
    """Set the report's shares from one classification of the adapter's drafts, the
    prompt-only drafts and the drafted sections' own source notes (the topic check)."""
    adapter, prompt_only = drafts
    notes = [" ".join(p.text for p in e.context if not p.distractor) for e in held]
    labels = classifier.classify(embedder, [*adapter, *prompt_only, *notes])
    a, b = len(adapter), len(adapter) + len(prompt_only)
    report.voice_share = _share(labels[:a], department)
    report.prompt_only_share = _share(labels[a:b], department)
    if BASE_VOICE in classifier.departments:
        report.prompt_only_base_share = _share(labels[a:b], BASE_VOICE)
    report.topic_share = _share(labels[b:], department)
    if report.topic_share is not None and report.topic_share >= TOPIC_WARNING:
        report.note = (
            f"{report.topic_share:.0%} of the drafted sections' voice-free source notes are classified "
            f"{department} too: the classifier tells this department by topic, so these shares overstate voice"
        )


def base_voice_corpus(corpus: StyleCorpus, examples: Sequence[StyleExample], drafts: Sequence[str]) -> StyleCorpus:
    """The base model's drafts of `examples` as a class of their own: `corpus`'s topics, not its voice."""
    train = [e.model_copy(update={"response": d}) for e, d in zip(examples, drafts, strict=True) if d.strip()]
    fingerprint = f"{corpus.fingerprint}:base:{len(train)}"
    return StyleCorpus(BASE_VOICE, corpus.folder, train, [], "", fingerprint)


def decide(report: GateReport, active: Mapping[str, Any] | None, policy: str) -> tuple[bool, str]:
    """Whether to activate the new version under `policy` ("gate", "always", "never"), and why.

    `active` is the active version's metrics (its manifest's `metrics` plus `heldout_loss`)."""
    if policy == "always":
        return True, "activated (--activate always)"
    if policy == "never":
        return False, "not activated (--activate never)"
    if not active:
        return True, "activated (no earlier version to compare with)"
    worse = []
    old_loss, new_loss = active.get("heldout_loss"), report.heldout_loss
    if old_loss is not None and new_loss is not None and new_loss > old_loss:
        worse.append(f"held-out loss {new_loss:.4f} is worse than the active version's {old_loss:.4f}")
    old_share, new_share = active.get("voice_share"), report.voice_share
    if old_share is not None and new_share is not None and new_share < old_share:
        worse.append(f"voice share {new_share:.0%} is below the active version's {old_share:.0%}")
    if worse:
        return False, "saved but not activated: " + "; ".join(worse) + " (--activate always overrides)"
    return True, "activated (no worse than the active version)"
