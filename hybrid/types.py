"""Data passed between layers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

# The adapter name that means "no adapter: the base model's own voice".
BASE = "base"


class Passage(BaseModel):
    """One retrieved chunk of a source document: what a citation points at."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Stable chunk id; citations name this id.")
    text: str = Field(description="The chunk's text, exactly as stored.")
    source: str = Field(description="Source file path, as shown to users.")
    title: str = Field(default="", description="Document title (front-matter, first heading or file name).")
    heading: str = Field(default="", description="Heading path of the section the chunk came from.")
    department: str = Field(default="", description="Owning department, if known.")
    start_char: int = Field(description="Offset of the chunk's first character in the source text.")
    end_char: int = Field(description="Offset one past the chunk's last character in the source text.")
    page: int | None = Field(
        default=None, description="1-based page of the source the chunk is on (PDF passages); None otherwise."
    )
    content_hash: str = Field(description="sha256 of the chunk text.")
    score: float = Field(default=0.0, description="Ranking score of the retrieval mode used (RRF for hybrid).")
    cosine: float | None = Field(default=None, description="Cosine similarity between query and chunk embeddings.")
    bm25: float | None = Field(default=None, description="BM25 score of the chunk for the query, if it matched.")
    dense_rank: int | None = Field(default=None, description="1-based rank in the dense list, if present.")
    bm25_rank: int | None = Field(default=None, description="1-based rank in the BM25 list, if present.")


class SkippedFile(BaseModel):
    """A file ingest did not index, and why."""

    path: str = Field(description="The file's path.")
    reason: str = Field(description="Why it was skipped.")


class IngestSummary(BaseModel):
    """What one ingest run changed."""

    added: list[str] = Field(default_factory=list, description="Files indexed for the first time.")
    updated: list[str] = Field(default_factory=list, description="Files whose content changed and were re-embedded.")
    unchanged: list[str] = Field(default_factory=list, description="Files whose hash matched the manifest.")
    deleted: list[str] = Field(default_factory=list, description="Files gone from disk whose chunks were removed.")
    skipped: list[SkippedFile] = Field(default_factory=list, description="Files not indexed, each with its reason.")
    notes: list[str] = Field(default_factory=list, description="Non-fatal remarks, e.g. an encoding fallback.")
    chunks_added: int = Field(default=0, description="Chunks embedded and written in this run.")
    chunks_deleted: int = Field(default=0, description="Chunks removed in this run.")
    chunks_total: int = Field(default=0, description="Chunks in the store after the run.")
    repaired: bool = Field(default=False, description="True if an interrupted earlier ingest was repaired.")
    seconds: float = Field(default=0.0, description="Wall time of the run.")

    def to_report(self) -> dict[str, object]:
        """The `--json` shape: counts at the top level, file lists under `files`."""
        return {
            **self.counts(),
            "chunks_added": self.chunks_added,
            "chunks_deleted": self.chunks_deleted,
            "chunks_total": self.chunks_total,
            "seconds": self.seconds,
            "repaired": self.repaired,
            "skipped_files": [s.model_dump() for s in self.skipped],
            "notes": self.notes,
            "files": {
                "added": self.added,
                "updated": self.updated,
                "unchanged": self.unchanged,
                "deleted": self.deleted,
            },
        }

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "deleted": len(self.deleted),
            "skipped": len(self.skipped),
        }


@dataclass
class GenerationRequest:
    """One row of a (possibly mixed-adapter) generate call. `adapter="base"` means none."""

    messages: list[dict[str, str]]
    adapter: str = "base"
    max_new_tokens: int = 128
    # A JSON schema the reply must follow, for generators that can constrain decoding
    # (see `hybrid.protocols.SchemaConstrained`); None means free text.
    json_schema: dict[str, Any] | None = None
    # Overrides the generator's repetition penalty for this row: JSON repeats quotes,
    # keys and the prompt's numbers by design, so structured requests set 1.0.
    repetition_penalty: float | None = None
    # None decodes greedily (or as the call says); a value samples this row at that
    # temperature, with a fixed seed so runs repeat. A retry uses it so it is no replay.
    temperature: float | None = None
    # Raw text to continue, with no chat template (an OpenAI /v1/completions prompt);
    # when set, `messages` is not used.
    prompt: str | None = None
    # Copy-locked decoding: None writes freely; a list is every figure (number, price,
    # date, time) this row may write, as found in its sources and request, and a
    # generator that supports locking (`hybrid.generation.copylock`) enforces it.
    locked_figures: list[str] | None = None
    # Name-locked decoding: None writes freely; a list is the texts (sources, request)
    # whose words alone may be written in title case mid-sentence (`hybrid.generation.namelock`).
    locked_names: list[str] | None = None
    # Block repeating an n-gram of this row's own output (0: off); None: the generator's
    # default for free text. A restatement of a source sets 0: it copies on purpose.
    no_repeat_ngram_size: int | None = None
    # Stop strings: the row ends before the first one it writes (which is not returned).
    stop: list[str] | None = None
    # Sampling seed, used when the row samples (`temperature` set). None: the generator's
    # fixed seed, so runs repeat; an int: this row's own stream of draws, so the same seed
    # gives the same text whatever else is in flight; RANDOM_SEED: fresh draws each call.
    seed: int | str | None = None
    # Nucleus sampling: sample only from the smallest set of tokens whose probabilities
    # sum to `top_p` (None or 1: all of them).
    top_p: float | None = None
    # OpenAI's penalties on tokens this row has generated: `frequency_penalty` per earlier
    # use, `presence_penalty` once a token has been used; subtracted from the logits.
    frequency_penalty: float = 0.0
    presence_penalty: float = 0.0
    # Log-probabilities of the chosen tokens: None for none; N for each chosen token's and
    # the N most likely alternatives' (`GenerationResult.logprobs`).
    logprobs: int | None = None


# `GenerationRequest.seed` for "draw a fresh seed": what an OpenAI client that sends no
# seed gets, so "regenerate" gives another text.
RANDOM_SEED = "random"


@dataclass(frozen=True)
class TokenLogprob:
    """One generated token: its text and log-probability, and the most likely alternatives."""

    token: str
    logprob: float
    top: tuple[tuple[str, float], ...] = ()


@dataclass
class GenerationResult:
    """What a generator returns for one row."""

    text: str
    adapter: str
    adapter_version: str | None
    prompt_tokens: int
    completion_tokens: int
    seconds: float = 0.0
    finish_reason: str = "stop"
    token_ids: list[int] = field(default_factory=list)
    # One entry per returned token, when the request asked (`GenerationRequest.logprobs`).
    logprobs: list[TokenLogprob] | None = None
