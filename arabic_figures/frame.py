"""Claims as pandas DataFrames: one row per claim, one column per field.

pandas is imported only when a frame is asked for, so ``import arabic_figures``
stays fast.

>>> from arabic_figures import extract
>>> df = to_frame(extract("قتل 30 شخصاً وأصيب 50 آخرون"))
>>> df[["category", "value"]].values.tolist()
[['killed', 30.0], ['injured', 50.0]]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Optional, Union

from .model import CATEGORIES, QUALIFIERS, Claim

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: Column order of every claims frame (``doc`` first in :func:`extract_frame`).
COLUMNS = [
    "category", "value", "low", "high", "qualifier", "unit", "noun",
    "start", "end", "text",
    "number_text", "number_start", "number_end", "number_value", "number_kind",
    "trigger", "trigger_start", "trigger_end",
    "sentence_start", "sentence_end", "context",
]
UNITS = ["person", "item", "percent", "second", "minute", "hour", "day", "week", "month", "year"]


def _row(c: Claim) -> dict[str, Any]:
    t = c.trigger
    return {
        "category": c.category, "value": c.value, "low": c.low, "high": c.high,
        "qualifier": c.qualifier, "unit": c.unit, "noun": c.noun,
        "start": c.start, "end": c.end, "text": c.text,
        "number_text": c.number.text, "number_start": c.number.start, "number_end": c.number.end,
        "number_value": c.number.value, "number_kind": c.number.kind,
        "trigger": t.text if t else None, "trigger_start": t.start if t else None,
        "trigger_end": t.end if t else None,
        "sentence_start": c.sentence_start, "sentence_end": c.sentence_end, "context": c.context,
    }


def _float(v: Any) -> Optional[float]:
    if v is None:
        return None
    try:
        return float(v)
    except OverflowError:  # an exact int beyond float range
        return float("inf") if v > 0 else float("-inf")


def _numeric(values: list) -> Any:
    """Nullable Float64 always, so the dtype does not depend on the data."""
    import pandas as pd

    return pd.array([_float(v) for v in values], dtype="Float64")


def to_frame(claims: Iterable[Claim], doc: Optional[list] = None) -> "pd.DataFrame":
    """A DataFrame with one row per claim and stable columns and dtypes."""
    import pandas as pd

    rows = [_row(c) for c in claims]
    data: dict[str, Any] = {}
    if doc is not None:
        data["doc"] = doc
    for col in COLUMNS:
        values = [r[col] for r in rows]
        if col in ("value", "low", "high", "number_value"):
            data[col] = _numeric(values)
        elif col in ("start", "end", "number_start", "number_end", "sentence_start", "sentence_end",
                     "trigger_start", "trigger_end"):
            data[col] = pd.array(values, dtype="Int64")
        elif col == "category":
            data[col] = pd.Categorical(values, categories=list(CATEGORIES))
        elif col == "qualifier":
            data[col] = pd.Categorical(values, categories=list(QUALIFIERS))
        elif col == "unit":
            cats = UNITS + sorted({v for v in values if v not in UNITS})
            data[col] = pd.Categorical(values, categories=cats)
        else:
            data[col] = pd.array(values, dtype="string")
    return pd.DataFrame(data, columns=(["doc"] if doc is not None else []) + COLUMNS)


def extract_frame(texts: Union[Iterable[str], "pd.Series"]) -> "pd.DataFrame":
    """Claims of many documents; a Series index is kept as column ``doc``."""
    import pandas as pd

    from .claims import extract

    if isinstance(texts, str):
        raise TypeError("extract_frame expects an iterable of str, got a single str; use extract()")
    items = texts.items() if isinstance(texts, pd.Series) else enumerate(texts)
    docs: list = []
    claims: list[Claim] = []
    for key, text in items:
        found = extract(text)
        docs.extend([key] * len(found))
        claims.extend(found)
    return to_frame(claims, doc=docs)
