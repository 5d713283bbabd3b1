"""Charts of claims frames, drawn with the Agg backend."""

from __future__ import annotations

import pandas as pd
import pytest

from arabic_figures import extract_frame
from arabic_figures.reading import seed_article

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")
plot = pytest.importorskip("arabic_figures.plot")

DATED = pd.DataFrame({
    "date": ["2024-01-03", "2024-03-05", "2024-03-09"],
    "text": ["قتل 30 شخصاً وأصيب 50 آخرون", "قتل 5 أشخاص", "أعلنت الوزارة مقتل 7 أشخاص"],
}, index=["a", "b", "c"])


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    import matplotlib.pyplot as plt

    plt.close("all")


@pytest.fixture
def dated() -> pd.DataFrame:
    claims = extract_frame(DATED["text"])
    return claims.merge(DATED[["date"]], left_on="doc", right_index=True)


def test_by_category_counts_claims():
    df = extract_frame([seed_article()])
    ax = plot.by_category(df)
    labels = [t.get_text() for t in ax.get_yticklabels()]
    widths = [p.get_width() for p in ax.patches]
    expected = df["category"].astype(str).value_counts()
    assert labels and set(labels) == set(expected.index)
    assert dict(zip(labels, widths)) == expected.to_dict()
    assert labels.index("killed") < labels.index("duration")  # SPEC order


def test_by_category_max_and_sum(dated):
    ax = plot.by_category(dated, stat="max")
    bars = dict(zip([t.get_text() for t in ax.get_yticklabels()], [p.get_width() for p in ax.patches]))
    killed = dated.loc[dated["category"] == "killed", "value"]
    assert bars["killed"] == killed.max()
    ax = plot.by_category(dated, stat="sum")
    bars = dict(zip([t.get_text() for t in ax.get_yticklabels()], [p.get_width() for p in ax.patches]))
    assert bars["killed"] == killed.sum()


def test_over_time_one_line_per_category_with_empty_months(dated):
    ax = plot.over_time(dated, "date")
    lines = {line.get_label(): list(line.get_ydata()) for line in ax.get_lines()}
    assert set(lines) == set(dated["category"].astype(str))
    killed = dated[dated["category"] == "killed"]
    assert len(lines["killed"]) == 3  # January, February (none), March
    assert lines["killed"][1] == 0 and sum(lines["killed"]) == len(killed)
    ax = plot.over_time(dated, "date", categories=["injured"], stat="sum")
    assert [line.get_label() for line in ax.get_lines()] == ["injured"]


def test_draws_on_a_given_axes_and_handles_empty_frames(dated):
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    assert plot.by_category(dated, ax=ax) is ax
    assert len(plot.over_time(dated.iloc[:0], "date").get_lines()) == 0
    assert len(plot.by_category(dated.iloc[:0]).patches) == 0


def test_bad_arguments():
    with pytest.raises(TypeError):
        plot.by_category([1, 2])
    with pytest.raises(ValueError):
        plot.by_category(extract_frame([]), stat="median")
    with pytest.raises(KeyError, match="date"):
        plot.over_time(extract_frame([]), "date")
