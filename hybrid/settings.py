"""Settings: `hybrid.toml` in the working directory, then `HYBRID_*` environment
variables, then CLI flags (each overrides the one before).

Nested sections use `__` in environment variables, e.g.
`HYBRID_KNOWLEDGE__CHROMA_URL=http://127.0.0.1:8000`.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from hybrid.errors import ConfigError

DEFAULT_EMBEDDER = "all-MiniLM-L6-v2"
DEFAULT_GENERATOR = "SmolLM2-135M-Instruct"
CONFIG_FILE = "hybrid.toml"


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


class GenerationSettings(BaseModel):
    """How the local generator runs."""

    model_config = ConfigDict(extra="forbid")

    dtype: Literal["float32", "bfloat16", "float16"] = Field(
        default="float32", description="Weights dtype of the base model at inference."
    )
    max_loaded_adapters: int = Field(
        default=8, ge=1, description="Adapters kept resident; the least recently used is unloaded past this."
    )
    max_new_tokens: int = Field(default=256, ge=1, description="Default cap on generated tokens.")


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
    knowledge: KnowledgeSettings = Field(default_factory=KnowledgeSettings, description="Knowledge layer settings.")
    models: ModelSettings = Field(default_factory=ModelSettings, description="Model choices.")
    generation: GenerationSettings = Field(default_factory=GenerationSettings, description="Local generator settings.")

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
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls))


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


def load_settings(config: Path | None = None, **overrides: Any) -> Settings:
    """Load settings from `config` (default ./hybrid.toml), env and `overrides`.

    `overrides` are CLI flags: nested sections as dicts; `None` values mean "not given".
    """
    overrides = _prune_none(overrides)
    path = config if config is not None else Path(CONFIG_FILE)
    if config is not None and not config.is_file():
        raise ConfigError(f"config file {config} does not exist")

    class _FromFile(Settings):
        model_config = SettingsConfigDict(toml_file=path)

    try:
        loaded = _FromFile(**overrides)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, path)) from None
    except (OSError, ValueError) as exc:  # e.g. TOML syntax errors
        raise ConfigError(f"{path}: cannot read settings: {exc}") from None
    return Settings.model_construct(**{k: getattr(loaded, k) for k in Settings.model_fields})


def _describe(exc: ValidationError, path: Path) -> str:
    lines = []
    for err in exc.errors():
        field = ".".join(str(p) for p in err["loc"])
        if err["type"] == "extra_forbidden":
            lines.append(f"unknown setting '{field}'")
        else:
            lines.append(f"setting '{field}': {err['msg']} (got {err.get('input')!r})")
    where = f"{path}" if path.is_file() else "settings"
    env = sorted(k for k in os.environ if k.startswith("HYBRID_"))
    hint = f"; environment sets {', '.join(env)}" if env else ""
    return f"{where}: " + "; ".join(lines) + hint
