"""HTML for notebooks and reports: claims highlighted in place, right to left.

:func:`render` works anywhere (it returns a string); :func:`highlight` and
:class:`ClaimList` give objects that Jupyter displays through ``_repr_html_``.
Every claim becomes a ``<mark>`` coloured by category with the value, qualifier
and unit in its ``title`` (shown on hover); its number is bold and its trigger
word underlined. The text is escaped, so ``<script>`` is shown, never run.
Overlapping spans are split into properly nested pieces that share the claim's
``data-claim`` number.

>>> html = render("قتل 5 أشخاص <b>", extract("قتل 5 أشخاص <b>"))
>>> 'dir="rtl"' in html, 'data-category="killed"' in html, "&lt;b&gt;" in html
(True, True, True)
"""

from __future__ import annotations

import html as _html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .claims import extract
from .model import CATEGORIES, Claim

#: Background colour of each category: violence warm, captivity violet, movement
#: blue, health green, needs amber, plain figures grey.
PALETTE: dict[str, str] = {
    "killed": "#f4a6a6", "injured": "#f9c89b", "casualties": "#f6b6c8",
    "infected": "#c3e6a1", "recovered": "#a8e0c4",
    "captive": "#d7b9f2", "released": "#e6d3fa", "detained": "#bfa5e0", "missing": "#cfcfe8",
    "displaced": "#a9cdf2", "evacuated": "#b9e3f5", "rescued": "#a0e6e0",
    "starving": "#f7e08b", "affected": "#f2d4a7", "people": "#dcdcdc",
    "duration": "#e3ece8", "percent": "#e6e0d0", "money": "#cde8b9", "count": "#e8e8e8",
}

_TEXT_STYLE = ("white-space: pre-wrap; line-height: 2; font-size: 1.05em; text-align: right; "
               "font-family: 'Noto Naskh Arabic', 'Amiri', 'Segoe UI', Tahoma, sans-serif;")
_MARK_STYLE = "background: {color}; color: #111; padding: 0.1em 0.15em; border-radius: 0.25em;"


def _fmt(v: Any) -> str:
    if v is None:
        return "–"
    return f"{v:,}" if isinstance(v, int) else f"{v:,.15g}"


def describe(c: Claim) -> str:
    """What a hover over the claim shows: category, value and bounds, qualifier, unit.

    >>> print(describe(extract("قتل 30 شخصاً على الأقل")[0]))
    killed
    value: 30 (low 30, high –)
    qualifier: at_least
    unit: person
    noun: شخصاً
    trigger: قتل
    """
    lines = [c.category,
             f"value: {_fmt(c.value)} (low {_fmt(c.low)}, high {_fmt(c.high)})",
             f"qualifier: {c.qualifier}", f"unit: {c.unit}"]
    if c.noun:
        lines.append(f"noun: {c.noun}")
    if c.trigger:
        lines.append(f"trigger: {c.trigger.text}")
    return "\n".join(lines)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    rank: int  # at the same start: claims outside numbers outside triggers
    open: str
    close: str


def _nest(text: str, spans: list[_Span]) -> str:
    """Escaped text with the spans' tags, split where spans cross so the HTML nests."""
    spans = [s for s in spans if s.start < s.end]
    starts: dict[int, list[_Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    for group in starts.values():
        group.sort(key=lambda s: (-s.end, s.rank))
    points = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    out: list[str] = []
    stack: list[_Span] = []
    prev = 0
    for p in points:
        out.append(_html.escape(text[prev:p], quote=False))
        prev = p
        ending = [i for i, s in enumerate(stack) if s.end == p]
        if ending:
            first = ending[0]
            reopen = [s for s in stack[first:] if s.end != p]
            out.extend(s.close for s in reversed(stack[first:]))
            del stack[first:]
            for s in reopen:
                out.append(s.open)
                stack.append(s)
        for s in starts.get(p, []):
            out.append(s.open)
            stack.append(s)
    out.extend(s.close for s in reversed(stack))
    return "".join(out)


def _attr(s: str) -> str:
    return _html.escape(s, quote=True)


def _legend(categories: Iterable[str]) -> str:
    present = set(categories)
    items = "".join(
        f'<span style="{_MARK_STYLE.format(color=PALETTE.get(c, "#eee"))} margin-right: 0.5em;">'
        f"{_attr(c)}</span>" for c in CATEGORIES if c in present)
    return f'<div class="af-legend" dir="ltr" style="margin-top: 0.5em; font-size: 0.85em;">{items}</div>'


def render(text: str, claims: Sequence[Claim] | None = None, offset: int = 0, legend: bool = True) -> str:
    """HTML of ``text`` with every claim highlighted in place; works without Jupyter.

    ``claims`` default to ``extract(text)``. ``offset`` is where ``text`` starts in
    the document the claims' spans refer to (a sentence shown alone passes its
    ``sentence_start``); parts of claims outside ``text`` are left out.

    >>> "<mark" in render("أصيب 12 شخصاً")
    True
    """
    if not isinstance(text, str):
        raise TypeError(f"expected str, got {type(text).__name__}")
    if claims is None:
        claims = extract(text)
    n = len(text)
    spans: list[_Span] = []
    triggers: set[tuple[int, int]] = set()
    for i, c in enumerate(claims):
        color = PALETTE.get(c.category, "#eee")
        start, end = max(0, c.start - offset), min(n, c.end - offset)
        spans.append(_Span(
            start, end, 0,
            f'<mark class="af-claim af-{_attr(c.category)}" data-claim="{i}" '
            f'data-category="{_attr(c.category)}" title="{_attr(describe(c))}" '
            f'style="{_MARK_STYLE.format(color=color)}">',
            "</mark>"))
        num = c.number
        spans.append(_Span(max(0, num.start - offset), min(n, num.end - offset), 1,
                           '<b class="af-number">', "</b>"))
        t = c.trigger
        if t and (t.start, t.end) not in triggers:
            triggers.add((t.start, t.end))
            spans.append(_Span(max(0, t.start - offset), min(n, t.end - offset), 2,
                               '<u class="af-trigger" style="text-decoration-style: dotted;">', "</u>"))
    body = _nest(text, spans)
    out = f'<div class="af-text" dir="rtl" lang="ar" style="{_TEXT_STYLE}">{body}</div>'
    if legend and claims:
        out += _legend(c.category for c in claims)
    return f'<div class="arabic-figures">{out}</div>'


@dataclass
class Highlighted:
    """A text and its claims; Jupyter shows it highlighted (see :func:`highlight`)."""

    text: str
    claims: list[Claim] = field(default_factory=list)

    def _repr_html_(self) -> str:
        return render(self.text, self.claims)

    def __repr__(self) -> str:
        n = len(self.claims)
        return f"<Highlighted: {n} claim{'' if n == 1 else 's'} in {len(self.text)} characters>"

    def to_frame(self) -> Any:
        """The claims as a DataFrame (:func:`arabic_figures.to_frame`)."""
        from .frame import to_frame

        return to_frame(self.claims)


def highlight(text: str) -> Highlighted:
    """Extract the claims of ``text`` and wrap both for display in Jupyter.

    >>> highlight("نزح أكثر من 80 ألف شخص")
    <Highlighted: 1 claim in 22 characters>
    """
    return Highlighted(text, extract(text))


def claims_table(claims: Iterable[Claim], limit: int = 500) -> str:
    """An HTML table of claims, each with its sentence highlighted (at most ``limit`` rows)."""
    claims = list(claims)
    head = "".join(f"<th>{h}</th>" for h in
                   ("category", "qualifier", "value", "low", "high", "unit", "noun", "context"))
    rows = []
    for i, c in enumerate(claims[:limit]):
        color = PALETTE.get(c.category, "#eee")
        context = render(c.context, [c], offset=c.sentence_start, legend=False).replace(
            'data-claim="0"', f'data-claim="{i}"', 1)
        cells = [f'<td><span style="{_MARK_STYLE.format(color=color)}">{_attr(c.category)}</span></td>',
                 f"<td>{_attr(c.qualifier)}</td>",
                 *(f'<td style="text-align: right;">{_fmt(v)}</td>' for v in (c.value, c.low, c.high)),
                 f"<td>{_attr(c.unit)}</td>",
                 f'<td dir="rtl">{_attr(c.noun or "")}</td>',
                 f'<td style="min-width: 30em;">{context}</td>']
        rows.append("<tr>" + "".join(cells) + "</tr>")
    more = (f'<p>… {len(claims) - limit} more claims not shown</p>' if len(claims) > limit else "")
    return (f'<table class="af-claims"><thead><tr>{head}</tr></thead>'
            f'<tbody>{"".join(rows)}</tbody></table>{more}')


class ClaimList(list):
    """A list of claims that Jupyter shows as a table, each claim highlighted in its sentence.

    >>> cl = ClaimList(extract("قتل 5 أشخاص وأصيب 7 آخرون"))
    >>> len(cl), cl._repr_html_().count("<tr>")
    (2, 3)
    """

    def _repr_html_(self) -> str:
        return claims_table(self)
