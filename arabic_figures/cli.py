"""Command line: ``arabic-figures [FILES…]`` (stub; see issue 4)."""

from __future__ import annotations

import sys
from importlib import resources


def main(argv: list[str] | None = None) -> int:
    from .claims import extract

    text = resources.files(__package__).joinpath("data", "seed_article.txt").read_text(encoding="utf-8")
    print("no input: reading the embedded seed article", file=sys.stderr)
    for c in extract(text):
        print(f"{c.category:<10} {c.qualifier:<9} {c.value!s:>9} {c.unit:<7} {c.number.text}")
    return 0
