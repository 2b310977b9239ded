"""The package layout is the pipeline: imports flow one way, from loading to language to the analyses to
their views and the command line, and no analysis imports a UI library (issue 12)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers.resources import PROJECT_ROOT

HELPERS = PROJECT_ROOT / "helpers"
# Each stage may import only the stages listed before it (and itself). Top-level modules are the edge.
STAGES = ["resources", "load", "language", "words", "quotes", "numbers", "corpus", "views", "pipeline", "report",
          "cli", "__main__", "__init__"]
ALLOWED: dict[str, set[str]] = {
    "resources": set(),
    "load": {"resources"},
    "language": {"resources", "load"},
    "words": {"resources", "load", "language"},
    "quotes": {"resources", "load", "language"},
    "numbers": {"resources", "load", "language"},
    "pipeline": {"resources", "load", "language", "words", "quotes", "numbers"},
    "corpus": {"resources", "load", "language", "words", "quotes", "numbers", "pipeline"},
    "views": {"resources", "load", "language", "words", "quotes", "numbers", "pipeline", "corpus"},
    "report": {"resources", "load", "language", "words", "quotes", "numbers", "pipeline", "views"},
    "cli": {"resources", "load", "language", "words", "quotes", "numbers", "pipeline", "corpus", "report"},
    "__main__": {"cli"},
    "__init__": {"resources"},
}
ANALYSES = {"load", "language", "words", "quotes", "numbers", "pipeline", "corpus"}
UI_LIBRARIES = {"matplotlib", "IPython", "ipywidgets", "ipykernel", "nbformat", "nbconvert", "papermill"}
MAX_LINES = 700


def _modules() -> list[Path]:
    return sorted(p for p in HELPERS.rglob("*.py") if "__pycache__" not in p.parts)


def _stage(path: Path) -> str:
    part = path.relative_to(HELPERS).parts[0]
    return part.removesuffix(".py")


def _imports(path: Path, root: Path = PROJECT_ROOT) -> list[str]:
    """Every module a file imports, at the top or inside a function (absolute names; relative imports
    resolved against the file's package under `root`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the file's package
                base = list(path.relative_to(root).with_suffix("").parts[:-node.level])
                names.append(".".join(base + ([node.module] if node.module else [])))
            elif node.module:
                names.append(node.module)
    return names


MODULES = _modules()
IDS = [str(p.relative_to(PROJECT_ROOT)) for p in MODULES]


def test_every_module_belongs_to_a_stage():
    assert {_stage(p) for p in MODULES} <= set(ALLOWED), "a new top-level package needs a place in ALLOWED"


@pytest.mark.parametrize("path", MODULES, ids=IDS)
def test_imports_flow_from_loading_to_views(path: Path):
    stage = _stage(path)
    wrong = sorted({name for name in _imports(path) if name.startswith("helpers.")
                    and name.split(".")[1] not in ALLOWED[stage] | {stage}})
    assert not wrong, f"{stage} may import only {sorted(ALLOWED[stage])}, not {wrong}"


@pytest.mark.parametrize("path", [p for p in MODULES if _stage(p) in ANALYSES],
                         ids=[i for p, i in zip(MODULES, IDS) if _stage(p) in ANALYSES])
def test_analyses_import_no_ui_library(path: Path):
    ui = sorted({name for name in _imports(path) if name.split(".")[0] in UI_LIBRARIES})
    assert not ui, f"an analysis imports {ui}: charts and widgets belong in helpers/views/"


@pytest.mark.parametrize("path", MODULES, ids=IDS)
def test_no_module_is_over_700_lines(path: Path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{lines} lines: split it by concern"


def test_the_import_reader_sees_imports_a_violation_could_hide_in(tmp_path):
    """Imports inside functions and relative imports are read too, so a violation cannot hide there."""
    fake = tmp_path / "helpers" / "words" / "probe.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("def f():\n    from helpers.views import charts\n    import matplotlib.pyplot\n"
                    "from ..views import overview\n", encoding="utf-8")
    assert sorted(_imports(fake, root=tmp_path)) == ["helpers.views", "helpers.views", "matplotlib.pyplot"]


def test_no_import_cycles_between_stages():
    """Stage-level graph is acyclic (it follows from ALLOWED being a partial order; checked on the real
    imports so that a change to ALLOWED cannot introduce a cycle either)."""
    graph: dict[str, set[str]] = {stage: set() for stage in ALLOWED}
    for path in MODULES:
        stage = _stage(path)
        graph[stage] |= {n.split(".")[1] for n in _imports(path) if n.startswith("helpers.")} - {stage}
    done: set[str] = set()

    def visit(node: str, trail: tuple[str, ...]) -> None:
        assert node not in trail, f"import cycle: {' -> '.join(trail + (node,))}"
        if node in done:
            return
        for nxt in graph.get(node, ()):
            visit(nxt, trail + (node,))
        done.add(node)

    for stage in graph:
        visit(stage, ())
