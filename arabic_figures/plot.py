"""Charts of a claims frame: figures by category, and over time for a dated corpus.

matplotlib is imported only when a chart is drawn (``pip install 'arabic-figures[plot]'``).
Each function draws on ``ax`` (or a new figure) and returns the axes.

>>> import matplotlib; matplotlib.use("Agg")
>>> from arabic_figures import extract_frame
>>> ax = by_category(extract_frame(["قتل 30 شخصاً وأصيب 50 آخرون"]))
>>> [t.get_text() for t in ax.get_yticklabels()]
['killed', 'injured']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .model import CATEGORIES
from .render import PALETTE

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd
    from matplotlib.axes import Axes

STATS = ("count", "sum", "max")
_LABEL = {"count": "claims", "sum": "sum of figures", "max": "largest figure"}


def _check(df: Any, stat: str, columns: list[str]) -> None:
    import pandas as pd

    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"expected a claims DataFrame, got {type(df).__name__}")
    if stat not in STATS:
        raise ValueError(f"stat must be one of {', '.join(STATS)}, got {stat!r}")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise KeyError(f"the frame has no column {', '.join(map(repr, missing))}")


def _aggregate(grouped: Any, stat: str) -> Any:
    if stat == "count":
        return grouped.size()
    values = grouped["value"]
    return values.sum() if stat == "sum" else values.max()


def _axes(ax: Axes | None) -> Axes:
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    return plt.subplots(figsize=(7, 4))[1]


def by_category(df: pd.DataFrame, ax: Axes | None = None, stat: str = "count") -> Axes:
    """Horizontal bars per category, in the SPEC's order, empty categories left out.

    ``stat``: ``count`` (claims, the default), ``sum`` or ``max`` of ``value``
    (a sum adds up every report, so the same death toll told twice counts twice;
    ``max`` suits cumulative tolls).
    """
    import pandas as pd

    _check(df, stat, ["category"] + ([] if stat == "count" else ["value"]))
    grouped = df.assign(category=df["category"].astype("string")).groupby("category", sort=False)
    series = _aggregate(grouped, stat)
    order = [c for c in CATEGORIES if c in series.index and not pd.isna(series[c]) and series[c] > 0]
    series = series.reindex(order)
    ax = _axes(ax)
    ypos = list(range(len(order)))
    ax.barh(ypos, [float(v) for v in series.values], color=[PALETTE[c] for c in order],
            edgecolor="#555", linewidth=0.5)
    ax.set_yticks(ypos, order)
    ax.invert_yaxis()  # first category on top
    ax.set_xlabel(_LABEL[stat])
    ax.set_title(f"{_LABEL[stat]} by category")
    if stat == "count":
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    return ax


def over_time(df: pd.DataFrame, date_column: str, ax: Axes | None = None, freq: str = "M",
              stat: str = "count", categories: list[str] | None = None) -> Axes:
    """One line per category over time: claims (or ``sum``/``max`` of figures) per period.

    ``date_column`` holds each claim's document date (merge it in from your corpus,
    e.g. ``claims.merge(articles[["doc", "date"]], on="doc")``); ``freq`` is a
    pandas period (``M`` months, ``W`` weeks, ``D`` days, ``Y`` years); periods with
    no claim count (and sum) 0. ``categories`` picks the lines (default: every category present).
    """
    import pandas as pd

    _check(df, stat, ["category", date_column] + ([] if stat == "count" else ["value"]))
    dates = pd.to_datetime(df[date_column])
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_localize(None)
    frame = df.assign(_period=dates.dt.to_period(freq), category=df["category"].astype("string"))
    frame = frame[frame["_period"].notna()]
    if categories is not None:
        frame = frame[frame["category"].isin(categories)]
    table = _aggregate(frame.groupby(["_period", "category"]), stat).unstack("category")
    if len(table):
        table = table.reindex(pd.period_range(table.index.min(), table.index.max(), freq=freq))
        if stat != "max":  # no claim in a period: a count or sum of 0
            table = table.fillna(0)
    order = [c for c in CATEGORIES if c in table.columns]
    ax = _axes(ax)
    when = table.index.to_timestamp() if len(table) else []
    for cat in order:
        values = [float("nan") if pd.isna(v) else float(v) for v in table[cat]]
        ax.plot(when, values, marker="o", label=cat, color=_line_colour(cat))
    ax.set_ylabel(_LABEL[stat])
    ax.set_title(f"{_LABEL[stat]} per period")
    if order:
        ax.legend(fontsize="small")
    ax.figure.autofmt_xdate()
    return ax


def _line_colour(category: str) -> str:
    """A darker shade of the category's highlight colour, readable as a line."""
    h = PALETTE[category].lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return "#{:02x}{:02x}{:02x}".format(*(int(v * 0.6) for v in (r, g, b)))
