"""Scoring claims against annotated sentences (precision, recall, F1).

The annotation format is the one of ``tests/data/*.jsonl``: one JSON object a line
with ``text`` and ``claims`` (``figure``, ``occurrence``, ``category``, ``value``,
``qualifier``, ``unit``, ``low``, ``high``) and optional ``ignore`` figures.
A predicted claim matches a gold one when its number span overlaps the figure and
category, value, qualifier and unit agree (and low/high for ranges and vague figures).

Run ``python -m arabic_figures.evaluate FILE.jsonl [...] [--misses]``.

>>> gold = {"text": "قتل 5 أشخاص", "claims": [{"figure": "5", "occurrence": 0,
...         "category": "killed", "value": 5, "qualifier": "exact", "unit": "person"}]}
>>> score([gold]).f1
1.0
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from .claims import extract


def figure_span(text: str, figure: str, occurrence: int) -> tuple[int, int]:
    """Span of the ``occurrence``-th ``figure`` in ``text`` (as str.find counts)."""
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(figure, pos + 1)
        if pos < 0:
            raise ValueError(f"figure {figure!r} (occurrence {occurrence}) not in text")
    return pos, pos + len(figure)


def _same(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def agrees(pred: Any, gold: dict) -> bool:
    """Do a predicted claim and a gold claim say the same thing?"""
    if (pred.category, pred.qualifier, pred.unit) != (gold["category"], gold["qualifier"], gold["unit"]):
        return False
    if not _same(pred.value, gold.get("value")):
        return False
    if gold["qualifier"] in ("range", "vague"):
        return _same(pred.low, gold.get("low")) and _same(pred.high, gold.get("high"))
    return True


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f} "
                f"(tp={self.tp} fp={self.fp} fn={self.fn})")


def _describe(c: Any) -> str:
    v = c.value if c.qualifier not in ("range", "vague") else f"{c.low}..{c.high}"
    return f"{c.category}/{c.qualifier}/{v}/{c.unit} «{c.number.text}»"


def score(rows: Iterable[dict], read: Callable[[str], list] | None = None) -> Score:
    """Strict claim-level score of ``extract`` (or ``read``, another reader of claims) on annotated rows."""
    read = read or extract
    s = Score()
    for row in rows:
        text = row["text"]
        gold = [(figure_span(text, g["figure"], g.get("occurrence", 0)), g) for g in row["claims"]]
        ignore = [figure_span(text, g["figure"], g.get("occurrence", 0)) for g in row.get("ignore", [])
                  if isinstance(g, dict)] + [figure_span(text, g, 0) for g in row.get("ignore", [])
                                             if isinstance(g, str)]
        used: set[int] = set()
        for c in read(text):
            a, b = c.number.start, c.number.end
            hit = None
            for k, ((gs, ge), g) in enumerate(gold):
                if k not in used and gs < b and a < ge and agrees(c, g):
                    hit = k
                    break
            if hit is not None:
                used.add(hit)
                s.tp += 1
            elif any(gs < b and a < ge for gs, ge in ignore):
                continue
            else:
                s.fp += 1
                s.misses.append(f"{row.get('id', '?')} FP {_describe(c)}")
        for k, (_, g) in enumerate(gold):
            if k not in used:
                s.fn += 1
                v = g.get("value") if g["qualifier"] not in ("range", "vague") else f"{g.get('low')}..{g.get('high')}"
                s.misses.append(f"{row.get('id', '?')} FN {g['category']}/{g['qualifier']}/{v}/{g['unit']} "
                                f"«{g['figure']}»")
    return s


def load(path: str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m arabic_figures.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="+", help="annotated JSON-lines files")
    ap.add_argument("--misses", action="store_true", help="print every false positive and negative")
    args = ap.parse_args(argv)
    total = Score()
    for path in args.files:
        s = score(load(path))
        print(f"{path}: {s}")
        if args.misses:
            for m in s.misses:
                print("   ", m)
        total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
    if len(args.files) > 1:
        print(f"all: {total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
