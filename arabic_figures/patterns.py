"""Word lists as fast patterns: the one place that turns lexicons into regexes.

The lists are compiled into character tries for Python's own :mod:`re`, which
scans them in C at a few nanoseconds a character; the ``regex`` package's named
lists (``\\L<…>``) are far slower on large lists (measured: 40 ms against 3 s on
1 MB). Letters are written ``[^\\W\\d_]`` (any script's letters, no digits).

>>> p = words(["ثلاث", "ثلاثه", "ثلاثون"], name="n")
>>> p.search("وبالثلاثون قتيلا").group("n")
'ثلاثون'
"""

from __future__ import annotations

import re
from typing import Iterable

LETTER = r"[^\W\d_]"
NO_LETTER_BEFORE = r"(?<![^\W\d_])"
NO_LETTER_AFTER = r"(?![^\W\d_])"
#: :data:`NO_LETTER_BEFORE` said after a word's first letter: no letter before that one.
NO_LETTER_BEFORE_FIRST = r"(?<![^\W\d_].)"
#: Clitics before a word: conjunction (و ف), preposition (ب ل ك), article (ال); لل is ل + ال.
CLITICS = r"(?:[وف]?(?:لل|[بلك]?(?:ال)?))"  # «لل» first: anchored alone it must win
#: Clitics before a noun in construct, which takes no article: «وبطفلي»، «لجوازي».
PARTICLES = r"(?:[وفبل]|وب|ول)?"
#: Attached object pronouns after a verb or noun: «قتلتهم»، «مصرعه».
PRONOUN = r"(?:هما|هم|هن|ها|ه)?"


def word_start(text: str, end: int) -> int:
    """Where the word that ends at ``end`` begins (``end`` when none does).

    A letter is what :data:`LETTER` matches; a word is read back 64 letters at most.

    >>> t = "مقتل شخصين"
    >>> t[word_start(t, len(t)):]
    'شخصين'
    """
    i, lo = end, max(0, end - 64)
    while i > lo:
        c = text[i - 1]
        if not (c.isalpha() or c.isnumeric() and not c.isdecimal()):
            break
        i -= 1
    return i


def clitic_splits(word: str) -> list[tuple[str, str]]:
    """Every (clitics, rest) reading of ``word`` in the order :data:`CLITICS` tries them.

    >>> clitic_splits("وللشخصين")[:2]
    [('ولل', 'شخصين'), ('ول', 'لشخصين')]
    """
    out = []
    for c1 in ((word[:1], "") if word[:1] in ("و", "ف") else ("",)):
        rest = word[len(c1):]
        b = rest[:1] if rest[:1] in ("ب", "ل", "ك") else None
        for mid in ("لل",) + tuple(x + a for x in ((b, "") if b else ("",)) for a in ("ال", "")):
            if rest.startswith(mid):
                out.append((c1 + mid, rest[len(mid):]))
    return out


def trie(phrases: Iterable[str], flexible_spaces: bool = True, guard_first: str = "") -> str:
    """One alternation for many phrases, as a trie: longest match first.

    Spaces inside a phrase match any run of blanks, or none when
    ``flexible_spaces`` («مالايقل عن» for «ما لا يقل عن»). ``guard_first`` is put
    after each first character: the pattern still opens with a literal, which lets
    re skip in C to the characters a phrase can start with.
    """
    root: dict = {}
    for p in phrases:
        node = root
        for ch in " ".join(p.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    space = r"\s*" if flexible_spaces else r"\s+"

    def emit(node: dict) -> str:
        alts = [(space if ch == " " else ch if ch == guard_first else re.escape(ch)) + emit(sub)
                for ch, sub in sorted(node.items(), key=lambda kv: kv[0]) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:  # a phrase ends here, longer ones go on: try them first
            body = "(?:" + body + ")?" if len(alts) == 1 else body + "?"
        return body

    if guard_first:
        root = {ch: {guard_first: sub} for ch, sub in root.items()}
    out = emit(root)
    return out if out else "(?!)"


def words(items: Iterable[str], name: str, clitics: bool = True, tail: str = "") -> re.Pattern:
    """A whole word from ``items`` (group ``name``), clitics allowed before it."""
    return re.compile(NO_LETTER_BEFORE + (CLITICS if clitics else "") + f"(?P<{name}>"
                      + trie(items) + ")" + tail + NO_LETTER_AFTER)
