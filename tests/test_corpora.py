"""Peer projects' Arabic number test suites, read by parse_number (optional).

The corpora live outside the repository (third-party data under their own
licences) in ``../shared/corpora`` next to the repo, or wherever the environment
variable ``ARABIC_FIGURES_CORPORA`` points. The test skips when they are absent.

Each corpus must be read at least 97% correctly; the misses are printed
(``pytest -s`` or on failure) so that a regression names its phrases.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path

import pytest

from arabic_figures import find_numbers, parse_number

THRESHOLD = 0.97


def _corpora_dir() -> Path | None:
    env = os.environ.get("ARABIC_FIGURES_CORPORA")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parents[2] / "shared" / "corpora")
    for path in candidates:
        if path.is_dir():
            return path
    return None


CORPORA = _corpora_dir()
pytestmark = pytest.mark.skipif(CORPORA is None, reason="../shared/corpora not found "
                                "(set ARABIC_FIGURES_CORPORA to read it elsewhere)")


def _rows(name: str, kinds=("cardinal", "ordinal")) -> list[dict]:
    path = CORPORA / name
    if not path.exists():
        pytest.skip(f"{name} not in {CORPORA}")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if "phrase" in r and r.get("kind") in kinds]


def _same(got, want) -> bool:
    if got is None or want is None:
        return got is want
    if isinstance(got, int) and isinstance(want, int):
        return got == want
    return math.isclose(got, want, rel_tol=1e-9, abs_tol=1e-12)


def _score(rows: list[dict]) -> tuple[float, list[tuple[str, object, object]]]:
    misses = []
    for r in rows:
        got = parse_number(r["phrase"])
        if not _same(got, r["value"]):
            misses.append((r["phrase"], r["value"], got))
    return 1 - len(misses) / len(rows), misses


@pytest.mark.parametrize("name", [
    "duckling_numeral.jsonl",
    "duckling_ordinal.jsonl",
    "humanizer_ar.jsonl",
    "num2text_ar.jsonl",
])
def test_corpus_read_by_parse_number(name):
    rows = _rows(name)
    assert rows, f"no cardinal/ordinal phrases in {name}"
    score, misses = _score(rows)
    print(f"\n{name}: {score:.1%} of {len(rows)} phrases read correctly")
    for phrase, want, got in misses:
        print(f"  miss: {phrase!r} → {got!r}, expected {want!r}")
    assert score >= THRESHOLD, f"{name}: {score:.1%} < {THRESHOLD:.0%}; misses: {misses}"


def test_duckling_egyptian_rows_are_included_and_read():
    rows = [r for r in _rows("duckling_numeral.jsonl") if "EG" in str(r.get("locale", ""))]
    if not rows:
        pytest.skip("no AR_EG rows in this copy of the Duckling corpus")
    score, misses = _score(rows)
    print(f"\nDuckling AR_EG: {score:.1%} of {len(rows)}")
    for phrase, want, got in misses:
        print(f"  miss: {phrase!r} → {got!r}, expected {want!r}")
    assert score >= THRESHOLD


def test_corpus_phrases_found_whole_in_running_text():
    # the same phrases inside a sentence: found once, with the whole phrase as span
    rows = _rows("duckling_numeral.jsonl") + _rows("humanizer_ar.jsonl", ("cardinal",))
    bad = []
    for r in rows:
        phrase = r["phrase"]
        want = r["value"]
        if parse_number(phrase) is None or not isinstance(want, int) or want < 0:
            continue
        text = f"قال التقرير إن {phrase} وصلوا"
        found = [n for n in find_numbers(text) if n.start >= len("قال التقرير إن")]
        if len(found) != 1 or not _same(found[0].value, want) or not phrase.endswith(found[0].text):
            bad.append((phrase, [(n.text, n.value) for n in found]))
    for b in bad:
        print("  miss:", b)
    assert len(bad) <= (1 - THRESHOLD) * len(rows), bad
