"""Normalizing Arabic text into a working copy, with an offset map back.

Every later step reads the normalized copy (digits folded to ASCII, diacritics,
tatweel and bidi marks removed, hamza forms, ى/ي and ة/ه folded, presentation
forms decomposed by NFKC) and maps its spans back to the caller's text through
:class:`OffsetMap`, so a span always slices the original string.

>>> n = normalize("قُتِلَ ٣٠ شخصـاً")
>>> n.text
'قتل 30 شخصا'
>>> s, e = n.span(4, 6)
>>> "قُتِلَ ٣٠ شخصـاً"[s:e]
'٣٠'
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

# Marks removed outright: harakat, Quranic marks, superscript alef, tatweel.
_DIACRITICS = (
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0640"
)
# Format characters removed: bidi controls, zero-width characters, BOM, soft hyphen.
_FORMAT = "\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff\u00ad\u2060"
# Characters that NFKC rewrites into something longer or different: Arabic
# presentation forms, ligatures, full-width forms.
_COMPAT = "\ufb50-\ufdff\ufe70-\ufefe\uff01-\uff5e"

_SPECIAL = re.compile(f"[{_DIACRITICS}{_FORMAT}{_COMPAT}]+")
_TRAILING_MARKS = re.compile(f"[{_DIACRITICS}]+")
# a run made only of marks and format characters: all of it is dropped
_DROPPED = re.compile(f"[{_DIACRITICS}{_FORMAT}]+")
_FORMAT_CHAR = re.compile(f"[{_FORMAT}]")

_FOLD_PAIRS = {
    # digits
    **{chr(0x0660 + i): str(i) for i in range(10)},
    **{chr(0x06F0 + i): str(i) for i in range(10)},
    "\u066b": ".",  # ٫ Arabic decimal separator
    "\u066c": ",",  # ٬ Arabic thousands separator
    "\u066a": "%",  # ٪
    # letters
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي",
    "ة": "ه", "ۃ": "ه", "ھ": "ه", "ہ": "ه",
    "ک": "ك", "ڪ": "ك",
    # spaces
    "\u00a0": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ", "\t": " ",
    **{chr(c): " " for c in range(0x2000, 0x200B)},
}
_TABLE = str.maketrans(_FOLD_PAIRS)
# Every fold is one character for one, none yields a character that is folded again,
# and none is a special character: so folding can run first, on the whole text, as
# one C-level str.replace per folded character present (6x faster than translate
# with a dict on Arabic text), and offsets do not move.
_FOLDS = tuple(_FOLD_PAIRS.items())


def _fold(s: str) -> str:
    """``s.translate(_TABLE)``, faster."""
    for a, b in _FOLDS:
        if a in s:
            s = s.replace(a, b)
    return s


@lru_cache(maxsize=4096)
def _compat(ch: str) -> str:
    """The normalized replacement of one compatibility character (may be '')."""
    if _FORMAT_CHAR.match(ch):
        return ""
    out = unicodedata.normalize("NFKC", ch).translate(_TABLE)
    return _SPECIAL.sub("", out) if _SPECIAL.search(out) else out


@dataclass(frozen=True)
class OffsetMap:
    """Maps positions in the normalized copy back to the original text.

    The normalized text is cut into segments; ``norm[k]`` is where segment k
    starts in the normalized copy, ``orig[k]`` where it starts in the original.
    A segment is either copied one character for one (``same[k]``) or the
    expansion of a single original character (all of it maps to ``orig[k]``).
    """

    norm: tuple[int, ...]
    orig: tuple[int, ...]
    same: tuple[bool, ...]
    original: str

    def start(self, i: int) -> int:
        """Original offset of normalized position ``i`` (a span start)."""
        if not self.norm:
            return i
        k = bisect_right(self.norm, i) - 1
        if k < 0:
            return i
        return self.orig[k] + (i - self.norm[k]) if self.same[k] else self.orig[k]

    def end(self, j: int) -> int:
        """Original offset for a span ending at normalized ``j`` (exclusive).

        Diacritics and tatweel that follow the last character are kept inside
        the span (they belong to the word), bidi marks are not.
        """
        if j <= 0:
            return 0
        o = self.start(j - 1) + 1
        if self.norm:
            m = _TRAILING_MARKS.match(self.original, o)
            if m:
                o = m.end()
        return o


@dataclass(frozen=True)
class Normalized:
    """A normalized working copy and the map back to the original."""

    text: str
    offsets: OffsetMap

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the normalized span ``[start, end)``."""
        if start == end:
            s = self.offsets.start(start)
            return s, s
        return self.offsets.start(start), self.offsets.end(end)


def normalize(text: str) -> Normalized:
    """Normalize ``text`` once, keeping a map from the copy back to ``text``.

    Work is done in C (``str.replace``) for plain runs; only the characters
    that are deleted or expanded cost a Python step each run of them.
    """
    if not _SPECIAL.search(text):
        return Normalized(_fold(text), OffsetMap((), (), (), text))
    folded = _fold(text)  # in C; the map is 1:1, so offsets hold
    parts: list[str] = []
    norm: list[int] = []
    orig: list[int] = []
    same: list[bool] = []
    n = 0
    pos = 0
    for m in _SPECIAL.finditer(text):
        if m.start() > pos:
            norm.append(n)
            orig.append(pos)
            same.append(True)
            parts.append(folded[pos:m.start()])
            n += m.start() - pos
        if not _DROPPED.fullmatch(text, m.start(), m.end()):
            for o in range(m.start(), m.end()):
                ch = text[o]
                if ch <= "\u06ff" or "\u2000" <= ch <= "\u206f" or ch in "\ufeff\u00ad":
                    continue  # a diacritic or a format character: dropped
                rep = _compat(ch)
                if rep:
                    norm.append(n)
                    orig.append(o)
                    same.append(len(rep) == 1)
                    parts.append(rep)
                    n += len(rep)
        pos = m.end()
    if pos < len(text):
        norm.append(n)
        orig.append(pos)
        same.append(True)
        parts.append(folded[pos:])
        n += len(parts[-1])
    # A sentinel so that the end of the text maps to the end of the original.
    norm.append(n)
    orig.append(len(text))
    same.append(True)
    return Normalized("".join(parts), OffsetMap(tuple(norm), tuple(orig), tuple(same), text))


#: A longer text is read block by block, each cut after a line break (or else a sentence
#: end, or else a space), so memory holds one block and what was found, not copies of the
#: whole text. No number and no sentence spans a line break or a sentence end, so the
#: result is that of the whole text (tests/test_blocks.py checks it on the test sets).
BLOCK_SIZE = 1 << 16


def blocks(text: str, size: int = BLOCK_SIZE) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of consecutive blocks of about ``size`` characters covering ``text``.

    >>> list(blocks("قتل 3.\\nأصيب 4.\\n", size=8))
    [(0, 7), (7, 15)]
    """
    pos, n = 0, len(text)
    while n - pos > size:
        cut = text.rfind("\n", pos + size // 2, pos + size) + 1
        for stop in (_SENTENCE_STOP, _SPACE):  # else after a sentence end, else a space
            if not cut:
                ends = [m.end() for m in stop.finditer(text, pos + size // 2, pos + size)]
                cut = ends[-1] if ends else 0
        if not cut:  # nowhere to cut: read on to the next space
            m = _SPACE.search(text, pos + size)
            cut = m.end() if m else n
        yield pos, cut
        pos = cut
    if pos < n:
        yield pos, n


_SENTENCE_STOP = re.compile(r"[.!?؟؛]\s")
_SPACE = re.compile(r"\s")


@lru_cache(maxsize=None)
def fold(word: str) -> str:
    """The normalized form of a lexicon entry: ``fold("مائة")`` → ``'مائه'``."""
    return normalize(word).text.strip()
