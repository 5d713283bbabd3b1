"""Frozen result types: :class:`Number`, :class:`Trigger` and :class:`Claim`.

Every span is a half-open pair of character offsets into the caller's own text,
so ``text[n.start:n.end] == n.text`` always holds.

>>> n = Number("ثلاثين ألفاً", 0, 12, 30000, 30000, 30000, "cardinal")
>>> n.to_dict()["value"]
30000
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any, Optional, Union

Value = Union[int, float]

KINDS = ("cardinal", "ordinal", "fraction", "percent")

CATEGORIES = (
    "killed", "injured", "casualties", "infected", "captive", "released",
    "detained", "missing", "displaced", "evacuated", "rescued", "recovered",
    "starving", "affected", "people", "duration", "percent", "money", "count",
)

QUALIFIERS = (
    "exact", "at_least", "more_than", "at_most", "less_than", "about", "range", "vague",
)


def _short(v: Any) -> str:
    """repr of a field; an int too long for Python's int-to-str limit is summarized."""
    if isinstance(v, int) and v.bit_length() > 13000:
        digits = int(v.bit_length() * math.log10(2)) + 1
        return f"<int of about {digits} digits>"
    return repr(v)


def _repr(obj: Any) -> str:
    return f"{type(obj).__name__}(" + ", ".join(
        f"{f.name}={_short(getattr(obj, f.name))}" for f in fields(obj)) + ")"


@dataclass(frozen=True, repr=False, slots=True)
class Number:
    """One number expression found in text, e.g. «٢٫٢ مليون» → 2200000."""

    text: str
    start: int
    end: int
    value: Optional[Value]
    low: Optional[Value]
    high: Optional[Value]
    kind: str = "cardinal"

    @property
    def is_vague(self) -> bool:
        """True for عشرات، مئات الآلاف، بضعة … (value is None)."""
        return self.value is None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    __repr__ = _repr


@dataclass(frozen=True, slots=True)
class Trigger:
    """The word that decided a claim's category, e.g. «قتلت»."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, repr=False, slots=True)
class Claim:
    """A figure as a checkable claim: «قتل 30 شخصاً» → killed, 30, exact, person."""

    category: str
    value: Optional[Value]
    low: Optional[Value]
    high: Optional[Value]
    qualifier: str
    unit: str
    noun: Optional[str]
    number: Number
    start: int
    end: int
    trigger: Optional[Trigger]
    sentence_start: int
    sentence_end: int
    context: str

    @property
    def text(self) -> str:
        """The whole claim phrase as written (qualifier + number + noun)."""
        return self.context[self.start - self.sentence_start:self.end - self.sentence_start]

    def to_dict(self) -> dict[str, Any]:
        """Plain dict; ``number`` and ``trigger`` become nested dicts."""
        return asdict(self)

    __repr__ = _repr

    def _repr_html_(self) -> str:  # pragma: no cover - thin Jupyter hook
        from .render import render
        return render(self.context, [self], offset=self.sentence_start)
