"""Settings: the project's settings file (`hybrid.toml`, or `[tool.hybrid]` in
`pyproject.toml`, found in the working directory or above it; see `hybrid.project`), then
`HYBRID_*` environment variables, then CLI flags (each overrides the one before).

Nested sections use `__` in environment variables, e.g.
`HYBRID_KNOWLEDGE__CHROMA_URL=http://127.0.0.1:8000`. Relative paths are taken against the
folder of the file that sets them (flags and environment: the working directory); the
default state and adapter folders live in the project root, or with no project in the
user's data directory. Secrets (`serve.api_token`, `serve.admin_token`, `generation.api_key`)
are `SecretStr`s: masked when printed, read with `reveal()`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    EnvSettingsSource,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from hybrid import config_layers
from hybrid.errors import ConfigError
from hybrid.project import CONFIG_FILE, Project, data_dir, discover

DEFAULT_EMBEDDER = "all-MiniLM-L6-v2"
DEFAULT_GENERATOR = "SmolLM2-135M-Instruct"
SECRETS = ("serve.api_token", "serve.admin_token", "generation.api_key")
_SECRET_NAME = re.compile(r"token|key|secret|passw|auth", re.IGNORECASE)


class Secret(SecretStr):
    """A `SecretStr` that still compares equal to its plain value, so code that compared the
    old `str` setting keeps working; printed, dumped to JSON or repr'd it is masked."""

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):
            return self.get_secret_value() == other
        return super().__eq__(other)

    __hash__ = SecretStr.__hash__


def reveal(secret: SecretStr | str | None) -> str | None:
    """The plain value of a secret setting (a str passes through, e.g. from `model_copy`)."""
    return secret.get_secret_value() if isinstance(secret, SecretStr) else secret


def mask_url(url: str | None) -> str | None:
    """`url` with any password replaced by `***`, for messages and `hybrid config`."""
    if not url:
        return url
    try:
        parts = urlsplit(url)
        if parts.password is None:
            return url
    except ValueError:
        return "***"
    host = parts.hostname or ""
    netloc = f"{parts.username}:***@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


class KnowledgeSettings(BaseModel):
    """Where documents are stored and how they are chunked and retrieved."""

    model_config = ConfigDict(extra="forbid")

    chroma_url: str | None = Field(
        default=None,
        description="URL of a Chroma server (`chroma run`), e.g. http://127.0.0.1:8000. "
        "Unset: an embedded PersistentClient under state_dir/chroma.",
    )
    collection: str = Field(default="hybrid", min_length=3, description="Chroma collection name (3-512 chars).")
    chunk_size: int = Field(
        default=200,
        ge=32,
        le=2048,
        description="Target chunk size in embedder tokens; keep it under the embedder's window.",
    )
    chunk_overlap: int = Field(default=30, ge=0, description="Tokens shared by consecutive chunks.")
    mode: Literal["hybrid", "dense", "bm25"] = Field(
        default="hybrid", description="Retrieval: dense + BM25 fused by RRF, or either alone."
    )
    k: int = Field(default=5, ge=1, le=200, description="Passages returned by default.")
    candidates: int = Field(default=40, ge=1, le=1000, description="Candidates each retriever passes to fusion.")
    rrf_k: int = Field(default=60, ge=1, description="Reciprocal-rank-fusion constant (Cormack et al.).")
    embed_batch_size: int = Field(default=64, ge=1, description="Chunks embedded per model call.")
    stream_threshold_mb: float = Field(
        default=8.0,
        gt=0,
        description="Text files larger than this are read and chunked block by block, never whole.",
    )
    follow_outside_links: bool = Field(
        default=False,
        description="Index files that symlinks inside the ingested folders point to outside them "
        "(`hybrid ingest --follow-outside-links`). Off: such links are skipped with a reason, so a "
        "link cannot pull e.g. ~/.ssh into the index. A followed file leaves the index when its link goes.",
    )
    lease_seconds: float = Field(
        default=30.0,
        ge=2.0,
        le=3600.0,
        description="With chroma_url: how long an ingest's lease on the collection lasts unless renewed "
        "(renewed every third of it). A writer killed mid-ingest blocks others for at most this long; "
        "writers' clocks must agree to well within it.",
    )

    @field_validator("chunk_overlap")
    @classmethod
    def _overlap_below_size(cls, v: int, info: Any) -> int:
        size = info.data.get("chunk_size", 200)
        if v >= size:
            raise ValueError(f"chunk_overlap ({v}) must be smaller than chunk_size ({size})")
        return v


class ModelSettings(BaseModel):
    """Which models to use. Each is a Hugging Face id or a local path."""

    model_config = ConfigDict(extra="forbid")

    embedder: str = Field(
        default=DEFAULT_EMBEDDER,
        description="Sentence-embedding model: the bundled all-MiniLM-L6-v2, an HF id or a path.",
    )
    generator: str = Field(
        default=DEFAULT_GENERATOR,
        description="Base causal LM: the bundled SmolLM2-135M-Instruct, an HF id or a path.",
    )
    device: str = Field(default="cpu", description="Torch device for local models.")
    threads: int = Field(
        default=0,
        ge=0,
        description="Torch CPU threads for training adapters: 0 = the cores idle when the command starts "
        "(hybrid.threads; a thread more than the free cores was measured 3-30x slower), else that many.",
    )
    embedder_kind: str = Field(
        default="sentence-transformers",
        min_length=1,
        description="Which embedder implementation loads `embedder`: 'sentence-transformers', or a name "
        "registered with hybrid.build.register_embedder.",
    )
    query_runtime: Literal["auto", "torch", "onnx"] = Field(
        default="auto",
        description="How search queries are embedded: 'onnx' runs an export of the embedder on onnxruntime "
        "(made once, checked against torch, cached under cache_dir), so a search imports no torch; 'auto' uses "
        "that export once `hybrid ingest` or `hybrid models prepare` has made it, else torch; 'torch' never "
        "exports. Documents are always embedded with torch.",
    )


class GenerationSettings(BaseModel):
    """How drafts are generated: locally (transformers + PEFT) or by an OpenAI-compatible server."""

    model_config = ConfigDict(extra="forbid")

    dtype: Literal["auto", "bf16-decode", "float32", "bfloat16", "float16"] = Field(
        default="auto",
        description="Base model precision at inference. auto: chosen by a sub-second matmul timing per "
        "phase on this CPU at first use, cached per CPU and library versions (hybrid.generation.dtype_choice). "
        "bf16-decode: Linear weights stored in bfloat16 and used as such for decode steps, upcast to float32 "
        "for prefill; everything else float32.",
    )
    max_loaded_adapters: int = Field(
        default=8, ge=1, description="Adapters kept resident; the least recently used is unloaded past this."
    )
    baked_adapters_mb: float = Field(
        default=2048.0,
        ge=0,
        description="Local backend: memory for base weights with an adapter's delta baked in, one set per "
        "adapter, so a switch back to an adapter whose set is kept only repoints the weights (about a "
        "millisecond) instead of rebaking them (71-79 ms for the bundled base). A set of the bundled base is 202 MB "
        "in bf16, 405 MB in float32 (MB = 2**20 bytes); one set is always kept, however small this is.",
    )
    max_new_tokens: int = Field(default=256, ge=1, description="Default cap on generated tokens.")
    repetition_penalty: float = Field(
        default=1.15,
        ge=1.0,
        le=2.0,
        description="Penalty on tokens already in the prompt or output. Greedy decoding from a small model loops "
        "without one; past ~1.3 it starts avoiding the sources' own words.",
    )
    no_repeat_ngram_size: int = Field(
        default=4,
        ge=0,
        description="A free-text row never repeats a run of this many tokens of its own output (0: off); copying "
        "the prompt's phrases stays allowed. The penalty alone let the 135M model loop on formulas "
        "('1.2 kWh * 7 hours = ...'); JSON rows are exempt, since JSON repeats by design.",
    )
    backend: str = Field(
        default="local",
        min_length=1,
        description="Where generation runs. 'local': transformers + PEFT in this process. 'llamacpp': the bundled "
        "base's quantised GGUF on llama.cpp in this process, each adapter converted to a GGUF LoRA once (the "
        "llamacpp extra; rows run one at a time). 'openai': an "
        "OpenAI-compatible server (vLLM, LoRAX, `hybrid serve`) at base_url, asked for model=<adapter name>. "
        "Or a name registered with hybrid.build.register_generator.",
    )
    base_url: str | None = Field(
        default=None,
        repr=False,  # may carry a password; `hybrid config` shows it through mask_url
        description="With backend='openai': the server's API root, e.g. http://gpu-host:8000/v1.",
    )
    api_key: Secret | None = Field(
        default=None,
        description="With backend='openai': the bearer token the server wants. Unset: OPENAI_API_KEY, else none.",
    )
    served_base: str | None = Field(
        default=None,
        description="With backend='openai': the model name the server gives the base model (no adapter). "
        "Unset: models.generator, which is what `vllm serve <base>` and `hybrid serve` call it.",
    )
    timeout_s: float = Field(default=120.0, gt=0, description="With backend='openai': seconds to wait for one reply.")
    remote_json_schema: bool = Field(
        default=True,
        description="With backend='openai': send a structured draft's schema as response_format json_schema, which "
        "vLLM, SGLang and hybrid serve decode under its grammar. false: for servers without structured outputs "
        "(structured drafts then use mechanism='repair').",
    )


DEFAULT_DEPARTMENTS = {name: name for name in ("marketing", "legal", "engineering", "support")}


class PipelineSettings(BaseModel):
    """How drafts are put together."""

    model_config = ConfigDict(extra="forbid")

    departments: dict[str, str] = Field(
        default_factory=lambda: dict(DEFAULT_DEPARTMENTS),
        description="Department -> adapter name. Every adapter in the registry is also a department of its own name.",
    )
    style_dir: Path = Field(
        default=Path("corpora/style"),
        description="Folder with <department>/STYLE.md style guides, used when a draft asks for the style prompt.",
    )
    context_tokens: int = Field(
        default=2048,
        ge=256,
        description="Cap on prompt + answer tokens (also capped by the model's window). Passages past it are trimmed.",
    )
    attribute_citations: bool = Field(
        default=True,
        description="Add a marked ('attributed') citation to sentences that state a passage's numbers, dates or "
        "prices without citing it.",
    )
    defuse_injections: bool = Field(
        default=True,
        description="Cut instruction-like sentences ('ignore previous instructions') from passages before prompting.",
    )
    mode: Literal["free", "attributed"] = Field(
        default="attributed",
        description="How a free-text draft is written. 'attributed': plan the source sentences that answer the "
        "request, restate each in voice (figures locked, checked, the source kept if a rewrite loses a fact) and "
        "cite each by construction. 'free': the model composes the whole text, for large remote models.",
    )
    lock_figures: bool = Field(
        default=True,
        description="Copy-locked decoding: a draft may write a number, price, percent, date or time only as a "
        "value its sources or request state (local generator).",
    )
    rewrite_retries: int = Field(
        # Measured on the full eval (llama.cpp, README): one round left fact recall, answer
        # match and voice share as they were, cost 2.7 s a draft (p50 7.24 s against 4.52 s),
        # and the rows it rescued read worse than their sources ("Nimbus prices take into
        # account the US, UK and EU" for "... include freight delivery and installation in").
        default=0,
        ge=0,
        le=3,
        description="Attributed drafts: sampled rounds that re-ask a sentence whose rewrite failed its checks "
        "(lost a figure, added a name, ...). A sentence still failing is kept as its source says it.",
    )
    rewrite_min_similarity: float = Field(
        # Set on the bundled base's rewrites (README): 0.88 turned away 14 of 15 that changed the
        # meaning and 9 of 34 faithful ones. People's own restatements in voice score lower
        # (median 0.79-0.93 per department in the style corpora), so a base that rewrites
        # faithfully in voice may want it lower.
        default=0.88,
        ge=0.0,
        le=1.0,
        description="Attributed drafts: least embedder cosine between a rewrite and its source sentence; "
        "below it the source sentence is used as written. 0 turns the check off.",
    )
    lock_names: bool = Field(
        default=False,
        description="Name-locked decoding for free drafts: mid-sentence, a title-case word may be written only if "
        "the sources or the request hold that word (local generator). Attributed drafts check every rewrite's "
        "names against its source sentence whatever this says.",
    )


class ServeSettings(BaseModel):
    """`hybrid serve`: where it listens, who may call it, and how much it takes on."""

    model_config = ConfigDict(extra="forbid")

    host: str = Field(default="127.0.0.1", description="Interface to bind. Anything but loopback needs api_token.")
    port: int = Field(default=8000, ge=0, le=65535, description="TCP port (0: any free port).")
    api_token: Secret | None = Field(
        default=None,
        description="Bearer token every route but / and /healthz requires. Env: HYBRID_API_TOKEN (or "
        "HYBRID_SERVE__API_TOKEN, which wins when both are set). Unset: open, and the server binds to loopback only.",
    )
    admin_token: Secret | None = Field(
        default=None,
        description="Bearer token for /v1/ingest. Unset: api_token. With neither, /v1/ingest is refused.",
    )
    max_body_bytes: int = Field(default=1_048_576, ge=1024, description="Largest request body accepted (413 past it).")
    max_tokens: int = Field(default=512, ge=1, description="Largest max_tokens (or max_new_tokens) a request may ask.")
    request_timeout_s: float = Field(default=120.0, gt=0, description="Seconds a request may run before a 504.")
    max_concurrency: int = Field(default=4, ge=1, description="Requests worked on at once (they batch together).")
    max_queue: int = Field(default=16, ge=0, description="Requests waiting for a slot; past this the server says 429.")
    batch_window_ms: float = Field(
        default=20.0, ge=0, description="How long the first request of a batch waits for others to join it."
    )
    max_batch: int = Field(default=8, ge=1, description="Most rows in one mixed-adapter forward (1: no batching).")
    schemas: dict[str, str] = Field(
        default_factory=lambda: {"changelog": "hybrid.changelog:ChangelogEntry"},
        description="Schema names /v1/drafts accepts -> package.module:Class. Clients pick by name, never by "
        "import path, so a request cannot import code.",
    )


class EvalSizes(BaseModel):
    """How much of each eval set a run uses. Cases are drawn per department with the
    evaluation seed, so a run repeats exactly; 0 means every case."""

    model_config = ConfigDict(extra="forbid")

    retrieval_cases: int = Field(default=0, ge=0, description="Questions from retrieval.jsonl (0: all).")
    drafts_per_department: int = Field(
        default=8, ge=0, description="Drafting cases per department run through the full pipeline (0: all)."
    )
    voice_per_department: int = Field(
        default=8,
        ge=1,
        description="Drafting cases per department drafted in each of the four voice configurations "
        "(drawn from the full-pipeline ones).",
    )
    changelog_cases: int = Field(
        default=30, ge=0, description="Held-out pull requests for the format figures (0: all)."
    )
    latency_samples: int = Field(
        default=4,
        ge=0,
        description="Drafts per configuration run alone (unbatched) for request latency, one per department "
        "in turn. At 2 (one marketing, one legal request) the attributed/free p50 ratio read 1.41, 1.78 and "
        "1.86 in three full runs whose 32-draft p50 ratios were 1.42, 1.30 and 1.44.",
    )
    max_new_tokens: int = Field(default=80, ge=8, description="Cap on each eval draft's generated tokens.")


def _quick_sizes() -> EvalSizes:
    return EvalSizes(
        retrieval_cases=30,
        drafts_per_department=1,
        voice_per_department=1,
        changelog_cases=2,
        latency_samples=0,
        max_new_tokens=48,
    )


class EvaluationSettings(BaseModel):
    """What `hybrid eval` and `hybrid audit` run, and the budgets they judge by."""

    model_config = ConfigDict(extra="forbid")

    eval_dir: Path = Field(default=Path("corpora/eval"), description="Folder with retrieval.jsonl and drafting.jsonl.")
    facts_dir: Path = Field(
        default=Path("corpora/facts"),
        description="Facts folder the eval sets cite; ingested (incrementally) before a run so the store holds it.",
    )
    changelog_heldout: Path = Field(
        default=Path("corpora/changelog/heldout.jsonl"), description="Held-out pull requests for the format figures."
    )
    changelog_department: str = Field(default="changelog", description="Department that drafts changelog entries.")
    mechanism: Literal["constrained", "repair"] = Field(
        default="constrained", description="Structured-output mechanism the format figures use."
    )
    seed: int = Field(default=0, description="Seed for case sampling and the voice classifier: same seed, same run.")
    retries: int = Field(
        default=2, ge=0, le=5, description="Retries after an invalid structured reply in the format figures."
    )
    batch_size: int = Field(
        default=8, ge=1, description="Drafts of one department and configuration per generate call."
    )
    latency_budget_s: float = Field(
        default=20.0, gt=0, description="A single draft slower than this, end to end, counts as a latency failure."
    )
    voice_target: float = Field(
        default=0.95,
        gt=0,
        le=1,
        description="Share of full-pipeline drafts in the requested voice below which the audit flags voice "
        "(a fine-tune reaches 95% or more).",
    )
    bases: list[str] = Field(
        default_factory=list,
        description="Other base generators (as models.generator names them) whose drafts of the grounding "
        "sample are measured beside the configured base's, each with the adapters trained on it "
        "(`grounding.by_base`; `hybrid eval --base NAME`).",
    )
    full: EvalSizes = Field(default_factory=EvalSizes, description="Sizes of a full run (`hybrid eval`).")
    quick: EvalSizes = Field(default_factory=_quick_sizes, description="Sizes of `hybrid eval --quick`.")


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("hybrid"))


class Settings(BaseSettings):
    """Everything `hybrid` can be configured with."""

    model_config = SettingsConfigDict(
        extra="forbid",
        env_prefix="HYBRID_",
        env_nested_delimiter="__",
        toml_file=CONFIG_FILE,
        validate_default=True,
    )

    state_dir: Path = Field(
        default=Path(".hybrid"),
        description="Project state: Chroma data, ingest manifest, BM25 index, locks.",
    )
    cache_dir: Path = Field(
        default_factory=default_cache_dir,
        description="Model caches (e.g. the dequantised base model). Env: HYBRID_CACHE_DIR.",
    )
    adapters_dir: Path = Field(default=Path("adapters"), description="Adapter registry: adapters/<name>/<version>/.")
    shipped_adapters: bool = Field(
        default=True,
        description="Layer the voices shipped with hybrid (trained on the bundled base) read-only under "
        "adapters_dir. Turn off for a project on another base, whose voices are all its own.",
    )
    knowledge: KnowledgeSettings = Field(default_factory=KnowledgeSettings, description="Knowledge layer settings.")
    models: ModelSettings = Field(default_factory=ModelSettings, description="Model choices.")
    generation: GenerationSettings = Field(
        default_factory=GenerationSettings, description="Generator settings: local, or a remote server."
    )
    pipeline: PipelineSettings = Field(default_factory=PipelineSettings, description="Drafting pipeline settings.")
    evaluation: EvaluationSettings = Field(
        default_factory=EvaluationSettings, description="`hybrid eval` and `hybrid audit` settings."
    )
    serve: ServeSettings = Field(default_factory=ServeSettings, description="`hybrid serve` settings.")

    # Set by `load_settings`: the project found, and where each leaf setting came from.
    _project: Project = PrivateAttr(default_factory=Project)
    _origins: dict[str, str] = PrivateAttr(default_factory=dict)

    @property
    def project(self) -> Project:
        """The project these settings were loaded for (`Project()` when none was found)."""
        return self._project

    @property
    def project_root(self) -> Path | None:
        """The folder holding the settings file; None with no project."""
        return self._project.root

    def origin(self, dotted: str) -> str:
        """Where a leaf setting came from: "file PATH", "env NAME", "flag" or "default"."""
        return self._origins.get(dotted, "default")

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Flags (init) beat the environment, which beats hybrid.toml.
        return (init_settings, env_settings, _PlainTokenSource(settings_cls), TomlConfigSettingsSource(settings_cls))


class _PlainTokenSource(EnvSettingsSource):
    """`HYBRID_API_TOKEN`, the documented short name of `serve.api_token`.

    An `AliasChoices` on the nested field cannot carry it: pydantic-settings reads a nested
    model's fields only from `HYBRID_SERVE__*`. As a source of its own it keeps its place in
    the chain: below the nested name and the flags, above hybrid.toml."""

    def __call__(self) -> dict[str, Any]:
        token = self.env_vars.get("hybrid_api_token" if not self.case_sensitive else "HYBRID_API_TOKEN")
        return {"serve": {"api_token": token}} if token else {}


def _prune_none(d: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in d.items():
        if isinstance(value, dict):
            value = _prune_none(value)
            if value:
                out[key] = value
        elif value is not None:
            out[key] = value
    return out


class _Validated(Settings):
    """Validates the merged layers and reads no source of its own."""

    model_config = SettingsConfigDict(toml_file=None)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings,)


# Defaults that are state, not input: with no project they go to the user's data directory.
_STATE_DEFAULTS = {"state_dir": "state", "adapters_dir": "adapters"}


def _layers(project: Project, overrides: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    env = EnvSettingsSource(Settings)()
    plain = _PlainTokenSource(Settings)()
    file_layer = [(f"file {project.config}", project.table)] if project.config is not None else []
    return [*file_layer, ("env HYBRID_API_TOKEN", plain), ("env", env), ("flag", _prune_none(overrides))]


def _env_names(origins: dict[str, str]) -> dict[str, str]:
    return {k: f"env HYBRID_{k.replace('.', '__').upper()}" if v == "env" else v for k, v in origins.items()}


def _anchor(data: dict[str, Any], origins: dict[str, str], project: Project) -> None:
    """Relative paths: a file's against its folder, flags' and env's against the working
    directory, defaults against the project root (state defaults: the data directory)."""
    fields = list(config_layers.path_fields(Settings))
    cwd = Path.cwd()
    config_layers.anchor_paths(data, origins, fields, lambda who: project.root if who.startswith("file ") else cwd)
    for dotted in fields:
        if dotted in origins:
            continue
        default = _default_of(dotted)
        if project.root is not None and isinstance(default, Path) and not default.is_absolute():
            config_layers.put(data, dotted, project.root / default)
        elif project.root is None and dotted in _STATE_DEFAULTS:
            config_layers.put(data, dotted, data_dir() / _STATE_DEFAULTS[dotted])


def _default_of(dotted: str) -> Any:
    model: type[BaseModel] = Settings
    *sections, name = dotted.split(".")
    for section in sections:
        sub = model.model_fields[section].annotation
        assert isinstance(sub, type) and issubclass(sub, BaseModel)
        model = sub
    return model.model_fields[name].default


def load_settings(config: Path | None = None, **overrides: Any) -> Settings:
    """Load settings for the project `config` names (default: `$HYBRID_CONFIG`, else the
    nearest `hybrid.toml` / `[tool.hybrid]` from the working directory up), then env and
    `overrides`.

    `overrides` are CLI flags: nested sections as dicts; `None` values mean "not given".
    """
    project = discover(config)
    data, origins = config_layers.merge(Settings, _layers(project, overrides))
    origins = _env_names(origins)
    _anchor(data, origins, project)
    try:
        loaded = _Validated(**data)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, project, origins)) from None
    except (OSError, ValueError) as exc:
        raise ConfigError(f"{project.config or 'settings'}: cannot read settings: {exc}") from None
    # Copied into a plain `Settings` without re-validating: callers get the public type.
    settings = Settings.model_construct(**{k: getattr(loaded, k) for k in Settings.model_fields})
    settings._project = project
    settings._origins = origins
    return settings


def _is_secret(dotted: str) -> bool:
    return dotted in SECRETS or bool(_SECRET_NAME.search(dotted.rsplit(".", 1)[-1]))


def _shown(dotted: str, value: Any) -> str:
    """An offending value as an error may show it: never a secret's, never a URL's password."""
    if _is_secret(dotted):
        return "a value (hidden: it is a secret)"
    if isinstance(value, str) and "://" in value:
        return repr(mask_url(value))
    return repr(value)


def _describe(exc: ValidationError, project: Project, origins: dict[str, str]) -> str:
    lines = []
    for err in exc.errors():
        field = ".".join(str(p) for p in err["loc"])
        where = origins.get(field)
        source = f" (from {where})" if where and where != f"file {project.config}" else ""
        if err["type"] == "extra_forbidden":
            lines.append(f"unknown setting '{field}'{source}")
        else:
            lines.append(f"setting '{field}'{source}: {err['msg']} (got {_shown(field, err.get('input'))})")
    env = sorted(k for k in os.environ if k.startswith("HYBRID_"))
    hint = f"; environment sets {', '.join(env)}" if env else ""
    return f"{project.config or 'settings'}: " + "; ".join(lines) + hint


def _display(dotted: str, value: Any) -> Any:
    if isinstance(value, SecretStr) or (dotted in SECRETS and value):
        return "**********" if reveal(value) else None
    if isinstance(value, str) and "://" in value:
        return mask_url(value)
    return str(value) if isinstance(value, Path) else value


def describe_settings(settings: Settings) -> dict[str, dict[str, Any]]:
    """Every leaf setting with its value (secrets and URL passwords masked) and where it
    came from, for `hybrid config`."""
    return {
        dotted: {"value": _display(dotted, value), "from": settings.origin(dotted)}
        for dotted, value in config_layers.leaves(settings)
    }
