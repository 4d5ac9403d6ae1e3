"""Write a CHANGELOG section from a folder of pull-request descriptions.

python examples/changelog_from_prs.py [FOLDER] [--out FILE] [--heading TEXT] [--mechanism constrained|repair]

FOLDER holds one pull request per file (`1423.md` with `pr:`/`repo:`/`title:` front
matter, or `.json`/`.jsonl`); it defaults to examples/pull_requests. Each entry comes from
the `changelog` adapter under the `ChangelogEntry` schema; empty descriptions become
`type: none` by rule, and entries with no user-visible change are left out of the section.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from _common import ROOT, settings
from rich.console import Console
from rich.progress import track

from hybrid.atomic import write_text
from hybrid.pipeline import HybridPipeline
from hybrid.workloads.changelog import draft_entry, read_pull_requests, render_section

parser = argparse.ArgumentParser(description="Write a CHANGELOG section from pull-request descriptions.")
parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "examples" / "pull_requests")
parser.add_argument("--out", type=Path, default=Path("CHANGELOG-section.md"), help="file to write (atomically)")
parser.add_argument("--heading", default=f"Unreleased - {dt.date.today():%Y-%m-%d}", help="section heading")
parser.add_argument("--mechanism", choices=["constrained", "repair"], default="constrained")
args = parser.parse_args()

console = Console(stderr=True)
pipeline = HybridPipeline.from_settings(settings())
pulls = read_pull_requests(args.folder)
results = [draft_entry(pipeline, p, mechanism=args.mechanism) for p in track(pulls, "entries", console=console)]
for r in results:
    for note in r.notes:
        console.print(f"[dim]{note}[/dim]")
    how = "rule" if r.draft is None else f"{r.draft.structured.attempts} attempt(s), {r.draft.timings.total:.1f}s"
    console.print(f"#{r.pull.pr}: {r.entry.type:<10} {r.entry.summary}  [dim]({how})[/dim]")

section = render_section([r.entry for r in results], args.heading)
write_text(args.out, section)
print(section)
print(f"wrote {args.out} ({len(results)} pull requests)")
