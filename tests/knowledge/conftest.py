from __future__ import annotations

from pathlib import Path

import pytest

from hybrid.knowledge import Knowledge
from hybrid.settings import KnowledgeSettings
from hybrid.testing import FakeEmbedder


@pytest.fixture
def embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def make_knowledge(isolated: Path, embedder: FakeEmbedder):
    def make(**config) -> Knowledge:
        cfg = KnowledgeSettings(**{"chunk_size": 40, "chunk_overlap": 5, **config})
        return Knowledge(embedder, isolated / ".hybrid", cfg)

    return make


@pytest.fixture
def docs(isolated: Path) -> Path:
    root = isolated / "docs"
    (root / "products").mkdir(parents=True)
    (root / "products" / "atlas.md").write_text(
        "---\ntitle: Atlas desk\ndepartment: engineering\ndate: 2026-03-01\n---\n"
        "# Atlas desk\n\nThe Atlas desk lifts at 38 mm/s and carries 160 kg.\n\n"
        "## Price\n\nThe Atlas Pro costs $1,149 from April 1, 2026.\n"
    )
    (root / "products" / "orion.md").write_text(
        "---\ntitle: Orion chair\ndepartment: marketing\n---\n# Orion chair\n\n"
        "The Orion chair has a 12 year warranty and costs $499.\n"
    )
    (root / "policies.txt").write_text("Returns are accepted within 30 days of delivery for a full refund.\n")
    return root


def long_markdown(sections: int = 8, sentences: int = 12, tag: str = "") -> str:
    parts = ["---\ntitle: Handbook\ndepartment: people\n---\n# Handbook\n"]
    for s in range(sections):
        parts.append(f"\n## Section {s}{tag}\n\n")
        parts.append(
            " ".join(
                f"Rule {s}.{i}{tag} says employees file expense report number {s * 100 + i} within {i + 3} days."
                for i in range(sentences)
            )
        )
        parts.append("\n")
    return "".join(parts)
