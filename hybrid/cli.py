"""The `hybrid` command line: thin wrappers over library calls.

Exit status, for every command: 0 when it did what was asked and found nothing wrong; 1
when it ran and found a failure: one that `--fail-on` names (an audit area that fails,
an adapter to retrain), a draft that never validated, a server that could not be
reached; 2 for a usage or input error (a bad option, a missing file, a bad setting, an
unknown adapter), with one line saying what to change. With `--json`, that error is one JSON
object on stdout, `{"error": {"message", "type", "exit_code"}}`.
"""

from __future__ import annotations

import functools
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import ProgressColumn, Task
from rich.text import Text

from hybrid import __version__
from hybrid.errors import HybridError

if TYPE_CHECKING:
    from hybrid.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])
err = Console(stderr=True)
out = Console()

OK, FAILURE_FOUND, USAGE_ERROR = 0, 1, 2


class CommandError(click.ClickException):
    """One of our own errors, as the CLI reports it: its exit status and its class's name."""

    def __init__(self, message: str, kind: str, exit_code: int) -> None:
        super().__init__(message)
        self.kind = kind
        # click declares exit_code on the class; each of our errors carries its own.
        vars(self)["exit_code"] = exit_code


def exit_code_of(exc: HybridError) -> int:
    """1 for a failure of the run itself (a model reply, a server), else 2: the input is at fault."""
    from hybrid.errors import EmptyStoreError, RemoteGeneratorError, StoreError, StructuredOutputError

    if isinstance(exc, StructuredOutputError | RemoteGeneratorError):
        return FAILURE_FOUND
    if isinstance(exc, StoreError) and not isinstance(exc, EmptyStoreError):
        return FAILURE_FOUND  # a Chroma server that is down or broken
    return USAGE_ERROR


def _errors(fn: F) -> F:
    """Turn our own errors into one clear line and exit status 1 or 2, never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except HybridError as exc:
            raise CommandError(str(exc), type(exc).__name__, exit_code_of(exc)) from None

    return wrapper  # type: ignore[return-value]


class _Cli(click.Group):
    """The `hybrid` group: under `--json`, every error is one JSON object on stdout."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        if kwargs.get("standalone_mode", True) is False:
            return super().main(*args, **kwargs)
        given = args[0] if args else kwargs.get("args")
        argv = sys.argv[1:] if given is None else list(given)
        try:
            code = super().main(*args, **{**kwargs, "standalone_mode": False})
        except click.ClickException as exc:
            if "--json" in argv:
                kind = getattr(exc, "kind", "UsageError" if isinstance(exc, click.UsageError) else type(exc).__name__)
                body = {"message": exc.format_message(), "type": kind, "exit_code": exc.exit_code}
                click.echo(json.dumps({"error": body}))
            else:
                exc.show()
            sys.exit(exc.exit_code)
        except click.Abort:
            err.print("aborted")
            sys.exit(FAILURE_FOUND)
        sys.exit(code if isinstance(code, int) else OK)


def _exit_if(found: bool) -> None:
    """Exit 1 when a `--fail-on` condition holds; the report is already printed."""
    if found:
        sys.exit(FAILURE_FOUND)


@click.group(cls=_Cli)
@click.version_option(__version__, "--version", "-V", prog_name="hybrid", message="%(prog)s %(version)s")
@click.option(
    "--config",
    type=click.Path(path_type=Path),
    help="Settings file (default: $HYBRID_CONFIG, else the nearest hybrid.toml or pyproject.toml with "
    "[tool.hybrid], from here up).",
)
@click.option(
    "--state-dir",
    type=click.Path(path_type=Path),
    help="Project state folder (default: .hybrid in the project root; with no project, the user's data directory).",
)
@click.option("--chroma-url", help="Use a Chroma server, e.g. http://127.0.0.1:8000.")
@click.option("--collection", help="Chroma collection name.")
@click.option("--embedder", help="Embedding model: HF id or local path.")
@click.pass_context
def cli(
    ctx: click.Context,
    config: Path | None,
    state_dir: Path | None,
    chroma_url: str | None,
    collection: str | None,
    embedder: str | None,
) -> None:
    """Draft in your company's voice from facts you can audit."""
    _quiet_libraries()
    ctx.obj = {
        "config": config,
        "overrides": {
            "state_dir": state_dir,
            "knowledge": {"chroma_url": chroma_url, "collection": collection},
            "models": {"embedder": embedder},
        },
    }


def _quiet_libraries() -> None:
    """Our own progress bars and summaries say what is happening; the libraries' per-load
    bars and advisory warnings would bury them."""
    import logging
    import os
    import warnings

    # PEFT's disable_adapter() trips a transformers deprecation notice on every draft.
    warnings.filterwarnings("ignore", category=FutureWarning, module="transformers")

    os.environ.setdefault("TRANSFORMERS_NO_ADVISORY_WARNINGS", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    logging.getLogger("chromadb.telemetry").setLevel(logging.ERROR)
    # Read by transformers when a command first imports it: importing it here to call its
    # logging functions cost 2.4 s of every `hybrid search`, which never needs it.
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")


def _settings(ctx: click.Context, **more: Any) -> Settings:
    from hybrid.settings import load_settings

    overrides = dict(ctx.obj["overrides"])
    for section, values in more.items():
        overrides[section] = {**overrides.get(section, {}), **values}
    settings = load_settings(ctx.obj["config"], **overrides)
    if settings.project_root is None and not ctx.obj.get("told_where"):
        # On stderr, once: --json stdout stays one JSON object.
        ctx.obj["told_where"] = True
        err.print(
            f"no hybrid.toml here or above: state in {settings.state_dir}, trained voices in "
            f"{settings.adapters_dir} (`hybrid init` makes this folder a project)",
            highlight=False,
            markup=False,
            soft_wrap=True,  # one line, whatever the terminal width
        )
    return settings


def _knowledge(ctx: click.Context, **more: Any) -> Any:
    from hybrid.build import build_knowledge

    return build_knowledge(_settings(ctx, **more))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--department", help="Tag every ingested file with this department (overrides front-matter).")
@click.option(
    "--follow-outside-links",
    is_flag=True,
    help="Index files that symlinks in the folders point to outside them (knowledge.follow_outside_links); "
    "skipped by default.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.pass_context
@_errors
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    department: str | None,
    follow_outside_links: bool,
    as_json: bool,
) -> None:
    """Index files and folders; only changed files are re-embedded."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    # Only when given: a project's knowledge.follow_outside_links = true stands otherwise.
    follow = {"knowledge": {"follow_outside_links": True}} if follow_outside_links else {}
    knowledge = _knowledge(ctx, **follow)
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=as_json or not err.is_terminal,
        transient=True,
    )
    with bar:
        # No bar and no log line when the output is JSON or not a terminal, as before.
        progress = None if bar.disable else _StageBar(bar)
        summary = knowledge.ingest(list(paths), department=department, progress=progress)
    _prepare_search(knowledge, quiet=as_json)
    if as_json:
        click.echo(json.dumps(summary.to_report()))
        return
    _print_summary(summary)


def _prepare_search(knowledge: Any, quiet: bool) -> None:
    """Make the onnxruntime query encoder (once per model), so later searches skip torch."""
    if quiet or not err.is_terminal:
        reason = knowledge.prepare_search()
    else:
        with err.status("preparing the search query encoder (once per model)", spinner="dots"):
            reason = knowledge.prepare_search()
    if reason is not None and not quiet and getattr(knowledge.embedder, "query_runtime", "torch") != "torch":
        err.print(f"[yellow]note[/yellow] searches will load torch: {escape(reason)}", highlight=False)


def _print_summary(summary: Any) -> None:
    c = summary.counts()
    out.print(
        f"[bold]ingested[/bold] in {summary.seconds:.2f} s: {c['added']} added, {c['updated']} updated, "
        f"{c['unchanged']} unchanged, {c['deleted']} deleted, {c['skipped']} skipped; "
        f"{summary.chunks_added} chunks written, {summary.chunks_deleted} removed, "
        f"{summary.chunks_total} in store"
    )
    # Paths, reasons and notes come from the documents: printed as text, never as markup.
    for s in summary.skipped:
        out.print(f"  [yellow]skipped[/yellow] {escape(s.path)}: {escape(s.reason)}", highlight=False)
    for note in summary.notes:
        out.print(f"  [cyan]note[/cyan] {escape(note)}", highlight=False)


@cli.command()
@click.argument("query")
@click.option("-k", type=click.IntRange(1, 200), default=None, help="Passages to return.")
@click.option("--department", multiple=True, help="Only passages of this department (repeatable).")
@click.option("--source", multiple=True, help="Only passages of this source file (repeatable).")
@click.option("--mode", type=click.Choice(["hybrid", "dense", "bm25"]), default=None, help="Retrieval mode.")
@click.option("--json", "as_json", is_flag=True, help="Print the passages as one JSON object.")
@click.pass_context
@_errors
def search(
    ctx: click.Context,
    query: str,
    k: int | None,
    department: tuple[str, ...],
    source: tuple[str, ...],
    mode: str | None,
    as_json: bool,
) -> None:
    """Find the passages that answer QUERY, with citable ids and readable scores."""
    knowledge = _knowledge(ctx)
    filters: dict[str, Any] = {}
    if department:
        filters["department"] = list(department)
    if source:
        filters["source"] = list(source)
    t0 = time.perf_counter()
    passages = knowledge.retrieve(query, k=k, filters=filters or None, mode=mode)
    ms = (time.perf_counter() - t0) * 1000
    if as_json:
        click.echo(json.dumps({"query": query, "ms": round(ms, 2), "passages": [p.model_dump() for p in passages]}))
        return
    _print_passages(query, passages, ms)


def _where(item: Any) -> str:
    """Where a passage, citation or planned sentence is: file, character span, and page
    (PDF), escaped for rich."""
    page = f" page {item.page}" if getattr(item, "page", None) else ""
    return f"{escape(item.source)}:{item.start_char}-{item.end_char}{page}"


def _print_passages(query: str, passages: list[Any], ms: float) -> None:
    out.print(f"[bold]{escape(query)}[/bold] — {len(passages)} passages in {ms:.0f} ms", highlight=False)
    for i, p in enumerate(passages, 1):
        scores = f"cosine {p.cosine:.3f}" if p.cosine is not None else "cosine -"
        if p.bm25 is not None:
            scores += f" · bm25 {p.bm25:.2f}"
        text = " ".join(p.text.split())
        text = escape(text if len(text) <= 320 else text[:320] + "…")
        where = f"{_where(p)} [dim]{escape(p.heading)}[/dim]"
        out.print(
            f"[bold cyan][{i}][/bold cyan] {where}\n    {scores} · id {escape(p.id)}\n    {text}",
            highlight=False,
        )


@cli.group()
def models() -> None:
    """Inspect and prepare the models."""


@models.command("prepare")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
@_errors
def models_prepare(ctx: click.Context, as_json: bool) -> None:
    """Resolve the embedder, export its query encoder and dequantise/cache the generator
    (first run only)."""
    from hybrid.build import build_embedder
    from hybrid.knowledge.layer import prepare_queries
    from hybrid.model_files import prepare_generator, resolve_embedder

    settings = _settings(ctx)
    t0 = time.perf_counter()
    gen = prepare_generator(settings.models.generator, settings.cache_dir)
    refused = prepare_queries(build_embedder(settings))
    info = {
        "embedder": settings.models.embedder,
        "embedder_path": resolve_embedder(settings.models.embedder),
        "query_encoder": "onnxruntime" if refused is None else f"torch ({refused})",
        "generator": gen.model_id,
        "generator_path": str(gen.path),
        "generator_fingerprint": gen.fingerprint,
        "seconds": round(time.perf_counter() - t0, 2),
    }
    if as_json:
        click.echo(json.dumps(info))
    else:
        for key, value in info.items():
            out.print(f"[bold]{key}[/bold]: {value}")


@cli.group()
def adapters() -> None:
    """Train, version and inspect department voice adapters."""


def _registry(ctx: click.Context) -> Any:
    from hybrid.build import build_adapter_store

    return build_adapter_store(_settings(ctx))


@adapters.command("train")
@click.argument("name")
@click.option("--corpus", type=click.Path(path_type=Path), help="corpora/style/<department> folder.")
@click.option(
    "--from-docs",
    "from_docs",
    type=click.Path(path_type=Path),
    help="A folder of the department's own documents (Markdown, text, HTML, PDF, .docx) to learn the voice from.",
)
@click.option(
    "--heldout",
    type=click.FloatRange(0, 1, max_open=True),
    default=0.15,
    show_default=True,
    help="With --from-docs: share of documents held out for the held-out loss and the gate.",
)
@click.option(
    "--gate-drafts",
    type=click.IntRange(1, 200),
    default=12,
    show_default=True,
    help="With --from-docs: held-out sections the gate drafts with the adapter and prompt-only.",
)
@click.option("--department", help="Department the voice belongs to (default: NAME).")
@click.option("--base", help="Base model: HF id or local path (default: models.generator).")
@click.option("--rank", type=int, help="LoRA rank.")
@click.option("--alpha", type=float, help="LoRA alpha.")
@click.option("--epochs", type=float, help="Epochs (fractions allowed).")
@click.option("--lr", type=float, help="Peak learning rate.")
@click.option("--batch-size", type=int, help="Examples per step.")
@click.option("--seed", type=int, help="Seed: same seed, same adapter (and, with --from-docs, same corpus).")
@click.option("--rewrite", is_flag=True, help="Also train attributed drafting's rewrite task, mined from the corpus.")
@click.option("--rewrite-limit", type=int, help="With --rewrite: most rewrite pairs (a seeded sample).")
@click.option("--replay", type=int, help="With --rewrite: how many original examples to keep training on.")
@click.option("--autocast", type=click.Choice(["auto", "off", "bf16"]), help="bf16 autocast (default auto).")
@click.option("--init-from", help="Continue from this version of NAME (v1, ... or 'active') instead of fresh weights.")
@click.option(
    "--activate",
    type=click.Choice(["gate", "always", "never"]),
    help="Activate the new version: 'gate' (--from-docs default: only if no worse than the active one), "
    "'always' (--corpus default) or 'never'.",
)
@click.option("--no-activate", is_flag=True, help="Only save the new version (same as --activate never).")
@click.option("--json", "as_json", is_flag=True, help="Print the new version's manifest as JSON.")
@click.pass_context
@_errors
def adapters_train(
    ctx: click.Context,
    name: str,
    corpus: Path | None,
    from_docs: Path | None,
    heldout: float,
    gate_drafts: int,
    department: str | None,
    base: str | None,
    init_from: str | None,
    activate: str | None,
    no_activate: bool,
    as_json: bool,
    **hyper: Any,
) -> None:
    """Train adapter NAME on a style corpus, or on a folder of documents, as its next version."""
    from hybrid.style import TrainConfig, train_adapter

    if (corpus is None) == (from_docs is None):
        raise click.UsageError("give one of --corpus (a style corpus) or --from-docs (a folder of documents)")
    policy = "never" if no_activate else activate or ("gate" if from_docs else "always")
    try:
        config = TrainConfig(**{k: v for k, v in hyper.items() if v is not None})
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None
    settings = _settings(ctx)
    from hybrid.threads import use_threads

    threads = use_threads(settings.models.threads)
    if not as_json:
        err.print(f"training with {threads} CPU thread(s) (models.threads={settings.models.threads or 'auto'})")
    with _train_bar(as_json, config.batch_size) as bar:
        progress = None if bar.disable else _StageBar(bar)
        if from_docs is not None:
            result = _from_docs(
                ctx, name, from_docs, department, base, config, (heldout, gate_drafts), policy, progress
            )
            ref = result.ref
        else:
            if policy == "gate":
                raise click.UsageError("--activate gate needs --from-docs (a style corpus has no gate)")
            ref = train_adapter(
                name,
                corpus,  # type: ignore[arg-type]
                _registry(ctx),
                base or settings.models.generator,
                settings.cache_dir,
                config,
                department=department,
                progress=progress,
                init_from=init_from,
                activate=policy == "always",
            )
    if as_json:
        click.echo(json.dumps(ref.manifest.model_dump()))
        return
    m = ref.manifest
    out.print(
        f"[bold]{ref.name} {ref.version}[/bold] saved in {ref.path} ({m.training_seconds:.0f} s): "
        f"train loss {m.train_loss:.3f}, held-out loss {m.heldout_loss}, base held-out loss {m.base_heldout_loss}"
    )
    if from_docs is not None:
        _print_gate(result)


def _train_bar(quiet: bool, batch_size: int) -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        _ExamplesPerSecond(batch_size),
        TimeRemainingColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
    )


def _from_docs(
    ctx: click.Context,
    name: str,
    folder: Path,
    department: str | None,
    base: str | None,
    config: Any,
    held: tuple[float, int],
    policy: str,
    progress: Any,
) -> Any:
    from hybrid.build import build_embedder
    from hybrid.style.fromdocs.gate import other_voices
    from hybrid.style.fromdocs.train import train_from_docs

    settings = _settings(ctx)
    dept = department or name
    return train_from_docs(
        name,
        folder,
        _registry(ctx),
        base or settings.models.generator,
        settings.cache_dir,
        config,
        department=dept,
        heldout=held[0],
        seed=config.seed,
        activate=policy,
        embedder=build_embedder(settings),
        others=other_voices(settings.pipeline.style_dir, dept),
        device=settings.models.device,
        progress=progress,
        gate_drafts=held[1],
    )


def _print_gate(result: Any) -> None:
    report = result.corpus.report()
    skipped = ", ".join(f"{n} {why}" for why, n in report["skipped_sections"].items()) or "none"
    out.print(
        f"from {report['documents']} documents: {report['sections']} sections used (skipped: {skipped}); "
        f"{report['train_examples']} training examples ({report['rewrite_examples']} rewrites), "
        f"{report['heldout_examples']} held out from {len(report['heldout_documents'])} documents",
        highlight=False,
    )
    for bad in report["unreadable"]:
        out.print(f"[yellow]skipped[/yellow] {escape(bad['path'])}: {escape(bad['reason'])}")
    g = result.gate
    m = result.ref.manifest
    out.print(
        f"trained {m.hyperparameters.get('epochs')} epoch(s) over {m.metrics.get('train_tokens')} tokens "
        f"in {m.training_seconds:.0f} s; gate {g.seconds} s",
        highlight=False,
    )
    drop = "n/a" if g.loss_drop is None else f"{g.loss_drop:.1%} below base"
    out.print(f"gate: held-out loss {g.heldout_loss} vs base {g.base_heldout_loss} ({drop})", highlight=False)
    if g.voice_share is not None:
        b = g.prompt_only_base_share
        base = "" if b is None else f" (in the base model's voice {b:.0%})"
        out.print(
            f"gate: {g.voice_share:.0%} of {g.drafts} held-out drafts in the new voice, prompt-only "
            f"{g.prompt_only_share:.0%}{base}; shipped voices' held-out accuracy before {g.shipped_before} "
            f"after {g.shipped_after}",
            highlight=False,
        )
        if g.note:
            out.print(f"[yellow]gate: {escape(g.note)}[/]", highlight=False)
    else:
        out.print(f"gate: {g.note}", highlight=False)
    out.print(("[green]" if result.activated else "[yellow]") + escape(result.reason) + "[/]")


@adapters.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
@_errors
def adapters_list(ctx: click.Context, as_json: bool) -> None:
    """Every adapter with its versions, active version and losses."""
    reg = _registry(ctx)
    rows = []
    for name in reg.names():
        ref = reg.resolve(name)
        rows.append(
            {
                "name": name,
                "active": ref.version,
                "versions": reg.versions(name),
                "department": ref.manifest.department,
                "base_model": ref.manifest.base_model,
                "heldout_loss": ref.manifest.heldout_loss,
                "created_at": ref.manifest.created_at,
            }
        )
    composites = {k: v.model_dump() for k, v in reg.composites().items()}
    if as_json:
        click.echo(json.dumps({"adapters": rows, "composites": composites}))
        return
    if not rows:
        out.print(f"no adapters in {reg.root}; train one with `hybrid adapters train NAME --corpus DIR`")
    for r in rows:
        out.print(
            f"[bold]{r['name']}[/bold] {r['active']} (of {', '.join(r['versions'])}) · {r['department']} · "
            f"held-out loss {r['heldout_loss']} · {r['created_at']}"
        )
    for name, comp in composites.items():
        out.print(f"[bold]{name}[/bold] composite of {comp['adapters']}")


@adapters.command("show")
@click.argument("name")
@click.option("--version", help="A version other than the active one.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
@_errors
def adapters_show(ctx: click.Context, name: str, version: str | None, as_json: bool) -> None:
    """Print an adapter version's manifest (JSON; --json: on one line)."""
    ref = _registry(ctx).resolve(name, version)
    click.echo(json.dumps({**ref.manifest.model_dump(), "path": str(ref.path)}, indent=None if as_json else 1))


@adapters.command("activate")
@click.argument("name")
@click.argument("version")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
@_errors
def adapters_activate(ctx: click.Context, name: str, version: str, as_json: bool) -> None:
    """Make VERSION the one requests for NAME use (a running server uses it from its next request)."""
    _registry(ctx).activate(name, version)
    if as_json:
        click.echo(json.dumps({"name": name, "active": version}))
        return
    out.print(f"{name}: {version} is active")


@adapters.command("rollback")
@click.argument("name")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
@_errors
def adapters_rollback(ctx: click.Context, name: str, as_json: bool) -> None:
    """Re-activate the version that was active before the current one."""
    version = _registry(ctx).rollback(name)
    if as_json:
        click.echo(json.dumps({"name": name, "active": version}))
        return
    out.print(f"{name}: rolled back to {version}")


@adapters.command("remove")
@click.argument("name")
@click.option("--version", help="Remove only this version.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
@_errors
def adapters_remove(ctx: click.Context, name: str, version: str | None, as_json: bool) -> None:
    """Delete an adapter version, every version, or a composite."""
    removed = _registry(ctx).remove(name, version)
    if as_json:
        click.echo(json.dumps({"removed": removed}))
        return
    out.print("removed " + ", ".join(removed))


@adapters.command("blend")
@click.argument("name")
@click.option(
    "--part",
    "parts",
    multiple=True,
    required=True,
    metavar="ADAPTER=WEIGHT",
    help="An adapter and its weight; give two or more.",
)
@click.option(
    "--combination",
    default="cat",
    type=click.Choice(["cat", "linear", "svd"]),
    help="PEFT add_weighted_adapter combination (linear needs equal ranks).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
@_errors
def adapters_blend(ctx: click.Context, name: str, parts: tuple[str, ...], combination: str, as_json: bool) -> None:
    """Register NAME as a weighted blend of trained adapters."""
    weights: dict[str, float] = {}
    for part in parts:
        adapter, _, weight = part.partition("=")
        try:
            weights[adapter] = float(weight)
        except ValueError:
            raise click.BadParameter(f"{part!r}: expected ADAPTER=WEIGHT, e.g. marketing=0.7") from None
    _registry(ctx).add_composite(name, weights, combination)
    if as_json:
        click.echo(json.dumps({"name": name, "weights": weights, "combination": combination}))
        return
    out.print(f"{name}: blend of {weights}")


@adapters.command("check")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option(
    "--fail-on",
    type=click.Choice(["stale", "never"]),
    default="never",
    show_default=True,
    help="Exit 1 when an adapter must be retrained (for CI).",
)
@click.pass_context
@_errors
def adapters_check(ctx: click.Context, as_json: bool, fail_on: str) -> None:
    """List every adapter that must be retrained: for the configured base model, or because
    the documents folder a voice was trained --from-docs on has changed since."""
    from hybrid.model_files import prepare_generator
    from hybrid.style.fromdocs.check import changed_folders

    settings = _settings(ctx)
    base = prepare_generator(settings.models.generator, settings.cache_dir)
    registry = _registry(ctx)
    stale = registry.stale_for(base.fingerprint)
    changed = changed_folders(registry)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "base_model": base.model_id,
                    "base_fingerprint": base.fingerprint,
                    "retrain": stale,
                    "documents_changed": changed,
                }
            )
        )
        _exit_if(fail_on == "stale" and bool(stale or changed))
        return
    if not stale:
        out.print(f"every adapter matches the base {base.model_id} ({base.fingerprint[:12]})")
    for s in [] if as_json else stale:
        out.print(
            f"[yellow]retrain[/yellow] {s['name']} {s['version']}: trained on {s['trained_on']} "
            f"({s['trained_fingerprint']}), configured base is {s['configured_fingerprint']} → {s['retrain']}"
        )
    for c in changed:
        what = ", ".join(f"{len(c[k])} {k}" for k in ("added", "removed", "changed") if c[k])
        out.print(
            f"[yellow]documents changed[/yellow] {c['name']} {c['version']}: {escape(c['folder'])} has {what} "
            f"document(s) since it was trained → {escape(c['retrain'])}",
            highlight=False,
        )
    _exit_if(fail_on == "stale" and bool(stale or changed))


def _pipeline(ctx: click.Context) -> Any:
    from hybrid.build import build_pipeline

    return build_pipeline(_settings(ctx))


@cli.command()
@click.argument("request")
@click.option("--department", "-d", required=True, help="Whose voice: marketing, legal, engineering, support, ...")
@click.option("-k", type=click.IntRange(1, 50), default=None, help="Passages to retrieve.")
@click.option("--max-new-tokens", type=click.IntRange(1, 4096), default=None, help="Cap on generated tokens.")
@click.option("--no-retrieval", is_flag=True, help="Voice only: no retrieval round trip, no sources.")
@click.option("--no-adapter", is_flag=True, help="The base model's voice instead of the department's adapter.")
@click.option("--style-prompt", is_flag=True, help="Put the department's STYLE.md in the prompt.")
@click.option("--source-department", multiple=True, help="Only retrieve passages of this department (repeatable).")
@click.option(
    "--mode",
    type=click.Choice(["attributed", "free"]),
    default=None,
    help="attributed: restate planned source sentences in voice, each cited (default: pipeline.mode). "
    "free: the model composes the text.",
)
@click.option("--stream", is_flag=True, help="Print the draft as it is generated.")
@click.option("--json", "as_json", is_flag=True, help="Print the Draft as one JSON object (with --stream: JSON lines).")
@click.option("--schema", help="Reply as one JSON object of this pydantic model, e.g. hybrid.changelog:ChangelogEntry.")
@click.option(
    "--mechanism",
    type=click.Choice(["constrained", "repair"]),
    default="constrained",
    show_default=True,
    help="With --schema: grammar-constrained decoding, or free generation then validate and retry.",
)
@click.option("--retries", type=click.IntRange(0, 10), default=2, show_default=True, help="With --schema: retries.")
@click.pass_context
@_errors
def draft(
    ctx: click.Context,
    request: str,
    department: str,
    k: int | None,
    max_new_tokens: int | None,
    no_retrieval: bool,
    no_adapter: bool,
    style_prompt: bool,
    source_department: tuple[str, ...],
    mode: str | None,
    stream: bool,
    as_json: bool,
    schema: str | None,
    mechanism: str,
    retries: int,
) -> None:
    """Draft REQUEST in a department's voice, with checked citations.

    With --schema the reply is one JSON object validated against that pydantic model."""
    from hybrid.errors import StructuredOutputError
    from hybrid.pipeline.spec import make_spec
    from hybrid.structured.loading import load_schema

    structured: dict[str, Any] = (
        {"schema": load_schema(schema), "mechanism": mechanism, "retries": retries} if schema else {}
    )
    spec = make_spec(
        request,
        department,
        k=k,
        max_new_tokens=max_new_tokens,
        retrieval=not no_retrieval,
        adapter=not no_adapter,
        style_prompt=style_prompt,
        mode=mode,  # type: ignore[arg-type]  # click.Choice guarantees a Mode
        filters={"department": list(source_department)} if source_department else None,
        **structured,
    )
    pipeline = _pipeline(ctx)
    if not stream:
        try:
            result = pipeline.draft(spec)
        except StructuredOutputError as exc:
            # The raw replies are the user's to see: nothing is fixed silently.
            for n, (raw, errors) in enumerate(exc.attempts, 1):
                click.echo(f"attempt {n}: {raw}\n  rejected: {'; '.join(errors)}", err=True)
            raise
    else:
        for item in pipeline.stream(spec):
            if not isinstance(item, str):
                result = item
            elif as_json:
                click.echo(json.dumps({"delta": item}))
            else:
                click.echo(item, nl=False)
        if not as_json:
            click.echo()
    if as_json:
        click.echo(json.dumps(result.model_dump(mode="json")))
        return
    _print_draft(result, show_text=not stream)
    if result.structured is not None:
        s = result.structured
        out.print(
            f"[green]valid {s.schema_name}[/green] ({s.mechanism}, {s.attempts} attempt(s), "
            f"{s.retries_used} retr{'y' if s.retries_used == 1 else 'ies'})"
        )


def _print_draft(d: Any, show_text: bool = True) -> None:
    from rich.markup import escape
    from rich.panel import Panel

    voice = d.adapter if d.adapter == "base" else f"{d.adapter} {d.adapter_version}"
    if show_text:
        title = f"{d.department} · voice {voice}"
        out.print(Panel(escape(d.text) or "[dim](empty)[/dim]", title=escape(title), title_align="left", expand=False))
    if d.passages:
        cited = {c.marker for c in d.citations}
        out.print("[bold]sources[/bold]")
        for n, p in enumerate(d.passages, 1):
            mark = "[green]cited[/green]" if n in cited else "[dim]not cited[/dim]"
            out.print(f"  [bold cyan][{n}][/bold cyan] {_where(p)} {mark}", highlight=False)
        for c in d.citations:
            quote = c.quote if len(c.quote) <= 160 else c.quote[:160] + "…"
            origin = {
                "attributed": " [dim](marker added: the draft states this source's figures)[/dim]",
                "plan": " [dim](restated from this source sentence)[/dim]",
            }.get(c.origin, "")
            out.print(f"      [{c.marker}] {_where(c)}{origin}", highlight=False)
            out.print(f"          “{escape(quote)}”", highlight=False)
    else:
        out.print("[bold]sources[/bold] none (retrieval off or nothing matched)")
    if d.mode == "attributed":
        out.print(f"[bold]plan[/bold] {len(d.plan)} source sentence(s) the draft restates")
        for s in d.plan:
            out.print(f"  [{s.marker}] {_where(s)} score {s.score:.2f}", highlight=False)
    if d.unsupported:
        out.print(
            f"[bold yellow]unsupported[/bold yellow] {len(d.unsupported)} claim(s) no source states — check them:"
        )
        for claim in d.unsupported:
            why = " [dim](a source states it of something else)[/dim]" if claim.reason == "misattributed" else ""
            out.print(f"  [yellow]{claim.kind}[/yellow] {escape(claim.text)}{why}", highlight=False)
    else:
        out.print("[bold green]unsupported[/bold green] none: every number, date and name appears in a source")
    for r in d.removed_citations:
        out.print(f"  [red]removed citation[/red] {escape(r.marker)}: {escape(r.reason)}")
    for note in d.notes:
        out.print(f"  [cyan]note[/cyan] {escape(note)}")
    t = d.timings
    first = f" · first token {t.first_token:.2f}" if t.first_token is not None else ""
    out.print(
        f"[dim]timings (s): retrieve {t.retrieve:.2f} · prompt {t.prompt:.2f} · generate {t.generate:.2f} · "
        f"validate {t.validation:.3f}{first} · total {t.total:.2f} — {d.prompt_tokens} prompt + "
        f"{d.completion_tokens} generated tokens ({d.completion_tokens / max(t.generate, 1e-9):.1f} tok/s)[/dim]"
    )


@cli.command()
@click.option("--facts", type=click.Path(path_type=Path), default=Path("corpora/facts"), help="Facts folder.")
@click.option("--max-new-tokens", type=click.IntRange(16, 1024), default=160, help="Cap per draft.")
@click.pass_context
@_errors
def demo(ctx: click.Context, facts: Path, max_new_tokens: int) -> None:
    """Ingest the facts, draft in every department's voice, then add a fact and re-draft."""
    from hybrid.demo import DEMO_REQUESTS, NEW_FACT_REQUEST, new_fact_folder, remove_new_fact, write_new_fact

    t_demo = time.perf_counter()
    settings = _settings(ctx)
    pipeline = _pipeline(ctx)
    knowledge = pipeline.knowledge
    folder = new_fact_folder(settings.state_dir)
    out.rule("1. ingest the company's documents")
    remove_new_fact(folder)  # so the before/after below is honest on every run
    _print_summary(knowledge.ingest([facts, folder]))
    for department, request in DEMO_REQUESTS:
        out.rule(f"2. draft in the {department} voice")
        out.print(f"[bold]request[/bold] {request}")
        _print_draft(pipeline.draft(request, department, max_new_tokens=max_new_tokens))
    registry = _registry(ctx)
    versions = _adapter_versions(registry)
    department, request = NEW_FACT_REQUEST
    out.rule("3. a fact the store does not have yet")
    out.print(f"[bold]request[/bold] {request}")
    _print_draft(pipeline.draft(request, department, max_new_tokens=max_new_tokens))
    path = write_new_fact(folder)
    out.rule(f"4. add {path.name} and re-index: seconds, no retraining")
    _print_summary(knowledge.ingest([facts, folder]))
    after = pipeline.draft(request, department, max_new_tokens=max_new_tokens)
    _print_draft(after)
    key = knowledge.keys.key(path)  # as the store names it (relative to the project root, or absolute)
    new_cited = [c for c in after.citations if c.source == key]
    retrieved = any(p.source == key for p in after.passages)
    unchanged = _adapter_versions(registry) == versions
    out.print(
        f"[bold]new fact[/bold] retrieved: {'yes' if retrieved else 'no'} · cited: "
        f"{'yes, ' + str(len(new_cited)) + ' citation(s)' if new_cited else 'no'} · adapters retrained: "
        f"{'none' if unchanged else 'changed!'} ({', '.join(f'{k} {v}' for k, v in versions.items())})"
    )
    out.print(f"[bold]demo finished[/bold] in {time.perf_counter() - t_demo:.0f} s")


class _ExamplesPerSecond(ProgressColumn):
    """Training examples per second: optimiser steps/s times the batch size."""

    def __init__(self, batch_size: int) -> None:
        super().__init__()
        self.batch_size = batch_size

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if not speed else f"{speed * self.batch_size:.2f} ex/s")


class _StageBar:
    """A `hybrid.protocols.Progress` drawn as one rich bar per stage."""

    def __init__(self, progress: Any) -> None:
        self.progress = progress
        self.task: Any = None
        self.started = time.perf_counter()

    def stage(self, name: str, total: int) -> None:
        if self.progress.disable:  # a log, not a terminal: one line per stage
            err.print(f"eval: {name} ({total} steps) at {time.perf_counter() - self.started:.0f} s", highlight=False)
            return
        if self.task is not None:
            self.progress.update(self.task, completed=self.progress.tasks[-1].total)
        self.task = self.progress.add_task(name, total=total)

    def advance(self, steps: int = 1) -> None:
        if self.task is not None:
            self.progress.advance(self.task, steps)


def _run_eval(
    ctx: click.Context, quick: bool, seed: int | None, out_dir: Path | None, bases: tuple[str, ...] = ()
) -> tuple[Any, Path]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from hybrid.evaluation import run_eval
    from hybrid.evaluation.report import write_report

    settings = _settings(ctx, evaluation={"seed": seed, **({"bases": list(bases)} if bases else {})})
    folder = out_dir or settings.state_dir / "eval" / ("quick" if quick else "full")
    progress = Progress(
        TextColumn("{task.description:<18}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        disable=not err.is_terminal,
    )
    with progress:
        report = run_eval(settings, quick=quick, progress=_StageBar(progress))
    write_report(report, folder)
    return report, folder


def _print_audit(result: dict[str, Any]) -> None:
    marks = {"fail": "[red]FAIL[/red]", "ok": "[green]ok[/green]"}
    also = result.get("also_by_cause", {})
    counts = ", ".join(
        f"{c} {n}" + (f" (+{also[c]} behind an earlier cause)" if also.get(c) else "")
        for c, n in result["failures_by_cause"].items()
    )
    out.print(f"[bold]failing cases by cause[/bold]: {counts}")
    for rec in result["recommendations"]:
        out.print(
            f"{rec['rank']}. {marks.get(rec['status'], rec['status'])} [bold]{rec['area']}[/bold]: {rec['message']}"
        )
        for example in rec["examples"]:
            out.print(f"     e.g. {example}", markup=False, highlight=False)


# The areas `hybrid audit` judges, in its loop order.
AUDIT_AREAS = ("retrieval", "grounding", "format", "voice", "latency")


def _audit_fails(result: dict[str, Any], fail_on: tuple[str, ...]) -> bool:
    failing = {rec["area"] for rec in result["recommendations"] if rec["status"] == "fail"}
    return bool(failing & (set(AUDIT_AREAS) if "any" in fail_on else set(fail_on)))


@cli.command("eval")
@click.option("--quick", is_flag=True, help="A small sample of every section, in about 3 minutes.")
@click.option(
    "--out", "out_dir", type=click.Path(path_type=Path), help="Report folder (default .hybrid/eval/full|quick)."
)
@click.option("--seed", type=int, default=None, help="Seed for sampling and the voice classifier (default 0).")
@click.option(
    "--base",
    "bases",
    multiple=True,
    help="Also draft the grounding sample on this base generator, side by side (repeatable; "
    "e.g. gemma-3-270m). Sets evaluation.bases.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the report as one JSON object.")
@click.option(
    "--fail-on",
    "fail_on",
    multiple=True,
    type=click.Choice(["any", *AUDIT_AREAS]),
    help="Exit 1 when the audit fails this area (repeatable; 'any': every area). For CI.",
)
@click.pass_context
@_errors
def eval_(
    ctx: click.Context,
    quick: bool,
    out_dir: Path | None,
    seed: int | None,
    bases: tuple[str, ...],
    as_json: bool,
    fail_on: tuple[str, ...],
) -> None:
    """Measure retrieval, grounding, voice, format and latency on corpora/eval; write a report."""
    from rich.table import Table

    from hybrid.evaluation.report import headline

    report, folder = _run_eval(ctx, quick, seed, out_dir, bases)
    if as_json:
        click.echo(json.dumps(report, default=str))
        _exit_if(_audit_fails(report["audit"], fail_on))
        return
    _title, headers, rows = headline(report)
    table = Table(title=f"hybrid eval ({'quick' if quick else 'full'}, {report['seconds']['total']:.0f} s)")
    for h in headers:
        table.add_column(h)
    for row in rows:
        table.add_row(*row)
    out.print(table)
    _print_audit(report["audit"])
    out.print(f"report: {folder / 'report.md'}, {folder / 'report.html'}, {folder / 'report.json'}")
    _exit_if(_audit_fails(report["audit"], fail_on))


@cli.command()
@click.option("--report", "report_path", type=click.Path(path_type=Path), help="Audit this report.json; no models run.")
@click.option("--quick", is_flag=True, help="Without --report: run the quick eval first.")
@click.option("--budget", type=click.FloatRange(min=0, min_open=True), help="Latency budget in seconds per draft.")
@click.option("--json", "as_json", is_flag=True, help="Print the audit as one JSON object.")
@click.option(
    "--fail-on",
    "fail_on",
    multiple=True,
    type=click.Choice(["any", *AUDIT_AREAS]),
    help="Exit 1 when the audit fails this area (repeatable; 'any': every area). For CI.",
)
@click.pass_context
@_errors
def audit(
    ctx: click.Context,
    report_path: Path | None,
    quick: bool,
    budget: float | None,
    as_json: bool,
    fail_on: tuple[str, ...],
) -> None:
    """Say why failing cases fail (retrieval, grounding, format, voice, latency) and what to fix first."""
    from hybrid.errors import InputPathError
    from hybrid.evaluation.audit import audit as run_audit

    if report_path is not None:
        try:
            report = json.loads(report_path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise InputPathError(f"{report_path}: cannot read the report: {exc.strerror or exc}") from None
        except json.JSONDecodeError as exc:
            raise InputPathError(f"{report_path}: not a report.json ({exc.msg}, line {exc.lineno})") from None
        if not isinstance(report, dict) or "cases" not in report:
            raise InputPathError(f"{report_path}: not a hybrid eval report (no 'cases')")
    else:
        report, _ = _run_eval(ctx, quick, None, None)
    budget = budget if budget is not None else _settings(ctx).evaluation.latency_budget_s
    result = run_audit(report, budget)
    if as_json:
        click.echo(json.dumps(result, default=str))
    else:
        _print_audit(result)
    _exit_if(_audit_fails(result, fail_on))


def _adapter_versions(registry: Any) -> dict[str, str | None]:
    return {name: registry.active_version(name) for name in registry.names()}


@cli.command()
@click.option("--host", default=None, help="Interface to listen on (default serve.host, 127.0.0.1).")
@click.option("--port", type=click.IntRange(0, 65535), default=None, help="Port (default serve.port, 8000).")
@click.pass_context
@_errors
def serve(ctx: click.Context, host: str | None, port: int | None) -> None:
    """Serve the OpenAI-compatible API, /v1/drafts and the drafting page over HTTP."""
    from hybrid.serve.auth import check_bind

    settings = _settings(ctx, serve={"host": host, "port": port})
    check_bind(settings.serve.host, settings.serve.api_token)  # before any model loads
    import uvicorn

    from hybrid.build import build_app

    app = build_app(settings)
    warm_up = getattr(app.state.pipeline.generator, "warm_up", None)
    if warm_up is not None:
        err.print(f"loading {settings.models.generator} …")
        warm_up()
    err.print(f"serving on http://{settings.serve.host}:{settings.serve.port}/ (page at /, API under /v1)")
    uvicorn.run(app, host=settings.serve.host, port=settings.serve.port, log_level="warning")


@cli.command()
@click.argument("folder", required=False, default=Path("."), type=click.Path(path_type=Path, file_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@_errors
def init(folder: Path, as_json: bool) -> None:
    """Make FOLDER (default: here) a project: a commented hybrid.toml, .hybrid/ and adapters/."""
    from hybrid.project import init_project

    created = init_project(folder)
    if as_json:
        click.echo(json.dumps({"created": [str(p) for p in created]}))
        return
    for path in created:
        out.print(f"created {path}", highlight=False, markup=False)


@cli.command("config")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.pass_context
@_errors
def config_(ctx: click.Context, as_json: bool) -> None:
    """Print the effective settings and where each value came from (secrets masked)."""
    from rich.markup import escape

    from hybrid.settings import describe_settings

    ctx.obj["told_where"] = True  # the report below says it
    settings = _settings(ctx)
    rows = describe_settings(settings)
    project = settings.project
    if as_json:
        where = {"root": str(project.root) if project.root else None, "config": str(project.config or "") or None}
        click.echo(json.dumps({"project": where, "settings": rows}))
        return
    if project.config is None:
        out.print("project: none found here or above (state in the user's data directory)", markup=False)
    else:
        out.print(f"project: {project.root} (settings from {project.config})", markup=False, highlight=False)
    for dotted, row in rows.items():
        value = escape(json.dumps(row["value"]))
        out.print(f"{dotted} = {value}  [dim]# {escape(row['from'])}[/dim]", highlight=False)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.pass_context
@_errors
def forget(ctx: click.Context, paths: tuple[Path, ...], as_json: bool) -> None:
    """Remove the documents at or under PATHS from the index (files may already be gone)."""
    from rich.markup import escape

    done = _knowledge(ctx).forget(list(paths))
    if as_json:
        click.echo(json.dumps(done.to_report()))
        return
    out.print(
        f"[bold]forgot[/bold] {len(done.forgotten)} document(s): {done.chunks_deleted} chunks removed, "
        f"{done.chunks_total} in store"
    )
    for path in done.not_indexed:
        out.print(f"  [yellow]not indexed[/yellow] {escape(path)}", highlight=False)


def main() -> None:
    cli(prog_name="hybrid")


if __name__ == "__main__":  # pragma: no cover
    main()
