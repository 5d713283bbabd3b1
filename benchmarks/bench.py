"""Throughput of arabic_figures on news-like text, next to pyarabic, in one run.

    python benchmarks/bench.py                 # ~1 MB (10^6 characters), best of 3
    python benchmarks/bench.py --size-mb 2 --repeat 5
    python benchmarks/bench.py --scaling       # + per-character cost at 100 KB vs 10 MB, peak memory
    python benchmarks/bench.py --profile       # + a pyinstrument profile of extract (printed only)

The text is the seed article (arabic_figures/data/seed_article.txt) and the
sentences of tests/data/*.jsonl, grouped into paragraphs in an order shuffled
with a fixed seed, pass after pass, until it reaches the requested size. "1 MB"
means 10^6 characters (about 1.8 MB of UTF-8). Every timing is the best of N
runs measured with ``time.perf_counter`` with the garbage collector paused, as
``timeit`` does.

Measured on the same text:

* the floor: a bare digit-run scan, ``regex.finditer(r"\\d+", text)``; nothing
  reads numbers faster than it finds digits;
* ``arabic_figures.find_numbers`` and ``arabic_figures.extract``;
* pyarabic's ``number.extract_number_phrases(text)``, the incumbent. It is run on
  the whole text unless its projected time exceeds ``--pyarabic-budget`` seconds,
  in which case it runs on a slice and the report says so (its rate is then a
  per-character rate on that slice).

Targets (issue 5): find_numbers >= 3x pyarabic, extract >= 2x pyarabic; with
``--scaling``, extract's per-character cost at 10 MB within 1.2x of 100 KB.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Callable

import regex

import arabic_figures as af

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "arabic_figures" / "data" / "seed_article.txt"
DEV_GLOB = "tests/data/*.jsonl"
MB = 1_000_000  # characters
FIND_TARGET, EXTRACT_TARGET, SCALING_TARGET = 3.0, 2.0, 1.2

_DIGIT_RUN = regex.compile(r"\d+")


# -- the text ------------------------------------------------------------------------


def sources() -> tuple[str, list[str]]:
    """The seed article and the development sentences."""
    seed = SEED_ARTICLE.read_text(encoding="utf-8")
    sentences = []
    for path in sorted(ROOT.glob(DEV_GLOB)):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                sentences.append(json.loads(line)["text"])
    if not sentences:
        raise SystemExit(f"no sentences found under {ROOT / DEV_GLOB}")
    return seed, sentences


def news_text(n_chars: int, seed: int = 20240307) -> str:
    """About ``n_chars`` characters of news-like text, the same for the same arguments.

    Each pass shuffles the development sentences, groups them into paragraphs of
    two to six sentences and puts the seed article at a random place among them.
    Passes repeat until the text is long enough; the last one is cut at a
    paragraph boundary, so the result is within a paragraph of ``n_chars``.
    """
    article, sentences = sources()
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < n_chars:
        order = sentences[:]
        rng.shuffle(order)
        chunk: list[str] = []
        i = 0
        while i < len(order):
            k = rng.randint(2, 6)
            chunk.append(" ".join(order[i:i + k]))
            i += k
        chunk.insert(rng.randrange(len(chunk) + 1), article.strip())
        for p in chunk:
            paragraphs.append(p)
            size += len(p) + 2
            if size >= n_chars:
                break
    return "\n\n".join(paragraphs)


# -- timing --------------------------------------------------------------------------


def best_of(fn: Callable[[str], object], text: str, repeat: int) -> tuple[float, object]:
    """Best wall time of ``repeat`` calls (gc paused while timing) and the last result."""
    best = float("inf")
    result = None
    for _ in range(max(1, repeat)):
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            result = fn(text)
            dt = time.perf_counter() - t0
        finally:
            gc.enable()
        best = min(best, dt)
    return best, result


def digit_floor(text: str) -> int:
    return sum(1 for _ in _DIGIT_RUN.finditer(text))


def pyarabic_phrases(text: str) -> list:
    from pyarabic import number

    return number.extract_number_phrases(text)


def _rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds / 1e6:8.3f} M chars/s"


def _verdict(ok: bool) -> str:
    return "meets target" if ok else "BELOW TARGET"


def run_main(text: str, repeat: int, pyarabic_budget: float) -> dict[str, float]:
    """Time the four readers on ``text``; print the figures and the ratios."""
    n = len(text)
    print(f"text: {n:,} characters ({len(text.encode('utf-8')) / 1e6:.2f} MB UTF-8), "
          f"best of {repeat}, Python {sys.version.split()[0]}")
    # warm up: lexicons, compiled patterns, lru caches
    af.extract(text[:20_000])
    pyarabic_phrases(text[:20_000])

    rates: dict[str, float] = {}
    rows = []
    t, found = best_of(digit_floor, text, repeat)
    rates["floor"] = n / t
    rows.append(("digit-run regex (floor)", t, n, f"{found:,} digit runs"))
    t, found = best_of(af.find_numbers, text, repeat)
    rates["find_numbers"] = n / t
    rows.append(("find_numbers", t, n, f"{len(found):,} numbers"))
    t, found = best_of(af.extract, text, repeat)
    rates["extract"] = n / t
    rows.append(("extract", t, n, f"{len(found):,} claims"))

    # pyarabic: probe on 100 KB, run on everything unless that would exceed the budget
    probe = text[:100_000]
    t_probe, _ = best_of(pyarabic_phrases, probe, 1)
    projected = t_probe / len(probe) * n
    sample = text
    if projected > pyarabic_budget:
        sample = text[:max(len(probe), int(n * pyarabic_budget / projected))]
    t, found = best_of(pyarabic_phrases, sample, repeat)
    rates["pyarabic"] = len(sample) / t
    note = f"{len(found):,} phrases"
    if len(sample) < n:
        note += f" (ON A {len(sample):,}-CHARACTER SLICE: whole text projected at {projected:.0f} s)"
    rows.append(("pyarabic extract_number_phrases", t, len(sample), note))

    width = max(len(r[0]) for r in rows)
    for name, secs, chars, note in rows:
        print(f"  {name:<{width}}  {secs * 1000:9.1f} ms  {_rate(chars, secs)}  {note}")
    fr = rates["find_numbers"] / rates["pyarabic"]
    er = rates["extract"] / rates["pyarabic"]
    floor = rates["floor"] / rates["find_numbers"]
    print("ratios:")
    print(f"  find_numbers / pyarabic   {fr:6.2f}x   (target >= {FIND_TARGET:g}x: {_verdict(fr >= FIND_TARGET)})")
    print(f"  extract / pyarabic        {er:6.2f}x   (target >= {EXTRACT_TARGET:g}x: {_verdict(er >= EXTRACT_TARGET)})")
    print(f"  digit floor / find_numbers {floor:6.1f}x   (how far find_numbers is from the floor)")
    return rates


# -- scaling and memory --------------------------------------------------------------


def peak_memory(fn: Callable[[str], object], text: str) -> tuple[int, int]:
    """(peak traced bytes during ``fn(text)``, bytes still held by its result)."""
    gc.collect()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        result = fn(text)
        held, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del result
    return peak - base, held - base


def _stream(text: str) -> int:
    return sum(1 for _ in af.iter_claims(text))


def run_scaling(small_mb: float, large_mb: float, repeat: int) -> None:
    print(f"\nscaling: per-character cost at {small_mb * 1000:g} KB vs {large_mb:g} MB")
    small = news_text(int(small_mb * MB))
    large = news_text(int(large_mb * MB))
    for name, fn in (("find_numbers", af.find_numbers), ("extract", af.extract)):
        ts, _ = best_of(fn, small, max(repeat, 5))
        tl, _ = best_of(fn, large, min(repeat, 2))
        us_small = ts / len(small) * 1e6
        us_large = tl / len(large) * 1e6
        ratio = us_large / us_small
        tag = f"(target <= {SCALING_TARGET:g}x: {_verdict(ratio <= SCALING_TARGET)})" if name == "extract" else ""
        print(f"  {name:<12}  {len(small):>11,} chars {us_small:7.3f} us/char   "
              f"{len(large):>11,} chars {us_large:7.3f} us/char   ratio {ratio:5.2f}x {tag}")

    print("peak memory (tracemalloc; input = characters of text, str object size in brackets)")
    for text in (small, large):
        size = sys.getsizeof(text)
        for name, fn in (("extract (list)", af.extract), ("iter_claims (streamed)", _stream)):
            peak, held = peak_memory(fn, text)
            print(f"  {name:<23} {len(text):>11,} chars [{size / 1e6:7.2f} MB]: "
                  f"peak {peak / 1e6:8.2f} MB = {peak / size:5.2f}x input; result holds {held / 1e6:7.2f} MB")


# -- profile -------------------------------------------------------------------------


def run_profile(text: str) -> None:
    """Print a pyinstrument profile of extract(text); nothing is written to disk."""
    try:
        from pyinstrument import Profiler
    except ImportError:  # pragma: no cover - optional
        print("pyinstrument is not installed; pip install pyinstrument")
        return
    profiler = Profiler(interval=0.0005)
    profiler.start()
    af.extract(text)
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size-mb", type=float, default=1.0, help="text size in 10^6 characters (default 1)")
    ap.add_argument("--repeat", type=int, default=3, help="best of N runs (default 3)")
    ap.add_argument("--seed", type=int, default=20240307, help="shuffle seed of the text")
    ap.add_argument("--pyarabic-budget", type=float, default=60.0,
                    help="seconds pyarabic may take on the whole text before a slice is used")
    ap.add_argument("--scaling", action="store_true", help="per-character cost at 100 KB vs 10 MB, and memory")
    ap.add_argument("--scaling-small-mb", type=float, default=0.1)
    ap.add_argument("--scaling-large-mb", type=float, default=10.0)
    ap.add_argument("--profile", action="store_true", help="print a pyinstrument profile of extract")
    args = ap.parse_args(argv)

    text = news_text(int(args.size_mb * MB), seed=args.seed)
    run_main(text, args.repeat, args.pyarabic_budget)
    if args.scaling:
        run_scaling(args.scaling_small_mb, args.scaling_large_mb, args.repeat)
    if args.profile:
        run_profile(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
