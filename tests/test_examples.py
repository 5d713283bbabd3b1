"""The example scripts run as documented."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from arabic_figures import extract_frame
from arabic_figures.reading import seed_article

EXAMPLES = Path(__file__).parents[1] / "examples"


@pytest.fixture
def news(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "2024").mkdir(parents=True)
    (folder / "seed.txt").write_text(seed_article(), encoding="utf-8")
    (folder / "2024" / "b.txt").write_text("قتل 12 شخصاً وأصيب نحو 40 آخرين.", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\xff\xfe\xfa")
    return folder


def run(script: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(EXAMPLES / script), *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=120)


@pytest.mark.parametrize("suffix", [".parquet", ".csv"])
def test_pipeline_folder_to_one_file(news, tmp_path, suffix):
    out = tmp_path / f"claims{suffix}"
    p = run("pipeline.py", str(news), str(out))
    assert p.returncode == 1 and "bad.txt" in p.stderr  # reported and skipped
    got = pd.read_parquet(out) if suffix == ".parquet" else pd.read_csv(out)
    texts = pd.Series({"2024/b.txt": (news / "2024" / "b.txt").read_text(encoding="utf-8"),
                       "seed.txt": seed_article()})
    expected = extract_frame(texts)
    assert got["doc"].tolist() == expected["doc"].tolist()
    assert got["value"].tolist() == pytest.approx(expected["value"].astype(float).tolist(), nan_ok=True)
    assert got["category"].astype(str).tolist() == expected["category"].astype(str).tolist()


def test_dask_example_without_a_cluster(news, tmp_path):
    pytest.importorskip("dask.dataframe")
    out = tmp_path / "claims.csv"
    p = run("dask_corpus.py", str(news), "-o", str(out), "--workers", "0", "--partitions", "2")
    assert p.returncode == 0, p.stderr
    got = pd.read_csv(out)
    assert {Path(d).name for d in got["doc"]} == {"seed.txt", "b.txt"}
    assert ((got["category"] == "killed") & (got["value"] == 30631)).sum() == 1
