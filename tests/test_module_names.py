"""No module binds the same top-level name twice.

The rule modules hold hundreds of compiled patterns by name. A second
``_LIST_GAP = re.compile(...)`` further down silently replaced the first for
every function that used it, and changed claims far from the rule it was
written for; ruff does not flag a reassigned constant. This test does.
"""

from __future__ import annotations

import ast
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
