"""Claims of a corpus too big for one process, with Dask.

    python examples/dask_corpus.py news/ -o claims.parquet --workers 4
    python examples/dask_corpus.py            # a demo corpus built from the seed article

Needs the Dask extra: ``pip install 'arabic-figures[dask]'``. The heart of it is one
line, ``texts.map_partitions(extract_frame, meta=empty_frame(...))``: each partition
(a pandas Series of texts) becomes a claims frame with the same columns and dtypes
as the meta, on whatever workers the scheduler has.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import dask.dataframe as dd
import pandas as pd

from arabic_figures import extract_frame
from arabic_figures.frame import empty_frame
from arabic_figures.reading import seed_article


def claims_of_files(paths: pd.Series) -> pd.DataFrame:
    """One partition: read its files and extract their claims (``doc`` is the path).

    A byte that is not UTF-8 becomes U+FFFD rather than stopping the whole job.
    """
    texts = pd.Series([Path(p).read_text(encoding="utf-8", errors="replace") for p in paths],
                      index=paths.array, dtype="string")
    return extract_frame(texts)


def demo_texts(n: int = 200) -> pd.Series:
    paragraphs = [p for p in seed_article().split("\n") if p.strip()]
    return pd.Series(["\n".join(paragraphs[i % len(paragraphs):][:5]) for i in range(n)],
                     index=[f"demo{i:03d}" for i in range(n)], dtype="string")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("folder", nargs="?", type=Path, help="folder of .txt articles (default: a demo corpus)")
    p.add_argument("-o", "--output", type=Path, help="write the claims here (.parquet or .csv)")
    p.add_argument("--workers", type=int, default=2,
                   help="local worker processes (0: no cluster, the threaded scheduler)")
    p.add_argument("--partitions", type=int, default=8)
    args = p.parse_args(argv)

    if args.folder:
        paths = pd.Series(sorted(str(f) for f in args.folder.rglob("*.txt")), dtype="string")
        files = dd.from_pandas(paths, npartitions=max(1, min(args.partitions, len(paths))))
        claims = files.map_partitions(claims_of_files, meta=empty_frame("string"))
    else:
        texts = dd.from_pandas(demo_texts(), npartitions=args.partitions)
        claims = texts.map_partitions(extract_frame, meta=empty_frame(texts.index.dtype))

    client = None
    if args.workers > 0:
        from dask.distributed import Client, LocalCluster

        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True)
        client = Client(cluster)
    try:
        if args.output and args.output.suffix == ".parquet":
            claims.to_parquet(args.output, write_index=False)  # a folder of part files
            df = dd.read_parquet(args.output).compute()
        else:
            df = claims.compute().reset_index(drop=True)
            if args.output:
                df.to_csv(args.output, index=False, float_format="%.15g")
    finally:
        if client is not None:
            client.close()
            cluster.close()
    print(df.groupby("category", observed=True).size().sort_values(ascending=False).to_string())
    print(f"{len(df)} claims in {df['doc'].nunique()} documents", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
