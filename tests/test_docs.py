"""The docs stay in step with the code: every public name and signature in docs/api.md."""

from __future__ import annotations

import importlib
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def make_api():
    spec = importlib.util.spec_from_file_location("make_api", ROOT / "docs" / "make_api.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_api_reference_lists_every_public_name_with_its_signature():
    api = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
    m = make_api()
    documented = {n for _, names, _ in m.SECTIONS for n in names}
    import arabic_figures

    assert set(arabic_figures.__all__) - {"Claim", "Number", "Trigger"} <= documented
    stale = [m.signature(getattr(importlib.import_module(mod), n), n)
             for mod, names, _ in m.SECTIONS for n in names
             if f"`{m.signature(getattr(importlib.import_module(mod), n), n)}`" not in api]
    assert not stale, f"docs/api.md is stale, run python docs/make_api.py: {stale}"


def test_readme_starts_with_the_two_commands():
    lines = (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and lines[2] and lines[3] == ""
    assert lines[4:8] == [
        "```",
        "python3 -m venv .venv && . .venv/bin/activate && pip install . && arabic-figures",
        "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' && python -m pytest -q -n auto",
        "```",
    ]
    assert "Strict claim F1" in "\n".join(lines)


def test_readme_accuracy_figure_is_the_measured_one():
    """The development-set F1 in the README is what the evaluation measures today (±0.01)."""
    from arabic_figures.evaluate import load, score

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if "dev_conflict.jsonl" in line and "|" in line)
    written = float(re.findall(r"\*\*([0-9.]+)\*\*", row)[0])
    rows = [r for p in sorted((ROOT / "tests" / "data").glob("dev_*.jsonl")) for r in load(str(p))]
    assert abs(score(rows).f1 - written) <= 0.01, (score(rows).f1, written)


@pytest.mark.parametrize("doc", sorted((ROOT / "docs").glob("*.md")) + [ROOT / "README.md"])
def test_relative_links_resolve(doc):
    text = doc.read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)\)", text):
        if "://" in target or target.endswith(("performance.md", "bench.py")):  # the benchmark author's files
            continue
        assert (doc.parent / target).exists(), f"{doc.name} links to missing {target}"
