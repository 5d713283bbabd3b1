"""The sentence around a figure and the noun it counts.

Sentence ends, dual nouns that are figures themselves («يومين» = 2 days), and the
counted noun after a figure («فلسطينياً»، «من الأسرى»، «أيام»), on the normalized copy.

>>> [(d.value, d.dual_of) for d in _duals("استمرت المعارك يومين")]
[(2, 'يوم')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from . import lexicon as L
from . import patterns as P
from .cues import (
    _A_YEAR,
    _ADJECTIVES,
    _BAYT_TOWNS,
    _CUES,
    _DECADE_CONTEXT,
    _END,
    _FREED_AFTER,
    _INDEX,
    _NAME_BEFORE,
    _NEXT_WORD,
    _NISBA_DUAL_END,
    _NISBA_DUAL_HEAD,
    _NOUN_WORD,
    _PART,
    _PARTITIVE,
    _POLL,
    _QUAL_THEN_NUMBER,
    _SCALE_END,
    _SCORE_NOUNS,
    _SENTENCE_END,
    _SUBSET_BEFORE,
    _SUFFIXES,
    _TALLY,
    _TRIGGER,
    _WEEKDAY,
    _WHOLE_AFTER,
    _alternation,
    _fullmatch,
    _rx,
    _search,
)
from .normalize import Normalized

# «قتل وأصيب عشرات»: both verbs before their one subject; after a subject, the first verb is its own
_VERB_PAIRS = frozenset(L.fold(w) for w in ("قتل وأصيب", "قتلوا وأصيبوا", "قتل أو أصيب", "قتلوا أو أصيبوا",
                                             "استشهد وأصيب", "استشهد وجرح"))
_CASE_NOUNS = frozenset(map(L.fold, L.CONTEXT["case"]))


@dataclass(slots=True)
class _Num:
    start: int
    end: int
    value: object
    low: object
    high: object
    kind: str
    dual_of: Optional[str] = None  # the singular, for a dual noun («شخصين»)

    @property
    def written_in_digits(self) -> bool:
        return self.dual_of is None and self.kind != "ordinal"


@dataclass(slots=True)
class _Noun:
    start: int
    end: int
    kind: str  # person, item, known_item, measure, time:<unit>, trigger:<category>
    key: str
    partitive: bool = False


@dataclass(slots=True)
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


def _tidy(v):
    """Products of decimals and scales as the int they are: 2.5 × 1000 → 2500."""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, float):
        return float(f"{v:.12g}")
    return v


def _is_year_value(raw: str) -> bool:
    return bool(_fullmatch(r"\d{4}", raw)) and (1900 <= int(raw) <= 2100 or 1350 <= int(raw) <= 1500)


def _sentences(norm: str) -> list[tuple[int, int]]:
    """Sentence spans: ؟ ؛ ! . and line breaks end one; «2.2» does not."""
    spans = []
    pos = 0
    for m in _SENTENCE_END.finditer(norm):
        spans.append((pos, m.end()))
        pos = m.end()
    if pos < len(norm):
        spans.append((pos, len(norm)))
    return spans


# Every dual ends in «ين» or «ان»: find those endings (re skips to «ن» in C), then read
# the word before them; 5x faster than a word-list pattern tried at every position.
_DUAL_END = re.compile(r"[يا]ن" + P.NO_LETTER_AFTER)
_CLITIC_CHAIN = re.compile("^" + P.CLITICS)
_TWO = frozenset(("اثنين", "اثنان", "اثنتين", "اثنتان"))
# «حالتا وفاة»، «حالتي إصابة»: the construct dual of «حالة» before what the cases are
_CASE_DUAL = re.compile(r"حالت[اي](?=\s)")
_YEARS_AFTER = re.compile(r"\s+(?:سنه|سنوات|سنتين|عاما|اعوام|عامين)(?![^\W\d_])")
_BY_BEFORE = re.compile(r"(?<![^\W\d_])(?:ب|بنسبه)\s*\Z")  # «فاقت معدلها بـ 13 في المائة»، «فاقت المعدل بنسبة 20»: by how much
_DUAL_POSSESSED = re.compile(r"(?<=[^\W\d_]{2})[يا](?:هما|ها|هم|هن)" + P.NO_LETTER_AFTER)  # «وطفليها»، «وطفلاها»
# (not «شقيقاه»، «شريكاه»: the gates leave «his two …» uncounted, 12 to 2)
_NEXT_DUAL = re.compile(r"\s+(?P<w>[^\W\d_]+)")
# a construct dual before an indefinite word that is no list of names: «عمليتي إطلاق نار» (not «محافظتي صعدة وحجة»)
_CONSTRUCT_DUAL = re.compile(r"(?<![^\W\d_])" + P.PARTICLES + r"(?P<w>[^\W\d_]{3,}?)(?:تي|تا)(?=\s+(?!ال|بال|لل|كال|وال|اكثر|اقل|نحو|حوالي|قرابه|زهاء)[^\W\d_]{3,}(?![^\W\d_])(?!\s+و[^\W\d_]))")
# (not «إيران وباكستان رحّلتا أكثر من ١٫٥ مليون»، «ورحّلتا بالفعل»: a verb, a qualifier or a preposition after it)
_PLACE_NOUNS = frozenset(map(L.fold, ("مدينة", "محافظة", "ولاية", "مديرية", "منطقة", "قرية", "بلدة", "جزيرة", "دولة", "ناحية",
                                      "بلدية", "جامعة", "مدرسة", "شركة", "كلية", "قاعدة", "ساحة", "مقاطعة", "إمارة", "جمهورية")))
_PLACES_AT = _PLACE_NOUNS | frozenset(map(L.fold, ("شاطئ", "سد", "حي", "إقليم", "شارع", "مستشفى", "سجن", "دوار", "جماعة",
                                                   "عمالة", "مخيم", "ميناء", "مطار")))  # the places «بـ» puts a figure in
_AFTER_CONSTRUCT_DUAL = re.compile(r"(?<![^\W\d_])(?!ال)[^\W\d_]{2,}(?:تي|تا)\s+(?!ال)[^\W\d_]+\s+\Z")
_CONSTRUCT_TIME = frozenset(map(L.fold, ("ساعة", "دقيقة", "ليلة")))  # «ساعتي عمل متواصلتين»: two hours
_BODIES_DUAL = re.compile(r"جثت[اي](?=\s+(?!ال)[^\W\d_])")  # construct duals: «جثتي»، «جثتا»
_SPAN_END = re.compile(r"\s+(?:" + _alternation(map(L.fold, L.CONTEXT["time_span_end"])) + r")(?![^\W\d_])")
_BETWEEN_AND = re.compile(r"\s*و\s*")
_HOME_PLACE = re.compile("(?:" + _alternation(map(L.fold, L.CONTEXT["home_place"])) + ")" + r"(?:هم|هن|ها|ه)")
_ORIGIN_PLACE = re.compile("(?:" + _alternation(map(L.fold, L.CONTEXT["origin_place"])) + ")")  # «من مدينة درنة»
_EXPLOSIVE = re.compile(r"\s+(?:ال)?متفجر")
# «19 بين قتيل وجريح»، «12 شخصا بين قتيل وجريح»، «13 من أفراد المقاومة بين قتيل وجريح»
_DEAD_AND_WOUNDED = re.compile(r"(?:\s+(?P<n>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}))?\s+(?P<w>(?:ما\s+)?بين\s+(?:قتيل|قتلي|شهيد|شهداء|وفاه|متوفي)\s+و\s*"
                               r"(?:جريح|جرحي|مصاب|مصابين|اصابه|اصابات))" + _END)  # («٢٤ حالة ما بين وفاة وإصابة»)


# «مقتل أحد مقاتلينا»، «إصابة إحدى الممرضات»: one of them, right after the event
_DUAL_SUBJECT_VERB = re.compile(r"(?<![^\W\d_])(?P<w>[^\W\d_]{3,}ين)(?:\s+(?:اخرين|[^\W\d_]{3,}يين))?\s+(?P<v>[^\W\d_]{2,}ا)(?![^\W\d_])")
# («متهمين آخرين أدينا بسنتين حبسا نافذا»: an adjective of the pair between)
# «وفاة مجندين متأثرين بجراحهما»، «لقي طالبان مصرعهما»: a dual pronoun right after says two
_DUAL_THEN_PRONOUN = re.compile(r"(?<![^\W\d_])(?P<w>[^\W\d_]{3,}(?:ين|ان))(?:\s+[^\W\d_]{3,}ين)?\s+(?:[^\W\d_]{2,}هما|كانا|كانتا|(?:لا|ما)\s+(?:يزالان|تزالان))(?![^\W\d_])")
# («سراح سائقين تونسيين كانا محتجزين»: a dual verb after says two)
# «اعتقال مغربيين بمدينة برشلونة للاشتباه في ارتباطهما»: a nisba in «ـيين», then the pair's pronoun a few words on
_NISBA_THEN_PRONOUN = re.compile(r"(?<![^\W\d_])(?P<w>[^\W\d_]{3,}يين)(?:\s+[^\s\d،,.؛]+){1,4}?\s+[^\W\d_]{2,}هما(?![^\W\d_])")
# «بسجن مقيمين … 15 عاماً وجلد كل منهما»: «each of the two» a few words on says the «ـين» noun is a dual; so does a
# sentence's verbal noun with the pair's pronoun: «بسجن موظفين في إحدى الجهات الحكومية سبع سنوات وتغريمهما»
_EACH_OF_THE_PAIR = re.compile(r"(?<![^\W\d_])(?P<w>[^\W\d_]{3,}ين)(?:\s+[^\s\d،,.؛]+|\s+\d+){1,8}?\s+(?:(?:لكل|وكل|كل)\s+(?:واحد\s+)?منهما"
                               r"|(?P<verbal>[وف]?(?:تغريم|جلد|منع|ترحيل|ابعاد|ادانه|سجن|حبس|اعتقال|توقيف|ايقاف|احاله|اطلاق\s+سراح|"
                               r"الافراج\s+عن)هما))(?![^\W\d_])")
_MARKS_BEFORE = re.compile(r"[\u064b-\u0652]+\Z")
_PLURAL_OR_DUAL = re.compile(r"[^\W\d_]{2}ين(?![^\W\d_])")
_UNIT_AND_HALF = re.compile(r"(?<![^\W\d_])[وفبل]?(?P<w>عام|سنه|شهر|اسبوع|يوم|ساعه|دقيقه|عقد|قرن)\s+و\s*(?P<f>نصف|ربع|ثلث)(?![^\W\d_])"
                            r"(?!\s+(?:مليون|مليار|الف))")
_NUMBER_WORD_BEFORE = re.compile(r"(?:\d|" + P.trie(w for w, (v, r) in L.NUMBER_WORDS.items()
                                                  if r in ("unit", "ten", "tens", "teen", "hundred", "scale"))
                                 + r")\s+\Z")
_ONE = re.compile(r"(?P<one>احدي?)\s+(?:(?:ابرز|اكبر|اهم|كبار)\s+)?(?P<w>[^\W\d_]+)")  # a literal first: re skips to it in C
# «أصيب رجلا أمن»، «ضبط جوازا سفر»، «دمرت مخزني أسلحة»: the construct dual of a noun whose plural is broken
# (so «ـي» is no plural) before what kind the pair is (not «راتب شهري»، «شخصا في»: the list says the kind)
_PAIR_OF = re.compile(r"(?<![^\W\d_])" + P.PARTICLES + r"(?P<w>(?P<stem>[^\W\d_]{2,}?)[اي])\s+(?P<c>"
                      + _alternation(map(L.fold, L.CONTEXT["pair_of"])) + r")(?![^\W\d_])")
_ONE_OF_THEM_PRONOUN = re.compile(r"(?<![^\W\d_])(?:احد|احدا)(?:هما|هم|هن)(?![^\W\d_])")
_EVENT_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?P<t>" + _alternation(
    w for w, (c, f) in L.TRIGGERS.items() if f != "weak" and c in ("killed", "injured", "captive", "missing",
                                                                   "detained", "released", "rescued"))
    + r")\s+(?:(?:خلاله|خلالها|فيه|فيها)\s+)?\Z")  # «قتل خلاله أحد المطلوبين»


# «…ستان» is a land («كوردستان»، «باكستان») unless a feminine dual adjective follows («ممارستان صحيتان»)
_DUAL_ADJECTIVE_AFTER = re.compile(r"\s+(?![وف])[^\W\d_]{2,}(?<!س)(?:تان|تين)(?![^\W\d_])")
_PRISON_TERM_AFTER = re.compile(r"[^.؛]{0,90}?(?<![^\W\d_])(?:سجنا|حبسا|سنه|سنوات|سنتين|اشهر|شهرا)\s+(?:نافذا|نافذه)(?![^\W\d_])")
# «حالتا إصابة بالرأس لـ…»: cases just before a word with «ل»
_CASES_JUST_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:حالات|حالتين|حالتان|حالتا|حالتي|حاله)(?:\s+[^\s\d،,.]+){0,3}\s+\Z")


def _marked_duals(nt: Normalized) -> list[_Num]:
    """Duals the writer marked with a fatha before «ين» («وافدَيْن»), which would read
    as plurals unmarked; only where the original kept its diacritics."""
    original = nt.offsets.original or nt.text
    if "\u064e" not in original:
        return []
    out = []
    for m in _PLURAL_OR_DUAL.finditer(nt.text):
        ya = nt.offsets.start(m.end() - 2)
        marks = _MARKS_BEFORE.search(original, max(0, ya - 4), ya)  # «مدنيَّيْن»: a shadda may stand by the fatha
        if marks and "\u064e" in marks.group():
            ws = P.word_start(nt.text, m.end())
            word = nt.text[ws:m.end()]
            if word in L.DUALS or _search(r"^[وفبك]?(?:ال|لل)", word):
                continue  # a listed dual is read anyway; a definite one refers back
            if word.startswith(("ل", "ول", "فل")) and _CASES_JUST_BEFORE.search(nt.text, max(0, ws - 40), ws):
                continue  # «حالتي وفاة لمواطنَين»: the people of the cases
            out.append(_Num(ws, m.end(), 2, 2, 2, "cardinal", word[:-2]))
    return out


def _verb_duals(norm: str) -> list[_Num]:
    """«شرطيين قتلا»: a plural-looking «ـين» is a dual when its verb is dual (the verb + «ا»)."""
    out = []
    for m in _DUAL_SUBJECT_VERB.finditer(norm):
        word, verb = m.group("w"), m.group("v")
        if _search(r"^[وفبك]?(?:ال|لل)", word) or word in L.NUMBER_WORDS or verb.endswith("وا") or any(
                rest in L.DUALS for _, rest in P.clitic_splits(word)):
            continue  # definite, a number, a plural verb («آخرين أصيبوا»), or a listed dual read anyway
        t = L.TRIGGERS.get(verb[:-1])
        if verb == "فقدا" and _rx(r"\s+(?:(?:ال)?[^\W\d_]+هما|(?:ال)?(?:اتصال|ثقه|امل|وظيفه|عمل|منصب|مكان|حق)[^\W\d_]*"
                                 r"|ال(?!ليله|بارحه|اسبوع|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد|شهر|عام|يوم|موسم|صيف|شتاء|سنه|ربيع|خريف)[^\W\d_]+"
                                 r"|وعي)(?![^\W\d_])").match(norm, m.end("v")):
            continue  # «مزارعين فقدا محصولهما»، «لاعبين فقدا مكانهما»: lost something, not gone missing (but «فقدا قبالة سواحل الداخلة»)
        if t is not None and (t[1] == "" or verb in ("ادينا", "اعتقلا", "فقدا")):  # a verb, not a weak word («بسنتين حبسا»)
            out.append(_Num(m.start("w"), m.end("w"), 2, 2, 2, "cardinal", word[:-2]))
    for m in _DUAL_THEN_PRONOUN.finditer(norm):
        word = m.group("w")
        if _search(r"^[وفبك]?(?:ال|لل)", word) or word in L.NUMBER_WORDS or word.startswith("متاثر") or any(
                rest in L.DUALS for _, rest in P.clitic_splits(word)) or _noun_kind(word[:-2])[0] not in (
                    "person", "trigger:injured", "trigger:detained", "trigger:captive") and not (
                word.endswith("يين") or word.endswith("ين") and _noun_kind(word)[0] == "person"):
            continue  # definite, a number, «متأثرين بإصاباتهما» (how they died), a listed dual read anyway, or no person counted
        out.append(_Num(m.start("w"), m.end("w"), 2, 2, 2, "cardinal", word[:-2]))
    seen = {d.start for d in out}
    for m in _EACH_OF_THE_PAIR.finditer(norm):  # «أدانت متهمين آخرين بعشر سنوات سجنا نافذا لكل واحد منهما»
        word = m.group("w")
        if m.start("w") in seen or _search(r"^[وفبك]?(?:ال|لل)", word) or word in L.NUMBER_WORDS or any(
                rest in L.DUALS for _, rest in P.clitic_splits(word)) or _search(r"\d\s*\Z", norm[max(0, m.start() - 4):m.start()]):
            continue  # definite, a number, a listed dual read anyway, after a number
        if (_noun_kind(word)[0] != "person" or _search(r"[^\W\d_]{2}(?:ين|ان|تين|تان)(?![^\W\d_])", norm[m.end("w"):m.start("verbal")])
                ) if m.group("verbal") else _noun_kind(word[:-2])[0] != "person" and _noun_kind(word)[0] != "person":
            continue  # no person (or, with the verbal noun, another pair between)
        seen.add(m.start("w"))
        out.append(_Num(m.start("w"), m.end("w"), 2, 2, 2, "cardinal", word[:-2]))
    for m in _NISBA_THEN_PRONOUN.finditer(norm):
        word = m.group("w")
        if m.start("w") in seen or _search(r"^[وفبك]?(?:ال|لل)", word) or _search(r"(?:\d|[^\W\d_]ين)\s*\Z", norm[max(0, m.start() - 6):m.start()]) \
                or any(rest in L.DUALS for _, rest in P.clitic_splits(word)):
            continue  # definite, after a number («3 مغربيين»), or a listed dual read anyway
        out.append(_Num(m.start("w"), m.end("w"), 2, 2, 2, "cardinal", word[:-2]))
    return out


def _unit_and_half(norm: str) -> list[_Num]:
    """«منذ عام ونصف»، «ساعة وربع»: one unit of time and a part of it, with no number before it."""
    out = []
    for m in _UNIT_AND_HALF.finditer(norm):
        if not _NUMBER_WORD_BEFORE.search(norm, max(0, m.start() - 20), m.start()) and (  # not «15 عام ونصف»
                m.group("w") != "عقد" or _DECADE_CONTEXT.search(norm, max(0, m.start() - 30), m.start("w"))):
            v = _tidy(1 + _PART[m.group("f")])  # («منذ عقد ونصف»: a decade; a contract has no half)
            out.append(_Num(m.start("w"), m.end(), v, v, v, "cardinal", m.group("w")))
    return out


def _one_of(norm: str, num_ends: frozenset[int]) -> list[_Num]:
    """«مقتل أحد مقاتلينا»، «إصابة 13 طالبة وإحدى المعلمات»: one of them, after an event or a count."""
    out = []
    for m in _ONE.finditer(norm):
        after_and = False
        if m.start() and _rx(P.LETTER).match(norm, m.start() - 1):
            if norm[m.start() - 1] != "و" or m.start() > 1 and _rx(P.LETTER).match(norm, m.start() - 2):
                continue  # inside a word («واحد»)
            after_and = True
        w = m.group("w")
        bare = w[:-2] if w.endswith(("نا", "هم")) else w  # «مقاتلينا»
        kind = _noun_kind(w)[0]
        if not (kind == "person" or kind.startswith("trigger:") or bare.endswith(("ين", "ات", "ون"))):
            continue  # «فقدوا أحد أطرافهم»، «شهداء أحد» (Uhud): not one of the people
        if after_and:  # «13 طالبة وإحدى المعلمات»: a count and its noun just before
            if any(e in num_ends and len(norm[e:m.start() - 1].split()) <= 2
                   for e in range(max(0, m.start() - 26), m.start() - 1)):
                out.append(_Num(m.start(), m.end("one"), 1, 1, 1, "cardinal"))
        elif _EVENT_BEFORE.search(norm, max(0, m.start() - 24), m.start()) or _SUBSET_BEFORE.search(
                norm, max(0, m.start() - 14), m.start()):  # «بينهم أحد المسعفين»
            out.append(_Num(m.start(), m.end("one"), 1, 1, 1, "cardinal"))
    for m in _ONE_OF_THEM_PRONOUN.finditer(norm):  # «تمكن المنقذون من إنقاذ أحدهما»: one of them
        if (ev := _EVENT_BEFORE.search(norm, max(0, m.start() - 24), m.start())) and not (
                ev.group("t") in ("اصاب", "اصابت") and m.group().startswith(("احدا", "احدي"))):
            # (not «إطلاق رصاصتين، أصابت إحداهما المشتبه فيه»: the one that hit; «فأصابت أحدهما بجروح» still one hit)
            out.append(_Num(m.start(), m.end(), 1, 1, 1, "cardinal"))
    return out


def _nominative_dual(word: str) -> bool:
    """«مجندان»: a listed noun + «ان» is its dual (the plural would end in «ون»; «ين» is
    read as a dual only for the nouns flagged so, as it is also the plural)."""
    stem = word[:-2]
    return word.endswith("ان") and len(stem) >= 3 and L.NOUNS.get(stem, ("",))[0] in ("person", "item") \
        and word not in L.NOT_DUAL  # «طالبان» is a movement


_DUAL_WORDS_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,}(?:ان|ين)\s+(?:[^\W\d_]{3,}(?:ان|ين)\s+)?\Z")
_ONE_OF_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:احد|احدي|كلا|كلتا)\s+\Z")  # «أحد طياريها»: one of its pilots


# «في دورة إنتشون 2014 ميداليتين»: a year right before a dual, not a number it counts
_YEAR_JUST_BEFORE = re.compile(r"(?<![\d.,٫٬])(?:19|20)\d\d\s+\Z")


def _duals(norm: str) -> list[_Num]:
    """Indefinite duals of counted nouns: «مقتل شخصين» counts two."""
    out = []
    for e in (m.end() for m in _DUAL_END.finditer(norm)):
        ws = P.word_start(norm, e)
        word = norm[ws:e]
        if _NAME_BEFORE.search(norm, max(0, ws - 6), ws):
            continue  # «نوري أبو سهمين»: a name
        if _search(r"(?<![^\W\d_])(?:كانا|كانتا|ظلا|ظلتا|باتا|باتتا|اصبحا|اصبحتا|لايزالان|لاتزالان)\s+\Z", norm[max(0, ws - 9):ws]):
            continue  # «فتاتين قاصرتين كانتا محتجزتين»: what the two already counted were, not two more
        split = ("", word) if word in L.DUALS else next(  # «وكالتين» is an agency, not و + ك + «التين»
            ((pre, rest) for pre, rest in P.clitic_splits(word)
             if rest in L.DUALS or rest in L.CURRENCY_DUALS or _nominative_dual(rest)), None)
        if split is not None:
            pre, rest = split
            ds = ws + len(pre)
            singular = L.DUALS.get(rest) or L.CURRENCY_DUALS.get(rest) or rest[:-2]
            if singular in ("اخر", "اخري") and not pre and _DUAL_WORDS_BEFORE.search(norm, max(0, ws - 30), ws):
                continue  # «رهينتان أجنبيتان أخريان»: the pair's adjective, not two more
            if pre.endswith(("ال", "لل")) and not (
                    L.NOUNS.get(singular, ("",))[0].startswith("time:") and (
                        _SPAN_END.match(norm, e) or _search(r"(?<![^\W\d_])(?:لمده|مده|تقارب|تناهز|قرابه|حوالي|نحو)\s+\Z",
                                                            norm[max(0, ws - 10):ws]))):
                continue  # a definite dual refers back: «المتهمان»; «الأسبوعين الماضيين»، «لمدة تقارب الساعتين» are time
            if _search(r"\d\s*\Z", norm[max(0, ws - 3):ws]) and not _YEAR_JUST_BEFORE.search(norm, max(0, ws - 7), ws):
                continue  # «2.5 مليون لاجئين»: a plural after a number (not «إنتشون 2014 ميداليتين»: after a year)
            if pre in ("ل", "ول", "فل") and _CASES_JUST_BEFORE.search(norm, max(0, ws - 40), ws):
                continue  # «ثلاث حالات لعاملين صحيين»، «حالتا إصابة بالرأس لطفلين»: the people of the cases
            if _search(r"(?<![^\W\d_])و?(?:هما|انهما|كانا)\s+\Z", norm[max(0, ws - 8):ws]) and not (
                    singular == "شخص" and not _search(r"هما[\s،,]+و?هما\s+\Z", norm[max(0, ws - 14):ws])):
                # «وهما شقيقان»: what two already named are, not a new count (but «وتوقيف مختطفيها وهما
                # شخصان»: the first count of them; not after «المشتبه فيهما»: two told already)
                continue
            if singular in _SCORE_NOUNS and (pre.endswith("ب") and not _search(r"\A\s+علي\s", norm[e:e + 6]) or pre == "ل" and _search(
                    r"(?<![^\W\d_])(?:اهداف|هدف|هدفا|اشواط|شوط|نقاط)\s+\Z", norm[max(0, ws - 8):ws])):
                continue  # «فاز بهدفين»، «بثلاثة أهداف لهدفين»: a score (not the lead «متقدما بهدفين على أقرب ملاحقيه»)
            if singular in _SCORE_NOUNS and (_rx(r"\s+(?:ل|مقابل\s+)(?:مثلهما|مثلها|مثله|لا\s+شيء|صفر|واحد)(?![^\W\d_])").match(norm, e)
                                              or _rx(r"(?<![^\W\d_])(?:ب|و)?التعادل\s+\Z").search(norm, max(0, ws - 10), ws)):
                continue  # «انتهت بالتعادل هدفين لمثلهما»: a score
            if not pre and _ONE_OF_BEFORE.search(norm, max(0, ws - 8), ws):
                continue  # «أحد مقاتلين»: one of, not two
            out.append(_Num(ds, e, 2, 2, 2, "cardinal", singular))
            continue
        # feminine duals of nouns not listed: «ميداليتين»، «دفعتين» (the plural would be «…ات»)
        if norm[e - 3] != "ت":
            continue
        w = word[1:] if word[:1] in "وفبل" and len(word) >= 6 and not word.startswith("لا") \
            and word[:-3] + "ه" not in L.TRIGGERS else word  # («وفاتان» is two deaths, not و + «فاتان»)
        if len(w) < 5:
            continue  # «شقتين» (a flat) is the shortest
        bare = _CLITIC_CHAIN.sub("", word)
        if _CLITIC_CHAIN.match(word).group().endswith(("ال", "لل")) or bare in L.DUALS or bare in L.NUMBER_WORDS:
            continue  # definite, a listed dual after a clitic, or a number word («وللمائتين»)
        if w in L.DUALS or w in L.NOT_DUAL or word in L.NOT_DUAL or bare in L.NOT_DUAL or w.endswith("ستان") and not _DUAL_ADJECTIVE_AFTER.match(norm, e) \
                or w in L.NUMBER_WORDS:  # («لختان 300 طفل»: for the circumcision of)
            continue
        if _search(r"[^\W\d_]{2}(?:ين|ان)\s+\Z", norm[max(0, ws - 6):ws]):
            continue  # an adjective agreeing with a dual: «حالتان حرجتان» (not «بين مجموعتين»)
        if _fullmatch(r"م[^\W\d_]{2}و[^\W\d_]ت[يا]ن", w) and _search(r"[^\W\d_]{2}ات\s+\Z", norm[max(0, ws - 8):ws]):
            continue  # a passive participle after a plural, an adjective: «من أصل خمس شاحنات محجوزتين لدى الخاطفين»
        if _AFTER_CONSTRUCT_DUAL.search(norm, max(0, ws - 40), ws):
            continue  # or with a construct dual: «ساعتي عمل متواصلتين»، «جولتي مفاوضات منفصلتين»
        if _search(r"\d\s*\Z", norm[max(0, ws - 3):ws]) and not _YEAR_JUST_BEFORE.search(norm, max(0, ws - 7), ws):
            continue
        out.append(_Num(e - len(w), e, 2, 2, 2, "cardinal", w[:-3] + "ه"))
    for m in _CASE_DUAL.finditer(norm):
        if norm[P.word_start(norm, m.start()):m.start()] not in ("", "و", "ف", "ب", "وب"):
            continue
        t = _TRIGGER.match(norm, m.end() + len(norm[m.end():m.end() + 4]) - len(norm[m.end():m.end() + 4].lstrip()))
        if t and L.TRIGGERS[t.group("trig")][1] in ("noun", "weak", ""):  # («حالتي اختناق»، «حالتي تسمم»)
            out.append(_Num(m.start(), m.end(), 2, 2, 2, "cardinal", "حاله"))
    # «وفاة امرأة وطفليها»: her two children (not «ـيه»: «صاروخية» folds to «صاروخيه»)
    for m in _DUAL_POSSESSED.finditer(norm):
        ws = P.word_start(norm, m.start())
        split = next(((pre, rest) for pre, rest in P.clitic_splits(norm[ws:m.start() + 1])
                      if rest + "ن" in L.DUALS and not pre.endswith(("ال", "لل"))), None)
        if split is not None and L.NOUNS.get(L.DUALS[split[1] + "ن"], ("",))[0] == "person" \
                and not _ONE_OF_BEFORE.search(norm, max(0, ws - 8), ws) \
                and not _search(r"\d\s+(?:[^\W\d_]{3,}\s+){1,2}\Z", norm[max(0, ws - 30):ws]):  # (not «حزاميهما»; «قتل أحد طياريها»: one)
            # (not «حجز 64 مركبة لقائديها»: the drivers of the vehicles counted, a plural in construct)
            out.append(_Num(ws + len(split[0]), m.end(), 2, 2, 2, "cardinal", L.DUALS[split[1] + "ن"]))
    for m in _CONSTRUCT_DUAL.finditer(norm):  # «في عمليتي إطلاق نار»، «طائرتا إغاثة»: two of a thing
        ws = P.word_start(norm, m.start())
        pre = norm[ws:m.start("w")]
        stem = m.group("w") + "ه"
        if pre in ("", "و", "ف", "ب", "وب", "ل", "ول") and L.DUALS.get(stem[:-1] + "تين") == stem \
                and stem not in _PLACE_NOUNS and (L.NOUNS.get(stem, ("",))[0] == "item" or stem in _CONSTRUCT_TIME) \
                and not any(d.start <= m.start() < d.end for d in out):
            out.append(_Num(m.start("w"), m.end(), 2, 2, 2, "cardinal", stem))
    for m in _BODIES_DUAL.finditer(norm):  # «انتشال جثتي شقيقين»: two bodies
        if norm[P.word_start(norm, m.start()):m.start()] in ("", "و", "ف", "ب", "وب"):
            whose = _NEXT_DUAL.match(norm, m.end())  # «جثتي شخصين»: the two are both words
            end = whose.end() if whose and whose.group("w") in L.DUALS else m.end()
            out.append(_Num(m.start(), end, 2, 2, 2, "cardinal", "جثه"))
    for m in _PAIR_OF.finditer(norm):
        ws, stem = m.start("w"), m.group("stem")
        if m.start("w") > m.start() and L.DUALS.get(stem + "ين") is None:
            ws, stem = m.start(), norm[m.start():m.end("stem")]  # «فردا أمن»: its «ف» is the root's, not «and»
        singular = L.DUALS.get(stem + "ين")  # («قطعتي سلاح»: a feminine one too, even before «ومخزني ذخيرة»)
        kind = L.NOUNS.get(singular or "", ("",))[0]
        if singular in (stem, stem[:-1] + "ه") and kind in ("person", "item") \
                and not any(d.start <= ws < d.end for d in out) and not _search(
                    r"(?:(?<![^\W\d_])(?:احد|احدي|من|بين)|\d)\s+\Z", norm[max(0, m.start() - 8):m.start()]):
            # (not «أحد عاملي إغاثة»، «3 من عاملي إغاثة»: some of a plural in construct)
            person = kind == "person"  # two men of a force: the pair's kind inside the span, counted as people
            out.append(_Num(ws, m.end() if person else m.end("w"), 2, 2, 2, "cardinal", "شخص" if person else singular))
    for e in (m.end() for m in _NISBA_DUAL_END.finditer(norm)):  # «5 رهائن بينهم أمريكيان»، «قُتل إسرائيليان»
        ws = P.word_start(norm, e)
        w = norm[ws:e]
        if len(w) >= 6 and (not w.startswith("ال") or w.startswith(("المان", "الباني"))) and w not in L.NOT_DUAL \
                and not (w[0] in "يت" and w[:-2] in L.NOT_NOUNS) \
                and _NISBA_DUAL_HEAD.search(  # («ألمانيان»: its «أل» is the root's, not the article)
                norm, max(0, ws - 12), ws) and not any(d.start <= ws < d.end for d in out):
            out.append(_Num(ws, e, 2, 2, 2, "cardinal", "شخص"))  # two of a nationality (counted as people)
        elif len(w) >= 7 and w[0] == "و" and w[1:3] != "ال" and w[1:] not in L.NOT_DUAL and _search(
                r"(?<![^\W\d_])(?:بينهم|بينهن|منهم|منهن)\s[^.؛:]*\d[^.؛:]*\Z", norm[max(0, ws - 60):ws]) \
                and not any(d.start <= ws < d.end for d in out):
            out.append(_Num(ws + 1, e, 2, 2, 2, "cardinal", "شخص"))  # «بينهم 20 سعودياً و4 سوريين وباكستانيان»
    out.sort(key=lambda d: d.start)
    return out


def _keys(w: str) -> list[str]:
    """Candidate lexicon keys for a written word: clitics, article, pronoun suffix."""
    cands = [w]
    for pre in ("وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"):
        if w.startswith(pre) and len(w) - len(pre) >= 2:
            cands.append(w[len(pre):])
    more = [c[: -len(suf)] for c in cands for suf in _SUFFIXES
            if c.endswith(suf) and len(c) - len(suf) >= 3]
    # the accusative alif: «مخيماً» → «مخيم»
    more += [c[:-1] for c in cands if c.endswith("ا") and len(c) >= 4]
    # the sound feminine plural of a listed singular: «وكالات» → «وكاله»
    more += [c[:-2] + "ه" for c in cands if c.endswith("ات") and len(c) >= 5]
    return cands + more


def _noun_kind(word: str, strict: bool = False) -> tuple[str, str]:
    """(kind, key) of a counted noun.

    ``strict`` refuses words that carry a clitic and are not in the lexicons:
    right after a number, «وكركوك» or «لمعالجة» begins something else.
    """
    if strict and word.startswith("لل") and len(word) >= 5:
        return "none", word  # «منها 28 للبنات»: «for the …» opens another phrase
    for key in _keys(word):
        if key in L.TRIGGERS and L.TRIGGERS[key][1] == "noun":
            return "trigger:" + L.TRIGGERS[key][0], key
        if key in L.NOUNS:
            kind = L.NOUNS[key][0]
            return ("known_item" if kind == "item" else kind), key
    if word in L.NOT_NOUNS:
        return "none", word
    if strict and len(word) >= 5 and word.endswith(("هم", "هن", "هما", "ها")):
        return "none", word  # «قضى عشرات الآلاف ليلتهم»: a possessive, not what is counted
    if strict and word[:1] in "بل" and (len(word) >= 5 and word[1:].startswith(("م", "ال", "ت", "ا", "ل"))
                                       or len(word) == 4 and word[1] == "م"):  # («وثلاثة بمكة المكرمة»)
        return "none", word  # «لمعالجة»، «بتهمة»، «بأستراليا»: a preposition opens another phrase
    if strict and word[:1] == "ل" and len(word) == 5 and word[3] == "و":
        return "none", word  # «البوابات 89 و91 و94 لدخول كبار السن»: «for» and a verbal noun (فعول), a purpose
    key = word
    if len(key) >= 4 and key.endswith(("يين", "يون")) or len(key) >= 5 and key.endswith("يا") and not (
            strict and word[:1] == "و" and len(word) >= 6):  # («بـ305 ونيجيريا بـ199»: and a country; not «والياً»)
        return "person", key  # nisba plurals and accusatives: فلسطينيين، سعوديا
    if len(key) >= 4 and key.endswith("ي") and not key.startswith(("م", "ال")):
        return "person", key  # nisba after a thousand: «1.3 مليون يمني»
    if len(key) >= 5 and key.startswith("م") and key.endswith(("ين", "ون")):
        return "person", key  # participles: مسلحين، مستوطنين
    if len(key) >= 5 and key.startswith(("مت", "مست")) and not key.endswith("ات"):
        return "person", key  # singular participles after ≥ 11: «1400000 متبرع» (not «مستحقات»)
    if len(key) >= 4 and key.endswith("وا"):
        return "none", key  # a plural verb: «عشرات الآلاف باتوا بلا مأوى»
    if len(key) >= 4 and key.startswith("ي") or len(key) >= 5 and key.startswith(("سي", "ست")) and key.endswith(
            ("ون", "ين")):
        return "none", key  # a present-tense verb: «بينهم 35 يعتقد أنهم قتلوا»، «منهم 3,105 سيحصلون»
    if strict and (word[:1] == "و" and len(word) >= 5 or word.startswith("ال") or word[:1] == "ف" and (
            word[1:] in L.NOUNS or word[1:] in L.TRIGGERS or word[1:3] == "ال")):  # («فترات»، «فرص»: nouns)
        return "none", word  # «وكركوك»: a conjunction opens the next phrase («بطانية» is a noun)
    return "item", key


_MEANS = frozenset(("قصف", "غاره", "غارات", "رصاص", "الرصاص", "نيران", "انفجار", "انفجارات", "قذيفه", "قذائف", "طلقات", "صاروخ",
                    "صواريخ", "عبوه", "عبوات", "هجوم", "هجمات", "القصف", "الغارات", "سلاح", "اسلحه"))


def _noun_after(norm: str, pos: int, limit: int, vague: bool = False, whole: bool = True) -> Optional[_Noun]:
    """The counted noun phrase after a number ending at ``pos`` (``whole``: look past «من أصل N»,
    once: a chain of them stays linear)."""
    both = _DEAD_AND_WOUNDED.match(norm, pos, limit)
    if both:  # «19 بين قتيل وجريح»
        return _Noun(both.start("n") if both.group("n") else both.start("w"), both.end(), "trigger:casualties",
                     both.group("w"))
    out_of = _WHOLE_AFTER.match(norm, pos, limit) if whole else None
    if out_of:  # «18 من أصل 25 صاروخا»: counted as the whole is
        of = _noun_after(norm, out_of.end(), limit, vague, whole=False)
        if of is not None and not of.kind.startswith(("time:", "measure")):  # («62 من بين نحو 340 جريحا»)
            return _Noun(of.start, of.end, of.kind, of.key, True)
        return None
    part = _PARTITIVE.match(norm, pos, limit)
    partitive = bool(part)
    if part:
        pos = part.end()
    m = _NOUN_WORD.match(norm, pos, limit)
    if not m:
        return None
    w = m.group("w")
    if partitive and w.startswith("ال") and (w[2:] in L.NUMBER_WORDS or w[2:].isdigit()):
        return None  # «10 من هؤلاء الأربعمئة»: some of a figure told before, no noun
    if w[:1] == "ب" and w[1:] in _PLACES_AT:
        return None  # «ثلاثة منهم بسد المسيرة واثنان بشاطئ الصخيرات»: where, not what is counted
    if w[:1] == "ب" and w[1:] in _MEANS:
        return None  # «قتلوا 4 بغارة جوية و7 بقصف مدفعي»: how, not what is counted
    if w in ("ب", "ل", "ك"):  # a lone «بـ» before the next figure («البنوك الـ12 بـ7.4 مليار») counts nothing
        return None
    if w in ("و", "ف"):
        return None  # a lone «و» before the next figure («قتل 3 و 4 جرحى») counts nothing
    if not (partitive or vague) and w.startswith("ال") and len(w) > 4 and w not in L.NOUNS and w not in L.TRIGGERS \
            and w not in ("المانيا", "البانيا") and (norm[pos - 1:pos].isdigit() or _SCALE_END.search(norm, max(0, pos - 8), pos)):
        # a counted noun is indefinite: «و6.892.577 الجرعة الثالثة»، «قتل 5 الأسبوع الماضي» (a word in
        # construct may take one: «خلال خمس السنوات المقبلة»)
        return None
    if not partitive and w.startswith("ال") and _noun_kind(w)[0].startswith("time:") and (
            norm[pos - 1:pos].isdigit() or _SCALE_END.search(norm, max(0, pos - 8), pos)):
        return None  # «تجاوز عددهم 90 ألفا العام الماضي»: when, not what is counted
    if partitive and w == "اشهر" and (sup := _NEXT_WORD.match(norm, m.end(), limit)) is not None and sup.group("and") is None \
            and not sup.group("w").startswith("ال"):
        return None  # «أربعة من أشهر رسامي الكاريكاتير»: the most famous, not months
    if partitive and (_HOME_PLACE.fullmatch(w) or _ORIGIN_PLACE.fullmatch(w)):
        return None  # «نزح 43 ألفاً من منازلهم»: from their homes, not some of them
    if partitive and w.endswith(("هم", "هن")) and w[:-2] in ("مناصب", "وظائف", "مهام", "مقاعد", "مواقع", "اعمال"):
        return None  # «وإعفاء 4 من مناصبهم»: from their posts, not some of them
    if w in ("بيت", "وبيت") and (town := _NEXT_WORD.match(norm, m.end(), limit)) and town.group("w") in _BAYT_TOWNS:
        return None  # «وأربعة من بيت لحم»، «5 شهداء في بيت لاهيا»: a town, not a house counted
    t = _TRIGGER.match(norm, m.start("w"), limit)
    if t and norm[t.start():t.start("trig")][:1] in ("و", "ف"):
        return None  # the next conjunct, not a counted noun: «64 وإصابة»
    if t and L.TRIGGERS[t.group("trig")][1] != "noun" and not (
            t.end() == m.end("w") and _noun_kind(w)[0] in ("known_item", "person")):
        return None  # a verb: «30 على الأقل قتلوا»; but «5 أسر» are families, not «أسر» (captured)
    if t and " " in t.group("trig"):  # «قتلى وجرحى»، «حالات إصابة»
        return _Noun(m.start("w"), t.end(), "trigger:" + L.TRIGGERS[t.group("trig")][0],
                     t.group("trig"), partitive)
    kind, key = _noun_kind(w, strict=not (partitive or vague))
    if not (partitive or vague) and w[:1] == "ل" and not key.startswith("ل") and len(w) >= 5 and kind != "item":
        return None  # «خصص منها 1.6 مليار لمشاريع تصريف المياه»: «for» opens another phrase
    if partitive and kind == "known_item" and w.startswith("ال") and w.endswith("ه"):
        return None  # «و112 من الغرامة»: of a thing in the singular is no share of things counted
    if kind == "item" and _rx(r"\s+و" + re.escape(w.rstrip("ا")) + r"ه(?![^\W\d_])").match(norm, m.end(), limit):
        kind = "person"  # «200 سباح وسباحة»، «ألف دارس ودارسة»: a noun and its feminine are people
    if kind == "item" and key not in L.NOUNS and not w.startswith("ال") and w.endswith("ون") and len(w) >= 5 \
            and not w.endswith(("يون", "تون", "مون")):
        kind = "person"  # «بينهم خمسة هاربون»: a sound plural in «ون» counts people (not «زيتون»، «ليمون»، «تلفزيون»)
    if kind == "item" and vague and key not in L.NOUNS and w.startswith("ال") and w.endswith(("ين", "ون")) and len(w) >= 7:
        kind = "person"  # «آلاف الممتهنين للتهريب»: a definite sound plural after a vague number counts people
    if kind == "item" and key not in L.NOUNS and _fullmatch(r"[^\W\d_]ا[^\W\d_]{2}(?:ين|ون)", w):
        kind = "person"  # «شارك فيها الآلاف قادمين من …»، «39 ألفا قادمين منها»: a participle in the plural, people
    if kind == "item" and (len(w) >= 5 or _CUES.fullmatch(w)) and (w.endswith("ي") or w.endswith("يه") and _CUES.fullmatch(w)) and not w.startswith(
            ("ال", "وال")) and _SCALE_END.search(
            norm, max(0, pos - 12), pos):
        kind = "person"  # «900 ألف مغربي»، «4 ملايين مصري»: a nisba after a scale word counts people
    if w in ("عماله", "عمالات") and _rx(r"\s+و(?:ال)?(?:اقليم|اقاليم|اقليما)(?![^\W\d_])").match(norm, m.end(), limit):
        kind = "known_item"  # «82 عمالة وإقليما»: Morocco's prefectures (not «4 عمالة وافدة»: workers)
    if kind == "time:hour" and _rx(r"\s+(?:يدويه|يد|حائط|ذكيه|فاخره|ثمينه)(?![^\W\d_])").match(norm, m.end(), limit):
        kind = "known_item"  # «4 ساعات يدوية فاخرة»: watches, not hours
    if kind == "measure" and key in ("نقطه", "نقاط", "نقط") and not _search(r"[.,]\d+\Z", norm[max(0, pos - 4):pos]) and (
            _TALLY.search(norm, max(0, pos - 45), pos) or _rx(r"\s+(?:مروري|ماء|مياه|للماء|من\s+رصيد(?!\s+(?:ال)?مؤشر))").match(norm, m.end(), limit)
            or _rx(r"\s+(?:في|ب)\s*(?:ال)?(?:مركز|مرتبه|صداره)(?![^\W\d_])").match(norm, m.end(), limit)
            or _rx(r"\s+(?:مدرجه\s+)?(?:في|علي|ب)\s*جدول\s+(?:ال)?اعمال").match(norm, m.end(), limit)) \
            and not _POLL.search(norm, max(0, pos - 200), min(len(norm), pos + 200)) \
            and not _INDEX.search(norm, max(0, pos - 150), pos):  # (a poll's lead is per cent; an index's score)
        # («بقي الفتح عند سبع نقاط في المركز العاشر»: the table's place after)
        # («و4 نقاط مرورية سوداء»: penalty points; «40 نقطة ماء»: wells; not «برصيد 1.694,21 نقطة»: a ranking's score)
        kind = "known_item"  # «ليرفع رصيده إلى 41 نقطة»: league points are a tally, not an index level
    if kind == "measure" and (_EXPLOSIVE.match(norm, m.end(), limit) or key.startswith(("برميل", "براميل")) and (_search(
            r"(?:براميل|برميلا|برميل)\s+(?:ال)?متفجر", norm[max(0, pos - 600):pos]) or _search(
            r"(?<![^\W\d_])(?:القت|القي|القاها|القتها|يلقي|تلقي|القيت)(?![^\W\d_])", norm[max(0, pos - 60):pos]))):
        kind = "known_item"  # «6 براميل متفجرة»: barrel bombs, not barrels of oil
    if kind == "measure" and vague and key in ("نقاط", "نقطه"):
        kind = "known_item"  # «في عدة نقاط تماس»: places, not points of an index
    if kind == "measure" and key in ("نقاط", "نقطه", "نقط") and _rx(
            r"\s+(?:لل|ال)?(?:مراقبه|تفتيش|توزيع|بيع|عبور|تماس|تلقيح|فحص|استقبال|امنيه|حدوديه|تعبئه|تزود|خدمه|خدمات|اتصال|ارتكاز|انطلاق)(?![^\W\d_])").match(norm, m.end(), limit):
        kind = "known_item"  # «على مستوى 260 نقطة مراقبة»: checkpoints, places counted
    if kind == "measure" and key.startswith(("برميل", "براميل")) and not _SCALE_END.search(norm, max(0, pos - 12), pos) \
            and not _search(r"\d{4}\s*\Z|\d[.,]\d+\s*\Z", norm[max(0, pos - 8):pos]) and not _rx(
                r"\s+(?:من\s+)?(?:ال)?(?:نفط|خام|زيت|بترول|مكافئ|يوميا|في\s+اليوم|سنويا)").match(norm, m.end(), limit) \
            and not _search(r"(?:نفط|الخام|اوبك|برنت|انتاج|صادرات|تصدير)", norm[max(0, pos - 120):pos]):
        kind = "known_item"  # «64 برميلاً من الخمر»، «برميلين من الكلور»: containers counted, not barrels of oil
    if w == "غير" and _rx(r"\s+[^\s\d]{3,}(?:ي|يين|يون|يه)(?![^\W\d_])").match(norm, m.end(), limit):
        kind = "person"  # «و10.7 مليون غير سعودي»: non-nationals, people
    if kind == "trigger:captive" and _FREED_AFTER.match(norm, m.end(), limit):
        kind = "person"  # «وأسيران محرران»: former prisoners, free now
    if key in ("اطار", "اطارا") and _rx(r"\s+(?:(?:طبي|صحي|تربوي|اداري|تمريضي|تقني|بشري)(?:ا|ين)?|بين\s+(?:ال)?(?:اطباء|طبيب|ممرض|مهندس|اداري)"
                                      r"|من\s+(?:ال)?(?:اطباء|ممرض|مهندس|اداري))(?![^\W\d_])").match(norm, m.end(), limit):
        kind = "person"  # «أزيد من 900 إطار طبي وتمريضي»، «120 إطارا طبيا»، «145 إطارا بين أطباء وممرضين»: staff
    if key in ("حكم", "حكما") and _rx(r"\s+(?:دولي|دوليا|دوليين|محلي|محليا|ساحه|مساعد|مساعدا|فيديو)(?![^\W\d_])").match(norm, m.end(), limit):
        kind = "person"  # «بمشاركة ١٢ حكماً دولياً ومحلياً»: referees, not rulings
    if not partitive and w[:1] in ("ب", "ك") and key != w and not key.startswith(w[:1]):
        return None  # «من بينهم 32 بإقليم كلميم»: «ب» makes it a place, not what is counted
    if partitive and key in ("جنسيه", "جنسيات", "فئه", "فئات", "شريحه", "شرائح", "طبقات"):
        kind = "person"  # «بينهم 600 من جنسيات أجنبية»، «11 مليون من الفئات المعوزة»: people of those groups
    if kind == "item" and not partitive and key not in L.NOUNS and w[:1] == "ل" and not w.startswith("ال") and _rx(
            r"\s+(?:ال|لل)").match(norm, m.end(), limit):
        return None  # «و11.5 مليون لدعم المستشفيات»: what the sum is for, not a counted noun (but «3 من لاعبيه الشباب»)
    if kind == "none" or w[:1] in ("و", "ف") and (not key.startswith(w[:1]) or vague and key not in L.NOUNS and kind == "item"):
        return None  # «2018 وكأس آسيا»، «عشرات الآلاف وأجبر»: a conjunction opens the next phrase
    if kind == "time:hour" and _rx(r"\s+(?:ال)?(?:ثمينه|يد|فاخره|ذهبيه|سويسريه|حائط)(?![^\W\d_])").match(norm, m.end(), limit):
        kind = "known_item"  # «١٣ ساعة ثمينة»: watches, not hours
    if kind == "person" and key in ("معلمه", "معالم") and _rx(r"\s+(?:ال)?(?:تاريخيه|اثريه|دينيه|سياحيه|عمرانيه)(?![^\W\d_])").match(
            norm, m.end(), limit):
        kind = "known_item"  # «ترميم 47 معلمة تاريخية»: monuments (Moroccan «معلمة»), not teachers
    if kind.startswith("time:") and _SCALE_END.search(norm, max(0, pos - 12), pos) and _rx(r"\s+عمل(?![^\W\d_])").match(
            norm, m.end(), limit):
        kind = "known_item"  # «10 ملايين يوم عمل»: work counted in days (not «5 أيام عمل»: a span)
    if kind == "time:day" and key.startswith(("ليله", "ليال")) and (_SCALE_END.search(norm, max(0, pos - 12), pos) or _rx(
            r"\s+(?:ال)?(?:مبيت|سياحيه|فندقيه)(?![^\W\d_])").match(norm, m.end(), limit)):
        kind = "known_item"  # «3.4 مليون ليلة مبيت»: overnight stays counted, not a span of nights
    if kind == "time:day" and _WEEKDAY.match(norm, m.end(), limit):
        return None  # «دورة 2025 يوم الاثنين»: a day of the week, not days counted
    if kind == "time:year" and w in ("سنه", "عام") and _A_YEAR.match(norm, m.end(), limit):
        return None  # «27 مليونا سنة 2016»: the year of the figure, not years counted
    end = m.end()
    if partitive and not w.startswith("ال"):
        # «12 من منسوبي القوات»: the construct takes its genitive along
        g = _rx(r"\s+ال[^\W\d_]+").match(norm, end, limit)
        if g and not _TRIGGER.match(norm, g.start() + 1, limit):
            end = g.end()
    if kind.startswith("trigger:"):
        # «القتلى والجرحى» with the article on both nouns
        nxt = _NEXT_WORD.match(norm, end, limit)
        if nxt and nxt.group("and"):
            k2, _ = _noun_kind(nxt.group("w"))
            after = _NOUN_WORD.match(norm, nxt.end(), limit)
            if {kind, k2} == {"trigger:killed", "trigger:injured"} and not _rx(r"\s*\d").match(norm, nxt.end(), limit) \
                    and (w.startswith("ال") or not nxt.group("w").startswith("ال")) \
                    and not _QUAL_THEN_NUMBER.match(norm, nxt.end(), limit) \
                    and not (after and after.start("w") == nxt.end() + 1 and after.group("w") in L.NUMBER_WORDS):
                # (not «سقوط ثلاثة شهداء وإصابة 12 شخصا»: a figure after the second noun starts its clause;
                # nor «إلى 1093 قتيلا والجرحى إلى …»: an indefinite noun and a definite one are two phrases)
                return _Noun(m.start("w"), nxt.end(), "trigger:casualties", key, partitive)
    if kind == "person" or kind.startswith("trigger:"):
        # adjectives that belong to the phrase: «أسرى إسرائيليين وأجانب»
        for _ in range(3):
            a = _NEXT_WORD.match(norm, end, limit)
            if not a:
                break
            aw = a.group("w")
            t2 = _TRIGGER.match(norm, a.start("w") - (1 if a.group("and") else 0), limit)
            if t2:
                if kind == "person" and a.group("and") and t2.end() == a.end() \
                        and L.TRIGGERS[t2.group("trig")][1] == "noun" and not aw.endswith(("ه", "ات")) \
                        and not norm[t2.start():t2.start("trig")].endswith("ال"):  # (not «769 حاجاً والمصابين 934»)
                    # «مليون مهاجر ولاجئ»: the second noun says what they are (a person,
                    # not an event: «9 أشخاص وإصابة 61» is the next figure's)
                    return _Noun(m.start("w"), a.end(), "trigger:" + L.TRIGGERS[t2.group("trig")][0],
                                 t2.group("trig"), partitive)
                break  # «686 شخصاً وتوفي 528»: a verb, not an adjective
            nisba = len(aw) >= 5 and aw.endswith(("يين", "يون", "يا", "ين", "يتان", "يتين", "يان")) or (  # («أجنبيتان»)
                len(aw) >= 4 and aw.endswith("ي") and a.group("and"))  # «أفغاني وأجنبي»
            if aw in _ADJECTIVES or (nisba and aw not in L.NUMBER_WORDS and _noun_kind(aw)[0] == "person"):
                end = a.end()  # (not «46 طفلا وثماني نساء»: the next figure)
            else:
                break
    return _Noun(m.start("w"), end, kind, key, partitive)
