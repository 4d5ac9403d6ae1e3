from __future__ import annotations

import socket
import subprocess
import sys
import time
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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    """A real `chroma run` on a free port of 127.0.0.1, stopped after the test; yields its URL."""
    chroma = Path(sys.executable).parent / "chroma"
    port = _free_port()
    proc = subprocess.Popen(
        [str(chroma), "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            assert proc.poll() is None, "chroma run exited early"
            time.sleep(0.3)
    else:
        proc.kill()
        pytest.fail("chroma server did not start within 60 s")
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
