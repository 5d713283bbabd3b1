"""Dask: extract_frame over a column of texts on a local cluster equals one process."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from arabic_figures import extract_frame
from arabic_figures.frame import empty_frame
from arabic_figures.reading import seed_article

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")

DATA = Path(__file__).parent / "data"


def documents(n: int = 300) -> pd.Series:
    """``n`` documents: the seed article, and runs of development sentences."""
    sentences = [json.loads(line)["text"] for f in sorted(DATA.glob("*.jsonl"))
                 for line in f.open(encoding="utf-8")]
    docs = [seed_article()]
    i = 0
    while len(docs) < n:
        k = 1 + len(docs) % 4
        docs.append("\n".join(sentences[(i + j) % len(sentences)] for j in range(k)))
        i += k
    return pd.Series(docs, index=[f"doc{i:04d}" for i in range(n)], name="text")


@pytest.mark.slow
def test_map_partitions_on_a_local_cluster_equals_one_process():
    texts = documents(100)
    expected = extract_frame(texts)
    assert len(expected) > 150 and expected["doc"].nunique() > 70

    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        ddf = dd.from_pandas(texts.to_frame(), npartitions=8)
        claims = ddf["text"].map_partitions(extract_frame, meta=empty_frame(texts.index.dtype))
        assert list(claims.columns) == list(expected.columns)
        got = claims.compute()

    got = got.reset_index(drop=True)
    assert len(got) == len(expected)
    pd.testing.assert_frame_equal(got, expected)


def test_meta_matches_a_computed_partition():
    texts = documents(12)
    part = extract_frame(texts)
    meta = empty_frame(texts.index.dtype)
    assert list(meta.columns) == list(part.columns)
    assert meta.dtypes.equals(part.dtypes)
    # the same graph without a cluster (threads), as in the docs
    ddf = dd.from_pandas(texts, npartitions=3)
    pd.testing.assert_frame_equal(
        ddf.map_partitions(extract_frame, meta=meta).compute(scheduler="sync").reset_index(drop=True), part)
