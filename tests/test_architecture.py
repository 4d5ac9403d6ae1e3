"""The layering rules a newcomer relies on, checked on the source: they fail when broken."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[1] / "hybrid"
# One-line aliases kept for a release; each imports the composition root lazily, inside
# the alias, so importing the module never pulls the root in. Listed so a new one is seen.
ALIASES = {
    ("hybrid.pipeline.core", "hybrid.build"),
    ("hybrid.serve.app", "hybrid.build"),
}
CONCRETE_LAYERS = ("hybrid.knowledge", "hybrid.style", "hybrid.generation", "hybrid.settings", "hybrid.registry")


def _modules() -> dict[str, Path]:
    out = {}
    for path in ROOT.rglob("*.py"):
        name = ".".join(path.relative_to(ROOT.parent).with_suffix("").parts)
        out[name.removesuffix(".__init__")] = path
    return out


def _imports(path: Path, modules: dict[str, Path]) -> set[tuple[str, bool]]:
    """(module imported, lazily?) for every `hybrid` import outside `if TYPE_CHECKING:`."""
    tree = ast.parse(path.read_text())
    typing_only = {
        id(sub)
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
        for sub in ast.walk(node)
    }
    lazy = {
        id(sub)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        for sub in ast.walk(node)
    }
    found: set[tuple[str, bool]] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("hybrid"):
            subs = {f"{node.module}.{a.name}" for a in node.names} & modules.keys()
            targets = subs | ({node.module} if len(subs) < len(node.names) else set())
            found |= {(t, id(node) in lazy) for t in targets if t in modules}
        elif isinstance(node, ast.Import):
            found |= {(a.name, id(node) in lazy) for a in node.names if a.name in modules}
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while (w := stack.pop()) != v:
                comp.append(w)
            if comp:
                out.append([v, *comp])

    for v in list(graph):
        if v not in index:
            visit(v)
    return out


def test_hybrid_has_no_import_cycles_even_through_lazy_imports_except_the_listed_aliases():
    modules = _modules()
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        for target, _lazy in _imports(path, modules):
            if (name, target) not in ALIASES and target != name:
                graph[name].add(target)
    assert _cycles(graph) == []


def test_no_function_in_hybrid_is_over_80_lines():
    long = [
        f"{path.relative_to(ROOT.parent)}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)"
        for path in ROOT.rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno - node.lineno + 1 > 80
    ]
    assert long == []


def test_the_pipeline_core_imports_only_protocols_stages_and_types():
    modules = _modules()
    imported = {t for t, _ in _imports(modules["hybrid.pipeline.core"], modules)}
    concrete = {t for t in imported if t.startswith(CONCRETE_LAYERS) or t.startswith("hybrid.interop")}
    assert concrete == set()
    assert imported - {"hybrid.build"} <= {m for m in modules if m.startswith("hybrid.pipeline")} | {
        "hybrid.prompts",
        "hybrid.protocols",
        "hybrid.types",
        "hybrid.errors",
    }
