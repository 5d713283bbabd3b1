"""Lexicons, loaded once from the data files in ``arabic_figures/data``.

Every entry is folded with :func:`~arabic_figures.normalize.fold` so that the
data can be written the way outlets spell words (أ/إ/آ، ة، ى) while matching
runs on the normalized copy.

>>> NUMBER_WORDS["مائه"]
(100, 'hundred')
"""

from __future__ import annotations

from fractions import Fraction
from importlib import resources
from typing import Iterator, Union

from .normalize import fold

Num = Union[int, Fraction]


def data_lines(name: str) -> Iterator[list[str]]:
    """Non-empty, non-comment lines of a data file, split on tabs."""
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            yield [field.strip() for field in line.split("\t")]


def _value(s: str) -> Num:
    f = Fraction(s)
    return int(f) if f.denominator == 1 else f


def _load_numbers() -> dict[str, tuple[Num, str]]:
    words: dict[str, tuple[Num, str]] = {}
    for word, value, role in data_lines("numbers.tsv"):
        key = fold(word)
        if key in words and words[key] != (_value(value), role):
            raise ValueError(f"numbers.tsv: {word!r} folds to {key!r}, already {words[key]}")
        words[key] = (_value(value), role)
    return words


def phrases(name: str) -> list[str]:
    """A one-phrase-a-line data file, folded, longest first."""
    return sorted({fold(fields[0]) for fields in data_lines(name)}, key=len, reverse=True)


NUMBER_WORDS: dict[str, tuple[Num, str]] = _load_numbers()
PERCENT_WORDS: list[str] = phrases("percent.txt")


def _table(name: str, width: int) -> list[tuple[str, ...]]:
    rows = []
    for fields in data_lines(name):
        fields = fields + [""] * (width - len(fields))
        rows.append((fold(fields[0]), *fields[1:width]))
    return rows


# trigger phrase → (category, flag)
class _Phrases(dict):
    """A table of phrases that also answers for a phrase as its pattern matched it: the trie
    lets the blanks inside a phrase be any run or none («الإصابةووفاة» is «إصابة ووفاة»)."""

    def __missing__(self, key: str) -> tuple[str, str]:
        squeezed = self.__dict__.get("_squeezed")
        if squeezed is None:
            squeezed = self.__dict__["_squeezed"] = {"".join(w.split()): v for w, v in reversed(list(self.items()))}
        return squeezed["".join(key.split())]

    def get(self, key, default=None):  # noqa: ANN001 - dict's own signature
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None if isinstance(key, str) else False


TRIGGERS: dict[str, tuple[str, str]] = _Phrases((w, (cat, flag)) for w, cat, flag in _table("triggers.tsv", 3))
# «الموت جوعاً» is also found as ال + «موت جوعاً» (the article is read as a clitic); not «إلى
# المستشفى», whose «ال» is no article («ي المستشفى» would match inside «في المستشفى»)
for _w, _v in list(TRIGGERS.items()):
    if _w.startswith("ال") and len(_w) > 5 and len(_w.split(" ")[0]) >= 5:
        TRIGGERS.setdefault(_w[2:], _v)
# a plural verb takes its object pronoun without the alif: «اختطفوهم»، «اعتقلوهم» (not «فرو», a fur)
for _w, _v in list(TRIGGERS.items()):
    if _w.endswith("وا") and " " not in _w and _v[1] != "noun" and len(_w) >= 5:
        TRIGGERS.setdefault(_w[:-1], _v)
# counted noun → (kind, flag)
NOUNS: dict[str, tuple[str, str]] = {w: (kind, flag) for w, kind, flag in _table("nouns.tsv", 3)}
CURRENCIES: dict[str, str] = {w: code for w, code, _ in _table("currencies.tsv", 3)}
#: subunits: how many of them make one unit («سنتيم» → 100)
CURRENCY_PER_UNIT: dict[str, int] = {w: int(per) for w, _, per in _table("currencies.tsv", 3) if per}
#: the dual of a singular currency word → that word: «ريالين»، «دولاران»، «ليرتين» (two of it)
CURRENCY_DUALS: dict[str, str] = {}
for _fields in data_lines("currencies.tsv"):
    _w = fold(_fields[0])
    if " " in _w or len(_w) < 3 or _w.endswith(("ات", "ا")) or not _w.isalpha() or _w.isascii():
        continue  # (a subunit's dual too, «هللتين»; «سنتين» is read as two years first: DUALS)
    _stem = _w[:-1] + "ت" if _fields[0].endswith("ة") else _w  # «ليرة» → «ليرتين»
    for _suffix in ("ين", "ان"):
        CURRENCY_DUALS.setdefault(_stem + _suffix, _w)
COUNTRY_CURRENCY: dict[tuple[str, str], str] = {
    (w, fold(country)): code for w, country, code, _ in _table("countries.tsv", 4)}
#: how much a country cue weighs when several are named: «weak» or «first» (countries.tsv)
CUE_WEIGHT: dict[tuple[str, str], str] = {
    (w, fold(country)): weight for w, country, _, weight in _table("countries.tsv", 4) if weight}
_BASES = sorted({b for b, _ in COUNTRY_CURRENCY}, key=len, reverse=True)
#: the currency word whose country cues decide a written form: «دينارا» → «دينار» (a prefix),
#: «دنانير» → «دينار» (a broken plural: the base with the same default code)
CURRENCY_BASE: dict[str, str] = {}
for _w, _code in CURRENCIES.items():
    _b = next((b for b in _BASES if _w.startswith(b)), None) or (None if _w in CURRENCY_PER_UNIT else next(
        (b for b in _BASES if CURRENCIES.get(b) == _code and b not in CURRENCY_PER_UNIT and len(_w) >= 4), None))
    if _b is not None and " " not in _w:
        CURRENCY_BASE[_w] = _b
QUALIFIERS: dict[str, tuple[str, str]] = {w: (q, side) for w, q, side in _table("qualifiers.tsv", 3)}
NOT_CLAIMS: dict[str, str] = {w: why for w, why in _table("not_claims.tsv", 2)}
MONTHS: list[str] = phrases("months.txt")
#: the Hijri months (flagged «hijri» in months.txt): a year after them is a Hijri year («رمضان 1436»)
HIJRI_MONTHS: list[str] = [fold(f[0]) for f in data_lines("months.txt") if f[1:2] == ["hijri"]]


def _dual(word: str) -> list[str]:
    base = word[:-1] + "ت" if word.endswith("ه") else word
    return [base + "ين", base + "ان"]


#: words that look like a dual of a listed noun but are something else
NOT_DUAL = frozenset(phrases("not_duals.txt"))

# the indefinite dual of a listed noun → its singular («شخصين» → «شخص»)
DUALS: dict[str, str] = {}
for _w, (_kind, _flag) in NOUNS.items():
    if _flag == "dual":
        for _d in _dual(_w):
            DUALS.setdefault(_d, _w)
    elif _flag == "dual_as_is":
        DUALS.setdefault(_w, _w)
    elif _kind == "person" and len(_w) >= 3 and " " not in _w and not _w.endswith(("ين", "ون", "ات", "ا", "ء", "ه", "ى")):
        # the nominative dual «عاملان»، «انتحاريان» cannot be a plural (that is «عاملون»)
        if _w + "ان" not in NOT_DUAL:
            DUALS.setdefault(_w + "ان", _w)
for _w in NOT_DUAL:  # «بهدفين»: a score, whatever the noun list says
    DUALS.pop(_w, None)
NOT_NOUNS: frozenset[str] = frozenset(phrases("not_nouns.txt"))
DISEASES: list[str] = phrases("diseases.txt")
CONTEXT: dict[str, list[str]] = {}
for _w, _role in _table("context.tsv", 2):
    CONTEXT.setdefault(_role, []).append(_w)
