"""The bundled demo's script: one request per department, and a fact added mid-demo.

The new fact is a product the bundled documents don't mention, so a draft about it
before re-indexing has nothing to cite, and after re-indexing cites the new file.
"""

from __future__ import annotations

from pathlib import Path

from hybrid.atomic import write_text

DEMO_REQUESTS = [
    ("marketing", "Announce the Atlas Pro price change to customers"),
    ("legal", "Summarise the Halcyon Care warranty terms for the Orion chair"),
    ("engineering", "Write release notes for Halcyon Fleet 2026.3"),
    ("support", "Reply to a customer asking how to reset their Atlas desk"),
]
NEW_FACT_REQUEST = ("marketing", "Announce the launch of the Atlas Go desk")
NEW_FACT_FILE = "atlas-go-launch.md"
NEW_FACT = """---
title: Atlas Go launch
department: marketing
date: 2026-11-20
---

# Atlas Go launch

The Atlas Go is a compact standing desk for small apartments and dorm rooms. It goes on
sale on January 12, 2027 at $449 in the US and €479 in the EU.

The Atlas Go desktop is 48 by 24 inches, it lifts from 28 to 47 inches, and it folds flat
to 9 cm for storage. It ships in one box that weighs 19 kg and assembles in 15 minutes.

The Atlas Go carries a 5-year frame warranty and is covered by Halcyon Care.
"""


def new_fact_folder(state_dir: Path) -> Path:
    """Where the demo writes its new fact: under the state folder, never in corpora/."""
    folder = Path(state_dir) / "demo-facts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def remove_new_fact(folder: Path) -> None:
    (folder / NEW_FACT_FILE).unlink(missing_ok=True)


def write_new_fact(folder: Path) -> Path:
    path = folder / NEW_FACT_FILE
    write_text(path, NEW_FACT)
    return path
