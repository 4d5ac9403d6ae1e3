"""The package as a user installs it: one version, a license file, typing marker."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import hybrid

pytestmark = pytest.mark.unit
REPO = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_version_is_written_once(isolated):
    assert PYPROJECT["project"]["dynamic"] == ["version"] and "version" not in PYPROJECT["project"]
    assert PYPROJECT["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "hybrid.__version__"}
    from tests.serve.servers import fake_app

    assert fake_app(isolated).version == hybrid.__version__


def test_the_license_file_is_the_apache_text_pyproject_names():
    assert PYPROJECT["project"]["license"] == "Apache-2.0"
    assert PYPROJECT["project"]["license-files"] == ["LICENSE"]
    text = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert text.lstrip().startswith("Apache License\n") and "Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text


def test_the_package_ships_its_typing_marker():
    assert (REPO / "hybrid" / "py.typed").is_file()
    assert '"hybrid": ["py.typed"]' in (REPO / "setup.py").read_text(encoding="utf-8")
    assert "Typing :: Typed" in PYPROJECT["project"]["classifiers"]


def test_every_declared_llama_index_package_is_imported():
    declared = [d.split(">")[0].split("=")[0] for d in PYPROJECT["project"]["dependencies"] if "llama-index" in d]
    source = "\n".join(p.read_text(encoding="utf-8") for p in (REPO / "hybrid").rglob("*.py"))
    for dist in declared:
        module = dist.replace("llama-index-", "llama_index.").replace("-", "_")
        assert module in source, f"{dist} is declared but never imported"
