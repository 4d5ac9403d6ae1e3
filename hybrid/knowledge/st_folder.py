"""What a sentence-transformers model folder asks of an embedder, read from its files.

`modules.json` lists the stages (Transformer, Pooling, Dense, Normalize), each with its own
folder and `config.json`; `config_sentence_transformers.json` holds the query and document
prompts. Reading these ourselves, rather than loading the folder with sentence-transformers,
keeps that package (and its ~6-14 s import on every CLI call) out of the runtime
dependencies; the unit tests check the result against sentence-transformers' own `encode`.
A stage we do not reproduce is refused by name rather than skipped, since skipping one
would give vectors that retrieve quietly worse.
"""

from __future__ import annotations

import importlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hybrid.errors import UnsupportedModelError

# sentence-transformers' own order for the legacy `pooling_mode_*` booleans, which is also
# the order it concatenates them in when several are on.
LEGACY_POOLING_KEYS = {
    "pooling_mode_cls_token": "cls",
    "pooling_mode_max_tokens": "max",
    "pooling_mode_mean_tokens": "mean",
    "pooling_mode_mean_sqrt_len_tokens": "mean_sqrt_len_tokens",
    "pooling_mode_weightedmean_tokens": "weightedmean",
    "pooling_mode_lasttoken": "lasttoken",
}
POOLING_MODES = tuple(LEGACY_POOLING_KEYS.values())
# The prompt names `encode_document` tries, in its order.
DOCUMENT_PROMPT_NAMES = ("document", "passage", "corpus")


@dataclass(frozen=True)
class Dense:
    """One Dense stage: a linear layer, an activation, and optionally a residual."""

    folder: Path
    in_features: int
    out_features: int
    bias: bool
    activation: str  # a torch.nn.Module class, as a dotted name
    residual: bool


@dataclass(frozen=True)
class Normalize:
    """An L2-normalisation stage."""


@dataclass(frozen=True)
class Recipe:
    """How to turn a folder's transformer output into sentence-transformers' embedding."""

    transformer: Path
    pooling: tuple[str, ...] = ("mean",)
    include_prompt: bool = True
    after_pooling: tuple[Dense | Normalize, ...] = ()
    max_seq_length: int | None = None
    do_lower_case: bool = False
    query_prompt: str = ""
    document_prompt: str = ""


def read_recipe(folder: Path) -> Recipe:
    """The recipe of a sentence-transformers folder; a plain transformers folder (no
    `modules.json`) gets mean pooling, the common case for an exported encoder."""
    modules_file = folder / "modules.json"
    if not modules_file.is_file():
        return Recipe(transformer=folder, **_transformer_config(folder))
    modules = _json(modules_file)
    if not isinstance(modules, list) or not modules:
        raise UnsupportedModelError(f"{modules_file}: expected a non-empty list of modules")
    stages = [_stage(modules_file, m) for m in sorted(modules, key=lambda m: m.get("idx", 0))]
    kinds = [k for k, _ in stages]
    if kinds[:2] != ["Transformer", "Pooling"] or {"Transformer", "Pooling"} & set(kinds[2:]):
        raise UnsupportedModelError(
            f"{modules_file}: modules are {kinds}; only a Transformer, then a Pooling, "
            "then Dense and Normalize layers can be embedded with"
        )
    transformer = folder / stages[0][1]
    pooling, include_prompt = _pooling(folder / stages[1][1] / "config.json")
    after = tuple(_dense(folder / path) if kind == "Dense" else _normalize(folder / path) for kind, path in stages[2:])
    query, document = _prompts(folder / "config_sentence_transformers.json")
    return Recipe(
        transformer=transformer,
        pooling=pooling,
        include_prompt=include_prompt,
        after_pooling=after,
        query_prompt=query,
        document_prompt=document,
        **_transformer_config(transformer),
    )


def _json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UnsupportedModelError(f"{path}: cannot be read as JSON ({exc})") from None


def _stage(modules_file: Path, module: Any) -> tuple[str, str]:
    if not isinstance(module, dict) or not isinstance(module.get("type"), str):
        raise UnsupportedModelError(f"{modules_file}: entry {module!r} has no 'type'")
    # Old and new releases spell the same class differently
    # (`sentence_transformers.models.Pooling`, `...sentence_transformer.modules.pooling.Pooling`).
    kind = module["type"].rsplit(".", 1)[-1]
    if kind not in ("Transformer", "Pooling", "Dense", "Normalize"):
        raise UnsupportedModelError(
            f"{modules_file}: module type {module['type']!r} is not supported "
            "(only Transformer, Pooling, Dense and Normalize)"
        )
    return kind, str(module.get("path", ""))


def _transformer_config(folder: Path) -> dict[str, Any]:
    path = folder / "sentence_bert_config.json"
    if not path.is_file():
        return {}
    cfg = _json(path)
    task = cfg.get("transformer_task", "feature-extraction")
    if task != "feature-extraction":
        raise UnsupportedModelError(f"{path}: transformer_task {task!r} is not supported (only feature-extraction)")
    max_len = cfg.get("max_seq_length")
    if max_len is not None and (not isinstance(max_len, int) or max_len < 1):
        raise UnsupportedModelError(f"{path}: max_seq_length {max_len!r} is not a positive integer")
    return {"max_seq_length": max_len, "do_lower_case": bool(cfg.get("do_lower_case", False))}


def _pooling(path: Path) -> tuple[tuple[str, ...], bool]:
    cfg = _json(path) if path.is_file() else {}
    mode = cfg.get("pooling_mode")
    if mode is None:
        modes = tuple(m for key, m in LEGACY_POOLING_KEYS.items() if cfg.get(key))
        modes = modes or ("mean",)
    else:
        modes = (mode,) if isinstance(mode, str) else tuple(mode)
    bad = [m for m in modes if m not in POOLING_MODES]
    if bad or not modes:
        raise UnsupportedModelError(f"{path}: pooling_mode {mode!r} is not one of {', '.join(POOLING_MODES)}")
    return modes, bool(cfg.get("include_prompt", True))


def _dense(folder: Path) -> Dense:
    path = folder / "config.json"
    cfg = _json(path)
    try:
        in_f, out_f = int(cfg["in_features"]), int(cfg["out_features"])
    except (KeyError, TypeError, ValueError):
        raise UnsupportedModelError(f"{path}: in_features and out_features must be integers") from None
    for key in ("module_input_name", "module_output_name"):
        if cfg.get(key, "sentence_embedding") != "sentence_embedding":
            raise UnsupportedModelError(
                f"{path}: {key} {cfg[key]!r} is not supported (only Dense layers on the sentence embedding)"
            )
    activation = cfg.get("activation_function") or "torch.nn.modules.activation.Tanh"
    activation_class(path, activation)  # refuse a bad name when reading, not mid-ingest
    return Dense(folder, in_f, out_f, bool(cfg.get("bias", True)), activation, bool(cfg.get("use_residual", False)))


def _normalize(folder: Path) -> Normalize:
    path = folder / "config.json"
    cfg = _json(path) if path.is_file() else {}
    if cfg.get("module_input_name", "sentence_embedding") != "sentence_embedding":
        raise UnsupportedModelError(
            f"{path}: module_input_name {cfg['module_input_name']!r} is not supported (only the sentence embedding)"
        )
    return Normalize()


def activation_class(path: Path, name: str) -> type:
    """The torch.nn.Module class a Dense config names. Like sentence-transformers without
    trust_remote_code, only torch's own modules are imported: a config must not make us
    import arbitrary code."""
    import torch

    module_name, _, attr = name.rpartition(".")
    cls = None
    if name.startswith("torch."):
        try:
            cls = getattr(importlib.import_module(module_name), attr, None)
        except ImportError:
            cls = None
    if not (isinstance(cls, type) and issubclass(cls, torch.nn.Module)):
        raise UnsupportedModelError(f"{path}: activation_function {name!r} is not a torch.nn.Module class")
    return cls


def _prompts(path: Path) -> tuple[str, str]:
    """The query and document prompts: the prompt the file names for the role ('query';
    'document', 'passage' or 'corpus', in `encode_document`'s order), else the one
    `default_prompt_name` names. sentence-transformers 6 saves empty 'query' and 'document'
    prompts, so for its folders this is `encode_query`/`encode_document`; for older folders,
    which name only their own prompts, it is `encode`, which applies the default."""
    cfg = _json(path) if path.is_file() else {}
    prompts = cfg.get("prompts") or {}
    if not isinstance(prompts, dict) or not all(isinstance(v, str) for v in prompts.values()):
        raise UnsupportedModelError(f"{path}: prompts must map names to strings, not {prompts!r}")
    default_name = cfg.get("default_prompt_name")
    if default_name is not None and default_name not in prompts:
        raise UnsupportedModelError(
            f"{path}: default_prompt_name {default_name!r} is not among the prompts ({', '.join(prompts) or 'none'})"
        )
    default: str = prompts[default_name] if default_name is not None else ""
    query: str = prompts.get("query", default)
    document: str = next((prompts[n] for n in DOCUMENT_PROMPT_NAMES if n in prompts), default)
    return query, document
