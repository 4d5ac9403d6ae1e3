"""What a draft request returns: the text and everything a reviewer needs to audit it."""

from __future__ import annotations

from pydantic import BaseModel, Field, SerializeAsAny

from hybrid.pipeline.spec import DraftSpec
from hybrid.types import Passage

# The old name of one `draft_many` row; a `DraftSpec` is the same options and more.
DraftRequest = DraftSpec


class Citation(BaseModel):
    """A `[n]` marker in the draft, resolved to the passage and span it points at."""

    marker: int = Field(description="The n of the [n] marker, as it appears in the text.")
    passage_id: str = Field(description="Id of the cited passage (stable chunk id).")
    source: str = Field(description="Source file of the cited passage.")
    quote: str = Field(description="The sentence of the passage that best supports the citing sentence.")
    start_char: int = Field(description="Offset of the quote in the source file's text.")
    end_char: int = Field(description="Offset one past the quote's end in the source file's text.")
    page: int | None = Field(default=None, description="1-based page of the quote in the source (PDF); else None.")
    sentence: str = Field(description="The draft sentence that carries the marker.")
    origin: str = Field(
        default="model",
        description="'model': the model wrote the marker. 'attributed': the model stated a source's number, "
        "date or price without a marker, and validation added it. 'plan': an attributed draft restated this "
        "planned source sentence (`quote`), so the citation holds by construction.",
    )


class RemovedCitation(BaseModel):
    """A marker taken out of the text because it pointed at no passage."""

    marker: str = Field(description="The marker as generated, e.g. '[7]'.")
    reason: str = Field(description="Why it was removed.")


class Claim(BaseModel):
    """A fact-like span of the draft that no retrieved passage supports."""

    text: str = Field(description="The span as it appears in the draft.")
    kind: str = Field(description="number, price, percent, date, time, quantity or name.")
    sentence: str = Field(description="The draft sentence it appears in.")
    reason: str = Field(
        default="unsupported",
        description="'unsupported': no passage (nor the request) states it. 'misattributed': a passage states "
        "this value, but of another thing (the single fare given as the return fare).",
    )


class PlannedSentence(BaseModel):
    """One source sentence an attributed draft restates, and where it came from."""

    text: str = Field(description="The source sentence, exactly as stored.")
    passage_id: str = Field(description="Id of the passage that holds it.")
    marker: int = Field(description="The passage's [n] number in the prompt.")
    source: str = Field(description="Source file of the passage.")
    start_char: int = Field(description="Offset of the sentence in the source file's text.")
    end_char: int = Field(description="Offset one past the sentence's end in the source file's text.")
    page: int | None = Field(default=None, description="1-based page of the sentence in the source (PDF); else None.")
    score: float = Field(description="Relevance to the request (higher is more relevant).")
    header: str = Field(
        default="",
        description=(
            "What names the sentence in its source: the header row of the table it is a row of, or the "
            "sentence (ending in ':') that leads into the code block or list it is, or is said in; "
            "empty when neither."
        ),
    )


class Trim(BaseModel):
    """A passage shortened or left out so the prompt fits the context budget."""

    passage_id: str = Field(description="Id of the passage.")
    source: str = Field(description="Its source file.")
    action: str = Field(description="'truncated' or 'dropped'.")
    kept_tokens: int = Field(description="Tokens of the passage kept in the prompt.")
    original_tokens: int = Field(description="Tokens of the whole passage.")


class Timings(BaseModel):
    """Seconds spent in each stage."""

    retrieve: float = Field(default=0.0, description="Retrieval, including query embedding.")
    prompt: float = Field(default=0.0, description="Department lookup, budget trimming and prompt assembly.")
    generate: float = Field(default=0.0, description="Generation, including adapter selection.")
    validation: float = Field(default=0.0, alias="validate", description="Citation and claim checks.")
    first_token: float | None = Field(default=None, description="Request start to first streamed token.")
    total: float = Field(default=0.0, description="Request start to finished draft.")
    batch: int = Field(default=1, description="Drafts that shared the generator call (`draft_many`).")

    model_config = {"populate_by_name": True, "serialize_by_alias": True}

    @property
    def validate_(self) -> float:
        """The old name of `validation`, kept for one release."""
        return self.validation


class FailedAttempt(BaseModel):
    """A structured reply that did not validate, kept as generated."""

    text: str = Field(description="The raw reply.")
    errors: list[str] = Field(description="Why it was rejected: field and rule, one per entry.")


class StructuredReport(BaseModel):
    """How a schema-constrained draft was produced."""

    schema_name: str = Field(description="The pydantic model the reply was validated against.")
    mechanism: str = Field(description="'constrained' (grammar-masked decoding) or 'repair' (free, then validated).")
    attempts: int = Field(description="Generations run, including the one that validated.")
    retries_used: int = Field(description="Attempts after the first.")
    max_new_tokens: int = Field(description="Token budget per attempt (the schema's bound, when constrained).")
    failed: list[FailedAttempt] = Field(default_factory=list, description="Rejected replies, in order.")


class Draft(BaseModel):
    """A draft in a department's voice, with the evidence to check it."""

    text: str = Field(description="The draft, with invalid citation markers removed.")
    request: str = Field(description="The request as given.")
    department: str = Field(description="The department whose voice was asked for.")
    adapter: str = Field(description="Adapter used ('base' when none).")
    adapter_version: str | None = Field(default=None, description="Version of the adapter used.")
    citations: list[Citation] = Field(default_factory=list, description="Valid citations, in order of appearance.")
    passages: list[Passage] = Field(default_factory=list, description="Passages in the prompt; [n] is passages[n-1].")
    unsupported: list[Claim] = Field(default_factory=list, description="Fact-like spans no passage supports.")
    removed_citations: list[RemovedCitation] = Field(default_factory=list, description="Markers taken out.")
    trimmed: list[Trim] = Field(default_factory=list, description="Passages cut to fit the context budget.")
    notes: list[str] = Field(default_factory=list, description="Other things a reviewer should know.")
    retrieval: bool = Field(default=True, description="Whether retrieval ran.")
    style_prompt: bool = Field(default=False, description="Whether the department's style guide was in the prompt.")
    prompt_tokens: int = Field(default=0, description="Tokens in the prompt.")
    completion_tokens: int = Field(default=0, description="Tokens generated.")
    finish_reason: str = Field(default="stop", description="'stop', or 'length' if max_new_tokens cut it off.")
    timings: Timings = Field(default_factory=Timings, description="Seconds per stage.")
    mode: str = Field(
        default="free",
        description="'free': the model composed the text. 'attributed': built from `plan`, one restated source "
        "sentence at a time, each citing its passage.",
    )
    plan: list[PlannedSentence] = Field(
        default_factory=list, description="Attributed mode: the source sentences the draft was built from, in order."
    )
    data: SerializeAsAny[BaseModel] | None = Field(
        default=None, description="With a schema: the validated object (`text` is its JSON as generated)."
    )
    structured: StructuredReport | None = Field(default=None, description="With a schema: how the object was made.")

    @property
    def sources(self) -> list[str]:
        """Distinct cited source files, in order of first citation."""
        return list(dict.fromkeys(c.source for c in self.citations))
