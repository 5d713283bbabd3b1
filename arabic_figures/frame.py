"""Claims as pandas DataFrames: one row per claim, one column per field.

Columns and dtypes never depend on the data, so frames of different documents,
processes or Dask partitions concatenate cleanly (see :func:`empty_frame`).
pandas is imported only when a frame is asked for, so ``import arabic_figures``
stays fast.

>>> from arabic_figures import extract
>>> df = to_frame(extract("قتل 30 شخصاً وأصيب 50 آخرون"))
>>> df[["category", "value"]].values.tolist()
[['killed', 30.0], ['injured', 50.0]]
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Union

from .model import CATEGORIES, QUALIFIERS, Claim, Number

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

#: Column order of every claims frame (``doc`` first in :func:`extract_frame`).
COLUMNS = [
    "category", "value", "low", "high", "qualifier", "unit", "noun",
    "start", "end", "text",
    "number_text", "number_start", "number_end", "number_value", "number_low", "number_high",
    "number_kind",
    "trigger", "trigger_start", "trigger_end",
    "sentence_start", "sentence_end", "context",
]
#: Column order of a numbers frame (:func:`numbers_frame`).
NUMBER_COLUMNS = ["text", "start", "end", "value", "low", "high", "kind"]
UNITS = ["person", "item", "percent", "second", "minute", "hour", "day", "week", "month", "year"]

_FLOATS = frozenset({"value", "low", "high", "number_value", "number_low", "number_high"})
_INTS = frozenset({"start", "end", "number_start", "number_end", "sentence_start", "sentence_end",
                   "trigger_start", "trigger_end"})


def unit_categories() -> list[str]:
    """Every unit a claim can have: :data:`UNITS`, then the ISO codes of the currency data."""
    from . import lexicon

    codes = set(lexicon.CURRENCIES.values()) | set(lexicon.COUNTRY_CURRENCY.values())
    return UNITS + sorted(codes - set(UNITS))


def _row(c: Claim) -> dict[str, Any]:
    t, n = c.trigger, c.number
    return {
        "category": c.category, "value": c.value, "low": c.low, "high": c.high,
        "qualifier": c.qualifier, "unit": c.unit, "noun": c.noun,
        "start": c.start, "end": c.end, "text": c.text,
        "number_text": n.text, "number_start": n.start, "number_end": n.end,
        "number_value": n.value, "number_low": n.low, "number_high": n.high, "number_kind": n.kind,
        "trigger": t.text if t else None, "trigger_start": t.start if t else None,
        "trigger_end": t.end if t else None,
        "sentence_start": c.sentence_start, "sentence_end": c.sentence_end, "context": c.context,
    }


def _float(v: Any) -> float | None:
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


def _doc_column(doc: Any) -> Any:
    """The ``doc`` column: labels keep their dtype, except that text is always ``string``."""
    import pandas as pd

    if isinstance(doc, (pd.Index, pd.Series)):
        index = pd.Index(doc)
    else:
        doc = list(doc)
        index = pd.Index(doc, dtype="int64" if not doc else None)
    if pd.api.types.is_string_dtype(index.dtype) and not isinstance(index, pd.MultiIndex):
        return pd.array(index, dtype="string")  # str, object or Arrow strings: one dtype
    return index


def _frame(rows: list[dict[str, Any]], columns: list[str], doc: Any) -> pd.DataFrame:
    import pandas as pd

    data: dict[str, Any] = {}
    if doc is not None:
        data["doc"] = _doc_column(doc)
        if len(data["doc"]) != len(rows):
            raise ValueError(f"doc has {len(data['doc'])} entries for {len(rows)} rows")
    for col in columns:
        values = [r[col] for r in rows]
        if col in _FLOATS:
            data[col] = _numeric(values)
        elif col in _INTS:
            data[col] = pd.array(values, dtype="Int64")
        elif col == "category":
            data[col] = pd.Categorical(values, categories=list(CATEGORIES))
        elif col == "qualifier":
            data[col] = pd.Categorical(values, categories=list(QUALIFIERS))
        elif col == "unit":
            cats = unit_categories()
            data[col] = pd.Categorical(values, categories=cats + sorted({v for v in values} - set(cats)))
        else:
            data[col] = pd.array(values, dtype="string")
    return pd.DataFrame(data, columns=(["doc"] if doc is not None else []) + columns)


def to_frame(claims: Iterable[Claim], doc: Iterable[Any] | None = None) -> pd.DataFrame:
    """A DataFrame with one row per claim and stable columns and dtypes.

    ``doc``, one entry per claim, becomes a first column ``doc``.

    >>> from arabic_figures import extract
    >>> to_frame(extract("أصيب 12 شخصاً"), doc=["a.txt"])[["doc", "category"]].values.tolist()
    [['a.txt', 'injured']]
    """
    return _frame([_row(c) for c in claims], COLUMNS, doc)


def numbers_frame(numbers: Iterable[Number], doc: Iterable[Any] | None = None) -> pd.DataFrame:
    """A DataFrame with one row per :class:`~arabic_figures.model.Number`.

    >>> from arabic_figures import find_numbers
    >>> numbers_frame(find_numbers("نحو ٢٫٢ مليون نسمة"))[["text", "value"]].values.tolist()
    [['٢٫٢ مليون', 2200000.0]]
    """
    return _frame([n.to_dict() for n in numbers], NUMBER_COLUMNS, doc)


def empty_frame(doc_dtype: Any = "int64") -> pd.DataFrame:
    """A claims frame with no rows: the ``meta`` for Dask's ``map_partitions``.

    ``doc_dtype`` is the dtype of the ``doc`` column (the index of the texts);
    ``None`` leaves the column out, as :func:`to_frame` without ``doc`` does.

    >>> empty_frame().columns[:3].tolist(), len(empty_frame())
    (['doc', 'category', 'value'], 0)
    """
    import pandas as pd

    doc = None if doc_dtype is None else pd.Index([], dtype=doc_dtype)
    return to_frame([], doc=doc)


def _extract_all(texts: list[str]) -> list[list[Claim]]:
    """Worker of the process pool: the claims of each text."""
    from .claims import extract

    return [extract(t) for t in texts]


def _workers(n_jobs: int | None, n_texts: int) -> int:
    if n_jobs is None or n_jobs == 1:
        return 1
    if not isinstance(n_jobs, int) or isinstance(n_jobs, bool):
        raise TypeError(f"n_jobs must be an int or None, got {type(n_jobs).__name__}")
    if n_jobs == 0:
        raise ValueError("n_jobs must be a positive number of processes, or -1 for one per CPU")
    cpus = os.cpu_count() or 1
    wanted = n_jobs if n_jobs > 0 else max(1, cpus + 1 + n_jobs)  # -1 → all CPUs, -2 → all but one
    return max(1, min(wanted, n_texts))


def _is_missing(value: Any) -> bool:
    """None, NaN or pd.NA: an empty cell."""
    import pandas as pd

    try:
        return value is None or bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def extract_frame(texts: Union[Iterable[str], pd.Series], n_jobs: int | None = 1,
                  missing: str = "raise") -> pd.DataFrame:
    """Claims of many documents, one row per claim, with a first column ``doc``.

    ``doc`` is the position of the text in ``texts``, or its index label when
    ``texts`` is a pandas Series (its dtype is kept; text labels become ``string``). ``n_jobs`` > 1 spreads
    the documents over that many processes (-1: one per CPU); the frame is the
    same as with one process. A document that is not a ``str`` raises ``TypeError``;
    with ``missing="skip"`` a missing one (``None``, ``NaN``, ``pd.NA``) gives no rows
    instead, as an empty cell of a scraped corpus should. Use it inside Dask as
    ``series.map_partitions(extract_frame, meta=empty_frame())``.

    >>> import pandas as pd
    >>> texts = pd.Series(["قتل 30 شخصاً", "لا أرقام هنا"], index=["a", "b"])
    >>> extract_frame(texts)[["doc", "category", "value"]].values.tolist()
    [['a', 'killed', 30.0]]
    """
    import pandas as pd

    if isinstance(texts, str):
        raise TypeError("extract_frame expects an iterable of str, got a single str; use extract()")
    if isinstance(texts, pd.DataFrame):
        raise TypeError("extract_frame expects a Series of texts, got a DataFrame; pass one column")
    if isinstance(texts, pd.Series):
        keys: Any = texts.index
        items = list(texts)
    else:
        items = list(texts)
        keys = pd.RangeIndex(len(items))
    if missing not in ("raise", "skip"):
        raise ValueError(f'missing must be "raise" or "skip", got {missing!r}')
    for i, text in enumerate(items):
        if not isinstance(text, str):
            if missing == "skip" and _is_missing(text):
                items[i] = ""  # no claims, so no rows
                continue
            hint = ' (use missing="skip" to pass over empty cells)' if _is_missing(text) else ""
            raise TypeError(f"document {keys[i]!r}: expected str, got {type(text).__name__}{hint}")

    workers = _workers(n_jobs, len(items))
    if workers == 1:
        per_doc = _extract_all(items)
    else:
        from concurrent.futures import ProcessPoolExecutor

        size = max(1, -(-len(items) // (workers * 4)))
        chunks = [items[i:i + size] for i in range(0, len(items), size)]
        with ProcessPoolExecutor(max_workers=workers) as pool:
            per_doc = [claims for part in pool.map(_extract_all, chunks) for claims in part]

    positions = [i for i, found in enumerate(per_doc) for _ in found]
    claims = [c for found in per_doc for c in found]
    doc = keys.take(positions) if len(positions) else keys[:0]
    return to_frame(claims, doc=doc)
