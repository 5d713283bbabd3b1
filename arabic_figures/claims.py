"""Building claims: what each figure counts, how sure it is, and where it was said.

For every number found in the normalized copy, in order:

1. drop what is never a claim (years, dates, times, ages, ordinals, identifiers,
   measurements, back-references such as «الشهداء الخمسة»);
2. read the qualifier around it (ما لا يقل عن، على الأقل، بين … و…، عشرات …);
3. read the counted noun after it (فلسطينياً، من الأسرى، أيام، دولار);
4. decide the category: the unit first (duration, money, percent), then the event
   that governs the number in its clause (مقتل 5، 30 على الأقل قتلوا، أصابت 72043
   آخرين), then what the noun itself says (قتيلاً، أسرى), then people or count;
5. map every span back to the caller's text.

>>> [(c.category, c.value, c.qualifier) for c in extract("قتل 30 شخصاً على الأقل وأصيب 50 آخرون")]
[('killed', 30, 'at_least'), ('injured', 50, 'exact')]
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterator, Optional

import regex

from . import lexicon as L
from .model import Claim, Number, Trigger
from .normalize import Normalized, normalize
from .numbers import _check, _scan

_PRE = r"(?<!\p{L})(?:[وف]??(?:[بلك]??(?:ال)??|لل))"
_END = r"(?!\p{L})"


def _words_pattern(name: str, words, tail: str = _END) -> regex.Pattern:
    return regex.compile(_PRE + rf"(?P<{name}>\L<{name}>)" + tail, **{name: list(words)})


_TRIGGER = _words_pattern("trig", L.TRIGGERS)
_QUAL_BEFORE = regex.compile(
    r"(?:^|(?<=[\s(«\"'\-:،,]))[وف]?(?P<q>\L<qb>)\s*[(«\"']?\s*\Z",
    qb=[w for w, (q, side) in L.QUALIFIERS.items() if side == "before"]
    + [w.replace(" ", "") for w, (q, side) in L.QUALIFIERS.items() if side == "before" and " " in w],
)
_QUAL_AFTER = regex.compile(
    r"\s*(?P<q>\L<qa>)(?!\p{L})",
    qa=[w for w, (q, side) in L.QUALIFIERS.items() if side == "after"],
)
_QUAL_OF = {**{w: q for w, (q, _) in L.QUALIFIERS.items()},
            **{w.replace(" ", ""): q for w, (q, _) in L.QUALIFIERS.items()}}
_NOT_CLAIM_BEFORE = regex.compile(
    _PRE + r"(?P<w>\L<nc>)\s*[(«\"'\-]?\s*(?:ال)?\s*[(«\"']?\s*\Z", nc=list(L.NOT_CLAIMS))
_MONTH_AFTER = regex.compile(r"\s*(?:من\s+)?(?:شهر\s+)?[(/]?\s*(?P<m>\L<months>)(?!\p{L})", months=L.MONTHS)
_MONTH_BEFORE = regex.compile(_PRE + r"(?P<m>\L<months>)\s*[)/،,]?\s*\Z", months=L.MONTHS)
_WORD = regex.compile(r"\p{L}+")
_CURRENCY = regex.compile(
    r"\s*(?P<pre>[وف]?[بلك]?(?:ال)?)(?P<c>\L<cur>)(?!\p{L})", cur=list(L.CURRENCIES))
_CURRENCY_ANY = regex.compile(_PRE + r"(?P<c>\L<cur>)(?!\p{L})", cur=list(L.CURRENCIES))
_SIGN_BEFORE = regex.compile(r"(?P<c>[$€£])\s?\Z")
_SENTENCE_END = regex.compile(r"[!?؟؛]+|\.+(?!\d)|\n+")
_CLAUSE_STOP = regex.compile(r"[.!?؟؛:\n]")
_SUBSET_BEFORE = regex.compile(
    r"(?:^|(?<=\s))[وف]?(?:من\s+)?(?:بين|ضمن|من)(?:هم|هن|هما)(?:\s+(?:ال)?)?\s*\Z")
_SUBSET_AFTER = regex.compile(r"\s*(?:من|بين)(?:هم|هن|هما)(?!\p{L})")
_PARTITIVE = regex.compile(r"\s*(?:من\s+(?:بين\s+)?|من(?=ال))")
_RANGE_MID = regex.compile(r"\s*(?:(?P<dash>[-–—])|(?P<to>و|الى|إلى|حتى|لغاية))\s*\Z")
_RANGE_START = regex.compile(r"(?:^|(?<=[\s(]))(?:ما\s+)?(?P<w>بين|من|تتراوح\s+بين|يتراوح\s+بين)\s*[(]?\s*\Z")
_CLOSE_SCALE = regex.compile(r"\s*\)\s*(?P<s>الف|الاف|مليون|ملايين|مليار|مليارات)(?!\p{L})")
_TIME_OF_DAY = regex.compile(r"\s*(?:صباحا|مساء|مساءا|ظهرا|فجرا|عصرا|ليلا|بتوقيت)(?!\p{L})")
_DEFINITE_NUMBER_WORD = regex.compile(r"(?:[وفبلك]?ال|لل)")
_ATTACHED = regex.compile(r"(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)\Z")
_ADJECTIVE = regex.compile(r"[وف]?(?:ال)?(?P<w>\p{L}+)")

_PERSON_CATEGORIES = frozenset({
    "killed", "injured", "casualties", "infected", "captive", "released", "detained",
    "missing", "displaced", "evacuated", "rescued", "recovered", "starving", "affected", "people",
})
# Events that act on the people counted and so outrank what the noun says:
# «إطلاق سراح 110 أسرى» is released, «مقتل 5 أسرى» killed.
_EVENT_OVER_NOUN = frozenset({"released", "evacuated", "rescued", "detained", "killed", "injured",
                              "casualties", "missing", "displaced", "starving", "affected"})
_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
_DISEASE = regex.compile(
    r"(?<!\p{L})[وفبل]?(?:ال)?(?:كوليرا|كورونا|كوفيد|فيروس|وباء|الوباء|حصبه|ملاريا|حمي|ضنك|"
    r"انفلونزا|الانفلونزا|ايبولا|ايدز|سل|التهاب|عدوي|متلازمه|ميرس|جدري|طاعون|مرض|امراض|تسمم|"
    r"الكبد|شلل)(?!\p{L})")
_INFECTION_WORDS = regex.compile(r"(?<!\p{L})[وفبل]?(?:ال)?(?:اصابه|اصابات|مصاب|مصابا|مصابين|مصابون|اصيب|اصيبوا|حالات|حالة)(?!\p{L})")

_MAX_LEFT = 110  # characters searched to the left for the governing event
_MAX_RIGHT = 60


@dataclass
class _Num:
    start: int
    end: int
    value: object
    low: object
    high: object
    kind: str
    dual_of: Optional[str] = None  # the singular, for a dual noun («شخصين»)

    @property
    def is_digits(self) -> bool:
        return self.dual_of is None and self.kind != "ordinal"


def _sentences(norm: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in _SENTENCE_END.finditer(norm):
        spans.append((pos, m.end()))
        pos = m.end()
    if pos < len(norm):
        spans.append((pos, len(norm)))
    return spans


_DUAL = _words_pattern("dual", L.DUALS)


def _duals(norm: str) -> list[_Num]:
    out = []
    for m in _DUAL.finditer(norm):
        pre = norm[m.start():m.start("dual")]
        if pre.endswith(("ال", "لل")):
            continue  # a definite dual refers back: «المتهمان»
        out.append(_Num(m.start("dual"), m.end("dual"), 2, 2, 2, "cardinal", L.DUALS[m.group("dual")]))
    return out


def _strip_word(w: str) -> list[str]:
    """Candidate lexicon keys for a written word: clitics, article, pronoun suffix."""
    cands = [w]
    for pre in ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"):
        if w.startswith(pre) and len(w) - len(pre) >= 2:
            cands.append(w[len(pre):])
    more = []
    for c in cands:
        for suf in _SUFFIXES:
            if c.endswith(suf) and len(c) - len(suf) >= 3:
                more.append(c[: -len(suf)])
    return cands + more


def _noun_kind(word: str) -> tuple[str, str]:
    """(kind, key) of a counted noun: person, item, measure, time:<unit>, or trigger:<cat>."""
    for key in _strip_word(word):
        if key in L.TRIGGERS and L.TRIGGERS[key][1] == "noun":
            return "trigger:" + L.TRIGGERS[key][0], key
        if key in L.NOUNS:
            return L.NOUNS[key][0], key
    for key in _strip_word(word):
        if len(key) >= 4 and (key.endswith(("يين", "يون", "يا")) or (key.endswith("ي") and len(key) >= 4)):
            return "person", key
        if len(key) >= 5 and key.startswith("م") and key.endswith(("ين", "ون")):
            return "person", key
    return "item", word


@dataclass
class _NounPhrase:
    start: int
    end: int
    kind: str
    key: str
    partitive: bool = False


def _noun_after(norm: str, pos: int, limit: int) -> Optional[_NounPhrase]:
    """The counted noun phrase after a number ending at ``pos``."""
    part = _PARTITIVE.match(norm, pos, limit)
    partitive = False
    if part:
        pos = part.end()
        partitive = True
    m = regex.compile(r"\s*[(«\"']?\s*(?P<w>\p{L}+)").match(norm, pos, limit)
    if not m:
        return None
    w = m.group("w")
    if w in ("و", "او", "أو", "من", "في", "الى", "الي", "على", "علي", "عن", "مع"):
        return None
    # a compound trigger noun: «قتلى وجرحى»، «القتلى والجرحى»
    t = _TRIGGER.match(norm, m.start("w"), limit)
    if t and L.TRIGGERS[t.group("trig")][1] != "noun":
        return None  # a verb or an event, not a counted noun: «30 على الأقل قتلوا»
    if t and L.TRIGGERS[t.group("trig")][1] == "noun" and " " in t.group("trig"):
        return _NounPhrase(m.start("w"), t.end(), "trigger:" + L.TRIGGERS[t.group("trig")][0],
                           t.group("trig"), partitive)
    kind, key = _noun_kind(w)
    if kind.startswith("trigger:"):
        # «القتلى والجرحى» written with the article on both nouns
        nxt = regex.compile(r"\s+و(?P<w>\p{L}+)").match(norm, m.end(), limit)
        if nxt:
            k2, _ = _noun_kind(nxt.group("w"))
            if k2.startswith("trigger:") and {kind, k2} == {"trigger:killed", "trigger:injured"}:
                return _NounPhrase(m.start("w"), nxt.end(), "trigger:casualties", key, partitive)
    end = m.end()
    if kind in ("person",) or kind.startswith("trigger:"):
        # adjectives that belong to the phrase: «أسرى إسرائيليين وأجانب»
        p = end
        for _ in range(3):
            a = regex.compile(r"\s+(?P<and>و)?(?P<w>\p{L}+)").match(norm, p, limit)
            if not a:
                break
            aw = a.group("w")
            k, _ = _noun_kind(aw)
            nisba = aw.endswith(("يين", "يون", "يا", "ين")) and len(aw) >= 5
            if aw in ("اخرين", "اخرون", "اخري", "اجانب") or (nisba and k in ("person",)):
                p = a.end()
                end = p
            else:
                break
    return _NounPhrase(m.start("w"), end, kind, key, partitive)


def _prev_word(norm: str, pos: int, floor: int) -> Optional[regex.Match]:
    best = None
    for m in _WORD.finditer(norm, max(floor, pos - 30), pos):
        best = m
    return best


@dataclass
class _Draft:
    num: _Num
    category: str
    unit: str
    qualifier: str
    value: object
    low: object
    high: object
    start: int
    end: int
    noun: Optional[tuple[int, int]]
    trigger: Optional[tuple[int, int]]
    sentence: tuple[int, int]


class _Reader:
    """Reads the claims of one normalized text."""

    def __init__(self, nt: Normalized):
        self.nt = nt
        self.norm = nt.text
        nums = [_Num(*r) for r in _scan(self.norm)]
        duals = _duals(self.norm)
        if duals:
            taken = [(n.start, n.end) for n in nums]
            starts = [s for s, _ in taken]
            for d in duals:
                k = bisect_right(starts, d.start) - 1
                if k >= 0 and taken[k][1] > d.start:
                    continue
                nums.append(d)
            nums.sort(key=lambda n: n.start)
        self.nums = nums
        self.sentences = _sentences(self.norm)
        self._sent_starts = [s for s, _ in self.sentences]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self._sent_starts, pos) - 1
        return self.sentences[max(k, 0)]

    # -- what is never a claim -------------------------------------------------

    def not_a_claim(self, n: _Num, i: int, sent: tuple[int, int]) -> bool:  # noqa: C901
        norm = self.norm
        if n.kind == "ordinal" or n.value is not None and n.value == 0:
            return True
        left = norm[max(sent[0], n.start - 40):n.start]
        right_end = min(sent[1], n.end + 40)
        if n.dual_of is None:
            word_start = n.start
            # a definite number word refers back: «الشهداء الخمسة»
            raw = norm[n.start:n.end]
            if not raw[:1].isdigit() and n.value is not None:
                pre = norm[max(0, n.start - 4):n.start]
                m = regex.search(r"(?<!\p{L})(?:[وفبلك]?ال|لل)\Z", pre)
                if m:
                    return True
            # digits glued to letters or to a hyphenated word: إف-16، كوفيد-19، C4، بي29
            if raw[:1].isdigit():
                lw = regex.search(r"\p{L}+\Z", norm[max(0, word_start - 12):word_start])
                if lw and not _ATTACHED.match(lw.group()):
                    return True
                if regex.search(r"\p{L}\s?[-_/]\Z", norm[max(0, word_start - 3):word_start]):
                    return True
                if regex.match(r"[-_]?[A-Za-z]", norm[n.end:n.end + 2]):
                    return True
                if regex.match(r"\s?[:/]\s?\d", norm[n.end:n.end + 3]) or regex.search(
                        r"\d\s?[:/]\s?\Z", norm[max(0, word_start - 3):word_start]):
                    return True  # 9:31، 14/3/2015
                if regex.match(r"[.\-]\d+[.\-]\d", norm[n.end:n.end + 8]) or regex.search(
                        r"\d[.\-]\d+[.\-]\Z", norm[max(0, word_start - 8):word_start]):
                    return True  # 14-9-1431
                digits = regex.sub(r"\D", "", raw)
                if len(digits) >= 8 and not regex.search(r"[.,]", raw) or (
                        raw.startswith("0") and len(digits) >= 4 and "." not in raw):
                    return True  # a phone or account number
                if regex.match(r"\s*\+", norm[n.end:n.end + 2]) or left.endswith("+"):
                    return True
            # «واحد» after a noun is an adjective: «عائلة واحدة»
            if raw in ("واحد", "واحده", "واحدا"):
                pw = _prev_word(norm, n.start, sent[0])
                if not pw or _noun_kind(pw.group())[0] not in ("person",) or pw.group() == "اخر":
                    return True
        if _NOT_CLAIM_BEFORE.search(left):
            return True
        if _MONTH_BEFORE.search(left):
            return True
        if isinstance(n.value, int) and 1 <= n.value <= 31 and _MONTH_AFTER.match(norm, n.end, right_end):
            return True
        if _MONTH_AFTER.match(norm, n.end, right_end) and isinstance(n.value, int) and 1000 <= n.value <= 2200:
            return True
        if _TIME_OF_DAY.match(norm, n.end, right_end) and isinstance(n.value, (int, float)) and n.value <= 24:
            return True
        return False

    def is_year(self, n: _Num, noun: Optional[_NounPhrase]) -> bool:
        raw = self.norm[n.start:n.end]
        if not regex.fullmatch(r"\d{4}", raw) or not 1000 <= int(raw) <= 2200:
            return False
        if noun is None:
            return True
        return noun.kind == "item" and not noun.partitive

    # -- qualifiers -------------------------------------------------------------

    def qualifier_before(self, start: int, floor: int) -> Optional[tuple[str, int]]:
        left = self.norm[max(floor, start - 30):start]
        m = _QUAL_BEFORE.search(left)
        if not m:
            return None
        return _QUAL_OF[m.group("q")], start - len(left) + m.start("q")

    def qualifier_after(self, pos: int, limit: int) -> Optional[tuple[str, int]]:
        m = _QUAL_AFTER.match(self.norm, pos, limit)
        if not m:
            return None
        return _QUAL_OF[m.group("q")], m.end()

    # -- triggers ---------------------------------------------------------------

    def triggers_left(self, start: int, floor: int) -> list[regex.Match]:
        lo = max(floor, start - _MAX_LEFT)
        seg = self.norm[lo:start]
        stop = None
        for stop in _CLAUSE_STOP.finditer(seg):
            pass
        if stop:
            lo += stop.end()
        return list(_TRIGGER.finditer(self.norm, lo, start))

    def trigger_right(self, pos: int, limit: int) -> Optional[regex.Match]:
        """A verb or state right after the claim phrase: «30 على الأقل قتلوا»."""
        hi = min(limit, pos + _MAX_RIGHT)
        seg = self.norm[pos:hi]
        cut = regex.search(r"[.!?؟؛:،,\n]|\d|(?<!\p{L})و?(?:بينما|فيما|بين|منهم|بينهم)(?!\p{L})", seg)
        if cut:
            hi = pos + cut.start()
        words = list(_WORD.finditer(self.norm, pos, hi))
        if len(words) > 5:
            hi = words[4].end()
        for m in _TRIGGER.finditer(self.norm, pos, hi):
            cat, flag = L.TRIGGERS[m.group("trig")]
            if flag == "noun" and cat not in ("starving",):
                continue
            if self.norm[m.start():m.start("trig")].startswith(("و", "ف")):
                return None  # «… وأصابت 72043»: a new clause, about the next figure
            if regex.match(r"\s*(?:\p{L}+\s+){0,2}\d", self.norm[m.end():m.end() + 40]):
                return None
            return m
        return None

    # -- the claim --------------------------------------------------------------

    def read(self) -> Iterator[_Draft]:  # noqa: C901
        norm = self.norm
        nums = self.nums
        skip_until = -1
        prev: dict[tuple[int, int], _Draft] = {}
        for i, n in enumerate(nums):
            if n.start < skip_until:
                continue
            sent = self.sentence_of(n.start)
            if self.not_a_claim(n, i, sent):
                continue
            floor, limit = sent
            number_end = n.end
            value, low, high = n.value, n.low, n.high
            qualifier = "exact" if n.value is not None else "vague"
            span_start, span_end = n.start, n.end
            # ranges: بين 20 و30، من 20 إلى 30، 20-30، (18 إلى 20) ألف
            nxt = nums[i + 1] if i + 1 < len(nums) else None
            rng = None
            if nxt is not None and n.value is not None and nxt.value is not None and nxt.start < limit:
                mid = _RANGE_MID.match(norm[n.end:nxt.start] + "", 0)
                if mid and regex.fullmatch(r"\s*(?:[-–—]|و|الى|إلى|حتى|لغاية)\s*", norm[n.end:nxt.start]):
                    start_word = _RANGE_START.search(norm[max(floor, n.start - 20):n.start])
                    word = mid.group("to")
                    ok = (word == "و" and start_word and start_word.group("w").endswith("بين")) or (
                        word in ("الى", "إلى", "حتى", "لغاية")) or (
                        mid.group("dash") and n.is_digits and nxt.is_digits)
                    if ok and nxt.value > n.value and not self.not_a_claim(nxt, i + 1, sent):
                        rng = nxt
                        if start_word:
                            span_start = max(floor, n.start - 20) + start_word.start()
            if rng is not None:
                qualifier = "range"
                lo_v, hi_v = n.value, rng.value
                number_end = rng.end
                cs = _CLOSE_SCALE.match(norm, rng.end, limit)
                if cs:
                    from .numbers import parse_number
                    scale = parse_number(cs.group("s"))
                    lo_v, hi_v = lo_v * scale, hi_v * scale
                    number_end = cs.end()
                value, low, high = None, lo_v, hi_v
                span_end = number_end
                skip_until = rng.end
            # qualifier before
            qb = self.qualifier_before(span_start, floor) if qualifier != "range" else None
            if qb:
                if qualifier == "exact":
                    qualifier = qb[0]
                span_start = qb[1]
            # currency sign before: $100
            sign = _SIGN_BEFORE.search(norm[max(floor, n.start - 2):n.start])
            # noun
            if n.dual_of is not None:
                kind, key = _noun_kind(n.dual_of)
                noun = _NounPhrase(n.start, n.end, kind, key)
            else:
                noun = None
                qa_mid = self.qualifier_after(number_end, limit)
                after_q = qa_mid[1] if qa_mid else number_end
                if n.kind != "percent":
                    noun = _noun_after(norm, after_q, limit)
                    if noun and qa_mid:
                        qb_after = qa_mid
                    else:
                        qb_after = None
                        noun = _noun_after(norm, number_end, limit) if n.kind != "percent" else None
                else:
                    qb_after = None
            if self.is_year(n, noun):
                continue
            tail = noun.end if noun else number_end
            qa = self.qualifier_after(tail, limit) or (qb_after if n.dual_of is None else None) \
                or self.qualifier_after(number_end, limit)
            if qa:
                if qualifier == "exact":
                    qualifier = qa[0]
                span_end = max(span_end, qa[1])
            # unit and category
            category = unit = None
            trigger = None
            currency = None
            if n.kind == "percent":
                category, unit = "percent", "percent"
            elif sign:
                category, unit = "money", L.CURRENCIES[sign.group("c")]
                span_start = min(span_start, max(floor, n.start - 2) + sign.start())
            else:
                cur = _CURRENCY.match(norm, number_end, limit)
                if cur is None and noun is not None:
                    cur = _CURRENCY.match(norm, noun.start - 1 if noun.start else 0, limit) \
                        if noun.start > number_end else None
                if cur is None and noun is None:
                    cur = regex.compile(r"\s*(?P<c>[$€£])").match(norm, number_end, limit)
                if cur is not None:
                    currency = self.currency_code(cur, sent)
                    category, unit = "money", currency
                    noun = _NounPhrase(cur.start("c"), cur.end(), "currency", cur.group("c"))
            if category is None and noun is not None:
                if noun.kind == "measure":
                    continue
                if noun.kind.startswith("time:"):
                    category, unit = "duration", noun.kind[5:]
            if category is None and n.kind == "fraction":
                continue
            if category is None:
                category, trigger = self.category(n, noun, span_start, span_end, sent, prev)
                if category is None:
                    continue
                unit = "person" if category in _PERSON_CATEGORIES else "item"
                if category == "money":
                    unit = trigger
                    trigger = None
            if noun is not None:
                span_end = max(span_end, noun.end)
            if qualifier in ("at_least", "more_than"):
                low, high = value, None
            elif qualifier in ("at_most", "less_than"):
                low, high = None, value
            elif qualifier == "about":
                low, high = None, None
            elif qualifier == "exact":
                low = high = value
            if trigger is not None:
                ts, te = trigger
                if ts >= span_end and ts - span_end <= _MAX_RIGHT and not regex.search(r"[،,]", norm[span_end:ts]):
                    span_end = te
                elif te <= span_start and span_start - te <= 25:
                    span_start = ts
            draft = _Draft(n, category, unit, qualifier, value, low, high, span_start, span_end,
                           (noun.start, noun.end) if noun else None, trigger, sent)
            prev[sent] = draft if category in _PERSON_CATEGORIES else prev.get(sent)
            yield draft

    def currency_code(self, cur: regex.Match, sent: tuple[int, int]) -> str:
        word = cur.group("c")
        code = L.CURRENCIES[word]
        if " " in word or word in "$€£":
            return code
        base = next((b for b, _ in L.COUNTRY_CURRENCY if word.startswith(b)), None)
        if base is None:
            return code
        # «ريال» after which no nationality is written: the country named nearby decides
        words = set(_WORD.findall(self.norm, sent[0], sent[1]))
        after = regex.compile(r"\s+(?P<w>\p{L}+)").match(self.norm, cur.end(), sent[1])
        if after:
            words = {after.group("w")} | words
        for (b, country), c in L.COUNTRY_CURRENCY.items():
            if b == base and country in words:
                return c
        return code

    def category(self, n: _Num, noun: Optional[_NounPhrase], start: int, end: int,
                 sent: tuple[int, int], prev) -> tuple[Optional[str], Optional[tuple[int, int]]]:  # noqa: C901
        """(category, trigger span) of a head count; ``(None, None)`` when it is no claim."""
        norm = self.norm
        floor, limit = sent
        noun_kind = noun.kind if noun else None
        if noun_kind == "item" and noun is not None and not noun.partitive:
            # bare money amounts: «724 مليونًا» in a sentence about dollars
            return "count", None
        person_noun = noun_kind == "person" or (noun_kind or "").startswith("trigger:") or (
            noun is not None and noun.partitive)
        lefts = self.triggers_left(start, floor)
        adjacent = None
        if lefts:
            last = lefts[-1]
            gap = norm[last.end():start]
            if len(_WORD.findall(gap)) <= 2 and not regex.search(r"[،,]", gap):
                adjacent = last
        right = self.trigger_right(end, limit)

        def cat_of(m: regex.Match) -> str:
            cat = L.TRIGGERS[m.group("trig")][0]
            if cat == "injured" and self.disease_near(m.start(), m.end(), end, limit):
                return "infected"
            return cat

        def weak(m: regex.Match) -> bool:
            return L.TRIGGERS[m.group("trig")][1] == "weak"

        if noun_kind and noun_kind.startswith("trigger:"):
            noun_cat = noun_kind[8:]
            if noun_cat == "injured" and self.disease_near(noun.start, noun.end, noun.end, limit):
                noun_cat = "infected"
            if adjacent is not None and not weak(adjacent) and cat_of(adjacent) in _EVENT_OVER_NOUN \
                    and cat_of(adjacent) != noun_cat and noun_cat in ("captive", "people", "infected"):
                return cat_of(adjacent), adjacent.span()
            if right is not None and cat_of(right) in ("killed",) and noun_cat == "captive":
                return "killed", right.span()
            return noun_cat, (noun.start, noun.end)
        if adjacent is not None and (not weak(adjacent) or person_noun or noun is None):
            return cat_of(adjacent), adjacent.span()
        if right is not None and not weak(right) and (person_noun or noun is None):
            return cat_of(right), right.span()
        # a subset of people counted before: «بينهم 12 طفلاً»، «ثلاثة منهم»
        subset = _SUBSET_BEFORE.search(norm[max(floor, start - 20):start]) or _SUBSET_AFTER.match(
            norm, n.end, limit)
        if subset and prev.get(sent) is not None:
            return prev[sent].category, prev[sent].trigger
        for m in reversed(lefts):
            if weak(m) and not (person_noun or noun is None):
                continue
            return cat_of(m), m.span()
        if right is not None and (person_noun or noun is None):
            return cat_of(right), right.span()
        if person_noun:
            return "people", None
        if noun is None:
            # «وكركوك بسقوط 26 شخصا واصابة 11»: a bare number after a coordinated event
            cur = _CURRENCY_ANY.search(norm, n.end, limit)
            if cur and n.value is not None and n.value >= 10**6:
                return "money", self.currency_code(cur, sent)
            return "count", None
        return "count", None

    def disease_near(self, a: int, b: int, end: int, limit: int) -> bool:
        """Is a «إصابة» about a disease? Looks at the words right around it."""
        lo = max(self.sentence_of(a)[0], a - 30)
        hi = min(limit, max(b, end) + 40)
        return bool(_DISEASE.search(self.norm, lo, hi))


def _to_claim(d: _Draft, nt: Normalized) -> Claim:
    original = nt.offsets.original
    n = d.num
    ns, ne = nt.span(n.start, n.end)
    number = Number(original[ns:ne], ns, ne, n.value, n.low, n.high, n.kind)
    s, e = nt.span(d.start, d.end)
    s, e = min(s, ns), max(e, ne)
    noun = None
    if d.noun:
        a, b = nt.span(*d.noun)
        noun = original[a:b]
    trigger = None
    if d.trigger:
        a, b = nt.span(*d.trigger)
        trigger = Trigger(original[a:b], a, b)
    ss, se = nt.span(*d.sentence)
    # the context is the sentence without surrounding blanks
    while ss < se and original[ss].isspace():
        ss += 1
    while se > ss and original[se - 1].isspace():
        se -= 1
    s, e = max(s, ss), min(e, se) if se >= ne else e
    return Claim(d.category, d.value, d.low, d.high, d.qualifier, d.unit, noun, number,
                 s, e, trigger, ss, se, original[ss:se])


def iter_claims(text: str) -> Iterator[Claim]:
    """Yield the figure claims of ``text``, left to right.

    >>> c = next(iter_claims("ودفعت 2.2 مليون نسمة إلى المجاعة"))
    >>> c.category, c.value, c.unit, c.noun
    ('starving', 2200000, 'person', 'نسمة')
    """
    _check(text)
    nt = normalize(text)
    for d in _Reader(nt).read():
        yield _to_claim(d, nt)


def extract(text: str) -> list[Claim]:
    """Every figure claim in ``text``, left to right.

    >>> [(c.category, c.value) for c in extract("قتلت إسرائيل ما لا يقل عن 30631 فلسطينياً وأصابت 72043 آخرين")]
    [('killed', 30631), ('injured', 72043)]
    """
    return list(iter_claims(text))
