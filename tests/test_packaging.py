"""A built wheel carries the shipped voices, and an installed `hybrid` finds them.

Builds the real wheel (setuptools, no build isolation, so no network: a few seconds) from a
copy of the files a clone has, then unpacks it and asks the unpacked package, in a fresh
interpreter, where its shipped voices are."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

REPO = Path(__file__).resolve().parent.parent
BUILD_INPUTS = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "hybrid", "adapters")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in BUILD_INPUTS:
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif (REPO / name).is_file():  # a missing one fails below, as a wheel without it would
            shutil.copy2(REPO / name, src / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(src), "-w", str(out), "--no-deps", "--no-build-isolation", "-q"],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("hybrid-*.whl")
    return built


def test_the_wheel_carries_every_shipped_voice_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    voices = REPO / "adapters"
    shipped = {f"hybrid/adapters/{p.relative_to(voices).as_posix()}" for p in voices.rglob("*") if p.is_file()}
    assert shipped, "the checkout has no shipped voices to package"
    assert shipped <= names, sorted(shipped - names)
    assert any(n.endswith("marketing/v1/adapter_model.safetensors") for n in names)
    assert {"hybrid/serve/page/index.html", "hybrid/cli.py", "hybrid/py.typed"} <= names


def test_an_installed_copy_finds_its_shipped_voices_beside_the_package(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = (
        "import hybrid, hybrid.project as p;"
        "from hybrid.style.layered import LayeredAdapterStore;"
        "s = LayeredAdapterStore(p.data_dir() / 'adapters', [p.shipped_adapters()]);"
        "print(hybrid.__file__); print(p.shipped_adapters()); print(' '.join(s.names()))"
    )
    env = {**os.environ, "PYTHONPATH": str(site), "XDG_DATA_HOME": str(tmp_path / "data")}
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == str(site / "hybrid" / "__init__.py")  # the unpacked wheel, not the checkout
    assert out[1] == str(site / "hybrid" / "adapters")
    assert set(out[2].split()) >= {"marketing", "support", "legal", "engineering", "changelog"}
