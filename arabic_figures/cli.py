"""Command line: ``arabic-figures [PATH …]`` prints or writes the figure claims of documents.

Each row is one claim (or, with ``--numbers``, one number) with the document name
and every field of the SPEC. Files and folders (their ``.txt`` files, recursively)
are read in order; ``-`` reads standard input; with no path, the embedded seed
article is read. A document that cannot be read is named on stderr, the others
are still processed, and the exit status is 1.

>>> main(["--format", "jsonl", "--category", "starving"])  # doctest: +ELLIPSIS
{"doc": "seed_article.txt", "category": "starving", "value": 2200000, ...}
0
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .model import CATEGORIES, Claim, Number
from .reading import CHUNK_SIZE, SEED_NAME, Item, ReadError, Source, find_sources, read_source

FORMATS = ("table", "csv", "jsonl", "parquet")
_SUFFIX_FORMAT = {".csv": "csv", ".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl",
                  ".parquet": "parquet", ".pq": "parquet", ".txt": "table"}

EXAMPLES = """\
examples:
  arabic-figures                              claims of the embedded seed article
  arabic-figures news/                        every .txt under news/, as a table
  arabic-figures a.txt b.txt -o claims.csv    one CSV (format from the suffix)
  arabic-figures news/ -f parquet -o claims.parquet -j 4
  cat article.txt | arabic-figures - -f jsonl one JSON object per claim
  arabic-figures --numbers a.txt              every number, not only claims
  arabic-figures news/ --category killed --category injured

Spans (start, end, …) are character offsets into each document as Python reads it
(open(path, encoding=...).read()). Exit status: 0 ok, 1 a document could not be
read (the others are still written), 2 bad usage."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="arabic-figures",
        description="Find the figure claims (killed, injured, displaced, money, durations, …) "
                    "in Arabic text files.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="a .txt file, a folder (its .txt files, recursively) or - for stdin; "
                        "none: the embedded seed article")
    p.add_argument("-f", "--format", choices=FORMATS,
                   help="output format (default: from the -o suffix, else table)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.add_argument("--numbers", action="store_true", help="list every number instead of claims")
    p.add_argument("-c", "--category", action="append", choices=CATEGORIES, metavar="CATEGORY",
                   help="keep only claims of this category (repeatable): " + ", ".join(CATEGORIES))
    p.add_argument("--encoding", default="utf-8", help="encoding of the input files (default: utf-8)")
    p.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                   help="read documents in N processes (default: 1)")
    p.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    p.add_argument("--chunk-size", type=int, default=CHUNK_SIZE, help=argparse.SUPPRESS)
    from . import __version__
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


# ---------------------------------------------------------------- table output

def _width(s: str) -> int:
    """Columns a string takes in a terminal: marks and format characters take none."""
    w = 0
    for ch in s:
        if unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def _clip(s: str, limit: int = 32) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[:limit - 1] + "…"


def _fmt(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, int):
        return f"{v:,}"
    return f"{v:,.15g}"


def _claim_cells(doc: str, c: Claim) -> list[str]:
    return [doc, c.category, c.qualifier, _fmt(c.value), _fmt(c.low), _fmt(c.high), c.unit,
            _clip(c.number.text), _clip(c.noun or "")]


def _number_cells(doc: str, n: Number) -> list[str]:
    return [doc, n.kind, _fmt(n.value), _fmt(n.low), _fmt(n.high), str(n.start), str(n.end),
            _clip(n.text)]


CLAIM_HEADER = ["doc", "category", "qualifier", "value", "low", "high", "unit", "number", "noun"]
NUMBER_HEADER = ["doc", "kind", "value", "low", "high", "start", "end", "text"]
_RIGHT = {"value", "low", "high", "start", "end"}


def format_table(header: list[str], rows: list[list[str]]) -> str:
    """Aligned plain-text columns; numbers right-aligned, Arabic text last.

    >>> print(format_table(["doc", "value"], [["a", "1,000"], ["bb", "5"]]))
    doc  value
    a    1,000
    bb       5
    """
    widths = [max([_width(h)] + [_width(r[i]) for r in rows]) for i, h in enumerate(header)]
    lines = []
    for cells in [header] + rows:
        out = []
        for i, cell in enumerate(cells):
            pad = " " * (widths[i] - _width(cell))
            out.append(pad + cell if header[i] in _RIGHT else cell + pad)
        lines.append("  ".join(out).rstrip())
    return "\n".join(lines)


# ---------------------------------------------------------------- writers

def _row_dict(doc: str, item: Item) -> dict[str, Any]:
    d: dict[str, Any] = {"doc": doc, **item.to_dict()}
    if isinstance(item, Claim):
        d["text"] = item.text
    return d


class Writer:
    """Collects ``(doc, items)`` and writes them in one format; text formats stream."""

    def __init__(self, fmt: str, path: Path | None, numbers: bool) -> None:
        self.fmt, self.numbers, self.path = fmt, numbers, path
        self._stream: IO | None = None
        self._docs: list[str] = []
        self._items: list[Item] = []
        self._n_docs = 0
        self._header_done = False

    def _out(self) -> IO:
        if self._stream is None:
            binary = self.fmt == "parquet"
            if self.path is None:
                self._stream = sys.stdout.buffer if binary else sys.stdout
            elif binary:
                self._stream = open(self.path, "wb")
            else:
                self._stream = open(self.path, "w", encoding="utf-8", newline="")
        return self._stream

    def add(self, doc: str, items: list[Item]) -> None:
        self._n_docs += 1
        if self.fmt == "jsonl":
            out = self._out()
            for item in items:
                out.write(json.dumps(_row_dict(doc, item), ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            self._write_csv([doc] * len(items), items)
        else:
            self._docs.extend([doc] * len(items))
            self._items.extend(items)

    def _frame(self, docs: list[str], items: list[Item]) -> Any:
        from .frame import numbers_frame, to_frame

        if self.numbers:
            return numbers_frame(items, doc=docs)  # type: ignore[arg-type]
        return to_frame(items, doc=docs)  # type: ignore[arg-type]

    def _write_csv(self, docs: list[str], items: list[Item]) -> None:
        if not items and self._header_done:
            return
        self._frame(docs, items).to_csv(self._out(), index=False, header=not self._header_done,
                                        float_format="%.15g", lineterminator="\n")
        self._header_done = True

    def close(self) -> None:
        if self.fmt == "csv":
            self._write_csv([], [])
        elif self.fmt == "jsonl":
            self._out()
        elif self.fmt == "parquet":
            self._frame(self._docs, self._items).to_parquet(self._out(), index=False)
        elif self.fmt == "table":
            if self.numbers:
                rows = [_number_cells(d, n) for d, n in zip(self._docs, self._items)]  # type: ignore[arg-type]
                header = NUMBER_HEADER
            else:
                rows = [_claim_cells(d, c) for d, c in zip(self._docs, self._items)]  # type: ignore[arg-type]
                header = CLAIM_HEADER
            what = "number" if self.numbers else "claim"
            n, d = len(rows), self._n_docs
            footer = f"{n} {what}{'' if n == 1 else 's'} in {d} document{'' if d == 1 else 's'}"
            self._out().write(format_table(header, rows) + "\n" + footer + "\n")
        if self._stream is not None:
            self._stream.flush()
            if self.path is not None:
                self._stream.close()


# ---------------------------------------------------------------- main

def _results(sources: list[Source], args: argparse.Namespace) -> Iterator[tuple[Source, Any]]:
    """``(source, items or ReadError)`` in input order, in ``args.jobs`` processes."""
    work = [(s, args.encoding, args.chunk_size, args.numbers) for s in sources]
    if args.jobs > 1 and len(sources) > 1 and not any(s.is_stdin for s in sources):
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=min(args.jobs, len(sources))) as pool:
            yield from zip(sources, pool.map(_read, work, chunksize=4))
    else:
        for w in work:
            yield w[0], _read(w)


def _read(work: tuple[Source, str, int, bool]) -> Any:
    try:
        return read_source(*work)
    except ReadError as e:
        return e


def _progress(items: Iterable, total: int, enabled: bool) -> Iterable:
    if not enabled:
        return items
    try:
        from tqdm import tqdm
    except ImportError:  # the progress extra is not installed: no bar
        return items
    return tqdm(items, total=total, unit="file", file=sys.stderr, dynamic_ncols=True)


def _utf8_streams() -> None:
    """Output is UTF-8 whatever the locale says, so Arabic never fails to print."""
    for stream, errors in ((sys.stdout, "strict"), (sys.stderr, "backslashreplace")):
        enc = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if enc != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors=errors)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    _utf8_streams()
    parser = _parser()
    args = parser.parse_args(argv)
    fmt = args.format or _SUFFIX_FORMAT.get(Path(args.output or "").suffix.lower(), "table")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            parser.error("parquet output needs pyarrow: pip install 'arabic-figures[parquet]'")
        if not args.output and sys.stdout.isatty():
            parser.error("parquet is binary: give -o FILE")
    if args.jobs < 1:
        parser.error("--jobs must be at least 1")
    if args.numbers and args.category:
        parser.error("--category filters claims; it has no meaning with --numbers")
    if args.chunk_size < 2:
        parser.error("--chunk-size must be at least 2")

    if args.paths:
        sources, problems = find_sources(args.paths)
    else:
        print(f"arabic-figures: no input given, reading the embedded seed article ({SEED_NAME})",
              file=sys.stderr)
        sources, problems = [Source(SEED_NAME)], []
    for msg in problems:
        print(f"arabic-figures: {msg}", file=sys.stderr)

    output = Path(args.output) if args.output and args.output != "-" else None
    writer = Writer(fmt, output, args.numbers)
    failed = len(problems)
    show = len(sources) > 1 and sys.stderr.isatty() and not args.no_progress
    keep = set(args.category or CATEGORIES)
    try:
        for src, result in _progress(_results(sources, args), len(sources), show):
            if isinstance(result, ReadError):
                failed += 1
                print(f"arabic-figures: {result}", file=sys.stderr)
                continue
            if not args.numbers:
                result = [c for c in result if c.category in keep]
            writer.add(src.name, result)
        writer.close()
    except BrokenPipeError:  # e.g. piped into head: stop quietly
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    if failed:
        print(f"arabic-figures: {failed} input{'' if failed == 1 else 's'} could not be read", file=sys.stderr)
        return 1
    return 0
