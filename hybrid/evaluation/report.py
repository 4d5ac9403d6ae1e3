"""Write an eval report as JSON, Markdown and an HTML page with PNG charts.

The tables are built once and rendered to both Markdown and HTML, so the two never
disagree. Every file is written atomically.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hybrid.atomic import write_text
from hybrid.evaluation.charts import latency_chart, retrieval_chart, voice_chart
from hybrid.evaluation.constants import FULL, STAGES

Table = tuple[str, list[str], list[list[str]]]  # title, headers, rows


def _f(value: Any, digits: int = 3) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def headline(report: dict[str, Any]) -> Table:
    """The one table the README shows."""
    rows: list[list[str]] = []
    r = report.get("retrieval", {})
    mode, k = r.get("configured_mode", "hybrid"), r.get("k", 5)
    for name, m in r.get("modes", {}).items():
        mark = " (configured)" if name == mode else ""
        rows.append(
            [
                "retrieval",
                f"{name}{mark}: hit@{k} / MRR / nDCG@10",
                f"{m[f'hit@{k}']:.3f} / {m['mrr']:.3f} / {m['ndcg@10']:.3f}",
            ]
        )
    g = report.get("grounding", {})
    if g.get("n"):
        rows.append(["grounding", "drafts whose facts all appear in cited passages", _f(g["grounded_rate"])])
        rows.append(["grounding", "citation validity (model-written markers)", _f(g["citation_validity"])])
        rows.append(["grounding", "answer match (every expected fact stated)", _f(g["answer_match_rate"])])
        rows.append(["grounding", "fact recall", _f(g["fact_recall"])])
    v = report.get("voice", {})
    if v:
        rows.append(["voice", "classifier held-out accuracy", _f(v["classifier_heldout_accuracy"])])
        for name, c in v.get("configs", {}).items():
            rows.append(["voice", f"share in requested voice: {name}", _f(c.get("share"))])
    fmt = report.get("format", {})
    if "n" in fmt:
        rows.append(
            [
                "format",
                f"changelog schema-valid / field accuracy ({fmt['mechanism']})",
                f"{fmt['schema_valid_rate']:.3f} / {fmt['field_accuracy']:.3f}",
            ]
        )
    lat = report.get("latency", {})
    single = lat.get("single", {}).get(FULL) or lat.get("batched", {}).get(FULL)
    if single and single.get("n"):
        kind = "single" if lat.get("single", {}).get(FULL) else "amortised"
        rows.append(
            [
                "latency",
                f"full pipeline p50 / p95 seconds ({kind})",
                f"{single['total']['p50']:.2f} / {single['total']['p95']:.2f}",
            ]
        )
    return "Headline", ["section", "figure", "value"], rows


def _retrieval_table(r: dict[str, Any]) -> Table:
    rows = [
        [
            name,
            *(_f(m[f"hit@{k}"]) for k in (1, 3, 5, 10)),
            _f(m["mrr"]),
            _f(m["ndcg@10"]),
            _f(m["paraphrase_hit@5"]),
            _f(m.get(f"answer_in_top{r['k']}")),
            f"{1000 * m['seconds']['p50']:.0f} / {1000 * m['seconds']['p95']:.0f}",
        ]
        for name, m in r["modes"].items()
    ]
    headers = ["mode", "hit@1", "hit@3", "hit@5", "hit@10", "MRR", "nDCG@10", "paraphrase hit@5"]
    headers += [f"answer in top {r['k']}", "ms p50 / p95"]
    return f"Retrieval ({r['n']} questions, configured k={r['k']}, mode {r['configured_mode']})", headers, rows


def _voice_table(v: dict[str, Any]) -> Table:
    departments = sorted({d for c in v["configs"].values() for d in c["by_department"]})
    rows = [
        [name, _f(c.get("share")), str(c["n"]), *(_f(c["by_department"].get(d)) for d in departments)]
        for name, c in v["configs"].items()
    ]
    return "Voice (share of drafts in the requested voice)", ["configuration", "all", "n", *departments], rows


def _latency_tables(lat: dict[str, Any]) -> list[Table]:
    out: list[Table] = []
    for kind, label in (("single", "drafts run alone"), ("batched", "generate amortised over the batch")):
        if lat.get(kind):
            rows = [
                [name, str(x["n"]), *(f"{x[s]['p50']:.2f} / {x[s]['p95']:.2f}" for s in STAGES)]
                for name, x in lat[kind].items()
            ]
            out.append((f"Latency, seconds p50 / p95 ({label})", ["configuration", "n", *STAGES], rows))
    return out


# The grounding-by-mode figures, in the order issue targets name them.
MODE_FIGURES = (
    ("fact_recall", "fact recall"),
    ("answer_match_rate", "answer match (every expected fact stated)"),
    ("unsupported_figure_share", "drafts with an unsupported or misattributed figure"),
    ("unsupported_name_share", "drafts with an unsupported name"),
    ("citation_correctness", "citations whose passage holds the sentence's figures"),
    ("voice_share", "share in the requested voice"),
    ("repetition_3gram", "repeated word 3-grams per draft"),
)


def _modes_table(report: dict[str, Any]) -> Table:
    by_mode = report["grounding"]["by_mode"]
    single = report.get("latency", {}).get("single", {})
    names = list(by_mode)
    rows = [[label, *(_f(by_mode[m].get(key)) for m in names)] for key, label in MODE_FIGURES]
    latency = [single.get(by_mode[m]["config"], {}).get("total") for m in names]
    rows.append(
        [
            "draft latency p50 / p95 seconds (alone)",
            *(f"{t['p50']:.2f} / {t['p95']:.2f}" if t else "-" for t in latency),
        ]
    )
    n = by_mode[names[0]].get("n", 0)
    return f"Drafting modes side by side ({n} full-pipeline drafts each)", ["figure", *names], rows


def _bases_table(by_base: dict[str, Any]) -> Table:
    """Every base's modes side by side: the same figures, with batched-draft latency."""
    columns = [(b, m) for b, x in by_base.items() if "by_mode" in x for m in x["by_mode"]]
    rows = [[label, *(_f(by_base[b]["by_mode"][m].get(key)) for b, m in columns)] for key, label in MODE_FIGURES]
    rows.append(
        [
            "drafted latency p50 / p95 seconds (batched)",
            *(
                f"{t['p50']:.2f} / {t['p95']:.2f}" if (t := by_base[b].get("drafted_latency", {}).get(m)) else "-"
                for b, m in columns
            ),
        ]
    )
    rows.append(
        [
            "departments drafting with an adapter of this base",
            *(str(sum(v is not None for v in by_base[b].get("adapters", {}).values())) for b, _ in columns),
        ]
    )
    failed = [f"{b}: {x['error']}" for b, x in by_base.items() if "error" in x]
    title = "Bases side by side (the grounding sample)" + (f"; not measured: {'; '.join(failed)}" if failed else "")
    return title, ["figure", *(f"{b} {m}" for b, m in columns)], rows


def _audit_tables(a: dict[str, Any]) -> list[Table]:
    recommendations = [
        [str(rec["rank"]), rec["area"], rec["status"], rec["message"]] for rec in a.get("recommendations", [])
    ]
    causes = [[c, str(n)] for c, n in a.get("failures_by_cause", {}).items()]
    return [
        ("Audit: recommendations, in the order to act on them", ["#", "area", "status", "finding"], recommendations),
        ("Audit: failing cases by cause", ["cause", "cases"], causes),
    ]


def tables(report: dict[str, Any]) -> list[Table]:
    """Every table of the report, headline first, for a section that ran."""
    out = [headline(report)]
    if report.get("retrieval", {}).get("modes"):
        out.append(_retrieval_table(report["retrieval"]))
    if report.get("grounding", {}).get("by_mode"):
        out.append(_modes_table(report))
    if report.get("grounding", {}).get("by_base"):
        out.append(_bases_table(report["grounding"]["by_base"]))
    if report.get("voice", {}).get("configs"):
        out.append(_voice_table(report["voice"]))
    out += _latency_tables(report.get("latency", {}))
    if report.get("audit"):
        out += _audit_tables(report["audit"])
    return out


def _md_table(table: Table) -> str:
    title, headers, rows = table
    lines = [f"## {title}", "", "| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _notes(report: dict[str, Any]) -> list[str]:
    notes = []
    m, p = report.get("machine", {}), report.get("pipeline", {})
    if m.get("cpu_model"):
        flags = ", ".join(m.get("cpu_flags", [])) or "none of avx2/avx512/amx"
        ran = ""
        if "backend" in p:
            ran = f", generator {p['generator']} on the {p['backend']} backend, dtype {p['dtype']}"
        notes.append(f"Measured on: {m['cpu_model']} ({m.get('cpus')} cores; {flags}){ran}.")
    r = report.get("retrieval", {})
    if r.get("reranker") and not r["reranker"].get("available"):
        notes.append(f"Reranker: {r['reranker']['reason']}.")
    v = report.get("voice", {})
    if v.get("note"):
        notes.append(f"Voice: {v['note']}.")
    elif v:
        notes.append(
            f"Voice: the classifier scored {v['classifier_heldout_accuracy']:.3f} on {v['classifier_heldout_n']} "
            f"held-out human-written examples (threshold {v['threshold']}), so its verdicts are used."
        )
    f = report.get("format", {})
    if "skipped" in f:
        notes.append(f"Format: skipped: {f['skipped']}.")
    if report.get("drafting_errors"):
        notes.append(f"Drafting errors: {len(report['drafting_errors'])} drafts failed; see report.json.")
    return notes


def markdown(report: dict[str, Any], charts: Sequence[Path] = ()) -> str:
    kind = "quick" if report.get("quick") else "full"
    seconds = report.get("seconds", {}).get("total", 0.0)
    parts = [
        f"# hybrid eval ({kind} run, seed {report.get('seed')}, {seconds:.0f} s)",
        "",
        *(f"- {n}" for n in _notes(report)),
    ]
    for table in tables(report):
        parts += ["", _md_table(table)]
    if charts:
        parts += ["", "## Charts", "", *(f"![{p.stem}]({p.name})" for p in charts)]
    return "\n".join(parts) + "\n"


def _html_table(table: Table) -> str:
    title, headers, rows = table
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<h2>{html.escape(title)}</h2>\n<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def page(report: dict[str, Any], charts: Sequence[Path] = ()) -> str:
    kind = "quick" if report.get("quick") else "full"
    notes = "".join(f"<li>{html.escape(n)}</li>" for n in _notes(report))
    images = "".join(f'<figure><img src="{html.escape(p.name)}" alt="{html.escape(p.stem)}"></figure>' for p in charts)
    body = "\n".join(_html_table(t) for t in tables(report))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>hybrid eval ({kind})</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; color: #222; }}
table {{ border-collapse: collapse; margin-bottom: 1.5rem; font-size: 0.9rem; }}
th, td {{ border: 1px solid #ccc; padding: 0.3rem 0.6rem; text-align: left; vertical-align: top; }}
th {{ background: #f3f3f3; }}
figure {{ display: inline-block; margin: 0.5rem; }}
img {{ max-width: 34rem; }}
</style></head>
<body>
<h1>hybrid eval ({kind} run, seed {report.get("seed")})</h1>
<ul>{notes}</ul>
{images}
{body}
</body></html>
"""


def write_report(report: dict[str, Any], out: Path) -> dict[str, Path]:
    """report.json, report.md, report.html and the charts they show, under `out`."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    charts = [
        p
        for p in (
            voice_chart(report.get("voice", {}), out / "voice.png", report.get("voice_target")),
            latency_chart(report.get("latency", {}), out / "latency.png"),
            retrieval_chart(report.get("retrieval", {}), out / "retrieval.png"),
        )
        if p is not None
    ]
    paths = {"json": out / "report.json", "markdown": out / "report.md", "html": out / "report.html"}
    write_text(paths["json"], json.dumps(report, indent=1, sort_keys=True, default=str) + "\n")
    write_text(paths["markdown"], markdown(report, charts))
    write_text(paths["html"], page(report, charts))
    return {**paths, **{p.stem: p for p in charts}}
