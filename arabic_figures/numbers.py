"""Reading numbers: digits, number words, mixed forms, fractions, vague plurals.

Two compiled patterns find candidate tokens (digit runs, and number words with
their clitics) in the normalized copy; a small state machine (:class:`_Builder`)
joins neighbouring tokens into whole expressions, in groups of a thousand, the
way text2num does: «ثلاثة آلاف وأربعمئة وخمسة وعشرون» → 3425.

>>> parse_number("ثلاثين ألفاً")
30000
>>> parse_number("٢٫٢ مليون")
2200000
>>> [n.text for n in find_numbers("قتل 30 شخصا وأصيب ثلاثة آخرون")]
['30', 'ثلاثة']
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from operator import attrgetter
from typing import Callable, Iterator, Optional, Union

import regex

from . import patterns as P
from .lexicon import CURRENCIES, MONTHS, NOUNS, NUMBER_WORDS, PERCENT_WORDS
from .model import Number
from .normalize import BLOCK_SIZE, Normalized, blocks, fold, normalize

Value = Union[int, float]

# Clitics: conjunction (و ف), preposition (ب ل ك), article (ال); لل is ل + ال.
# Every clitic + word form is listed up front, read as the shortest clitic that
# leaves a number word («واحد» is one, not و + «احد»), and scanned as one trie by
# Python's re (patterns.py: far faster than the regex package's named lists).
_CLITIC_FORMS = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل",
                 "وب", "ول", "وك", "فب", "فل", "فك", "وبال", "وكال", "فبال", "فكال")
_FORMS: dict[str, tuple[str, str]] = {}
for _pre in _CLITIC_FORMS:  # shortest clitic first: it wins
    for _w in NUMBER_WORDS:
        _FORMS.setdefault(_pre + _w, (_pre, _w))
# A digit run, its first digit matched plainly: re then skips in C from digit to digit
# (a pattern that opens with a look-behind is tried at every position, 6x slower). It
# never starts inside another run nor after «.» («.5» is not 5; the tail of «1.2.3» is no
# figure of its own); after a comma that groups nothing it starts afresh: «2011,2012»
# → 2011, 2012. A minus sign before it is taken in :func:`_tokens`.
_DIGIT_RUN = re.compile(r"""\d(?<![\d.]\d)(?:
      \d{0,2}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)      # 72,043   10,000.50
    | \d{0,2}(?:،\d{3})+(?:,\d{1,2})?(?![\d،.,])     # 23،417, 12،220,13 (an Arabic comma, no blank, groups too)
    | \d{0,2}(?:\.\d{3})+,\d{1,2}(?![\d,]|\.\d)     # 15.234,56 (Maghreb: point groups, comma decimal)
    | \d{0,2}(?:\.\d{3}){2,}(?![.\d])             # 5.949.212
    | \d*\.\d+                                    # 2.2   21.822 (decided later)
    | (?<!,\d)\d*,\d{1,2}(?![\d,])                 # 17,9 (decimal comma; not in «1,2,3»)
    | (?<!,\d)\d?,\d{4,6}(?![\d,])                  # 6,2298 (an exchange rate: four decimals, no group)
    | \d*
)""", re.VERBOSE)
# A number word with its clitics, a whole word: the trie's first letter comes first, so
# re skips in C to the letters a number word can start with.
_WORD = re.compile(P.trie(_FORMS, flexible_spaces=False, guard_first=P.NO_LETTER_BEFORE_FIRST)
                   + P.NO_LETTER_AFTER)
# a minus sign counts at the start, or after a blank, a bracket or a quote
_BEFORE_MINUS = "([«\"'"
_MINUS_AFTER_DIGIT = re.compile(r"\d\s*\Z")
# A word after «آل» (folded to a lone «ال»: the family of) is a name: «آل ثاني».
_AFTER_AL = re.compile(P.NO_LETTER_BEFORE + r"[وفبل]?ال\s{1,3}\Z")
# Spaces inside one number: never a line break («عام 2021\n\nألف شخص» is two).
_SP = r"[^\S\n\r\x0b\x0c\x85\u2028\u2029]"
_PERCENT = re.compile(_SP + "?(?:" + P.trie(PERCENT_WORDS) + ")" + P.NO_LETTER_AFTER)
_BRACKET_PERCENT = re.compile(r"\)" + _SP + "*(?:" + P.trie(PERCENT_WORDS) + ")" + P.NO_LETTER_AFTER)
_FROM = re.compile(r"\s+من" + P.NO_LETTER_AFTER)
# «مليوناً ونصف المليون»: a fraction after it makes the scale singular, not a dual
# «مليونا و580 ألف»: a number joined after it makes it the accusative singular too
_AND_DIGITS = re.compile(r"\s*و\s*(?:\d|(?:" + P.trie(w for w, (v, r) in NUMBER_WORDS.items()
                                                    if r in ("unit", "ten", "tens", "teen", "hundred"))
                         + ")" + P.NO_LETTER_AFTER + ")")
_NO_NOUN_AFTER = re.compile(r"\s*(?:[.،,؛:!?؟)»\"]|(?:فقط|تقريبا|علي\s+الاقل|علي\s+الاكثر)" + P.NO_LETTER_AFTER + ")")
# (not the end of the text: num2words writes 2000 as a bare «ألفا»)
_AND_FRACTION = re.compile(r"\s*و\s*(?:" + P.trie(w for w, (v, r) in NUMBER_WORDS.items() if r == "fraction")
                           + ")" + P.NO_LETTER_AFTER)
# «%20» with the sign typed first; not «%28» inside a URL (after a letter or digit)
_LEADING_PERCENT = re.compile(r"(?:^|[\s(\[«\"'])%\Z")
# «بالمئة»، «في المئة» say "per cent"; their «مئة» is not the number 100
_PERCENT_END = re.compile(P.NO_LETTER_BEFORE + "(?:" + P.trie(
    [p for p in PERCENT_WORDS if re.search(r"[^\W\d_]", p)]) + r")\Z")
_GAP = re.compile(rf"{_SP}*|{_SP}*و{_SP}*")
# «خمس السكان»، «عشر الميزانية»: a bare «خمس/سبع/تسع/عشر» before a definite noun is a
# fraction of it (five is «خمسة» there: «السكان الخمسة»); before a plural of time it stays
# a cardinal in construct («خلال خمس السنوات المقبلة»، «في عشر الدقائق الأخيرة»)
_FRACTION_OF = {"خمس": 5, "سبع": 7, "تسع": 9, "عشر": 10}
_TIME_PLURALS = sorted(fold(w) for w, (kind, flag) in NOUNS.items()
                       if kind.startswith("time:") and flag != "dual" and not w.endswith("ا"))
_OF_DEFINITE = re.compile(_SP + r"+(?!" + P.trie(PERCENT_WORDS) + r")ال(?!(?:" + "|".join(_TIME_PLURALS)
                          + r")" + P.NO_LETTER_AFTER + r")[^\W\d_]{2}")
# «ريالاً واحداً وخمسون هللة»، «شخص واحد وخمسون آخرون»: «واحد» after a counted noun is its
# adjective (one riyal, one person), so a number after «و» starts afresh
_ONE = frozenset(("واحد", "واحده", "واحدا"))
# singular heads an ordinal «الواحد والعشرون» follows: «القرن»، «الدورة»، «الذكرى»
_ORDINAL_HEADS = frozenset(("قرن", "دوره", "ذكري", "نسخه", "عام", "يوم", "موسم", "موتمر", "مهرجان", "بطوله", "جوله",
                            "سنه", "عيد", "مرحله", "حلقه", "طبعه", "قمه", "منتدي", "معرض", "مسابقه", "ليله"))
_COUNTED = frozenset(fold(w) for w in (*NOUNS, *CURRENCIES))
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)" + _SP + r"+\Z")
_BLOCKED = frozenset({("ال", "اثنين"), ("وال", "اثنين"), ("لل", "اثنين"), ("ل", "ست")})

# A run of more digits than Python itself reads by default (``int()`` refuses more than
# 4,300) is a hash, a key or pasted noise, never a figure anyone writes; it is not a number.
# Reading it exactly would cost more than linear time (no exact big-integer conversion in
# CPython is linear), so it is skipped.
MAX_DIGITS = 4300
# a user may lower ``sys.set_int_max_str_digits`` to as little as 640: convert in such chunks
_INT_CHUNK = 640


def _big_int(digits: str) -> int:
    """``int(digits)`` for any length, without touching the global limit."""
    if len(digits) <= _INT_CHUNK:
        return int(digits)
    half = len(digits) // 2
    return _big_int(digits[:half]) * 10 ** (len(digits) - half) + _big_int(digits[half:])


def _digit_value(s: str, before_scale: bool) -> Union[int, Decimal]:
    """Value of a digit token per the SPEC's separator conventions."""
    if "،" in s:
        head, _, tail = s.replace("،", "").partition(",")
        return Decimal(f"{head}.{tail}") if tail else _big_int(head)  # «12،220,13»: a decimal comma after
    if "," in s:
        head, _, tail = s.partition(",")
        if len(tail) != 3 and "," not in tail and "." not in tail:
            return Decimal(f"{head.replace('.', '')}.{tail}")  # decimal comma: 17,9   15.234,56   6,2298
        s = s.replace(",", "")
    if s.count(".") > 1:
        return _big_int(s.replace(".", ""))
    if "." in s:
        head, tail = s.split(".")
        if len(tail) == 3 and head.strip("0") and not before_scale:
            return _big_int(head + tail)  # 21.822 شهيداً: a thousands point
        return Decimal(s)
    return _big_int(s)


def _clean(v: Union[int, float, Decimal, Fraction]) -> Value:
    """int when integral, else float; huge values stay exact ints."""
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return int(v) if v.is_integer() else v
    if v == int(v):
        return int(v)
    return float(v)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    role: str  # digits, or a role from numbers.tsv
    value: Union[int, Decimal, Fraction]
    conj: bool  # preceded by و (attached or standalone)
    definite: bool
    raw: str = ""
    joined: bool = False  # only spaces (and و) since the previous token
    article: bool = False  # written with «ال» right before the word (not «لل»)
    tanween: bool = False  # «ألفاً» as written in the original (not only «ألفا»)


# the slots of its group a first token fills: hundreds, tens, units, or digits
_FIRST_SLOTS = {"unit": "u", "ten": "t", "tens": "t", "teen": "tu", "hundred": "h", "zero": "htu"}


@dataclass
class _Builder:
    """Joins tokens into one number; :meth:`push` says whether a token fits."""

    total: Union[int, Decimal, Fraction] = 0
    group: Optional[Union[int, Decimal, Fraction]] = None
    last_scale: float = math.inf
    slots: set[str] = field(default_factory=set)  # filled in the group: h, t, u
    last: str = ""
    kind: str = "cardinal"
    vague_unit: Optional[int] = None
    few: bool = False
    few_teen: bool = False
    frac: Optional[Fraction] = None
    point: bool = False
    point_digits: str = ""
    done: bool = False
    count: int = 0
    sign: int = 1
    group_from: int = 0  # the token count at which a group after a scale began
    tail_scale: Optional[int] = None
    after: Optional["_Builder"] = None  # الأول بعد المئة
    nested: bool = False  # the part after «بعد»: it takes no «بعد» of its own (a chain stays flat)
    int_part: Union[int, Decimal, Fraction] = 0
    definite: bool = False  # the first word has the article: «العشرون»، «المئة»
    first_raw: str = ""

    def value(self) -> Union[int, Decimal, Fraction]:
        v = self.total + (self.group or 0)
        if self.after is not None:
            v += self.after.value()
        return self.sign * v

    def push(self, tok: _Tok) -> bool:  # noqa: C901 - a state table, read top to bottom
        if self.done:
            return False
        r, v, c = tok.role, tok.value, tok.conj
        ok = self._first(tok, r, v) if self.count == 0 else self._next(tok, r, v, c)
        if ok:
            self.count += 1
            self.last = r
        return ok

    def _first(self, tok: _Tok, r: str, v) -> bool:
        self.definite, self.first_raw = tok.definite, tok.raw
        if r == "scale" and tok.raw in _CONSTRUCT_DUALS and not tok.tanween:
            # A bare «ألفا»، «مليونا» opening a number is the construct dual
            # («ألفا جندي»، «مليونا دولار»): two of the scale. With a count before
            # it, or written «ألفاً», it is the accusative singular (handled in _next).
            self.total = 2 * v
            self.last_scale = v
            return True
        if r in ("unit", "ten", "tens", "hundred", "teen", "digits", "zero"):
            self.group = v
            self.slots = set(_FIRST_SLOTS.get(r, "d"))
            return True
        if r == "unit11":
            self.group = 1
            self.slots = {"u"}
            return True
        if r in ("scale", "scale_dual"):
            self.total = v
            self.last_scale = v if r == "scale" else v // 2
            return True
        if r in ("scale_plural", "vague"):
            self.vague_unit = v
            return True
        if r == "few":
            self.vague_unit = 1
            self.few = True
            return True
        if r == "fraction":
            self.frac = v
            self.kind = "fraction"
            return True
        if r in ("ordinal", "ordinal11"):
            self.group = v
            self.kind = "ordinal"
            self.slots = {"u"}
            return True
        if r == "minus" and self.sign > 0:  # «سالب سالب» is not a number
            self.sign = -1
            self.count = -1  # the next token is read as a first token
            return True
        return False

    def _next(self, tok: _Tok, r: str, v, c: bool) -> bool:  # noqa: C901
        last = self.last
        if self.tail_scale is not None:  # only «المليون»/«مليون» may follow «مليون ونصف»
            ok = r == "scale" and not c and v == self.tail_scale  # («مليار ونصف مليار» too)
            self.done = True
            self.tail_scale = None
            return ok
        if self.point:  # the digits after فاصلة: «فاصلة صفر خمسة»، «فاصلة 25»
            if c:
                if r == "tens" and last == "unit" and self.point_digits:  # «فاصل خمسة وسبعون»
                    self.point_digits = self.point_digits[:-1] + str(v + int(self.point_digits[-1]))
                    self.group = self.int_part + Decimal(f"0.{self.point_digits}")
                    self.done = True
                    return True
                return False
            if r in ("unit", "zero") and v < 10:
                self.point_digits += str(v)
            elif self.point_digits:
                return False
            elif r == "digits" and isinstance(v, int) and v >= 0:
                self.point_digits = tok.raw
                self.done = True
            elif r in ("ten", "tens", "teen"):
                self.point_digits = str(v)
                self.done = True
            else:
                return False
            self.group = self.int_part + Decimal(f"0.{self.point_digits}")
            return True
        if self.after is not None:
            if self.after.count == 0 and not tok.definite:
                return False
            return self.after.push(tok)
        if self.vague_unit is not None:  # عشرات الآلاف، بضعة آلاف، بضع مئات
            if self.few and not self.few_teen and self.vague_unit == 1 and r == "ten" and not c:
                self.few_teen = True  # «بضعة عشر»: thirteen to nineteen
                return True
            if c or r not in ("scale", "scale_plural", "vague") or v <= self.vague_unit:
                return False
            if r == "vague" and not self.few:
                return False
            self.vague_unit *= v
            return True
        if (r == "after" and not c and self.count == 1 and self.definite and last == "tens"
                and self.kind == "cardinal" and not self.nested):
            self.kind = "ordinal"  # «العشرون بعد المئة»: a definite tens is an ordinal
            self.after = _Builder(nested=True)
            return True
        if self.kind == "ordinal":
            if r == "ten" and not c and last in ("ordinal", "ordinal11") and self.group % 100 < 10:
                self.group += 10
                return True
            if r == "tens" and c and last in ("ordinal", "ordinal11") and tok.article and self.group % 100 < 10:
                # «الحادي والعشرون»; not the time «السابعة وعشرين دقيقة»، «العاشرة وثلاثون»
                self.group += v
                return True
            if r == "after" and not c and self.group is not None and last != "after" and not self.nested:
                self.after = _Builder(nested=True)
                return True
            return False
        if self.frac is not None and self.group is None and self.total == 0:
            # نصف مليون، ربع مليار
            if not c and r in ("scale", "scale_plural"):
                self.total = self.frac * v
                self.last_scale = v
                self.frac = None
                self.kind = "cardinal"
                self.done = True
                return True
            return False
        if r == "point":
            if c or self.group is None or not ("d" in self.slots or last != "scale"):
                return False
            if isinstance(self.group, Decimal):
                return False
            self.point = True
            self.int_part = self.group
            return True
        if r == "digits":
            # «مليون و200 ألف»: digits may start a new group after a scale.
            if c and self.group is None and self.total and isinstance(v, int) and v < self.last_scale:
                self.group = v
                self.slots = {"d"}
                self.group_from = self.count
                return True
            return False
        g = self.group
        s = self.slots
        if r in ("scale", "scale_plural"):
            if (not c and g is None and r == "scale" and last in ("scale", "scale_plural") and self.last_scale == 1000
                    and v >= 10 ** 6 and self.total < 10 ** 6):
                self.total *= v  # «115 ألف مليار ليرة»: a thousand billion
                self.last_scale = 1000 * v
                return True
            if c or v >= self.last_scale:
                if c and g is None and r == "scale" and v < self.last_scale and last.startswith("scale"):
                    self.total += v  # مليون وألف
                    self.last_scale = v
                    return True
                return False
            if g is None or g == 0:
                return False
            if "u" in s and last == "unit" and g == 1 and r == "scale_plural":
                return False
            self.total += g * v
            self.group = None
            self.slots = set()
            self.last_scale = v
            return True
        if r == "scale_dual":
            if c and g is None and v // 2 < self.last_scale and self.total:
                self.total += v
                self.last_scale = v // 2
                return True
            return False
        if r == "fraction":
            # مليون ونصف، ثلاثة ملايين ونصف، خمسة ونصف
            if not c:
                return False
            if g is None and self.total and self.last_scale < math.inf:
                self.total += v * self.last_scale
                self.tail_scale = self.last_scale  # «مليون ونصف المليون»
                return True
            elif g is not None and self.last_scale == math.inf and "d" not in s:
                self.group = g + v
            else:
                return False
            self.done = True
            return True
        if r == "fraction_plural":  # ثلاثة أرباع، عشرة أخماس
            if (not c and g is not None and last == "unit" and self.total and g < 10
                    and self.group_from == self.count - 1 and self.last_scale < math.inf):
                # «مليون وثلاثة أرباع»: three quarters of the scale, as «مليون ونصف» is a half
                self.total += Fraction(g) * v * self.last_scale
                self.group = None
                self.slots = set()
                self.tail_scale = self.last_scale  # «مليون وثلاثة أرباع المليون»
                return True
            if c or g is None or last not in ("unit", "ten") or self.total or self.count != 1:
                return False
            self.group = None
            self.frac = Fraction(g) * v
            self.total = 0
            self.kind = "fraction"
            return True
        if r in ("ordinal", "ordinal11") and c and self.definite and not s & {"u", "t", "d"} \
                and (g or self.total) and not self.sign < 0:
            self.kind = "ordinal"  # «المئة والخامس والعشرون»، «الألف والأول»
            self.group = (g or 0) + v
            self.slots = s | {"u"}
            return True
        if "d" in s:
            return False
        if (r == "ten" and last == "unit11" and self.count == 1 and self.definite
                and self.first_raw == "احد" and tok.raw != "عشر"):
            return False  # «الأحد عشرة» is Sunday, ten: eleven is «الأحد عشر»
        if r == "ten" and not c and last in ("unit", "unit11") and "t" not in s and g % 10:
            self.group = g + 10  # خمسة عشر، إحدى عشرة
            self.slots = s | {"t"}
            return True
        if last == "unit11" and not (r == "tens" and c):
            return False
        if r == "unit11":
            r = "unit"
        if r == "hundred" and not c and last == "unit" and v == 100 and s == {"u"} and g >= 3:
            self.group = g * 100  # ثلاث مئة
            self.slots = {"h"}
            return True
        if r in ("unit", "ten", "tens", "teen", "hundred"):
            need = {"unit": {"u"}, "ten": {"t"}, "tens": {"t"}, "teen": {"t", "u"}, "hundred": {"h"}}[r]
            if g is None:
                # a new group after a scale: ألف وخمسمئة
                if c and self.total and v < self.last_scale:
                    self.group = v
                    self.slots = set(need)
                    self.group_from = self.count
                    return True
                return False
            if s & need:
                return False
            if r == "hundred":
                return False
            if r == "unit" and "t" in s:
                return False
            if r == "ten" and "u" in s:
                return False  # «بين خمس وعشر سنوات»: five and ten (fifteen is «خمس عشرة»)
            if not c and not (s == {"h"}):  # Egyptian «متين تلاتة وستين» has no و
                return False
            if r == "unit" and g % 10:
                return False
            self.group = g + v
            self.slots = s | need
            return True
        return False


_start = attrgetter("start")


def _tokens(norm: str, tanween: Optional[Callable[[int, int], bool]] = None) -> list[_Tok]:
    """Candidate tokens with their values, and whether each joins the previous.

    ``tanween(start, end)`` tells whether a word was written with ـً in the
    original (normalizing removes it); without it, none was.
    """
    toks: list[_Tok] = []
    for m in _DIGIT_RUN.finditer(norm):
        raw, start = m.group(), m.start()
        if len(raw) > MAX_DIGITS and len(raw) - raw.count(",") - raw.count(".") - raw.count("،") > MAX_DIGITS:
            continue  # «7777…» 5,000 digits long: not a figure (see MAX_DIGITS)
        if start and norm[start - 1] == "-" and (start == 1 or norm[start - 2].isspace()
                                                 or norm[start - 2] in _BEFORE_MINUS) \
                and not _MINUS_AFTER_DIGIT.search(norm, max(0, start - 9), start - 1):
            raw, start = "-" + raw, start - 1  # «-5»; «1995 -2000» is a dash, not a minus
        toks.append(_Tok(start, m.end(), "digits", 0, False, False, raw))
    for m in _WORD.finditer(norm):
        if _AFTER_AL.search(norm, max(0, m.start() - 8), m.start()):
            continue
        pre, w = _FORMS[m.group()]
        if (pre, w) in _BLOCKED:
            continue
        value, role = NUMBER_WORDS[w]
        if role == "hundred" and pre and _PERCENT_END.search(norm, max(0, m.start() - 4), m.end()):
            continue
        tok = _Tok(m.start(), m.end(), role, value, pre[:1] == "و",
                   pre.endswith(("ال", "لل")), w, article=pre.endswith("ال"))
        if w in _CONSTRUCT_DUALS:
            # the accusative singular: written «ألفاً», or followed by «من» («ألفا من
            # المقاتلين»), which a construct dual never is
            # («لن تتجاوز التعويضات مليونا.»: nothing after it, no noun for a construct to lean on)
            tok.tanween = bool(_FROM.match(norm, m.end()) or _AND_FRACTION.match(norm, m.end()) or _NO_NOUN_AFTER.match(norm, m.end())
                               or _AND_DIGITS.match(norm, m.end())) or (
                tanween is not None and tanween(m.end() - len(w), m.end()))
        toks.append(tok)
    toks.sort(key=_start)
    for a, b in zip(toks, toks[1:]):
        if a.role == "digits" and b.role in _SCALE_ROLES and (op := _OPEN_BRACKET_BEFORE.search(norm, max(0, a.start - 3), a.start)) \
                and (cl := _CLOSE_BRACKET_GAP.match(norm, a.end, b.start)) and not norm[cl.end():b.start].strip():
            a.start, a.end = op.start(), cl.end()  # «بلغت (54) مليون ريال»: the bracketed figure takes its scale
    for j, tok in enumerate(toks):
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if tok.raw in ("واحد", "واحده") and nxt and nxt.role == "ten" and _GAP.fullmatch(
                norm[tok.end:nxt.start]) and "و" not in norm[tok.end:nxt.start]:
            # «وأحد عشر» folds to «واحد عشر»: it is و + أحد
            tok.role, tok.raw, tok.conj = "unit11", "احد", tok.start < len(norm) and norm[tok.start] == "و"
        if j:
            gap = norm[toks[j - 1].end:tok.start]
            tok.joined = bool(_GAP.fullmatch(gap)) and not ("و" in gap and tok.conj) and not (
                (tok.conj or "و" in gap) and toks[j - 1].raw in _ONE and _after_counted_noun(norm, toks[j - 1])) and not (
                # «المتهم الأول بعشر سنوات»: a word with a preposition glued on starts a number of its own
                tok.role != "digits" and norm[tok.start:tok.end - len(tok.raw)].lstrip("و")[:1] in ("ب", "ل", "ك"))
            tok.conj = tok.conj or (tok.joined and "و" in gap)
        if tok.role == "digits":
            before_scale = bool(nxt and nxt.role in _SCALE_ROLES
                                and _GAP.fullmatch(norm[tok.end:nxt.start]) and "و" not in
                                norm[tok.end:nxt.start])
            raw = tok.raw
            tok.value = _digit_value(raw.lstrip("-"), before_scale)
            if raw.startswith("-"):
                tok.value = -tok.value
    return toks


def _after_counted_noun(norm: str, tok: _Tok) -> bool:
    """«ريالاً واحداً»: the word before ``tok`` is an indefinite counted noun or currency."""
    m = _WORD_BEFORE.search(norm, max(0, tok.start - 24), tok.start)
    if m is None:
        return False
    w = m.group(1)
    if w.endswith(("ي", "يه", "يا")) and w not in _COUNTED and (
            m2 := _WORD_BEFORE.search(norm, max(0, m.start() - 24), m.start())):
        w = m2.group(1)  # «ريال سعودي واحد»: a nisba between the noun and «واحد»
    return w in _COUNTED or w[:1] in ("ب", "و", "ف", "ل") and w[1:] in _COUNTED and not w[1:].startswith("ال")


_SCALE_ROLES = ("scale", "scale_plural", "scale_dual")
_OPEN_BRACKET_BEFORE = re.compile(rf"\({_SP}*\Z")
_CLOSE_BRACKET_GAP = re.compile(rf"{_SP}*\)")
# an indefinite accusative singular after a definite tens word: it counts, «الأربعين يوما»، «الثلاثين عاما»
_COUNTED_NEXT = re.compile(r"\s+(?!ال|لل|[بل]ال)[^\W\d_]{2,}(?<!ه)ا(?![^\W\d_])|\s+(?:ساعه|دقيقه|سنه|ليله)(?![^\W\d_])")
_SPAN_PREP_BEFORE = re.compile(r"(?<![^\W\d_])(?:خلال|طوال|طيله|مدي|مدار|مدته|مده|لمده|عبر)\s+(?:ال)?\Z")
_DANGLING = ("unit11", "ordinal11", "point", "minus", "after")
# «ألفا»، «مليونا»: a scale word and its form with ا (construct dual or accusative)
_CONSTRUCT_DUALS = frozenset(
    w for w, (v, role) in NUMBER_WORDS.items()
    if role == "scale" and w.endswith("ا") and NUMBER_WORDS.get(w[:-1], (0, ""))[1] == "scale")


# a month name right before a four-digit year: «منذ أبريل 2017 مليوناً و55 ألفاً»: the year ends there
_MONTH_THEN = re.compile(r"(?<![^\W\d_])(?:" + P.trie(fold(m) for m in MONTHS if len(m) >= 3) + r")\s*[/،,]?\s*\Z")


def _build(toks: list[_Tok], i: int, stop: Optional[int] = None) -> tuple[_Builder, int]:
    """The longest number in ``toks[i:stop]`` starting at token ``i``; returns it and
    the next index. Bounded by ``stop`` rather than a slice, so a retry costs only
    the tokens it reads (the scan stays linear)."""
    stop = len(toks) if stop is None else stop
    b = _Builder()
    j = i
    while j < stop and (j == i or toks[j].joined) and b.push(toks[j]):
        j += 1
    if (b.group_from and j < stop and toks[j].joined and not toks[j].conj
            and toks[j].role in ("scale", "scale_plural")):
        # «500 ألف و800 ألف»: the group after «و» belongs to the next number
        return _build(toks, i, i + b.group_from)
    return b, j


def _scan(norm: str, tanween: Optional[Callable[[int, int], bool]] = None,
          ) -> Iterator[tuple[int, int, Optional[Value], Value, Value, str]]:
    """(start, end, value, low, high, kind) in normalized coordinates."""
    toks = _tokens(norm, tanween)
    i = 0
    taken = 0  # where the previous number ended: its «%» is not this one's
    while i < len(toks):
        b, j = _build(toks, i)
        while j > i and b.last in _DANGLING:
            # «أحد المسؤولين»، «الحادي» alone, «فاصلة» with nothing after, «الأول بعد»:
            # drop the dangling word (a few at most: none of them repeats)
            j -= 1
            if j > i:
                b, j = _build(toks, i, j)
        if j == i:
            i += 1
            continue
        if j > i + 1 and toks[i].role == "digits" and toks[i].raw.isdigit() and 1900 <= int(toks[i].raw) <= 2100 \
                and toks[i + 1].role in _SCALE_ROLES \
                and _MONTH_THEN.search(norm, max(0, toks[i].start - 16), toks[i].start):
            b, j = _build(toks, i, i + 1)  # «منذ أبريل 2017 مليوناً و55 ألفاً»: a year, then the next number
        first, last = toks[i], toks[j - 1]
        start = first.start if first.role == "digits" else first.end - len(first.raw)
        if b.kind == "cardinal" and b.definite and j == i + 1 and (
                first.role == "tens" or first.role == "hundred" and first.value == 100) \
                and not (_COUNTED_NEXT.match(norm, last.end) and _SPAN_PREP_BEFORE.search(norm, max(0, start - 12), start)):
            # (not «خلال الأربعين يوما»: a span, its noun in the accusative counted; but «دون الخمسين عاماً»: an age)
            # «العشرون»، «العشرين من الشهر»، «الذكرى الخمسين»، «عيد ميلادها المائة»: a definite
            # tens word or «المئة» alone is an ordinal, written with its article like «الأول»
            b.kind = "ordinal"
        elif b.kind == "cardinal" and j == i + 2 and first.article and first.raw in _ONE \
                and last.role == "tens" and last.article and last.conj and (
                    (head := _WORD_BEFORE.search(norm, max(0, start - 26), start - 2)) is not None
                    and fold(head.group(1)).removeprefix("ال") in _ORDINAL_HEADS):
            # «في القرن الواحد والعشرين»، «الدورة الواحدة والثلاثين»: «one» and the tens, both
            # with the article, after a singular head, is the ordinal as it is spoken (not «الأسرى
            # الواحد والعشرين»: a plural's definite cardinal)
            b.kind = "ordinal"
        sign_first = False
        if b.kind == "ordinal" and first.article and first.role != "ordinal":
            start -= 2
        elif first.role == "digits" and b.kind == "cardinal" and start - 1 >= taken and _LEADING_PERCENT.match(
                norm[max(0, start - 2):start]):
            # «بنسبة %20»: the sign typed first, in logical order
            sign_first = True
            start -= 1
        res = _result(b, start, last.end, norm, sign_first)
        taken = res[1]
        yield res
        i = j
        while i < len(toks) and toks[i].start < res[1]:  # inside «في المئة»
            i += 1


def _result(b: _Builder, start: int, end: int, norm: str, sign_first: bool = False):
    kind = b.kind
    if b.vague_unit is not None:
        u = b.vague_unit
        low, high = (13 * u, 19 * u) if b.few_teen else (3 * u, 9 * u) if b.few else (2 * u, 10 * u - 1)
        return start, end, None, low, high, kind
    if b.frac is not None:
        v = _clean(b.frac)
        m = _PERCENT.match(norm, end)
        if m:  # «ربع نقطة مئوية»، «نصف في المئة»: a fraction of one per cent
            return start, m.end(), v, v, v, "percent"
        return start, end, v, v, v, "fraction"
    v = _clean(b.value())
    if sign_first:
        return start, end, v, v, v, "percent"
    m = _PERCENT.match(norm, end)
    if m and kind == "cardinal":
        end, kind = m.end(), "percent"
    elif kind == "cardinal" and _BRACKET_PERCENT.match(norm, end):
        kind = "percent"  # «(57) في المائة»: the figure in brackets, the per cent after them
    return start, end, v, v, v, kind


def iter_numbers(text: str) -> Iterator[Number]:
    """Yield every number expression in ``text``, left to right.

    >>> [(n.text, n.value) for n in iter_numbers("وأصابت ٧٢٬٠٤٣ آخرين")]
    [('٧٢٬٠٤٣', 72043)]
    """
    _check(text)  # at the call, not at the first next()
    if len(text) <= BLOCK_SIZE:
        return _numbers(normalize(text))
    return (n for a, b in blocks(text, BLOCK_SIZE) for n in _numbers(normalize(text[a:b]), a))


def _tanween(nt: Normalized) -> Optional[Callable[[int, int], bool]]:
    """Whether the original of a normalized span carries tanween fath (ـً)."""
    original = nt.offsets.original
    if "\u064b" not in original:
        return None

    def written_with_tanween(s: int, e: int) -> bool:
        os_, oe = nt.span(s, e)
        return "\u064b" in original[os_:oe]
    return written_with_tanween


def _read(nt: Normalized, tanween: bool = True,
          ) -> Iterator[tuple[int, int, Optional[Value], Value, Value, str]]:
    """:func:`_scan` of a normalized text, with what only the original tells:
    tanween, and «ال» written as such («خمس السكان» is a fifth; «خمس آليات» five)."""
    norm, original = nt.text, nt.offsets.original
    for s, e, value, low, high, kind in _scan(norm, _tanween(nt) if tanween else None):
        if value is None and norm.startswith("عده", s) and original[nt.offsets.start(s + 2):nt.offsets.start(s + 2) + 1] == "ه":
            continue  # «وبويع بعده»: «بعده» (after him), written with «ه», is not «بعدة» (with several)
        if value == 2 and norm[s:e].endswith("اثني") and original[nt.span(s, e)[1] - 1:nt.span(s, e)[1]] == "ى":
            continue  # «وأثنى المدير على …»: praised, a verb (two is «اثني عشر», read with its ten)
        if kind == "cardinal" and norm[s:e] in _FRACTION_OF and "\u064f" in original[slice(*nt.span(s, s + 1))] + \
                original[nt.span(s, s + 1)[1]:nt.span(s, s + 1)[1] + 1]:
            # «خُمس»، «عُشر»: the damma on the first letter marks the fraction (five is «خَمس»)
            value = low = high = _clean(Fraction(1, _FRACTION_OF[norm[s:e]]))
            kind = "fraction"
        elif kind == "cardinal" and norm[s:e] in _FRACTION_OF and norm[s - 2:s] not in ("ال", "لل"):
            m = _OF_DEFINITE.match(norm, e)
            if m and original[nt.offsets.start(m.end() - 4)] == "ا":
                value = low = high = _clean(Fraction(1, _FRACTION_OF[norm[s:e]]))
                kind = "fraction"
        yield s, e, value, low, high, kind


def _numbers(nt: Normalized, base: int = 0) -> Iterator[Number]:
    original = nt.offsets.original
    for s, e, value, low, high, kind in _read(nt):
        os_, oe = nt.span(s, e)
        yield Number(original[os_:oe], os_ + base, oe + base, value, low, high, kind)


def find_numbers(text: str) -> list[Number]:
    """Every number expression in running text, left to right, never overlapping.

    Values are exact; a run of more than ``MAX_DIGITS`` (4,300) digits is a key or noise,
    no number.

    >>> [(n.text, n.value) for n in find_numbers("نحو 2.2 مليون نسمة و80 ألف نازح")]
    [('2.2 مليون', 2200000), ('80 ألف', 80000)]
    """
    return list(iter_numbers(text))


_SLASH = regex.compile(r"(-?)(\d+)/(\d+)")


def parse_number(text: str) -> Optional[Value]:
    """The value of one whole number expression, or ``None``.

    >>> parse_number("مليون ونصف"), parse_number("السادس"), parse_number("بلا شيء")
    (1500000, 6, None)
    """
    _check(text)
    nt = normalize(text)
    shift = len(nt.text) - len(nt.text.lstrip())  # where s starts in nt.text
    s = nt.text.strip().rstrip(".،,؛:!؟?").strip()
    m = _SLASH.fullmatch(s)
    if m:
        if len(m.group(2)) > MAX_DIGITS or len(m.group(3)) > MAX_DIGITS:
            return None
        den = _big_int(m.group(3))
        if den == 0:
            return None
        v = Fraction(_big_int(m.group(2)), den)
        return _clean(-v if m.group(1) else v)
    if s[:1] == "." and s[1:2].isdigit():
        s = "0" + s
        shift -= 1
    if s in _FRACTION_OF and text.strip()[1:2] == "\u064f":
        return _clean(Fraction(1, _FRACTION_OF[s]))  # «خُمس»: the damma marks a fifth (five is «خَمس»)
    tanween = _tanween(nt)
    value = _whole(s, tanween and (lambda a, b: tanween(a + shift, b + shift)))
    if value is None:
        value = _spoken_fraction(s)
    if value is None:
        era = _ERA.search(s)  # a year with its era: «ألف وتسعمئة م»، «مئة ق.م»، «1436هـ»
        if era and era.start() > 0:
            value = _whole(s[:era.start()].rstrip())
            if isinstance(value, int) and value > 0 and era.group("bc"):
                value = -value
            elif not isinstance(value, int) or value <= 0:
                value = None
    return value


_ERA = re.compile(r"(?:(?<=\d)|\s+)(?:(?P<bc>ق\s?\.?\s?م)|م|ه\s?ـ?|ميلادي[اه]?|هجري[اه]?)\.?\Z")


def _whole(s: str, tanween=None) -> Optional[Value]:
    """The value when all of ``s`` is one number expression (a clitic may lead)."""
    found = list(_scan(s, tanween))
    if len(found) != 1:
        return None
    start, end, value, _, _, _ = found[0]
    if start != 0 or end != len(s):
        # the clitic before a word («وبعشرين») is allowed; anything else is not
        head = s[:start]
        if end != len(s) or not re.fullmatch(P.CLITICS, head):
            return None
    return value


# Spoken fractions and decimals, read only when a whole phrase is one number:
# «ثلاثون و تسعة أعشار» (30 + 9/10), «ستة وثمانية وثمانون من مئة» (6 + 88/100),
# «ستة عشر و سبعة عشر على ثلاثة» (16 + 17/3), «ثمن» (an eighth: only alone, since
# in running text it is mostly «price»).
_OVER = re.compile(r"^(?P<num>.+?)\s+(?P<op>من|علي)\s+(?P<den>.+)$")
_ALONE = {"ثمن": Fraction(1, 8)}


# a decimal in words: «… فاصل(ة) [صفر …] …», or num2words' « , » with two decimals
_DECIMAL_WORDS = re.compile(r"(?P<whole>[^,،]+?)\s+(?P<sep>فاصله|فاصل|,|،)\s+(?P<zeros>(?:صفر\s+)*)(?P<rest>[^,،\d]+)")


def _spoken_fraction(s: str) -> Optional[Value]:
    if s in _ALONE:
        return _clean(_ALONE[s])
    m = _OVER.match(s)
    if m:
        den = _whole(m.group("den"))
        if not isinstance(den, int) or den <= 0:
            return None
        if m.group("op") == "من" and (den < 10 or str(den).strip("0") != "1"):
            return None  # «من» takes a power of ten: «ثمانية وثمانون من مئة»
        parts = m.group("num")
        # the longest whole part that reads, and a numerator that reads too
        cuts = [c.start() for c in re.finditer(r"\s+و\s*", parts)]
        for cut in reversed(cuts):
            whole, rest = _whole(parts[:cut]), _whole(re.sub(r"^\s+و\s*", "", parts[cut:]))
            if isinstance(whole, int) and isinstance(rest, int) and (m.group("op") == "علي" or rest < den):
                return _clean(Fraction(whole) + Fraction(rest, den))
        num = _whole(parts)
        if m.group("op") == "علي" and isinstance(num, int):
            return _clean(Fraction(num, den))
        return None
    m = _DECIMAL_WORDS.fullmatch(s)
    if m:  # «خمسة فاصل خمسة وعشرون» = 5.25; num2words' «اثنا عشر , ثلاثون» = 12.30
        whole, zeros = _whole(m.group("whole")), len(m.group("zeros").split())
        rest_words = m.group("rest").split()
        scale = 1
        if len(rest_words) > 1 and NUMBER_WORDS.get(rest_words[-1], (0, ""))[1] == "scale":
            # «اثنان فاصلة خمسة مليون» = 2.5 million: the scale word multiplies the whole decimal
            scale, rest_words = NUMBER_WORDS[rest_words[-1]][0], rest_words[:-1]
        rest_text = " ".join(rest_words)
        rest = 1 if rest_text in ("احد", "احدي") else _whole(rest_text)
        if scale != 1 and isinstance(whole, int) and isinstance(rest, int) and rest >= 0 and m.group("sep") not in (",", "،"):
            return _clean((Fraction(whole) + Fraction(rest, 10 ** (zeros + len(str(rest))))) * scale)
        if isinstance(whole, int) and isinstance(rest, int) and rest >= 0:
            if m.group("sep") in (",", "،"):
                return _clean(Fraction(whole) + Fraction(rest, 100)) if rest < 100 and not zeros else None
            return _clean(Fraction(whole) + Fraction(rest, 10 ** (zeros + len(str(rest)))))
    # «ثلاثون و تسعة أعشار»، «سبعة وسبعون و ثلاثة أسداس»، «خمسة و ثلثين»
    for cut in reversed([c for c in re.finditer(r"\s+و\s*", s)]):
        whole, rest = _whole(s[:cut.start()]), _whole(s[cut.end():])
        last = s[cut.end():].split()[-1]
        fraction_word = NUMBER_WORDS.get(last, (0, ""))[1].startswith("fraction")
        if isinstance(whole, int) and rest is not None and rest > 0 and (
                fraction_word or not isinstance(rest, int)):
            return _clean(Fraction(whole) + Fraction(rest).limit_denominator(1000))
    return None


def _check(text: object) -> None:
    if not isinstance(text, str):
        hint = " (decode bytes first, e.g. data.decode('utf-8'))" if isinstance(
            text, (bytes, bytearray)) else ""
        raise TypeError(f"expected str, got {type(text).__name__}{hint}")
