"""Packaging that pyproject.toml's tables cannot say: the shipped voices live in the
checkout's top-level `adapters/` (where training and the tests read them), and a wheel must
carry them as the data package `hybrid.adapters`, where `hybrid.project.shipped_adapters`
looks in an installed copy. `packages.find` cannot add a package mapped from another
folder, so the package list is made here; everything else stays in pyproject.toml."""

from setuptools import find_packages, setup

SHIPPED = "hybrid.adapters"

setup(
    packages=[*find_packages(include=["hybrid", "hybrid.*"]), SHIPPED],
    package_dir={SHIPPED: "adapters"},
    package_data={
        "hybrid": ["py.typed"],
        "hybrid.serve": ["page/*.html", "page/*.js", "page/*.css"],
        # <name>/active.json and <name>/<version>/{adapter_model.safetensors,*.json}.
        SHIPPED: ["*/*.json", "*/*/*.json", "*/*/*.safetensors"],
    },
)
