"""Train a voice from each folder of real documents with one command, and print the gate.

    python benchmarks/voice_from_docs.py FOLDER[=NAME] ... [--state DIR]

For each folder it runs `hybrid adapters train NAME --from-docs FOLDER --department NAME`
with the defaults, in a throw-away project (its own `hybrid.toml` and `adapters/`), so
nothing lands in this checkout's adapters. The shipped style corpora are the voices the
classifier must tell the new one from. It prints the command's own output and the wall
time; the figures (held-out loss against base, voice share against prompt-only, two
example drafts) are read from the version's `gate.json`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


class LoadSampler:
    """The 1-minute load average every 30 s while a run goes: other jobs share the cores,
    and a figure measured under load says so."""

    def __init__(self) -> None:
        self.samples: list[float] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.samples.append(os.getloadavg()[0])
            self._stop.wait(30)

    def __enter__(self) -> LoadSampler:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def summary(self) -> dict[str, float]:
        s = self.samples or [os.getloadavg()[0]]
        return {"min": round(min(s), 2), "mean": round(sum(s) / len(s), 2), "max": round(max(s), 2)}


def run_one(project: Path, folder: Path, name: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO), "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    cmd = [sys.executable, "-m", "hybrid.cli", "adapters", "train", name, "--from-docs", str(folder)]
    cmd += ["--department", name]
    t0 = time.perf_counter()
    with LoadSampler() as load:
        done = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    print(done.stdout, done.stderr[-2000:], sep="\n", flush=True)
    if done.returncode:
        raise SystemExit(f"{name}: exit {done.returncode}")
    version = sorted((project / "adapters" / name).glob("v*"), key=lambda p: int(p.name[1:]))[-1]
    gate = json.loads((version / "gate.json").read_text())
    manifest = json.loads((version / "manifest.json").read_text())
    return {"name": name, "wall_seconds": round(seconds, 1), "load_average": load.summary(),
            "epochs": manifest["hyperparameters"]["epochs"], "training_seconds": manifest["training_seconds"],
            "train_examples": manifest["train_examples"], **{k: v for k, v in gate.items() if k != "examples"},
            "examples": gate["examples"][:2]}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", help="FOLDER or FOLDER=NAME")
    parser.add_argument("--state", type=Path, help="Project folder to train in (default: a new temp folder).")
    args = parser.parse_args()
    project = args.state or Path(tempfile.mkdtemp(prefix="voice-from-docs-"))
    project.mkdir(parents=True, exist_ok=True)
    (project / "hybrid.toml").write_text(f'[pipeline]\nstyle_dir = "{REPO / "corpora" / "style"}"\n')
    print(f"project: {project}; cpu: {os.cpu_count()} cores; load average {os.getloadavg()}", flush=True)
    results = []
    for spec in args.folders:
        folder, _, name = spec.partition("=")
        results.append(run_one(project, Path(folder).resolve(), name or Path(folder).name))
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
