"""A folder of articles → one Parquet or CSV file of claims.

    python examples/pipeline.py news/ claims.parquet
    python examples/pipeline.py news/ claims.csv --jobs 4

Every ``.txt`` file under the folder is one document; its path relative to the
folder is the ``doc`` column. A file that is not valid UTF-8 is reported and
skipped, and the script then exits with status 1 (the output is still written).
The command line does the same (``arabic-figures news/ -o claims.parquet``);
this script shows the library calls, to adapt in your own pipeline.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

from arabic_figures import extract_frame


def read_folder(folder: Path) -> tuple[pd.Series, list[str]]:
    """The texts of every .txt file under ``folder``, indexed by relative path, and the failures."""
    texts: dict[str, str] = {}
    failed: list[str] = []
    for path in sorted(folder.rglob("*.txt")):
        name = path.relative_to(folder).as_posix()
        try:
            texts[name] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            failed.append(f"{name}: {e}")
    return pd.Series(texts, dtype="string" if texts else object), failed


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("folder", type=Path, help="folder of .txt articles (searched recursively)")
    p.add_argument("output", type=Path, help="claims file: .parquet or .csv")
    p.add_argument("--jobs", type=int, default=1, help="processes (-1: one per CPU)")
    args = p.parse_args(argv)
    if args.output.suffix not in (".parquet", ".csv"):
        p.error("the output must end in .parquet or .csv")

    texts, failed = read_folder(args.folder)
    for msg in failed:
        print(f"skipped {msg}", file=sys.stderr)
    claims = extract_frame(texts, n_jobs=args.jobs)
    if args.output.suffix == ".parquet":
        claims.to_parquet(args.output, index=False)
    else:
        claims.to_csv(args.output, index=False, float_format="%.15g")
    print(f"{len(claims)} claims from {len(texts)} documents → {args.output}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
