"""Claims frames: stable columns and dtypes, documents kept, processes give the same frame."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from arabic_figures import extract, extract_frame, find_numbers, to_frame
from arabic_figures.frame import COLUMNS, NUMBER_COLUMNS, empty_frame, numbers_frame, unit_categories
from arabic_figures.reading import seed_article

DATA = Path(__file__).parent / "data"
SPEC_FIELDS = ["category", "value", "low", "high", "qualifier", "unit", "noun", "start", "end",
               "trigger", "sentence_start", "sentence_end", "context"]


def dev_texts() -> list[str]:
    return [json.loads(line)["text"] for f in sorted(DATA.glob("*.jsonl")) for line in f.open(encoding="utf-8")]


@pytest.fixture(scope="module")
def seed_frame() -> pd.DataFrame:
    return extract_frame([seed_article()])


def test_columns_cover_the_spec(seed_frame):
    assert list(seed_frame.columns) == ["doc"] + COLUMNS
    for field in SPEC_FIELDS + ["number_" + f for f in ("text", "start", "end", "value", "low", "high", "kind")]:
        assert field in seed_frame.columns


def test_seed_article_facts(seed_frame):
    killed = seed_frame[(seed_frame["category"] == "killed") & (seed_frame["value"] == 30631)]
    assert len(killed) == 1
    row = killed.iloc[0]
    assert (row["qualifier"], row["unit"], row["low"], row["number_text"]) == ("at_least", "person", 30631, "30631")
    assert pd.isna(row["high"])
    starving = seed_frame[seed_frame["category"] == "starving"].iloc[0]
    assert starving["value"] == 2_200_000 and starving["noun"] == "نسمة"


def test_spans_slice_the_document(seed_frame):
    text = seed_article()
    for row in seed_frame.itertuples():
        assert text[row.start:row.end] == row.text
        assert text[row.number_start:row.number_end] == row.number_text
        assert text[row.sentence_start:row.sentence_end] == row.context
        if not pd.isna(row.trigger_start):
            assert text[row.trigger_start:row.trigger_end] == row.trigger


def test_dtypes_do_not_depend_on_the_data(seed_frame):
    frames = [seed_frame, extract_frame([]), extract_frame(["لا أرقام هنا"]), empty_frame(),
              extract_frame(["دفعت قطر 50 مليون دولار"]), extract_frame(dev_texts()[:40])]
    for f in frames:
        assert f.dtypes.equals(empty_frame().dtypes), f.dtypes
    joined = pd.concat(frames, ignore_index=True)
    assert joined.dtypes.equals(empty_frame().dtypes)  # categoricals survive concat
    assert {"USD", "EUR", "QAR", "ILS"} <= set(unit_categories())


def test_empty_input_gives_an_empty_frame_with_the_same_columns():
    for f in (extract_frame([]), extract_frame(pd.Series([], dtype="string")), to_frame([], doc=[])):
        assert len(f) == 0 and list(f.columns) == ["doc"] + COLUMNS
    assert list(to_frame([]).columns) == COLUMNS
    assert list(empty_frame(None).columns) == COLUMNS


def test_series_index_becomes_doc():
    s = pd.Series(["قتل 30 شخصاً", "لا شيء", "أصيب 12 شخصاً وقتل 3"], index=["x.txt", "y.txt", "z.txt"])
    df = extract_frame(s)
    assert set(df["doc"]) == {"x.txt", "z.txt"}
    assert (df["doc"] == "z.txt").sum() == len(extract(s["z.txt"]))
    dated = pd.Series(["قتل 5 أشخاص"], index=pd.to_datetime(["2024-03-01"]))
    assert extract_frame(dated)["doc"].dtype == dated.index.dtype
    assert extract_frame(pd.Series([], dtype=object, index=pd.Index([], dtype="int64")))["doc"].dtype == "int64"


def test_plain_iterable_gives_positions():
    df = extract_frame(iter(["لا شيء", "قتل 30 شخصاً"]))
    assert df["doc"].tolist() == [1] * len(df) and len(df) >= 1
    assert df["doc"].dtype == "int64"


def test_process_pool_gives_the_same_frame():
    texts = [seed_article()] + dev_texts()[:120]
    one = extract_frame(texts)
    assert len(one) > 100
    pd.testing.assert_frame_equal(extract_frame(texts, n_jobs=2), one)
    pd.testing.assert_frame_equal(extract_frame(texts, n_jobs=-1), one)
    series = pd.Series(texts, index=[f"d{i}" for i in range(len(texts))])
    pd.testing.assert_frame_equal(extract_frame(series, n_jobs=2), extract_frame(series))


@pytest.mark.parametrize("bad, error", [
    ("قتل 5", TypeError), (pd.DataFrame({"text": ["قتل 5"]}), TypeError),
])
def test_refuses_what_is_not_a_collection_of_texts(bad, error):
    with pytest.raises(error):
        extract_frame(bad)


def test_a_non_str_document_is_named():
    with pytest.raises(TypeError, match=r"document 'b'.*NoneType|document 'b'.*float"):
        extract_frame(pd.Series(["قتل 5 أشخاص", None], index=["a", "b"], dtype=object))
    with pytest.raises(TypeError, match="document 1: expected str, got bytes"):
        extract_frame(["قتل 5", b"x"])


def test_n_jobs_is_checked():
    with pytest.raises(ValueError):
        extract_frame(["قتل 5"], n_jobs=0)
    with pytest.raises(TypeError):
        extract_frame(["قتل 5"], n_jobs="2")


def test_to_frame_checks_doc_length():
    with pytest.raises(ValueError, match="doc has 2 entries for 1 rows"):
        to_frame(extract("قتل 30 شخصاً"), doc=["a", "b"])


def test_numbers_frame():
    text = seed_article()
    df = numbers_frame(find_numbers(text), doc=["seed"] * len(find_numbers(text)))
    assert list(df.columns) == ["doc"] + NUMBER_COLUMNS
    assert 2021 in df["value"].tolist()  # a year: a number, never a claim (SPEC)
    for row in df.itertuples():
        assert text[row.start:row.end] == row.text


def test_extract_frame_missing_cells_raise_by_default_or_are_skipped():
    import math

    import pandas as pd

    texts = pd.Series(["قتل 30 شخصاً", None, math.nan, pd.NA, "أصيب 4 آخرون"], index=list("abcde"))
    with pytest.raises(TypeError, match='missing="skip"'):
        extract_frame(texts)
    df = extract_frame(texts, missing="skip")
    assert df["doc"].tolist() == ["a", "e"]
    assert df["category"].tolist() == ["killed", "injured"]
    with pytest.raises(TypeError, match="int"):
        extract_frame(pd.Series(["قتل 3", 5]), missing="skip")  # a number is no missing cell
    with pytest.raises(ValueError, match="missing"):
        extract_frame(["قتل 3"], missing="ignore")
