"""Request bodies. The OpenAI-shaped ones ignore fields they don't know, as OpenAI
clients send many (`user`, `metadata`, `store`, ...) that change nothing here; fields
they do know are checked, and a bad value is refused naming the field. A field that
would change the reply but is not served (`tools`, `logit_bias`, ...) is declared so
that it can be refused by name (`hybrid.serve.openai_rows`) rather than ignored."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from hybrid.pipeline.spec import DraftSpec, SchemaSpec

# The draft defaults live once, in SchemaSpec; the request body only shows them.
_MECHANISM: Any = SchemaSpec.model_fields["mechanism"].default
_RETRIES: Any = SchemaSpec.model_fields["retries"].default


def _encodable(value: str) -> str:
    # JSON can carry a lone surrogate ("\\ud800"), which no UTF-8 tokenizer or file takes.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"has a lone surrogate (U+{ord(value[exc.start]):04X}) at character {exc.start}") from None
    return value


Text = Annotated[str, AfterValidator(_encodable)]


class TextPart(BaseModel):
    """One part of a message's content, in OpenAI's list form; only text is served."""

    model_config = ConfigDict(extra="ignore")

    type: Literal["text"] = Field(description="Only 'text' parts are accepted.")
    text: Text = Field(description="The text.")


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "developer", "user", "assistant"] = Field(description="Who says it.")
    content: Text | list[TextPart] = Field(description="The message text, or a list of text parts.")

    def text(self) -> str:
        if isinstance(self.content, str):
            return self.content
        return "".join(p.text for p in self.content)


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="ignore")

    include_usage: bool = Field(default=False, description="Send a last chunk with token usage.")


class TextFormat(BaseModel):
    model_config = ConfigDict(extra="ignore")

    type: Literal["text"] = Field(description="A plain text reply.")


class JsonObjectFormat(BaseModel):
    model_config = ConfigDict(extra="ignore")

    type: Literal["json_object"] = Field(description="A reply that is one JSON object, any keys.")


class JsonSchemaSpec(BaseModel):
    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    name: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$", description="The schema's name, as OpenAI takes it.")
    description: str | None = Field(default=None, description="What the schema is for (not used here).")
    schema_: dict[str, Any] = Field(
        alias="schema", description="A JSON schema whose every string, array and integer is bounded."
    )
    strict: bool | None = Field(default=None, description="Always strict here: the grammar admits only valid objects.")


class JsonSchemaFormat(BaseModel):
    model_config = ConfigDict(extra="ignore")

    type: Literal["json_schema"] = Field(description="A reply that is one JSON object valid under a schema.")
    json_schema: JsonSchemaSpec = Field(description="The schema, as OpenAI's structured outputs send it.")


ResponseFormat = Annotated[TextFormat | JsonObjectFormat | JsonSchemaFormat, Field(discriminator="type")]


class _Sampling(BaseModel):
    model_config = ConfigDict(extra="ignore")

    model: str = Field(min_length=1, description="An adapter name from /v1/models, or the base model's name.")
    max_tokens: int | None = Field(default=None, ge=1, description="Cap on generated tokens.")
    temperature: float | None = Field(
        default=None, ge=0, le=2, description="Unset: 1, as OpenAI. 0: greedy. Above 0: sampled at this temperature."
    )
    top_p: float | None = Field(
        default=None, gt=0, le=1, description="Unset: 1, as OpenAI. Sample only from the likeliest tokens of this mass."
    )
    seed: int | None = Field(
        default=None,
        ge=-(2**63),
        lt=2**64,
        description="Sampling seed: the same seed and request give the same text. Unset: a fresh seed each request.",
    )
    frequency_penalty: float = Field(
        default=0.0, ge=-2, le=2, description="Lowers a token's logit by this much per time the reply has used it."
    )
    presence_penalty: float = Field(
        default=0.0, ge=-2, le=2, description="Lowers a token's logit by this much once the reply has used it."
    )
    logit_bias: dict[str, float] | None = Field(default=None, description="Not served: refused unless empty.")
    tools: list[Any] | None = Field(default=None, description="Not served: tool calling is refused.")
    tool_choice: Any = Field(default=None, description="Not served: refused unless 'none'.")
    functions: list[Any] | None = Field(default=None, description="Not served: function calling is refused.")
    function_call: Any = Field(default=None, description="Not served: refused unless 'none'.")
    n: Literal[1] = Field(default=1, description="Replies per request; only 1 is served.")
    stop: str | list[Annotated[str, StringConstraints(min_length=1, max_length=64)]] | None = Field(
        default=None,
        max_length=4,
        description="Up to 4 stop strings: the reply ends before the first one (not included in it).",
    )

    def stops(self) -> list[str] | None:
        if self.stop is None:
            return None
        return [self.stop] if isinstance(self.stop, str) else list(self.stop) or None

    stream: bool = Field(default=False, description="Send the reply as server-sent events.")
    stream_options: StreamOptions | None = Field(default=None, description="Streaming options.")
    repetition_penalty: float | None = Field(
        default=None, ge=1.0, le=2.0, description="Extension (as in vLLM): penalty on repeated tokens."
    )


class ChatCompletionRequest(_Sampling):
    """`POST /v1/chat/completions`."""

    messages: list[ChatMessage] = Field(min_length=1, description="The conversation so far.")
    max_completion_tokens: int | None = Field(default=None, ge=1, description="Newer name for max_tokens.")
    response_format: ResponseFormat | None = Field(
        default=None, description="text, json_object (any JSON object) or json_schema (a bounded schema)."
    )
    logprobs: bool = Field(default=False, description="Return each reply token's log-probability (not in streams).")
    top_logprobs: int | None = Field(
        default=None, ge=0, le=20, description="With logprobs: this many likeliest alternatives per token."
    )


class CompletionRequest(_Sampling):
    """`POST /v1/completions`: raw text continued with no chat template."""

    prompt: Text | list[Text] = Field(description="The text to continue (a one-item list is accepted too).")
    echo: Literal[False] = Field(default=False, description="Echoing the prompt is not supported.")
    logprobs: int | None = Field(default=None, description="Not served on text completions (use chat): refused.")

    def text(self) -> str | None:
        if isinstance(self.prompt, str):
            return self.prompt
        return self.prompt[0] if len(self.prompt) == 1 else None


class EmbeddingRequest(BaseModel):
    """`POST /v1/embeddings`, from the embedder that indexes the knowledge store."""

    model_config = ConfigDict(extra="ignore")

    model: str = Field(min_length=1, description="The embedder's name (models.embedder), or its folder's name.")
    input: Text | list[Text] | list[int] | list[list[int]] = Field(
        description="A text or a list of up to 2048 texts (token arrays are refused: this server takes text)."
    )
    encoding_format: Literal["float", "base64"] = Field(
        default="float", description="'float': lists of numbers; 'base64': little-endian float32 bytes, base64."
    )
    dimensions: int | None = Field(default=None, ge=1, description="Only the embedder's own width is served.")

    def texts(self) -> list[str] | None:
        """The texts to embed, or None for token arrays."""
        if isinstance(self.input, str):
            return [self.input]
        if all(isinstance(t, str) for t in self.input):
            return [str(t) for t in self.input]
        return None


class DraftOptions(BaseModel):
    """The drafting knobs of `HybridPipeline.draft`."""

    model_config = ConfigDict(extra="forbid")

    k: int | None = Field(default=None, ge=1, le=50, description="Passages to retrieve.")
    retrieval: bool = Field(default=True, description="False: draft from the request alone, no sources.")
    adapter: bool = Field(default=True, description="False: the base model's voice instead of the department's.")
    style_prompt: bool = Field(default=False, description="Put the department's STYLE.md in the prompt.")
    max_new_tokens: int | None = Field(default=None, ge=1, description="Cap on generated tokens.")
    source_departments: list[str] | None = Field(
        default=None, max_length=20, description="Only retrieve passages of these departments."
    )
    mechanism: Literal["constrained", "repair"] = Field(
        default=_MECHANISM, description="With a schema: grammar-constrained decoding, or generate then validate."
    )
    retries: int = Field(default=_RETRIES, ge=0, le=5, description="With a schema: retries after an invalid reply.")
    mode: Literal["attributed", "free"] | None = Field(
        default=None,
        description="'attributed': restate planned source sentences in voice, each cited; 'free': the model "
        "composes the text. Unset: the server's pipeline.mode.",
    )


class DraftBody(BaseModel):
    """`POST /v1/drafts`."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    request: Text = Field(min_length=1, max_length=20_000, description="What to draft.")
    department: str = Field(min_length=1, max_length=100, description="Whose voice (see /v1/departments).")
    schema_name: str | None = Field(
        default=None, alias="schema", description="Reply as one JSON object of this named schema (see serve.schemas)."
    )
    options: DraftOptions = Field(default_factory=DraftOptions, description="Drafting options.")
    stream: bool = Field(default=False, description="Send text pieces as server-sent events, then the Draft.")

    def to_spec(self, schema: type[BaseModel] | None = None, max_new_tokens: int | None = None) -> DraftSpec:
        """The draft this body asks for. The server decides the two values a client may not:
        `schema`, the class `schema_name` names here, and `max_new_tokens` under its cap."""
        opts = self.options
        structured = (
            None if schema is None else SchemaSpec(model=schema, mechanism=opts.mechanism, retries=opts.retries)
        )
        return DraftSpec(
            request=self.request,
            department=self.department,
            k=opts.k,
            filters={"department": opts.source_departments} if opts.source_departments else None,
            max_new_tokens=max_new_tokens,
            retrieval=opts.retrieval,
            use_adapter=opts.adapter,
            style_prompt=opts.style_prompt,
            mode=opts.mode,
            schema_=structured,
        )


class IngestDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")

    path: Text = Field(
        min_length=1, max_length=255, description="Where to keep it, relative to the server's inbox, e.g. 'pricing.md'."
    )
    text: Text = Field(description="The document's text (Markdown or plain text).")
    department: str | None = Field(
        default=None, max_length=100, description="Owning department (overrides front-matter)."
    )


class IngestBody(BaseModel):
    """`POST /v1/ingest`."""

    model_config = ConfigDict(extra="forbid")

    documents: list[IngestDocument] = Field(min_length=1, max_length=1000, description="Documents to add or update.")


def error_body(
    message: str, param: str | None = None, type_: str = "invalid_request_error", code: str | None = None, **extra: Any
) -> dict[str, Any]:
    """OpenAI's error shape; `param` names the field at fault."""
    return {"error": {"message": message, "type": type_, "param": param, "code": code, **extra}}
