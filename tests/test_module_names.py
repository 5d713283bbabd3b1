"""No module binds the same top-level name twice.

The rule modules hold hundreds of compiled patterns by name. A second
``_LIST_GAP = re.compile(...)`` further down silently replaced the first for
every function that used it, and changed claims far from the rule it was
written for; ruff does not flag a reassigned constant. This test does.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "arabic_figures"
MODULES = sorted(PACKAGE.glob("*.py"))


def _top_level_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path):
    names = _top_level_names(ast.parse(path.read_text(encoding="utf-8")))
    twice = sorted(name for name, count in names.items() if count > 1 and name != "__all__")
    assert not twice, f"{path.name} binds these names more than once: {twice}"


def test_the_check_sees_a_rebinding():
    tree = ast.parse("import re\n_GAP = re.compile('a')\ndef f():\n    return _GAP\n_GAP = re.compile('b')\n")
    assert _top_level_names(tree)["_GAP"] == 2


# pyproject allows Python 3.10, whose ``re`` has no possessive quantifiers («{3,}+», «*+») and no
# atomic groups («(?>…)»): both came in 3.11, and one of them in a pattern broke the import under 3.10.
_NEWER_RE = re.compile(r"(?<!\\)[*+?}]\+|\(\?>")


def _newer_constructs(tree: ast.Module) -> list[str]:
    return [node.value[max(0, m.start() - 12):m.end() + 4]
            for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)
            for m in _NEWER_RE.finditer(node.value)]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.name)
def test_no_pattern_needs_a_newer_python_than_pyproject_allows(path):
    found = _newer_constructs(ast.parse(path.read_text(encoding="utf-8")))
    assert not found, f"{path.name} uses regex constructs Python 3.10 lacks: {found}"


def test_the_check_sees_a_possessive_quantifier():
    assert _newer_constructs(ast.parse(r'X = r"[^\W\d_]{3,}+(?!\s)"'))
    assert _newer_constructs(ast.parse(r'X = r"(?>ab|a)c"'))
    assert not _newer_constructs(ast.parse(r'X = r"\d+\++[^\W\d_]{2,}?"'))
