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

All Arabic words come from the data files (see :mod:`arabic_figures.lexicon`).

>>> [(c.category, c.value, c.qualifier) for c in extract("قتل 30 شخصاً على الأقل وأصيب 50 آخرون")]
[('killed', 30, 'at_least'), ('injured', 50, 'exact')]
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Optional, Union

from . import lexicon as L
from . import patterns as P
from .model import Claim, Number, Trigger, Value
from .normalize import BLOCK_SIZE, Normalized, blocks, normalize
from .numbers import _check, _read

# -- patterns, all built from the lexicons (see patterns.py) ----------------------

L_ = P.LETTER  # a letter of any script


@lru_cache(maxsize=None)
def _rx(pattern: str) -> re.Pattern:
    """A pattern written where it is used, compiled once."""
    return re.compile(pattern)


def _search(pattern: str, text: str):
    return _rx(pattern).search(text)


def _match(pattern: str, text: str):
    return _rx(pattern).match(text)


def _fullmatch(pattern: str, text: str):
    return _rx(pattern).fullmatch(text)


def _sub(pattern: str, repl, text: str) -> str:
    return _rx(pattern).sub(repl, text)


_PRE = P.NO_LETTER_BEFORE + P.CLITICS
_END = P.NO_LETTER_AFTER


def _words(name: str, words, tail: str = "") -> re.Pattern:
    return P.words(words, name, tail=tail)


def _alternation(phrases) -> str:
    """Phrases as one alternation (a trie), longest first, spaces optional («مالايقل عن»)."""
    return P.trie(phrases)


def _key(phrase: str) -> str:
    return re.sub(r"\s+", "", phrase)


def _quals(*sides: str) -> list[str]:
    return [w for w, (q, side) in L.QUALIFIERS.items() if side in sides]


_TRIGGER = _words("trig", L.TRIGGERS, P.PRONOUN)
_QUAL_BEFORE = re.compile(
    r"(?:^|(?<=[\s(«\"'\-:،,]))[وف]??[بل]??(?P<q>" + _alternation(_quals("before", "verb"))
    + r")\s*[(«\"']?\s*(?:ال\s*)?\Z")  # («أكثر من الـ100 شخص»: the article written with tatweel)
# what a verb of exceeding may have as its subject before an amount: «تجاوزت قيمة …»، «تتجاوز مدة الانتظار …»
_AMOUNT_NOUNS = ("ثمن|سعر|اسعار|قيمه|كلفه|تكلفه|مبلغ|مبالغ|نسبه|معدل|انفاق|عائدات|ايرادات|صادرات|واردات|مبيعات|خسائر|ارباح"
                 "|مده|فتره")
# «تجاوز عدد الجرحى 107 آلاف»: the subject stands between the verb and the number
_QUAL_VERB = re.compile(
    _PRE[:len(P.NO_LETTER_BEFORE)] + r"(?:[وف]?ل?|[وف]?س(?=[يت])|ب(?=ا))(?P<q>" + _alternation(_quals("verb"))  # («سيفوق»)
    + r")(?:(?:\s+" + L_ + r"+){1,4}|\s+(?:(?:فيه|فيها)\s+)?(?:ال)?(?:" + _alternation(L.CONTEXT["toll_noun"]) + r")(?:\s+"
    + r"[^\s،,.؛]+){1,10}|\s+(?:في\s+بعض\s+(?:ال)?احيان|احيانا|عاده|غالبا)"  # «التي تتجاوز في بعض الأحيان خمس ساعات»
    r"|\s+(?:ال)?(?:" + _AMOUNT_NOUNS + r")"
    r"(?:\s+[«\"]?" + L_ + r"+[»\"]?){1,8})\s*\Z")
_AFTER = _alternation(_quals("after"))
# «ناهز»: a verb whose object is only ever an amount (an age or a figure), so its subject may run longer
_APPROACH_VERB = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?P<q>ناهز|ناهزت|يناهز|تناهز|ناهزا|ناهزوا)(?:\s+(?!(?:في|من|علي|الي|عن|مع|"
                            r"منذ|خلال|بعد|قبل|الذي|التي|الذين|عام|سنه)(?![^\W\d_]))" + L_ + r"+){1,7}\s*\Z")
_QUAL_AFTER = re.compile(r"\s*[)»\"']?\s*(?P<q>" + _AFTER + r")" + _END)
# «نصف مليون وحدة سكنية على الأقل»: after the noun, an adjective or two may come first
_QUAL_AFTER_NOUN = re.compile(r"\s*[)»\"']?(?:\s+" + L_ + r"+){0,3}\s*(?P<q>" + _AFTER + r")" + _END)
_QUAL_OF = {_key(w): q for w, (q, _) in L.QUALIFIERS.items()}
# a label with the article after «ل» loses its alif: «للفصل 448», «للمادة 12»
_NOT_CLAIM_WHY = {**{"لل" + w[2:]: why for w, why in L.NOT_CLAIMS.items() if w.startswith("ال")}, **L.NOT_CLAIMS}
_NOT_CLAIM_BEFORE = re.compile(
    _PRE + r"(?P<w>" + _alternation(_NOT_CLAIM_WHY) + r")(?:\s+(?:انذاك|حينها|وقتها|حينذاك|حاليا))?"  # («تبلغ آنذاك 16 عاما»)
    r"\s*[(«\"'\-]?\s*(?:ال)?\s*[(«\"']?\s*\Z")
# «لطفل يبلغ 10 أشهر»: a person, then «aged»
_AGED = r"(?:يبلغ|تبلغ|يبلغان|تبلغان)"  # «aged», before or after the person
_AGE_VERB_BEFORE = re.compile(P.NO_LETTER_BEFORE + r"(?P<w>" + L_ + r"{3,})\s+" + _AGED + r"(?:\s+من\s+العمر)?\s*\Z")
# the verb first: «فيما يبلغ المجني عليه 45 عاماً»؛ an age at death: «توفي … عن 53 عاما»
_AGE_VERB_FIRST = re.compile(r"(?<![^\W\d_])" + _AGED + r"\s+(?P<w>ال" + L_ + r"{3,})(?:\s+عليه|\s+عليها)?(?:\s+من\s+العمر)?\s*\Z")
_AGE_AT_DEATH = re.compile(r"(?<![^\W\d_])[وف]?(?:توفي|توفيت|يتوفي|تتوفي|رحل|رحلت|يرحل|ترحل|وفاته|وفاتها|رحيله|رحيلها)"
                           r"(?:\s+[^\s،,.]+){0,8}?\s+عن\s*\Z")  # («قبل أن يرحل عن ٧٨ عاماً»)
# «تشغيل من أتم 15 عاما»: who has reached an age
_REACHED_AGE_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?:من|لمن|ممن|اذا|متي|حين)\s+(?:اتم|اكمل|بلغ|بلغت|اتمت|اكملت)(?:وا)?"
                                 r"|[وب]?(?:بلوغه|بلوغها|بلوغهم|بلوغهن|بلوغهما))\s+(?:سن\s+)?\Z")  # («ببلوغه 110 أعوام»)

# «تتراوح أعمارهم بين 38 و50»، «في عمر طفلهما ستة أشهر»
# no article before the age word: «العمرة» (the umrah) folds like «عمره» (his age)
_AGE_BEFORE = re.compile(
    P.NO_LETTER_BEFORE + r"[وفبلك]?(?P<w>" + _alternation(w for w, why in L.NOT_CLAIMS.items() if why == "age")
    + r")(?:\s+(?:ما\s+)?(?:بين|من)|(?:\s+" + L_ + r"+){1,4})\s*\(?\s*\Z")
_NUMBER_LABEL = re.compile(_PRE + r"(?<!اعلي\s)(?<!اكبر\s)(?<!ادني\s)(?:رقم|الرقم)(?:\s+(?!(?:منذ|في|من|خلال|عن|الي|حتي|نحو|حوالي|قرابه|زهاء|ما|اكثر|اقل)(?![^\W\d_]))" + L_
                           + r"+){1,2}\s*[(«\"':]?\s*\Z")  # «الرقم الموحد 920»; not «أعلى رقم منذ 30 عاماً»
_MONTH_AFTER = re.compile(r"\s*(?:من\s+)?(?:شهر\s+)?[(/]?\s*(?P<m>" + _alternation(L.MONTHS) + r")" + _END
                          + r"|\s*من\s+(?:" + _alternation(map(L.fold, L.CONTEXT["this_month"])) + r")" + _END)
_ERA_AFTER = re.compile(r"\s*(?:للميلاد|ميلادي[هة]?|ميلاديا|قبل\s+الميلاد|للهجره|هجري[هة]?|هجريا|ق\.\s?م)(?![^\W\d_])"
                        r"(?!\s+(?:السريه|غير|نحو|الي|من|عبر)(?![^\W\d_]))")  # (not «محاولتين للهجرة السرية»: migration)
# more days of a month in a list: «3 و4 و5 يونيو»، «10، 11 و12 مارس»
_MORE_DAYS = re.compile(r"(?:\s*(?:و|،|,|-)\s*(?:[1-9]|[12]\d|3[01])(?!\d))+")
_HIJRI_MONTHS = frozenset(map(L.fold, L.HIJRI_MONTHS))
# a month name before a number («مارس 1975»); the era marks («هـ»، «م») only follow one
_MONTH_BEFORE = re.compile(_PRE + r"(?P<m>" + _alternation(m for m in L.MONTHS if len(m) >= 2)
                           + r")\s*[)/،,]?\s*\Z")
_WORD = re.compile(L_ + r"+")
# «ين» (the yen) takes no clitic: «بين» is «between», «لين» soft (but «ريالين» stays two riyals)
_NOT_BAYNA = "".join(rf"(?<!{b}{w}ين)" for b in (r"\s", "^") for w in ("ب", "ل", "ك", "و", "ال", "وب"))
_CURRENCY = re.compile(r"\s*[)»\"']?\s*(?:من\s+)?[وف]?[بلك]?(?:ال)?(?P<c>" + _alternation(L.CURRENCIES)
                       + r")" + _END + _NOT_BAYNA)
_CURRENCY_ANY = _words("c", L.CURRENCIES, tail=_NOT_BAYNA)
# a country named in the text decides a bare «ريال» or «درهم»: the name or its adjective
# («مغرب» finds «المغربية»), a whole word («تعز» is not in «تعزيرا»، «مصر» not in «مصرف»)
_CUES = re.compile(P.NO_LETTER_BEFORE + r"(?<!جنسيه )[وفبلك]?(?:ال)?(?P<cue>" + _alternation(
    {cue for _, cue in L.COUNTRY_CURRENCY}) + r")(?:يين|يون|يتين|يان|يه|يا|ين|ون|ي|ه)?" + P.NO_LETTER_AFTER
    + r"(?!\s+(?:راس|رووس|رؤوس|روؤس|الجنسيه))")  # («مسقط رأسه»: his birthplace, not Muscat)
# («يحمل الجنسية اليمنية»، «يمني الجنسية»: a man's passport, not where the money is)
_COUNT_OF = re.compile(P.NO_LETTER_BEFORE + r"[وفبل]?(?:ال)?(?:عدد|اعداد|اجمالي|مجموع)\s+(?!عدد|اعداد)"
                       r"(?:(?:هولاء|هؤلاء|هذه|هذا|تلك|اولئك)\s+)?(?P<w>"  # («عدد هؤلاء الأساتذة»)
                       + L_ + r"+)")
# names of bodies that hold a trigger word («منظمة إنقاذ الطفولة»), found once per text
_NAMES = re.compile(P.NO_LETTER_BEFORE + r"[وفبل]?(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["name"])) + r")")
# «معرضون لخطر الإصابة»، «مهددون بالموت»: the event has not happened
_AT_RISK = re.compile(P.NO_LETTER_BEFORE + r"[وفلب]?(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["at_risk"]))
                      + r")\s+\Z")
_REFUSED = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?:" + _alternation(map(L.fold, L.CONTEXT["refused"]))
                      + r")(?:\s+[^\s\d،,.]+){0,2}\s+\Z")
_SHORT_SUBJECT = re.compile(r"(?:\s+(?!(?:في|من|علي|الي|عن|مع|منذ|خلال|بعد|قبل)(?![^\W\d_]))"
                            + L_ + r"+){1,3}\s*|\s+(?:في\s+(?:مجموعها|مجموعه|مجملها|مجمله)|اجمالا|في\s+بعض\s+(?:ال)?احيان|احيانا|عاده|غالبا)\s*")  # («ناهزت في مجموعها 300 ألف درهم»)
_TERM_BEFORE = re.compile(P.NO_LETTER_BEFORE + r"[وفبل]?(?:ال)?(?:" + _alternation(
    f for w in map(L.fold, L.CONTEXT["term_noun"]) for f in (w, w[:-1] + "ت" + "ه", w[:-1] + "تها", w[:-1] + "تهم"))
    + r")\s*\Z")  # «مدة»، «محكوميته»، «مدتها»
_STILL_BEFORE = re.compile(P.NO_LETTER_BEFORE + r"و?(?:" + _alternation(map(L.fold, L.CONTEXT["still"]))
                           + r")\s+(?:" + _alternation(_quals("before")) + r")?\s*\(?\s*\Z")
_STILL = re.compile(P.NO_LETTER_BEFORE + r"و?(?:" + _alternation(map(L.fold, L.CONTEXT["still"])) + r")" + _END)
_SUBSET_ITEMS = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?:" + _alternation(map(L.fold, L.CONTEXT["subset_items"]))
                           + r")\s*\Z")
_FROM_BEFORE = re.compile(P.NO_LETTER_BEFORE + r"من\s*\Z")
_TO_NEXT = re.compile(r"\s*(?:الي|حتي)\s*")
_SIGN_BEFORE = re.compile(r"(?P<c>[$€£])\s?\Z")
_SIGN_AFTER = re.compile(r"\s?(?P<c>[$€£])")
# each branch opens with one character, so re skips to candidates in C (7x faster)
# a dot ends a sentence, but not inside an abbreviation of lone letters («ج.م»، «ر.س»)
_SENTENCE_END = re.compile(r"[!?؟؛][!?؟؛]*|(?:(?<![\s.(«\"/][^\W\d_])\.|\.(?![^\W\d_]))\.*(?!\d)|\n\n*")  # («(ع.ك)»: initials)
_CLAUSE_STOP = re.compile(r"[!?؟؛\n]|(?<!\d)[.:]|[.:](?!\d)")  # (not the point of «1.2 طن» or «10:30»)
_UNAFFECTED = re.compile(P.NO_LETTER_BEFORE + r"[وفبل]?(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["unaffected"]))
                         + r")\s+(?:ال)?\Z")
_SCALE_END = re.compile(r"(?:الف|الاف|مليون|ملايين|مليار|مليارات|الفا|مليونا|مليارا|الفي|مليوني|ملياري)(?:\s+ونصف)?\s*\Z")
# a team's tally: «برصيد 30 نقطة»، «يحتل المركز الثاني بـ42 نقطة»
_TALLY = re.compile(r"(?<![^\W\d_])[وفبل]?(?:" + _alternation(map(L.fold, L.CONTEXT["tally"])) + r")(?![^\W\d_])")
_EVENT_JUST_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:اصابه|وفاه|مقتل|اصابات|وفيات)\s+\Z")
_ACCUSATIVE_AFTER = re.compile(r"\s+(?P<w>[^\W\d_]{2,}(?<!ه)ا)(?![^\W\d_])")  # (not «غاراتها»: her, a possessive)
_AGE_OF_WHOM = re.compile(r"(?<![^\W\d_])(?:ذو|ذات|ذي|ذوي|ذوو)\s+(?:ال)?(?:اعوام|سنوات|سنين|اشهر|شهور)\s+(?:ال)?\s*\Z")
_A_YEAR = re.compile(r"\s+(?:1[3-9]|20)\d\d(?!\d)")
_WEEKDAY = re.compile(r"\s+(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)" + _END)
_SUSPENDED = re.compile(r"[^،,.؛]{0,30}?\s+عن\s+(?:العمل|الدراسه|مزاوله)(?![^\W\d_])"
                        r"|\s+(?:ال)?(?:صرف|تشغيل|بث|العمل\s+ب)(?![^\W\d_])"  # («إيقاف صرف الإعانة»)
                        r"|(?:\s+(?!القوات(?![^\W\d_]))[^\s\d]+)?\s+(?:ال)?(?:مساعدات|مساعده|دعم|تمويل)(?![^\W\d_])")  # («أوقف البرنامج المساعدات»;
# not «أوقفت القوات المساعدة»: Morocco's auxiliary forces arrested)
_NAME_BEFORE = re.compile(r"(?<![^\W\d_])(?:ابو|ابي|ابا|بن|بنت|ابن)\s+\Z")
_MET_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:لقي|لقيت|لقيا|لقيتا|لقوا|لقين|لفظ|لفظت|لفظا|لفظوا)\s+\Z")
_DEATH_LATER = re.compile(r"[^.؛]{0,120}?(?<![^\W\d_])(?P<d>حتف(?:ه|ها|هما|هم|هن)|مصرع(?:ه|ها|هما|هم|هن)"
                          r"|انفاس(?:ه|ها|هما|هم|هن)\s+الاخيره)(?![^\W\d_])")  # («لفظ ثلاثة مصابين أنفاسهم الأخيرة»)
_LIFE_TERM_AFTER = re.compile(r"\s*و\s*(?:ال)?(?:مؤبد|اعدام)(?![^\W\d_])")
_BASIS_POINTS = re.compile(r"\s+(?:ال)?اساس(?![^\W\d_])")
_PROVIDED = re.compile(r"(?:\s+[^\s\d،,.]+){0,3}?\s+(?:ال)?(?:فرص|فرصه|وظائف|وظيفه|خدمات|دعم|دعما|مساعدات|حمايه|تمويل|سكن|مساكن|مياه)(?![^\W\d_])"
                       r"|\s+ال(?!اف|الاف|مئات|عشرات|ملايين)[^\s\d،,.]{3,}\s+\d")  # («وفّر المطار 200 موظف»: a definite subject)
# «أوقفت الحكومة اللبنانية التسجيل»، «أوقفت وزارة التعليم صرف المكافآت»: a verb of stopping whose
# object, after its subject, is an activity
_STOPPED_DOING = re.compile(r"(?:\s+[^\s\d،,.]+){0,3}?\s+(?:ال)?(?:(?:صرف|تشغيل|بث|تسجيل|استقبال|اصدار)(?![^\W\d_])"
                            r"|اعان|رواتب|مكافا)")  # («12 ألف مستفيد أوقفت إعانتهم»)
_ESCAPE = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?:" + _alternation(L.CONTEXT["escape"]) + r")" + _END)
_ONE_OF_THEM = re.compile(r"\s*من\s+(?P<w>(?:ال)[^\W\d_]+)")
_NEXT_IN_LIST = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?:" + _alternation(L.CONTEXT["next_in_list"]) + r")"
                           + _END + r"(?:\s+[^\s\d،,.]+){0,5}\s*\Z")
_VERB_QUALS = frozenset(_key(w) for w in _quals("verb"))
_THRESHOLD_VERB = re.compile(P.NO_LETTER_BEFORE + r"[وف]?ل?(?P<q>" + _alternation(_quals("verb"))
                             + r")(?:\s+[^\s،,.؛]+){0,8}?\s+(?:عتبه|حاجز|سقف)\s*(?:ال)?\s*\Z")
_THRESHOLD_AHEAD = re.compile(r"[^،,.؛\d]{0,40}?(?<![^\W\d_])(?:عتبه|حاجز|سقف)\s*(?:ال)?\s*\d")
_LIST_GAP = re.compile(r"\s*(?:(?:سنوات|اعوام|عاما|سنه|سنين|اشهر|شهرا)\s*)?[،,]?\s*(?:و|او)?\s*")
_CLAUSE_WORD = re.compile(P.NO_LETTER_BEFORE + r"و?(?:" + _alternation(map(L.fold, L.CONTEXT["clause"]))
                          + r")" + _END)
_SUBSET_BEFORE = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?:" + _alternation(L.CONTEXT["subset"]) + r")\s*\Z"
                            r"|[،,:]\s*و?(?:هم|هن)\s+\Z")  # «4 أشخاص لقوا حتفهم، هم 3 عمال ومواطن»
# a subset told aside and closed: «، بينهم 6 أطفال،» (not «منهم 4304 من المعتقلين الذين سيتم الإفراج عنهم»)
_ASIDE_CLOSED = re.compile(r"(?:\s+[^\s\d،,.()]+){0,3}\s*[،,)]")
# «تسليمهم إلى الدرك الملكي/للسلطات المختصة/لإدارة الترحيل»: into custody (not «إلى الصليب الأحمر»)
_HANDED_TO_AUTHORITY = re.compile(r"(?:هم|هن|هما|ه|ها)?\s*(?:\s(?:الي|مع\s+[^\s\d]+)\s+|\s*لل?)(?:ال)?(?:سلطات|جهات|جهه|درك|شرطه|امن|نيابه|عداله|"
                                 r"مصالح|مصلحه|اداره|اجهزه|مركز\s+الشرطه)(?![^\W\d_])")
# the members of a gang, of whom only some were held: «، أوقف منهم خمسة»، «وأوقفت 14 منهم»
_SOME_ARRESTED = re.compile(r"[^.؛\d]{0,60}?[،,]\s*[وف]?(?:تم\s+)?(?:اوقف|اوقفت|ايقاف|توقيف|اعتقل|اعتقلت|اعتقال|ضبط|القي\s+القبض\s+علي)"
                            r"(?:\s+[^\s\d،,.]+){0,3}?\s+(?:منهم\s+[^\s،,.]+|[^\s،,.]+\s+منهم)(?![^\W\d_])")
# (past the words that end the trigger's phrase: «مما تبقى من العقوبة الحبسية أو السجنية لفائدة 1121 نزيلا»)
_FOR_WHOM = re.compile(r"(?:\s+(?:او\s+)?(?:ال)?[^\W\d_]{3,}(?<![^\W\d_]ين)(?<!ون)){0,3}?\s+(?:لفائده|لصالح|في\s+حق|بحق)(?![^\W\d_])")
# told alive after a subset of the casualties: «حالتان خطيرتان»، «في حالة حرجة»، «نقلوا إلى العناية المركزة»
_ICU = r"(?:قسم\s+)?(?:ال)?(?:عنايه|انعاش)"  # «(قسم) العناية المركزة»، «الإنعاش»
_ALIVE_AFTER = re.compile(r"\s*(?:[^\s\d،,.]+\s+){0,2}?(?:(?:في\s+)?(?:حال|حاله|وضعيه)\s+(?:خطيره|حرجه)|خطير|خطيره|خطيرتان|خطيرتين|"
                          r"حرجه|حرجتان|حرجتين|(?:(?:نقل|نقلت|نقلتا|نقلا|نقلوا)\s+الي|يرقدون\s+(?:في|ب)|يرقد\s+(?:في|ب)|في|ب)"
                          r"\s*" + _ICU + r")(?![^\W\d_])")
_IN_N_PLACES = re.compile(r"(?<![^\W\d_])في\s+\d+\s+(?:بلدا|بلدان|دوله|دول|مدينه|مدن|ولايه|ولايات|محافظه|محافظات|"
                          r"اقليما|اقاليم|منطقه|مناطق)(?:\s+(?!ي|ت)[^\s\d،,.]+)?(?![^\W\d_])")
_DUST = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:غبار|غباريه|اتربه|الاتربه|رمليه|ترابيه|ربو)(?![^\W\d_])")
_ASSAULT = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:هتك|اغتصاب|تحرش|اعتداء|الاعتداء|الاعتداءات)(?![^\W\d_])")
# prison terms right after those sentenced: «ستة متهمين آخرين أحكاما/بعقوبات تراوحت بين 5 و15 سنة سجنا نافذا»
_TERMS_AFTER = re.compile(r"(?:\s+(?:اخرين|اخرون|منهم))?\s+(?:احكاما|عقوبات|باحكام|بعقوبات)\s+(?:[^\s\d،,.]+\s+){0,2}?"
                          r"(?:تراوحت|تتراوح|بين|ما\s+بين)[^.؛،,]{0,40}?(?<![^\W\d_])(?:سجنا|حبسا)(?![^\W\d_])(?!\s+موقوف)")
_ANOTHER_COUNT = re.compile(r"(?<![^\W\d_])[وف]?(?:عدد|اجمالي)\s+(?:ال)?(?:حجاج|معتمرين|زوار|مسافرين|طلاب|تلاميذ|سكان|مستفيدين|"
                            r"مشاركين|سياح|عمال|موظفين|مواطنين|مقيمين|اشخاص|وافدين)(?![^\W\d_])")  # people of no event
_ABOVE_VERB = re.compile(r"(?<![^\W\d_])(?<!لا\s)(?<!لم\s)(?<!لن\s)(?<!الا\s)(?<!ان\s)[وف]?(?:يزيد|تزيد)\s+(?:[^\s\d،,.؛]+\s+){1,8}?(?:علي|عن)\s*\Z")
_ANIMALS = re.compile(r"(?:ال)?(?:طائر|طيور|دجاج|دجاجه|دواجن|راس|رؤوس|ماشيه|مواشي|اغنام|ابقار|بقره|ابل|جمل|جمال|خروف|خرفان|"
                      r"نعجه|ماعز|حيوان|حيوانات|كلب|كلاب|اسماك|سمكه|خنازير|خيول|حمير)")
# still in hospital: «… لا يزال أربعة في قسم العناية المركزة»، «لا يزال 11 آخرون يرقدون بقسم العناية المركزة»
_IN_CARE = re.compile(r"\s+(?:يرقدون\s+|يرقد\s+|يرقدان\s+|ترقدان\s+|ترقد\s+)?(?:في|ب)\s*(?:" + _ICU + r"|(?:ال)?مستشفي|(?:ال)?حاله\s+(?:حرجه|خطيره))(?![^\W\d_])")
_ESCAPED_BEFORE = re.compile(_ESCAPE.pattern + r"\s+\Z")  # «فيما لاذ شخصان بالفرار»: got away, not among the held
_SUBSET_WORD = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?:" + _alternation(L.CONTEXT["subset"]) + r")" + _END)
_SUBSET_AFTER = re.compile(r"\s*\)?\s*(?:" + _alternation(L.CONTEXT["subset"]) + r")" + _END)  # «(6600) منهم»
_TOLL = _words("toll", L.CONTEXT["toll"])
_TOLL_OF = re.compile(
    P.NO_LETTER_BEFORE + r"[وفبل]?(?:ال)?(?:" + _alternation(L.CONTEXT["toll_noun"]) + r")\s+(?:ال[^\W\d_]{3,}\s+(?=ال))?(?P<what>[وفبل]?(?:ال)?"
    + _alternation(w for w, (c, f) in L.TRIGGERS.items() if f == "noun") + r")(?:ها|هم|نا)?" + _END)  # («عدد شهدائها»)
_TOLL_WHO = re.compile(P.NO_LETTER_BEFORE + r"(?:عدد|حصيله)\s+(?:ال[^\W\d_]+\s+){0,2}(?:من|الذين|اللواتي)\s+(?:[^\s\d،,.]+\s+){0,4}?"
                       r"(?P<what>[وفبل]?(?:ال)?(?:" + _alternation(w for w, (c, f) in L.TRIGGERS.items() if f != "weak"
                                                                 or w in ("قضوا", "قضي")) + r"))"
                       + P.PRONOUN + _END)  # («عدد المتسللين الذين ضبطتهم الدوريات»)
_TOLL_NOUN = _words("tn", map(L.fold, L.CONTEXT["toll_noun"]), P.PRONOUN)
_YEAR_BEFORE = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?:" + _alternation(map(L.fold, L.CONTEXT["year_before"]))
                          + r")\s*\Z")
_CHANGE_BEFORE = re.compile(P.NO_LETTER_BEFORE + r"[وف]?[بلس]?(?:" + _alternation(  # («ستنتقل»: the future too)
    map(L.fold, L.CONTEXT["change"])) + r")" + P.NO_LETTER_AFTER + r"(?:\s+[^\s،,.؛:!?؟]+){0,12}\s*\Z")
_MONEY_CONTEXT = _words("mc", map(L.fold, L.CONTEXT["money_context"]))
_TOTAL_OF = re.compile(r"(?:" + _alternation(map(L.fold, L.CONTEXT["total_of"])) + r")\s*\Z")
_VERSUS = re.compile(r"(?:" + _alternation(map(L.fold, L.CONTEXT["versus"])) + r")\s*\Z")
_TOTAL_BEFORE = re.compile(r"(?:" + _alternation(L.CONTEXT["total"]) + r")\s*\Z")
_TIME_OF_DAY = re.compile(r"\s*(?:" + _alternation(map(L.fold, L.CONTEXT["time_of_day"])) + r")" + _END)
_DISEASE = _words("d", L.DISEASES)
_NEAR_ONLY = frozenset(map(L.fold, L.CONTEXT["near_only"]))
# «وجود ١٤ إصابة، منها ثلاث حالات وفاة»، «المصابين (50) حالة سجلت منهم (9) حالات وفايات»: a toll
# of the hurt that holds its dead counts both (casualties)
_DEATHS_AMONG = re.compile(r"[\s()]*[،,]?\s*(?:سجلت?\s+)?(?:من\s+)?(?:منهم|منها|بينهم|بينها)\s+(?:[(]?\s*[^\s()]+\s*[)]?\s+)?"
                           r"(?:حالات\s+|حاله\s+|حالتا\s+|حالتي\s+|حالتان\s+|حالتين\s+)?(?:وفاه|وفيات|وفايات|متوفين|قتلي)"
                           + _END)
_ITEM_CASE = re.compile(r"\s+(?:" + _alternation(map(L.fold, L.CONTEXT["item_case"])) + ")" + _END)
# «الصلوات الخمس»، «الدول الست الكبرى»: a set named by its size (context.tsv «named_set»)
_NAMED_SET = re.compile(r"(?<![^\W\d_])[وفبلك]?(?:" + _alternation(map(L.fold, L.CONTEXT["named_set"])) + r")(?![^\W\d_])")
_NAMED_SET_WORDS = frozenset(t for phrase in map(L.fold, L.CONTEXT["named_set"]) for w in phrase.split()
                             for t in (w, w[2:] if w.startswith("ال") else w))
# «وجاءت نتائج 31 منهم إيجابية»: the results of some, then «positive»
_RESULTS_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:نتائج|نتيجه|تحاليل|فحوص)\s*\Z")
# «…، ليرتفع العدد الإجمالي إلى 252 ألفا»: the running total of the figure just told
_RUNNING_TOTAL_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:ليرتفع|لترتفع|ليصل|لتصل|ليبلغ|لتبلغ|ويرتفع|وترتفع)\s+(?:بذلك\s+)?"
                                   r"(?:ال)?(?:عدد|العدد|الحصيله|المجموع)\s+(?:ال)?(?:اجمالي|الكلي|التراكمي|الاجمالي)\s+(?:الي\s+)?\Z")
# «إجمالي عدد الحالات … إلى 87775 حالة»: the running total of the cases
_CASES_TOTAL_BEFORE = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:اجمالي|مجموع|حصيله)\s+(?:عدد\s+)?(?:ال)?(?:حالات|اصابات)(?![^\W\d_])")
# «نفق الشهيد أحمد حمدي 2»: a place named after a martyr, then its number
_MARTYR_NAME = re.compile(r"(?<![^\W\d_])(?:نفق|مستشفي|مدرسه|شارع|محطه|مطار|جسر|كوبري|ميناء|قاعده|حي|مدينه)\s+"
                          r"(?:ال)?شهيد(?:\s+[^\W\d_]+){1,3}\s*\Z")
# «بلغ عدد حالات الولادة 645 حالة»: the cases named before the number
_ITEM_CASES_BEFORE = re.compile(r"(?<![^\W\d_])حالات\s+(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["item_case"]))
                                + r")(?![^\W\d_])(?:[^\d.؛،,]|(?<!\d)\d{4}(?!\d))*\Z")  # (a year between: «خلال سنة 2017 بلغ»)
# what may stand between a «near only» trigger and its number: «فُقد 15»، «فُقد أثر 15»، «وأسر 9»
_NEAR_GAP = re.compile(r"\s*(?:اثر\s+)?(?:ال)?")
_CASE_START = re.compile(r"(?:" + _alternation(map(L.fold, L.CONTEXT["case"])) + r")\s")
_ABOARD = re.compile(P.NO_LETTER_BEFORE + r"و?(?:" + _alternation(map(L.fold, L.CONTEXT["aboard"])) + r")\s*\Z")
_CONDITION_AFTER = re.compile(r"\s+(?:ب|بال|ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["severity"])) + r"|مستقره)" + _END)
_SEVERITY = re.compile(r"\s+(?:" + _alternation(map(L.fold, L.CONTEXT["severity"])) + ")" + _END)
_HOTLINES = frozenset(int(w) for w in L.CONTEXT["hotline"])
_SCORE_NOUNS = frozenset(map(L.fold, L.CONTEXT["score_noun"]))
_BAYT_TOWNS = frozenset(map(L.fold, L.CONTEXT["bayt_town"]))
# a share of a whole: «7 من كل 10 أطفال» (but the base of a rate, «لكل 1000 نسمة», is
# annotated as a head count in the shared news set)
_PER_EVERY_BEFORE = re.compile(r"(?<![^\W\d_])من\s+(?:بين\s+)?كل\s*\Z")
_OUT_OF_EVERY = re.compile(r"\s*(?:[^\W\d_]+\s+)?من\s+(?:بين\s+)?كل\s*")
# a nisba in the nominative dual after «بينهم/منهم» («أمريكيان»، «مصريان»; the plural is «ـيون»), or as the
# subject right after a verb («قُتل إسرائيليان»، «هجوم نفذه فلسطينيان»): found from the literal «يان»
# (re skips to it in C), the word before checked in a short window
_NISBA_DUAL_END = re.compile(r"يان(?![^\W\d_])")
_NISBA_DUAL_HEAD = re.compile(r"(?<![^\W\d_])[وف]?(?:بينهما|بينهم|بينهن|منهما|منهم|منهن|قتل|اصيب|اصيبا|قتلا|جرح|اعتقل|"
                              r"اعتقلا|خطف|اختطف|استشهد|توفي|نفذه|نفذها|نفذ|اوقف|غرق|فقد|اسر)\s+\Z")
# what a court postpones («أجّلت المحكمة النظر/الجلسة»), unlike «أجلت السلطات 300 شخص»
_POSTPONED = re.compile(r"(?:\s+[^\s\d]+){0,6}?\s+(?:[وفبل]?ال)?(?:محكمه|جلسه|جلسات|نظر|محاكمه|بت|ملف|قضيه|"
                        r"استئناف|غرفه|هيئه|قاضي|مناقشه|تصويت|موعد|امتحانات|مباراه|انتخابات)(?![^\W\d_])")
_LIST_OF_PART = re.compile(r"[^\W_]+\s+(?:منها|منهم|منهن)\s+[^\d.،,؛]{0,30}\Z")
_TO_FAMILIES = re.compile(r"(?<![^\W\d_])(?:الي|ل)\s*(?:ذويهم|ذويه|ذويها|اسرهم|عائلاتهم|اهاليهم|اهلهم)(?![^\W\d_])")
_REFERRED_ELSEWHERE = re.compile(r"[^.،,؛]*?(?<![^\W\d_])(?:علي|الي)\s+(?:ال)?(?:دوره|تقاعد|معاش|استدراكيه)(?![^\W\d_])")
_STRANDED = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:هلال\s+الاحمر|دفاع\s+المدني|اسعافيه|انقاذ|سيول|انقاض|ركام|"
                       r"عقبه|مصعد|ثلوج|الوقايه\s+المدنيه|حريق|غرق(?!\s+(?:ال)?(?:سفين|سفن|ناقل)))(?![^\W\d_])")
_WEIGHT_AFTER = re.compile(r"(?:كيلوغرام|كيلوجرام|كلغ|كغ|من\s+وزن)")
_COMMA_ASIDE = re.compile(r"[،,](?:[^،,.\d]{3,50}|[^،,.\d]{0,30}\d{1,2}\s+(?:" + _alternation(
    m for m in L.MONTHS if len(m) >= 3) + r")(?:\s+\d{4})?\s*)(?=[،,])")  # («، مساء أمس الجمعة 26 ماي،»: a date)
_AMONG_CASES = re.compile(r"(?<![^\W\d_])(?:من\s+)?بين\s+(?:ال)?(?:حالات|اصابات)(?:\s+ال\s*\d+)?(?:\s+[^\W\d_]+){0,3}\s*\Z")  # («الحالات الـ18»)
_CASES = re.compile(P.NO_LETTER_BEFORE + r"[وفبل]?(?:ال)?(?:حاله|حالات)" + P.NO_LETTER_AFTER)
# cases counted, not a condition («بينهن 4 في حالة حرجة»)
_CASES_COUNTED = re.compile(P.NO_LETTER_BEFORE + r"(?<!في\s)[وفبل]?(?:ال)?(?:حاله|حالات)" + P.NO_LETTER_AFTER + r"(?!\s+(?:"
                            + _alternation(map(L.fold, L.CONTEXT["severity"])) + r"|صحيه|مستقره)" + _END + ")")
_BULLETIN = re.compile(P.NO_LETTER_BEFORE + r"[وفبل]?(?:" + _alternation(map(L.fold, L.CONTEXT["case_bulletin"])) + ")")
# «تماثلت 624 حالة للشفاء»: cases that recover are cases of a disease (the wounded recover as «مصابا»)
_CASES_RECOVERED = re.compile(P.NO_LETTER_BEFORE + r"[وفب]?(?:تماثلت|تماثل|تعافت|تعافي|شفيت)\s+[^\s،,.]+(?:\s+[^\s،,.]+){0,2}"
                              r"\s+(?:حاله|حالات)(?![^\W\d_])")
# Latin letters spelt in Arabic before a digit: a model or a strain («إف 16»، «إتش 1 إن 1»); «إن»
# (also «إنّ», that) only after such a letter and its digit
_LETTER_NAME_BEFORE = re.compile(r"(?<![^\W\d_])(?:اتش|اف|بي|سي|دي|جي|كيو|اكس|واي|اس)(?:\s*-?\s*\d+\s*(?:ان|ام))?\s*-?\s*\Z")
# «قضت بسنة حبسا نافذا في حق 8 منهم»: a prison term, then whom it is for
_PRISON_FOR_BEFORE = re.compile(r"(?<![^\W\d_])(?:حبسا|سجنا|بالسجن|بالحبس|بالمؤبد)(?:\s+(?:نافذا|النافذ|المؤبد))?"
                                r"\s+(?:في\s+حق|علي)\s*\Z")
# «فقد 1500 طفل أحد والديهم»: kin lost, not the counted gone missing
_KIN_LOST_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:احد\s+|كلا\s+)?(?:والديهم|والديه|والديها|والديهن|ابويهم|ابويه|"
                             r"امهاتهم|ابائهم|ذويهم|معيلهم|معيليهم|المعيل|ازواجهن|ازواجهم)(?![^\W\d_])")
_JOBS_AFTER = re.compile(r"(?:\s+[^\s\d،,.]+){0,3}?\s+(?:وظائفهم|وظائفهن|وظيفته|وظيفتها|اعمالهم|عملهم|مصدر\s+رزقهم|مناصب)(?![^\W\d_])")
_CROWD_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:" + _alternation(map(L.fold, L.CONTEXT["crowd"])) + r")\s+"
                           r"(?:(?:ما\s+)?(?:" + _alternation(_quals("before")) + r")\s+)?(?:ال)?\Z")  # («وبحضور أكثر من ثلاثمائة شخص»)
_SEASONS = frozenset(map(L.fold, L.CONTEXT["season"]))
_SPAN_IN_PASSING = re.compile(r"(?<![^\W\d_])(?:خلال|استمرت|استمر|مده|لمده|طيله|طوال|مدي|مدار)\s+\Z")
_EMERGENCY_CASES = re.compile(r"\s+(?:اسعافيه|طارئه|طوارئ|مرضيه\s+واسعافيه)(?![^\W\d_])")
_CASES_OF_WOUNDS = re.compile(r"\s+(?:(?:ال)?(?:ناتجه|ناجمه)\s+عن|نتيجه|جراء|بسبب)\s+(?P<w>(?:ال)?(?:حوادث|حادث|مشاجرات|مشاجره|حروق|كسور|اعتداءات|سقوط))(?![^\W\d_])")
_HAD_BEEN = re.compile(r"(?<![^\W\d_])(?:(?:بعد\s+ان|بعدما|بعد\s+ما)\s+(?:كان|كانت|كانوا)(?:\s+[^\s\d،,.]+){0,3}?"
                       r"|قبل\s+ان\s+(?:ترتفع|يرتفع|تصل|يصل|تنخفض|ينخفض|تتراجع|يتراجع)(?:\s+[^\s\d،,.]+)?\s+الي)\s*\Z")
_LEFT = r"[وف]?(?:غادر|غادرت|غادروا)"  # left (a hospital, a prison)
_LEFT_OF_THEM = re.compile(r"(?<![^\W\d_])(?P<w>" + _LEFT + r"\s+(?:منها|منهم|منهن))\s*\Z")
_DEPORTED = re.compile(r"[وف]?(?:ال)?(?:رحلت|رحل|يرحل|ترحل|ترحيل|ترحيلهم)(?![^\W\d_])")
_SEIZED_AFTER = re.compile(r"(?<![^\W\d_])(?:الذين\s+(?:تم\s+)?(?:ضبطوا|ضبطهم|اعتقلوا|اعتقالهم|اوقفوا|توقيفهم|قبض\s+عليهم)"
                           r"|بعد\s+(?:ضبطهم|توقيفهم|اعتقالهم|القبض\s+عليهم))(?![^\W\d_])")
# «9870 مراجعا …، بينهم 312 حالة تسمم»: the event named after a subset's cases is theirs
_SUBSET_CASES_BEFORE = re.compile(r"(?<![^\W\d_])(?:بينهم|منهم|بينها|منها)\s+[\d٠-٩][^\s]*\s+(?:حاله|حالات)\s+\Z")
# «، وخرج آلاف …»: a clause opens on a verb right before the figure (not «، ونحو 400»)
# «خلال مشاركتهم إلى جانب آلاف الفلسطينيين»: alongside others in what they did, not more of them
_TOGETHER_WITH = re.compile(r"(?<![^\W\d_])[وبل]?(?:مشاركه|مشاركتهم|مشاركته|مشاركتها|شارك|شاركوا|يشارك|يشاركون|شاركت|وقفوا|وقف|جنبا)\s*[،,]?\s*\Z")
_PRISON_WORD = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:سجن|سجون|سجنيه|اصلاحيه|عقابيه)(?![^\W\d_])")  # (a pardon alone frees some)
# an approximate word between a verb and its figure: «ما يقارب»، «أكثر من»، «نحو»
_APPROX = r"(?:(?:ما\s+)?(?:يزيد\s+(?:عن|علي)|يقارب|يناهز)\s+|(?:اكثر|ازيد|اقل)\s+من\s+|نحو\s+|حوالي\s+|قرابه\s+|زهاء\s+)"
# a payment verb right before a bare sum: «سددت الإدارة ما يقارب 38 مليوناً»
_PAID_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:سدد|سددت|دفع|دفعت|صرف|صرفت|رصد|رصدت|خصص|خصصت|ضخ|ضخت|انفق|انفقت|حول|حولت)"
                          r"(?:\s+[^\s\d،,.]+)?\s+" + _APPROX + r"?\Z")
# whom sentences were given to: «على 49 متهما»، «في حق 53 متهما»، «على (4) متهمين»
_FOR_CONVICTS_BEFORE = re.compile(r"(?<![^\W\d_])(?:في\s+حق|بحق|[وف]?(?:وزعت|وزع|توزعت)(?:\s+[^\s\d،,.]+){0,3}?\s+علي)"
                                  r"\s+(?:(?:باقي|بقيه)\s+)?\(?\s*\Z")
_VERDICTS = re.compile(r"(?<![^\W\d_])[وف]?(?:وزعت|وزع|توزعت|قضت|حكمت|ادانت|اصدرت|صدرت|(?:ال)?احكام|احكاما|عقوبه|عقوبات|(?:ال)?عقوبات)(?![^\W\d_])")
# a suspended sentence, or a trial at liberty, holds no one: «بسنة موقوفة التنفيذ في حق ثلاثة موظفين»
_NOT_HELD = re.compile(r"(?<![^\W\d_])(?:موقوف|موقوفه)\s+التنفيذ|(?<![^\W\d_])(?:في\s+)?حاله\s+سراح(?![^\W\d_])")
_ACQUITTED = re.compile(r"(?<![^\W\d_])[وفب]?(?:ال)?(?:براءه|تبرئه|برات|برأت)(?![^\W\d_])")
_DIED_OF_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:توفي|توفيت|توفيا|توفوا|وفاه|مصرع|لقي|لقيت|فارق|فارقت|مات|ماتت)(?:\s+[^\s\d،,.]+){0,3}?"
                             r"\s+(?:متاثر|متاثره|متاثرا|متاثرين|متاثرون|متاثرتين|متاثرات)\s+\Z")  # (not «نقل ثلاثة متأثرين بإصابات»)
# «فارق اثنان من المصابين الحياة»: the verb and «الحياة» around the figure and its noun
_LEFT_LIFE_BEFORE = re.compile(r"(?<![^\W\d_])(?P<v>[وف]?(?:فارق|فارقت|فارقا|فارقوا|فارقتا))\s+\Z")
_LIFE_AFTER = re.compile(r"\s+(?:[^\s\d،,.]+\s+)?الحياه(?![^\W\d_])")
_COMMUTED_BEFORE = re.compile(r"(?<![^\W\d_])[وفب]?(?:ال)?(?:تحويل|تحول|تخفيف|تخفيض|استبدال)\s+(?:ال)?(?:عقوبه|عقوبات|حكم|احكام)?\s*\Z")
_COMMUTED_AFTER = re.compile(r"[^\d.،,؛]{0,30}?(?<![^\W\d_])[وفب]?(?:ال)?(?:تحويل|تخفيف|تخفيض|استبدال)\s+(?:ال)?(?:عقوبه|حكم)\s+"
                             r"(?:ال)?اعدام(?![^\W\d_])")
_PARALLEL_AGE_GAP = re.compile(r"\s*(?:سنه|سنوات|عاما|عام)(?:\s+[^\s\d،,.]+){0,3}\s+و\s*")
_AGE_WORD = re.compile(r"(?<![^\W\d_])(?:ال)?(?:سن|عمر|اعمار)(?![^\W\d_])")
# «لم تتجاوز عمليات زراعة الكلى التي أجريت العام الماضي ٦٤٠ عملية»: a negated «exceed», a long subject between
_NOT_EXCEEDED_SUBJECT = re.compile(r"(?<![^\W\d_])(?:لم|لا|ولم|ولا)\s+(?P<q>يتجاوز|تتجاوز|يتعدي|تتعدي|يتعد|تتعد|يزد|تزد|يفق|تفق)"
                                   r"(?:\s+[^\s\d،,.]+){1,10}\s*\Z")
_ONE_VICTIM = frozenset(("ضحيه",))
# a shelter housing those counted: «مراكز إيواء تؤوي أكثر من 298 ألف شخص» (not a camp's residents: «ويؤوي مخيم
# الهول ما يقارب 43 ألف شخص», whom annotators leave people)
_CAMP_HOSTS_BEFORE = re.compile(
    r"(?<![^\W\d_])[وبل]?(?:ال)?(?:ايواء|ملاجئ|ملجا)(?![^\W\d_])[^.،,؛:]{0,60}?(?<![^\W\d_])[وف]?"
    r"(?:تؤوي|يؤوي|تاوي|ياوي|يستضيف|تستضيف)(?:\s+[^\s\d،,.]+)?"
    r"\s+" + _APPROX + r"?\Z")
_BROUGHT_BACK_BEFORE = re.compile(r"(?<![^\W\d_])(?:من\s+)?(?:اعاده|ترحيل)\s+(?:ما\s+مجموعه\s+)?" + _APPROX + r"?\Z")
# «لمن تجاوزوا 18 عاما»، «لمن بلغوا 60 سنة»: those past an age
_OVER_AGE_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?:لمن|من|ممن|الذين|اللواتي|اللاتي)\s+(?:تجاوزوا|تجاوز|تجاوزت|تجاوزن|بلغوا|بلغ|بلغت|بلغن|تعدوا|تخطوا|اتموا|اتم|اتمت|اتممن|اكملوا|اكمل|اكملت)"
                              # a condition on age: «أن يكون الطفل قد أتم ست سنوات»
                              r"|(?:يكون|يكونوا|تكون|يكونا|تكونا)\s+(?:[^\s\d،,.]+\s+)?قد\s+(?:اتم|اتموا|اتمت|اتما|اكمل|اكملوا|اكملت|بلغ|بلغوا|بلغت))"
                              r"\s+(?:سن\s+)?\Z")
# the members of families counted before: «يبلغ عدد أفرادها نحو»، «تضم أكثر من»
_FAMILY_MEMBERS_BEFORE = re.compile(r"(?<![^\W\d_])(?:عدد\s+(?:افرادها|افرادهم|افرادهما)|تضم|يضم|تتكون\s+من|يتكون\s+من|"
                                    r"يقطنها|يقطنه|يسكنها|يسكنه|تقطنها|تسكنها|"
                                    r"(?:ال)?(?:بالغ|يبلغ|يقدر|قدر)\s+(?:عددهم|عددهن)(?:\s+ب)?|و?(?:عددهم|عددهن))"  # («سكانها البالغ عددهم»)
                                    r"(?:\s+[^\s\d،,.]+){0,2}\s*\Z")  # («تضم ما يقارب 600 شخص»، «قرية يقطنها نحو ١٢ ألف نسمة»)
# harm done to those counted: «أضرت بعشرات الآلاف»، «خسائر مادية جسيمة لمئات التجار»
_HARMED_BEFORE = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:اضرت|اضر|يضر|تضر|الحقت\s+اضرارا|الحق\s+اضرارا)\s+ب|"
                            r"(?:خسائر|اضرارا|اضرار)(?:\s+(?:ماديه|ماليه|جسيمه|فادحه|كبيره|مهمه|بالغه)){0,2}\s+ل)\s*\Z")
# waiting for a release: «ينتظر 90 آخرون استكمال إجراءات الإفراج عنهم»، «في انتظار إطلاق سراحهم»
_AWAITING = re.compile(r"(?<![^\W\d_])[وف]?(?:ينتظر|ينتظرون|تنتظر|بانتظار|انتظار|لانتظار)(?:\s+[^\s،,.]+){0,5}?\s+\Z")
# a running total told again: «لترتفع أعداد من أجلتهم المملكة … إلى»
_TOTAL_RISES = re.compile(r"(?<![^\W\d_])[لوف]?(?:ترتفع|يرتفع|ارتفعت|ارتفع|تصل|يصل|وصلت|وصل|بلغ|بلغت)(?![^\W\d_])")
# a search for someone (missing, or wanted when the police search): «البحث عن»، «عمليات البحث متواصلة عن»
_SEARCH_FOR = frozenset(("البحث عن", "بحث عن", "جاريه عن", "متواصله عن", "متواصل عن", "مستمره عن", "جاريا عن"))
# the rest of a clause up to its first comma, number or stop (a coordinated figure's noun and verb)
_WORDS_TO_CLAUSE_END = re.compile(r"[^،,.؛:\d]{1,80}")
_AND_PERFECT_BEFORE = re.compile(r"[،,]\s*و(?!(?:نحو|حوالي|قرابه|زهاء|ايضا|كذلك|اكثر|اقل|ازيد|ما|من|بين|بينهم|بينهن|منهم|منهن|في|علي|الي|عن|مع)\s)"
                                 r"(?!ال)[^\W\d_]{2,}\s+\Z")
_AND_VERB_BEFORE = re.compile(r"[،,]\s*[وف][^\W\d_]{2,}\s+\Z")  # «، ونقل طفلان …»: a clause opens on a verb
_IMAM_AFTER = re.compile(r"\s+(?P<w>امام)(?![^\W\d_])")  # «إمام» folds into «أمام» (in front of): told apart in the original
# «عملية مرحبا 2018 أزيد من 2,8 مليون»: a year-like number right before an approximate word and a figure
_YEAR_THEN_FIGURE = re.compile(r"\s+(?:(?:ازيد|اكثر|اقل)\s+(?:من|عن)|نحو|حوالي|قرابه|زهاء|ما\s+يناهز|ما\s+يقارب)\s+[\d٠-٩]")
# an approximate word may stand between a verb and its figure («استقبلت … أزيد من 20 ألف حالة»)
_APPROX_TAIL = r"\s+" + _APPROX + r"?\Z"
# «عملية التلقيح … شملت أزيد من 14 ألف طفل»: the vaccinated, not cases
_VACCINATED_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?P<v>تلقيح|تطعيم|لقاح|تحصين)(?:\s+[^\s\d.؛]+){0,8}?" + _APPROX_TAIL)
# «يصل عدد التلاميذ في بعض الأقسام إلى 60 تلميذا»: the most crowded classes, up to
_CLASS_SIZE = re.compile(r"[\d٠-٩]+\s+(?:تلميذ|تلميذا|تلاميذ|تلميذه|طالب|طالبا|طلاب|طالبه)(?![^\W\d_])")
# «رفعت غرفة الجنايات … العقوبة … من ثلاث إلى ست سنوات»: the term before and after, not a range
_TERM_CHANGED = re.compile(r"(?<![^\W\d_])[وف]?(?:رفعت|رفع|خفضت|خفض|شددت|شدد|خففت|خفف|قلصت|قلص)\s+(?:[^\s\d.؛]+\s+){0,10}?"
                           r"(?:ال)?(?:عقوبه|عقوبات)(?![^\W\d_])(?:\s+[^\s\d.؛]+){0,14}?\s+\Z")
# the arrest verbs that open a police report's clause: «أوقفت عناصر الشرطة …، مساء أمس، ثلاثة أشخاص»
_ARREST_VERB = re.compile(r"(?<![^\W\d_])[وف]?(?P<v>اوقفت|اوقف|اعتقلت|اعتقل|ضبطت|ضبط|القت\s+القبض\s+علي)\s+(?:[^\s\d،,.]+\s+)?"
                          r"(?:ال)?(?:عناصر|مصالح|مصلحه|الشرطه|شرطه|الدرك|درك|السلطات|سلطات|قوات|الاجهزه|اجهزه|دوريات|فرق|فرقه|رجال|الامن|امن|"
                          r"الجهات|جهات)"
                          r"(?![^\W\d_])")
# «فيما وصل إلى الجزر اليونانية قرابة 160 ألفاً»: arrivals after a count of migrants
_ARRIVED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:وصل|وصلت|يصل|تصل|وصلوا)(?:\s+[^\s\d،,.]+){0,5}?\s+"
                             r"(?:" + _APPROX + r"|(?:ما\s+)?بين\s+)?\Z")
# («يصل يوميا ما بين 500 و1000 شخص»)
# «استقبلت مستوصفات البعثة أزيد من 20 ألف حالة»: patients seen
_RECEIVED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:استقبلت|استقبل|تستقبل|يستقبل)(?:\s+[^\s\d،,.]+){0,5}?" + _APPROX_TAIL)
# «غادر 11 معتقلا من معتقلي الحراك، صباح اليوم، سجن عكاشة»: the prison named a little after
_PRISON_LEFT_AFTER = re.compile(r"[^\d.؛]{0,60}?(?<![^\W\d_])(?:ال)?(?:سجن|سجون|المؤسسه\s+السجنيه|المؤسسات\s+السجنيه)(?![^\W\d_])")
_LEFT_PRISON = re.compile(r"(?<![^\W\d_])(?P<v>" + _LEFT + r")\s+\Z")
_WERE_BEFORE = re.compile(r"(?<![^\W\d_])(?:كانوا|كانت|كان|كن|كانا|كانتا)\s+\Z")
_LIVES_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:يعيش|تعيش|يعيشون|يتعايش|يتعايشون)(?:\s+[^\s\d،,.]+)?\s+\Z")
_WITH_DISEASE = re.compile(r"(?:\s+[^\s\d،,.]+){0,2}?\s+مع\s+(?P<d>(?:ال)?(?:فيروس|مرض|داء))(?![^\W\d_])")
_BENEFITED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:استفاد|استفادت|استفادوا|يستفيد|سيستفيد)\s+(?:منه\s+|منها\s+)?\Z")
# «استفاد 52 منهم من العفو من بقية العقوبة»: the rest of the term pardoned, freed
_REST_OF_TERM = re.compile(r"\s+(?:من|مما|من\s+ما)\s+(?:بقيه|باقي|تبقي\s+من)\s+(?:ال)?(?:عقوبه|مده)(?![^\W\d_])")
_PARDON_AFTER = re.compile(r"(?:\s+[^\s\d،,.]+){0,6}?\s+(?P<p>(?:من|ب)\s*(?:ال)?عفو)(?![^\W\d_])")
_NEW_FEM_VERB = re.compile(r"[،,]\s*[وف](?!قد)[^\W\d_]{2,}ت\s+(?:[^\W\d_]+\s+)?\Z")  # «، ونشرت 45 ألفاً»
_PEOPLE_BETWEEN = re.compile(r"(?<![^\W\d_])(?:من|لدي)\s+(?:ال)?[^\W\d_]{3,}(?:ين|ات)\s+(?:ما\s+)?بين\s*\Z")
_AGES_BETWEEN = re.compile(r"(?<![^\W\d_])(?:اعمارهم|اعمارهن|اعمارهما|اعمار|اعمارها)(?:\s+[^\W\d_]+)?\s+(?:ما\s+)?بين\s+(?:[^\W\d_]+\s+)?\Z")
_NO_HARM_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:(?:لم|لا)\s+(?:يسفر|تسفر|يسجل|تسجل|تسجيل)\s+(?:عن\s+)?(?:اي\s+)?"
                             r"|(?:دون|بدون|عدم)\s+(?:وقوع|تسجيل|حدوث)\s+(?:اي\s+)?|[بل]?عدم\s+)\Z")  # («بعدم إدانة متهمين اثنين»)
_SUBSET_CUT = re.compile(r"(?:\d|(?<![^\W\d_])(?:الباقون|الباقين|البقيه|الباقي))\s+(?:[^\W\d_]+\s+){0,2}?(?:من|استفادوا\s+من)\s+"
                         r"(?:ال)?تخفيض|(?<![^\W\d_])(?:ال)?تخفيض\s+(?:[^\W\d_]+\s+){0,3}?(?:لفائده|ل)\s*"
                         r"(?:ال)?(?:بقيه|باقين|باقي)(?![^\W\d_])")
# «و97 من التخفيض»، «استفاد الباقون من تخفيض العقوبة»، «تم تخفيض العقوبة لفائدة البقية»: a part only had its sentence cut
_CAMPAIGN_QUOTE = re.compile(r"(?<![^\W\d_])(?:حمله|مبادره|برنامج|مشروع|شعار|اسم|باسم|عنوان|بعنوان|تسميه|روايه|كتاب|فيلم|مسرحيه|مسلسل|ديوان)\s*[«\"“]\s*\Z")  # («رواية «ثلاثة أيام في مكة»»)
_TOWARDS_BEFORE = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:[بل]?ال|لل|[بل]))?(?:تصدير|صادرات|رحلات|رحله|متجهه|متجها|متجه|توجه|تتجه|يتجه|اتجاه)\s+\Z")
# (not «نزوح نحو 1.4 مليون»: displacement of about that many)
_DATELINE = re.compile(r"[^\d:.،,\n]{2,40}?:\s+")  # «سبق- مكة المكرمة: »، «كاتماندو - أ ف ب: »
_ALL_DIED = re.compile(r"(?<![^\W\d_])(?:لقوا\s+حتفهم\s+جميعا|لقوا\s+جميعهم\s+حتفهم|لقوا\s+جميعا\s+حتفهم)(?![^\W\d_])")
# everyone counted died (not «ولم ينج أحد منهم»: the gates split on it, 1 to 1)
_ELIMINATED_BEFORE = re.compile(r"(?<![^\W\d_])(?P<v>قضت|قضي)\s+[^.؛:]{0,90}?(?<![^\W\d_])(?:مفرزه|مفارز|الجيش|القوات|قوات|وحدات)"
                                r"(?![^\W\d_])[^.؛:]{0,70}?\sعلي\s*\(?\s*\Z")  # the army «قضى على»: killed
_MANHUNT = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:قبض|توقيف|اعتقال|اطاحت|اطاح|الاطاحه|جناه|جاني|متهمين|مشتبه|مطلوبين|فارين|فاعلين|الفرار)(?![^\W\d_])")
_CASES_OF_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:عدد|اجمالي|حصيله)\s+(?:ال)?حالات\s+")
_GRADE_AFTER = re.compile(r"\s*(?:من|علي|/)\s*(?:20|10|5|4)(?!\d|[.,٫٬]\d)(?!\s+[^\W\d_]{3,}(?<!في)(?<!علي)(?<!من)(?<!بال)(?<!الي))")
_PHONE_LIST = re.compile(r"(?<![^\W\d_])(?:ارقام|رقم|الرقم|هاتف|الهاتف|هواتف|الهواتف)\s+(?:ال)?(?:طوارئ|هاتف|هواتف|تواصل|اتصال|"
                         r"مجاني|موحد|ساخن)(?![^\W\d_])[^.؛\n:]{0,60}:[^.؛\n]*\Z")
_INITIALS_BEFORE = re.compile(r"\(\s*[^\W\d_]\s*\.\s*[^\W\d_](?:\s*\.\s*[^\W\d_])*\s*\.?\s*\)\s*[،,]?\s*\Z")
_PLATE_LETTERS = re.compile(r"(?<!\w)(?!و\s+و)[^\W\d_]\s+[^\W\d_](?:\s+[^\W\d_])?\s*[-–]?\s*\Z")  # (not «1437هـ بـ 715»)
_CONTRACT_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:عقد|عقده|عقدا|تعاقد|تمديد|مدد|جدد|يمتد|تمتد|ارتبط|بقاء|انضم|وقع)(?![^\W\d_])")
_TERM_OF_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:لمده|مده|طيله|طوال)\s*\Z")
_OF_THEM_PEOPLE = re.compile(r"\s*(?:منهم|منهن|منهما|من\s+(?:هؤلاء|هولاء)(?!\s+ال))(?![^\W\d_])")  # («230 ألفاً من هؤلاء»)
# «البالغ من العمر 17 عاماً و4 أشهر»: the months of an age
_AGE_THEN_MONTHS = re.compile(r"(?<![^\W\d_])(?:(?:العمر|عمره|عمرها|عمرهم|سن|سنه)\s+|(?:لمن|من|ممن|الذين|اللواتي)\s+(?:تجاوزوا|تجاوز|"
                              r"تجاوزت|تجاوزن|بلغوا|بلغ|بلغت|بلغن|اتم|اتموا|اتمت|اكمل|اكملوا)\s+(?:سن\s+)?)"
                              r"\S+\s+(?:عاما|عام|سنه|سنوات|سنين)\s+و\s*\Z")  # («مع قبول من بلغ خمس سنوات وتسعة أشهر»)
# «تقدم كلينتون بفارق 12 نقطة … بهامش خطأ يبلغ 3,5 نقاط»: a poll's points are percentage points
_POLL = re.compile(r"(?<![^\W\d_])(?:[وفبل]?(?:ال)?استطلاع|نوايا\s+التصويت|[وفب]?هامش\s+(?:ال)?خطا)(?![^\W\d_])")
_AMONG_NAMED = re.compile(r"(?<![^\W\d_])(?:من\s+)?بين\s+(?:ال|لل)[^\W\d_]{3,}\s*\Z")  # «بين المحتجزين 3 أطفال»
_WOUNDS = _words("wound", L.CONTEXT["wound"])
# «جريمة قتل أسرة من أربعة أفراد»: the family, then its members counted
_FAMILY_OF_N = re.compile(r"\s+(?:اسره|عائله)\s+(?:مكونه\s+|تتكون\s+)?من\s+\S+\s+(?:افراد|اشخاص)(?![^\W\d_])")
# «وإخضاع 45 طالبا ومعلما للفحص»: sent for tests
_TESTED_AFTER = re.compile(r"(?:\s+[^\s\d،,.]+){0,2}?\s+(?:ل|لل)(?:فحص|فحوص|فحوصات|تحاليل|تحليل|اختبار|اختبارات)(?![^\W\d_])")
_WHOLE_AFTER = re.compile(r"(?:\s+فقط)?\s*من\s+(?:بين|اصل|مجموع|اجمالي)\s+(?:(?:نحو|حوالي|قرابه|زهاء)\s+)?\d[\d.,]*(?:\s+(?:الف|الاف|مليون|ملايين|مليار|مليارات))?(?=\s)")
_PARTITIVE = re.compile(r"\s*(?:من\s+(?!(?:دون|غير|جديد|جهته|جهتها|جانبه|جانبها|اجل|حيث)(?![^\W\d_]))(?:بين\s+)?"
                        r"(?:(?:هذه|هذا|هولاء|هؤلاء|تلك)\s+(?=ال))?|من(?=ال))")  # (not «من دون»: without; «من هذه المنشآت»)
_RANGE_GAP = re.compile(r"\s*(?:(?P<dash>[-–—])|(?P<to>و|" + _alternation(map(L.fold, L.CONTEXT["range_to"]))
                        + r"))\s*(?:(?<=\s)ال)?|\s*\)?\s*(?P<bracketed>و)\s*\(\s*"  # «بين (19) و(24) عاماً»؛ «الستة إلى التسعة»
                        r"|\s+(?P<lam>ل)\s*")  # «من 10 لـ15 جنيهاً»: «لـ» is «إلى» after «من»
_OR_GAP = re.compile(r"\s+او\s+")
_SIGNED_DASH = re.compile(r"\s*(?P<after>[$€£])\s*(?P<dash>[-–—])\s*|\s*(?P<dash2>[-–—])\s*(?P<before>[$€£])\s*")
_NOUN_BETWEEN = re.compile(r"\s+(?P<w>" + L_ + r"+)\s+(?P<to>و|الي|حتي)\s*(?P<dash>(?!))?")  # «من 20 ألف دينار إلى 100 ألف دينار»
_NOUN_BETWEEN_LONG = re.compile(r"\s+(?P<w>" + L_ + r"+)(?:\s+[^\s\d،,.]+){1,3}\s+(?P<to>و)\s*(?P<dash>(?!))?")
_STARTS_THEN_REACHES = re.compile(r"\s+(?P<w>" + L_ + r"+)\s+(?P<to>و\s*(?:تصل|يصل|تنتهي|ينتهي)\s+(?:الي|حتي))\s*(?P<dash>(?!))?")
_RANGE_START = re.compile(r"(?:^|(?<=[\s(]))(?:ما\s+)?(?:تتراوح\s+|يتراوح\s+)?(?P<w>بين|من)\s*(?:(?:ال)?(?:سجن|حبس)\s+)?[(]?\s*\Z")
# «(18 إلى 20) ألف»: a scale word after the brackets multiplies both bounds
_CLOSE_SCALE = re.compile(r"\s*\)\s*(?P<s>" + _alternation(
    w for w, (v, role) in L.NUMBER_WORDS.items() if role in ("scale", "scale_plural")) + r")" + _END)
_ATTACHED = re.compile(P.CLITICS)
_NOUN_WORD = re.compile(r"\s*[()«»\"']?\s*(?P<w>" + L_ + r"+)")
# a cell or gang broken up, then its members: «تفكيك خلية …، تتكون من سبعة عناصر»
_MEMBERS_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + _alternation(map(L.fold, L.CONTEXT["made_of"])) + r")\s+(?:من\s*)?\Z")  # («تضم ستة أشخاص»)
_BROKEN_UP = re.compile(r"(?<![^\W\d_])[وب]?(?:" + _alternation(map(L.fold, L.CONTEXT["broken_up"])) + r")(?![^\W\d_])")
# people an event befell, told without a number: «أصيب آخرون»، «اعتقل العشرات»
_UNNUMBERED_AFTER = re.compile(r"\s+(?:اخرون|اخرين|اخريات|كثيرون|العشرات|المئات|الالاف|عدد\s+من)(?![^\W\d_])")
_NEXT_WORD = re.compile(r"\s+(?P<and>و)?(?P<w>" + L_ + r"+)")
_AND = _alternation(map(L.fold, L.CONTEXT["and"]))
# «25 من الحوثيين و قوات صالح و8 من المقاومة»: a short conjunct may stand between
_COORDINATION = re.compile(  # «… و»، «، إضافة إلى»، «من القوات العمومية و» (the noun's «من» phrase)
    r"(?:\s+(?:منها|منهم|منهن))?(?:\s+في\s+" + L_ + r"+(?:\s+ال" + L_ + r"+)?(?=\s+و))?"  # «172 ألفاً في مكة المكرمة و87 ألفاً»
    r"(?:\s+من\s+(?!اصل|بين|اجمالي|مجموع)" + L_ + r"+)?(?:\s+ال" + L_ + r"+){0,2}[\s،,]*(?:(?:" + _AND
    + r")\s*" + L_
    + r"+(?:\s+" + L_ + r"+)?\s*)?[\s،,]*(?:" + _AND + r")?\s*\(?\s*")  # «طفلين، ورجل، وثلاث سيدات»، «و(6)»
# «قتل قياديان حوثيان و11 من مرافقيهما»، «42 طفلاً دون سن الثامنة عشرة و27 مواطنة»: a longer noun
# phrase (up to five words, no comma) before «و» and the next head count
_LOOSE_COORDINATION = re.compile(r"(?:[\s«»\"]+" + L_ + r"+){1,6}[«»\"]?(?:(?:\s+|\s*[،,]\s*)و|\s*[،,]?\s*(?:"
                                 r"(?:ب?الاضافه|اضافه)\s+الي|فضلا\s+عن|الي\s+جانب))\s*\(?\s*")
_CONSTRUCT_TIME_BEFORE = re.compile(r"(?<![^\W\d_])(?P<w>(?:ايام|اسابيع|اشهر|شهور|سنوات|ساعات|ليالي))\s+ال" + L_
                                    + r"+\s+(?:ال\s*)?\Z")
_DECADE_CONTEXT = re.compile(r"(?<![^\W\d_])[وف]?(?:منذ|قبل|خلال|طيله|طوال|مدي|لمده|بعد|مر|مرور|استمر|استمرت|دام|دامت|في\s+اقل\s+من|في\s+غضون)"
                             r"(?:\s+[^\W\d_]+){0,3}\s*\Z")
_BREAKDOWN = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:توزعت|توزع|تتوزع|يتوزع|موزعه|موزعين|موزعون)|كالتالي|كالاتي|"
                        r"(?:علي\s+)?النحو\s+(?:التالي|الاتي))(?![^\W\d_])")
_HOST_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:يستضيف|تستضيف|استضافت|استضاف|تاوي|ياوي)\s+(?:[^\W\d_]+\s+){0,3}"
                          r"(?:[^\W\d_]+\s+)?\Z")
# «تجاوز ثمن بعض الأكباش من سلالة الصردي 9.000 درهم»: the verb's subject is a price or an amount
_AMOUNT_SUBJECT = re.compile(r"\s+(?:ال)?(?:" + _AMOUNT_NOUNS + r"|حجم|رقم)(?![^\W\d_])")
_SINCE = ("منذ", "قبل", "خلال", "طيله", "طوال")
_SINCE_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_SINCE) + r")\s*\Z")
_SINCE_OR_AFTER = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_SINCE + ("بعد",)) + r")\s*\Z")  # «وأفرجوا بعد يومين عن أربعة»
_OUTLET_NAME = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["outlet"]))
                          + r")\s+[^\W\d_]{3,}\s*\Z")
# verbs only people do, right before a bare figure: «في حين عاد قرابة مئتي ألف إلى الجانب الأيسر»
_PEOPLE_VERB_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:عاد|عادت|يعود|تعود|غادر|غادرت|يغادر|تظاهر|تظاهرت|احتشد|"
                                 r"سافر|هاجر|صوت|اقترع|تجمع|شارك|يشارك|عارض|عارضه|عارضها|امتنع|غاب|حجب|حجبها|ايد|ايده|ايدها)\s+(?:[^\s\d،,.]+\s+){0,2}\Z")
# «… عن 11 معتقلا»، «عن ما لا يقل عن 40 سجينا»: the object of a release verb told earlier
_FREED_FROM = re.compile(r"(?<![^\W\d_])عن\s+(?:(?:ما\s+)?(?:" + _alternation(_quals("before")) + r")\s+)?\Z")
_RETURNED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?P<v>اعادت|اعاد|سلمت|سلم|تسلمت|تسلم)(?:\s+[^\s\d،,.]+){0,3}\s*\Z")
_MASSACRE = re.compile(r"(?<![^\W\d_])(?:ال)?(?:مجزره|مجازر|مذبحه|مذابح|المجزره|المجازر|المذبحه|الاباده|الاعدامات)(?![^\W\d_])")
# «وإصابة ما لا يقل عن 11 آخرين»: a qualifier, then the second noun's own figure
_QUAL_THEN_NUMBER = re.compile(r"\s+[بل]?(?:" + _alternation(_quals("before")) + r")\s*\d")
_STATE_HOLDER_AFTER = re.compile(r"\s+(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["state_holder"])) + r")(?![^\W\d_])")
_STATE_HOLDER = re.compile(r"(?<![^\W\d_])(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["state_holder"]))
                           + r")(?:\s+[^\s\d،,.]+){0,2}\s*\Z")
_IRAQI_SUMS = 10**11  # dinars: Kuwait's whole budget is some 25 billion, Iraq's passes 100 trillion
_DEPORTATION = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال|لل)?(?:" + _alternation(map(L.fold, L.CONTEXT["deportation"]))
                          + r")(?![^\W\d_])")
_HOSTAGE_TAKERS = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?(?:ال)?(?:مسلح|خاطف|مختطف|ميليشيا|مليشيا|عصابه|تنظيم|جماعه\s+مسلحه|"
                             r"الحوثي|داعش|حماس|القراصنه|قراصنه|متمرد|لدي\s+(?:[^\s\d،,.]+\s+){0,2}?(?:ال)?(?:جماعه|حركه|شبكه|مهربين))")
# («محتجزين لدى الجماعة»، «ما يزالون محتجزين لدى أفراد من الشبكة»)
_ADDITION_BEFORE = re.compile(r"(?:[،,]\s*)?(?<![^\W\d_])(?:(?:ب?الاضافه|اضافه)\s+الي|الي\s+جانب|فضلا\s+عن)\s*(?:نحو\s+|حوالي\s+)?\Z")
_RATE_BEFORE = re.compile(r"(?<![^\W\d_])و?ب(?:معدل|متوسط)\s*\Z")  # «بمعدل 530 يوميا» (not «على معدل 99»: a grade)
_RELATIVE_CLAUSE = re.compile(r"[،,]\s*(?:التي|الذي|الذين)\s")
# a toll named again with no noun: «ترتفع الحصيلة إلى»، «العدد الحقيقي قد يصل إلى»
# who benefits from aid or a project is counted, nothing befell them
_BENEFIT_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:يستفيد|تستفيد|سيستفيد|ستستفيد)"
                             r"(?:\s+(?:منها|منه|منهما|من\s+[^\s\d،,.]+(?:\s+[^\s\d،,.]+)?))?\s+(?:[^\s\d،,.]+\s+)?\Z")
_TOLL_BACK = re.compile(r"(?<![^\W\d_])(?:ال)?(?:حصيله|العدد\s+(?:الحقيقي|الفعلي|النهائي)|الرقم\s+(?:الحقيقي|الفعلي)|"
                        r"العدد(?=\s+(?:قد\s+)?(?:يرتفع|يصل|يتجاوز|سيرتفع|سيصل|مرشح)))"
                        r"(?:\s+[^\s\d،,.]+){0,4}?\s*\Z")
_BETWEEN_KINDS = re.compile(r"^(?:\s+[^\s\d،,.]+){0,2}?\s+(?:ما\s+)?بين\s+[^\W\d_]+\s+و[^\W\d_]+(?=\s)")
_IN_CAMPS = re.compile(r"\s*(?:[^\s\d،,.]+\s+){0,2}?(?:في|ب)\s*(?:ال)?(?:خيام|مخيمات|مخيم|ملاجئ|مراكز\s+(?:ال)?ايواء|مساكن\s+مؤقته)(?![^\W\d_])")
_RESIDE_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:حيث\s+)?(?:يعيش|تعيش|يقطن|تقطن|يسكن|تسكن|يقيم|تقيم)(?:\s+(?:فيها|فيه|بها|به))?\s*\Z")
# police custody as Moroccan bulletins tell it (not «الاحتفاظ بستة تحت المراقبة» in a hospital)
_CUSTODY_BEFORE = re.compile(r"(?<![^\W\d_])(?:تم\s+|جري\s+)?الاحتفاظ\s+ب\s*\Z")
_CUSTODY_AFTER = re.compile(r"(?:\s+[^\s\d،,.]+){0,2}?\s+تحت\s+(?:تدبير|الحراسه|الحراسة)")
# «1,081 حالة، منها 474 وفاة»: deaths among the cases, after them
_DEATHS_AMONG_AFTER = re.compile(r"\s*[،,]?\s*(?:من\s+)?(?:منها|بينها|ضمنها)\s+[^\s،,.]+(?:\s+[^\s،,.]+)?"
                                 r"\s+(?:حالات?\s+|حالتي\s+|حالتا\s+)?(?:وفاه|وفيات)(?![^\W\d_])")
_OF_THEM_AFTER = re.compile(r"\s*(?:منهم|منهن|منها|منهما)(?![^\W\d_])")
# a need or a wait, not a deed: «مئات الجرحى بحاجة إلى إجلاء»، «300 نزيل ينتظرون استكمال إجراءات إطلاق سراحهم»
_NEED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:(?:بحاجه|حاجه|يحتاجون|تحتاج|يحتاج|تستدعي|يستدعي|تتطلب|يتطلب)|(?:ينتظرون|ينتظر|تنتظر|ينتظرن|"
                          r"بانتظار|انتظار|يترقبون)(?:\s+[^\s\d،,.]+){0,3}?)\s+(?:الي\s+|ل)?(?:ال)?\Z")
_DEMAND_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:تهدد|يهدد|هددت|هدد|تعتزم|يعتزم|تنوي|ينوي|طالب|طالبت|يطالب|تطالب|يطالبون|طالبوا|(?:لل|ال|ل)?مطالبه|مطالبا|مطالبين|دعا|دعت|يدعو|تدعو|"
                            r"ناشد|ناشدت|يناشد|تناشد)(?:\s+[«\"']?[^\W\d_]+[»\"']?){0,4}\s*\Z")  # («وتهدد جمعية "عطيرت كوهنيم" الاستيطانية بإخلاء»)
_HOSTAGE_TAKERS_BEFORE = re.compile(r"(?<![^\W\d_])(?:ال)?(?:مسلحو|مسلحون|خاطفون|الخاطفين|ميليشيا|ميليشيات|مليشيات|عصابه|تنظيم|جماعه\s+مسلحه|"
                                    r"الحوثي|الحوثيين|داعش|حماس|القراصنه|متمردو|متمردون|عناصر\s+مسلحه|مجموعه\s+مسلحه)[^\d،,.]{0,25}\Z")
_DIED_OF_THEM = re.compile(r"[^\d.،,؛]{0,30}?[،,]?\s*(?:توفي|توفيت|لقي|لقيت|فارق|فارقت)\s+(?:منها|منهم)" + _END
                           # «312 حالة غرق … منذ بداية الصيف، من بينها 97 حالة وفاة»
                           + r"|[^\d.؛]{0,80}?[،,]\s*(?:من\s+)?(?:بينها|منها)\s+[^\s،,.]+\s+(?:حالات|حاله)\s+وفاه" + _END)
_THAT_IS_BEFORE = re.compile(r"[،,(]\s*(?:اي|أي)\s*(?:ما\s+)?\Z")
_REACHED_BEFORE = re.compile(r"(?<![^\W\d_])(?:طالت|طاولت|طال|طاول|شملت|شمل)\s*\Z")
# who took part or carried it out: «تمرين لإخلاء مجمع بمشاركة 250 متطوعاً»، «تبادل لإطلاق النار شارك فيه 23
# شرطياً»، «في هجوم نفذه فلسطينيان»
_PARTICIPANTS = re.compile(r"(?<![^\W\d_])(?:و?بمشاركه|[وف]?(?:شارك|شاركت|يشارك|تشارك)(?:\s+(?:فيه|فيها|فيهما))?"
                           r"|[وف]?(?:نفذه|نفذها|نفذهما|شنه|شنها))\s*\Z")
_TAKE_PART = "شارك|شاركوا|شاركت|يشارك|يشاركون|تشارك|بمشاركه|مشاركه|ساهم|ساهموا|يساهم"
_TAKING_PART = re.compile(r"(?<![^\W\d_])[وف]?(?:" + _TAKE_PART + r")\s+"
                          r"(?:في\s+)?(?:عمليات?\s+|اعمال\s+|جهود\s+|مهام\s+)?(?:ال[^\W\d_]+\s+)?(?:عن\s+(?:ال[^\W\d_]+\s+)?)?[وفبل]?(?:ال)?\Z")
# «جندت 4 آلاف من كوادرها لمتابعة حالة المصابين»: those cared for, not what befell the counted carers
_CARING_FOR = re.compile(r"(?<![^\W\d_])[وف]?ل(?:متابعه|علاج|معالجه|اسعاف|رعايه|خدمه|استقبال|مساعده|اغاثه|اسناد|اعاله)"
                         r"(?:\s+(?:حاله|حالات|اوضاع|وضع|شؤون|اسر|ذوي))?\s+\Z")
# «في قضية اختطاف»، «بتهمة القتل»: a crime's name before a trigger word
_CRIME_WORD = re.compile(r"(?<![^\W\d_])[وفب]?(?:ال)?(?:قضيه|قضايا|ملف|تهمه|تهم|بتهمه|جريمه|جرائم)\s+\Z")
# «تدابير بديلة عن الاعتقال»: instead of the event
_INSTEAD_OF = re.compile(r"(?<![^\W\d_])(?:بديله|بديلا|بدائل|بديل)\s+(?:عن|ل|من)\s*\Z")
# «عدا حالتين»، «باستثناء 3»: left out of what the verb before did
_EXCEPT_BEFORE = re.compile(r"(?<![^\W\d_])(?:ما\s*عدا|فيما\s+عدا|عدا|باستثناء|ماعدا)\s*\Z")
_BUT_FOR = {"recovered": "infected", "released": "detained"}
# «عبأت خلال الموسم الصيفي 1700 سباح منقذ»: staff deployed or taking part, people whatever the event near
_DEPLOYED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:عبات|عبا|جندت|جند|سخرت|سخر|وظفت|عينت|استنفرت|" + _TAKE_PART + r")"
                              r"(?:\s+[^\s\d،,.]+){0,6}\s+\Z")  # («وشارك في أعمال الإسعاف والإنقاذ أكثر من 4 آلاف»)
# «تبدأ أسعار البرنامج المخفض من 3,000 ريال»: the lowest of a set of prices
_STARTS_FROM = re.compile(r"(?<![^\W\d_])[وف]?(?:تبدا|يبدا|تبتدئ|يبتدئ)\s+(?:[^\s\d،,.]+\s+){0,4}?من\s*\Z")
# «وعزت ارتفاع عدد الضحايا إلى إقبال المصطافين»: a toll given a cause, not a figure
_ATTRIBUTED_RISE = re.compile(r"(?<![^\W\d_])[وف]?(?:عزا|عزت|يعزو|تعزو|ارجع|ارجعت|يرجع|ترجع)\s+(?:ال)?(?:ارتفاع|تزايد|زياده|انخفاض|تراجع)\s*\Z")
# «…، مؤكدا أن …»: reported speech opens a clause of its own
_REPORTED_CLAUSE = re.compile(r"(?<![^\W\d_])(?:مؤكد|مشير|موضح|مضيف|مبين|لافت)(?:ا|ه)\s+(?:الي\s+)?ان(?![^\W\d_])")
_TERM_AFTER = re.compile(r"\s+[^\W\d_]+\s+(?:حبسا|سجنا|حبس|سجن)(?![^\W\d_])")
_TERM_NEXT = re.compile(r"\s*ب\s*[^\s،,.]+\s+(?:سنوات|سنه|سنين|اعوام|عاما|اشهر|شهرا|شهور)(?![^\W\d_])")
# «exceed» with its subject or an adverb between it and the figure it qualifies: «لا يتجاوز نصيب
# السعوديين من إجمالي الأطباء 27 في المئة» (at most; commas may stand between), «مبالغ تجاوزت في مجملها
# 107 ملايين ريال»، «تجاوز سعر كيس الأرز زنة 10 كيلوجرامات 85 ريالاً» (more than)
_VERB_LONG = re.compile(r"(?<![^\W\d_])(?:[وف]?|ب(?=الا))(?:(?P<neg>لا|لم|الا|لم\s+(?:يعد|تعد)(?:\s+[^\s\d،,.؛]+){0,4}?\s)\s*|(?<!لا\s)(?<!لم\s)(?<!لن\s)(?<!الا\s))"
                        r"(?P<q>يتجاوز|تتجاوز|يتعدي|تتعدي|تتخطي|يتخطي|تجاوز|تجاوزت|تخطي|تخطت|تعدي|تعدت|فاق|فاقت|يفوق|تفوق"
                        r"|(?<!لا\s)(?<!لم\s)(?:يناهز|تناهز|ناهز|ناهزت))"
                        r"(?:\s*(?(neg)[،,]?)\s+(?:[^\s\d،,.؛]+|(?:19|20)\d\d(?!\d)|\d+(?=\s+(?:كيلو|كغ|طن|لتر|متر)))){1,12}"
                        r"\s*(?(neg)[،,]?)\s*\Z")
# «رحلات للهجرة السرية … تهجير 150 شخصا»: smuggling abroad, not forced displacement
_SMUGGLED = re.compile(r"(?<![^\W\d_])(?:(?:[وبل]?(?:ال)?|لل)هجره\s+(?:ال)?(?:سريه|غير\s+(?:ال)?(?:شرعيه|نظاميه))|[وبل]?(?:ال)?راغبين\s+في\s+(?:ال)?هجره|"
                       r"قوارب\s+الموت|(?:ال)?حريك|جزر\s+(?:ال)?كناري)(?![^\W\d_])")
_FRAUD = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:نصب|احتيال|الاحتيال|النصب|تزوير|ابتزاز|سرقه|سرقات|سرقتها|نشل|"
                    r"السطو|سطو|استيلاء|استولي|استولت|استولوا|وهميه)(?![^\W\d_])")  # (robbed: «سرقات … استهدفت 12 ضحية»)
_BELOW_VERB = re.compile(r"(?<![^\W\d_])(?<!لا\s)(?<!لم\s)(?<!لن\s)(?<!الا\s)[وف]?(?:يقل|تقل|قل|قلت)(?:\s+[^\s\d،,.]+){1,3}\s+عن\s*\Z")
_PLACE_BEFORE = re.compile(r"(?<![^\W\d_])(?:في|داخل|ب)\s+(?:[^\s\d]+\s+)?(?:ال)?\Z")  # a place phrase before a word
_NOT_ABOVE = re.compile(r"(?<![^\W\d_])[وف]?(?:لا|لم|لن|الا|ألا)\s+(?:يزيد|تزيد|يتعدي|تتعدي)(?:\s+[^\s\d،,.]+){1,4}\s+(?:علي|عن)\s*\Z")
_NOT_BELOW = re.compile(r"(?<![^\W\d_])[وف]?(?:لا|لم|لن|الا)\s+(?P<v>يقل|تقل)(?:\s+[^\s\d،,.]+){0,7}\s+عن"
                        r"(?:\s+(?:ال)?(?:سجن|حبس))?\s*\Z")  # «عقوبة لا تقل عن السجن 20 عاما»
_PRISON_NAME = re.compile(r"(?<![^\W\d_])(?:ال)?(?:سجن|بالسجن|السجن)\s+(?:المحلي|المركزي)\s+"
                          r"(?:(?!(?:نحو|حوالي|قرابه|زهاء|اكثر|ازيد|اقل|ما|يناهز|يقارب)\s)[^\W\d_]+\s+){1,2}\Z")  # (not «نحو 3,200»)
_SUSPECTED = re.compile(r"(?<![^\W\d_])(?:يشتبه|المشتبه|للاشتباه|مشتبه|المبحوث|مبحوث|"
                        r"[وفبل]?(?:ال|لل)?(?:شريك|شركاء|متهم|متورط|جنا[ةه]|جاني|مطلوب))")
_SUBSET_ASIDE = re.compile(r"^(?:\s+[^\s،,.\d]+){0,2}\s*[،,]\s*(?:من\s+)?(?:بينهم|منهم|بينهن|منهن|ضمنهم|ضمنهن)\s[^،,.]{1,80}[،,]")
_UTILITY = re.compile(r"(?<![^\W\d_])(?:[وبل]?ال|لل|[وبل])?(?:كهرباء|تيار|مياه|انترنت|اتصالات|عداد|عدادات)(?![^\W\d_])")
# (and a court's: «29 متهما، بينهم سبعة فارون يحاكمون غيابيا»: fugitives from justice)
_POLICE_BEFORE = re.compile(r"(?<![^\W\d_])[وب]?(?:ال)?(?:توقيف|اعتقال|ايقاف|القبض|اوقفت|اعتقلت|ضبط|ضبطت|قبضت|مداهمه|الشرطه|الدرك|تهريب"
                            r"|متهم|متهما|متهمين|متهمون|محاكمه|المحكمه)(?![^\W\d_])")
_EXPOSED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:تعرض|تعرضت|يتعرض|تتعرض)\s+(?:[^\W\d_]+\s+)?\Z")
_DISASTER_WORDS = "حريق|حرائق|نيران|سيول|انهيار|فيضان|فيضانات|زلزال"
_DISASTER = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:" + _DISASTER_WORDS + r")(?![^\W\d_])")
# a harm that may «befall» people (طالت): the disasters, and crises, wars, epidemics, famine
_HARM_SUBJECT = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:" + _DISASTER_WORDS + r"|كارثه|ازمه|جفاف|حرب|موجه|اعصار|وباء|عاصفه|مجاعه)"
                           r"(?![^\W\d_])")
# «وأن أعمار 30 في المائة منهم تقل عن 18 سنة»: an age bound told after another figure
_AGES_THEN_BOUND = re.compile(r"(?<![^\W\d_])[وف]?(?:ال)?اعمار(?:هم|هن|هما)?\s[^.؛:]{0,60}?(?<![^\W\d_])"
                              r"(?:تقل|يقل|تزيد|يزيد|تتجاوز|يتجاوز|تفوق|تتعدي)\s+(?:عن|علي)?\s*\Z")
_AGE_LIMIT = re.compile(r"(?<![^\W\d_])و?(?:الا|لا|ان)\s+(?:يقل|يزيد|يتجاوز|يتعدي)\s+(?:عن|علي)?\s*\Z")
# «يرفع سن الإحالة على التقاعد من 60 إلى 63 سنة»، «سن الترشح في 45 سنة»: an age set or moved
_AGE_CHANGED = re.compile(r"(?<![^\W\d_])(?:ال)?(?:سن|عمر)\s+(?:[^\s\d،,.]+\s+){0,5}?(?:من|في|عند|(?:من\s+\d+\s+)?الي)\s*\Z")
_FREED_AFTER = re.compile(r"\s+(?:ال)?محرر")  # «أسرى محررون»: prisoners freed before, not held
_WORD_BEFORE = re.compile(r"(?P<w>" + L_ + r"+)\s*(?:ال\s*)?\Z")
# a day between commas, inside a clause: «أفرجت السلطات، أمس، عن»، «، مساء الاثنين الماضي،»
_TIME_ASIDE = re.compile(r"\s*[،,]\s*(?:(?:يوم|مساء|صباح|ليله|فجر|ظهر|عصر)\s+)?(?:امس|اليوم|اول\s+امس|الاثنين|الثلاثاء|الاربعاء"
                         r"|الخميس|الجمعه|السبت|الاحد)(?:\s+(?:الماضي|المنصرم|الفائت))?\s*[،,]")
_HALF_AFTER = re.compile(r"\s+و\s*(?:ال)?نصف" + _END)
# a half, a quarter or a third of the unit of time after it: «ساعتين وربع الساعة»، «ثلاث سنوات ونصف»
# (not «وربع مليون»: a new figure)
_PART_AFTER = re.compile(r"\s+و\s*(?:ال)?(?P<f>نصف|ربع|ثلث)" + _END + r"(?!\s+(?:مليون|مليار|الف|مليار))")
_PART = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}
# («1,1 مليون شخص في غزة، أي نصف السكان، يواجهون»: a place may stand before the aside)
_ASIDE = re.compile(r"^(?:\s+(?:في|ب)\s*[^\s،,.]+(?:\s+[^\s،,.\d]+)?)?\s*[،,]\s*(?:"
                    + _alternation(L.CONTEXT["aside"]) + r")" + P.NO_LETTER_AFTER
                    + r"[^،,.]{0,60}[،,]")
_PARENT_OF = re.compile(r"(?<![^\W\d_])[وف]?(?:ال)?(?:ام|اب|والده|والد|رب\s+اسره)\s+ل\s*\Z")  # (not «إعادة الأمل أكثر من»)
_PERCENT_POINT = re.compile(r"\s+مئويه" + _END)
_RISE_BY = re.compile(r"(?:ارتفاع|انخفاض|تراجع|زياده|ب|قدره|بمقدار|بنحو|بحوالي)\s*\Z")
_OUT_OF_BEFORE = re.compile(r"\s*من\s+(?:بين|اصل)\s*")
_OUT_OF_BEFORE_EVENT = re.compile(r"^\s*من\s+(?:بين|اصل)\s+[\d.,٫٬]+\s+(?!(?:جري|تم|قد)\s)[^\W\d_]+\s+(?=\S)")  # (not «من بين 45 جرى توقيفهم»)
_SUBSET_BEFORE_VERB = re.compile(r"^\s*(?:(?:من\s+)?بينهم|بينهن|منهم)\s+(?:[^\s،,.]+\s+){1,4}?"
                                 r"(?=[^\W\d_]+وا(?![^\W\d_]))")
_AND_WORD = re.compile(P.NO_LETTER_BEFORE + r"(?:" + _AND + r")")
# «أعمار الضحايا بين 20 و30 عاماً» (folded like «إعمار», reconstruction: only before years)
_AGES_OF = re.compile(P.NO_LETTER_BEFORE + r"[وفبل]?(?:ال)?(?:اعمار(?:هم|هن|هما)?|بالغين|بالغات|سن)(?:\s+[^\s،,.]+){0,3}\s+(?:ما\s+)?(?:بين|من)\s*\(?\s*\Z")
_TEAM_AGE = re.compile(r"(?:منتخب|كاس|بطوله|دوري|فئه)[^\d،,.]{0,24}?(?<![^\W\d_])(?:ل|لفئه\s+)?(?:اقل\s+من|دون|تحت)\s*\Z")  # «المنتخب لأقل من 17 سنة»
# a bound on an age: «دون 15 عاماً»، «فوق 60»
_AGE_BOUND = r"دون|فوق|تحت|اقل\s+من|اكثر\s+من"
_AGE_GROUP = re.compile(P.NO_LETTER_BEFORE + r"[وفبلك]?(?:" + _alternation(map(L.fold, L.CONTEXT["age_group"]))
                        + r")\s+(?:" + _AGE_BOUND + r"|بين|من|(?:لم|لا)\s+(?:يتجاوز|تتجاوز|يتجاوزا|تتجاوزا|يتجاوزوا|يتعدي|تتعدي)"
                        r"(?:\s+(?:عمره|عمرها|سنه|سنها))?)(?:\s+(?:سن|عمر))?\s*\Z")  # («قاصر لم يتجاوز 17 سنة»)
# any person plural before the bound: «من السعوديين فوق 15 عاماً»، «المواطنين دون 18 عاماً»
_AGE_BOUND_WORD = re.compile(r"(?<![^\W\d_])(?P<w>(?:ال)?[^\W\d_]{3,}(?:يين|ين|ات))\s+(?:" + _AGE_BOUND + r")\s*\Z")
# «طفل في الـ(12) من عمره»، «شاب (25 عاما) من العمر»: an age
_AGE_AFTER = re.compile(r"\s*\)?\s*(?:(?:عاما|سنه|سنوات|عام)\s+)?من\s+(?:عمره|عمرها|عمرهم|العمر)" + _END)
_AGE_NOUN_BEFORE = re.compile(L_ + r"+\s*[(«\"']\s*\Z")

_ADJECTIVES = frozenset(map(L.fold, L.CONTEXT["adjective"]))

_PERSON_CATEGORIES = frozenset({
    "killed", "injured", "casualties", "infected", "captive", "released", "detained",
    "missing", "displaced", "evacuated", "rescued", "recovered", "starving", "affected", "people",
})
# An event right before the number outranks what the noun says:
# «إطلاق سراح 110 أسرى» is released, «مقتل 5 أسرى» killed.
_EVENT_OVER_NOUN = {
    # event right before the number → the noun categories it overrides
    "released": ("captive", "detained", "rescued"),  # «تحرير 3,580 ناجياً»
    "evacuated": ("injured", "infected", "captive", "displaced"),
    "rescued": ("injured", "infected", "missing", "captive", "displaced"),  # («أنقذ 90 مريضاً»)
    "recovered": ("injured", "infected"),
    "killed": ("captive", "detained", "infected", "displaced"),
    "injured": ("captive", "detained", "displaced"),
    "detained": ("injured", "displaced"),
    "missing": ("captive", "displaced"),
}
_PLAYERS = frozenset(map(L.fold, ("لاعب", "لاعبا", "لاعبين", "لاعبون", "لاعبان", "لاعبة", "لاعبات", "لاعبي")))
_STOP_WORD = re.compile(r"[وفبل]?(?:ال)?(?:اوقف|يوقف|توقف|ايقاف|توقيف|موقوف)")  # in sport: suspended
_DROWNING = frozenset(map(L.fold, ("غريق", "غريقا", "غرقى", "الغرقى")))  # «إنقاذ 12 غريقا»: drowning, saved
_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
_PLACE_AFTER = re.compile(r"\s+(?:مناطق|منطقه|مدن|مدينه|قري|قريه|مواقع|موقع|احياء|محافظات|ولايات|دول|بلدات|اقاليم|"
                          r"مقاطعات|ارض|سطح|اراضي)(?![^\W\d_])")
_ASSIST_BEFORE = re.compile(r"(?<![^\W\d_])المساعده(?:\s*[،,][^،,.]{0,70}[،,])?\s+(?:ل|الي)\s*\Z")  # («المساعدة، خلال عمليات متفرقة، لـ»،
# «المساعدة، خلال الفترة الممتدة ما بين 13 و16 غشت الجاري، لـ402 مرشح»)
_MIGRANTS = re.compile(r"(?:مهاجر|مرشح[^\s]*\s+للهجره)")
# «عبر أكثر من 130 ألف كردي سوري الحدود إلى تركيا»: people who crossed a border or a sea, fleeing
_CROSSED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:عبر|عبرت|يعبر|تعبر|يعبرون|عبروا)\s+\Z")
_BORDER_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}(?:ال)?(?:حدود|خليج|بحر|متوسط)(?![^\W\d_])")
_CUES_OF: dict[str, list[tuple[str, str]]] = {}  # currency word → its (country cue, code) pairs
_FIRST_CUES: dict[str, list[tuple[str, str]]] = {}  # … those that decide wherever they stand
for (_b, _cue), _c in L.COUNTRY_CURRENCY.items():
    _CUES_OF.setdefault(_b, []).append((_cue, _c))
    if L.CUE_WEIGHT.get((_b, _cue)) == "first":
        _FIRST_CUES.setdefault(_b, []).append((_cue, _c))
_EFFORT_BEFORE = re.compile(r"(?<![^\W\d_])[وفب]?(?:ال)?(?:جهود|مفاوضات|مساع|مساعي|محاولات?|محاوله|جاريه|جار|يسعي|تسعي|سعيا|"
                            r"خطه|بهدف|اجل|تمهيدا|وساطه|مبادره|اتفاق|صفقه|تدخل|طالبت|طالب|يطالب|تطالب|مطالبه|دعت|دعا|"
                            r"ابحاث|بحث|تتواصل|يتواصل|متواصله|تستعد|يستعد|تخطط|يخطط|تعتزم|يعتزم|تنوي|ينوي)(?![^\W\d_])")
_INTENDED = {(c, f) for c in ("released", "detained", "rescued", "displaced") for f in ("", "weak")}
_AT_LIBERTY = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:في\s+حاله\s+(?:سراح|فرار)|(?:فارين|فارون)|"
                         r"تحت\s+(?:الرقابه|المراقبه)\s+القضائيه"
                         r"(?!\s+من))(?![^\W\d_])")  # (on the run too)
# a negated verb whose object is an amount: «لا يستطيع المودعون سحب أكثر من 400 دولار»، «لا يساوي أكثر من
# 8 دولارات»، «دون أن تصمد أي من الهدن أكثر من 72 ساعة» (not «لا يزال أكثر من 20 مفقودين»: its subject)
_NEGATED_AMOUNT = re.compile(r"(?<![^\W\d_])[وف]?(?:لا|لم|لن|ألا|الا|دون\s+ان|بدون\s+ان)\s+(?:[يت](?:ستطيع|ساوي|صمد|دوم|ستمر|تقاضي|"
                             r"حصل|دفع|كسب|ملك|تعدي|زيد|عد)|يمكن|يحق|تمكن|ينبغي|يجب|يفترض|يجوز|تكن|يكن)(?:\s+[^\s\d،,.]+){0,7}?\s+\Z")
_NEGATED_BEFORE = re.compile(r"(?<![^\W\d_])[وفب]?(?:(?:لا|لم|لن)\s+(?:تتسع|يتسع|تستوعب|يستوعب|تكفي|يكفي|تتحمل|يتحمل|تسمح|يسمح"
                             r"|تتوفر|يتوفر|تتوفرا)|عدم\s+(?:توفر|وجود|تجاوز))"
                             r"(?:\s+[^\s\d،,.]+){0,9}?\s+(?:ل|ب|علي\s)\Z")  # what cannot hold «لأكثر من»
_RATE_REACHES = re.compile(r"[تي]صل\s+الي(?![^\W\d_])")
_FINE_REACHES = re.compile(r"(?<![^\W\d_])[وف]?(?P<v>تصل|يصل|وصلت|وصل)(?P<subj>(?:\s+[^\s\d،,.]+){1,9}?)\s+الي"
                           r"(?:\s+(?:غرامه|غرامات)(?:\s+ماليه)?(?:\s+(?:قدرها|قيمتها))?|\s+(?:ال)?(?:سجن|حبس)(?:\s+لمده)?)?\s*\Z")
# («إلى غرامة مالية قدرها»، «وتصل العقوبات بحق المخالفين إلى السجن سنتين»)
# sentences told before the verb: «أحكام وصلت إلى 20 سنة سجنا نافذا»، «الأحكام الابتدائية …، والتي وصلت إلى 20 سنة»
_TERMS_REACH = re.compile(r"(?<![^\W\d_])(?:ال)?(?:احكام|احكاما|عقوبات|عقوبه)(?![^\W\d_])(?:\s+[^\s\d.؛]+){0,10}?\s+"
                          r"(?:و?(?:التي|الذي)\s+)?(?:قد\s+)?(?:وصلت|وصل|تصل|يصل)\s+(?:الي|حد)\s*\Z")
# what reaches «up to» a sum: fines, and costs, prices and fees that vary
_FINE_WORD = re.compile(r"(?<![^\W\d_])(?:ال)?(?:غرامه|غرامات|عقوبه|عقوبات|مخالفه|مخالفات|قيمتها|قيمته|قيمه|"
                        r"مبالغ|تكاليف|تكلفه|كلفه|اسعار|رسوم|اجور|رواتب|مكافات|مكافاه|تعويضات)(?:ها|هم|ه)?(?![^\W\d_])")  # («غراماتها»)
# «توقيفه بالرباط رفقة شريكين له»: held along with him
_ALONG_WITH = re.compile(r"(?<![^\W\d_])ب?رفقه\s*\Z")
# «1,129 حالة اعتقال … تحولت إلى اختفاء قسري»: what the counted turned into
_TURNED_INTO = re.compile(r"[^.،,؛\d]{0,40}?(?<![^\W\d_])(?:تحولت|تحول|تحولوا|تحولن)\s+(?:الي|ل)\s*")
# «عمليات الإجلاء … شملت نحو 35 ألف شخص»: whom an event named before took in
_INCLUDED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:شملت|شمل|تشمل|يشمل|طالت|طال)(?:\s+[^\s\d،,.]+){0,4}\s*\Z")
# «، هم الأب وطفلان»: who the counted were, a list opened
_THEY_ARE = re.compile(r"[،,:]\s*(?:هم|هن)(?=\s)")
# «عدد المخالطين لحالات كورونا … بلغ 780 شخصاً»: contacts counted, not cases
_CONTACTS_TOLD = re.compile(r"(?<![^\W\d_])عدد\s+(?:ال)?(?:مخالطين|مخالطون)(?![^\W\d_])[^.؛\d]{0,100}?(?<![^\W\d_])"
                            r"[وف]?(?:بلغ|وصل|ارتفع|تجاوز|يبلغ|يصل)\s+(?:الي\s+)?(?:[^\s\d]+\s+){0,2}\Z")
# «لا يزال 24 آخرون يتلقون العلاجات»: still being treated
_RECEIVING_CARE = re.compile(r"\s+(?:[^\s\d،,.]+\s+)?(?:يتلقون|يتلقين|يخضعون)\s+(?:لل|ال)?(?:علاج|علاجات|رعايه)(?![^\W\d_])")
# «يتلقى 14 حاجا العلاج»: the verb of care before the figure, the treatment after it
_RECEIVING_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:يتلقي|تتلقي|يتلقون|يتلقين|يخضع|تخضع)\s+(?:نحو\s+|قرابه\s+|حوالي\s+)?(?:ال)?\Z")
_TREATMENT = re.compile(r"\s+(?:لل|ال)?(?:علاج|علاجات)(?![^\W\d_])")
# «انقلاب شاحنة … يتلقين العلاج»: a cause of wounds (else those treated are the sick)
_INJURY_CAUSE = re.compile(_words("cause", L.CONTEXT["injury_cause"]).pattern + "|" + _WOUNDS.pattern)
# «ونُقل 8 آخرون للعلاج في تركيا»: sent for treatment
_FOR_TREATMENT = re.compile(r"\s+(?:الي\s+\S+\s+)?(?:لتلقي\s+(?:ال)?علاج|للعلاج|لاستكمال\s+(?:ال)?علاج)(?![^\W\d_])")
# the next member of a breakdown that «منهم» opened: a clause of a few words, «، و», a bare figure
_BREAKDOWN_NEXT = re.compile(r"(?:\s+[^\s\d،,.؛:]+){1,12}\s*[،,]\s*و\s*")
# «…، ويعيد إلى الواجهة معاناة 40 ألف عامل»: a comma, «و» and a present-tense verb open a new clause
_NEW_VERB_CLAUSE = re.compile(r"[،,]\s*و(?:(?:ي|ت)[^\W\d_]{3,}|ان|انه|انها)(?![^\W\d_])")
_THEIR_NUMBER = re.compile(r"(?<![^\W\d_])(?:و(?:عددهم|عددهن|عددها)|(?:تجاوز|يتجاوز|فاق|تخطي|ارتفع|وصل|بلغ)\s+(?:عددهم|عددهن))\s*\Z")
_THEIR_NUMBER_TOLD = re.compile(r"(?<![^\W\d_])(?:عددهم|عددهن)\s+(?:ب|(?:بلغ|يبلغ|وصل|تجاوز|يتجاوز|يفوق|فاق)(?:\s+(?:الي|ال))?)?\s*"
                                r"(?:[^\s\d،,.]+\s+){0,2}?\Z")
_ADVERBIAL_ASIDE = re.compile(r"[،,]\s*(?:منذ|خلال|في\s+اعقاب|اثر|عقب|علي\s+خلفيه)\s[^،,.؛]{3,150}[،,]\s*(?:ما\s+مجموعه\s*|ما\s+مجموعها\s*)?\Z")
_LEFT_HOSPITAL_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + _LEFT + r"|[وف]?(?:يغادر|خرج|خرجت|خرجوا))\s+\Z")  # («وخرجت 30 منهن»)
_HOSPITAL = r"(?:ال)?(?:مستشفي|مستشفيات|مستعجلات|مصحه|مصحات|مستوصف)(?![^\W\d_])"  # where the hurt and the sick are taken
_FROM_HOSPITAL = re.compile(r"\s*(?:منهم\s+|منهن\s+)?من\s+" + _HOSPITAL)  # «وخروج 17 منهم من المستشفى»
_LEFT_HOSPITAL_AFTER = re.compile(r"\s*(?:منهم\s+|منهن\s+)?(?:غادروا|غادرن|غادر|يغادرون)?\s*" + _HOSPITAL)
_LEFT_BEHIND = re.compile(r"(?<![^\W\d_])[وف]?(?:ترك|تركت|يترك|تاركا|خلف|خلفت)\s+(?:خلفه|خلفها|وراءه|وراءها|وراءهم|خلفهم)\s*\Z")
_ACQUITTED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:برات|برا|تبرئه|براءه|بتبرئه|ببراءه)\s+(?:[^\s\d]+\s+)?\Z")
# «ستة مغاربة على الأقل يوجدون بين الضحايا»: counted among the victims of a toll told before
_AMONG_VICTIMS = re.compile(r"\s*(?:علي\s+الاقل\s+)?(?:(?:يوجدون|يوجد|توجد|هم|كانوا|كان)\s+)?(?:من\s+)?بين\s+"
                            r"(?P<w>الضحايا|القتلي|الجرحي|المصابين|الوفيات)(?![^\W\d_])")
_AMONG_CATEGORY = {"القتلي": "killed", "الوفيات": "killed", "الجرحي": "injured", "المصابين": "injured"}
# an age told as going back so far: «يعود عمر أقدمها، الملقبة بـ«أرز غورو»، إلى ما يزيد عن 800 سنة»
_AGE_GOES_BACK = re.compile(r"(?<![^\W\d_])[وف]?(?:يعود|يرجع|تعود|ترجع|يمتد|يقدر|تقدر)\s+(?:عمر|تاريخ)"
                            r"[^.؛!?\d]{0,80}?(?:(?<![^\W\d_])الي|(?<![^\W\d_])ب\s*)\s*(?:[^\s\d،,.]+\s+){0,3}\Z")
_YEARS_NEXT = re.compile(r"\s*(?:سنه|سنوات|سنين|عام|اعوام|عاما|قرن|قرون|قرنا|الف\s+(?:سنه|عام))(?![^\W\d_])")
# an age told by what a person has passed: «للفئات التي تجاوزت 65 عاماً»، «المتهم لم يتجاوز الـ17 عاماً»
_AGE_VERBS = r"(?:تجاوز|تجاوزت|تجاوزوا|يتجاوز|تتجاوز|يتجاوزون|تخطي|تخطت|تخطوا|يتخطي|بلغ|بلغت|بلغوا|يبلغ|تبلغ|يبلغون)"
_AGE_PASSED = re.compile(r"(?<![^\W\d_])(?:(?:الذين|اللواتي|اللاتي|ممن|(?:لل|ل|ال)?(?:فئات|فئه|نساء|سيدات|فتيات)\s+التي)\s+(?:لم\s+|لا\s+)?" + _AGE_VERBS
                         + r"\s+(?:ال)?|(?:لم|لا)\s+" + _AGE_VERBS + r"\s+ال|" + _AGE_VERBS + r"\s+ال)\s*\Z")
_AGE_TO = re.compile(r"\s*(?:(?:اشهر|شهور|شهرا|سنوات|سنه|عاما|اعوام)\s+)?(?:الي|حتي)\s*")
_YEARS_OR_MONTHS = re.compile(r"\s*(?:سنه|سنوات|سنين|عام|اعوام|عاما|اشهر|شهور|شهرا)(?![^\W\d_])")
_AGE_APPOSED = re.compile(r"(?:(?<![^\W\d_])(?:ال)?(?:متهم|متهمه|ضحيه|مجني\s+عليه|سائق|طفل|طفله|شاب|فتاه|سيده|رجل|عامل|طالب|"
                          r"طالبه|زوج|زوجه|مواطن|مواطنه|مصاب|متوفي|قتيل|جاني|مشتبه\s+به)|[»\"”])\s*[،,]\s*\Z")
_AGE_OF_KIN = re.compile(r"(?<![^\W\d_])[و]?(?:" + _alternation(map(L.fold, L.CONTEXT["kin"]))
                         + r")\s*\Z")  # («عمره» is an age label already)
_PLAN_YEAR_BEFORE = re.compile(r"(?<![^\W\d_])(?:[وبل]?(?:ال)?رؤيه(?:\s+[^\W\d_]+)?|[وف]?(?:في|علي)\s+(?:ال)?افق|بحلول(?:\s+عام)?|"
                               r"[وبل]?(?:كاس\s+(?:ال)?(?:عالم|العالم|افريقيا|اسيا|العرب)(?:\s+لل[^\W\d_]+)?|مونديال|اولمبياد|"
                               r"اكسبو|كوب|انتخابات|الانتخابات))\s*\Z")  # (the year an event is named by: «كأس العالم 2030»، «انتخابات 2009»)
# «بطولة إفريقيا للاعبين المحليين 2018»: a championship's name, then its year (a Gregorian one)
_EVENT_NAME_YEAR = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:بطوله|دوره|نسخه)(?:\s+(?!(?:من|اكثر|نحو|حوالي|مشاركه|بمشاركه)"
                              r"(?![^\W\d_]))[^\W\d_]+){1,4}\s*\Z")
# a word between «و» and the next figure: a conjunct noun («طفلين، ورجل، وثلاث سيدات»), a
# qualifier («وأكثر من»), or a verb that opens a clause of its own («وأجبر عشرات الآلاف»)
_CONJUNCT_WORD = re.compile(r"(?<![^\W\d_])و\s*(?P<w>[^\W\d_]{2,})(?=[\s،,(]|\Z)")
_QUALIFIER_HEADS = frozenset(L.fold(q).split()[0] for q in L.QUALIFIERS) | {"ما", "من", "بين", "حتي", "الي"}


def _pair_pronoun(m: re.Match, n: _Num) -> bool:
    """A trigger whose dual pronoun («القبض عليهما») points at a pair, not at a figure other than two."""
    return m.group().endswith("هما") and n.value != 2


def _known_conjunct(w: str) -> bool:
    if w in _QUALIFIER_HEADS or w in L.NUMBER_WORDS:
        return True
    kind = _noun_kind(w)[0]
    return kind in ("person", "known_item") or kind.startswith("trigger:")


# «قتل وأصيب عشرات»: both verbs before their one subject; after a subject, the first verb is its own
_VERB_PAIRS = frozenset(L.fold(w) for w in ("قتل وأصيب", "قتلوا وأصيبوا", "قتل أو أصيب", "قتلوا أو أصيبوا",
                                             "استشهد وأصيب", "استشهد وجرح"))
_FIGURE_JUST_BEFORE = re.compile(r"\d(?:\s+(?:الف|الاف|مليون|ملايين))?\s+(?!(?:عاما|عام|سنه|سنوات|اعوام|شهرا|اشهر|شهور)\s)"
                                 r"[^\W\d_]+\s*\Z")  # a figure and its noun (not an age: «يبلغ 19 عاما استشهد وأصيب»)
_CLAUSE_OPENS = re.compile(r"(?:^|[.،,:؛!?\n(«]|(?<![^\W\d_])(?:ان|انه|فيما|بينما|حيث|وقد|قد|كما|و|ف))\s*[وف]?\Z")
_AGE_REACHED = re.compile(r"(?<![^\W\d_])(?:عند\s+|بعد\s+|قبل\s+)?(?:بلوغ|بلوغه|بلوغها|بلوغهم|بلوغهن|بلوغهما|اتمام|باتمام|اكمال|باكمال)(?:\s+[^\s\d،,.]+){0,2}?"
                          r"(?:\s+(?:سن|عمر))?\s*\Z")
# «فيما تبلغ الضحية ٢٤ عاماً»، «ويبلغ الأمين العام الجديد للحزب 61 عاما»: a person's years are an age
_PERSON_IS_AGED = re.compile(r"(?<![^\W\d_])[وف]?(?:يبلغ|تبلغ|بلغ|بلغت)\s+(?:ال)?(?P<w>[^\s\d،,.]+)(?:\s+[^\s\d،,.]+){0,4}?\s*\Z")
_TITLES = frozenset(("امين", "مدرب", "فقيد", "راحل", "مدير", "وزير", "رئيس", "نائب", "قائد", "زعيم", "مرشح"))
_CLOCK_AFTER = re.compile(r"\s*(?:منتصف\s+(?:الليل|النهار)|ظهرا|عصرا|مساء|صباحا|ليلا|فجرا)(?![^\W\d_])")
# a search warrant names people still at large: «صدرت مذكرة بحث وطنية في حق شخصين آخرين»
_WANTED_BEFORE = re.compile(r"(?<![^\W\d_])(?:مذكره|مذكرات|مذكرتي|مذكرتا)\s+(?:بحث|توقيف|اعتقال|قبض)"
                            r"(?:\s+(?:وطنيه|دوليه))?\s+(?:في\s+حق|بحق|ضد)\s+(?:[^\s\d]+\s+)?\Z")
_RELATIVES = frozenset(("ذوي", "ذوو", "اهالي"))
_NEED_GAP = re.compile(r"(?:\s+(?!الي|ل\s)[^\s\d،,.]+){0,2}?\s*(?:الي|ل)\s*")  # («يحتاج المشروع إلى 7 آلاف موظف»)
_CONTACTS = frozenset(map(L.fold, L.CONTEXT["contact"]))  # contacts of cases, blood donors: people
_CASE_NOUNS = frozenset(map(L.fold, L.CONTEXT["case"]))

_LEFT_WORDS = 8  # words searched to the left for the event that governs a number
_RIGHT_WORDS = 10


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


_YEARS_IN = {"decade": 10, "century": 100}
_AND_LIST_GAP = re.compile(r"\s*(?:و|[،,]\s*و?)\s*")
_LIST_TIMES = frozenset(("time:day", "time:week", "time:month", "time:year", "time:hour", "time:minute"))


def _tidy(v):
    """Products of decimals and scales as the int they are: 2.5 × 1000 → 2500."""
    if isinstance(v, float) and v.is_integer():
        return int(v)
    if isinstance(v, float):
        return float(f"{v:.12g}")
    return v


def _is_year_value(raw: str) -> bool:
    return bool(_fullmatch(r"\d{4}", raw)) and (1900 <= int(raw) <= 2100 or 1350 <= int(raw) <= 1500)


# fils are a thousandth of the dinar of the country the text names (Kuwait, Jordan, Bahrain)
_SUBUNIT_BASE = {L.fold(w): "دينار" for w in ("فلس", "فلسا", "فلوس")}
_QIRSH = frozenset(map(L.fold, ("قرش", "قرشا", "قروش")))  # the Egyptian piastre, or the Jordanian with a dinar


@functools.lru_cache(maxsize=None)
def _base_words(base: str) -> re.Pattern:
    """The written forms of one currency («ريال، ريالا، ريالات…») as a pattern."""
    return re.compile(r"(?<![^\W\d_])(?:" + _alternation(w for w, b in L.CURRENCY_BASE.items() if b == base) + r")(?![^\W\d_])")


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
_GRADE_OUT_OF = re.compile(r"\s*(?:من|علي|/)\s*(?P<of>10|20)(?!\d|[.,]\d)")
_GRADE_OUT_OF_BEFORE = re.compile(r"(?<![\d.,])(?P<mark>\d{1,2}[.,]\d{1,2})\s*(?:من|علي|/)\s*\Z")
_SUFFERING = re.compile(r"\s*[،,]?\s*(?:[يت]عان(?:ون|ين|ي)|مصابون|مصابين)\s+(?:من\s+)?(?:[^\W\d_]+\s+){0,2}?(?=\S)")
# «3.4 مليون شخص في المملكة يعانون من المرض»: the disease named before in the sentence
_SUFFER_THE_DISEASE = re.compile(r"(?:\s+(?:في|ب)[^\s\d،,.]*(?:\s+[^\s\d،,.]+)?)?\s+[يت]عان(?:ون|ين|ي)\s+(?:من\s+)?"
                                 r"(?:ال)?(?:مرض|داء)(?![^\W\d_])")
# «غادر منهم إلى مكة 410 آلاف حاج، فيما بقي في المدينة المنورة حتى الآن 187 ألفا»: the rest of those counted
_STAYED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:بقي|بقيت|يبقي|تبقي|مكث|يمكث|ظل)(?:\s+[^\s\d،,.؛]+){0,6}\s+\Z")
_PULLED_OUT_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:انتشال|انتشلت|انتشل|انقاذ|انقذت|انقذ|اخراج|اخرجت|اخرج)"
                                r"(?:\s+[^\s\d،,.]+)?\s+\Z")
_PASSED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:تجاوز|تجاوزت|يتجاوز|تتجاوز|تخطي|تخطت|يتخطي|تتخطي|فاق|فاقت|يفوق|تفوق|"
                            r"ناهز|ناهزت|قارب|قاربت|بلغ|بلغت)\s+\Z")
# «ويبلغ أحدهما 7 سنوات والآخر 5 سنوات»: the age of each of a pair just counted
_EACH_AGED_BEFORE = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:يبلغ|تبلغ)\s+(?:احدهما|احداهما|اكبرهما|اصغرهما|الاكبر|الاصغر)"
                               r"|[وف]?(?:يبلغ|تبلغ)\s+(?:احدهما|احداهما)\s+[^.؛،,]{1,20}\s+و(?:الاخر|الاخري|الثاني|الثانيه))\s+\Z")
_YEARS_AFTER = re.compile(r"\s+(?:سنه|سنوات|سنتين|عاما|اعوام|عامين)(?![^\W\d_])")
# «30 عنصرا من الوقاية المدنية»: rescue and medical crews, never those they came for
_RESPONDERS_OF = re.compile(r"\s+من\s+(?:رجال|عناصر|افراد|منتسبي|فرق)\s+(?:ال)?(?:دفاع\s+المدني|وقايه\s+المدنيه|اسعاف|هلال\s+الاحمر|"
                            r"انقاذ)(?![^\W\d_])")
_RESPONDERS_AFTER = re.compile(r"\s+(?:من\s+|ب)(?:ال)?(?:وقايه\s+المدنيه|دفاع\s+المدني|هلال\s+الاحمر|اسعاف|انقاذ)(?![^\W\d_])")
_BY_BEFORE = re.compile(r"(?<![^\W\d_])(?:ب|بنسبه)\s*\Z")  # «فاقت معدلها بـ 13 في المائة»، «فاقت المعدل بنسبة 20»: by how much
_DUAL_POSSESSED = re.compile(r"(?<=[^\W\d_]{2})[يا](?:هما|ها|هم|هن)" + P.NO_LETTER_AFTER)  # «وطفليها»، «وطفلاها»
# (not «شقيقاه»، «شريكاه»: the gates leave «his two …» uncounted, 12 to 2)
_NEXT_DUAL = re.compile(r"\s+(?P<w>[^\W\d_]+)")
# a construct dual before an indefinite word that is no list of names: «عمليتي إطلاق نار» (not «محافظتي صعدة وحجة»)
_CONSTRUCT_DUAL = re.compile(r"(?<![^\W\d_])(?:[وفب]|وب)?(?P<w>[^\W\d_]{3,}?)(?:تي|تا)(?=\s+(?!ال|بال|لل|كال|وال|اكثر|اقل|نحو|حوالي|قرابه|زهاء)[^\W\d_]{3,}(?!\s+و[^\W\d_]))")
# (not «إيران وباكستان رحّلتا أكثر من ١٫٥ مليون»، «ورحّلتا بالفعل»: a verb, a qualifier or a preposition after it)
_PLACE_NOUNS = frozenset(map(L.fold, ("مدينة", "محافظة", "ولاية", "مديرية", "منطقة", "قرية", "بلدة", "جزيرة", "دولة", "ناحية",
                                      "بلدية", "جامعة", "مدرسة", "شركة", "كلية", "قاعدة", "ساحة", "مقاطعة", "إمارة", "جمهورية")))
_PLACES_AT = _PLACE_NOUNS | frozenset(map(L.fold, ("شاطئ", "سد", "حي", "إقليم", "شارع", "مستشفى", "سجن", "دوار", "جماعة",
                                                   "عمالة", "مخيم", "ميناء", "مطار")))  # the places «بـ» puts a figure in
_AFTER_CONSTRUCT_DUAL = re.compile(r"(?<![^\W\d_])(?!ال)[^\W\d_]{2,}(?:تي|تا)\s+(?!ال)[^\W\d_]+\s+\Z")
_CONSTRUCT_TIME = frozenset(map(L.fold, ("ساعة", "دقيقة", "ليلة")))  # «ساعتي عمل متواصلتين»: two hours
_BODIES_DUAL = re.compile(r"جثت[اي](?=\s+(?!ال)[^\W\d_])")  # construct duals: «جثتي»، «جثتا»
_SPAN_END = re.compile(r"\s+(?:" + _alternation(map(L.fold, L.CONTEXT["time_span_end"])) + r")(?![^\W\d_])")


def weak_trigger(m: re.Match) -> bool:
    return L.TRIGGERS[m.group("trig")][1] == "weak"


_FAMILY = frozenset(("اسره", "عائله"))
# what a suspect is charged with, and the people it names after: «للاشتباه في …»، «بالتستر التجاري على 12 عاملاً»
_CHARGE_WORDS = re.compile(r"(?<![^\W\d_])(?:للاشتباه|بتهمه|بتهم|بالتستر|بالنصب|بالاحتيال)(?![^\W\d_])")
_GANG_HELD = re.compile(r"(?<![^\W\d_])[وف]?(?P<v>اوقفت|اوقف|اعتقلت|اعتقل|احالت|احال|توقيف|اعتقال|احاله)(?![^\W\d_])"
                        r"(?:(?!(?<![^\W\d_])(?:احد|بعض|زعيم)(?![^\W\d_]))[^.؛\d]){0,150}?"  # (not «اعتقال أحد أفراد شبكة»)
                        r"(?<![^\W\d_])(?:عصابه|شبكه|خليه)(?![^\W\d_])")
_CAPACITY_BEFORE = re.compile(r"(?<![^\W\d_])(?:[لب]?استيعاب|تستوعب|يستوعب|تستوعبان|تتسع\s+ل|يتسع\s+ل|(?:ال)?طاقه\s+(?:ال)?استيعابيه|"
                              r"طاقتها\s+الاستيعابيه|طاقته\s+الاستيعابيه)(?:\s+[^\s\d،,.]+){0,3}?\s*\Z")
_PLACE_LOST = re.compile(r"(?<![^\W\d_])(?:ال)?(?:مدينه|بلده|قريه|منطقه|قبيله|جماعه|مخيم|بلاد|دوار)\s+(?:قد\s+)?\Z")
_VERDICT_FOR = re.compile(r"(?<![^\W\d_])[وف]?(?:ال)?(?:حكم|احكام|حكما|احكاما)(?:\s+[^\s\d،,.]+){0,2}\s+(?:في\s+حق|بحق)\s+\Z")
_TAKEN_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:نقل|نقلت|تم\s+نقل|جري\s+نقل)\s+\Z")
_TO_HOSPITAL_AFTER = re.compile(r"\s*(?:منهم|منهن)?\s+(?:الي|نحو|صوب)\s+" + _HOSPITAL)
_OR_REDUCED = re.compile(r"(?:\s+[^\s\d،,.]+){0,2}?\s+(?:او|و)\s+(?:من\s+)?(?:ال)?(?:تخفيض|تخفيف)(?![^\W\d_])")
_RANGE_TO_NUMBER = re.compile(r"\s*(?:الي|حتي|-|و)\s*\d+(?![\d.,])(?:\s+(?:الف|الاف|الفا))?")  # (not «من 2015 إلى 344.5 مليار»)
_TWO_THOUSAND_OF = frozenset(("الفي", "الفا"))
_PART_WORDS = "معظم|اغلب|غالبيه|جل|بعض|نصف|ثلث|ربع"  # «معظمهم»، «ثلثهن»: a part of those counted
_MOST_OF_THEM_WERE = re.compile(r"\s*[،,]\s*(?:" + _PART_WORDS + r")(?:هم|هن)\s+من\s")
_RESIDENTS_THEN = re.compile(r"\s+(?:سكان|قاطني|قاطنو|ساكنه|نزلاء|ركاب)(?:\s+[^\s\d،,.]+){1,3}\s+")
# homes and places whose residents an event befell with them: «إجلاء سكان ٩٦ قرية يقطنها نحو ١٢ ألف نسمة»
_DWELLINGS = frozenset(("قريه", "قري", "دوار", "دواوير", "منزل", "منازل", "مسكن", "مساكن", "بيت", "بيوت", "عماره", "بلده", "برج", "ابراج",
                        "بلدات", "مخيم", "مخيمات", "حي", "احياء"))
_OTHERS = frozenset(("اخري", "اخريات", "اخر"))  # «400 أخرى»، «5 آلاف آخر» (not «آخرين»: those are people)
_BETWEEN_AND = re.compile(r"\s*و\s*")
_HOME_PLACE = re.compile("(?:" + _alternation(map(L.fold, L.CONTEXT["home_place"])) + ")" + r"(?:هم|هن|ها|ه)")
_ORIGIN_PLACE = re.compile("(?:" + _alternation(map(L.fold, L.CONTEXT["origin_place"])) + ")")  # «من مدينة درنة»
_OF_THEM_ITEMS = re.compile(r"\s+منها" + _END)  # «14 حادثة، 6 منها على يد …»
_EXPLOSIVE = re.compile(r"\s+(?:ال)?متفجر")
_CRIME_OF = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["crime"])) + r")\s+\S?\Z")
_TIMES_OVER = re.compile(r"(?<![^\W\d_])(?:بمقدار|[وف]?(?:تضاعف|تضاعفت|يتضاعف|تتضاعف|ضاعف|تضاعفا)(?:\s+[^\s\d،,.]+){0,3}|"
                         r"اكثر\s+عرضه(?:\s+[^\s\d]+)?\s+بـ?)\s*\Z")
_HOUR_WORD_AND = re.compile(r"(?<![^\W\d_])(?:عند\s+|في\s+|حتي\s+)?(?:ال)(?:واحده|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|"
                            r"عاشره|حاديه\s+عشره|ثانيه\s+عشره)\s+و\s*\Z")
_CLOCK_MINUTES = re.compile(r"(?<![^\W\d_])(?:ال)?ساعه\s+[^\s]+(?:\s+[^\s]+)?\s+و\s*\Z")
_MINUTES = re.compile(r"\s*(?:دقيقه|دقائق|دقيقة)" + _END)
# «مليار وجبة»: a number word inside short quotes is a name
# a title in quotes: «برنامج حواري جديد بعنوان '45 دقيقة'»
_TITLED_BEFORE = re.compile(r"(?<![^\W\d_])(?:بعنوان|عنوانه|عنوانها|تحت\s+عنوان|تحت\s+شعار|بشعار|شعار)\s*['\"«“‘]\s*\Z")
_QUOTED_NAME = re.compile(r"[«\"“]\s*(?:[^\W\d_]+\s+)?(?:ال)?\Z")  # («اتفاق «البلدات الأربع»»: a name)
_QUOTE_END = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*[»\"”]")
_AND_ONE_SUBUNIT = re.compile(r"\s*و\s*(?P<c>" + _alternation(L.CURRENCY_PER_UNIT) + r")\s+")
_AND_SUBUNIT = re.compile(r"\s*(?:[^\W\d_]+\s*)?و\s*")  # «ريال سعودي و»: the subunits follow
_AGES_IN_BRACKETS = re.compile(r"(?:\s*و\s*\d+)?\s*(?:عاما|عام|سنه|سنوات|سنين)\s*\)")
_FLIGHT_CODE = re.compile(r"(?<![^\W\d_])(?:ال)?رحله(?:\s+(?!(?:كل|في|من|عن|مع|تقل|تضم|بها|لها|الي|بين|نحو|علي|مدي|مده|طيله|خلال)\s)[^\s\d]{1,3}){1,3}\s*\Z")
# («الرحلة إم إتش 370»; not «رحلة كل 5 دقائق»، «2000 رحلة على مدى 7 أيام»)
_DASH_GAP = re.compile(r"\s?[-–]\s?")
# a score in words after «ب»: «بثلاثة أهداف لصفر»، «بأربعة أهداف مقابل هدف»، «بخمسة أهداف دون رد»
_SCORE_AFTER = re.compile(r"\s+(?:" + _alternation(_SCORE_NOUNS) + r")\s+(?:(?P<versus>مقابل)|ل(?=[^\W\d_])|دون\s+رد|نظيف)")
_AGES_OF_BEFORE = re.compile(r"(?<![^\W\d_])(?:اعمارهم|اعمارهن|اعمارهما|عمره|عمرها|عمرهم)(?:\s+[^\W\d_]+){0,2}\s+\Z")
# «وأطفالها الثلاثة»، «أفرادها العشرة»: a plural of people with a possessive pronoun, then the number
_POSSESSED_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?P<w>[^\W\d_]{3,}?)(?:ه|ها|هم|هما|هن)\s+(?:[وفبلك]?ال|لل)\Z")
_WORDS_BEFORE_DEFINITE = re.compile(r"(?<![^\W\d_])(?P<ws>(?:[^\W\d_]+\s+){1,3})(?:[وفبلك]?ال|لل)\s*\Z")
# the shapes of plurals of things: «-ات»، مفاعل/مفاعيل (مصارف، مشاريع)، فواعل (دوائر)، أفعلة (أندية)، أفاعيل (أقاليم)
# (not فعول: «دخول»، «وصول» are verbal nouns; «بنوك»، «سجون» are listed)
_PLURAL_SHAPE = re.compile(r"[^\W\d_]{3,}ات|م[^\W\d_]ا[^\W\d_](?:ي)?[^\W\d_ا]|[^\W\d_]وا[^\W\d_][^\W\d_ا]"
                           r"|ا[^\W\d_]{3}ه|ا[^\W\d_]ا[^\W\d_]ي[^\W\d_ه]")  # (not «الإغاثية»: a nisba; nor «دوارا»:
# an accusative singular, which broken plurals of these shapes never take)
# plurals of things whose shape says nothing («دخول» and «بنوك» share it)
_LISTED_PLURALS = frozenset(map(L.fold, L.CONTEXT["plural_of_things"]))
# nisba adjectives shaped like «أفعِلة» plurals («الدائرة الأمنية الـ14»: not «الأدوية الـ14»)
_NISBA_LIKE_PLURAL = frozenset(map(L.fold, L.CONTEXT["nisba_not_plural"]))
_DEFINITE_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?P<w>ال[^\W\d_]{3,})\s+(?:[وفبلك]?ال|لل)\Z")
_SENTENCED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:حكم|حكمت|قضت|قضي|الحكم|احكاما|حكما|احكام|الاحكام|القاضيه|"
                               r"(?:ال)?محكوم|(?:ال)?محكومين|(?:ال)?محكومون)(?:\s+[^\s\d]+){0,12}\s+\Z")
_CONVICTED = re.compile(r"(?<![^\W\d_])[وف]?(?:ادانت|ادان|قضت|حكمت|عاقبت)(?![^\W\d_])")
_DEATH_SENTENCE = re.compile(r"(?<![^\W\d_])[وفب]?(?:حكم|الحكم|احكام|الاحكام|حكما|احكاما)\s+(?:ب)?\Z")
_VERDICT_BEFORE = re.compile(r"(?<![^\W\d_])[وفب]?(?:ال)?(?:احكام|احكاما|حكما|حكم|ايدت|ايد|قضت|ادانت|ادان|حكمت)(?![^\W\d_])")
_EXECUTED = re.compile(r"(?<![^\W\d_])[وف]?(?:تنفيذ|نفذ|نفذت|ينفذ|تنفذ|بتنفيذ)(?![^\W\d_])")
_TO_DEATH_AFTER = re.compile(r"[^.؛]{0,120}?(?<![^\W\d_])(?:بالاعدام|باعدام)(?![^\W\d_])")
_SUSPENDED_TERM = re.compile(r"[^.؛]{0,90}?(?<![^\W\d_])موقوف(?:[هةي]|ين)?\s+(?:التنفيذ|النفاذ)(?![^\W\d_])")
_HOMES_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?(?:منازلهم|مساكنهم|بيوتهم|منازلهن|مساكنهن|بيوتهن|مأواهم)(?![^\W\d_])")
_LIVES_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:حياتهم|حياته|حياتها|حياتهما|حياتهن|ارواحهم|ارواحهن|ارواحهما|"
                          r"من\s+ابنائه|من\s+ابنائها|من\s+ابنائهم|من\s+ابنائنا)"
                          r"(?![^\W\d_])")
_LOSS_OF = re.compile(r"(?<![^\W\d_])[وفب]?(?:فقدان|فقد|خسار[هة]|احداث|خلق)\s+\Z")
_AND_ABOVE = re.compile(r"\s+(?:فما\s+فوق|فاكثر|فما\s+دون|فاقل)(?![^\W\d_])")
_PRISON_NEAR = re.compile(r"(?<![^\W\d_])(?:[وفب]|بال|وبال|ال)?(?:سجن|حبس)(?:ا)?(?![^\W\d_])|(?:مجموعه|عقوبه)\s*\Z")
_DURATION_FOR = re.compile(r"\s*(?:(?:سنوات|سنه|سنين|اعوام|عاما|اشهر|شهرا|شهور)\s+)?(?P<term>(?:(?:سجنا|حبسا)\s+)?(?:نافذا|نافذه|موقوف\s+التنفيذ)\s+|(?:سجنا|حبسا)\s+)?"
                           r"\)?\s*(?:ل|لكل|بحق|في\s+حق|علي)\s*(?:(?:[^\W\d_]+\s+){1,3}?و\s*)?")  # («المؤبد (25 عاما) على 37 متهما»)
# («بعشرين سنة في حق ناصر الزفزافي وثلاثة آخرين»: a named man, and the count sentenced with him)
# «وقضت المحكمة بعشرين سنة»: a court's sentence in years is a prison term
_SENTENCED_TO_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:قضت|حكمت|قضي|حكم)\s+(?:[^\W\d_]+\s+){0,2}?ب\s*\Z")
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
# «بسجن مقيمين … 15 عاماً وجلد كل منهما»: «each of the two» a few words on says the «ـين» noun is a dual
_EACH_OF_THE_PAIR = re.compile(r"(?<![^\W\d_])(?P<w>[^\W\d_]{3,}ين)(?:\s+[^\s\d،,.؛]+|\s+\d+){1,8}?\s+(?:لكل|وكل|كل)\s+(?:واحد\s+)?منهما(?![^\W\d_])")
_MARKS_BEFORE = re.compile(r"[\u064b-\u0652]+\Z")
_PLURAL_OR_DUAL = re.compile(r"[^\W\d_]{2}ين(?![^\W\d_])")
_UNIT_AND_HALF = re.compile(r"(?<![^\W\d_])[وفبل]?(?P<w>عام|سنه|شهر|اسبوع|يوم|ساعه|دقيقه|عقد|قرن)\s+و\s*(?P<f>نصف|ربع|ثلث)(?![^\W\d_])"
                            r"(?!\s+(?:مليون|مليار|الف))")
_NUMBER_WORD_BEFORE = re.compile(r"(?:\d|" + P.trie(w for w, (v, r) in L.NUMBER_WORDS.items()
                                                  if r in ("unit", "ten", "tens", "teen", "hundred", "scale"))
                                 + r")\s+\Z")
_ONE = re.compile(r"(?P<one>احدي?)\s+(?:(?:ابرز|اكبر|اهم|كبار)\s+)?(?P<w>[^\W\d_]+)")  # a literal first: re skips to it in C
_TWO_MEN_OF = re.compile(r"(?P<w>رجلا|رجلي|عونا|عوني)\s+(?:ال)?(?:امن|شرطه|مرور|اطفاء|الدفاع|دفاع|انقاذ|سلطه)(?![^\W\d_])")
_ONE_OF_THEM_PRONOUN = re.compile(r"(?<![^\W\d_])(?:احد|احدا)(?:هما|هم|هن)(?![^\W\d_])")
_EVENT_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?P<t>" + _alternation(
    w for w, (c, f) in L.TRIGGERS.items() if f != "weak" and c in ("killed", "injured", "captive", "missing",
                                                                   "detained", "released", "rescued"))
    + r")\s+(?:(?:خلاله|خلالها|فيه|فيها)\s+)?\Z")  # «قتل خلاله أحد المطلوبين»


# «…ستان» is a land («كوردستان»، «باكستان») unless a feminine dual adjective follows («ممارستان صحيتان»)
_DUAL_ADJECTIVE_AFTER = re.compile(r"\s+(?![وف])[^\W\d_]{2,}(?<!س)(?:تان|تين)(?![^\W\d_])")
_DEATH_WORD = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:جثه|جثث|جثامين|جثمان|ميتين|متوفين|متوفي|جثتي|جثتين|مصرع|حتف|وفاه|غرقي)")
_RULED_FOR_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:قضي|قضت|حكم|حكمت|(?:ال)?عقوبات|(?:ال)?احكام(?:\s+الصادره)?"
                               r"|(?:ال)?عقوبه(?:\s+(?:ال)?(?:حبسيه|سجنيه))?)"
                               r"\s+(?:في\s+حق|بحق|علي)\s+\Z")  # («تراوحت العقوبات في حق 21 متهما»)
_PRISON_TERM_AFTER = re.compile(r"[^.؛]{0,90}?(?<![^\W\d_])(?:سجنا|حبسا|سنه|سنوات|سنتين|اشهر|شهرا)\s+(?:نافذا|نافذه)(?![^\W\d_])")
_IN_HOSPITAL = r"(?:منومه|منوما|منومين|منومون|منوم|ترقد|يرقد|يرقدون|تتلقي\s+العلاج|يتلقون\s+العلاج)"
_IN_HOSPITAL_AFTER = re.compile(r"\s+" + _IN_HOSPITAL + r"(?![^\W\d_])")  # «لا تزال 30 حالة منومة»
_STILL_AFTER_CASES = re.compile(r"\s+(?:لا|ما)\s+(?:تزال|يزال|زالت|زال|تزالان|يزالان|زالتا|زالا|يزالون|تزلن)\s+(?:تخضع|يخضع|تتلقي|يتلقي|تحت|في|بال|رهن|" + _IN_HOSPITAL + ")")
_NATURAL_DEATHS = re.compile(r"(?<![^\W\d_])(?:[وب]?(?:ال)?(?:استشاره|استشارات)\s+طبيه|لاسباب\s+طبيعيه|وفاه\s+طبيعيه)")
_PART_OF_THEM = re.compile(r"\s+(?:" + _PART_WORDS + r")(?:ها|هم|هن)(?![^\W\d_])(?!\s+من\s)")  # (not «… معظمهم من رجال الإطفاء»: who they are)
_ONLY = re.compile(r"(?<![^\W\d_])(?:سوي|الا)(?![^\W\d_])")  # «لا … سوى/إلا»: only, no negation
_FAMILY_MADE_OF = re.compile(r"(?<![^\W\d_])(?:اسره|عائله)\s+(?:مكونه\s+|تتكون\s+)?من\s+\Z")  # «أسرة مكونة من أربعة أفراد»
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
        if t is not None and (t[1] == "" or verb in ("ادينا", "اعتقلا")):  # a verb, not a weak word («بسنتين حبسا»)
            out.append(_Num(m.start("w"), m.end("w"), 2, 2, 2, "cardinal", word[:-2]))
    for m in _DUAL_THEN_PRONOUN.finditer(norm):
        word = m.group("w")
        if _search(r"^[وفبك]?(?:ال|لل)", word) or word in L.NUMBER_WORDS or word.startswith("متاثر") or any(
                rest in L.DUALS for _, rest in P.clitic_splits(word)) or _noun_kind(word[:-2])[0] != "person" and not (
                word.endswith("يين") or word.endswith("ين") and _noun_kind(word)[0] == "person"):
            continue  # definite, a number, «متأثرين بإصاباتهما» (how they died), a listed dual read anyway, or no person counted
        out.append(_Num(m.start("w"), m.end("w"), 2, 2, 2, "cardinal", word[:-2]))
    seen = {d.start for d in out}
    for m in _EACH_OF_THE_PAIR.finditer(norm):  # «أدانت متهمين آخرين بعشر سنوات سجنا نافذا لكل واحد منهما»
        word = m.group("w")
        if m.start("w") in seen or _search(r"^[وفبك]?(?:ال|لل)", word) or word in L.NUMBER_WORDS or any(
                rest in L.DUALS for _, rest in P.clitic_splits(word)) or _search(r"\d\s*\Z", norm[max(0, m.start() - 4):m.start()]) \
                or _noun_kind(word[:-2])[0] != "person" and _noun_kind(word)[0] != "person":
            continue  # definite, a number, a listed dual read anyway, after a number, or no person
        seen.add(m.start("w"))
        out.append(_Num(m.start("w"), m.end("w"), 2, 2, 2, "cardinal", word[:-2]))
    for m in _NISBA_THEN_PRONOUN.finditer(norm):
        word = m.group("w")
        if m.start("w") in seen or _search(r"^[وفبك]?(?:ال|لل)", word) or _search(r"(?:\d|[^\W\d_]ين)\s*\Z", norm[max(0, m.start() - 6):m.start()]) \
                or any(rest in L.DUALS for _, rest in P.clitic_splits(word)):
            continue  # definite, after a number («3 مغربيين»), or a listed dual read anyway
        out.append(_Num(m.start("w"), m.end("w"), 2, 2, 2, "cardinal", word[:-2]))
    return out


# «بين سنة واحدة و15 سنة»: the unit, then «one», opens a range
_ONE_UNIT_OPENER = re.compile(r"(?:^|(?<=[\s(]))(?:ما\s+)?(?P<w>بين)\s+(?:سنه|عام|شهر|اسبوع|يوم|ساعه)\s+\Z")
_ONE_UNIT_BETWEEN = re.compile(r"(?<![^\W\d_])(?:بين\s+(?P<w>سنه|عام|شهر|اسبوع|يوم|ساعه|دقيقه)\s+و\s*"
                               r"|(?:بالحبس|بالسجن)\s+من\s+(?P<w2>سنه|عام|شهر|اسبوع|يوم)\s+الي\s+)")  # («بالحبس من شهر إلى ستة أشهر»)
# «بين 4 أشهر وسنة»: a year, alone, closes a range opened in months («من ستة أشهر إلى عام» stays a change)
_YEAR_CLOSES_MONTHS = re.compile(r"\s+(?:اشهر|شهور|شهرا|شهر)\s+(?:و\s*|الي\s+)(?P<w>سنه|عام)(?![^\W\d_]|\s*(?:[\d٠-٩۰-۹]|ونصف))")


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
        if _EVENT_BEFORE.search(norm, max(0, m.start() - 24), m.start()):
            out.append(_Num(m.start(), m.end(), 1, 1, 1, "cardinal"))
    return out


def _nominative_dual(word: str) -> bool:
    """«مجندان»: a listed noun + «ان» is its dual (the plural would end in «ون»; «ين» is
    read as a dual only for the nouns flagged so, as it is also the plural)."""
    stem = word[:-2]
    return word.endswith("ان") and len(stem) >= 3 and L.NOUNS.get(stem, ("",))[0] in ("person", "item") \
        and word not in L.NOT_DUAL  # «طالبان» is a movement


_DUAL_WORDS_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,}(?:ان|ين)\s+(?:[^\W\d_]{3,}(?:ان|ين)\s+)?\Z")
_DUAL_THEN_TWO = re.compile(r"\s+(?:[^\W\d_]+\s+)?")  # «جثتي مهاجرين اثنين»: at most a word between
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
                    L.NOUNS.get(singular, ("",))[0].startswith("time:") and _SPAN_END.match(norm, e)):
                continue  # a definite dual refers back: «المتهمان»; «الأسبوعين الماضيين» is time
            if _search(r"\d\s*\Z", norm[max(0, ws - 3):ws]) and not _YEAR_JUST_BEFORE.search(norm, max(0, ws - 7), ws):
                continue  # «2.5 مليون لاجئين»: a plural after a number (not «إنتشون 2014 ميداليتين»: after a year)
            if pre in ("ل", "ول", "فل") and _CASES_JUST_BEFORE.search(norm, max(0, ws - 40), ws):
                continue  # «ثلاث حالات لعاملين صحيين»، «حالتا إصابة بالرأس لطفلين»: the people of the cases
            if _search(r"(?<![^\W\d_])و?(?:هما|انهما|كانا)\s+\Z", norm[max(0, ws - 8):ws]) and not (
                    singular == "شخص" and not _search(r"هما[\s،,]+و?هما\s+\Z", norm[max(0, ws - 14):ws])):
                # «وهما شقيقان»: what two already named are, not a new count (but «وتوقيف مختطفيها وهما
                # شخصان»: the first count of them; not after «المشتبه فيهما»: two told already)
                continue
            if singular in _SCORE_NOUNS and pre.endswith("ب") and not _search(r"\A\s+علي\s", norm[e:e + 6]):
                continue  # «فاز بهدفين»: a score (not the lead «متقدما بهدفين على أقرب ملاحقيه»)
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
        w = word[1:] if word[:1] in "وفبل" and len(word) >= 6 and not word.startswith("لا") else word
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
        if _AFTER_CONSTRUCT_DUAL.search(norm, max(0, ws - 40), ws):
            continue  # or with a construct dual: «ساعتي عمل متواصلتين»، «جولتي مفاوضات منفصلتين»
        if _search(r"\d\s*\Z", norm[max(0, ws - 3):ws]) and not _YEAR_JUST_BEFORE.search(norm, max(0, ws - 7), ws):
            continue
        out.append(_Num(e - len(w), e, 2, 2, 2, "cardinal", w[:-3] + "ه"))
    for m in _CASE_DUAL.finditer(norm):
        if norm[P.word_start(norm, m.start()):m.start()] not in ("", "و", "ف", "ب", "وب"):
            continue
        t = _TRIGGER.match(norm, m.end() + len(norm[m.end():m.end() + 4]) - len(norm[m.end():m.end() + 4].lstrip()))
        if t and L.TRIGGERS[t.group("trig")][1] in ("noun", "weak"):  # («حالتي اختناق»: a weak noun names cases too)
            out.append(_Num(m.start(), m.end(), 2, 2, 2, "cardinal", "حاله"))
    # «وفاة امرأة وطفليها»: her two children (not «ـيه»: «صاروخية» folds to «صاروخيه»)
    for m in _DUAL_POSSESSED.finditer(norm):
        ws = P.word_start(norm, m.start())
        split = next(((pre, rest) for pre, rest in P.clitic_splits(norm[ws:m.start() + 1])
                      if rest + "ن" in L.DUALS and not pre.endswith(("ال", "لل"))), None)
        if split is not None and L.NOUNS.get(L.DUALS[split[1] + "ن"], ("",))[0] == "person" \
                and not _ONE_OF_BEFORE.search(norm, max(0, ws - 8), ws):  # (not «حزاميهما»; «قتل أحد طياريها»: one)
            out.append(_Num(ws + len(split[0]), m.end(), 2, 2, 2, "cardinal", L.DUALS[split[1] + "ن"]))
    for m in _CONSTRUCT_DUAL.finditer(norm):  # «في عمليتي إطلاق نار»، «طائرتا إغاثة»: two of a thing
        ws = P.word_start(norm, m.start())
        pre = norm[ws:m.start("w")]
        stem = m.group("w") + "ه"
        if pre in ("", "و", "ف", "ب", "وب") and L.DUALS.get(stem[:-1] + "تين") == stem \
                and stem not in _PLACE_NOUNS and (L.NOUNS.get(stem, ("",))[0] == "item" or stem in _CONSTRUCT_TIME) \
                and not any(d.start <= m.start() < d.end for d in out):
            out.append(_Num(m.start("w"), m.end(), 2, 2, 2, "cardinal", stem))
    for m in _BODIES_DUAL.finditer(norm):  # «انتشال جثتي شقيقين»: two bodies
        if norm[P.word_start(norm, m.start()):m.start()] in ("", "و", "ف", "ب", "وب"):
            whose = _NEXT_DUAL.match(norm, m.end())  # «جثتي شخصين»: the two are both words
            end = whose.end() if whose and whose.group("w") in L.DUALS else m.end()
            out.append(_Num(m.start(), end, 2, 2, 2, "cardinal", "جثه"))
    for m in _TWO_MEN_OF.finditer(norm):  # «أصيب رجلا أمن»: two men of the security forces
        if not m.start() or not norm[m.start() - 1].isalpha() or norm[m.start() - 1] in "وف":
            out.append(_Num(m.start("w"), m.end(), 2, 2, 2, "cardinal", "شخص"))  # (the pair's noun inside the span)
    for e in (m.end() for m in _NISBA_DUAL_END.finditer(norm)):  # «5 رهائن بينهم أمريكيان»، «قُتل إسرائيليان»
        ws = P.word_start(norm, e)
        w = norm[ws:e]
        if len(w) >= 6 and (not w.startswith("ال") or w.startswith(("المان", "الباني"))) and w not in L.NOT_DUAL \
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


def _things_plural(w: str) -> bool:
    """«المفرقعات»: a definite feminine plural the lexicon does not know as people (not «الناشطات»,
    «المتظاهرات»: the feminine of people it knows)."""
    return w.startswith("ال") and w.endswith("ات") and len(w) >= 7 and w not in L.NOUNS and not any(
        stem in L.TRIGGERS or L.NOUNS.get(stem, ("",))[0] == "person" for stem in (w[2:-2], w[2:-2] + "ين", w[2:-2] + "ه"))


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
    if kind == "time:hour" and _rx(r"\s+(?:يدويه|يد|حائط|ذكيه|فاخره|ثمينه)(?![^\W\d_])").match(norm, m.end(), limit):
        kind = "known_item"  # «4 ساعات يدوية فاخرة»: watches, not hours
    if kind == "measure" and key in ("نقطه", "نقاط", "نقط") and not _search(r"[.,]\d+\Z", norm[max(0, pos - 4):pos]) and (
            _TALLY.search(norm, max(0, pos - 45), pos) or _rx(r"\s+(?:مروري|ماء|مياه|للماء|من\s+رصيد(?!\s+(?:ال)?مؤشر))").match(norm, m.end(), limit)
            or _rx(r"\s+(?:في|ب)\s*(?:ال)?(?:مركز|مرتبه|صداره)(?![^\W\d_])").match(norm, m.end(), limit)
            or _rx(r"\s+(?:مدرجه\s+)?(?:في|علي|ب)\s*جدول\s+(?:ال)?اعمال").match(norm, m.end(), limit)) \
            and not _POLL.search(norm, max(0, pos - 200), min(len(norm), pos + 200)) \
            and not _search(r"(?<![^\W\d_])(?:ال)?مؤشر", norm[max(0, pos - 150):pos]):  # (a poll's lead is per cent; an index's score)
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
    if not partitive and w[:1] in ("ب", "ك") and key != w and not key.startswith(w[:1]):
        return None  # «من بينهم 32 بإقليم كلميم»: «ب» makes it a place, not what is counted
    if partitive and key in ("جنسيه", "جنسيات", "فئه", "فئات", "شريحه", "شرائح", "طبقات"):
        kind = "person"  # «بينهم 600 من جنسيات أجنبية»، «11 مليون من الفئات المعوزة»: people of those groups
    if kind == "item" and key not in L.NOUNS and w[:1] == "ل" and not w.startswith("ال") and _rx(
            r"\s+(?:ال|لل)").match(norm, m.end(), limit):
        return None  # «و11.5 مليون لدعم المستشفيات»: what the sum is for, not a counted noun
    if kind == "none" or w[:1] in ("و", "ف") and (not key.startswith(w[:1]) or vague and key not in L.NOUNS and kind == "item"):
        return None  # «2018 وكأس آسيا»، «عشرات الآلاف وأجبر»: a conjunction opens the next phrase
    if kind == "time:hour" and _rx(r"\s+(?:ال)?(?:ثمينه|يد|فاخره|ذهبيه|سويسريه|حائط)(?![^\W\d_])").match(norm, m.end(), limit):
        kind = "known_item"  # «١٣ ساعة ثمينة»: watches, not hours
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
                    and not _QUAL_THEN_NUMBER.match(norm, nxt.end(), limit) \
                    and not (after and after.start("w") == nxt.end() + 1 and after.group("w") in L.NUMBER_WORDS):
                # (not «سقوط ثلاثة شهداء وإصابة 12 شخصا»: a figure after the second noun starts its clause)
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


class _Reader:
    """Reads the claims of one normalized text."""

    def __init__(self, nt: Normalized, cues: Optional[_DocumentCues] = None, base: int = 0):
        """``cues``: where country cues stand in the whole document (original offsets),
        when ``nt`` is one block of it starting at ``base``."""
        self.nt = nt
        self.norm = nt.text
        self.base = base
        nums = [_Num(*r) for r in _read(self.nt)]
        nums = [_Num(n.start, n.end, n.value, n.low, n.high, "cardinal") if n.kind == "ordinal" and self.norm[
            n.start:n.end] in ("المئه", "المائه") and _PASSED_BEFORE.search(self.norm, max(0, n.start - 6), n.start) else n
                for n in nums]  # «وإن عدد الجرحى تجاوز المئة»: a hundred passed, not «الذكرى المئة»
        duals = sorted(_duals(self.norm) + _marked_duals(nt) + _verb_duals(self.norm), key=lambda d: d.start)
        if duals:
            starts = [n.start for n in nums]
            ends = [n.end for n in nums]
            kept: list[_Num] = []
            for d in duals:
                k = bisect_right(starts, d.start) - 1
                if k >= 0 and (ends[k] > d.start or not self.norm[ends[k]:d.start].strip()) and not (
                        nums[k].kind == "ordinal" and self.norm[nums[k].start:nums[k].end] in ("اول", "اخر")
                        or ends[k] <= d.start and _is_year_value(self.norm[nums[k].start:nums[k].end])):
                    continue  # inside a number, or right after one: «اثنان آخران» (not «خلال أول يومين»,
                    # «في دورة إنتشون 2014 ميداليتين»: a year, then two medals)
                if k + 1 < len(starts) and starts[k + 1] < d.end:
                    continue  # a number inside it: «وللمائتين» is the number 200
                if kept and not self.norm[kept[-1].end:d.start].strip():
                    continue  # an adjective agreeing with the dual before: «طفلان آخران»
                kept.append(d)
            # «جنديين اثنين»، «جثتي مهاجرين اثنين»: one figure over the dual and the number word
            # (annotators write it on either)
            twos = [n for n in nums if self.norm[n.start:n.end] in _TWO]
            two_starts = [n.start for n in twos]
            merged = []
            for d in kept:
                k = bisect_right(two_starts, d.end)
                two = twos[k] if k < len(twos) and _DUAL_THEN_TWO.fullmatch(self.norm, d.end, twos[k].start) else None
                if two is None:
                    merged.append(d)
                else:
                    nums.remove(two)
                    merged.append(_Num(d.start, two.end, 2, 2, 2, "cardinal", d.dual_of))
            nums.extend(merged)
            nums.sort(key=lambda n: n.start)
        halves = _unit_and_half(self.norm)
        if halves:  # «منذ عام ونصف»: a year and a half, which holds the number «نصف»
            nums = [n for n in nums if not any(h.start <= n.start < h.end for h in halves)] + [
                h for h in halves if not any(n.start < h.start < n.end for n in nums)]
            nums.sort(key=lambda n: n.start)
        ones = _one_of(self.norm, frozenset(n.end for n in nums if n.kind != "fraction"))  # (a count, not «¼»)
        ones += [_Num(m.start("w"), m.end("w"), 1, 1, 1, "cardinal", m.group("w")) for n in nums
                 if (m := _YEAR_CLOSES_MONTHS.match(self.norm, n.end))]
        starts = {n.start for n in nums}
        ones += [_Num(m.start(w), m.end(w), 1, 1, 1, "cardinal", m.group(w)) for m in _ONE_UNIT_BETWEEN.finditer(
            self.norm) if m.end() in starts for w in ("w" if m.group("w") else "w2",)]  # «بين سنة وخمس سنوات»: a year is the lower bound
        if ones:
            covered = [(n.start, n.end) for n in nums]
            ones = [o for o in ones if not ((k := bisect_right(covered, (o.start, len(self.norm) + 1)) - 1) >= 0
                                            and covered[k][0] <= o.start < covered[k][1])]
            nums = sorted(nums + ones, key=lambda n: n.start)  # (not inside «إحدى وعشرون»: that is 21)
        self.nums = nums
        self._num_starts = [n.start for n in nums]
        self._cues: Optional[Union[dict[str, list[int]], _DocumentCues]] = cues
        self._first: dict[tuple[str, int], Optional[re.Match]] = {}
        self._range_factor: dict[int, int] = {}  # a range read in months whose upper bound was told in years
        self._currencies: Optional[list[re.Match]] = None
        self._names: Optional[list[tuple[int, int]]] = None
        self._told: Optional[dict] = None  # figure value → where it is told
        self._sum_before: Optional[_Draft] = None  # the last sum of the sentence being read
        self._used: set[tuple[int, int]] = set()  # trigger spans that already decided a claim
        # which of killed, injured, casualties were counted so far, by paragraph (its start): a file
        # read in blocks cut at line ends says the same as read whole
        self._harm_told: dict[int, set[str]] = {}
        self._last_people: Optional[_Draft] = None  # the last head count read, any sentence
        self._recent_people: list[_Draft] = []  # the last few head counts read, for «N منهم»
        self._last_money: Optional[_Draft] = None
        self._last_draft: Optional[_Draft] = None  # the last claim read, any sentence
        self._named_cues: dict[str, list[tuple[str, str]]] = {}  # currency word → the country cues the text names
        self._sentence_people: list[_Draft] = []  # the head counts of the sentence being read
        self._currency_starts: list[int] = []
        self.sentences = _sentences(self.norm)
        self._sent_starts = [s for s, _ in self.sentences]

    def first_in_sentence(self, pattern: re.Pattern, floor: int) -> Optional[re.Match]:
        """The first match of ``pattern`` in the sentence that starts at ``floor``, once."""
        key = (pattern.pattern, floor)
        if key not in self._first:
            self._first[key] = pattern.search(self.norm, floor, self.sentence_of(floor)[1])
        return self._first[key]

    def sentence_has(self, pattern: re.Pattern, floor: int) -> bool:
        return self.first_in_sentence(pattern, floor) is not None

    def currency_after(self, pos: int, limit: int) -> Optional[re.Match]:
        """The first currency word after ``pos`` in the sentence (found once per text)."""
        if self._currencies is None:
            self._currencies = list(_CURRENCY_ANY.finditer(self.norm))
            self._currency_starts = [m.start() for m in self._currencies]
        k = bisect_right(self._currency_starts, pos)
        if k < len(self._currencies) and self._currencies[k].end() <= limit:
            return self._currencies[k]
        return None

    def is_event(self, m: re.Match) -> bool:
        """A trigger that tells what happened: not part of a name («منظمة إنقاذ الطفولة»),
        not a risk («معرضون لخطر الإصابة»)."""
        if self._names is None:
            self._names = [mm.span() for mm in _NAMES.finditer(self.norm)]
        if self._names:
            k = bisect_right(self._names, (m.start(), len(self.norm))) - 1
            if k >= 0 and self._names[k][0] <= m.start() < self._names[k][1]:
                return False
        if _NO_HARM_BEFORE.search(self.norm, max(0, m.start() - 16), m.start()):
            return False  # «ولم يسفر عن إصابات»، «دون وقوع إصابات»: no one was hurt
        if self.norm[m.start():m.start("trig")].endswith("ك") and self.norm[m.start("trig"):m.start("trig") + 2] != "ال":
            return False  # «عدم التعامل معهم كلاجئين»: «as» refugees, a likeness, not an event
        if m.group("trig") == "اسر" and m.start() == m.start("trig") and _rx(
                r"(?<![^\W\d_])[وف]?(?:تقدمت|طالبت|ناشدت|تطالب|تناشد|قدمت|رفعت|نظمت|تنتظر|عبرت|اشتكت|تشتكي|تزال|زالت|مازالت)\s+\Z").search(
                self.norm, max(0, m.start() - 10), m.start()):
            return False  # «تقدمت أسر 14 شابا بشكايات»: families (أُسَر) as the subject, not a capture
        # «خطر المجاعة» still counts the hungry; «خطر الموت» kills no one yet
        if m.group("trig") in _NEAR_ONLY and (m.end() != m.end("trig") or "ل" in self.norm[m.start():m.start("trig")]):
            return False  # «أسرة»، «أسرته» (a family), not «أسر» (captured)
        if m.group("trig") in ("تحرير", "تحريرها") and (obj := _NEXT_WORD.match(self.norm, m.end())) and obj.group(
                "and") is None and obj.group("w").startswith("ال") and _noun_kind(obj.group("w"))[0] not in (
                "person", "known_item") and not _noun_kind(obj.group("w"))[0].startswith("trigger:") \
                and obj.group("w")[2:] not in L.NOUNS:
            return False  # «العمليات العسكرية لتحرير الرمادي»: a city taken back, no one freed
        if m.group("trig") in ("سقوط",) and (obj := _NEXT_WORD.match(self.norm, m.end())) and obj.group("and") is None \
                and obj.group("w").startswith("ال") and _noun_kind(obj.group("w"))[0] in ("item", "known_item", "none", "measure") \
                and not obj.group("w").startswith(("القتلي", "الضحايا")):
            return False  # «لحظة سقوط الرافعة»: a thing fell, no one
        if m.group("trig") == "فر" and self.norm[m.start():m.start("trig")] == "و" and _PROVIDED.match(
                self.norm, m.end(), min(len(self.norm), m.end() + 60)):
            return False  # «وفّر البرنامج فرص عمل لـ315 ألف باحث»: provided, not «و + فرّ» (fled)
        if m.group("trig") in ("البحث عن", "بحث عن") and _rx(r"\s*(?:عمل|وظيفه|وظائف|فرص)(?![^\W\d_])").match(self.norm, m.end()):
            return False  # «برنامج حافز للبحث عن عمل»: a job search, no one missing
        if m.group("trig").startswith(("موقوف", "الموقوف")) and _rx(r"\s+(?:ال)?تنفيذ").match(self.norm, m.end()):
            return False  # «حبسا موقوف التنفيذ»: a suspended sentence, no one held
        if L.TRIGGERS[m.group("trig")][0] in ("captive", "detained") and L.TRIGGERS[m.group("trig")][1] == "noun" \
                and _rx(r"\s+(?:ال)?سابق(?:ون|ين|ان|ه|ات)?(?![^\W\d_])").match(self.norm, m.end()):
            return False  # «بينهم أسرى سابقون»: once held, not now
        if m.group("trig") == "هجر" and (self.norm[m.start():m.start("trig")] not in ("", "و", "ف") or m.end() != m.end("trig")):
            return False  # «الهجرة» (migration), not «هُجّر» (was expelled)
        if m.group("trig") == "قضي" and self.norm[m.end("trig"):m.end()] == "ه" and (
                self.norm[m.start():m.start("trig")].endswith("ال") or not self.norm[m.start():m.start("trig")]):
            return False  # «القضية»، «قضية» (a case), not «قضى» (died)
        if L.TRIGGERS[m.group("trig")][0] == "killed" and not self.norm[m.start():m.start("trig")].startswith("و") \
                and _CRIME_OF.search(self.norm, max(0, m.start() - 14), m.start() + 1) \
                and not ((v := _NEXT_WORD.match(self.norm, m.end())) and v.group("and") is None and (
                    v.group("w") in L.DUALS or v.group("w").endswith("تين")) or _FAMILY_OF_N.match(self.norm, m.end())):
            return False  # «12 مطلوباً بجرائم قتل»، «بتهمة القتل»: a charge, no one dead here (but «جريمة قتل سائحتين»،
            # «جريمة قتل أسرة من أربعة أفراد»)
        if "تهجير" in m.group("trig") and _rx(r"(?<![^\W\d_])[وف]?(?:اوهم|اوهمت|اوهموا|يوهم|توهم|وعد|وعدت|وعدوا)(?![^\W\d_])").search(
                self.norm, max(0, m.start() - 40), m.start()):
            return False  # «شبكة النصب … التي أوهمت عشرات الشباب بتهجيرهم إلى كندا»: a false promise
        if m.group("trig") in ("قضي", "قضت") and _rx(r"\s+(?:في\s+حق|بحق)(?![^\W\d_])").match(self.norm, m.end()):
            return False  # «الحكم الابتدائي قضى في حق 53 متهما بعقوبات»: a court ruled, no one died
        if m.group("trig") == "ادين" and not _rx(r"(?:[^.؛،,]{0,60}[،,][^.؛،,]{1,60}[،,])?[^.؛،,]{0,80}?(?<![^\W\d_])(?:بال|ب)?(?:سجن|حبس|سجنا|حبسا|سنه|سنوات|سنتين|"
                                                r"اشهر|شهرا|شهرين|عقوبات|عقوبه|احكام|مؤبد)(?![^\W\d_])").match(self.norm, m.end()):
            return False  # «أُدين ١٩ منهم بجرائم تهريب المخدرات»: the charge, not a term (but «أدين 9 آخرون بخمس عشرة سنة»)
        if m.group("trig").startswith("تسليم") and _HANDED_TO_AUTHORITY.match(self.norm, m.end()):
            return False  # «قبل أن يتم تسليمهم إلى الدرك الملكي»: handed over into custody, not freed
        if m.group("trig") == "تحت المراقبه" and _rx(r"\s+القضائيه(?![^\W\d_])").match(self.norm, m.end()):
            return False  # «وضع 8 آخرون تحت المراقبة القضائية»: a court's order, no illness
        if m.group("trig") in ("فرار", "الفرار") and _ESCAPE.search(self.norm, max(0, m.start() - 30), m.start()):
            return False  # «لاذ شخصان بالفرار»
        if m.group("trig") in _SEARCH_FOR and _POLICE_BEFORE.search(self.norm, self.sentence_of(m.start())[0], m.start()) \
                and not _rx(r"[^.؛]{0,40}?(?<![^\W\d_])(?:مفقود|مفقودين|المفقودين|غرق|غرقوا|البحر|السيول|الانقاض|جرفته|جرفتها|جرفتهما|جرفتهم|"
                  r"جرفت|جرفه|جرفها|جرفهما|جرفهم|مياه|وادي|الوادي|فيضان|فيضانات)(?![^\W\d_])").match(
                    self.norm, m.end()):
            return False  # «أوقف منهم أربعة، فيما يجري البحث عن اثنين آخرين»: suspects sought, not missing
        if m.group("trig") in ("فرار", "الفرار", "الفارين", "فارين", "فارون", "فر", "فروا") and _POLICE_BEFORE.search(
                self.norm, self.sentence_of(m.start())[0], m.start()):
            return False  # «توقيف خمسة أشخاص، فيما تمكن اثنان آخران من الفرار»: escaped the police
        if m.group("trig").endswith("اعدام") and _COMMUTED_BEFORE.search(self.norm, max(0, m.start() - 24), m.start()):
            return False  # «4 نزلاء استفادوا من تحويل عقوبة الإعدام إلى السجن المؤبد»: commuted, no one put to death
        if m.group("trig") == "استعاده" and (nxt := _NEXT_WORD.match(self.norm, m.end())) is not None \
                and not self.norm[m.end():m.end() + 1].isalpha() and nxt.group("and") is None \
                and _noun_kind(nxt.group("w"))[0] not in ("person",) and not _TRIGGER.match(self.norm, nxt.start("w")) \
                and not _rx(r"\s+\d").match(self.norm, m.end()):
            return False  # «عملية استعادة تكريت»، «استعادة السيطرة»: a town or control taken back, no one freed
        if m.group("trig") in _VERB_PAIRS and not _CLAUSE_OPENS.search(self.norm, max(0, m.start() - 12), m.start()) \
                and not _FIGURE_JUST_BEFORE.search(self.norm, max(0, m.start() - 40), m.start()):  # («11 ألف طفل قتلوا أو أصيبوا»)
            return False  # «قتل وأصيب عشرات المدنيين» (the verbs open the clause), not «شاب استشهد وأصيب اثنان»
        if L.TRIGGERS[m.group("trig")][0] != "released" and (_SUSPENDED.match(self.norm, m.end()) or "وقف" in m.group(
                "trig") and _STOPPED_DOING.match(self.norm, m.end())):
            return False  # «تقرر توقيفهم عن العمل»: suspended from work, not arrested (but «أفرجت قوات الدعم السريع»)
        if self.norm[m.start():m.start("trig")] in ("ل", "لل") and L.TRIGGERS[m.group("trig")] in _INTENDED \
                and (eff := _EFFORT_BEFORE.search(self.norm, max(0, m.start() - 40), m.start())) \
                and not (L.TRIGGERS[m.group("trig")][0] == "rescued" and eff.group().endswith("تدخل")):
            # (but «اضطرت فرق الوقاية المدنية إلى التدخل لإنقاذ 8 أشخاص»: rescue crews stepping in rescue)
            return False  # «مفاوضات لتبادل 200 أسير»، «لتوقيف باقي المتورطين»: intended, not yet done
        if self.norm[m.start():m.start("trig")] in ("ب", "بال") and L.TRIGGERS[m.group("trig")][0] in ("released", "evacuated") \
                and _DEMAND_BEFORE.search(self.norm, max(0, m.start() - 40), m.start()):
            return False  # «تطالب المعارضة بالإفراج عن نحو 500 امرأة»: demanded, not done
        if m.group("trig") == "معتقلي" and not (m.start() == m.start("trig") and self.norm.endswith("من ", 0, m.start())):
            return False  # «7 من معتقلي الحراك»: some of the detainees (not «بإطلاق سراح معتقلي الحراك»: whose release)
        if _search(r"(?<![^\W\d_])[وف]?(?:لصالح|لفائده)\s+\Z", self.norm[max(0, m.start() - 8):m.start()]):
            return False  # «تبرع أكثر من 3500 شخص بالدم لصالح جرحى الحادث»: for whom, not what befell the donors
        if m.start() == m.start("trig") - 2 and _CARING_FOR.search(self.norm, max(0, m.start() - 22), m.start()):
            return False  # «لمتابعة حالة المصابين»، «لإسعاف الجرحى»: the object of care, no event for a count before
        if _CRIME_WORD.search(self.norm, max(0, m.start() - 10), m.start()) \
                and self.number_between(max(0, m.start() - 60), m.start()) and not self.number_right_after(m.end()):
            return False  # «أدانت أربعة متهمين في قضية اختطاف واحتجاز طفل»: the crime's name, not what befell them (but «قضية مقتل سائحتين»)
        if m.group("trig").endswith(("اختفاء", "اختفت", "اختفي")) and _rx(
                r"\s+(?:ال)?(?:مبالغ|مبلغ|اموال|اموالهم|وثائق|ملفات|سيارات|سياره|اسلحه|ادويه|بضائع|معدات)(?![^\W\d_])").match(self.norm, m.end()):
            return False  # «بعد اكتشافهم اختفاء مبالغ من حساباتهم»: money gone, no one missing
        if "بد" in self.norm[max(0, m.start() - 14):m.start()] and _INSTEAD_OF.search(self.norm, max(0, m.start() - 14), m.start()):
            return False  # «تدابير بديلة عن الاعتقال»: instead of it, no one held
        if _TAKING_PART.search(self.norm, max(0, m.start() - 45), m.start()):
            return False  # «أربعة آلاف من منسوبي الوزارة شاركوا في عمليات الإخلاء»: the workers, not the evacuated
        if m.group("trig") in ("تسلم", "تسلمت", "يتسلم", "استلم", "استلمت") and _rx(
                r"[^،,.؛]{0,40}?(?<![^\W\d_])(?:مفاتيح|شهادات|صكوك|صك|وثائق|بطاقات|جوائز|منح|مستحقات|رواتب|اعانات|مساعدات|سلال|وحدات|اراض|قطع|"
                r"قرارات|قرار|خطابات|عقود|اوامر)").match(
                self.norm, m.end(), min(len(self.norm), m.end() + 60)):
            return False  # «تسلّم 500 مواطن مفاتيح وحداتهم السكنية»: they received things, no one was freed
        if m.group("trig") == "تسليم" and _rx(r"\s+(?:ال)?(?:دفعه|منتجات|وحدات|مفاتيح|شهادات|قرارات|مساكن|منازل|اراض|قطع|"
                                             r"مشاريع|مشروعات|جوائز|سلال|مساعدات)(?![^\W\d_])").match(self.norm, m.end()):
            return False  # «تسليم الدفعة الثانية من منتجات الدعم السكني لـ 15 ألف مستفيد»: things handed out
        if m.group("trig") == "تسليم" and _TO_FAMILIES.search(self.norm, m.end(), min(len(self.norm), m.end() + 50)):
            return False  # «تسليم ١٧ طفلاً تائهاً إلى ذويهم»: lost children handed back, no one freed
        if m.group("trig") in ("احيل", "احيلوا", "احاله") and _REFERRED_ELSEWHERE.match(
                self.norm, m.end(), min(len(self.norm), m.end() + 60)):
            return False  # «أحيل أزيد من 81 ألف مترشح على الدورة الاستدراكية»، «أحيل على التقاعد»
        if m.group("trig") in ("اجلت", "اجلوا") and _POSTPONED.match(self.norm, m.end()):
            return False  # «وأجلت المحكمة النظر في ملف 13 متهما»: postponed, not evacuated
        if "حتج" in m.group("trig") and (self.sentence_has(_STRANDED, self.sentence_of(m.start())[0]) or m.group(
                "trig").startswith(("المحتجز", "محتجز")) and self.told_before(_STRANDED, self.sentence_of(m.start())[0])):
            # («… احتجزتهم السيول. وأوضح أن بين المحتجزين ثلاثة أطفال»: the trapped, a sentence on)
            return False  # «بوجود ثلاثة أشخاص محتجزين في العقبة» (a Red Crescent call), «احتجاز خمسة تحت الأنقاض»
        if L.TRIGGERS[m.group("trig")][0] == "missing" and _WEIGHT_AFTER.search(self.norm, m.end(), min(len(self.norm), m.end() + 40)):
            return False  # «بعدما فقدا ما بين 8 و12 كيلوغراما من وزنهما»: weight, not people
        if _NEED_BEFORE.search(self.norm, max(0, m.start() - 50), m.start() + (2 if self.norm.startswith("ال", m.start()) else 0)):
            return False  # «مئات الجرحى بحاجة إلى إجلاء فوري»: a need, not done
        if _REFUSED.search(self.norm, max(0, m.start() - 40), m.start()):
            return False  # «يرفضون مغادرة منازلهم»، «رفضت المحكمة الإفراج عن 5 معتقلين»
        return L.TRIGGERS[m.group("trig")][0] == "starving" or _AT_RISK.search(
            self.norm, max(0, m.start() - 16), m.start()) is None

    def cases_total_before(self, start: int, floor: int) -> bool:
        """«إجمالي (عدد) الحالات … إلى N (حالة)» in a disease's sentence, no figure between: all the cases."""
        total = _CASES_TOTAL_BEFORE.search(self.norm, max(floor, start - 80), start)
        return total is not None and not self.claim_number_between(total.end(), start) and self.about_disease(floor) \
            and not any(self.is_event(t) and L.TRIGGERS[t.group("trig")][0] in ("recovered", "killed")
                        for t in _TRIGGER.finditer(self.norm, total.start(), start))  # («الحالات التي تماثلت للشفاء»)

    def pair_tail(self, m: re.Match) -> re.Match:
        """«شاب استشهد وأصيب اثنان»: a pair of verbs after their subject is no event of the pair;
        its second verb still tells what befell the figure after it."""
        if m.group("trig") not in _VERB_PAIRS or self.is_event(m):
            return m
        gap = _search(r"\s+(?:او\s+)?", m.group())
        tail = _TRIGGER.match(self.norm, m.start() + gap.end()) if gap else None
        return tail if tail is not None and tail.end() == m.end() else m

    def arrest_verb_before(self, start: int, floor: int) -> Optional[tuple[int, int]]:
        """The span of an arrest verb that opens the clause of a head count far after it (the
        police and the time told between), with no figure and no other event between."""
        lo = max(floor, start - 220)
        if not any(w in self.norm[lo:start] for w in ("وقف", "عتقل", "القبض", "ضبط")):
            return None
        verbs = list(_ARREST_VERB.finditer(self.norm, lo, start))
        if not verbs:
            return None
        v = verbs[-1]
        between = self.nums[bisect_left(self._num_starts, v.end()):bisect_left(self._num_starts, start)]
        spans_only = all((na := _noun_after(self.norm, o.end, start)) is not None and na.kind.startswith("time:")
                         for o in between)  # («بعد بضع ساعات فقط من ارتكاب الجريمة»)
        if self.countable_between(v.end(), start) and not spans_only or _search(
                r"[.؛:]|(?<![^\W\d_])(?:عن|صرف|متنه|متنها|بداخله|بداخلها|للاشتباه|بتهمه|بتهم)(?![^\W\d_])", self.norm[v.end():start]) \
                or any(self.is_event(t) for t in _TRIGGER.finditer(self.norm, v.end(), start)):
            return None
        return v.span("v")

    def number_between(self, a: int, b: int) -> bool:
        k = bisect_right(self._num_starts, a)
        return k < len(self._num_starts) and self._num_starts[k] < b

    def only_qualifier_between(self, a: int, b: int) -> bool:
        """Nothing but blanks or a qualifier («ما لا يقل عن»، «نحو») between ``a`` and ``b``."""
        if not self.norm[a:b].strip():
            return True
        q = _QUAL_BEFORE.search(self.norm, a, b)
        return q is not None and not self.norm[a:q.start("q")].strip(" وفبل")

    def only_spans_between(self, a: int, b: int) -> bool:
        """Every number between is a span of time: «ليرتفع عدد المتعافين خلال شهر واحد إلى 34 حالة»."""
        for o in self.nums[bisect_right(self._num_starts, a):bisect_left(self._num_starts, b)]:
            after = _NOUN_WORD.match(self.norm, o.end, b)
            before = _WORD_BEFORE.search(self.norm, max(a, o.start - 12), o.start)
            if not any(w is not None and _noun_kind(w.group("w"))[0].startswith("time:") for w in (after, before)):
                return False
        return True

    def countable_between(self, a: int, b: int) -> bool:
        """A number between other than an ordinal or a dated year: «تجاوز عدد المستفيدين منذ إطلاق
        البرنامج في 1432هـ مليونا ونصف» has only a year between the verb and its figure."""
        k = bisect_right(self._num_starts, a)
        while k < len(self._num_starts) and self._num_starts[k] < b:
            o = self.nums[k]
            if o.kind != "ordinal" and not _ERA_AFTER.match(self.norm, o.end, b) and not _rx(r"\s*(?:هـ|ه)(?![^\W\d_])").match(
                    self.norm, o.end, b) and not self.definite_one(o) and not self.definite_span(o) \
                    and self.norm[max(0, o.start - 2):o.start] != "ال" and not (  # («بأمن عين السبع»، «الأيام الثلاثة»: no count)
                    _is_year_value(self.norm[o.start:o.end]) and _rx(r"(?<![^\W\d_])(?:سنه|عام|منذ)\s+\Z").search(
                        self.norm, max(0, o.start - 6), o.start)) and not (  # («منذ سنة 2014»: a year)
                    _is_year_value(self.norm[o.start:o.end]) and _rx(r"\s*[،,.)]").match(self.norm, o.end)):
                return True  # (nor «انتخابات 2016،»: a year, then a comma)
            k += 1
        return False

    def definite_one(self, n: _Num) -> bool:
        """«في الرحلة الواحدة»، «عن المعتمر الواحد»: per one, nothing counted, no bound of a range."""
        return n.value == 1 and "ال" in self.norm[max(0, n.start - 2):n.start + 2]

    def definite_span(self, n: _Num) -> bool:
        """«خلال الأيام العشرة الأولى»: a span of time named after its noun, an adverb of the clause."""
        if self.norm[max(0, n.start - 2):n.start] != "ال" and not self.norm.startswith("ال", n.start):
            return False
        unit = self.time_noun_before(n, self.sentence_of(n.start))
        return unit is not None and self.norm.startswith("ال", unit.start) and bool(
            _SINCE_BEFORE.search(self.norm, max(0, unit.start - 8), unit.start)
            or _search(r"(?<![^\W\d_])في\s*\Z", self.norm[max(0, unit.start - 4):unit.start]))

    def claim_number_between(self, a: int, b: int, shares: bool = True) -> bool:
        """A number between that counts something: «ضبطت ١٫٢ طن من الحشيش و٣٤٠ متسللاً» has only a
        weight between the verb and the people (without ``shares``, a percentage does not count)."""
        k = bisect_right(self._num_starts, a)
        while k < len(self._num_starts) and self._num_starts[k] < b:
            n = self.nums[k]
            if n.kind == "ordinal" or not shares and n.kind == "percent":
                k += 1
                continue  # «منذ السابع من أكتوبر»: a rank or a date counts nothing
            na = _noun_after(self.norm, n.end, b)
            time = (na is not None and na.kind.startswith("time:") or n.dual_of is not None
                    and L.NOUNS.get(n.dual_of, ("",))[0].startswith("time:"))
            if (na is None or na.kind != "measure") and not (
                    _is_year_value(self.norm[n.start:n.end]) and _YEAR_BEFORE.search(self.norm, max(0, n.start - 12), n.start)) \
                    and not (time and _SPAN_IN_PASSING.search(self.norm, max(0, n.start - 14), n.start)) \
                    and not (time and _rx(r"(?<![^\W\d_])(?:العمر|عمر|عمره|عمرها)\s+\Z").search(self.norm, max(0, n.start - 10), n.start)):
                return True  # (a year is no count: «منذ عام 1967 إلى 207 أسرى»; nor a span said in passing:
                # «ضبطت … خلال حملة استمرت أسبوعين 1245 مخالفاً»; nor an age: «البالغ من العمر 43 سنة»)
            k += 1
        return False

    def list_head(self, n: _Num) -> Optional[int]:
        """Where the list of numbers that ``n`` ends («19 و23 و31») begins; ``None`` alone."""
        k = bisect_right(self._num_starts, n.start) - 1  # n itself
        head = k
        while head > max(0, k - 8) and self.nums[head - 1].kind != "ordinal" and _LIST_GAP.fullmatch(
                self.norm, self.nums[head - 1].end, self.nums[head].start) \
                and (self.norm[self.nums[head - 1].start:self.nums[head - 1].start + 1].isdigit() or _search(
                    r"[و،,]", self.norm[self.nums[head - 1].end:self.nums[head].start])):  # («الرحلة الواحدة ٢٦٨٠ ريالا»: no list)
            head -= 1  # a few back at most: a list of ages or articles is short (and the scan stays linear;
            # an ordinal heads none: «للدرجة الأولى و50 ريالاً للمقصورة»)
        return None if head == k or head < 0 else self.nums[head].start

    def ages_listed(self, n: _Num, floor: int) -> bool:
        """Whether ``n`` ends a list of numbers that an age word opens."""
        first = self.list_head(n)
        if first is None:
            return False
        label = _NOT_CLAIM_BEFORE.search(self.norm, max(floor, first - 40), first)
        return bool(label and _NOT_CLAIM_WHY[label.group("w")] == "age"
                    or _AGE_BEFORE.search(self.norm, max(floor, first - 40), first))

    def written_with_ta(self, pos: int) -> bool:
        """Whether the «ه» at normalized ``pos`` was written «ة» (ta marbuta) in the original."""
        if self.norm[pos:pos + 1] != "ه":
            return False
        o = self.nt.offsets.start(pos)
        original = self.nt.offsets.original
        return bool(original) and original[o:o + 1] in ("ة", "ۃ", "ﺓ", "ﺔ")

    def counted_by_number(self, pos: int) -> bool:
        """Whether a number stands right before ``pos`` (the word there is its noun)."""
        k = bisect_right(self._num_starts, pos) - 1
        return k >= 0 and self.nums[k].end <= pos and not self.norm[self.nums[k].end:pos].strip() \
            and self.nums[k].kind != "ordinal"  # (not «المرحلة الأولى سنة 2014»: an ordinal counts nothing)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self._sent_starts, pos) - 1
        return self.sentences[max(k, 0)]

    # -- what is never a claim -------------------------------------------------

    def not_a_claim(self, n: _Num, sent: tuple[int, int]) -> bool:  # noqa: C901 - a list of rules
        norm = self.norm
        if n.kind == "ordinal" or n.value is not None and n.value <= 0:
            return True
        left = norm[max(sent[0], n.start - 40):n.start]
        right_end = min(sent[1], n.end + 40)
        raw = norm[n.start:n.end]
        if _rx(r"\s*(?:درجه|درجات)?\s*(?:تحت|فوق)\s+الصفر(?![^\W\d_])").match(norm, n.end, right_end):
            return True  # «أدنى درجة حرارة بلغت 2 تحت الصفر»: a temperature
        if raw in _NAMED_SET_WORDS and any(m.start() <= n.start and n.end <= m.end() for m in _NAMED_SET.finditer(
                norm, max(sent[0], n.start - 30), min(sent[1], n.end + 30))):
            return True  # «الصلوات الخمس»، «الدول الست الكبرى»: a set named by its size
        if len(raw) == 4 and raw.isdigit() and 1950 <= int(raw) <= 2040 and _YEAR_THEN_FIGURE.match(norm, n.end, right_end):
            return True  # «استقبلت عملية مرحبا 2018 أزيد من 2,8 مليون مغربي»: the year of a name; the figure follows
        if _TITLED_BEFORE.search(left):
            return True  # «برنامج حواري جديد بعنوان '45 دقيقة'»: a title
        if raw.isdigit() and _search(r"(?<![^\W\d_])[^\W\d_]{2,}(?:ته|تها)\s+ال\s*\Z", left):
            return True  # «سجل المعرض في دورته الـ25 مشاركة …»، «في نسختها الـ12»: its edition, an ordinal
        if raw.isdigit() and _rx(r"\s*\)").match(norm, n.end, right_end) and _search(r"\(\s*ال[^\W\d_]{3,}\s+\Z", left):
            return True  # «فعاليات (الجنادرية 30)»: a name and its edition in brackets
        if raw[:1].isdigit() and _rx(r"\s+قضائيه(?![^\W\d_])").match(norm, n.end, right_end):
            return True  # «الطعن رقم 2741 لسنة 88 قضائية»: a judicial year
        if raw[:1].isdigit() and "شهيد" in left and _MARTYR_NAME.search(left) and _noun_after(norm, n.end, right_end) is None:
            return True  # «نفق الشهيد أحمد حمدي 2»: a place named after a martyr, its number
        if _OVER_AGE_BEFORE.search(left) and (ya := _YEARS_AFTER.match(norm, n.end, right_end)) is not None and not _rx(
                r"\s+(?:من|في)\s+(?!(?:ال)?عمر)").match(norm, ya.end(), right_end):  # (not «الذي أتم ست سنوات من الدراسة»)
            return True  # «الحضور متاح لمن تجاوزوا 18 عاما»، «أن يكون الطفل قد أتم ست سنوات»: an age threshold
        if _is_year_value(raw) and _rx(r"\s+(?:يوم|يومي)\s+\d").match(norm, n.end, right_end):
            return True  # «مهرجان مسقط 2016 يوم 14 يناير»: a year, then a date
        if _is_year_value(raw) and 1900 <= int(raw) <= 2100 and (pw := _NEXT_WORD.match(norm, n.end)) is not None \
                and pw.group("and") is None and _fullmatch(r"[^\W\d_]{2,}ات(?:ه|ها|هم|هن)", pw.group("w")):
            return True  # «اختتم معرض الرياض الدولي للكتاب ٢٠١٥ فعالياته»: a possessed noun is no counted noun
        if _is_year_value(raw) and 1900 <= int(raw) <= 2100 and _search(r"(?<![^\W\d_])[وف]?(?:في|منذ|حتي)\s*\Z", left) and (
                pl := _NEXT_WORD.match(norm, n.end)) is not None and pl.group("and") is None and (
                _PLURAL_SHAPE.fullmatch(pl.group("w")) or pl.group("w") in _LISTED_PLURALS):
            return True  # «شملت المرحلة الثانية في 2014 قرى ذي عين»: a year (a count above ten takes a singular)
        if _is_year_value(raw) and (k := bisect_right(self._num_starts, n.start)) < len(self.nums) and \
                self.nums[k].dual_of is not None and not norm[n.end:self.nums[k].start].strip():
            return True  # «في دورة إنتشون 2014 ميداليتين»: a year, then two of a thing
        if "قو" in left[-8:] and _search(r"(?<![^\W\d_])(?:قوته|قوتها|قوه|بقوه)\s*\Z", left) and _rx(r"\s+(?:حصان|حصانا|احصنه)(?![^\W\d_])").match(
                norm, n.end, right_end):
            return True  # «بمحرك قوته 250 حصانا»: an engine's horsepower
        if "بين" in left[-6:] and _PEOPLE_BETWEEN.search(left) and _rx(r"\s*(?:و|الي)\s*\d+\s+(?:عاما|عام|سنه|سنوات)(?![^\W\d_])").match(norm, n.end, right_end):
            return True  # «نحو 9% من المصريين بين 15 و59 عاما»: an age bracket of the people
        if "اعمار" in left and _AGES_BETWEEN.search(left) and (self.time_noun_before(n, sent) or self.time_noun_after(n, sent)):
            return True  # «تتراوح أعمارهم بين شهر واحد وست سنوات»: ages, not a span
        if left[-3:].strip()[-1:] in ("«", '"', "“") and _CAMPAIGN_QUOTE.search(left) and _search(r"\A[^«»\"“”.،,]{1,30}[»\"”]", norm[n.end:n.end + 32]):
            return True  # «حملة «100 مليون صحة»»: a campaign's name
        if raw[:1].isdigit() and _GRADE_AFTER.match(norm, n.end, right_end):
            return True  # «بمعدل يفوق 16 من 20»، «19.36/20»، «4.96 من 5»: a mark out of twenty (ten, five), not a count
        if raw[:1].isdigit() and "حي" in left[-5:] and _search(r"(?<![^\W\d_])[وفبل]?حي\s*\Z", left) and _rx(r"\s+مسكن(?![^\W\d_])").match(norm, n.end, right_end):
            return True  # «بحي 1200 مسكن»: a housing estate named by its size
        if raw[:1].isdigit() and ":" in norm[max(sent[0], n.start - 150):n.start] and _PHONE_LIST.search(
                norm, max(sent[0], n.start - 150), n.start):
            return True  # «أرقام الطوارئ …: 911 لمركز العمليات، و997 للهلال الأحمر»: numbers to call
        if raw[:1].isdigit() and ")" in left[-4:] and _INITIALS_BEFORE.search(left) and _YEARS_NEXT.match(norm, n.end, sent[1]):
            return True  # «و(ع.ك) 31 سنة»: a suspect named by initials, then his age
        if raw[:1].isdigit() and _PLATE_LETTERS.search(left[-12:]):
            return True  # «لوحة رقم (ب ر ح 4521)»: a number plate's letters, then its digits
        if raw[:1].isdigit() and _LETTER_NAME_BEFORE.search(left):
            return True  # «طائرات إف 16»، «فيروس إتش 1 إن 1»: a Latin letter spelt out names a model or a strain
        if n.value in (100, 1000, 10 ** 6) and not raw[:1].isdigit() and _rx(r"\s+(?:مره|مرات|سؤال)(?![^\W\d_])").match(
                norm, n.end, right_end) and not _search(  # (but «تمت مشاهدته أكثر من مليون مرة»: a count)
                    r"(?:اكثر\s+من|ازيد\s+من|نحو|حوالي|قرابه|زهاء|مشاهد[^\W\d_]*|شوهد|تحميل[^\W\d_]*)\s+\Z", left[-30:]):
            return True  # «سألت نفسي ألف مرة»، «ما قيل مئة مرة»، «ومليون سؤال آخر»: a figure of speech
        if raw in ("واحد", "واحده") and _search(r"(?<![^\W\d_])[وفبل]?كل\s+\Z", left):
            return True  # «لعائلة كل واحد من القتلى»: each one, no count
        if raw == "عده" and _search(r"(?<![^\W\d_])(?:ما|وهو\s+ما|الذي|التي)\s*\Z", left):
            return True  # «وهو ما عده مختصون مؤشرا مقلقا»: the verb «عدّه» (considered it), not «عدة»
        if n.value is None and _search(r"(?<![^\W\d_])(?:هذه|تلك|هذا|هؤلاء)\s+ال\s*\Z", left + raw[:2] if raw.startswith("ال") else left):
            return True  # «كم من هذه المليارات»: the amounts told before, no new figure
        if _PER_EVERY_BEFORE.search(left) or (_OUT_OF_EVERY.match(norm, n.end, right_end)
                                              and self.number_right_after(_OUT_OF_EVERY.match(norm, n.end, right_end).end())):
            return True  # a share: «7 من كل 10 أطفال»، «واحد من كل خمسة أطفال»
        if raw[:1].isdigit() and _search(r"(?<![^\W\d_])[وبل]?ال[^\W\d_]{2,}\s+عدد\s*\Z", left) and (
                _noun_after(norm, n.end, right_end) is None or _rx(r"\s*(?:لسنه|لعام|بتاريخ)(?![^\W\d_])").match(
                    norm, n.end, right_end)):
            return True  # «الأمر الحكومي عدد 316»، «القضية عدد 12453»: a number that names
        if raw[:1].isdigit() and _OUTLET_NAME.search(left) and _noun_after(norm, n.end, right_end) is None:
            return True  # «وأفادت شبكة السويداء 24 بأن …»: an outlet's name
        if raw.isdigit() and _rx(r"\s*(?:هـ|ه)(?![^\W\d_])").match(norm, n.end, right_end):
            return True  # «في 8 محرم 923 هـ»: a Hijri year
        if _is_year_value(raw) and (_PLAN_YEAR_BEFORE.search(left) or 1900 <= int(raw) <= 2100 and _EVENT_NAME_YEAR.search(left)):
            return True  # «رؤية المملكة 2030»، «في أفق 2018»: the year a plan aims at
        if (yrs := _YEARS_OR_MONTHS.match(norm, n.end, sent[1])) and _AGE_APPOSED.search(left) and _rx(
                r"\s*[،,)]").match(norm, yrs.end(), sent[1]):
            return True  # «المتهم يدعى «أحمد. س»، 34 عامًا، عاطل»، «أن المتهم، 31 عامًا، عامل»: an age in apposition
        if (yk := _YEARS_OR_MONTHS.match(norm, n.end, sent[1])) and (kin := _AGE_OF_KIN.search(left)) and not _rx(
                r"\s+(?:من\s+)?(?:ال)?(?:خبره|عمل|خدمه)").match(norm, yk.end(), sent[1]) and not _search(
                r"(?<![^\W\d_])[وفب]*(?:ال)?(?:حبس|سجن|معاقبه|عقوبه|الحكم\s+علي)\s*\Z", left[:kin.start()]):
            # (not «وبحبس شقيقه ٣ سنوات»: his sentence)
            return True  # «والطفلة … 4 سنوات، وشقيقها 7 سنوات»: whose age
        if _YEARS_OR_MONTHS.match(norm, n.end, sent[1]) and _search(
                r"(?<![^\W\d_])(?:اكبر|اصغر)(?:هم|هن|هما|ها)(?:\s+[^\s\d،,.]+)?\s*\Z", left):
            return True  # «أصغر مترشح يبلغ 23 سنة، بينما يبلغ أكبرهم 84 سنة»: an age
        if _YEARS_OR_MONTHS.match(norm, n.end, sent[1]) and _AGE_REACHED.search(left):
            return True  # «عند بلوغ الطفل 12 شهراً»: an age
        if _YEARS_NEXT.match(norm, n.end, sent[1]) and (aged := _PERSON_IS_AGED.search(left[-60:])) is not None and (
                aged.group("w") in _TITLES or (k := _noun_kind(aged.group("w")))[0] in ("trigger:casualties", "trigger:killed")
                or k[0] == "person" and k[1] in L.NOUNS  # (not «وبلغت أقصى عقوبة 20 سنة»: «أقصى» is no nisba)
                or _search(r"(?<![^\W\d_])(?:عمر|سن)(?![^\W\d_])", aged.group())):  # «وبلغ متوسط عمر الزواج 27 عاماً»
            return True  # «فيما تبلغ الضحية ٢٤ عاماً»: how old the person is
        if isinstance(n.value, int) and n.value <= 24 and _CLOCK_AFTER.match(norm, n.end, sent[1]) and _search(
                r"(?<![^\W\d_])(?:ال)?ساعه(?![^\W\d_])", norm[max(sent[0], n.start - 40):n.start]):
            return True  # «من الساعة 4 عصرا حتى 12 منتصف الليل»: a time of day
        if _YEARS_NEXT.match(norm, n.end, sent[1]) and _AGE_PASSED.search(norm, max(sent[0], n.start - 30), n.start):
            return True  # «للفئات التي تجاوزت 65 عاماً»، «لم يتجاوز الـ17 عاماً»: an age
        if _YEARS_NEXT.match(norm, n.end, sent[1]) and _AGE_GOES_BACK.search(norm, max(sent[0], n.start - 120), n.start):
            return True  # «يعود عمر أقدمها إلى ما يزيد عن 800 سنة»: how old a thing is
        if n.dual_of is None:
            if not raw[:1].isdigit() and n.value is not None:
                # a definite number word refers back: «الشهداء الخمسة»; but «السنوات العشر»
                # and «الأربعة أيام» are spans of time
                if _search(r"(?<![^\W\d_])(?:[وفبلك]?ال|لل)\Z", norm[max(0, n.start - 4):n.start]) \
                        and not self.time_noun_before(n, sent) and not self.time_noun_after(n, sent) \
                        and (_search(r"(?<![^\W\d_])[وفبل]?ال[^\W\d_]+\s+(?:[^\W\d_]+(?:هم|هن|هما)\s+)?(?:[وفبلك]?ال|لل)\Z", left) or not (
                            # («المقبوض عليهم الأربعة متورطون»: a definite phrase and its pronoun, then the number)
                            (w := _NOUN_WORD.match(norm, n.end, sent[1])) and
                            _noun_kind(w.group("w"), strict=True)[0] not in ("none", "measure"))) \
                        and (self.said_before(n) or not (self.person_noun_before(n) or self.things_before(n) is not None
                                                         or self.plural_things_before(n) is not None)) \
                        and not _search(r"(?:عتبه|حاجز|سقف)\s+(?:ال)?\Z", norm[max(0, n.start - 12):n.start]):
                    # (but «ونقل جثامين المتوفين التسعة»: the first time nine are told, a claim;
                    # «تجاوز عتبة المليون»: a threshold's value)
                    return True
                if raw in ("واحد", "واحده", "واحدا") and _rx(r"\s+من\s+(?:ال|ا[^\W\d_]{2}ي?\s)").match(norm, n.end, sent[1]) \
                        and _rx(r"(?<![^\W\d_])(?:في|ب|هي|هو|تعد|يعد|كانت|كان)\s*\Z").search(norm, max(sent[0], n.start - 8), n.start):
                    return True  # «في واحدة من أغلى صفقات الصيف»، «هي واحدة من الدول»: one of, no count
                if raw in ("واحد", "واحده", "واحدا"):
                    # «أسبوع واحد»، «جندي أفغاني واحد»، «وفاة واحدة» count one;
                    # «عائلة واحدة»، «واحدا من» are an adjective and «one of»
                    if self.noun_before_one(n, sent) is not None:
                        return False
                    if _CURRENCY.match(norm, n.end, sent[1]):
                        return False  # «واحد ريال» (as number-to-words tools write it): one riyal
                    if norm[n.start - 1:n.start] == "و" and _LIST_OF_PART.search(norm, max(sent[0], n.start - 50), n.start):
                        return False  # «٣ حالات، اثنتان منها في الرياض وواحدة في الأحساء»: the last of a breakdown
                    if _OF_THEM_PEOPLE.match(norm, n.end, n.end + 8) and not _search(
                            r"(?<![^\W\d_])[لب]?كل\s*\Z", norm[max(0, n.start - 6):n.start]) and (
                            t := self.first_in_sentence(_TRIGGER, sent[0])) is not None and t.start() < n.start:
                        return False  # «نقل المصابين الثلاثة، واحد منهم حالته حرجة»: one of those counted
                    if _SUBSET_BEFORE.search(norm, max(sent[0], n.start - 12), n.start) and (
                            t := self.first_in_sentence(_TRIGGER, sent[0])) is not None and t.start() < n.start:
                        return False  # «أصيب ثلاثة عناصر بجروح، بينهم واحد في حالة حرجة»: one of those counted
                    of = _ONE_OF_THEM.match(norm, n.end, sent[1])  # «قتل واحد من الجنود»
                    return not (of and (_noun_kind(of.group("w"))[0] == "person"
                                        or _noun_kind(of.group("w"))[0].startswith("trigger:")))
            if raw[:1].isdigit() or raw[:1] == "-":
                before = norm[max(0, n.start - 12):n.start]
                glued = _search(r"[^\W\d_]+\Z", before)
                if glued and not _ATTACHED.fullmatch(glued.group()) and glued.group() not in L.NOT_NOUNS \
                        and not _QUAL_BEFORE.search(before):
                    return True  # بي29، C4
                if _search(r"[^\W\d_]\s?[-_/]\Z|\d[-/]\Z|[A-Z]{2,}\s\Z", before) or _match(r"[-_]?[A-Za-z]", norm[n.end:n.end + 2]):
                    return True  # إف-16، كوفيد-19
                if _match(r"\s?[:/]\s?\d|/[^\W\d_]", norm[n.end:n.end + 4]) or _search(r"\d\s?[:/]\s?\Z", before):
                    return True  # 9:31، 14/3، «تحت عدد 1254/ش.ق»: a file number
                if _match(r"\s?[.\-]\s?\d+\s?[.\-]\s?\d", norm[n.end:n.end + 12]) or _search(
                        r"\d\s?[.\-]\s?\d+\s?[.\-]\s?\Z", norm[max(0, n.start - 12):n.start]):
                    return True  # 14-9-1431
                digits = _sub(r"\D", "", raw)
                if len(digits) >= 8 and _fullmatch(r"\d+", raw) or (
                        raw.startswith("0") and len(digits) >= 4 and "." not in raw):
                    return True  # a phone or account number
                if _match(r"\s*\+", norm[n.end:n.end + 2]) or left.endswith("+"):
                    return True
                if _match(r"\s*[»\"”]", norm[n.end:n.end + 2]) and _search(
                        r"[«\"“][^«»\"“”]*[^\W\d_][^«»\"“”]*\Z", left):
                    return True  # a quoted name ending in a number: «بوينغ 777»
        label = _NOT_CLAIM_BEFORE.search(left)
        if label and label.group("w") == "عمر" and _rx(r"(?<![^\W\d_])(?:الذي|التي|الذين|اللذين|قد|وقد|ان)\s+\Z").search(
                left, max(0, label.start("w") - 8), label.start("w")):
            label = None  # «عقد التدبير المفوض الذي عمر 15 سنة»: «عمّر», it lasted (a verb), not an age
        if label and label.group("w") == "سنه" and self.counted_by_number(n.start - len(left) + label.start("w")):
            label = None  # «بين 15 و24 سنة 35,9 في المائة»: «سنة» counted, not «سنه» (his age)
        year_word = label is not None and label.group("w") == "سنه" and not _is_year_value(raw) and self.written_with_ta(
            n.start - len(left) + label.end("w") - 1)  # «هذه السنة 34 ألفا»: the year (a count after it), not his age
        if label and label.group("w") in ("كيلو", "الكيلو") and _CURRENCY.match(norm, n.end, right_end):
            label = None  # «كيس زنة 40 كيلو 40 ريالا»: a price after the weight, not a kilometre mark
        if label and label.group("w") == "مجموعه" and _search(r"(?<![^\W\d_])[وفب]*ما\s+\Z", left[:label.start("w")]):
            label = None  # «ما مجموعه 46 سنة»: a total, not «مجموعة» (a group's name)
        if label and label.group("w") == "عمره" and "ال" in left[label.start():label.start("w")]:
            label = None  # «موسم العمرة 5.8 مليون»: the umrah, not «عمره» (his age)
        if label and n.dual_of is None and (_search(r"\d\s*[^\W\d_]", raw) or _search(
                r"\d[.,]\d", raw) and label.group("w") not in ("رقم", "الرقم", "القانون", "قانون", "الماده", "ماده", "الفصل", "البند",
                                                  "الموجه", "موجه", "التردد", "تردد") or (  # («على الموجة 101.5»)
                not raw[:1].isdigit() and n.value is not None and n.value >= 10 ** 6)) and _NOT_CLAIM_WHY[
                label.group("w")] in ("identifier", "year"):
            # «خلال الأسبوع ٤٫٨ مليار ريال»، «الوصول إلى رقم مليون رحلة»: a label names a plain integer
            label = None
        if label and (n.kind == "percent" or n.dual_of is not None) and _NOT_CLAIM_WHY[label.group("w")] == "identifier":
            label = None  # «ويتحمل الصندوق 50٪ من الراتب»: a label names no share; «استمرت الجلسة ساعتين»: nor a dual
        if label and _NOT_CLAIM_WHY[label.group("w")] == "identifier" and (
                w := _NOUN_WORD.match(norm, n.end, sent[1])) and ((
                k := _noun_kind(w.group("w"), strict=True))[0] in ("person", "item", "known_item", "trigger:killed", "trigger:injured")
                or k[0].startswith("time:") and label.group("w") not in ("رقم", "الرقم", "برقم")
                and not _rx(r"\s*\d").match(norm, w.end(), sent[1])) \
                and (k[1] in L.NOUNS or k[0].startswith("trigger:")) \
                and not (w.group("w").startswith("و") and not k[1].startswith("و")) \
                and label.group("w") not in ("بنتيجه", "بحصه", "الماده", "ماده", "البند") and w.group("w") != "حي" \
                and not (_search(r"\d[.,]\d", raw) and label.group("w") in ("رقم", "الرقم", "برقم", "القانون", "قانون")) \
                and not _search(r"(?<![^\W\d_])[وفبل]?(?:ال)?طريق(?:\s+[^\W\d_]+)?\s+(?:رقم|الرقم)\s*\Z", left) and not (
                    w.group("w").startswith(("لل", "ل", "ب")) and not w.group("w").startswith(k[1][:3])) \
                and not ("الكيلو" in label.group() and _search(r"(?<![^\W\d_])(?:عند|في|بعد|قبل)\s*\Z", left[:label.start()])):
            # (but «عند الكيلو 45 حادثاً»: a kilometre marker; «بزنقة 14 حي الرياض»: the street, then the quarter;
            # a clitic «ل/ب» is a preposition, a root «ل» a noun: «خلال الأسبوع 42 لغما»)
            # «وتضم القائمة 320 مرشحا»، «مجموعة 20 شخصا»، «وسيّر المركز 8 طائرات»، «أمهلت المحلات القائمة 3 أشهر»:
            label = None  # a label names no people, things or spans of time
        if label and _NOT_CLAIM_WHY[label.group("w")] == "identifier" and label.group("w").endswith(("بنزين", "حاجز")) \
                and (_CURRENCY.match(norm, n.end, right_end) or n.kind == "percent"):
            label = None  # «تجاوز سعر البنزين 15 درهما»: a price, not the grade «البنزين 95»; «تجاوز حاجز 2000 ريال»
        if label and _NOT_CLAIM_WHY[label.group("w")] == "time" and _CURRENCY.match(norm, n.end, right_end):
            label = None  # «تجاوز السرعة بأكثر من 50 كيلومترا في الساعة 700 درهم»: a sum, no time of day
        if label and _NOT_CLAIM_WHY[label.group("w")] == "age" and not _is_year_value(raw) and (
                na := _noun_after(norm, n.end, sent[1])) is not None \
                and na.kind in ("item", "known_item") and na.key in L.NOUNS:
            label = None  # «عربات الجولف المخصصة لكبار السن 4,600 عربة»: things counted, no age
        if label and n.kind != "percent":  # («لهذه السنة (67,82) في المائة»: a share, not a label's number)
            why = "year" if year_word else _NOT_CLAIM_WHY[label.group("w")]
            yearlike = isinstance(n.value, int) and 1000 <= n.value <= 2200 and raw not in _TWO_THOUSAND_OF
            # («خلال أيام الحج ألفي رحلة»: the construct «two thousand of» counts; a year is «ألفين»)
            if why == "year" and yearlike and (na := _noun_after(norm, n.end, sent[1])) is not None \
                    and (na.kind.startswith("trigger:") or na.kind == "person" and norm[na.start:na.end].endswith(("ا", "ه"))
                         and not norm[na.start:na.end].endswith("يا")) \
                    and not na.partitive or why == "year" and yearlike and _search(r"(?<![^\W\d_])(?:هذا|هذه)\s+\Z", left[:label.start()]) \
                    and (na := _noun_after(norm, n.end, sent[1])) is not None and na.kind in ("item", "known_item", "person") \
                    and norm[na.start:na.end].endswith("ا"):  # (an accusative person: «1340 متبرعاً»; not «عام 1990 طالب اللجوء»)
                # («هيأ هذا العام (1250) جامعاً»: «this year» is whole, the figure after it counts)
                pass  # «منذ مطلع العام ١٨٧٠ حالة إصابة»، «مستشفى الملك فهد العام 1340 متبرعاً»، «العام 1200 عاملة»: a count
            elif why not in ("year", "age_years") or why == "year" and yearlike:
                return True
        if _AGE_LIMIT.search(left) and _rx(r"(?<![^\W\d_])(?:عمر|سن)(?:ه|ها|هم)?(?![^\W\d_])").search(
                norm, max(sent[0], n.start - 90), n.start) and self.time_noun_after(n, sent):
            return True  # «ألا يزيد عمر المتقدم على ٣٥ عاما، وألا يقل عن ٢٠ عاما»: the second bound of an age
        if (_YEARS_NEXT.match(norm, n.end, sent[1]) or _rx(r"\s*(?:الي|حتي)\s*\d+\s*(?:سنه|سنوات|عاما|عام)(?![^\W\d_])").match(
                norm, n.end, sent[1])) and _AGE_CHANGED.search(norm, max(sent[0], n.start - 70), n.start):
            return True  # «يرفع سن الإحالة على التقاعد تدريجيا من 60 إلى 63 سنة»: an age moved, not a span
        if "اعمار" in left and _AGES_THEN_BOUND.search(left) and self.time_noun_after(n, sent):
            return True  # «وأن أعمار 30 في المائة منهم تقل عن 18 سنة»: the ages of some, bounded
        if _AGE_OF_WHOM.search(left) or _search(r"(?<![^\W\d_])(?:ذو|ذات|ذي|ذوي|ذوو)\s*(?:ال)?\s*\Z", left) and \
                _YEARS_OR_MONTHS.match(norm, n.end, sent[1]):
            return True  # «الطفل ذو الأعوام الستة»، «الطفلة ذات 8 سنوات»: an age
        age = _AGE_BEFORE.search(left)
        while age is not None and (nearer := _AGE_BEFORE.search(left, age.end("w"))) is not None:
            age = nearer  # «دون سن الخامسة وكبار السن فوق ٦٥ عاما»: the nearest age word is the figure's
        if age and (n.dual_of is not None and _noun_kind(n.dual_of)[0] in ("item", "known_item") or (
                na := _noun_after(norm, n.end, sent[1])) is not None and na.kind in ("item", "known_item")):
            age = None  # «عمر السومة 22 هدفا»، «عمر السومة هدفين»: Omar, not an age; an age counts years
        if age and n.kind == "percent":
            age = None  # «نسبة من تلقوا اللقاح من كبار السن بلغت زهاء 70 في المئة»: a share is no age
        if age and (na := _noun_after(norm, n.end, sent[1])) is not None and na.kind in ("time:hour", "time:minute", "time:day", "time:week"):
            age = None  # «لمريض في الخمسين من عمره استغرقت 9 ساعات»: a span, not an age
        if age and _SINCE_BEFORE.search(left):
            age = None  # «في العقد الرابع من العمر مفقود منذ ثلاثة أيام»: a span since, not the age
        if age and _rx(r"(?<![^\W\d_])(?:لمده|مده|طيله|طوال|علي\s+مدي)\s+\Z").search(left):
            age = None  # «تجديد عقد المهاجم عمر السومة لمدة ثلاث سنوات»: a term, Omar no age
        if age and any(self.is_event(t) and not norm[t.start():t.start("trig")].endswith("ال")
                       for t in _TRIGGER.finditer(norm, n.start - len(left) + age.end("w"), n.start)):
            # (not «يبلغ عمر المصاب 24 عاما»: whose age, a noun)
            age = None  # «سيدة في السبعينات من عمرها حتفها وأصيب أربعة»: an event between, a new clause
        if age and _TERM_AFTER.match(norm, n.end, right_end):
            age = None  # «شاباً في الرابعة والعشرين من عمره بستة أشهر حبساً نافذاً»: his sentence
        if age and (na := _noun_after(norm, n.end, right_end)) is not None and not na.partitive and (
                na.kind == "person" and na.key in L.NOUNS or na.kind.startswith("trigger:")):
            age = None  # «ستة رضع دون عمر السنة وخمسة مسنين»: people counted after, no age
        if age and (self.number_between(n.start - len(left) + age.start(), n.start)
                    or self.counted_by_number(n.start - len(left) + age.start())
                    or age.group("w") in ("عمره", "سنه")
                    and self.written_with_ta(n.start - len(left) + age.end("w") - 1)):
            # «فوق سن الثلاثين تبلغ 25 في المئة»: the age is the number between;
            # «46 سنة على 9 متهمين»: «سنة» is a year counted, not «سنه» (his age); «موسم عمرة
            # هذا العام تجاوز 6 ملايين» was written with «ة»: the umrah, not «عمره» (his age)
            age = None
        number_label = n.kind != "percent" and _NUMBER_LABEL.search(left) and not _CURRENCY.match(norm, n.end, right_end) and not (
            (na := _noun_after(norm, n.end, right_end)) is not None and na.kind.startswith("trigger:"))
        # («رقم معاملات 76,4 مليار درهم»; not «روّجت الروايات لرقم 254 قتيلاً»)
        first = self.list_head(n) if raw[:1].isdigit() else None
        if first is not None and (head_label := _NOT_CLAIM_BEFORE.search(norm, max(sent[0], first - 40), first)) \
                and _NOT_CLAIM_WHY[head_label.group("w")] == "identifier" and not (
                    (na := _noun_after(norm, n.end, sent[1])) is not None and not na.partitive
                    and (na.kind == "person" or na.kind.startswith("trigger:"))):
            return True  # «طبقا للفصول 293 و294 و509»: a list of articles (not «رقم 308، 14 ضحية»)
        if number_label or age or "رحله" in left and _FLIGHT_CODE.search(left):
            return True
        if n.kind != "percent" and isinstance(n.value, int) and not _search(r"\d[.,٬]\d", raw) and (
                mb := _MONTH_BEFORE.search(left)) and not (
                31 < n.value and not 1000 <= n.value <= 2200) and not (
                _search(r"[،,]", mb.group()) and not (_is_year_value(raw) and (
                    mb.group("m") in _HIJRI_MONTHS or 1900 <= n.value <= 2100))) \
                and not ((acc := _ACCUSATIVE_AFTER.match(norm, n.end, right_end))
                         and ((k := _noun_kind(acc.group("w"), strict=True))[0] in ("person", "known_item")
                              and (k[0] == "known_item" or k[1] in L.NOUNS) or k[0].startswith("trigger:"))) \
                and not _rx(r"\s+(?:حاله|حالات)\s+[^\W\d_]").match(norm, n.end, right_end) and not (  # (nor «رمضان 1340 حالة إجهاد»)
                    not (1380 <= n.value <= 1470 or 1900 <= n.value <= 2100) and (w2 := _NOUN_WORD.match(norm, n.end, right_end))
                    and _noun_kind(w2.group("w"), strict=True)[0] in ("known_item", "person", "item")):
                # (nor «شهر رمضان 1327 مخالفة»، «نفذت خلال شهر رمضان ١٢٤٠ جولة»)
            # (not «نوفمبر 2015 داعياً»: a verb's adverb)
            # «مارس 1975»، «أكتوبر 12»; not «خلال شهر أكتوبر 563 صفقة», «شهر رمضان ١٢٤٧ بلاغاً»,
            # «من 12 إلى 18 شتنبر، 1126 حادثة» (a comma, then no year)
            return True
        if raw[:1].isdigit() and (_PRISON_NAME.search(left) or n.value is not None and n.value < 10 and _search(
                r"(?<![^\W\d_])(?:ال)?سجن\s+[^\W\d_]{3,}\s*\Z", left) and _noun_after(norm, n.end, right_end) is None):
            return True  # «بالسجن المحلي عين السبع 1»، «العرجات 2»: a prison's name
        if _QUOTED_NAME.search(left) and _QUOTE_END.match(norm, n.end, right_end) and not raw[:1].isdigit() \
                and not _TRIGGER.search(norm, max(sent[0], n.start - 16), n.start):  # (not «ماتوا تلاتة قدام عيني»)
            return True  # «مليون محفظة»، «100 مليون صحة»: a campaign's name
        if raw[:1].isdigit() and n.kind != "percent" and _search(r"(?<![^\W\d_])[وفبل]?ال\s*[«\"'(]?\s*\Z", left) \
                and not self.time_noun_before(n, sent) and not self.time_noun_after(n, sent) \
                and not ((self.person_noun_before(n) or self.plural_things_before(n) is not None) and not self.said_before(n)) \
                and not ((na := _noun_after(norm, n.end, right_end)) is not None and _rx(r"\s+").fullmatch(norm, n.end, na.start)
                         and (na.kind == "person" and na.key in L.NOUNS or na.kind.startswith("trigger:"))
                         and not self.said_before(n)):
            return True  # «الطائرة الإغاثية الـ13»: an ordinal written in digits (not «الناجين الـ28»، «المطارات الـ27»,
            # nor «قرابة الـ200 مهاجر»، «عدد الضحايا الـ 50 قتيلا»: people counted follow)
        if _rx(r"\s+ربيعا(?![^\W\d_])").match(norm, n.end, right_end):
            return True  # «الطالبة ذات 17 ربيعا»: springs told for years of age
        if _rx(r"(?<![^\W\d_])(?:ابن|ابنه|بنت)\s+\Z").search(left) and _YEARS_AFTER.match(norm, n.end, right_end):
            return True  # «والتحق بصفوف المقاومة وهو ابن 17 عاما»: his age
        if _EACH_AGED_BEFORE.search(left) and _YEARS_AFTER.match(norm, n.end, right_end):
            return True  # «طفلان شقيقان …، ويبلغ أحدهما 7 سنوات والآخر 5 سنوات»: their ages
        if isinstance(n.value, int) and _ERA_AFTER.match(norm, n.end, right_end):
            return True  # «في نحو عام 980 للميلاد»، «سنة 620 ميلادية»: a year of an era
        month_after = _MONTH_AFTER.match(norm, n.end, right_end)
        if not month_after and isinstance(n.value, int) and 1 <= n.value <= 31 and (
                days := _MORE_DAYS.match(norm, n.end, right_end)):
            month_after = _MONTH_AFTER.match(norm, days.end(), right_end)  # «أيام 3 و4 و5 يونيو»
        if month_after and isinstance(n.value, int) and (1 <= n.value <= 31 or 1000 <= n.value <= 2200) and (
                n.dual_of is None):  # (not «أفرجت عن رهينتين الشهر الماضي»: a dual is no day)
            return True
        if _TIME_OF_DAY.match(norm, n.end, right_end) and isinstance(n.value, (int, float)) and n.value <= 24 and (
                raw[:1].isdigit() or "ساعه" in left[-16:]):
            return True  # (a number word needs «الساعة»: «انتحاريين اثنين فجرا حزاميهما» is a verb)
        if n.value in _HOTLINES and (hl := _search(r"(?:\(|رقم|الرقم|هاتف|الهاتف|الخط|علي|الاتصال|اتصال|الموحد)\s*\Z", left)) and not (
                (na := _noun_after(norm, n.end, sent[1])) is not None and (
                    hl.group().startswith("علي") and na.kind in ("item", "known_item", "person")
                    or hl.group().startswith("(") and na.kind == "person")):  # (nor «عينت (940) معلماً»)
            return True  # «غرفة العمليات (997)»: a phone number (not «موزعة على 112 رزمة»)
        if isinstance(n.value, float) and (g := _GRADE_OUT_OF.match(norm, n.end, right_end)) and \
                n.value <= int(g.group("of")):
            return True  # «أعلى معدل وطني 19,68 من 20»: a mark
        if n.value in (10, 20) and (g := _GRADE_OUT_OF_BEFORE.search(left)) and float(
                g.group("mark").replace(",", ".")) <= n.value:
            return True  # … and the «20» it is out of
        if _AGE_AFTER.match(norm, n.end, right_end):
            return True  # «طفل في الـ(12) من عمره»
        if "(" in left and _search(r"\(\s*(?:\d+\s*و\s*)?\Z", left) and _AGES_IN_BRACKETS.match(
                norm, n.end, right_end) and not _search(r"(?:سجن|المؤبد|حبسا|حبس|عقوبه|حكم)\s*\(\s*\Z", left):
            return True  # «الشقيقان (12 و14 عاماً)»
        if n.kind == "cardinal" and _YEARS_OR_MONTHS.match(norm, n.end, sent[1]) and _search(r"(?<![^\W\d_])عند\s*\Z", left):
            return True  # «والجرعة الثانية عند 18 شهراً»: an age
        if _TIMES_OVER.search(left) and _rx(r"\s*(?:مره|مرات)(?![^\W\d_])").match(norm, n.end, right_end):
            return True  # «أكثر عرضة للسمنة بمقدار 1.5 مرة»، «تضاعفت أربع مرات»: a multiple, no count
        if _HOUR_WORD_AND.search(left) and _MINUTES.match(norm, n.end, right_end):
            return True  # «عند السادسة وسبع دقائق»: a time of day
        if "ساعه" in left and _CLOCK_MINUTES.search(left) and _MINUTES.match(norm, n.end, right_end):
            return True  # «على الساعة 11 و32 دقيقة»، «الساعة الرابعة وعشر دقائق»
        return False

    def noun_before_one(self, n: _Num, sent: tuple[int, int]) -> Optional[_Noun]:
        """The noun that «واحد» follows, when it counts people, time or money."""
        if _match(r"\s*من\s+(?:كل|بين|اصل)(?![^\W\d_])", self.norm[n.end:n.end + 12]):
            return None  # «واحد من كل خمسة أطفال»: a ratio (but «أسبوع واحد من الحادث» is a week)
        if self.norm[max(0, n.start - 2):n.start] == "ال":
            return None  # «الساعة الواحدة»: a clock time, «الدولار الواحد»: a unit
        m = _WORD_BEFORE.search(self.norm, max(sent[0], n.start - 25), n.start)
        if not m or m.group("w") == "لليله":
            return None  # («للإيداع لليلة واحدة»: the overnight rate)
        t = _TRIGGER.match(self.norm, m.start("w"))
        if t and t.end() == m.end("w") and L.TRIGGERS[t.group("trig")][1] != "noun":
            return None  # «توفي اثنان منهم»: a verb, not the noun counted
        for w in (m, _WORD_BEFORE.search(self.norm, max(sent[0], m.start() - 25), m.start())
                  if m.group("w").endswith(("ي", "يا")) else None):
            cur = w and _CURRENCY_ANY.fullmatch(self.norm, w.start("w"), w.end("w"))
            if cur:  # «دولار واحد»، «ريال سعودي واحد»: one of a currency
                return _Noun(cur.start("c"), cur.end("c"), "currency", cur.group("c"))
        kind, key = _noun_kind(m.group("w"))
        dual = next((L.DUALS[r] for _, r in P.clitic_splits(m.group("w")) if r in L.DUALS), None)
        if dual is not None:  # «بحارين اثنين»: the dual of a listed noun
            kind, key = _noun_kind(dual)
        if kind in ("item", "person") and key not in L.NOUNS and key.endswith(("يه", "يا", "ي")) \
                and not m.group("w").startswith(("ال", "وال")) and (m2 := _WORD_BEFORE.search(
                self.norm, max(sent[0], m.start() - 25), m.start())) and _noun_kind(m2.group("w"))[0] == "known_item":
            m = m2  # «ميدالية برونزية واحدة»، «مستشفى حكوميا واحدا»: skip the adjective
            kind, key = _noun_kind(m.group("w"))
        if kind == "person" and key.endswith("ي"):  # «جندي أفغاني واحد»: skip the adjective
            m2 = _WORD_BEFORE.search(self.norm, max(sent[0], m.start() - 25), m.start())
            if m2 and _noun_kind(m2.group("w"))[0] in ("person",) or m2 and _noun_kind(
                    m2.group("w"))[0].startswith("trigger:"):
                m = m2
                kind, key = _noun_kind(m.group("w"))
        if kind == "person" or kind.startswith(("trigger:", "time:")) or kind == "measure" and key == "نقطه" and \
                _TALLY.search(self.norm, max(sent[0], m.start() - 30), m.start()):
            return _Noun(m.start("w"), m.end("w"), kind, key)  # (and «رصيده عند نقطة واحدة»: a tally)
        if kind == "known_item" and not _search(r"(?<![^\W\d_])(?:من|في|ب|ل|علي|عن|الي|مع|داخل|مقابل)\s*\Z",
                                               self.norm[max(sent[0], m.start() - 7):m.start()]) \
                and not (m.group("w")[:1] in ("ب", "ل", "ك") and _noun_kind(m.group("w")[1:])[0] == "known_item") \
                and not m.group("w").startswith(("ال", "وال")) \
                and key not in ("دفعه", "مره", "جمله", "لحظه"):
            # (not «من عائلة واحدة»: of one family; «مقابل شوط واحد»: a score; «دفعة واحدة»: at once)
            return _Noun(m.start("w"), m.end("w"), kind, key)  # «خسر مباراة واحدة»، «سرير واحد لكل 1000 نسمة»: one thing
        return None

    def noun_before_several(self, n: _Num, sent: tuple[int, int]) -> Optional[_Noun]:
        """The plural that «عدة» follows («أحياء عدة»): people, known things or time."""
        m = _WORD_BEFORE.search(self.norm, max(sent[0], n.start - 25), n.start)
        if not m or m.group("w").startswith(("ال", "وال", "بال", "لل")):
            return None
        t = _TRIGGER.match(self.norm, m.start("w"))
        if t and t.end() == m.end("w") and L.TRIGGERS[t.group("trig")][1] != "noun":
            return None  # «أصيب عدة»: a verb
        kind, key = _noun_kind(m.group("w"), strict=True)
        if kind in ("person", "known_item") or kind.startswith(("time:", "trigger:")):
            return _Noun(m.start("w"), m.end("w"), kind, key)
        return None

    def time_noun_before(self, n: _Num, sent: tuple[int, int]) -> Optional[_Noun]:
        """«السنوات العشر»، «الساعات الـ48»، «أسبوع واحد»: the unit stands before."""
        m = _WORD_BEFORE.search(self.norm, max(sent[0], n.start - 25), n.start)
        if not m:
            return None
        kind, key = _noun_kind(m.group("w"))
        if not kind.startswith("time:") and m.group("w").startswith("ال") and (
                c := _CONSTRUCT_TIME_BEFORE.search(self.norm, max(sent[0], n.start - 40), n.start)):
            m = c  # «أيام التشريق الثلاثة»، «أيام العيد الثلاثة»: a span named by its genitive
            kind, key = _noun_kind(m.group("w"))
        if not kind.startswith("time:"):
            return None
        if L.NOUNS.get(key, ("", ""))[1] == "dual" and not _rx(r"\s*(?:واحد|واحده|واحدا)\Z").match(
                self.norm, n.start, n.end):
            return None  # «اليوم المئة والخمسين» is a day's rank; «الأيام العشرة» a span
        return _Noun(m.start("w"), m.end("w"), kind, key)

    def time_noun_after(self, n: _Num, sent: tuple[int, int]) -> bool:
        m = _NOUN_WORD.match(self.norm, n.end, sent[1])
        return bool(m) and _noun_kind(m.group("w"))[0].startswith("time:")

    def is_year(self, n: _Num, noun: Optional[_Noun]) -> bool:
        """«أحداث 2021 في أفغانستان»: four digits in a year's range, counting nothing known."""
        raw = self.norm[n.start:n.end]
        if not _fullmatch(r"\d{4}", raw):
            return False
        y = int(raw)
        if not (1900 <= y <= 2100 or 1350 <= y <= 1500):  # Gregorian or Hijri
            return False
        if _CURRENCY.match(self.norm, n.end) or _SIGN_AFTER.match(self.norm, n.end):
            return False  # «1900 ريال»
        if (other := _RANGE_TO_NUMBER.match(self.norm, n.end)) and _CURRENCY.match(self.norm, other.end()):
            return False  # «غرامة من 2000 إلى 10 آلاف درهم»: a range of sums
        if _OF_THEM_AFTER.match(self.norm, n.end):
            return False  # «سيجري تدريب 1500 منهم»: some of those counted, no year
        floor = max(self.sentence_of(n.start)[0], n.start - 90)
        if _SUBSET_BEFORE.search(self.norm, max(floor, n.start - 14), n.start):
            return False  # «2059 مصابا، من بينهم 1404 في حالة خطيرة»: some of those counted
        if _search(r"(?<![^\W\d_])(?:الي|حتي)\s*\Z", self.norm[max(floor, n.start - 6):n.start]) and (
                toll := _TOLL_OF.search(self.norm, floor, n.start)) and not _search(r"\d", self.norm[toll.end():n.start]):
            return False  # «ارتفاع عدد الوفيات في مناطق المعارضة إلى 1930»: the toll's value
        if 1900 <= y <= 2100 and _search(r"(?<!\d)(?:19|20)\d\d\s*(?:و|،|,)\s*\Z", self.norm[max(0, n.start - 10):n.start]):
            return True  # «بعد لقبي 2009 و2011 رفقة فريقه»: the next of two years
        if (k := bisect_left(self._num_starts, n.start) - 1) >= 0 and not _is_year_value(
                self.norm[self.nums[k].start:self.nums[k].end]) and _rx(r"\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+و\s*").fullmatch(
                    self.norm, self.nums[k].end, n.start) and noun is not None and noun.key in L.NOUNS:
            return False  # «وزعت 4500 سلة غذائية و2000 بطانية»: the next count of a list, no year
        if noun is not None and self.norm[noun.start:noun.end] in ("وحدها", "وحدهم", "وحدهن", "وحدهما", "فقط"):
            noun = None  # «تم تفكيكها منذ 2013 وحدها»: «alone», not «وحدة» (a unit)
        if noun is None or noun.kind in ("item", "known_item") and self.norm[noun.start] in ("و", "ف", "ب", "ل", "ك") and (
                noun.key not in L.NOUNS or not self.norm.startswith(noun.key[:3], noun.start)):
            # (not «1410 لوائح»: a listed noun, its own first letter; «باريس 2024 ببعثة»: a clitic on a listed noun)
            return True  # «كأس العالم 2018 وكأس آسيا»: the word after begins the next phrase
        # «منذ عام 2012 بناء على …» is a year, «عبر 2000 رحلة» a count; «مكنت منذ 2002 من تفكيك 158
        # خلية»: «من» and a word no lexicon counts is the verb's object, not a part of the figure
        return noun.kind == "item" and (not noun.partitive or noun.key not in L.NOUNS) and bool(
            _YEAR_BEFORE.search(self.norm, max(0, n.start - 12), n.start))

    def is_age(self, n: _Num, noun: _Noun, sent: tuple[int, int]) -> bool:
        """«ابنه (17) عاماً»، «ريم (11 عاماً)»: years in brackets right after a person; «علي دوابشة (18
        شهراً)»: months in brackets too."""
        if noun.kind == "time:month" and _match(r"\s*\)", self.norm[noun.end:noun.end + 3]) and (
                b := _AGE_NOUN_BEFORE.search(self.norm, max(sent[0], n.start - 25), n.start)) and (
                _noun_kind(bw := _WORD.search(b.group()).group())[0] == "person"
                or not bw.startswith(("ال", "ب", "ل")) and _noun_kind(bw)[0] == "item" and bw not in L.NOUNS):
            return True  # (a person or a name before the brackets; not «بالسجن (18 شهرا)»، «الهدنة (3 أشهر)»)
        if noun.kind == "time:month" and _AGE_THEN_MONTHS.search(self.norm, max(sent[0], n.start - 40), n.start):
            return True  # «البالغ من العمر 17 عاماً و4 أشهر»
        if noun.kind in ("time:year", "time:month", "time:day", "time:week") and (
                b := _AGE_VERB_BEFORE.search(self.norm, max(sent[0], n.start - 25), n.start)) and (
                (k := _noun_kind(b.group("w"))[0]) == "person" or k.startswith("trigger:")):
            return True  # «لطفل يبلغ 10 أشهر»: how old a person is
        if noun.kind != "time:year":
            return False
        if (b := _AGE_VERB_FIRST.search(self.norm, max(sent[0], n.start - 30), n.start)) and (
                _noun_kind(b.group("w"))[0] == "person" or b.group("w") in ("المجني", "الجاني")):
            return True  # «فيما يبلغ المجني عليه 45 عاماً»
        if _AGE_AT_DEATH.search(self.norm, max(sent[0], n.start - 70), n.start):
            return True  # «وتوفي في أبريل 2013 عن 53 عاما»
        if _REACHED_AGE_BEFORE.search(self.norm, max(sent[0], n.start - 16), n.start):
            return True  # «تشغيل من أتم 15 عاما»
        if isinstance(n.value, int) and n.value < 120 and _rx(r"\s*[،,]").match(self.norm, noun.end) and (
                c := _rx(r"[^\W\d_]\s*[،,]\s*\Z").search(self.norm, max(sent[0], n.start - 4), n.start)) and any(
                ((k := _noun_kind(w))[0] == "person" and k[1] in L.NOUNS or k[0].startswith("trigger:"))
                for w in _WORD.findall(self.norm, max(sent[0], c.start() - 45), c.start() + 1)[-4:-1]):
            return True  # «الطالب عبدالعزيز العتيبي، 17 عاماً،»: a person, a name, the years between commas
        if noun.start < n.start and (_AGE_BEFORE.search(self.norm, max(sent[0], noun.start - 40), noun.start)
                                     or _AGES_OF_BEFORE.search(self.norm, max(sent[0], noun.start - 40), noun.start)):
            return True  # «رضع لم تتجاوز أعمارهم سنة واحدة»: an age
        m = _AGE_NOUN_BEFORE.search(self.norm, max(sent[0], n.start - 25), n.start)
        w = _WORD.search(m.group()).group() if m else ""
        if w in ("المؤبد", "مؤبد", "السجن", "سجن", "حبسا", "الحبس"):
            return False  # «بالسجن المؤبد (25 عاما)»: the term
        if _search(r"\(\s*\Z", self.norm[max(0, n.start - 3):n.start]) and _match(
                r"\s*\)", self.norm[noun.end:noun.end + 3]):
            return True
        # a person named or listed before the brackets («ابنه (17) عاماً»), not a verb («أمضى (37) عاماً»)
        return bool(m) and _noun_kind(w)[0] == "person" and not (w.startswith("ا") and w.endswith("ي"))

    # -- qualifiers, triggers --------------------------------------------------

    def qualifier_before(self, start: int, floor: int) -> Optional[tuple[str, int]]:
        lo = max(floor, start - 30)
        m = _QUAL_BEFORE.search(self.norm, lo, start)
        if m and _search(r"(?<![^\W\d_])ف(?:ما\s+فوق|اكثر)\s*\Z", self.norm[lo:start]):
            return None  # «البالغين 65 سنة فما فوق مليونا»: the age's bound, not the figure's
        if m and m.group("q") == "تحت" and self.norm[m.start("q") - 1:m.start("q")] == "ف":
            return None  # «الوزارة فتحت 183 مؤسسة»: «opened», not «ف» + «تحت» (under)
        if m and _key(m.group("q")) in _VERB_QUALS and _THRESHOLD_AHEAD.match(self.norm, start + 1):
            m = None  # «تجاوزت ثلاثة سدود عتبة 90 في المائة»: the verb's object is the threshold
        elif m and m.group("q") == "نحو" and _TOWARDS_BEFORE.search(self.norm, max(floor, m.start("q") - 14), m.start("q")) \
                and not ((k := bisect_right(self._num_starts, start) - 1) >= 0 and self._num_starts[k] == start
                         and _OF_THEM_PEOPLE.match(self.norm, self.nums[k].end)):
            # (not «بتنظيم رحلات نحو 11 ألفا منهم»: about, of the people told)
            return None  # «التصدير نحو 74 بلدا»، «رحلات نحو 86 وجهة»: towards, not about
        elif m:
            return self.negated(_QUAL_OF[_key(m.group("q"))], m.start("q"), floor), m.start("q")
        if _search(r"(?<![^\W\d_])[وف]?(?:ال)?(?:بالغ|بالغه|البالغين|البالغات)\s*\Z", self.norm[max(floor, start - 12):start]):
            return None  # «تتجاوز نسبة التضخم البالغة 10.7%»: the figure is the noun's own, not the verb's
        m = _NOT_BELOW.search(self.norm, max(floor, start - 90), start)
        if m and not self.number_between(m.end("v"), start):
            return "at_least", start  # «لم يقل ثمن الحولي المتوسط عن 3.000 درهم»
        m = _BELOW_VERB.search(self.norm, max(floor, start - 40), start)
        if m and not self.number_between(m.start(), start):
            return "less_than", start  # «يحتسب الموظف الذي يقل أجره عن 1500 ريال بنصف عامل»
        m = _NOT_ABOVE.search(self.norm, max(floor, start - 60), start)
        if m and not self.number_between(m.start(), start):
            return "at_most", start  # «ويشترط ألا يزيد دخل الأسرة على 12 ألف جنيه»
        m = _ABOVE_VERB.search(self.norm, max(floor, start - 60), start)
        if m and not self.number_between(m.start(), start):
            return "more_than", start  # «يزيد عدد اللاجئين السوريين في دول الجوار على أربعة ملايين لاجئ»
        if (k := bisect_right(self._num_starts, start) - 1) >= 0 and self._num_starts[k] == start \
                and _YEARS_AFTER.match(self.norm, self.nums[k].end) \
                and _TERMS_REACH.search(self.norm, max(floor, start - 120), start):
            return "at_most", start  # «صدرت في حق بعضهم أحكام وصلت إلى 20 سنة سجنا نافذا»: the heaviest of them
        m = _FINE_REACHES.search(self.norm, max(floor, start - 100), start)
        if m and (_FINE_WORD.search(m.group("subj")) or self.norm[max(0, m.start() - 3):m.start()].endswith("قد ")
                  or _FINE_WORD.search(self.norm, max(floor, m.start() - 10), m.start())) \
                and (not self.number_between(m.end("v"), start) or not _search(r"\d", m.group("subj"))
                     and _search(r"(?<![^\W\d_])الواحد", m.group("subj"))):  # (and «وقد يصل المبلغ لدى بعضهم إلى 400 درهم»)
            return "at_most", start  # «وتصل غرامة قطع الإشارة الحمراء إلى 3000 درهم»: a fine up to
        if m and _search(r"(?<![^\W\d_])(?:(?:في\s+)?بعض\s+(?:ال)?(?:حالات|احيان)|احيانا)(?![^\W\d_])", m.group("subj")) \
                and not self.number_between(m.end("v"), start):
            return "at_most", start  # «طول مواعيد الفحص بالأشعة، إذ تصل في بعض الحالات إلى ستة أشهر»: at worst
        if m and _CLASS_SIZE.match(self.norm, start) and (_search(r"(?<![^\W\d_])(?:بعض|الواحد)(?![^\W\d_])", m.group("subj"))
                                                           or "اكتظاظ" in self.norm[max(floor, m.start() - 40):m.start()]):
            return "at_most", start  # «يصل عدد التلاميذ في بعض الأقسام إلى 60 تلميذا»: the most crowded classes
        m = _THRESHOLD_VERB.search(self.norm, max(floor, start - 100), start)
        if m:  # … and the threshold is the figure it qualifies
            return _QUAL_OF[_key(m.group("q"))], start
        m = _QUAL_VERB.search(self.norm, max(floor, start - 100), start)
        if m and _THRESHOLD_AHEAD.match(self.norm, start + 1):
            return None
        if m and (y := _rx(r"\d{4}(?!\d)").match(self.norm, start)) and _is_year_value(y.group()) \
                and _rx(r"\s*[،,.)]").match(self.norm, y.end()):
            return None  # «وتجاوز إجمالي الإنفاق على انتخابات 2016، …، 6,6 مليار دولار»: the year is no figure
        if m and _rx(r"\s+(?:ال)?(?:سرعه|اشاره|خط|حد)(?![^\W\d_])").match(self.norm, m.end("q")):
            m = None  # «مخالفات تجاوز السرعة المحددة بنسبة 71%»: speeding, a noun
        if m and _BY_BEFORE.search(self.norm, max(floor, start - 8), start):
            m = None  # «التساقطات التي فاقت معدلها بـ 13 في المائة»: exceeded by, the figure is the difference
        if m and _rx(r"[^\d]*(?<![^\W\d_])(?:الذي|التي|الذين)(?![^\W\d_])").match(self.norm, m.end("q"), start) and not _rx(
                r"\s+(?:عدد|اعداد)\s+(?:الذي|التي|الذين|من)(?![^\W\d_])").match(self.norm, m.end("q"), start) and not (
                _TOLL_NOUN.match(self.norm, m.end("q") + 1, start) and not _rx(
                    r"(?<![^\W\d_])(?:[وف]?(?:قبل|منذ|بعد|خلال|في|من|علي|الي|عن)|[بل][^\W\d_]*)\s*\Z").search(
                    self.norm, max(0, start - 12), start)) and not self.subject_counted(m.end("q"), start):
            # (but «لم تتعد عمليات الزراعة التي أجريت العام الماضي ٦٥٠ عملية»: the subject is what is counted)
            m = None  # «لا يتجاوز عدد المحلات … الذي دشن قبل سنتين 420»: the verb is not this figure's
        if m and (k := bisect_right(self._num_starts, start) - 1) >= 0 and self._num_starts[k] == start \
                and (self.definite_span(self.nums[k]) or self.norm[max(0, start - 2):start] == "ال"
                     and k + 1 < len(self.nums) and self._num_starts[k + 1] - self.nums[k].end <= 2):
            # «تجاوز عدد زواره خلال الأيام العشرة الأولى مليوني زائر»، «خلال أيامه العشرة»: the span is not what exceeded
            m = None
        t = _TRIGGER.search(self.norm, m.end("q"), start) if m else None
        if m and not self.countable_between(m.end("q"), start) and not (
                t is not None and L.TRIGGERS[t.group("trig")][1] == "" and t.end() == t.end("trig")
                and self.norm[t.start():t.start("trig")] in ("", "و", "ف")) and (
                # (a verb between begins another clause: «تجاوزت القوات الحدود وقتلت 5»)
                t is not None
                or _TOLL_NOUN.search(self.norm, m.end("q"), start) is not None
                or _SHORT_SUBJECT.fullmatch(self.norm, m.end("q"), start) is not None
                or _AMOUNT_SUBJECT.match(self.norm, m.end("q"), start) is not None):
            # the words between say what is counted («عدد الجرحى»، «حصيلة القتلى»), or are a
            # short subject with no preposition («تجاوزت الليالي الفندقية المشغولة 35 مليون»)
            return self.negated(_QUAL_OF[_key(m.group("q"))], m.start("q"), floor), start
        if (neg := _NOT_EXCEEDED_SUBJECT.search(self.norm, max(floor, start - 90), start)) is not None \
                and not self.number_between(neg.end("q"), start) and self.subject_counted(neg.end("q"), start):
            return "at_most", start  # «لم تتعد عمليات الزراعة التي أجريت العام الماضي ٦٥٠ عملية»
        if m is None and "ناهز" in self.norm[max(floor, start - 70):start] \
                and (a := _APPROACH_VERB.search(self.norm, max(floor, start - 70), start)) is not None \
                and not self.countable_between(a.end("q"), start) and _TRIGGER.search(self.norm, a.end("q"), start) is None:
            return "about", start  # «ناهزت ليالي المبيت بمؤسسات الإيواء المصنفة 13,5 مليون ليلة»: only an amount nears
        return None

    def subject_counted(self, after_verb: int, start: int) -> bool:
        """The verb's subject is the plural of the noun counted after the figure: «لم تتعد عمليات الزراعة
        التي أجريت العام الماضي ٦٥٠ عملية»."""
        subj = _rx(r"\s+(?:ال)?(?P<w>[^\W\d_]{4,})").match(self.norm, after_verb, start)
        k = bisect_right(self._num_starts, start) - 1
        if subj is None or k < 0 or self._num_starts[k] != start:
            return False
        noun = _NOUN_WORD.match(self.norm, self.nums[k].end)
        if noun is None:
            return False
        w = noun.group("w")
        return len(w) >= 4 and subj.group("w")[:4] == w[:4] and subj.group("w") != w and subj.group("w").endswith(("ات", "ين", "ون"))

    def negated(self, qualifier: str, at: int, floor: int) -> str:
        """«more than» said under a negation is «at most»: «لا تتسع المخيمات لأكثر من 120 ألف
        نازح»، «لا ينبغي أن يتعدى 40 تلميذا»."""
        if qualifier == "more_than" and (
                (neg := _NEGATED_BEFORE.search(self.norm, max(floor, at - 90), at)) is not None
                or (neg := _NEGATED_AMOUNT.search(self.norm, max(floor, at - 60), at)) is not None) \
                and not _ONLY.search(self.norm, neg.start(), at):
            return "at_most"  # (not «لا يتوفر سوى على طبيبين لأزيد من 400 ألف نسمة»: only, then more than)
        return qualifier

    def qualifier_after(self, pos: int, limit: int, far: bool = False) -> Optional[tuple[str, int]]:
        m = (_QUAL_AFTER_NOUN if far else _QUAL_AFTER).match(self.norm, pos, limit)
        if m and far and self.number_between(pos, m.start("q")):
            return None  # «على دفعتين خلال شهرين على الأكثر»: the next figure's qualifier
        if m and far and _search(r"(?<![^\W\d_])(?:سن|عمر|العمر|اعمار)(?![^\W\d_])", self.norm[pos:m.start("q")]):
            return None  # «١٫٦ مليون شخص من سن عام فما فوق»: the age's bound
        return (_QUAL_OF[_key(m.group("q"))], m.end()) if m else None

    def left_window(self, start: int, floor: int) -> int:
        """Where the search for a governing event starts: a few words back, same clause."""
        words = list(_WORD.finditer(self.norm, max(floor, start - 160), start))
        lo = words[-_LEFT_WORDS].start() if len(words) >= _LEFT_WORDS else max(floor, start - 120)
        if not any(self.is_event(m) for m in _TRIGGER.finditer(self.norm, lo, start)):
            # an aside between commas («خطفت جبهة النصرة، ذراع تنظيم القاعدة في سوريا، من جديد
            # خمسة مقاتلين») counts no words when nothing nearer tells what happened
            aside = sum(len(_WORD.findall(m.group())) for m in _COMMA_ASIDE.finditer(self.norm, lo, start))
            if aside:
                n = _LEFT_WORDS + aside
                lo = words[-n].start() if len(words) >= n else max(floor, start - 160)
            elif start - floor <= 160 and not self.claim_number_between(floor - 1, start) and (
                    (t := _TRIGGER.match(self.norm, self.opening(floor, start)))
                    and L.TRIGGERS[t.group("trig")][1] in ("", "weak")):
                # «أخلت فرق الدفاع المدني في العاصمة المقدسة فجر اليوم نحو 1000 معتمر»: the verb
                # that opens the sentence governs its first figure, however long the subject
                lo = floor
        stops = [m.end() for m in _CLAUSE_STOP.finditer(self.norm, lo, start)]
        stops += [m.start() + 1 for m in _NEW_VERB_CLAUSE.finditer(self.norm, lo, start)]
        return max(stops) if stops else lo

    def opening(self, floor: int, start: int) -> int:
        """Where a sentence's words begin, after blanks and a dateline: «سبق- مكة المكرمة: ضبطت …»."""
        pos = floor + len(self.norm[floor:start]) - len(self.norm[floor:start].lstrip())
        dateline = _DATELINE.match(self.norm, pos, start)
        return dateline.end() if dateline else pos

    def clause_start(self, lo: int, start: int) -> int:
        """«لقي شخص مصرعه فيما نقل ثلاثة»: an event before «فيما» is another clause's."""
        words = [m.end() for m in _CLAUSE_WORD.finditer(self.norm, lo, start)]
        return words[-1] if words else lo

    def trigger_right(self, pos: int, limit: int) -> Optional[re.Match]:
        """A verb or state right after the claim phrase: «30 على الأقل قتلوا»."""
        hi = min(limit, pos + 90)
        # «ارتفع عدد الوفيات إلى ستة، أغلبهم من المسنين المصابين بأمراض مزمنة»: who most were, not what befell them
        most = _MOST_OF_THEM_WERE.match(self.norm, pos, hi)
        most_to = ((closed := _rx(r"[^.؛،,]*[،,]").match(self.norm, most.end(), hi)) and closed.end() or hi) if most else -1
        seg = self.norm[pos:hi]
        # «2.15 مليون شخص، يواجهون … انعدام الأمن الغذائي»: a comma, then their verb
        # («أي 21.2 مليون شخص، بحاجة إلى شكل من أشكال المساعدة»: a comma, then their state)
        seg = _sub(r"^[،,]\s*(?=[يت][^\W\d_]+(?:ون|وا)(?![^\W\d_])|(?:بحاجه|في\s+حاجه)\s)", lambda m: " " * len(m.group()), seg)
        # «ستة مدنيين، بينهم طفلان، قتلوا»، «495 ألف شخص، أي ما يعادل 22% من السكان، يواجهون»
        seg = _ASIDE.sub(lambda m: " " * len(m.group()), seg)
        # «17 من أفراد القوات المسلحة، بينهم أربعة ضباط، استشهدوا»: a subset between commas, then the verb
        aside = _SUBSET_ASIDE.match(self.norm[pos:hi])
        aside_from, aside_to = (pos + _search(r"[،,]", aside.group()).start(), pos + aside.end()) if aside else (-1, -1)
        seg = _SUBSET_ASIDE.sub(lambda m: " " * len(m.group()), seg)
        # «37 شخصا بينهم ثمانية أطفال قتلوا»: a subset with no commas, then the verb of all;
        # «تعرض ١٤ سعوديا من بين ٢٢ شخصا للتسمم»: the whole they are taken from
        seg = _SUBSET_BEFORE_VERB.sub(lambda m: " " * len(m.group()), seg)
        seg = _OUT_OF_BEFORE_EVENT.sub(lambda m: " " * len(m.group()), seg)
        # «خمسمئة شخص بين مدني وعسكري قتلوا»: who they were, then the verb of all
        seg = _BETWEEN_KINDS.sub(lambda m: " " * len(m.group()), seg)
        # «45 مليون شخص في 17 بلدا إفريقيا يعانون من انعدام الأمن الغذائي»: where they are, then their verb
        seg = _IN_N_PLACES.sub(lambda m: " " * len(m.group()), seg)
        # «1200 منهم تم تحريرهم»: «of them», then their verb
        seg = _sub(r"^\s*(?:منهم|منهن)(?=\s+(?:تم|جري|قد)?\s*[^\W\d_])", lambda m: " " * len(m.group()), seg)
        cut = _search(r"[.!?؟؛:،,\n]|\d|(?<![^\W\d_])و?(?:بينما|فيما|في\s+حين|بين|منهم|بينهم)(?![^\W\d_])"
                      r"|(?<![^\W\d_])و(?:عدد|اجمالي|حصيله)(?![^\W\d_])", seg)  # («… 282,110 حالات وعدد الوفيات»: the next toll)
        if cut:
            hi = pos + cut.start()
        words = list(_WORD.finditer(seg, 0, hi - pos))  # an aside blanked out counts no words
        # a trigger must start within the first words; a long one may end past them
        # («يعانون من مستويات مرتفعة من انعدام الأمن الغذائي»)
        last_start = pos + words[_RIGHT_WORDS - 1].start() if len(words) > _RIGHT_WORDS else hi
        weak_first = None
        for m in _TRIGGER.finditer(self.norm, pos, hi):
            if m.start("trig") > last_start:
                break
            if aside_from <= m.start("trig") < aside_to or m.start("trig") < most_to:
                continue  # inside the subset aside: «26 متهما، من بينهم 14 بحالة إيقاف،» (the subset's, not theirs)
            if not self.is_event(m) or m.group("trig") in _NEAR_ONLY:
                continue
            cat, flag = L.TRIGGERS[m.group("trig")]
            prefix = self.norm[m.start():m.start("trig")]
            if flag == "noun" and self.number_between(pos, m.start()):
                continue  # «… و50 جريحاً»: that noun is the next figure's
            if flag == "noun" and prefix.endswith("لل") and _search(r"(?<![^\W\d_])ل[^\W\d_]{3,}\s+\Z",
                                                                     self.norm[max(pos, m.start() - 14):m.start()]):
                continue  # «توافد أكثر من ألف شخص على بنوك الدم للتبرع للمصابين»: for the wounded, not them
            if self.norm[m.end("trig"):m.end()] in ("ه", "ها"):
                continue  # «كان يحمل 400 شخص لحظة غرقه»: «ه» is the boat, not the people
            if _PART_OF_THEM.match(self.norm, m.end()):
                return weak_first  # «١٩٤ حالة تماثل معظمها للشفاء»: the event befell most of them, not the whole
            if m.start() == m.start("trig") and _search(r"(?<![^\W\d_])(?:التي|الذي)\s+\Z", self.norm[max(pos, m.start() - 6):m.start()]) \
                    and (obj := _NEXT_WORD.match(self.norm, m.end())) and obj.group("and") is None and obj.group("w").startswith("ال") \
                    and _noun_kind(obj.group("w"))[0] in ("item", "known_item", "none", "measure"):
                continue  # «11 رياضيا … بسبب الحرب التي أوقفت النشاط الرياضي»: another's deed on a thing
            if prefix.startswith(("و", "ف")):
                if flag == "noun" and not self.number_right_after(m.end()):
                    continue  # «ألفي مهاجر ولاجئ لاقوا حتفهم»: part of the noun phrase
                # («… وإصابة تسعة آخرين بجروح»: a new clause, about the next figure)
                return weak_first  # «… وأصابت 72043»: a new clause, about the next figure
            if weak_first is not None and m.start() - weak_first.end() < 40 and (self.norm.startswith(("في ", "داخل "), m.start())
                                                                       or _PLACE_BEFORE.search(self.norm, weak_first.end(), m.start())):
                return weak_first  # «15 ألفاً على الأقل قضوا تحت التعذيب في مراكز الاحتجاز»: the verb, not the place
            if cat == "casualties" and " و" in m.group("trig") and (self.number_right_after(m.end()) or _QUAL_THEN_NUMBER.match(
                    self.norm, m.end(), hi + 30)) and (first := _TRIGGER.match(
                        self.norm, m.start(), m.start("trig") + m.group("trig").index(" و"))) is not None:
                return first  # «أسفر عن 11 وفاة وإصابة 200 شخص»: the first noun is this figure's, the second opens the next
            if flag != "noun" and m.end() == m.end("trig") and not m.group("trig").endswith(("وا", "ون", "ن")) \
                    and not prefix.endswith("ال") and (self.number_right_after(m.end()) or (
                        of := _rx(r"\s+(?:منهم|منها|منهن)(?=\s)").match(self.norm, m.end(), hi + 12)) and self.number_right_after(of.end())):
                # «12 عنصرا، أغلبهم …، قتل ستة منهم»: a singular verb before the next figure is its
                return weak_first  # («تنويم ٦٥٠ حاجاً توفي منهم ١٢»، «1089 حالة توفي منها 476»: of them, the next figure's)
            if flag != "noun" and m.end() == m.end("trig") and m.group("trig") in ("قتلوا", "اختطفوا", "خطفوا", "اصابوا", "طعنوا") \
                    and (obj := _NEXT_WORD.match(self.norm, m.end())) and obj.group("and") is None and obj.group("w").endswith("ا") \
                    and not obj.group("w").startswith(("ال", "ب", "ل", "في")) and _noun_kind(obj.group("w"))[0] == "person":
                continue  # «بثلاثة أشخاص قتلوا مقيماً آسيوياً»: what they did to another, not what befell them
            if flag == "weak":
                if weak_first is not None and cat == "released" and L.TRIGGERS[weak_first.group("trig")][0] == "displaced":
                    return m  # «تمكنوا من الفرار أو جرى تحريرهم»: escaped or freed, from captivity
                weak_first = weak_first or m  # «نقل اثنان إلى المستشفى لإصابتهما»: look on
                continue
            return m
        return weak_first

    def said_before(self, n: _Num) -> bool:
        """Was the same figure told earlier in its paragraph («خمسة شهداء» … «الشهداء الخمسة»)?
        (A paragraph, not the document: a file read in chunks cut at line ends says the same.)"""
        if self._told is None:
            self._told = {}
            for m in self.nums:
                if m.value is not None:
                    self._told.setdefault(m.value, ([], []))
                    self._told[m.value][0].append(m.start)
                    self._told[m.value][1].append(m)
        para = self.norm.rfind("\n", 0, n.start) + 1
        starts, told = self._told.get(n.value, ((), ()))
        k = bisect_right(starts, para - 1)
        for m in told[k:k + 8]:  # (a few: a paragraph of the same span repeated stays linear)
            if m.start >= n.start:
                return False
            if not ((w := _NOUN_WORD.match(self.norm, m.end)) is not None and _noun_kind(
                    w.group("w"))[0].startswith(("time:", "measure"))):
                return True  # (not «منذ ثلاثة أيام … مختطفيها الثلاثة»: a span told, not the people)
        return False

    def more_of_sum(self, n: _Num, noun: Optional[_Noun], start: int, floor: int, limit: int) -> bool:
        """Is a figure with no currency of its own another sum of the one told before? «50 مليوناً
        إضافية»، «و20 ألفًا لكل مصاب»، «، و7 ملايين إذا …» (a scale word, after a comma and «و»)."""
        norm = self.norm
        scaled = _search(r"[^\W\d_]", norm[n.start:n.end]) is not None
        if (noun is None or noun.key in ("اضافيه", "اضافي", "اخري")) and scaled and _rx(
                r"\s*(?:اضافيه|اضافي|اخري)(?![^\W\d_])").match(norm, n.end, limit):
            return True
        if noun is not None and scaled and n.value >= 10**6 and noun.kind in ("item", "known_item") and (
                noun.partitive and _search(r"(?<![^\W\d_])و\s*\Z", norm[max(floor, start - 3):start])
                or _search(r"[،,]\s*[وف]?(?:منها|بينها|منه)\s*\Z", norm[max(floor, start - 9):start])):
            return True  # «200 مليون ريال، منها 65 مليوناً مستحقات»، «و356 مليونا من الولايات المتحدة»
        if noun is not None:
            return False
        if _rx(r"\s*(?:لكل|للفرد|عن\s+كل|لاسره\s+كل)(?![^\W\d_])").match(norm, n.end, limit) and _search(
                r"(?<![^\W\d_])و\s*\Z", norm[max(floor, start - 3):start]):
            return True
        return scaled and n.value >= 10**6 and _search(r"[،,]\s*و\Z", norm[max(floor, start - 4):start]) is not None

    def continues_list(self, prev: _Draft, start: int, sent: tuple[int, int], words: int) -> bool:
        """Is the bare figure at ``start`` one more of ``prev``'s kind: «و» right before it, at most
        ``words`` words after ``prev`` and no other figure, stop or event between
        («٩٨٬٠٠٠ ليرة للمبيع و٩٧٬٥٠٠ للشراء»، «2,100 منزل انهياراً كلياً و2,432 جزئياً»)?"""
        norm = self.norm
        gap = norm[prev.end:start]
        return prev.sentence == sent and _search(r"(?<![^\W\d_])و\s*\Z", norm[max(sent[0], start - 3):start]) is not None \
            and len(_WORD.findall(norm, prev.end, start)) <= words and not _search(
                r"[\d.؛]|[،,](?!\s*و\s*\Z)", gap) and not _TRIGGER.search(norm, prev.end, start)
        # (a comma may stand before the last «و»: «و3 للاتحاد الدستوري، و2 للتقدم والاشتراكية»)

    def paragraph_people(self, pos: int) -> Optional[_Draft]:
        """The last head count read, when it stands in the paragraph of ``pos``."""
        had = self._last_people
        return had if had is not None and "\n" not in self.norm[had.end:pos] else None

    def harm_told(self, pos: int) -> set[str]:
        """Which of killed, injured, casualties the paragraph of ``pos`` counted before it."""
        return self._harm_told.get(self.norm.rfind("\n", 0, pos) + 1, set())

    def person_noun_before(self, n: _Num) -> bool:
        """«المتوفين التسعة»: a plural of people, with its article, right before the number."""
        lo = max(self.sentence_of(n.start)[0], n.start - 30)  # (not across a sentence end)
        m = _DEFINITE_BEFORE.search(self.norm, lo, n.start)
        if not m:
            p = _POSSESSED_BEFORE.search(self.norm, lo, n.start)
            if p is None:
                return False
            stem = p.group("w")
            if stem.endswith("ي") and len(stem) >= 5 and L.TRIGGERS.get(stem + "ن", ("", ""))[1] == "noun":
                return True  # «مختطفيها الثلاثة»: a plural in construct (-ي of -ين), then a pronoun
            stem = stem[:-1] + ("ء" if stem.endswith("ئ") else "ه") if stem.endswith(("ئ", "ت")) else stem
            return L.NOUNS.get(stem, ("",))[0] == "person" and not stem.endswith("ه")
        kind, key = _noun_kind(m.group("w")[2:] if m.group("w").startswith("ال") else m.group("w"))
        return (key in L.NOUNS or key in L.TRIGGERS) and kind in ("trigger:killed", "trigger:injured", "trigger:captive", "trigger:detained",
                        "trigger:released", "trigger:missing", "trigger:displaced", "trigger:rescued",
                        "trigger:evacuated", "trigger:casualties", "trigger:infected", "trigger:recovered")

    def plural_things_before(self, n: _Num) -> Optional[_Noun]:
        """«المطارات الـ27»، «المصارف السعودية الـ12»، «محافظات البلاد الـ22»: a plural of things (its
        adjectives or a genitive between, three words at most) right before a definite figure."""
        if n.value is None:
            return None
        sent = self.sentence_of(n.start)  # (never across a sentence end: «العلاجات\nالأربع» are two)
        m = _WORDS_BEFORE_DEFINITE.search(self.norm, max(sent[0], n.start - 50), n.start)
        if m is None or _noun_after(self.norm, n.end, sent[1]) is not None:
            return None  # (a figure with its own noun after it: «خلال الـ24 ساعة»)
        if self.top_ranks(n):
            return None
        words = list(_WORD.finditer(m.group("ws")))
        genitive = False
        for k in range(len(words) - 1, -1, -1):
            w = words[k]
            bare = _CLITIC_CHAIN.sub("", w.group())
            if bare in _NISBA_LIKE_PLURAL:
                continue  # a nisba shaped like «أدوية»: «الدائرة الأمنية الـ14» (a rank, not things)
            if (_PLURAL_SHAPE.fullmatch(bare) or bare in _LISTED_PLURALS) and bare not in L.NUMBER_WORDS \
                    and _noun_kind(bare)[0] not in ("person", "none") and not _noun_kind(bare)[0].startswith(("trigger:", "time:")) \
                    and not (genitive and w.group().startswith("ال")):
                at = m.start("ws") + w.start()
                return _Noun(at, at + len(w.group()), "known_item", bare)
            if bare.endswith("يه"):
                continue  # the feminine adjectives of things stand between («المراكز الصحية الموسمية الـ14»)
            if not genitive and w.group().startswith("ال") and k > 0 and not words[k - 1].group().startswith(("ال", "و")) \
                    and _noun_kind(bare)[0] in ("item", "known_item"):
                genitive = True  # «محافظات البلاد الـ22»، «دول الاتحاد الـ28»: the whole's name, after its plural
                continue
            return None
        return None

    def top_ranks(self, n: _Num) -> bool:
        """«تكريم الفائزين بالمراكز الثلاثة الأولى»: ranks, not a count (but «الجولات الخمس الأولى»)."""
        return bool(_rx(r"\s+(?:الاولي|الاوائل|الاولين|الاخيره)(?![^\W\d_])").match(self.norm, n.end) and _search(
            r"(?<![^\W\d_])[وفبل]?(?:المراكز|المراتب)\s+(?:ال)?\Z", self.norm[max(0, n.start - 16):n.start]))

    def things_before(self, n: _Num) -> Optional[_Noun]:
        """«في الأقاليم الستة الأكثر تأثراً»: a plural of things, with its article, right before the number."""
        m = _DEFINITE_BEFORE.search(self.norm, max(self.sentence_of(n.start)[0], n.start - 30), n.start)
        if not m or not m.group("w").startswith("ال") or self.top_ranks(n):
            return None
        kind, key = _noun_kind(m.group("w")[2:])
        if key in L.NOUNS and kind in ("item", "known_item") and not key.endswith("ه"):
            return _Noun(m.start("w"), m.end("w"), "known_item", key)
        return None

    def number_right_after(self, pos: int) -> bool:
        """Does a figure start right after ``pos`` (blanks between)?"""
        k = bisect_right(self._num_starts, pos - 1)
        return k < len(self._num_starts) and not self.norm[pos:self._num_starts[k]].strip()

    def arrived_of_displaced(self, start: int, floor: int, sent: tuple[int, int], after: Optional[int] = None) -> bool:
        """Is the figure those of the displaced counted before in the sentence who arrived somewhere
        («فيما وصل إلى الجزر اليونانية قرابة 160 ألفاً»)?"""
        norm = self.norm
        if not any(d.sentence == sent and d.category == "displaced" for d in self._recent_people):
            return False
        if after is not None and _rx(r"\s+(?:يصلون|وصلوا|يصل|وصل)(?![^\W\d_])").match(norm, after):
            return True  # «… مهاجر ولاجئ …، إن نحو 2000 شخص يصلون يوميا إلى جزيرة ليسبوس»
        return "صل" in norm[max(floor, start - 60):start] and (
            arrived := _ARRIVED_BEFORE.search(norm, max(floor, start - 60), start)) is not None \
            and not self.claim_number_between(arrived.end(), start)

    def later_clause_event(self, noun: Optional[_Noun], end: int, right: re.Match) -> bool:
        """Is ``right`` a later clause's event, with its own figure right after it, for a plain head
        count? «عفوه على 1125 شخصا، …، حيث جرى الإفراج عن 64 نزيلا»."""
        after = right.end()
        if (m := _FOR_WHOM.match(self.norm, after)) is not None:
            after = m.end()  # «بالعفو مما تبقى من العقوبة لفائدة 152 نزيلا»
        return (noun is None or noun.key in ("شخص", "شخصا", "اشخاص")) and self.number_right_after(after) \
            and bool(_search(r"[،,]", self.norm[end:right.start()]))

    def extreme_told(self, pos: int, floor: int) -> bool:
        """«أحكاما …، أقصاها 20 سنة، وأدناها سنة واحدة»: the highest and lowest of figures told (not «مدة أقصاها 36 شهرا»: a bound)."""
        return bool(_rx(r"و?(?:اقصاها|ادناها)(?![^\W\d_])").match(self.norm, pos)) and bool(_rx(
            r"(?:[،,]|(?<![^\W\d_])(?:بلغ|بلغت|و))\s*\Z").search(self.norm, max(floor, pos - 6), pos))

    def alongside(self, start: int, floor: int) -> bool:
        """«خلال مشاركتهم إلى جانب آلاف الفلسطينيين»: the figure took part beside those counted before, it is
        not more of them."""
        add = _ADDITION_BEFORE.search(self.norm, max(floor, start - 20), start)
        return add is not None and _TOGETHER_WITH.search(self.norm, max(floor, add.start() - 16), add.start()) is not None

    def group_of(self, n: _Num, sent: tuple[int, int], group: Optional[_Draft]) -> Optional[_Draft]:
        """The people a subset is of: never fewer than the subset. «300 ألف مهاجر …، لقي 2500 منهم حتفهم،
        وأن اليونان استقبلت نحو 200 ألف منهم»: of the 300,000, not of the 2,500."""
        least = n.value if n.value is not None else n.low  # («ويتكدس عشرات الآلاف منهم»: at least twenty thousand)
        most = None if group is None else group.value if group.value is not None else group.high  # («آلاف الضحايا»)
        if group is None or not isinstance(least, (int, float)) or not isinstance(most, (int, float)) \
                or least <= most or not _SUBSET_AFTER.match(self.norm, n.end):
            return group
        bigger = [d for d in self._recent_people if d.sentence == sent and d.end <= n.start
                  and isinstance(d.value, (int, float)) and d.value >= least]
        return bigger[-1] if bigger else group

    def trigger_referring_back(self, end: int, limit: int, cases: bool = False) -> Optional[re.Match]:
        """An event later in the sentence whose pronoun points back: «وتم إيقافهم»."""
        hi = limit
        k = first = bisect_right(self._num_starts, end)
        starts = self._num_starts
        while k < len(starts) and k < first + 4 and starts[k] < limit and _SUBSET_BEFORE.search(
                self.norm, max(end, starts[k] - 16), starts[k]) and (aside := _ASIDE_CLOSED.match(self.norm, self.nums[k].end, limit)) \
                and not _TRIGGER.search(self.norm, starts[k], aside.end()):
            k += 1  # «17 شخصا، بينهم 6 أطفال، … بعد إصابتهم بتسمم غذائي»: a subset told aside is still the group
        if k == first and k < len(starts) and starts[k] < limit and _rx(r"(?:\s+[^\s\d،,.؛:]+){0,3}?\s+و").fullmatch(self.norm, end, starts[k]) \
                and not _TRIGGER.search(self.norm, end, starts[k]) and (nxt := _WORDS_TO_CLAUSE_END.match(self.norm, self.nums[k].end, limit)) is not None:
            k += 1  # «تقل 80 مواطناً و22 دبلوماسياً أجنبياً تم إجلاؤهم»: one pronoun for the whole list
            hi = nxt.end()
        while k < len(starts) and starts[k] < limit and self.nums[k].kind == "ordinal":
            k += 1  # «إلى مستشفى الحسن الثاني … بعد إصابتهم»: a name's ordinal counts nothing
        if k < len(starts) and starts[k] < limit:
            hi = min(hi, starts[k])
        if (cw := _CLAUSE_WORD.search(self.norm, end, hi)) is not None:
            hi = cw.start()  # «بينها حالتا وفاة، فيما بلغ عدد الحالات المشتبه بإصابتها»: another clause's pronoun
        for m in _TRIGGER.finditer(self.norm, end, hi):
            if not self.is_event(m):
                continue
            if m.group()[-2:] in ("هم", "هن") or m.group()[-3:] == "هما" or cases and m.group()[-2:] == "ها" or (
                    " " in m.group("trig") and _match(r"[^\W\d_]{3,}(?:هم|هن)\s", m.group("trig"))):
                return m  # (or a phrase holding the pronoun: «إيصالهم إلى مكان آمن»)
        return None

    def recovered_after(self, a: int, limit: int) -> Optional[re.Match]:
        """A recovery verb closing the figure's clause, past the words that say whom it counts:
        «اثنين وعشرين مريضاً من المصابين بفيروس كورونا في مستشفى … بالرياض تماثلوا للشفاء»."""
        clause = _rx(r"[^،,.؛:\d]{0,120}").match(self.norm, a, limit)
        for m in _TRIGGER.finditer(self.norm, a, clause.end()):
            if L.TRIGGERS[m.group("trig")][0] == "recovered" and L.TRIGGERS[m.group("trig")][1] != "noun" \
                    and m.group("trig").split()[0].endswith(("وا", "ن", "ا")) and self.is_event(m):
                return m
        return None

    def category_of(self, m: re.Match, end: int, limit: int) -> str:
        cat = L.TRIGGERS[m.group("trig")][0]
        if cat == "released" and "عقوب" in m.group("trig") and _OR_REDUCED.match(self.norm, m.end(), limit if limit > m.end() else m.end() + 40):
            return "detained"  # «472 معتقلا استفادوا من العفو من بقية العقوبة أو من التخفيض منها»: not all freed
        if cat == "casualties" and m.start() >= end and " و" in m.group("trig") and (_rx(r"\s*\d").match(self.norm, m.end(), limit) or _QUAL_THEN_NUMBER.match(
                self.norm, m.end(), limit)) and (first := L.TRIGGERS.get(m.group("trig").split(" و")[0])) is not None:
            return first[0]  # «أسفر عن 11 وفاة وإصابة أزيد من 200 شخص»: the second noun opens the next figure's clause
        if cat == "casualties" and m.end() <= end and " و" in m.group("trig") and _search(
                r"\d\s*\Z", self.norm[max(0, m.start() - 3):m.start()]) and (
                second := L.TRIGGERS.get(m.group("trig").split(" و", 1)[1])) is not None:
            return second[0]  # «11 وفاة وإصابة 200 شخص»: the first noun was the figure before's, the second is this one's
        if cat == "injured" and _DIED_OF_BEFORE.search(self.norm, max(0, m.start() - 50), m.start()):
            return "killed"  # «ارتفع عدد الوفيات إلى 25 حالة، بعد وفاة مريضة متأثرة بإصابتها»: died of it
        if cat == "released" and _AWAITING.search(self.norm, max(0, m.start() - 40), m.start()):
            return "detained"  # «فيما ينتظر ٩٠ آخرون استكمال إجراءات الإفراج عنهم»: still held
        if cat == "injured" and m.group("trig").startswith(("ضيق", "بضيق")) and _DUST.search(
                self.norm, self.sentence_of(m.start())[0], limit if limit > m.end() else m.end() + 80):
            return "infected"  # «موجة غبار …، وسجل الهلال الأحمر ١٣٢ حالة ضيق تنفس»: the dust's sick (smoke's are wounded)
        if cat == "missing" and _LIVES_AFTER.match(self.norm, end, limit):
            return "killed"  # «لقد فقد 71 شخصاً حياتهم»: lost their lives
        if cat == "missing" and m.group("trig").startswith(("فقد", "افقد")) and _rx(
                r"[^،,.؛]{0,60}?(?<![^\W\d_])من\s+(?:ابنائ|ابنا|افراد|خيره\s+ابنائ|شبان|رجال|[^\s\d]{3,}(?:ها|هم|ه)(?![^\W\d_]))").match(self.norm, m.end(), limit):
            return "killed"  # «البلدة فقدت منذ بدء العدوان 19 من أبنائها»: lost to death
        if cat == "detained" and m.group("trig").startswith(("ادان", "ادين")) and (
                _SUSPENDED_TERM.match(self.norm, end, limit) or _TO_DEATH_AFTER.match(self.norm, end, limit)):
            # «أدانت المحكمة 11 قاصرا … بشهرين حبسا موقوف التنفيذ»: a suspended sentence holds no one;
            return "people"  # «أدانت المحكمة خمسة متهمين … بالإعدام»: sentenced to death (people, as elsewhere)
        if cat == "detained" and (m.group("trig") in ("حبس", "بحبس", "سجن") or "عقوب" in m.group("trig")) and (
                term := _SUSPENDED_TERM.match(self.norm, end, limit)) and "نافذ" not in term.group() and not (
                    "عقوب" in m.group("trig") and _search(r"[،,]", term.group())):  # (a cut sentence: the term in its own clause)
            return "people"  # «قضت بحبس ثلاثة أساتذة شهرين موقوفي التنفيذ»: suspended, no one held
        if cat == "missing" and _HOMES_AFTER.match(self.norm, end, limit):
            return "displaced"  # «وفقد عشرات الآلاف من السكان منازلهم»: lost their homes
        if cat == "missing" and _JOBS_AFTER.match(self.norm, end, limit):
            return "people"  # «فقد نحو 200 ألف عامل فلسطيني وظائفهم»: lost their jobs
        if cat == "missing" and m.group("trig").startswith(("فقد", "افقد")) and _PLACE_LOST.search(
                self.norm, max(0, m.start() - 20), m.start()) and not _HOMES_AFTER.match(self.norm, end, limit) \
                and not _JOBS_AFTER.match(self.norm, end, limit) and not _rx(
                    r"\s*(?:[^\W\d_]+\s+){0,2}?[^\W\d_]{3,}وا(?![^\W\d_])").match(self.norm, end, limit):
            # (not «المدينة فقدت 5 آلاف شخص منازلهم»، «القرية فقدت 200 شخص هاجروا»: homes, or their own verb)
            return "killed"  # «وأفادت مصادر محلية بأن المدينة فقدت منذ سنة 2009 أزيد من 40 شخصا»: a place lost them to death
        if cat == "missing" and _KIN_LOST_AFTER.match(self.norm, end, limit):
            return "people"  # «فقد 1500 طفل أحد والديهم»: orphaned, not missing
        if cat == "killed" and _EXECUTED.search(self.norm, m.end(), max(m.end(), end)):
            return "killed"  # «أحكاماً بالإعدام بحق 40 مداناً، ونفذ الحكم بحق 36 منهم»: carried out
        if cat == "killed" and self.to_death(m) \
                and _rx(r"(?<![^\W\d_])(?:ال)?محكوم(?:ا|ين|ون)?\s+\Z").search(self.norm, max(0, m.start() - 12), m.start()):
            return "detained"  # «11 محكوما بالإعدام حولت عقوبتهم»، «4 آلاف محكوم بالإعدام»: on death row, held
        if cat == "killed" and self.sentenced_to_death_for(m, r"في\s+حق"):
            return "detained"  # «قضت غرفة الجنايات بالإعدام في حق ثلاثة متهمين»: sentenced and held (Moroccan court pages)
        if cat == "killed" and self.to_death(m) \
                and _rx(r"(?<![^\W\d_])غرفه\s+الجنايات").search(self.norm, self.sentence_of(m.start())[0], m.start()) \
                and not _EXECUTED.search(self.norm, self.sentence_of(m.start())[0], m.start()):
            return "detained"  # «أيدت غرفة الجنايات … الأحكام …، والقاضية بإعدام ثلاثة متهمين»: a Moroccan court's sentence
        if cat == "killed" and (self.norm[m.start():m.start("trig")].endswith(("ب", "بال")) and _SENTENCED_BEFORE.search(
                self.norm, max(self.sentence_of(m.start())[0], m.start() - 120), m.start()) or _DEATH_SENTENCE.search(
                self.norm, max(0, m.start() - 12), m.start()) and not _EXECUTED.search(
                self.norm, max(self.sentence_of(m.start())[0], m.start() - 70), m.start())):
            # «حكمت المحكمة بقتل متهمين اثنين تعزيراً»، «أيدت حكم الإعدام بحق 14 متهما»: sentenced to
            # death, no one dead yet (most annotators: people, unless told «في حق» as Moroccan court pages do,
            # above; not «تنفيذ حكم القتل»)
            return "people"
        if cat == "killed" and self.to_death(m) \
                and _CONVICTED.search(self.norm, self.sentence_of(m.start())[0], m.start()) \
                and not _EXECUTED.search(self.norm, self.sentence_of(m.start())[0], m.start()):
            # «أدانت غرفة الجنايات … ثلاثة متهمين … بالإعدام»: sentenced and held, the verb far before (the gates'
            # annotators: detained for a sentence told «في حق»/after «أدانت», people for «قضت بإعدام 183»)
            return "detained"
        if cat == "killed" and self.sentenced_to_death_for(m, r"في\s+حق|بحق"):
            return "detained"  # «أيدت الغرفة الأحكام الصادرة …، بما فيها الإعدام بحق ثلاثة منهم»: sentenced
        if cat == "injured" and "مستشف" in m.group("trig") and not self.about_disease(self.sentence_of(m.start())[0]) \
                and self.treated_for(self.sentence_of(m.start())[0], m.start()) == "infected" \
                and _NATURAL_DEATHS.search(self.norm, self.sentence_of(m.start())[0], m.start()):
            return "people"  # «وفاة ثلاثة حجاج لأسباب طبيعية …، ونقلت 120 حاجا إلى المستشفيات»: taken in, no harm named
        if cat == "injured" and "علاج" in m.group("trig") and not _WOUNDS.search(
                self.norm, self.sentence_of(m.start())[0], min(limit, m.end() + 30)):
            return self.treated_for(self.sentence_of(m.start())[0], m.start())  # «فيما يرقد 6 آخرون … لتلقي العلاج»
        if cat == "injured" and self.disease_near(m.start(), max(m.end(), end), limit):
            return "infected"
        if cat == "infected" and "اصاب" in m.group("trig") and _WOUNDS.search(self.norm, m.end(), min(limit, m.end() + 16)):
            return "injured"  # «320 حالة إصابة بحوادث مرورية»: wounds, not a disease
        if cat == "infected" and m.group("trig").startswith("تحت") and "injured" in self.harm_told(m.start()) \
                and not self.about_disease(self.sentence_of(m.start())[0]) \
                and (not self.sentence_has(_CASES_COUNTED, self.sentence_of(m.start())[0])  # (not «22 حالة تحت المراقبة»,
                     or self.sentence_has(_INJURY_CAUSE, self.sentence_of(m.start())[0])):  # but after «انقلاب حافلة»)
            return "injured"  # «87 من المصابين غادروا المستشفيات، فيما لا يزال 38 آخرون تحت المراقبة الطبية»
        if cat == "displaced" and m.group("trig") in ("فر", "فروا") and _rx(
                r"[^.،,؛]{0,40}?(?<![^\W\d_])(?:الي\s+)?(?:وجهه\s+(?:مجهوله|غير\s+معلومه)|من\s+(?:قبضه|السجن|مركز|دوريه|الشرطه|رجال\s+الامن))").match(
                self.norm, m.end(), min(limit, m.end() + 60) if limit > m.end() else m.end() + 60):
            return "people"  # «فر شريكان لهما إلى وجهة مجهولة»: suspects on the run, not the displaced
        if cat == "detained" and ("ضبط" in m.group("trig") or "مضبوط" in m.group("trig")) and _rx(
                r"[^.؛]{0,40}?(?<![^\W\d_])(?:في\s+حاله\s+)?غش(?![^\W\d_])").match(self.norm, m.end(), min(len(self.norm), m.end() + 50)):
            return "people"  # «المترشحين المضبوطين في حالة غش 2650»: caught cheating at an exam, not held
        if cat == "displaced" and "تهجير" in m.group("trig") and _SMUGGLED.search(
                self.norm, max(0, m.start() - 250), min(len(self.norm), m.end() + 120)):
            return "people"  # «تنظيم رحلات للهجرة السرية … تهجير ما لا يقل عن 150 شخصا»: smuggled abroad, not driven out
        if cat == "missing" and "مصير" in m.group("trig") and _rx(r"[^.،,؛]{0,30}?(?<![^\W\d_])(?:ال)?عالق").match(
                self.norm, end, min(len(self.norm), end + 40)):
            return "people"  # «حول مصير 1300 مغربي عالقين بمدينتي سبتة ومليلية»: stranded where they are known to be
        if cat == "missing" and "بحث" in m.group("trig") and _SUSPECTED.search(self.norm, min(m.end(), end), min(limit, end + 40)):
            return "people"  # «يجري البحث عن شخصين يشتبه في تنظيمهما للرحلة»: wanted, not missing
        if cat in ("killed", "casualties") and "ضح" in m.group("trig") and (_FRAUD.search(
                self.norm, max(self.sentence_of(m.start())[0], m.start() - 200), m.start()) or _FRAUD.search(
                self.norm, m.end(), min(len(self.norm), m.end() + 30))):  # («ضحايا شبكة النصب»)
            return "people"  # «عملية نصب واحتيال راح ضحيتها أزيد من 40 مواطنا»: cheated, not killed
        if cat == "detained" and m.group("trig").startswith(("احتجز", "احتجاز", "اقتاد")) and (
                _HOSTAGE_TAKERS.match(self.norm, m.end(), limit)
                or _HOSTAGE_TAKERS_BEFORE.search(self.norm, max(0, m.start() - 40), m.start())):
            return "captive"  # «احتجز مسلحون نحو 170 شخصاً»: held by gunmen, hostages
        if cat == "detained" and "احتجاز" in m.group("trig") and _rx(
                r"(?<![^\W\d_])(?:محتجزين|محتجزون)\s+لدي\s+(?:[^\s\d،,.]+\s+)?(?:مجموعه|جماعه|ميليشيا|مسلحين|تنظيم|عصابه)").search(
                self.norm, self.sentence_of(m.start())[0], m.start()):
            return "captive"  # «… كانوا محتجزين لدى مجموعة مسلحة …، فيما لا يزال ثلاثة آخرون رهن الاحتجاز»: still hostages
        if cat == "captive" and "حتجز" in m.group("trig") and not _HOSTAGE_TAKERS.match(self.norm, m.end(), limit) \
                and not _HOSTAGE_TAKERS_BEFORE.search(self.norm, max(0, m.start() - 40), m.start()) and (
                    m.group("trig").startswith(("محتجز", "المحتجز"))
                    and _DEPORTATION.search(self.norm, self.sentence_of(m.start())[0], limit)
                    or m.group("trig") in ("تحتجز", "يحتجز", "تحتجزهم")
                    and (_STATE_HOLDER.search(self.norm, max(self.sentence_of(m.start())[0], m.start() - 30), m.start())
                         or _STATE_HOLDER_AFTER.match(self.norm, m.end()))):  # («تحتجز السلطات الليبية نحو 4 آلاف مهاجر»)
            # held by the state, not by gunmen: «لا يزال نحو 1,200 وافد محتجزين في إدارة الإبعاد»،
            # «أن السلطات الإريترية تحتجز ما لا يقل عن 130 صياداً»
            return "detained"
        return cat

    def told_alive(self, group: _Draft, noun: Optional[_Noun], end: int, limit: int) -> bool:
        """A subset of the casualties told alive after it: «حالتان خطيرتان»، «منهم في العناية المركزة»."""
        after = max(end, noun.end) if noun is not None else end
        after = _rx(r"\s*(?:منهم|منهن)?").match(self.norm, after).end()
        return group.category == "casualties" and _ALIVE_AFTER.match(self.norm, after, limit) is not None

    def to_death(self, m: re.Match) -> bool:
        """«بالإعدام»، «بإعدام»: a sentence to death told after «ب», not a killing («إعدام 4 شبان»)."""
        return m.group("trig").endswith("اعدام") and self.norm[m.start():m.start("trig")] in ("ب", "بال")

    def sentenced_to_death_for(self, m: re.Match, whom: str) -> bool:
        """«الإعدام في حق ثلاثة متهمين» in a verdict («قضت»، «أيدت الأحكام»), not carried out: a sentence."""
        floor = self.sentence_of(m.start())[0]
        return m.group("trig").endswith("اعدام") and bool(_rx(r"\s+(?:" + whom + r")(?![^\W\d_])").match(self.norm, m.end())) \
            and bool(_VERDICT_BEFORE.search(self.norm, floor, m.start())) and not _EXECUTED.search(self.norm, floor, m.start())

    def noun_category(self, noun: _Noun, limit: int) -> str:
        """What a trigger noun says befell its people («مصابا»: injured, or infected near a disease)."""
        cat = noun.kind[8:]
        if cat == "injured" and self.disease_near(noun.start, noun.end, limit):
            cat = "infected"
        return cat

    def disease_near(self, a: int, b: int, limit: int) -> bool:
        """Is an «إصابة» about a disease? Looks at the words right around it."""
        floor = self.sentence_of(a)[0]
        if _WOUNDS.search(self.norm, max(floor, a - 10), min(limit, b + 30)):
            return False
        return self.about_disease(floor) or (
            # «… بالحمى النزفية … . وتتصدر ذي قار المحافظات بـ162 إصابة»: the disease told just before
            self.norm.startswith(("اصاب", "مصاب", "منوم"), a) and self.disease_in_paragraph(floor))

    def disease_in_paragraph(self, floor: int) -> bool:
        """Is a disease (or a poisoning) named a sentence or two before, in the same paragraph?"""
        return self.told_before(_DISEASE, floor)

    def told_before(self, pattern: re.Pattern, floor: int) -> bool:
        """Does ``pattern`` occur a sentence or two before the one starting at ``floor``, in its paragraph?"""
        for _ in range(2):
            if floor <= 0 or "\n" in self.norm[max(0, floor - 3):floor]:
                return False
            floor = self.sentence_of(floor - 1)[0]
            if self.sentence_has(pattern, floor):
                return True
        return False

    def about_disease(self, floor: int) -> bool:
        """Does the sentence name a disease, or speak a health bulletin («تماثلت للشفاء»)?
        A sentence that counts «حالات» also takes the disease named a sentence or two
        before it in the paragraph: «… بفيروس كورونا. وارتفع عدد المصابين إلى 832 حالة»."""
        if self.sentence_has(_DISEASE, floor) or self.sentence_has(_BULLETIN, floor) or self.sentence_has(
                _CASES_RECOVERED, floor):
            return True
        if not self.sentence_has(_CASES, floor):
            return False
        for _ in range(2):
            if floor <= 0 or "\n" in self.norm[max(0, floor - 3):floor]:
                return False
            floor = self.sentence_of(floor - 1)[0]
            if self.sentence_has(_DISEASE, floor):
                return True
        return False

    def treated_for(self, floor: int, pos: int) -> str:
        """Those still treated: the wounded after an accident or an attack, else the sick.

        «انقلاب شاحنة …، فيما لا تزال 9 عاملات يتلقين العلاج» (injured); «لقي 700 شخص حتفهم جراء موجة
        الحر، فيما يتلقى الآلاف العلاج» (infected)."""
        if self.about_disease(floor):
            return "infected"
        if "injured" in self.harm_told(pos) or self.sentence_has(_INJURY_CAUSE, floor) or self.told_before(
                _INJURY_CAUSE, floor):
            return "injured"
        return "infected"

    # -- the claims -------------------------------------------------------------

    def read(self) -> Iterator[_Draft]:  # noqa: C901 - one pass, rule by rule
        norm, nums = self.norm, self.nums
        skip_until = -1
        last: dict[tuple[int, int], _Draft] = {}  # the claim before, in each sentence
        people: dict[tuple[int, int], _Draft] = {}  # the last head count, in each sentence
        money: dict[tuple[int, int], _Draft] = {}  # the last sum, in each sentence
        for i, n in enumerate(nums):
            if n.start < skip_until:
                continue
            sent = self.sentence_of(n.start)
            floor, limit = sent
            nxt = nums[i + 1] if i + 1 < len(nums) else None
            partner = self.range_partner(n, nxt, sent)
            if partner is not None and isinstance(partner.value, int) and partner.value <= 31 \
                    and _MONTH_AFTER.match(norm, partner.end, limit):
                skip_until = partner.end  # «من 6 إلى 16 نوفمبر»: days of a month
                continue
            if partner is None and nxt is not None and n.written_in_digits and nxt.written_in_digits \
                    and _DASH_GAP.fullmatch(norm, n.end, nxt.start):
                skip_until = nxt.end  # «بفوز الإسماعيلي 2-0»: a score, no figure
                continue
            if norm[n.start - 1:n.start] == "ب" and (score := _SCORE_AFTER.match(norm, n.end, limit)):
                # «فاز على نظيره التونسي بثلاثة أهداف لصفر»: a score, both sides
                skip_until = nxt.end if score.group("versus") and nxt is not None and nxt.start - score.end() < 12 else n.end
                continue
            if self.not_a_claim(n, sent):
                if nxt is not None and _search(r"(?<![^\W\d_])(?:بنتيجه|بحصه)\s*\Z", norm[max(floor, n.start - 10):n.start]) and _rx(
                        r"\s*(?:[^\W\d_]+\s+)?مقابل\s+(?:[^\W\d_]+\s+)?").fullmatch(norm, n.end, nxt.start):
                    skip_until = nxt.end  # «بنتيجة 5 أهداف مقابل هدف واحد»: a score, both sides
                    continue
                gap = _RANGE_GAP.fullmatch(norm, n.end, nxt.start) if nxt is not None else None
                if n.kind == "cardinal" and not self.definite_one(n) and (partner is not None or gap and (
                        gap.group("dash") or gap.group("to") == "و" or gap.group("bracketed")
                        or _is_year_value(norm[n.start:n.end]) and _is_year_value(norm[nxt.start:nxt.end]))
                        and nxt.value is not None
                        and n.value is not None and nxt.value > n.value) and not (
                        _is_year_value(norm[n.start:n.end]) and not _is_year_value(norm[nxt.start:nxt.end])) and not (
                        (lab := _NOT_CLAIM_BEFORE.search(norm, max(sent[0], n.start - 40), n.start))
                        and _NOT_CLAIM_WHY[lab.group("w")] == "identifier"):
                    # «بين عمر 20 و40 سنة»، «أعمارهم بين 20 عاماً و30 عاماً»: the other bound
                    # is no claim either (but «عيار 21 إلى 129 ريالا»: a grade, then a price)
                    skip_until = (partner or nxt).end
                elif n.kind == "cardinal" and nxt is not None and _AGE_TO.fullmatch(norm, n.end, nxt.start) and nxt.value is not None and (
                        _AGE_BEFORE.search(norm, max(sent[0], n.start - 40), n.start) or (
                            lab := _NOT_CLAIM_BEFORE.search(norm, max(sent[0], n.start - 40), n.start))
                        and _NOT_CLAIM_WHY[lab.group("w")] == "age") and _YEARS_OR_MONTHS.match(norm, nxt.end, sent[1]):
                    skip_until = nxt.end  # «من عمر 6 أشهر حتى 5 سنوات»: the upper age is no span of time
                elif n.kind == "cardinal" and nxt is not None and nxt.value is not None \
                        and _PARALLEL_AGE_GAP.fullmatch(norm, n.end, nxt.start) and _YEARS_OR_MONTHS.match(norm, nxt.end, sent[1]) \
                        and _AGE_WORD.search(norm, max(sent[0], n.start - 60), n.start):
                    skip_until = nxt.end  # «متوسط سن الزواج ارتفع إلى 31 سنة بالنسبة للرجال و25 سنة للنساء»: both ages
                continue
            if n.value is None:
                qualifier, value, low, high = "vague", None, n.low, n.high
            else:
                qualifier, value, low, high = "exact", n.value, n.value, n.value
            start, number_end = n.start, n.end
            if partner is not None:
                qualifier, value, low, high = "range", None, n.value, partner.value * self._range_factor.get(n.start, 1)
                number_end = partner.end
                cs = _CLOSE_SCALE.match(norm, partner.end, limit)
                if cs:  # «(18 إلى 20) ألف»
                    scale = L.NUMBER_WORDS[cs.group("s")][0]  # («ألفا» here is thousands, not two thousand)
                    low, high, number_end = _tidy(low * scale), _tidy(high * scale), cs.end()
                else:
                    low = self.shared_scale(n, partner)
                rs = _RANGE_START.search(norm, max(floor, n.start - 25), n.start)
                if rs:
                    start = rs.start()
                skip_until = number_end
            else:
                qb = self.qualifier_before(start, floor)
                if qb is None and _CURRENCY.match(norm, number_end, limit) and _STARTS_FROM.search(norm, max(floor, start - 50), start):
                    qb = ("at_least", start)  # «فيما تبدأ أسعار البرنامج المخفض من 3,000 ريال»: the lowest price
                if qb is None and not (norm[max(0, n.start - 2):n.start] == "ال" and i + 1 < len(nums)
                                       and nums[i + 1].start - n.end <= 2) and (  # («خلال أيامه العشرة مئتين»: a span)
                        lv := _VERB_LONG.search(norm, max(floor, start - 120), start)) and (
                        lv.group("neg") is not None and not self.number_between(lv.end("q"), start) and not _search(
                            r"(?<![^\W\d_])(?:ال)?(?:اعمار|عمر|سن)", norm[lv.end("q"):start])
                        # «لا تتجاوز التغذية بالتيار … في معظم المناطق ساعتين»: a bound, whatever it counts (not an age)
                        or n.kind == "percent" or _CURRENCY.match(norm, number_end, limit)
                        or n.dual_of is None and n.value is not None and n.value >= 1000
                        and _search(r"[^\W\d_]", norm[n.start:number_end])
                        or n.dual_of is None and _NOUN_WORD.match(norm, number_end, limit) is not None
                        and (na := _noun_after(norm, number_end, limit)) is not None
                        and na.kind in ("item", "known_item", "person")
                        or n.dual_of is not None and _noun_kind(n.dual_of)[0] in ("item", "known_item", "person")) and not any(
                        lv.end("q") <= o.start < start and o.kind != "ordinal" and not _is_year_value(norm[o.start:o.end])
                        and not self.definite_one(o) and not self.definite_span(o)
                        and not ((oa := _noun_after(norm, o.end, start)) is not None and oa.kind == "measure")
                        for o in nums[max(0, i - 6):i]) and not _TRIGGER.search(norm, lv.end("q"), start) \
                        and not _search(r"[،,]\s*و", norm[lv.end("q"):start]) \
                        and (not _search(r"(?<![^\W\d_])[وف]?(?:الذي|التي|الذين|اللذين|اللتين)(?![^\W\d_])", norm[lv.end("q"):start])
                             or n.kind == "percent" and _rx(r"\s+(?:ال)?(?:نسبه|معدل)(?![^\W\d_])").match(norm, lv.end("q"))) \
                        and not _BY_BEFORE.search(norm, max(floor, start - 8), start) \
                        and not _rx(r"\s+(?:ال)?(?:سرعه|اشاره|خط|حد)(?![^\W\d_])(?!\s+(?:ال)?(?:ادني|اقصي))").match(norm, lv.end("q")) \
                        and not _search(r"(?<![^\W\d_])[وف]?(?:ال)?(?:بالغ|بالغه|البالغين|البالغات)\s*\Z", norm[max(floor, start - 12):start]):
                    # (not «مخالفات تجاوز السرعة بنسبة 71%»: speeding; «تتجاوز نسبة التضخم البالغة 10.7%»: the noun's own)
                    # «لا تتجاوز نسبة التمدرس … في العالم القروي 65 في المائة»، «تناهز في بعض الأقاليم القروية 12%»
                    # (not «يناهز 97 طنا من مخدر الشيرا و1,3 مليون قرص»: nearing is said of the first figure only)
                    if "ناهز" not in lv.group("q"):
                        qb = ("at_most" if lv.group("neg") else "more_than", start)
                    elif not self.number_between(lv.end("q"), start):
                        qb = ("about", start)
                if qb and self.extreme_told(qb[1], floor):
                    qb = None  # «وزعت … سنوات سجنا، أقصاها 20 سنة، وأدناها سنة واحدة»: the extremes told, not a bound
                if qb and norm.startswith("فوق", qb[1]) and _PLACE_AFTER.match(norm, number_end, limit):
                    qb = None  # «أسقطت 84 مسيرة فوق ست مناطق»: above, not more than
                if qb and n.kind == "percent" and _RATE_REACHES.match(norm, qb[1]) and not _search(
                        r"(?<![^\W\d_])(?:ما|قد|لما)\s*\Z", norm[max(floor, qb[1] - 4):qb[1]]) and not _search(
                        r"(?<![^\W\d_])[وفب]?(?:نسب[هة]?|زياد(?:ه|ات)|(?:ال)?(?:ارتفاع|انخفاض|تراجع|نمو)|تخفيض(?:ات)?|خصم|خصومات|تخفيضات|(?:ال)?رطوبه|(?:ال)?(?:ارباح|عوائد|فوائد))"
                        r"(?:\s+[^\s\d،,.]+)?\s*\Z",
                        norm[max(floor, qb[1] - 25):qb[1]]):
                    qb = None  # «نسبة الهدر بالسلك الإعدادي تصل إلى 12 في المائة»: the rate's level (not «بنسبة تصل إلى 40»,
                    # nor a forecast's «رطوبة نسبية تصل إلى 85%», nor promised «أرباح شهرية تصل إلى 20 في المئة»: up to)
                if qb:
                    if qualifier == "exact":
                        qualifier = qb[0]
                    start = qb[1]
            end = number_end
            sub_after = _SUBSET_AFTER.match(norm, number_end, limit) if n.dual_of is None else None
            if sub_after:  # «35 منهم على الأقل لقوا حتفهم»
                number_end = end = sub_after.end()
            # the counted noun (a dual is its own noun)
            sign_after = _SIGN_AFTER.match(norm, number_end, limit)
            sign_end = sign_after.end() if sign_after else number_end
            qa_first = self.qualifier_after(sign_end, limit) if n.dual_of is None else None  # «3.42$ على الأقل»
            one = norm[n.start:n.end] in ("واحد", "واحده", "واحدا")
            left_unit = None
            if n.dual_of is None and (one or norm[n.start:n.end] in _TWO):
                left_unit = self.noun_before_one(n, sent)  # «جندي واحد»، «مهاجرين اثنين»
                if left_unit is not None and not one and left_unit.kind.startswith("trigger:"):
                    left_unit = None  # «وإصابة اثنين»: the event, not what is counted
            elif n.dual_of is None and _search(r"(?:ال|لل)\s*\Z", norm[max(0, n.start - 3):n.start]):
                left_unit = self.time_noun_before(n, sent)
                if left_unit is None and not norm[n.start:n.start + 1].isdigit():
                    left_unit = self.things_before(n)  # «في الأقاليم الستة الأكثر تأثراً»: six provinces
                if left_unit is None and not self.said_before(n):
                    left_unit = self.plural_things_before(n)  # «البنوك الـ12 المدرجة»: twelve banks
            elif norm[n.start:n.end] == "عده" and ((na := _noun_after(norm, n.end, limit, True)) is None or na.partitive):
                left_unit = self.noun_before_several(n, sent)  # «أحياء عدة»، «منذ سنوات عدة»، «في مناطق عدة من المملكة»
            if n.dual_of is not None:
                kind, key = _noun_kind(n.dual_of)
                if kind == "measure" and key == "نقطه" and _TALLY.search(norm, max(0, n.start - 30), n.start):
                    kind = "known_item"  # «بفارق نقطتين عن الأهلي»: league points, a tally (never people)
                if kind == "trigger:captive" and _FREED_AFTER.match(norm, n.end, limit):
                    kind = "person"  # «وأسيران محرران»: former prisoners, free now
                noun: Optional[_Noun] = _Noun(n.start, n.end, kind, key)
            elif left_unit is not None:
                noun = left_unit  # «خلال السنوات الثلاث الأولى»
                qb = self.qualifier_before(noun.start, floor) if qualifier == "exact" and one else None
                if qb and self.extreme_told(qb[1], floor):
                    qb = None  # «، وأدناها سنة واحدة»
                if qb:  # «بأقل من دولار واحد»، «أكثر من أسبوع واحد»
                    qualifier, start = qb[0], qb[1]
            elif sub_after and (both := _DEAD_AND_WOUNDED.match(norm, number_end, limit)) is not None:
                noun = _Noun(both.start("w"), both.end(), "trigger:casualties", both.group("w"))  # «سقط 90 منهم بين قتيل وجريح»
            elif n.kind == "percent" or (partner is not None and partner.kind == "percent") or sub_after:
                noun = None
            else:
                noun = _noun_after(norm, qa_first[1] if qa_first else number_end, limit, n.value is None)
                if noun is None and (imam := _IMAM_AFTER.match(norm, qa_first[1] if qa_first else number_end, limit)) \
                        and (self.nt.offsets.original or norm)[self.nt.offsets.start(imam.start("w"))] == "إ":
                    noun = _Noun(imam.start("w"), imam.end(), "person", "امام")  # «أزيد من 10 آلاف إمام» (not «أمام»)
                if noun is not None and n.value is None and not noun.partitive and (
                        norm.startswith(("بال", "لل", "وال", "فال"), noun.start) and noun.start > number_end
                        or norm[max(0, n.start - 2):n.start] == "ال") and not (
                        noun.kind == "trigger:casualties" and "بين" in noun.key):
                    # (not «سقط العشرات بين قتيل وجريح»: what they were)
                    noun = None  # «وعشرات بالرصاص المعدني»، «أدى المئات الصلاة»: no construct, nothing counted
                if noun is not None and n.value is None and not noun.partitive and norm[n.start:n.end].endswith(
                        ("الالاف", "الملايين")) and not norm.startswith(("ال", "من"), noun.start) \
                        and noun.kind in ("item", "known_item") and not _rx(r"(?:هم|هن|ها)\Z").search(norm, noun.start, noun.end):
                    noun = None  # «وأدى عشرات الآلاف صلاة التهجد»: an indefinite singular is the verb's object
                if noun is not None and (norm[n.start:n.end] in ("اثنان", "اثنين", "اثنتان", "اثنتين") or (
                        n.value is not None and n.dual_of is None and n.end == number_end
                        and not _search(r"\d", norm[n.start:n.end]) and norm[max(0, n.start - 2):n.start] != "ال"
                        and (self.nt.offsets.original or norm).startswith("ال", self.nt.offsets.start(noun.start))
                        and not noun.kind.startswith(("time:", "trigger:")))) \
                        and norm.startswith("ال", noun.start) and not noun.partitive:
                    # «فيما غادر اثنان المستشفى»، «فيما غادر ثمانية المستشفى»: a figure in words stands alone; the
                    # definite word after it is the verb's object (a counted noun is indefinite)
                    noun = None
                if noun is not None and norm[n.start:n.end] in ("اثنان", "اثنين", "اثنتان", "اثنتين") \
                        and norm[noun.start:noun.end] in ("يوم", "شهر", "عام", "سنه", "اسبوع", "ساعه", "دقيقه"):
                    noun = None  # «لتتوج الاثنتان يوم 30 يونيو»: two is never counted with a singular; a date follows
                if noun is not None and norm[n.start:n.end] in ("احد", "احدي"):
                    noun = _Noun(noun.start, noun.end, noun.kind, noun.key, True)  # one of them
                if noun is not None and noun.key == "احياء" and _PULLED_OUT_BEFORE.search(norm, max(floor, start - 24), start):
                    noun = _Noun(noun.start, noun.end, "trigger:rescued", noun.key)  # «انتشال تسعة أحياء»: alive, not districts
            if partner is not None and n.start in self._range_factor:
                noun = _noun_after(norm, n.end, limit)  # «بين 3 أشهر وسنتين»: read in the first bound's months
            if noun is not None and noun.key in _SEASONS and (_TERM_OF_BEFORE.search(norm, max(floor, n.start - 14), n.start) or (
                    norm[n.start - 1:n.start] == "ل" and _CONTRACT_BEFORE.search(norm, max(floor, n.start - 50), n.start))):
                # («جدد عقده لثلاثة مواسم»، «مدد عقده لموسمين»: a contract's length)
                noun = _Noun(noun.start, noun.end, "time:year", noun.key)  # «لمدة موسمين»: a contract's seasons, years
            qa = self.qualifier_after(noun.end, limit, far=True) if noun else None
            qa = qa or qa_first
            if qa:
                if qualifier == "exact":
                    qualifier = qa[0]
                end = max(end, qa[1])
            if qualifier == "exact" and noun is not None and noun.kind.startswith("time:") and _LIFE_TERM_AFTER.match(
                    norm, noun.end, limit) and _RANGE_START.search(norm, max(floor, n.start - 25), n.start):
                qualifier = "at_least"  # «أحكاما تراوحت بين خمس سنوات والمؤبد»: life is the other bound
            if self.is_year(n, noun) and qualifier not in ("more_than", "at_least", "about", "less_than") and not (
                    nxt is not None and _BETWEEN_AND.fullmatch(norm, n.end, nxt.start)
                    and _RANGE_START.search(norm, max(floor, n.start - 25), n.start)
                    and (nn := _noun_after(norm, nxt.end, limit)) is not None and nn.kind in ("person", "known_item")
            ) or value is not None and value < 0:  # (not «بين 1500 و2000 مقاتل», «أكثر من 2000 ما زالوا»)
                continue
            if noun is not None and noun.kind == "time:year" and _AND_ABOVE.match(norm, noun.end, limit):
                continue  # «البالغين 60 سنة فما فوق»: an age bound
            if noun is not None and noun.kind == "time:year" and self.ages_listed(n, floor):
                continue  # «تبلغ أعمارهم 19 و23 و31 سنة»: the last of a list of ages
            if noun is not None and (noun.kind == "time:year" or noun.kind == "time:month" and n.start in self._range_factor):
                label = _NOT_CLAIM_BEFORE.search(norm, max(floor, n.start - 40), n.start)
                if label and _NOT_CLAIM_WHY[label.group("w")] == "age_years" and not _TERM_BEFORE.search(
                        norm, max(floor, label.start() - 16), label.start()):
                    continue  # «ابنه البالغ 14 عاماً» (but «محكوميته البالغة 3 سنوات» is a term)
                told = min(n.start, noun.start)  # «6 أطفال دون عام واحد»: the unit may come first
                if (bound := _AGE_BOUND_WORD.search(norm, max(floor, told - 40), told)) and _noun_kind(
                        bound.group("w"))[0] == "person" and not bound.group("w").startswith(("و", "ف")) and not _search(
                        r"(?:سجن|حبس|عقوب|محكومي|حكم|احكام|مده)", norm[max(floor, n.start - 60):bound.start()]):
                    continue  # «13.4% من السعوديين فوق 15 عاماً»: people past an age, not a span
                if _AGE_GROUP.search(norm, max(floor, told - 40), told) or _TEAM_AGE.search(
                        norm, max(floor, n.start - 40), n.start) or _AGES_OF.search(
                        norm, max(floor, n.start - 50), n.start):
                    continue  # «تشغيل الأطفال دون 15 عاماً»، «أعمار الضحايا بين 20 و30 عاماً»: an age
            category = unit = None
            trigger = None
            sign = _SIGN_BEFORE.search(norm, max(floor, n.start - 2), n.start) or _SIGN_AFTER.match(
                norm, number_end, limit)
            cur = None if sign or n.kind == "percent" else _CURRENCY.match(norm, number_end, limit)
            if cur is None and noun is None and partner is not None and not sign and n.kind != "percent":
                cur = _CURRENCY.match(norm, n.end, partner.start)  # «بين 30 ألف درهم و50 ألفا»: the first bound's
            # «ارتفع السعر من ١٥ إلى ٢٥ ريالاً» (no range: a change): the first takes the second's unit
            to_next = nxt if (noun is None and partner is None and not sign and cur is None and nxt is not None
                              and n.kind == "cardinal" and nxt.value is not None
                              and _TO_NEXT.fullmatch(norm, number_end, nxt.start)
                              and _FROM_BEFORE.search(norm, max(floor, n.start - 5), n.start)) else None
            cur_next = _CURRENCY.match(norm, to_next.end, limit) if to_next is not None else None
            time_next = _noun_after(norm, to_next.end, limit) if to_next is not None and not cur_next else None
            if to_next is not None and qualifier not in ("range", "vague") and (scaled := self.change_scale(n, to_next)) is not None:
                value = low = high = scaled  # «ارتفعت الميزانية من 2 إلى 3 ملايين دولار»: two million before
            if time_next is None and to_next is None and noun is None and partner is None and not sign and cur is None \
                    and n.kind == "cardinal" and n.written_in_digits:
                # «لآجال 5 و7 و10 سنوات»: a list of figures whose last carries the unit of time
                j = i
                while j + 1 < len(nums) and j - i < 8 and nums[j + 1].written_in_digits and nums[j + 1].start < limit \
                        and _AND_LIST_GAP.fullmatch(norm, nums[j].end, nums[j + 1].start):
                    j += 1
                last_noun = _noun_after(norm, nums[j].end, limit) if j > i else None
                if last_noun is not None and last_noun.kind in _LIST_TIMES:
                    time_next = last_noun
            if cur_next:
                category, unit = "money", self.currency_code(cur_next.group("c"), cur_next.start("c"))
                if per := L.CURRENCY_PER_UNIT.get(cur_next.group("c")):  # «من ٢٠ إلى ٢٦ هللة»: 0.20 SAR
                    value, low, high = (None if v is None else _tidy(v / per) for v in (value, low, high))
            elif time_next is not None and time_next.kind.startswith("time:"):
                if time_next.kind == "time:year" and _AGES_OF.search(norm, max(floor, n.start - 50), n.start):
                    skip_until = time_next.end  # «رفع سن الإحالة على التقاعد من 60 إلى 63 سنة»: two ages
                    continue
                category, unit = "duration", time_next.kind[5:]  # «رفع العقوبة من 3 إلى 5 سنوات»
                if unit in _YEARS_IN:  # «من 3 إلى 5 عقود»: years
                    value, low, high = (None if v is None else _tidy(v * _YEARS_IN[unit]) for v in (value, low, high))
                    unit = "year"
            elif n.kind == "percent" or (partner is not None and partner.kind == "percent") or (
                    to_next is not None and to_next.kind == "percent"):
                category, unit = "percent", "percent"
            elif sign:
                category, unit = "money", L.CURRENCIES[sign.group("c")]
                start, end = min(start, sign.start()), max(end, sign.end())
            elif n.dual_of is None and noun is not None and L.CURRENCY_DUALS.get(noun.key) in L.CURRENCIES \
                    and n.value == 2:  # «اثنان ريالان» (as number-to-words tools write it)
                category, unit = "money", self.currency_code(L.CURRENCY_DUALS[noun.key], noun.start)
            elif n.dual_of is not None and n.dual_of in L.CURRENCIES:  # «ريالين»، «دولاران»
                category, unit = "money", self.currency_code(n.dual_of, n.start)
                per = L.CURRENCY_PER_UNIT.get(n.dual_of)
                if per:  # «هللتان»: two halalas
                    value = low = high = _tidy(2 / per)
                elif qualifier not in ("range", "vague") and (joined := self.and_subunit(value, n.end, nxt, limit)):
                    value = low = high = joined[0]  # «ريالان سعوديان وثلاث هللات»
                    end = skip_until = max(end, joined[1])
            elif left_unit is not None and left_unit.kind == "currency":  # «دولاراً واحداً»
                category, unit = "money", self.currency_code(left_unit.key, left_unit.start)
                per = L.CURRENCY_PER_UNIT.get(left_unit.key)
                if per:  # «هللة واحدة»
                    value = low = high = _tidy(value / per)
                elif qualifier not in ("range", "vague") and (joined := self.and_subunit(value, n.end, nxt, limit)):
                    value = low = high = joined[0]  # «ريال واحد وهللتان»
                    end = skip_until = max(end, joined[1])
            elif cur:
                category, unit = "money", self.currency_code(cur.group("c"), cur.start("c"), value if value is not None else high,
                                                              norm[n.start:n.end])
                noun = _Noun(cur.start("c"), cur.end(), "currency", cur.group("c"))
                if qualifier == "exact" and (qa_cur := self.qualifier_after(cur.end(), limit)):
                    qualifier, end = qa_cur[0], max(end, qa_cur[1])  # «21 مليار يورو تقريبا»
                per = L.CURRENCY_PER_UNIT.get(cur.group("c"))
                if per:  # «100 مليون سنتيم» is a million dirhams
                    value, low, high = (None if v is None else _tidy(v / per) for v in (value, low, high))
                    if qualifier == "vague" and high is not None:  # «بملايين السنتيمات»: 20,000 … 99,999 MAD
                        high = _tidy(math.floor(high) if high != int(high) else high)
                elif qualifier not in ("range", "vague") and (joined := self.and_subunit(value, cur.end(), nxt, limit)):
                    value = low = high = joined[0]  # «سبعة دولارات وخمسون سنتاً» is 7.5 dollars
                    end = skip_until = max(end, joined[1])
                elif qualifier not in ("range", "vague") and value is not None and value < 1000 and (
                        half := _HALF_AFTER.match(norm, cur.end(), limit)):
                    value = low = high = value + 0.5  # «5 دراهم ونصف»: five and a half
                    end = max(end, half.end())
            elif noun is not None and noun.kind == "measure" and noun.key in ("نقطه", "نقاط", "نقط") and (
                    _PERCENT_POINT.match(norm, noun.end, limit) or self.sentence_has(_POLL, floor)
                    or _RISE_BY.search(norm, max(floor, start - 25), start) and (
                        last.get(sent) is not None and last[sent].category == "percent"
                        # («معدل النشاط تراجع بـ0,3 نقطة ليستقر في 46 في المائة»: the rate told after)
                        or _search(r"(?<![^\W\d_])(?:ال)?(?:معدل|نسبه)(?![^\W\d_])", norm[max(floor, start - 80):start])
                        and nxt is not None and nxt.kind == "percent" and nxt.start - noun.end < 40)):
                category, unit = "percent", "percent"  # «بارتفاع قدره 5,1 نقطة» after a rate: percentage points
            elif noun is not None and noun.kind == "measure" and noun.key in ("نقطه", "نقاط", "نقط") and _BASIS_POINTS.match(
                    norm, noun.end, limit):
                category, unit = "percent", "percent"  # «خفضها 50 نقطة أساس»: a hundredth of a per cent each
                value, low, high = (None if v is None else _tidy(v / 100) for v in (value, low, high))
                end = max(end, _BASIS_POINTS.match(norm, noun.end, limit).end())
            elif noun is not None and noun.kind == "measure" and noun.key in ("نقطه", "نقاط", "نقط") and noun.start < n.start \
                    and _TALLY.search(norm, max(floor, noun.start - 30), noun.start):
                category, unit = "count", "item"  # «تجمد رصيد الخليج عند نقطة واحدة»: a tally of one
            elif noun is None and nxt is not None and _RANGE_GAP.fullmatch(norm, n.end, nxt.start) and (
                    na := _noun_after(norm, nxt.end, limit)) is not None and na.kind == "measure":
                continue  # «ارتفاع الموج من 2 إلى 4 أقدام» (told as a change): the bound of a measure
            elif noun is not None and noun.kind == "measure":
                if nxt is not None and _rx(r"\s+من\s+(?:اصل\s+)?").fullmatch(norm, max(noun.end, n.end), nxt.start) \
                        and ((na := _noun_after(norm, nxt.end, limit)) is None or na.key == noun.key) \
                        and not _CURRENCY.match(norm, nxt.end, limit) and not _RANGE_GAP.match(norm, nxt.end, limit):
                    skip_until = nxt.end  # «99 درجة من 100»: out of a measure, no count either
                continue
            elif noun is not None and noun.kind.startswith("time:") and n.kind == "fraction" and _rx(
                    r"(?:هم|هن|هما|نا|كم)\Z").search(norm, noun.start, noun.end):
                continue  # «يقضون ثلث يومهم أمام الأجهزة»: a share of a whole, not a span
            elif noun is not None and noun.kind.startswith("time:"):
                if self.is_age(n, noun, sent):
                    continue
                category, unit = "duration", noun.kind[5:]
                if unit == "century":  # «منذ ربع قرن»: 25 years
                    unit = "year"
                    value, low, high = (None if v is None else _tidy(v * 100) for v in (value, low, high))
                if unit == "decade":
                    if _DECADE_CONTEXT.search(norm, max(floor, n.start - 30), n.start) and (n.high or 0) <= 30:
                        # (not «بلغ عدد العقود خلال الربع ٩ آلاف عقد»: contracts)
                        unit = "year"  # «منذ أزيد من عقدين»: twenty years
                        value, low, high = (None if v is None else _tidy(v * 10) for v in (value, low, high))
                    else:
                        category, unit = "count", "item"  # «وقعت الوزارة عقدين»: two contracts
                half = _PART_AFTER.match(norm, max(noun.end, number_end), limit)
                if half and value is not None and qualifier != "range":  # «أربع ساعات ونصف»، «ساعتين وربع»
                    # a part of the unit as written: «ثلاثة عقود ونصف» are 35 years
                    per = 100 if noun.kind == "time:century" else 10 if noun.kind == "time:decade" and unit == "year" else 1
                    value = low = high = _tidy(value + _PART[half.group("f")] * per)
                    end = max(end, half.end())
                    skip_until = max(skip_until, half.end())  # («ساعتين ونصف الساعة»: that half is this figure's)
            elif n.kind == "fraction":
                continue
            else:
                prev = last.get(sent)
                lo = self.clause_start(self.left_window(start, floor), start)
                if prev is not None and prev.end > lo:
                    gap = norm[prev.end:start]
                    if not _COORDINATION.fullmatch(gap) and not (
                            prev.category == "duration" and _DURATION_FOR.fullmatch(gap)) and not (
                            prev.category == "duration" and _SINCE_OR_AFTER.search(norm, max(floor, prev.start - 12), prev.start)
                            and len(_WORD.findall(gap)) <= 3) and not (
                            prev.category == "duration" and not _WORD.search(gap) and not _search(r"[،,؛:]", gap)):
                        # (nor «أفرج قبل بضعة أيام عن 40 موقوفاً»، «أفرجوا بعد يومين عن أربعة»: a span of time said in passing;
                        # «ضبطت … خلال حملة استمرت أسبوعين 1245 مخالفاً»: the span, then the figure)
                        # another head count's words stand between (but «بالسجن 5 سنوات لـ4
                        # آخرين»: the term belongs to the sentence of these people)
                        lo = prev.end
                at = min(start, noun.start) if left_unit is not None and noun is not None else start
                self._sum_before = money.get(sent)
                category, trigger = self.category(n, noun, at, end, lo, sent, prev, self.group_of(n, sent, people.get(sent)))
                if category is None:
                    continue
                if category in _PERSON_CATEGORIES and noun is None and isinstance(n.value, float) \
                        and not _rx(r"\s*(?:الي|حتي|و)\s*\d").match(norm, n.end) \
                        and not _search(r"(?<![^\W\d_])(?:لكل|في\s+الالف|بالالف)(?![^\W\d_])", norm[sent[0]:sent[1]]):
                    continue  # «حققت أعلى معدل وطني بـ19,73»: no one is counted in fractions (a rate «لكل» aside)
                group = people.get(sent)
                if category == "recovered" and trigger is not None and norm.startswith("بعد تلقي", trigger[0]) \
                        and (group is not None and group.category == "injured"
                             or noun is not None and noun.kind == "trigger:injured"
                             or (group is None or group.category in ("killed", "casualties")) and not (
                            self.about_disease(sent[0]) or self.disease_in_paragraph(sent[0]))):
                    category = "injured"  # wounded sent home «بعد تلقي العلاج» are still the wounded
                if category == "people" and prev is not None and prev.category == "duration" and (
                        term := _DURATION_FOR.fullmatch(norm, prev.end, min(start, noun.start) if noun is not None else start)) and (
                        term.group("term") or _PRISON_NEAR.search(norm, max(floor, prev.start - 40), prev.start)
                        or _SENTENCED_TO_BEFORE.search(norm, max(floor, prev.start - 30), prev.start)) \
                        and "موقوف" not in (term.group("term") or ""):  # (a suspended term holds no one)
                    category = "detained"  # «46 سنة سجنا نافذا على 9 متهمين»، «بالسجن 9 سنوات في حق ثلاثة»: sentenced
                elif category == "people" and _PRISON_FOR_BEFORE.search(norm, max(floor, start - 30), start):
                    category = "detained"  # «قضت بسنة حبسا نافذا في حق 8 منهم»: a term with no figure of its own
                elif category == "people" and _RULED_FOR_BEFORE.search(norm, max(floor, start - 32), start) \
                        and _PRISON_TERM_AFTER.match(norm, max(end, noun.end) if noun is not None else end, limit):
                    category = "detained"  # «قضى في حق 53 متهما بعقوبات تراوحت بين سنتين و20 سنة سجنا نافذا»
                elif category == "people" and noun is not None and noun.kind == "person" and _FOR_CONVICTS_BEFORE.search(
                        norm, max(floor, start - 40), start) and _VERDICTS.search(norm, max(floor, start - 120), min(limit, end + 120)) \
                        and _PRISON_NEAR.search(norm, max(0, floor - 200, start - 400), min(limit, end + 200)) \
                        and not _ACQUITTED.search(norm, max(floor, start - 60), start) \
                        and not _NOT_HELD.search(norm, max(floor, start - 60), min(limit, end + 60)) \
                        and "اعدام" not in norm[max(floor, start - 40):start]:  # (a death sentence: see _Reader.to_death)
                    # «وزعت باقي الأحكام على 49 متهما»، «أصدرت أحكاما في حق 53 متهما تراوحت بين سنة و20 سنة سجنا»،
                    # «وزعت على (4) متهمين آخرين أحكاما»: prison terms shared out (not an acquittal)
                    category = "detained"
                if category == "detained" and trigger is not None and noun is not None and noun.key in _PLAYERS \
                        and _STOP_WORD.match(norm, trigger[0], trigger[1]):
                    category, trigger = "people", None  # «أوقفت لجنة التأديب 23 لاعبا»: players suspended, not held
                if category == "injured" and _DEATHS_AMONG.match(norm, max(end, noun.end) if noun else end, limit):
                    category = "casualties"
                elif category == "killed" and noun is not None and noun.key in _CASE_NOUNS and _DIED_OF_THEM.match(
                        norm, max(end, noun.end), limit):
                    category = "casualties"  # «23 حالة غرق، توفي منها 11 شخصا»: the cases, dead and saved
                if category == "people" and _TERM_NEXT.match(norm, max(end, noun.end) if noun else end, limit) \
                        and _PRISON_NEAR.search(norm, floor, limit):
                    category = "detained"  # «حكمت على المتهم بعشر سنوات سجناً، وعلى ثلاثة آخرين بخمس سنوات»
                if category == "captive" and prev is not None and prev.category == "released" and prev.sentence == sent \
                        and _VERSUS.search(norm, max(floor, start - 20), start):
                    category, trigger = "released", prev.trigger  # «يفرج عن عشر رهائن مقابل ثلاثين أسيرة»: an exchange
                if category == "people" and (amid := _AMONG_VICTIMS.match(
                        norm, max(end, noun.end) if noun else end, limit)):
                    category = _AMONG_CATEGORY.get(amid.group("w")) or (  # «الضحايا» of a toll of deaths only
                        "killed" if self.harm_told(n.start) == {"killed"} else "casualties")
                    trigger = amid.span("w")
                if category in ("people", "casualties") and n.dual_of is not None and _rx(r"ا(?:هما|ها)\Z").search(
                        norm, n.start, n.end):
                    continue  # «الضحايا هم الأب والأم وطفلاهما»: who the counted were (not «توفيت امرأة وطفلاها»)
                if category in ("infected", "people") and (left_of := _LEFT_OF_THEM.search(norm, max(floor, n.start - 20), n.start)) \
                        and (self.about_disease(sent[0]) or self.disease_in_paragraph(sent[0])):
                    category, trigger = "recovered", left_of.span("w")  # «243 حالة تسمم …، غادر منها 198 حالة»: discharged
                if category == "people" and (noun is None or noun.kind == "person") and "قض" in norm[max(floor, n.start - 160):n.start] and (
                        elim := _ELIMINATED_BEFORE.search(norm, max(floor, n.start - 160), n.start)) is not None:
                    category, trigger = "killed", elim.span("v")  # «قضت مفرزة للجيش … على (03) إرهابيين»: killed them
                if category == "people" and (noun is None or noun.kind == "person") and "حتفهم" in norm[end:min(sent[1], end + 160)] and (
                        died := _ALL_DIED.search(norm, end, min(sent[1], end + 160))) is not None \
                        and not _search(r"[.؛]", norm[end:died.start()]):
                    category, trigger = "killed", died.span()  # «تقل 224 شخصاً، هم 217 راكباً وسبعة …، لقوا حتفهم جميعاً»
                if category in ("detained", "people") and "غادر" in norm[max(floor, n.start - 12):n.start] \
                        and (left_prison := _LEFT_PRISON.search(norm, max(floor, n.start - 12), n.start)) is not None \
                        and (_rx(r"\s+(?:منهم|منهن)?\s*(?:ال)?(?:سجن|سجون|المؤسسه\s+السجنيه)(?![^\W\d_])").match(norm, n.end, limit)
                             or _PRISON_LEFT_AFTER.match(norm, end, limit)):
                    category, trigger = "released", left_prison.span("v")
                    # «غادر 8 منهم السجن»: freed
                if category in ("infected", "recovered") and noun is not None and noun.kind == "person" \
                        and _VACCINATED_BEFORE.search(norm, max(floor, n.start - 70), n.start) is not None:
                    category, trigger = "people", None  # «عملية التلقيح … شملت أزيد من 14 ألف طفل»: the vaccinated
                if category == "people" and noun is not None and "عيش" in norm[max(floor, n.start - 24):n.start] \
                        and _LIVES_BEFORE.search(norm, max(floor, n.start - 24), n.start) \
                        and (virus := _WITH_DISEASE.match(norm, noun.end, limit)) is not None:
                    category, trigger = "infected", virus.span("d")  # «يعيش قرابة 22 ألف شخص مع فيروس نقص المناعة»
                if category in ("people", "detained") and "استفاد" in norm[max(floor, n.start - 14):n.start] \
                        and _BENEFITED_BEFORE.search(norm, max(floor, n.start - 14), n.start) \
                        and (pardon := _PARDON_AFTER.match(norm, end, limit)) is not None \
                        and not (noun is not None and noun.key in ("شخص", "شخصا", "اشخاص")) \
                        and (_rx(r"\s+(?:منهم|منهن)\s+").match(norm, n.end, limit) or _REST_OF_TERM.match(norm, pardon.end(), limit)
                             or not _SUBSET_CUT.search(norm, sent[0], sent[1])) and "حاله سراح" not in norm[end:min(limit, end + 60)]:
                    # (not a total that holds sentences only cut, nor those pardoned «وهم في حالة سراح»)
                    category, trigger = "released", pardon.span("p")  # «استفاد 188 معتقلا … من العفو الملكي»: pardoned, freed
                if category in ("detained", "people") and noun is not None and (
                        who := _rx(r"\s+(?:(?:الذين|اللواتي)\s+)?(?:استفادوا|استفدن)\s+من\s+(?:ال)?عفو").match(norm, noun.end, limit)) \
                        and (rest := _REST_OF_TERM.match(norm, who.end(), limit)) \
                        and not _rx(r"\s+او\s+(?:من\s+)?(?:ال)?تخفيض").match(norm, rest.end(), limit):  # (not «… أو من التخفيض منها»)
                    category, trigger = "released", None  # «منهم 1063 من المعتقلين الذين استفادوا من العفو من بقية العقوبة»
                if category in ("released", "people") and _rx(r"\s+(?:منهم\s+)?(?:من|ب)\s*(?:ال)?تخفيض").match(norm, n.end, limit) and (
                        category == "released" or _BENEFITED_BEFORE.search(norm, max(floor, n.start - 14), n.start)):
                    category, trigger = "detained", None  # «و97 من التخفيض من مدة العقوبة»: still held, sentence cut
                if category == "missing" and trigger is not None and (_rx(r"البحث\s+(?:جاري[اي]?\s+)?عن").match(norm, trigger[0]) or norm[trigger[0]:trigger[1]] in _SEARCH_FOR) \
                        and _MANHUNT.search(norm, sent[0], min(limit, end + 60)):
                    category, trigger = "people", None  # «القبض على أحد الجناة، وتواصل البحث عن اثنين آخرين»: wanted
                if category == "infected" and noun is not None and noun.key in _CASE_NOUNS and _EMERGENCY_CASES.match(
                        norm, noun.end, limit) and not _TRIGGER.match(norm, noun.start, limit):
                    category, trigger = "people", None  # «8.315 حالة إسعافية»: emergencies of any kind, sick or hurt
                if category == "people" and noun is not None and noun.key in _CASE_NOUNS and _DISEASE.search(
                        norm, noun.end, min(limit, noun.end + 25)) and not _WOUNDS.search(norm, noun.end, min(limit, noun.end + 25)):
                    category = "infected"  # «منها 512 حالة إغماء وإجهاد حراري»: cases of an illness among the emergencies
                if category == "people" and noun is not None and noun.key in _CASE_NOUNS and (
                        hurt := _CASES_OF_WOUNDS.match(norm, noun.end, limit)) is not None:
                    category, trigger = "injured", hurt.span("w")  # «312 حالة ناتجة عن حوادث مرورية ومشاجرات»
                if category == "people" and trigger is not None and _DEPORTED.match(norm, trigger[0], trigger[1]) and (
                        seized := _SEIZED_AFTER.search(norm, end, min(limit, end + 90))) is not None:
                    category, trigger = "detained", seized.span()  # «رحلت 3850 مخالفاً … بعد ضبطهم»: held, then sent home
                if category == "casualties" and trigger is not None and "الضحايا" in norm[trigger[0]:trigger[1]] \
                        and (noun is None or noun.kind == "person" or noun.partitive) and self.harm_told(n.start) == {"killed"} \
                        and (_search(r"(?<![^\W\d_])(?:[وف]?(?:هم|هن)|بين)(?![^\W\d_])", norm[trigger[1]:n.start])
                             or _search(r"(?<![^\W\d_])(?:بين|من)\s+\Z", norm[max(0, trigger[0] - 6):trigger[0]])) \
                        and not _STILL_BEFORE.search(norm, max(floor, n.start - 16), n.start):  # (not «لا يزال نحو 20 من الضحايا تحت الركام»)
                    # «لقيت أسرة حتفها … الضحايا الخمسة هم الأب والأم وثلاثة أطفال»، «قتل 32 مدنيا … ومن بين
                    category = "killed"  # الضحايا عائلة من 5 أفراد»: who the dead just told were, not a new toll
                if category == "money":
                    category, unit, trigger = "money", trigger, None
                    if prev is not None and prev.category == "money" and prev.noun is not None and (
                            per := L.CURRENCY_PER_UNIT.get(norm[prev.noun[0]:prev.noun[1]].split()[0])):
                        # «20 مليون سنتيم …، من أصل 50 مليونا»: more of the same subunit
                        value, low, high = (None if v is None else _tidy(v / per) for v in (value, low, high))
                elif category == "duration":  # more of the span before, in its unit; never a span with no unit
                    category, unit = ("duration", prev.unit) if prev is not None and prev.category == "duration" else ("count", "item")
                else:
                    unit = "person" if category in _PERSON_CATEGORIES else "item"
                    if category == "count" and time_next is not None and time_next.kind == "person":
                        category, unit = "people", "person"  # «انخفض عدد الفقراء من 7,5 ملايين إلى 2,8 مليون شخص»
            if noun is not None:
                end = max(end, noun.end)
                start = min(start, noun.start)
            if qualifier in ("at_least", "more_than"):
                low, high = value, None
            elif qualifier in ("at_most", "less_than"):
                low, high = None, value
            elif qualifier == "about":
                low = high = None
            if trigger is not None:
                ts, te = trigger
                if ts >= end and not _search(r"[،,.؛]", norm[end:ts]) and ts - end <= 40:
                    end = te
                elif te <= start and start - te <= 25 and not _search(r"[،,.؛]", norm[te:start]):
                    start = ts
            draft = _Draft(n, category, unit, qualifier, value, low, high, start, end,
                           (noun.start, noun.end) if noun else None, trigger, sent)
            last[sent] = draft
            self._last_draft = draft
            if category == "money":
                self._last_money = draft
            if draft.trigger is not None:
                self._used.add(draft.trigger)
            if category in _PERSON_CATEGORIES:
                people[sent] = draft
                self._last_people = draft
                self._recent_people = self._recent_people[-5:] + [draft]
                if self._sentence_people and self._sentence_people[-1].sentence != sent:
                    self._sentence_people = []
                self._sentence_people.append(draft)
                if category in ("killed", "injured", "casualties"):
                    self._harm_told.setdefault(norm.rfind("\n", 0, n.start) + 1, set()).add(category)
            elif category == "money":
                money[sent] = draft
            yield draft

    def range_partner(self, n: _Num, nxt: Optional[_Num], sent: tuple[int, int]) -> Optional[_Num]:
        """The upper bound of a range that starts at ``n``: بين 20 و30، من 20 إلى 30، 20-30."""
        if nxt is None or n.value is None or nxt.value is None or nxt.start >= sent[1]:
            return None
        if n.kind == "percent" and nxt.kind != "percent":
            return None  # «صعد 0.6 بالمئة إلى 2385 دولاراً»
        if _is_year_value(self.norm[n.start:n.end]) and (
                _is_year_value(self.norm[nxt.start:nxt.end]) or nxt.value >= 10 ** 5) and not (
                _BETWEEN_AND.fullmatch(self.norm, n.end, nxt.start)
                and _RANGE_START.search(self.norm, max(sent[0], n.start - 25), n.start)
                and ((nn := _noun_after(self.norm, nxt.end, sent[1])) is not None and nn.kind in ("person", "known_item")
                     or _CURRENCY.match(self.norm, nxt.end, sent[1]))):
            # «1436-1437هـ»، «2015 - 2016»: two years; «أحداث 2011 إلى 9.8 مليون»
            # (but «بين 1500 و2000 مقاتل» counts fighters, «بين 1400 و1900 ريال» prices)
            return None
        gap = _RANGE_GAP.fullmatch(self.norm, n.end, nxt.start)
        if gap is None and _RANGE_START.search(self.norm, max(sent[0], n.start - 25), n.start):
            # «بين ثلاث سنوات وخمس عشرة سنة»: the first bound carries the noun
            m = _NOUN_BETWEEN.fullmatch(self.norm, n.end, nxt.start)
            if m and m.group("to") != "و" and not _rx(r"(?<![^\W\d_])[وف]?(?:تتراوح|يتراوح|تراوحت|تراوح|بالحبس|بالسجن|بغرامه|بالغرامه)\s+(?:[^\s\d]+\s+)?\Z").search(
                    self.norm, max(sent[0], n.start - 30), max(sent[0], n.start - 3)):
                m = None  # «ارتفع السعر من 20 درهما إلى 30 درهما»: a change; «تتراوح من 20 ألف دينار إلى 100 ألف دينار»: a range
            if m and (_noun_kind(m.group("w"))[0] not in ("none", "item") or _CURRENCY.fullmatch(" " + m.group("w"))):
                # «بين ثلاث سنوات وخمس عشرة سنة»، «بين ألفي درهم وعشرين ألف درهم»
                gap = m
        if gap is None and (lg := _NOUN_BETWEEN_LONG.fullmatch(self.norm, n.end, nxt.start)) is not None and _rx(
                r"(?<![^\W\d_])[وف]?(?:تتراوح|يتراوح|تراوحت|تراوح)\s+(?:[^\s\d]+\s+)?(?:ما\s+)?بين\s*\Z").search(
                    self.norm, max(sent[0], n.start - 30), n.start) \
                and (_CURRENCY.fullmatch(" " + lg.group("w")) or _noun_kind(lg.group("w"))[0] not in ("none", "item")) \
                and self.norm.startswith(lg.group("w")[:3], nxt.end + 1):
            gap = lg  # «تتراوح أسعارها بين 3500 ريال للحج المخفض و11 ألف ريال للفئة الأعلى»: each bound with its noun
        if gap is None and (sr := _STARTS_THEN_REACHES.fullmatch(self.norm, n.end, nxt.start)) is not None and _rx(
                r"(?<![^\W\d_])[وف]?(?:تبدا|يبدا|تبتدئ|يبتدئ)\s+من\s*\Z").search(self.norm, max(sent[0], n.start - 16), n.start) \
                and (_CURRENCY.fullmatch(" " + sr.group("w")) or _noun_kind(sr.group("w"))[0] not in ("none", "item")):
            gap = sr  # «غرامات تبدأ من ألف ريال وتصل إلى 10 آلاف ريال»: from one bound to the other
        if gap is None and n.written_in_digits and nxt.written_in_digits and (
                signed := _SIGNED_DASH.fullmatch(self.norm, n.end, nxt.start)) and (
                signed.group("after") and self.norm.startswith(signed.group("after"), nxt.end)
                or signed.group("before") and self.norm[max(0, n.start - 1):n.start] == signed.group("before")):
            return nxt if nxt.value > n.value else None  # «10$-20$»، «$10-$20»: a sign on each bound
        if gap is None and _OR_GAP.fullmatch(self.norm, n.end, nxt.start) and n.value >= 1 and \
                n.value < nxt.value <= 3 * n.value and not _is_year_value(self.norm[nxt.start:nxt.end]):
            return nxt  # «ثلاثة أو أربعة أيام»، «قبل يومين أو ثلاثة»: one or the other, a range
        factor = self.months_to_years(gap, nxt, sent) if gap is not None and "w" in gap.groupdict() else 1
        if not gap or not nxt.value * factor > n.value:
            return None
        opener = _RANGE_START.search(self.norm, max(sent[0], n.start - 25), n.start)
        if opener is None and self.norm[n.start:n.end] in ("واحد", "واحده"):
            opener = _ONE_UNIT_OPENER.search(self.norm, max(sent[0], n.start - 25), n.start)
        if factor != 1:
            if not (opener and opener.group("w") == "بين" and gap.group("to") == "و"):
                return None
            self._range_factor[n.start] = factor  # «بين 3 أشهر وسنتين»: 3 to 24 months
        if opener is None and n.dual_of is not None and gap.group("to") and gap.group("to") != "و" and not (
                (na := _noun_after(self.norm, nxt.end, sent[1])) is not None and na.kind.startswith("time:")
                and na.kind == _noun_kind(n.dual_of)[0]):
            return None  # «منذ أسبوعين إلى 81 قتيلا»: a span, then where a toll rose to (but «يومين إلى ثلاثة أيام»)
        if opener is None and gap.group("to") and gap.group("to") != "و" and (chg := _CHANGE_BEFORE.search(
                self.norm, max(sent[0], n.start - 60), n.start)) and not any(
                _noun_after(self.norm, o.end, n.start) is not None and not (
                    self.norm[o.start - 1:o.start].isascii() and self.norm[o.start - 1:o.start].isalpha())
                for o in self.nums[bisect_left(self._num_starts, chg.start()):bisect_left(self._num_starts, n.start)]):
            # (not «ما يزيد على 280 ألف مواطن … خلال 3 إلى 6 أشهر»: that verb was another figure's)
            return None  # «خفض الفائدة بمقدار 2.5 نقطة إلى 47.5 في المئة»: a change, not a range
        if opener and opener.group("w") == "من" and "تراوح" not in opener.group() and not _rx(
                r"(?<![^\W\d_])(?:ب|)نسبه\s+\Z").search(self.norm, max(sent[0], opener.start() - 8), opener.start()) \
                and _CHANGE_BEFORE.search(self.norm, max(sent[0], opener.start() - 100), opener.start()):
            # (not «تراجع المبيعات هذا العام بنسبة من ١٠ إلى ١٥٪»: the rate of the change, a range)
            return None  # «ارتفع معدل البطالة من 11,8 إلى 13»: two figures, not a range
        if opener and opener.group("w") == "من" and "عقوب" in self.norm[max(sent[0], opener.start() - 220):opener.start()] \
                and _TERM_CHANGED.search(self.norm, max(sent[0], opener.start() - 220), opener.start()):
            return None  # «رفعت غرفة الجنايات الاستئنافية … العقوبة … من ثلاث إلى ست سنوات»: the term before and after
        if gap.groupdict().get("lam"):
            return nxt if opener and opener.group("w") == "من" else None
        if gap.group("to") == "و" or gap.groupdict().get("bracketed"):
            return nxt if opener and opener.group("w") == "بين" else None
        if gap.group("dash"):
            return nxt if n.written_in_digits and nxt.written_in_digits and nxt.dual_of is None else None
        return nxt

    def months_to_years(self, gap: re.Match, nxt: _Num, sent: tuple[int, int]) -> int:
        """12 when a range opens in months and closes in years («بين 3 أشهر وسنتين»), else 1."""
        if _noun_kind(gap.group("w"))[0] != "time:month":
            return 1
        if nxt.dual_of is not None:
            unit = _noun_kind(nxt.dual_of)[0]
        else:
            na = _noun_after(self.norm, nxt.end, sent[1])
            unit = na.kind if na is not None else ""
        return 12 if unit == "time:year" else 1

    def subset_head(self, start: int, sent: tuple[int, int]) -> Optional[_Draft]:
        """The whole a «بينهم» list breaks down: «9,100 أسير، بينهم 3,558 معتقلا إداريا، و200 طفل»."""
        marks = [m.start() for m in _SUBSET_WORD.finditer(self.norm, sent[0], start)]
        if not marks:
            return None
        heads = [d for d in self._sentence_people if d.sentence == sent and d.end <= marks[-1]]
        return heads[-1] if heads else None

    def subset_list_before(self, group: _Draft, start: int) -> bool:
        """«مقتل 15 شخصاً من بينهم نساء وأطفال وجندي أفغاني واحد»: a list that «بينهم» opens."""
        word = _WORD.match(self.norm, start)
        ends = sorted([m.end() for m in _SUBSET_WORD.finditer(self.norm, group.end, start)
                       # (not «نحو ٤٠ ألف أسرة منهم إلى …، بينما لا يزال ما بين ٥ و٧ آلاف»: that figure's «منهم»)
                       if not self.number_between(max(group.end, m.start() - 16), m.start())] + (
            [] if word is not None and word.group().endswith(("اها", "اه", "اهم")) else  # (not «هم امرأة وطفلاها»: hers)
            [m.end() for m in _THEY_ARE.finditer(self.norm, group.end, start)]))  # «، هم الأب وطفلان»
        return bool(ends) and start - ends[-1] <= 60 and not self.number_between(ends[-1], start)

    def in_list_after(self, group: _Draft, start: int) -> bool:
        """«4 أشخاص «سائق السيارة وامرأتين وطفلة»»: a breakdown in brackets after a count."""
        m = _rx(r"\s*[«\"“(]").match(self.norm, group.end, start)
        return bool(m) and start - m.end() <= 60 and not _search(r"[»\"”)]", self.norm[m.end():start])

    def change_scale(self, n: _Num, after: _Num) -> Optional[Value]:
        """«من 2 إلى 3 ملايين»، «من 7,5 إلى 2,8 مليون»: a bare first figure of a change takes the
        scale word of the second, when the two are then within a hundredfold of each other."""
        if n.value is None or after.value is None or n.value >= 1000 or _search(r"[^\W\d_]", self.norm[n.start:n.end]) \
                or not _search(r"الف|الاف|مليون|ملايين|مليار|مليارات", self.norm[after.start:after.end]):
            return None
        scale = 1000
        while after.value >= scale * 1000:
            scale *= 1000
        scaled = _tidy(n.value * scale)
        return scaled if after.value / 100 <= scaled <= after.value * 100 else None

    def shared_scale(self, n: _Num, partner: _Num):
        """«بين 10 و12 مليار»: the upper bound's scale word also multiplies the lower."""
        low = n.value
        raw = self.norm[n.start:n.end]
        if (_search(r"[^\W\d_]", raw) and (low >= 1000 or _search(r"الف|الاف|مليون|ملايين|مليار", raw))
                or not _search(r"[^\W\d_]", self.norm[partner.start:partner.end])):
            return low  # «بين 10 و12 مليار»، «بين ثلاثة وخمسة مليارات»: the second's scale multiplies both
        scale = 1000
        while partner.value >= scale * 1000:
            scale *= 1000
        if partner.value >= scale and low * scale < partner.value and low < 1000:
            return _tidy(low * scale)
        return low

    def and_subunit(self, value: Optional[Value], after: int, nxt: Optional[_Num], limit: int
                    ) -> Optional[tuple[Value, int]]:
        """The amount with the subunits joined after the currency word that ends at
        ``after``, and where they end: «3 ريالات وهللتان» is 3.02 riyals."""
        if value is None or nxt is None or nxt.value is None:
            return None
        one = _AND_ONE_SUBUNIT.fullmatch(self.norm, after, nxt.start)
        if one and self.norm[nxt.start:nxt.end] in ("واحد", "واحده", "واحدا"):
            per = L.CURRENCY_PER_UNIT.get(one.group("c"))  # «ريال واحد وهللة واحدة»
            return (_tidy(value + 1 / per), nxt.end) if per else None
        if not _AND_SUBUNIT.fullmatch(self.norm, after, nxt.start):
            return None
        sub = None if nxt.dual_of else _CURRENCY.match(self.norm, nxt.end, limit)
        per = L.CURRENCY_PER_UNIT.get(sub.group("c") if sub else nxt.dual_of or "")
        if not per:
            return None
        return _tidy(value + nxt.value / per), (sub.end() if sub else nxt.end)

    def currency_code(self, word: str, pos: int, value: Optional[Value] = None, written: str = "") -> str:
        """ISO code of a currency word at ``pos``; «ريال» or «درهم» alone takes the country
        named nearest in the text (and a sum of ``value`` dinars, ``written`` so, only Iraq counts)."""
        code = L.CURRENCIES[word]
        if " " in word:
            return code
        if word in _QIRSH:  # «32 قرشا بدلا من 16 قرشا … 27 دينارا»: the piastre of the dinar told with it
            sent = self.sentence_of(pos)
            dinar = _base_words("دينار").search(self.norm, max(sent[0], pos - 150), min(sent[1], pos + 150))
            if dinar is not None:
                return self.currency_code(dinar.group(), dinar.start())
            return code
        base = L.CURRENCY_BASE.get(word) or _SUBUNIT_BASE.get(word)  # «ليرات»، «دنانير»، «فلساً»: the country decides them too
        if base is None:
            return code
        adj = _CUES.match(self.norm, pos + len(word) + 1) if self.norm[pos + len(word):pos + len(word) + 1] == " " else None
        if adj is not None:  # «12.2 ريالاً قطرياً»: the nationality written right after
            got = next((c for cue, c in _CUES_OF.get(base, ()) if cue == adj.group("cue")), None)
            if got is not None:
                return got
        floor = max(self.sentence_of(pos)[0], pos - 150)  # (a window, not the sentence: linear in long lists)
        for m in reversed(list(_base_words(base).finditer(self.norm, floor, pos))):
            nxt = _WORD.match(self.norm, m.end() + 1) if self.norm[m.end():m.end() + 1] == " " else None
            got = None if nxt is None else L.CURRENCIES.get(m.group() + " " + nxt.group()) or next(
                (c for cue, c in _CUES_OF.get(base, ()) if cue == nxt.group()), None)
            if got is not None:
                return got  # «حاجز 400 ريال يمني، بعد أن كان يُصرف بنحو 57 ريالاً»: the nationality told just before
        best = None
        pos = self.base + self.nt.offsets.start(pos)  # cues are indexed in the caller's offsets
        for cue, c in _FIRST_CUES.get(base, ()):
            if self.cue_positions(cue):
                return c  # «مركز الملك سلمان للإغاثة … في مأرب … بتكلفة 18,750,000 ريال»: the donor's riyals
        cues = self._named_cues.get(base)
        if cues is None:  # once per text and currency: the cues named in it (a month name only when no country is)
            named = [(cue, c) for cue, c in _CUES_OF.get(base, ()) if self.cue_positions(cue)]
            strong = [(cue, c) for cue, c in named if L.CUE_WEIGHT.get((base, cue)) != "weak"]
            cues = self._named_cues[base] = strong or named
        for cue, c in cues:
            at = self.cue_positions(cue)
            k = bisect_right(at, pos)
            for j in (k - 1, k):  # the nearest occurrence on either side
                if 0 <= j < len(at) and (best is None or abs(at[j] - pos) < best[0]):
                    best = (abs(at[j] - pos), c)
        if best is None and base == "دينار" and value is not None and value >= _IRAQI_SUMS and (
                "تريليون" in written or not _search(r"\d{4}", written)):
            # «تستحوذ الرواتب على أكثر من 62 تريليون دينار»، «412 مليار دينار»: only Iraq counts its
            # dinars so (Algeria's budget, as large, is written «16794 مليار دينار»)
            return "IQD"
        return best[1] if best else code

    def cue_positions(self, cue: str) -> list[int]:
        """Where a country cue is named in the text (all cues found in one scan)."""
        if self._cues is None:
            self._cues = _cue_index(self.nt)
        return self._cues.get(cue, [])

    def members_of_counted(self, prev: Optional[_Draft], start: int, end: int, sent: tuple[int, int], floor: int,
                           limit: int) -> Optional[re.Match]:
        """The event that befell the families or homes counted just before, whose members or residents
        this figure counts: «إجلاء سكان ٩٦ قرية يقطنها نحو ١٢ ألف نسمة» (the evacuation)."""
        norm = self.norm
        if prev is None or prev.sentence != sent or prev.category != "count" or prev.noun is None \
                or not _FAMILY_MEMBERS_BEFORE.search(norm, max(floor, start - 40), start):
            return None
        fam = _rx(r"\s+").match(norm, prev.noun[1])
        t = _TRIGGER.match(norm, fam.end(), limit) if fam is not None else None
        if t is None or not self.is_event(t):
            if _noun_kind(norm[prev.noun[0]:prev.noun[1]].split()[0])[1] not in _FAMILY | _DWELLINGS:
                return None
            t = next((m for m in reversed(list(_TRIGGER.finditer(norm, max(sent[0], prev.start - 200), prev.start)))
                      if self.is_event(m) and not weak_trigger(m)), None)
            if t is None or norm[t.start():t.start("trig")].endswith("ل") or (
                    norm[t.start():t.start("trig")].endswith("ب") and norm[t.end():prev.start].strip()):
                return None  # («قامت السلطات بإجلاء 112 أسرة، تضم»: «ب» right before the families)
        return t if self.category_of(t, end, limit) in ("affected", "displaced", "evacuated", "rescued") else None

    def category(self, n: _Num, noun: Optional[_Noun], start: int, end: int, lo: int,
                 sent: tuple[int, int], prev: Optional[_Draft], group: Optional[_Draft]
                 ) -> tuple[Optional[str], Optional[tuple[int, int]]]:  # noqa: C901
        """(category, trigger span) of a head count; ``(None, None)`` when it is no claim.

        The order is the rule: what the event right before the number says, what the
        noun itself says, a verb right after the phrase, a subset or a coordinated
        figure of the one before, the nearest event in the clause, then people/count.
        """
        norm = self.norm
        floor, limit = sent
        kind = noun.kind if noun else None
        if kind == "known_item" and noun is not None and noun.partitive and noun.key in _FAMILY:
            kind = "person"  # «مصرع 3 من أسرة واحدة»: members of a family (not «من الأسر»: families)
        if (kind == "person" or noun is None) and _CUSTODY_BEFORE.search(norm, max(floor, start - 20), start) \
                and _CUSTODY_AFTER.match(norm, max(end, noun.end) if noun else end, limit):
            return "detained", None  # «جرى الاحتفاظ بـ 1.021 قاصرا تحت تدبير المراقبة»: police custody
        if (kind == "person" or noun is None) and not _OF_THEM_AFTER.match(norm, n.end, limit) and _RESIDE_BEFORE.search(
                norm, max(floor, start - 16), start) \
                and self.trigger_right(max(end, noun.end) if noun else end, limit) is None:
            if _IN_CAMPS.match(norm, max(end, noun.end) if noun else end, limit):
                return "displaced", None  # «ويعيش نحو 1.9 مليون شخص في خيام ومساكن مؤقتة»: without a home
            return "people", None  # «المجاعة وشيكة في المحافظتين حيث يعيش نحو 300 ألف شخص»: residents
        if noun is None and n.value is None and _rx(r"\s+(?:ال)?اخري(?![^\W\d_])").match(norm, n.end, limit):
            return "count", None  # «أغلقت 1700 مسجد …، فيما تتواصل أشغال ترميم المئات الأخرى»: «أخرى» agrees with things
        if noun is not None and noun.key.startswith("مشترك") and _UTILITY.search(norm, norm.rfind("\n", 0, floor) + 1, limit):
            return "count", None  # «طال الانقطاع نحو 12 ألف مشترك»: electricity accounts, not people
        if kind == "item" and noun.key not in L.NOUNS and not noun.partitive and group is not None \
                and group.category in _PERSON_CATEGORIES and not (  # (not «بمشاركة 702 عارض، منهم 351 عارضا»: of those)
                    prev is not None and prev.category == "count" and prev.num.start > group.num.start) and _search(
                    r"(?:[،,(]\s*[وف]?|(?<![^\W\d_])[وف])(?:من\s+)?(?:بينهم|بينهن|منهم|منهن)\s*\Z", norm[max(floor, start - 16):start]):
            return group.category, group.trigger  # «81 امرأة، من بينهن 60 منتخبة»: some of those people (not «جمع منهم
            # 590 كيس دم»: from them)
        if noun is not None and kind in ("item", "known_item") and prev is not None and prev.category == "money" \
                and n.value is not None and self.more_of_sum(n, noun, start, floor, limit):
            return "money", prev.unit  # «منها 65 مليوناً مستحقات»: more of the sum before, whatever it pays for
        if kind == "person" and _search(r"(?<![^\W\d_])[وبل]?ايواء\s+(?:(?:ما\s+)?(?:يقارب|يناهز|نحو|حوالي|قرابه|زهاء)\s+)?\Z",
                                        norm[max(floor, start - 24):n.start]) and not _DEPORTATION.match(norm, noun.start, noun.end) \
                and not _search(r"(?<![^\W\d_])[وبف]?(?:دار|دور)\s+(?:ال)?ايواء", norm[floor:limit]):  # (a shelter home for runaways)
            if _rx(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:اجلاء|اخلاء)(?![^\W\d_])").search(norm, floor, n.start):
                return "evacuated", None  # «لإجلاء قاطني عمارة آيلة للسقوط …، وتم إيواء 62 شخصا»: the evacuated, housed
            return "displaced", None  # «إيواء 140 شخصا في شقق مفروشة»: sheltered, out of their homes
        if (kind == "person" or noun is None or kind.startswith("trigger:")) and "تحول" in norm[end:end + 60] and (turned := _TURNED_INTO.match(
                norm, max(end, noun.end) if noun is not None else end, limit)) and (
                t := _TRIGGER.match(norm, turned.end(), limit)) is not None and self.is_event(t):
            return self.category_of(t, end, limit), t.span()  # «1,129 حالة اعتقال … تحولت إلى اختفاء قسري»
        if (kind == "person" or noun is None) and "مخالط" in norm[max(floor, start - 120):start] and _CONTACTS_TOLD.search(
                norm, max(floor, start - 120), start):
            return "people", None  # «عدد المخالطين لحالات كورونا … بلغ 780 شخصاً»: contacts, not cases
        if (kind == "person" or noun is None) and ("شمل" in (w40 := norm[max(floor, start - 40):start]) or "طال" in w40) and (
                inc := _INCLUDED_BEFORE.search(norm, max(floor, start - 40), start)) and (
                ev := [t for t in _TRIGGER.finditer(norm, max(floor, inc.start() - 90), inc.start())
                       if norm[t.start():t.start("trig")].endswith("ال") and not weak_trigger(t) and self.is_event(t)]) \
                and not self.claim_number_between(ev[-1].end(), start):
            return self.category_of(ev[-1], end, limit), ev[-1].span()  # «عمليات الإجلاء من حلب شملت نحو 35 ألف شخص»
        if (kind == "person" or noun is None) and _MEMBERS_BEFORE.search(norm, max(floor, start - 16), start) and (
                broken := _BROKEN_UP.search(norm, floor, start) or _GANG_HELD.search(norm, max(floor, start - 200), start)) is not None:
            # («أوقفت، قبل بضعة أيام، عصابة إجرامية تتكون من سبعة أفراد»، «أحالت … شبكة … تضم سبعة متهمين»: held, its members)
            if _SOME_ARRESTED.match(norm, max(end, noun.end) if noun is not None else end, limit):
                return "people", None  # «تتكون من سبعة أفراد، أوقف منهم خمسة، فيما يجري البحث عن اثنين»: only some held
            return "detained", broken.span("v" if broken.re is _GANG_HELD else 0)  # «تفكيك خلية إرهابية …، تتكون من سبعة عناصر»
        if kind == "known_item" or noun is not None and noun.key in _CASE_NOUNS and (
                _ITEM_CASE.match(norm, noun.end, limit) or _ITEM_CASES_BEFORE.search(norm, max(floor, start - 80), start)
                or (told := prev or self._last_draft) is not None and told.category == "count" and told.noun is not None
                and _noun_kind(norm[told.noun[0]:told.noun[1]].split()[0])[1] in _CASE_NOUNS
                and "\n" not in norm[told.end:start] and not any(self.is_event(t) for t in _TRIGGER.finditer(norm, told.end, start))):
            # (and «إزالة 1200 حالة تعد …. بلغ إجمالي ما تم إزالته 3400 حالة»: more of the same cases)
            # families, houses, vehicles are items, whatever befell them; «90 حالة طلاق» are cases of a thing
            return "count", None
        if (noun is None or noun.key in _CASE_NOUNS) and prev is not None and (
                prev.category in _PERSON_CATEGORIES or prev.category == "count" and noun is not None) \
                and _VERSUS.search(norm, max(floor, start - 20), start):  # («… مقابل 3279 في العام السابق»)
            # «حالتي وفاة …، مقابل 5 حالات خلال السنة التي قبلها»، «2740 حالة غش، مقابل 3200 حالة»
            if _SUBSET_AFTER.match(norm, prev.num.end) and (head := next(
                    (d for d in self._recent_people if d.sentence == sent and d.end <= prev.start), None)) is not None \
                    and all(isinstance(v, (int, float)) and v > 0 for v in (n.value, head.value, prev.value)) \
                    and abs(math.log(n.value / head.value)) < abs(math.log(n.value / prev.value)):
                # «300 ألف مهاجر …، لقي 2500 منهم حتفهم، مقارنة بـ219 ألفاً خلال العام الماضي»: the head count compared
                # (not «… مقارنة بـ3500 طوال عام 2014»: the part, the nearer in size)
                return head.category, head.trigger
            return prev.category, prev.trigger
        if noun is not None and noun.key in _OTHERS and prev is not None and prev.category in ("money", "count"):
            # «400 دولار نقداً و400 أخرى بالليرة»: more of what was just counted
            return prev.category, (prev.unit if prev.category == "money" else None)
        if (kind == "person" or noun is None) and _AMONG_CASES.search(norm, max(floor, start - 60), start):
            # «من بين الحالات الجديدة ممارسان صحيان»: cases of the disease, or wounds
            return ("infected" if self.about_disease(floor) else "injured"), None
        if (kind == "person" and noun.key not in _CASE_NOUNS or noun is None) and (harm := self.harm_told(n.start)) and (
                tb := _TOLL_BACK.search(norm, max(floor, start - 50), start)) and not _TRIGGER.search(
                    norm, tb.end() if noun is not None else tb.start(), start):  # (a bare figure: «حصيلة الضحايا إلى 200» names its own)
            # «يقدّر المرصد عدد القتلى بأكثر من 600 ألف … وتضم هذه الحصيلة نحو 25 ألف طفل»: the toll's dead;
            # «… 844 قتيلا، فيما نزح 48 ألفا، وسط مخاوف من أن ترتفع الحصيلة إلى الآلاف»
            return ("killed" if "killed" in harm else "casualties"), None
        if (kind == "person" or noun is None) and (had := self.paragraph_people(start)) is not None and \
                had.category not in ("people", "killed", "injured", "casualties") \
                and _TOLL_BACK.search(norm, max(floor, start - 50), start) and not _TRIGGER.search(
                    norm, max(floor, start - 50), start):
            # «تجاوز عدد اللاجئين … 4.6 مليون لاجئ … وتقدّر الحكومة العدد الفعلي بنحو 1.4 مليون سوري»
            return had.category, None  # (its trigger is in another sentence)
        if _BENEFIT_BEFORE.search(norm, max(floor, start - 24), start) and (kind == "person" or noun is None) \
                and self.trigger_right(max(end, noun.end) if noun else end, limit) is None:
            return "people", None  # «مشروعات للأمن الغذائي …، يستفيد منها قرابة مليوني شخص»: who benefits
        if noun is None and prev is not None and (prev.category in _PERSON_CATEGORIES or prev.category == "money") and _rx(
                r"\s*(?:[^\s\d،,.]+\s+){0,3}?(?:الي|حتي)\s+(?:[^\s\d،,.]+\s+){0,2}?").fullmatch(norm, prev.end, start) \
                and _search(r"(?<![^\W\d_])من\s+(?:[^\s\d]+\s+){0,2}\Z", norm[max(floor, prev.start - 16):prev.start]):
            # «أن يرتفع عدد سكان مصر من نحو 112 مليون نسمة حالياً إلى 160 مليوناً»: the same people, later;
            # «تراجعت الاحتياطيات من 31 مليار دولار عام 2019 إلى 8.5 مليارات»: the same sum
            return prev.category, (prev.unit if prev.category == "money" else prev.trigger)
        if noun is None and prev is not None and prev.category == "money" and n.value is not None \
                and norm[n.start:n.start + 1].isdigit() and self.continues_list(prev, start, sent, 3):
            return "money", prev.unit  # «٩٨٬٠٠٠ ليرة للمبيع و٩٧٬٥٠٠ للشراء»: the same currency
        if (kind == "person" or noun is None) and _rx(
                r"(?<![^\W\d_])[بو]?(?:ال)?(?:نصب|احتيال)\s+علي\s*\Z").search(norm, max(floor, start - 16), start):
            return "people", None  # «اتُّهم بالنصب على 6 أشخاص أوهمهم بتهجيرهم»: cheated, nothing befell them
        if (kind == "person" or noun is None) and _PARTICIPANTS.search(norm, max(floor, start - 16), start):
            return "people", None  # «تمريناً لإخلاء مجمع تجاري بمشاركة 250 متطوعاً»: who took part
        if _PARENT_OF.search(norm, max(floor, start - 12), start):
            return "people", None  # «الأم لخمسة»: her children
        if kind == "person" and _ASSIST_BEFORE.search(norm, max(sent[0], start - 100), start) and _MIGRANTS.match(
                norm, noun.start, limit):
            # «قدمت البحرية الملكية المساعدة لـ141 مرشحا للهجرة غير النظامية»: migrants helped at sea
            return "rescued", None
        if kind == "person" and _HOST_BEFORE.search(norm, max(floor, start - 30), start) and noun is not None and \
                _fullmatch(r"(?:ال)?[^\W\d_]{3,}(?:ي|يا|يين|يون)", noun.key):
            return "displaced", None  # «ويستضيف الأردن نحو 1.3 مليون سوري»: refugees a country hosts
        if kind == "person" and _CROSSED_BEFORE.search(norm, max(floor, start - 12), start) and _BORDER_AFTER.match(
                norm, end, limit) and not _MIGRANTS.match(norm, noun.start, limit):
            return "displaced", None  # (migrants who cross are just people)
        if (noun is None or kind in ("item", "known_item")) and _CROSSED_BEFORE.search(norm, max(floor, start - 12), start) \
                and _BORDER_AFTER.match(norm, n.end, limit) \
                and _rx(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:لاجئ|لاجئين|لاجئا|لجوء|نازحين|فارين)(?![^\W\d_])").search(norm, floor, start):
            return "displaced", None  # «… طالب لجوء …، ويعبر عشرات الآلاف الحدود المجرية»: more of the refugees
        if (kind == "person" or noun is None) and _THAT_IS_BEFORE.search(norm, max(floor, start - 16), start) and (
                close := _rx(r"[^،,.؛\d]{0,30}[،,]").match(norm, end, limit)) and (
                after := self.trigger_right(close.end(), limit)) is not None and not weak_trigger(after):
            # «يعاني أزيد من 96% من السكان، أي حوالي 2,1 مليون شخص، من انعدام الأمن الغذائي»: the
            # aside restates the share, the clause's event after it counts them
            return self.category_of(after, end, limit), after.span()
        if (kind == "person" or noun is None) and _REACHED_BEFORE.search(norm, max(floor, start - 12), start):
            # «حملة الاعتقالات التي نفذها جيش الاحتلال … طالت ما لا يقل عن 25 فلسطينياً»: the
            # event that reached them is the subject told before the verb
            named = [m for m in _TRIGGER.finditer(norm, self.clause_start(floor, start), start) if self.is_event(m)
                     and not weak_trigger(m) and not (L.TRIGGERS[m.group("trig")][1] == "noun" and (
                         prev is not None and prev.noun is not None and prev.noun[0] <= m.start() <= prev.noun[1] + 5
                         or _search(r"\d\s*\Z", norm[max(floor, m.start() - 3):m.start()])))]
            # (not «غادر 17 معتقلا من معتقلي …», «7 آلاف قتيل»: another figure's noun)
            if named:
                return self.category_of(named[-1], end, limit), named[-1].span()
            if _search(r"(?<![^\W\d_])(?:طالت|طاولت|طال|طاول)\s*\Z", norm[max(floor, start - 8):start]) and _HARM_SUBJECT.search(
                    norm, max(floor, start - 60), start):  # (not «حملة التلقيح طالت أكثر من مليون طفل»)
                return "affected", None  # «قدرت الأمم المتحدة أن الكارثة طالت 8 ملايين شخص»: befell, no harm named
        if (kind == "person" or noun is None) and _EXPOSED_BEFORE.search(norm, max(floor, start - 14), start):
            # «تعرضت 27 طالبة في الابتدائية الـ12 بمحافظة بيشة لأعراض تسمم غذائي»: what they were exposed to
            to = next((m for m in _TRIGGER.finditer(norm, end, limit) if "ل" in norm[m.start():m.start("trig")]
                       and self.is_event(m)), None)
            dis = _rx(r"[^،,.]{0,60}?(?<![^\W\d_])ل(?:اعراض\s+|حالات\s+|حاله\s+)?").match(norm, end, limit)
            if to is not None and not _search(r"[،,.]", norm[end:to.start()]):
                return self.category_of(to, end, limit), to.span()
            if dis and _DISEASE.match(norm, dis.end(), limit):
                return "infected", None
        if (kind == "person" or noun is None or noun.partitive) and _AT_LIBERTY.match(norm, end, limit) and not _search(
                r"(?<![^\W\d_])(?:سراح|(?:الافراج|افراج|افرج|افرجت)\s+عن)\s*\Z", norm[max(floor, start - 16):start]):
            # (not «وإطلاق سراح 3 آخرين ومتابعتهم في حالة سراح»: let go, then tried at liberty)
            return "people", None  # «ومتابعة ثلاثة آخرين في حالة سراح»: prosecuted, not held
        if (kind == "person" or noun is None) and (aside := _ADVERBIAL_ASIDE.search(norm, max(floor, start - 200), start)):
            # «أوقفت، منذ اندلاع الاحتجاجات في أعقاب وفاة بائع السمك …، ما لا يقل عن 400 شخص»: the
            # verb before the aside governs, not an event named inside it
            before = [m for m in _TRIGGER.finditer(norm, max(floor, aside.start() - 50), aside.start())
                      if self.is_event(m) and L.TRIGGERS[m.group("trig")][1] != "noun"]
            if before:
                return self.category_of(before[-1], end, limit), before[-1].span()
        if (kind == "person" or noun is None or noun.partitive) and (_LEFT_HOSPITAL_BEFORE.search(
                norm, max(floor, start - 16), start) or _LEFT_HOSPITAL_AFTER.match(norm, end, limit) or "خروج" in norm[max(floor, start - 8):start]
                and _search(r"(?<![^\W\d_])[وب]?خروج\s*\Z", norm[max(floor, start - 8):start]) and _FROM_HOSPITAL.match(
                norm, max(end, noun.end) if noun is not None else end, limit)) and (
                self.about_disease(floor) or self.disease_in_paragraph(floor)):
            return "recovered", None  # «غادر 30 منهم المستشفى بعد ساعات» (poisoning): discharged cases
        if (kind == "person" or noun is None) and _LEFT_BEHIND.search(norm, max(floor, start - 20), start):
            return "people", None  # «وترك خلفه طفلين»: the survivors of the dead
        if (kind == "person" or noun is None) and _ACQUITTED_BEFORE.search(norm, max(floor, start - 16), start):
            back = self.trigger_referring_back(end, limit)
            if back is not None and self.category_of(back, end, limit) == "released":
                return "released", back.span()  # «برأت متهمين اثنين وأمرت بإطلاق سراحهما»: acquitted and freed
            return "people", None  # «وبرأت 496 متهما آخرين»: acquitted, nothing befell them
        if (kind == "person" or noun is None) and _WANTED_BEFORE.search(norm, max(floor, start - 50), start):
            return "people", None  # «صدرت مذكرة بحث في حق شخصين آخرين»: wanted, not yet held
        if noun is not None and noun.key in _RELATIVES and (vic := _rx(r"\s+(?:كل\s+)?").match(norm, noun.end, limit)) \
                and (t := _TRIGGER.match(norm, vic.end(), limit)) and L.TRIGGERS[t.group("trig")][1] == "noun" \
                and not _EVENT_BEFORE.search(norm, max(floor, start - 24), start):
            return "people", None  # «استضافة اثنين من ذوي كل متوفى»: the victims' relatives, not the dead
        if noun is not None and (kind == "person" or noun.partitive) and (
                rel := _rx(r"\s+من\s+(?:ذوي|اسر|عائلات|اهالي|اقارب)\s+").match(norm, noun.end, limit)) and (
                t := _TRIGGER.match(norm, rel.end(), limit)) and L.TRIGGERS[t.group("trig")][1] == "noun" \
                and not _EVENT_BEFORE.search(norm, max(floor, start - 24), start):
            return "people", None  # «تعويضات لـ1200 مستفيد من ذوي الشهداء»: the relatives of the dead
        if noun is not None and noun.key in _CONTACTS and not _EVENT_BEFORE.search(
                norm, max(floor, start - 24), start):  # (but «وثبتت إصابة ثلاثة مخالطين»: cases)
            return "people", None  # «حصرت نحو 130 مخالطاً للحالات المؤكدة»: contacts are not cases
        if noun is None and prev is not None and prev.category in _PERSON_CATEGORIES and _THEIR_NUMBER_TOLD.search(
                norm, max(floor, start - 24), start) and not any(
                    self.is_event(m) and L.TRIGGERS[m.group("trig")][1] != "weak"  # («وثلاثة آخرين من معتقلي الحراك»)
                    for m in _TRIGGER.finditer(norm, prev.end, start)):  # («فيما توزع الجرحى البالغ عددهم 64»)
            return prev.category, prev.trigger  # «تظاهر 1.28 مليون شخص، بينما قدرت النقابة عددهم بأكثر من 3.5 ملايين»
        if noun is None and (their := _THEIR_NUMBER.search(norm, max(floor, start - 12), start)) and "عددها" in their.group() \
                and not any((k := _noun_kind(w[2:] if w.startswith("ال") else w, strict=True))[0] == "person" and (
                                k[1] in L.NOUNS or w.endswith(("ين", "ون"))) or _TRIGGER.fullmatch(w)
                            for w in _WORD.findall(norm, max(floor, their.start() - 40), their.start())[-3:]):
            return "count", None  # «معظم السيارات المستعادة، وعددها ٤٨»: «its number», things (a human plural takes «عددهم»)
        if (kind == "person" or noun is None) and (their := _THEIR_NUMBER.search(norm, max(floor, start - 12), start)) and (
                who := _rx(r"(?P<w>" + L_ + r"+)\s*[،,]?\s*\Z").search(norm, max(floor, their.start() - 30), their.start())) \
                and _noun_kind(who.group("w")[2:] if who.group("w").startswith("ال") else who.group("w"), strict=True)[0] == "person" \
                and not _TRIGGER.match(norm, who.start("w"), their.start()):  # («المتهمون، وعددهم 11»)
            return "people", None  # «المهاجمين، وعددهم بين 8 و10 عناصر»: the people named just before, no event
        if (kind == "person" or noun is None) and (their := _THEIR_NUMBER.search(norm, max(floor, start - 12), start)):
            # «إجلاء قاطني 17 منزلا …، وعددهم 64 شخصا»: the people the clause is about, counted
            named = [m for m in _TRIGGER.finditer(norm, floor, their.start())
                     if self.is_event(m)]
            if named and _search(r"(?<![^\W\d_])و?منهم(?![^\W\d_])", norm[named[-1].end():their.start()]):
                return "people", None  # «منهم المعتقلون ومنهم الموجودون في حالة سراح، وعددهم 1018»: both kinds
            if named:
                return self.category_of(named[-1], end, limit), named[-1].span()
        out_of = prev is not None and _OUT_OF_BEFORE.fullmatch(
            norm, prev.noun[1] if prev.noun and prev.noun[1] <= start else prev.num.end, start)
        tot = _TOTAL_BEFORE.search(norm, max(floor, start - 20), start)
        if tot and (kind == "person" or noun is None) and (tr := self.trigger_right(
                max(end, noun.end) if noun is not None else end, limit)) is not None and not weak_trigger(tr) \
                and _rx(r"\s*[،,]\s*").fullmatch(norm, max(end, noun.end) if noun is not None else end, tr.start()):
            return self.category_of(tr, end, limit), tr.span()  # «سكان الفلوجة، البالغ عددهم 50 ألف شخص، يعانون من الجوع»
        if tot and (kind or "").startswith("trigger:") and kind != "trigger:casualties":
            return self.noun_category(noun, limit), (noun.start, noun.end)  # «المصابين …، البالغ عددهم ٢٣ مصابا»
        if tot and (kind == "person" or noun is None) and (back := [
                m for m in _TRIGGER.finditer(norm, max(floor, tot.start() - 45), tot.start()) if self.is_event(m)
                and (len(_WORD.findall(norm, m.end(), tot.start())) <= 1 or _RESIDENTS_THEN.fullmatch(norm, m.end(), tot.start()))]):
            # («إجلاء قاطني العمارة المجاورة البالغ عددهم 46 شخصا»: the residents of a place, the event's)
            # «وإصابة الباقيات، البالغ عددهن 26 عاملة»: the people the event befell, counted for the
            # first time (not «أصيبت ١٨ معلمة … المصابات البالغ عددهن ١٨»: told already)
            if self.said_before(n):
                return None, None
            return self.category_of(back[-1], end, limit), back[-1].span()
        if noun is None and out_of and prev.trigger is not None and prev.trigger == prev.noun and not tot:
            return prev.category, prev.trigger  # «62 مصابا من أصل 238»: the whole of the same wounded
        if noun is None and out_of and prev.noun is not None and not tot and (pk := _noun_kind(
                norm[prev.noun[0]:prev.noun[1]].split()[0])[0]).startswith("trigger:") and pk[8:] != prev.category:
            return pk[8:], None  # «أنقذ 90 مريضاً من أصل 120»: the whole are patients, whatever befell the part
        if out_of and kind == "person" and noun.key not in _CASE_NOUNS and not tot and (
                tr := self.trigger_right(noun.end, limit)) is not None and not weak_trigger(tr) \
                and L.TRIGGERS[tr.group("trig")][1] != "noun" and norm[tr.end("trig"):tr.end()] in ("هم", "هن"):
            return self.category_of(tr, end, limit), tr.span()  # «من أصل 110 تلميذة اختطفتهن»: what befell the whole
        if noun is None and out_of and not tot and prev.category in _PERSON_CATEGORIES and (
                verb := _rx(r"\s+[^\W\d_]{3,}(?:وا|ن)(?![^\W\d_])").match(norm, end, limit)) and (
                back := _TRIGGER.match(norm, verb.start() + 1, limit) or self.trigger_referring_back(end, limit)) is not None \
                and self.is_event(back):
            # «غادر 36 تلميذا من أصل 41 نقلوا … إلى مستشفى … بعد إصابتهم بتسمم غذائي»: what befell the whole
            # (its own verb first: «23 شخصا من أصل 31 أصيبوا بتسمم … غادروا المستشفى بعد تماثلهم للشفاء»)
            return self.category_of(back, end, limit), back.span()
        if tot and (kind == "person" or noun is None) and (t := self.members_of_counted(prev, start, end, sent, floor, limit)):
            return self.category_of(t, end, limit), t.span()  # «إخلاء ٩٦ قرية حدودية ونقل سكانها البالغ عددهم قرابة ٧ آلاف نسمة»
        if tot or (
                kind == "person" and noun.key not in _CASE_NOUNS and out_of) or (
                noun is None and out_of and prev.category in _PERSON_CATEGORIES and (
                    (tr := self.trigger_right(end, limit)) is None or L.TRIGGERS[tr.group("trig")][1] == "noun")):
            # («سبعة بحارة من أصل أربعة عشر»; not «137 من أصل 287 اختطفوا»)
            # «البالغ عددهم 21 مليون»؛ «١٤ سعوديا من بين ٢٢ شخصا»: the whole, no event of its own
            return ("people" if kind in ("person", None) or (kind or "").startswith("trigger:") else "count"), None
        if out_of and (kind or "").startswith("trigger:"):  # «تماثل للشفاء 20 من أصل 26 مصابا»
            cat = kind[8:]
            if cat == "injured" and self.disease_near(noun.start, noun.end, limit):
                cat = "infected"
            return cat, (noun.start, noun.end)
        person = kind == "person" or (kind or "").startswith("trigger:") or bool(noun and noun.partitive)
        if person and kind == "item" and noun.partitive and noun.key not in L.NOUNS and noun.key.endswith("ات") \
                and not noun.key.startswith(("م", "الم")):
            person = False  # «4 من الخروقات»: some of the things, not people (but «3 من المتظاهرات»)
        if person and kind == "item" and noun.partitive and _ANIMALS.fullmatch(noun.key):
            person = False  # «نفقت مئات الآلاف من الدواجن»: animals
        if prev is not None and prev.category == "money" and n.value is not None and self.more_of_sum(n, noun, start, floor, limit):
            return "money", prev.unit
        if noun is None and n.value is not None and n.value >= 10**6 and _MONEY_CONTEXT.search(
                norm, max(floor, start - 80), start):
            cur = self.currency_after(n.end, limit)
            if cur is not None:  # «طلبت الوكالة 724 مليوناً … و135 مليون دولار»
                return "money", self.currency_code(cur.group("c"), cur.start("c"))
        if (noun is None or kind == "item") and prev is not None and prev.category == "money" \
                and n.value is not None and _search(r"[^\W\d_]", norm[n.start:n.end]) and (
                    noun is None and n.value >= 10**9
                    or _search(r"(?<![^\W\d_])منها\s+\Z", norm[max(floor, start - 8):start])
                    or _VERSUS.search(norm, max(floor, start - 20), start)):  # «7 ملايين دولار … مقابل 4 ملايين للوصيف»
            # «100 مليار دولار، يتوقع أن يفرج عن 50 مليارا منها»: billions after money are money;
            # «18 مليون ريال، يدفع منها 6 ملايين»: part of the sum
            return "money", prev.unit
        if noun is None and prev is not None and prev.category != "money" and isinstance(n.value, (int, float)) \
                and n.value >= 10**9 and _search(r"[^\W\d_]", norm[n.start:n.end]) \
                and (lm := self._last_money) is not None and lm.sentence == sent and (lm.value or 0) >= 10**6:
            return "money", lm.unit  # «برنامج إنقاذ بقيمة 86 بليون يورو يمتد ثلاث سنوات، …، ويتضمن 25 بليوناً»
        if kind in ("person", None) and (person or noun is None) and _UNAFFECTED.search(
                norm, max(floor, start - 30), start):
            return "people", None  # «وتلقيح أزيد من 4 ملايين طفل» after a toll of cases
        if prev is not None and prev.category != "money" and (noun is None or prev.noun is not None and norm[
                prev.noun[0]:prev.noun[1]] == norm[noun.start:noun.end]) and (
                (nl := _NEXT_IN_LIST.search(norm, max(floor, start - 48), start)) and not _TRIGGER.search(norm, nl.start(), start)
                or prev.category == "count" and _TOTAL_OF.search(norm, max(floor, start - 20), start)):
            # «تركيا 3,6 ملايين لاجئ، يليها لبنان بحوالي 1,5 مليون»، «55 ألف منزل من أصل نحو 60 ألفاً تضررت»،
            # «يليه إقليم تارودانت بـ452 حالة، ثم إقليم شيشاوة بـ202 حالة»: the same noun again
            return prev.category, prev.trigger if prev.category in _PERSON_CATEGORIES else None
        aboard = _ABOARD.search(norm, max(floor, start - 20), start) is not None
        if noun is None and prev is not None and prev.category == "count" and _LOSS_OF.search(
                norm, max(floor, start - 12), start):
            return "count", None  # «فقد 82 ألف منصب شغل، نتيجة فقدان 137 ألفا»: more of the things lost
        if (noun is None or noun.partitive) and _rx(r"(?<![^\W\d_])[وف]?(?:ال)?نفوق\s+(?:نحو\s+|حوالي\s+)?\Z").search(
                norm, max(floor, start - 14), start):
            return "count", None  # «اصطدام مركبتهم بقطيع من الإبل …، ما أدى إلى نفوق 7 منها»: animals died, no people
        if noun is None and prev is not None and prev.category == "count" and _OF_THEM_ITEMS.match(
                norm, n.end, limit) and not _EVENT_JUST_BEFORE.search(norm, max(floor, start - 12), start):
            return "count", None  # «تم ترحيل 40 منها»: some of the things counted before (not «ثبتت إصابة تسع منها»)
        lefts = [] if aboard else [m for m in map(self.pair_tail, _TRIGGER.finditer(norm, lo, start)) if self.is_event(m) and (
                 prev is None or prev.noun is None or not prev.noun[0] <= m.start() < prev.noun[1]
                 # («غادر 17 معتقلا من معتقلي احتجاجات جرادة»: the figure before's description)
                 and not (prev.category in _PERSON_CATEGORIES and L.TRIGGERS[m.group("trig")][1] == "noun"
                          and _rx(r"\s+من\s+").fullmatch(norm, prev.noun[1], m.start()))) and (
                 m.group("trig") not in _NEAR_ONLY or _NEAR_GAP.fullmatch(norm, m.end(), start)) and not (
                 norm[m.end("trig"):m.end()] in ("ه", "ها") and L.TRIGGERS[m.group("trig")][1] != "noun"
                 and len(_WORD.findall(norm, m.end(), start)) >= 2 and not (
                     L.TRIGGERS[m.group("trig")][0] == "detained" and _ALONG_WITH.search(norm, max(floor, start - 8), start))) and not (
                 # «ويتعلق الأمر بابن أخ الضحية واثنين من شركائه»: one victim named, not an event of the figure
                 m.group("trig") in _ONE_VICTIM and norm[m.start():m.start("trig")].endswith(("ال", "لل")))]
        # («بعد يومين من غرقه أثناء السباحة رفقة صديقين له»: his drowning, not theirs; but «خطفها
        # ثمانية مقاتلين»: its abducting of eight; «توقيفه بالرباط رفقة شريكين له»: held with him)
        adjacent = None
        if lefts and L.TRIGGERS[lefts[-1].group("trig")] == ("affected", "weak") and _NEED_GAP.fullmatch(
                norm, lefts[-1].end(), start):
            lefts.pop()  # «المنطقة بحاجة إلى نحو 400 معلم»: what is needed, not who needs
        if lefts:
            gap = norm[lefts[-1].end():start]
            if "،" in gap or "," in gap:
                gap = _TIME_ASIDE.sub(" ", gap)  # «أفرجت ميليشيات الحوثي، أمس، عن خمسة صحفيين»: when, between commas
            if len(_WORD.findall(gap)) <= 4 and not _search(r"[،,]", gap) and "غرار" not in gap:
                adjacent = lefts[-1]  # (not «بالتعجيل بترحيلهم على غرار 245 مهاجرا تم إجلاؤهم»: like them, not them)
        if adjacent is not None and len(lefts) >= 2 and L.TRIGGERS[adjacent.group("trig")][1] == "noun" \
                and not norm[adjacent.end():start].strip() and not norm[lefts[-2].end():adjacent.start()].strip():
            noun_cat, event = L.TRIGGERS[adjacent.group("trig")][0], self.category_of(lefts[-2], end, limit)
            if noun_cat in _EVENT_OVER_NOUN.get(event, ()) or (event, noun_cat) == ("killed", "injured"):
                adjacent = lefts[-2]  # «أعلنت وفاة مصابين اثنين»: the event befell the two wounded
        right = self.trigger_right(max(end, noun.end) if noun is not None else end, limit)
        if right is not None and _pair_pronoun(right, n):
            right = None  # «من عدة عمال …، أن القبض عليهما تم»: a dual pronoun is the pair's, not this figure's
        if right is not None and lefts and (k := bisect_right(self._num_starts, max(end, noun.end) if noun is not None else end)) \
                < len(self.nums) and self._num_starts[k] < right.start() \
                and _TOTAL_OF.search(norm, max(floor, self._num_starts[k] - 14), self._num_starts[k]):
            right = None  # «أفرجت … عن أربعة عشر عاملاً من بين 20 خطفتهم»: the whole's event; the part's is before it
        if right is not None and _SUBSET_CASES_BEFORE.search(norm, max(end, right.start() - 30), right.start()):
            right = None  # «9870 مراجعا في أقسام الطوارئ، بينهم 312 حالة تسمم»: the subset's cases, not the whole's event
        if (kind == "person" or noun is None) and _rx(r"(?<![^\W\d_])[وف]?(?:خاطفي|مختطفي|محتجزي)\s+\Z").search(
                norm, max(floor, start - 10), start):
            return "captive", None  # «أن خاطفي 4 مواطنين مصريين في ليبيا أفرجوا عن اثنين منهم»: those taken
        if n.dual_of is not None and prev is not None and prev.sentence == sent and prev.category in _PERSON_CATEGORIES \
                and prev.category != "people" and _rx(r"(?<![^\W\d_])[وف]?حاله\s+\Z").search(norm, max(floor, start - 8), start) \
                and not any(self.is_event(t) and self.category_of(t, end, limit) != prev.category
                            for t in _TRIGGER.finditer(norm, prev.end, start)):
            return prev.category, prev.trigger  # «23 تلميذا … لتسمم غذائي …، مشيرا إلى أن حالة تلميذين لا تزال تستدعي المراقبة»
        if noun is not None and noun.key in ("افراد", "اشخاص") and (fam := _FAMILY_MADE_OF.search(norm, max(floor, start - 30), start)) \
                and _MET_BEFORE.search(norm, max(floor, fam.start() - 8), fam.start()) \
                and (death := _DEATH_LATER.match(norm, noun.end, limit)) is not None:
            return "killed", death.span("d")  # «لقيت أسرة مكونة من أربعة أفراد، أب وأم وطفليهما، حتفها»
        if (person or noun is None) and adjacent is None and right is None and _RESPONDERS_OF.match(norm, n.end, limit) \
                and not _SUBSET_BEFORE.search(norm, max(floor, start - 20), start):
            return "people", None  # «٤٠٠٠ من رجال الدفاع المدني و٢٢٠ سيارة إسعاف شاركت»: the responders, whatever the toll
        if kind == "person" and adjacent is None and noun is not None and not noun.partitive and right is not None \
                and _RESPONDERS_AFTER.match(norm, noun.end, limit) and norm.startswith("ل", right.start()):
            return "people", None  # «تجند أزيد من 30 عنصرا من الوقاية المدنية لانتشال العالقين»: the rescuers
        if lefts and right is not None and not weak_trigger(lefts[-1]) and _WERE_BEFORE.search(
                norm, max(floor, right.start() - 10), right.start()) and (
                c_adj := self.category_of(lefts[-1], end, limit)) != self.category_of(right, end, limit):
            return c_adj, lefts[-1].span()  # «أفرجت … عن 21 مهاجرا … كانوا معتقلين»: what they were before
        if right is not None and (not weak_trigger(right) and (still := _STILL.search(
                norm, max(end, noun.end) if noun is not None else end, right.start())) and not norm.startswith("و", still.start())
                and not self.number_between(max(end, noun.end) if noun is not None else end, right.start())
                or _STILL_BEFORE.search(norm, max(floor, start - 16), start)
                and not (kind or "").startswith("trigger:")):
            # «20 آخرين ما زالوا مفقودين»، «لا يزال نحو 20 شخصاً تحت الركام»
            return self.category_of(right, end, limit), right.span()
        subset = _SUBSET_BEFORE.search(norm, max(floor, start - 20), start) or _SUBSET_AFTER.match(
            norm, n.end, limit) or (group is not None and self.in_list_after(group, start)) or (
            group is not None and self.subset_list_before(group, start) and not _ESCAPED_BEFORE.search(
                norm, max(floor, start - 12), start))  # (not «، بينهم مهاجر …، فيما لاذ شخصان آخران بالفرار»)
        if subset and group is not None and _rx(r"[،,:]\s*و?(?:هم|هن)\s+\Z").search(norm, max(floor, start - 8), start) \
                and _CLAUSE_WORD.search(norm, group.end, start):
            subset = None  # «وأوقفت 43 مرشحا …، فيما تمكن منظمو العمليتين، وهم ثلاثة أشخاص، من الفرار»: the organisers
        coordinated = prev is not None and prev.category in _PERSON_CATEGORIES and \
            _COORDINATION.fullmatch(norm, prev.end, start) is not None and \
            _AND_WORD.search(norm, prev.end, start) is not None and not _NEW_VERB_CLAUSE.search(norm, prev.end, start)
        if coordinated and self.alongside(start, floor):
            coordinated = False  # «أصيب 76 آخرون خلال مشاركتهم إلى جانب آلاف الفلسطينيين»: others who took part
        if coordinated and (right is not None or person and noun is not None) and (
                cw := _CONJUNCT_WORD.search(norm, prev.end, start)) is not None and not _known_conjunct(cw.group("w")):
            # «أودى بحياة 100 مدني، بينهم 20 طفلا، وأجبر عشرات الآلاف على الفرار»، «أصيب 120 آخرون، وخرج آلاف
            # المتظاهرين»: a verb
            coordinated = False
        if not coordinated and prev is not None and prev.category in _PERSON_CATEGORIES and (
                person or noun is None and self._sum_before is None) and not (kind or "").startswith("trigger:") and _LOOSE_COORDINATION.fullmatch(norm, prev.end, start) \
                and not _TRIGGER.search(norm, prev.end, start) and not _CLAUSE_WORD.search(norm, prev.end, start) \
                and not self.alongside(start, floor):
            coordinated = True
        if not coordinated and noun is None and prev is not None and prev.category in _PERSON_CATEGORIES \
                and prev.sentence == sent and _BREAKDOWN_NEXT.fullmatch(norm, prev.end, start) \
                and _SUBSET_WORD.search(norm, floor, prev.num.start) \
                and not _TRIGGER.search(norm, prev.end, start):
            coordinated = True  # «120 عضوا، منهم 72 يمثلون …، و20 ينتخبون من قبل الهيئات الناخبة…، و8 عن …»

        weak = weak_trigger

        def cat(m: re.Match) -> str:
            return self.category_of(m, end, limit)

        if kind and kind.startswith("trigger:"):
            noun_cat = kind[8:]
            if noun_cat in ("captive", "detained", "displaced") and (who := self.first_in_sentence(_TOLL_WHO, floor)) is not None \
                    and who.end() <= start and _search(r"(?<![^\W\d_])(?:الذين|اللواتي)(?![^\W\d_])", who.group()) \
                    and not self.claim_number_between(who.end(), start) and (
                        t := _TRIGGER.match(norm, who.start("what"), who.end())) is not None and self.is_event(t) \
                    and cat(t) in ("killed", "injured", "missing"):
                return cat(t), t.span()  # «عدد الأسرى الذين استشهدوا في سجون الاحتلال … إلى 18 أسيرا»: those who died
            if noun_cat != "killed" and _MET_BEFORE.search(norm, max(floor, n.start - 8), n.start) \
                    and (death := _DEATH_LATER.match(norm, noun.end, limit)) is not None:
                return "killed", death.span("d")  # «لفظ ثلاثة مصابين أنفاسهم الأخيرة»: the wounded died
            if noun_cat == "displaced" and noun.key in ("فارون", "فارين") and _POLICE_BEFORE.search(norm, floor, start):
                return "people", None  # «29 متهما، بينهم سبعة فارون يحاكمون غيابيا»: fugitives from justice
            if noun_cat in ("killed", "casualties") and "ضح" in noun.key and (_FRAUD.search(
                    norm, max(norm.rfind("\n", 0, start) + 1, start - 400), start)  # (the paragraph told of the fraud,
                    or _FRAUD.search(norm, noun.end, limit) and not _DEATH_WORD.search(norm, floor, limit)) \
                    and not _ASSAULT.search(norm, max(norm.rfind("\n", 0, start) + 1, start - 400), limit):  # or it follows; not an assault)
                return "people", None  # «النصب … على عشرات الضحايا»: cheated, neither killed nor hurt
            if noun_cat == "casualties" and _MASSACRE.search(norm, noun.start, min(limit, noun.end + 16)):
                return "killed", (noun.start, noun.end)  # «هويات 1128 من ضحايا مجزرة سبايكر»: the murdered
            if _CASE_START.match(norm, noun.start, noun.end) and noun_cat != "killed":  # («حالة وفاة … ضحاياها»)
                back = self.trigger_referring_back(end, limit, cases=True)
                if back is not None and not weak(back):
                    return cat(back), back.span()  # «12 حالة غرق تم إنقاذها جميعاً»
            if noun_cat == "captive" and noun.key.startswith("محتجز") and _DISASTER.search(norm, floor, limit):
                noun_cat = "rescued"  # «وأخرجت خمسة محتجزين من الدور العلوي» (a fire): trapped, brought out
            if noun_cat == "injured" and self.disease_near(noun.start, noun.end, limit):
                noun_cat = "infected"
            elif noun_cat == "infected" and _WOUNDS.search(norm, noun.end, min(limit, noun.end + 30)) and not _DISEASE.search(
                    norm, noun.end, min(limit, noun.end + 30)):
                noun_cat = "injured"  # «٦١٢ حالة إصابة ناتجة عن حوادث مرورية»: wounds, in a bulletin of both
            if noun_cat == "infected":  # (the wounded sent home stay the wounded)
                back = self.trigger_referring_back(end, limit)
                if back is not None and cat(back) == "recovered":
                    return "recovered", back.span()  # «غادر 3 مرضى المستشفى بعد تماثلهم للشفاء»
            if noun_cat in ("infected", "injured") and (not noun.partitive or noun_cat == "infected") and right is not None \
                    and not weak(right) and cat(right) in ("recovered", "evacuated", "rescued") \
                    and len(norm[noun.end:right.start()].split()) <= 2:  # («48 من المصابين تماثلوا» with a disease)
                return cat(right), right.span()  # «أن 47.600 مصاب تماثلوا للشفاء»، «300 مريض وجريح قد أجلوا»
            hunger = _TRIGGER.match(norm, noun.end + 1, limit) if norm[noun.end:noun.end + 1] == " " else None
            if noun_cat in ("injured", "infected") and hunger is not None and cat(hunger) == "starving":
                return "starving", hunger.span()  # «2.400 طفل مصاب بسوء التغذية»
            if adjacent is not None and not (weak(adjacent) and noun_cat in ("detained", "infected")) and not (
                    L.TRIGGERS[adjacent.group("trig")][1] == "noun" and self.number_between(adjacent.end(), start)) and not (
                    # (not «حالة وفاة واحدة و14 حالة إصابة»: that word is the figure before's own noun)
                    L.TRIGGERS[adjacent.group("trig")][1] == "noun" and _search(
                        r"(?<![^\W\d_])(?:عن|مع)\s*\Z", norm[adjacent.end():start])):
                # (not «تحدث ناجون عن عشرات المفقودين»: the survivors speak of the missing)
                # a weak word decides for people too («تحرير 3,580 ناجياً»), but detainees handed
                # over stay detained («تسلّم العراق 2,500 معتقل»)
                c = cat(adjacent)  # «شفاء 41 مصاباً»، «مقتل 5 أسرى»: the event decides
                if self.number_between(adjacent.end(), start) and _rx(r"(?<![^\W\d_])و[^\W\d_]{3,}\s*\Z").search(
                        norm, max(adjacent.end(), start - 12), start):
                    c = ""  # «إنقاذ 432 شخصا ونقل 87 مصابا»: another verb between governs this figure
                if _TOTAL_OF.search(norm, max(adjacent.end(), start - 12), start):
                    c = ""  # «تماثل 37 شخصا للشفاء من أصل 52 حالة إصابة»: the whole is the cases, not those who recovered
                if noun_cat in _EVENT_OVER_NOUN.get(c, ()) or c == "rescued" and noun.key in _DROWNING or (
                        c == "killed" and noun_cat == "casualties" and adjacent.group("trig").startswith(("جث", "رفات"))) or (
                        c == "killed" and noun_cat == "injured"
                        and not _search(r"(?<![^\W\d_])(?:حصيله|عدد)\s+\Z", norm[max(0, adjacent.start() - 8):adjacent.start()])
                        and (noun.partitive or not weak(adjacent) and not norm[adjacent.end():start].strip())):
                    # (not «حصيلة القتلى مرشحة للارتفاع لوجود بضع عشرات من الجرحى»: the dead are others)
                    # «وفاة اثنين من المصابين»، «وفاة ثمانية جرحى» (not «مقتل 3 وعشرات الجرحى»)
                    return c, adjacent.span()
            if noun_cat in ("captive", "detained") and (suffer := _SUFFERING.match(norm, max(end, noun.end), limit)) \
                    and _DISEASE.match(norm, suffer.end(), limit):
                return "infected", None  # «1500 أسير يعانون أمراضا مختلفة»: the prisoners' illness is what is told
            if noun_cat in ("captive", "detained") and (back := self.trigger_referring_back(end, limit)) is not None \
                    and not weak(back) and cat(back) in ("infected", "injured", "killed") and not _search(
                        r"(?:ثلث|نصف|ربع|بعض|معظم|غالبيه|اغلب)(?:هم|هن)(?![^\W\d_])", norm[end:back.start()]):  # («ثلثهم لقوا حتفهم»)
                return cat(back), back.span()  # «نُقل ثلاثة سجناء آخرون إلى المستشفى بعد إصابتهم بالتهاب الكبد»
            if noun_cat in ("captive", "detained"):
                # «أفرجت إسرائيل … عن 110 أسرى»، «تبادل 50 رهينة»، «4 رهائن أفرجت عنهم»: freed
                # a hand-over («تسلّم») frees hostages; detainees handed over stay detained
                freed = next((m for m in reversed(lefts) if cat(m) == "released"
                              and (noun_cat == "captive" or not weak(m))), None)
                if freed is None and right is not None and cat(right) == "released" and not (
                        adjacent is not None and cat(adjacent) == "captive" and not weak(adjacent)):
                    freed = right  # (not «يحتجز ستة رهائن …، بعد أن أفرج عن رهينتين»: still held)
                if freed is None and (fr := _FREED_FROM.search(norm, max(floor, start - 30), start)) and not self.claim_number_between(
                        floor - 1, start):
                    freed = next((m for m in reversed(list(_TRIGGER.finditer(norm, max(self.clause_start(floor, start), start - 160), start)))
                                  if m.group("trig").startswith("افرج") and self.is_event(m)), None)
                    if freed is not None and _search(r"(?<![^\W\d_])(?:عن|[وبل]?(?:ال)?افراج)(?![^\W\d_])", norm[freed.end():fr.start()]):
                        freed = None  # (not «… وكشف محاميه عن 11 معتقلا»، «بالإفراج عن أكثر من 300 مختطف»: another «عن»)
                    # «أفرجت إدارة السجن المحلي رأس الماء بفاس، صباح اليوم، عن 11 معتقلا»: the verb's «عن», a long subject between
                if freed is None and noun_cat == "captive" and (ret := _RETURNED_BEFORE.search(norm, max(floor, start - 30), start)) \
                        and len(_WORD.findall(ret.group())) <= 3:  # (the verb and two words: not «وسلّم الجانبان قوائم تضم»)
                    return "released", ret.span("v")  # «أعادت إيران 59 أسيراً عراقياً»: handed back
                if freed is None and (toll := self.first_in_sentence(_TOLL_OF, floor)) is not None \
                        and toll.end() <= start and not self.claim_number_between(toll.end(), start) and (
                            t := _TRIGGER.match(norm, toll.start("what"), toll.end())) and cat(t) == "released":
                    freed = t  # «بلغ عدد المفرج عنهم … بموجب العفو الملكي ٧٤٣ سجينا»
                if freed is not None:
                    return "released", freed.span()
                if (who := self.first_in_sentence(_TOLL_WHO, floor)) is not None and who.end() <= start \
                        and not self.claim_number_between(who.end(), start) and (
                            t := _TRIGGER.match(norm, who.start("what"), who.end())) and cat(t) == "killed":
                    return "killed", t.span()  # «ارتفاع عدد الأسرى الذين استشهدوا داخل السجون إلى 207 أسرى»
            if noun_cat in ("infected", "injured") and (healed := self.recovered_after(noun.end, limit)) is not None:
                return "recovered", healed.span()  # «اثنين وعشرين مريضاً من المصابين بفيروس كورونا … تماثلوا للشفاء»
            if right is not None and cat(right) == "killed" and (
                    noun_cat in ("captive", "detained") or noun_cat == "displaced" and not weak(right)
                    or noun.partitive and noun_cat in ("injured", "infected", "casualties") and not weak(right)
                    or noun_cat in ("injured", "infected") and not weak(right) and L.TRIGGERS[right.group("trig")][1] != "noun"
                    and not _WORD.search(norm, noun.end, right.start())):
                # («23 مريضا توفوا جوعا»: the sick died)
                # («اثنين من المصابين توفيا»: some of the wounded died)
                return "killed", right.span()  # «آلاف المعتقلين أعدموا»، «ألفي مهاجر ولاجئ لاقوا حتفهم»
            if right is not None and noun.partitive and noun_cat in ("captive", "detained") and not weak(right) \
                    and cat(right) in ("injured", "infected"):
                return cat(right), right.span()  # «11 من الصيادين المحتجزين أصيبوا بأمراض جلدية»: some of them fell ill
            if noun_cat in ("injured", "infected") and (subset and group is not None and group.category == "evacuated" or (
                    their := _THEIR_NUMBER.search(norm, max(floor, start - 12), start)) and any(
                    cat(m) == "evacuated" for m in _TRIGGER.finditer(norm, max(floor, their.start() - 80), their.start())
                    if self.is_event(m))):
                # «25 ألف شخص تم إجلاؤهم …، بينهم 750 جريحا ومريضا»، «خطة إخلاء للمصابين … وعددهم ٢٧ مصاباً»:
                # the wounded and the sick among the evacuated, evacuated
                return "evacuated", group.trigger if subset and group is not None and group.category == "evacuated" else None
            if subset and group is not None and noun_cat not in ("killed", "injured", "casualties") and (
                    group.category not in ("people", "affected")):  # «بحاجة إلى مساعدات، بينهم 800 ألف نازح»
                if {noun_cat, group.category} == {"captive", "detained"} and (
                        head := self.subset_head(start, sent)) is not None and head.category == noun_cat:
                    return noun_cat, (noun.start, noun.end)  # «9,100 أسير، بينهم 3,558 معتقلا إداريا، و56 أسيرة»
                if {noun_cat, group.category} == {"captive", "detained"}:
                    # «9,500 أسير، بينهم 3,380 معتقلاً إدارياً»، «اعتقلت 18، بينهم أسيران محرران»
                    return "detained", (noun.start, noun.end) if noun_cat == "detained" else group.trigger
                return group.category, group.trigger  # «أفرج عن 30، بينهم أسيران»
            if noun_cat in ("infected", "injured") and right is not None and cat(right) == "evacuated" \
                    and len(_WORD.findall(norm, noun.end, right.start())) <= 3:
                return "evacuated", right.span()  # «5 آلاف مريض وجريح فقط تم إجلاؤهم»: what was done for them
            if coordinated and noun_cat == "infected" and noun.key.startswith(("مرضي", "مريض")) and prev.category in (
                    "killed", "injured", "casualties"):
                return prev.category, prev.trigger  # «بينهم 13 من موظفيها و10 مرضى»: patients among the dead
            if coordinated and noun_cat in ("captive", "detained", "people"):
                if {noun_cat, prev.category} == {"captive", "detained"}:
                    return "detained", (noun.start, noun.end) if noun_cat == "detained" else prev.trigger
                return prev.category, prev.trigger
            if noun_cat == "captive" and adjacent is not None and not weak(adjacent) and cat(adjacent) == "detained" \
                    and (adjacent.group("trig").startswith("اعتقل")
                         or "عتقال" in adjacent.group("trig") and _rx(r"\s+الاداري").match(norm, adjacent.end())):
                # (not «تواصل اعتقال أزيد من 4.450 أسيرا»: held, captive as the noun says)
                return "detained", adjacent.span()  # «الاعتقال الإداري بحق 40 أسيرا»: what is done to them now
            if noun_cat == "captive" and (held := next((m for m in lefts[-2:] if m.group("trig") in ("تعتقل", "يعتقل")
                                                        and len(_WORD.findall(norm, m.end(), start)) <= 4
                                                        and not _search(r"[،,]", norm[m.end():start])), None)):
                return "detained", held.span()  # «تعتقل في سجونها نحو 5700 أسير»: a state holds them, detained
            if noun_cat == "captive" and (toll := self.first_in_sentence(_TOLL_OF, floor)) is not None and toll.end() <= start \
                    and (t := _TRIGGER.match(norm, toll.start("what"), toll.end())) is not None and cat(t) == "detained" \
                    and not self.claim_number_between(toll.end(), start):
                return "detained", t.span()  # «ليرتفع عدد المعتقلين في سجون الاحتلال إلى نحو 5800 أسير»: the toll's word
            if noun_cat in ("detained", "captive", "injured", "displaced", "missing") and adjacent is not None \
                    and cat(adjacent) == "killed" and adjacent.group("trig").startswith("قض") \
                    and self.only_qualifier_between(adjacent.end(), start):
                return "killed", adjacent.span()  # «قضى ما لا يقل عن 11 ألف معتقل تحت التعذيب»: detainees died
            if noun_cat in ("injured", "infected", "casualties") and (
                    dv := _LEFT_LIFE_BEFORE.search(norm, max(floor, start - 10), start)) is not None \
                    and _LIFE_AFTER.match(norm, noun.end, limit):
                return "killed", dv.span("v")  # «بعد أن فارق اثنان من المصابين الحياة»: the wounded died
            return noun_cat, (noun.start, noun.end)
        if noun is not None and noun.key in _CASE_NOUNS:
            back = self.trigger_referring_back(end, limit, cases=True)
            if back is not None and not weak(back):
                return cat(back), back.span()  # «12 حالة غرق تم إنقاذها جميعاً»
        if noun is not None and noun.key in _CASE_NOUNS and right is not None and adjacent is not None and not weak(adjacent) \
                and cat(right) in _EVENT_OVER_NOUN.get(cat(adjacent), ()) and _rx(r"\s+من\s").match(norm, noun.end, limit):
            return cat(adjacent), adjacent.span()  # «شفاء 12 حالة من المصابين بفيروس كورونا»: of the sick, recovered
        if noun is not None and noun.key in _CASE_NOUNS and right is not None and not weak(right) \
                and len(norm[noun.end:right.start()].split()) <= 1:
            # «من بينها حالتا وفاة»، «وحالتين متوسطة الإصابة»: what the cases are
            return cat(right), right.span()
        if noun is not None and noun.key in _CASE_NOUNS and _SEVERITY.match(norm, noun.end, limit):
            # «وحالتين متوسطتين»: a wound, or a case of the disease the sentence names
            return ("infected" if self.disease_near(noun.start, noun.end, limit) else "injured"), None
        if noun is not None and noun.key in _CASE_NOUNS and norm[noun.end:noun.end + 1] == " " and _DISEASE.match(
                norm, noun.end + 1, limit):
            return "infected", None  # «بينهم ١١٧ حالة إجهاد حراري»: cases of an illness, whatever the group
        if subset and person and noun is not None and right is not None and not weak(right) \
                and L.TRIGGERS[right.group("trig")][1] == "noun" and not norm[noun.end:right.start()].strip() \
                and norm[right.start():right.start("trig")] == "" and cat(right) in ("killed", "injured") \
                and not _rx(r"\s+ب").match(norm, right.end()):
            return cat(right), right.span()  # «قتل 1.332 وأصيب 1.998، بينهم 844 مدنيا قتيلا»: the word after says which
        if (person or noun is None) and _TAKEN_BEFORE.search(norm, max(floor, start - 14), start) and (hosp := _TO_HOSPITAL_AFTER.match(
                    norm, max(end, noun.end) if noun is not None else end, limit)) and (harm := next((
                        m for m in _TRIGGER.finditer(norm, hosp.end(), min(limit, hosp.end() + 90))
                        if self.is_event(m) and cat(m) in ("injured", "infected")), None)) is not None:
            # «أخلت فرق الدفاع المدني قرابة 600 معتمر …، ونقل 7 منهم إلى مستشفى النور بعد تعرضهم لحالات اختناق»:
            # some of those saved, taken to hospital for a harm told after (not «… دون تسجيل أي إصابات»)
            return cat(harm), harm.span()
        if subset and group is not None and (person or noun is None) and (
                noun is not None and noun.key in _CASE_NOUNS or right is not None
                and L.TRIGGERS[right.group("trig")][1] == "noun") and not (
                adjacent is not None and L.TRIGGERS[adjacent.group("trig")][1] != "noun" and not weak(adjacent)
                and (not norm[adjacent.end():start].strip() or _OF_THEM_PEOPLE.fullmatch(norm, adjacent.end(), start - 1))):
            # (not «وأصيب 7 منهم إصابات خفيفة»، «استقبل 145 جريحا، توفي منهم 22»: the verb says it)
            named = [m for m in _TRIGGER.finditer(norm, group.end, start)
                     if L.TRIGGERS[m.group("trig")][1] == "noun" and norm[m.start():m.start("trig")].endswith(("ال", "لل"))
                     and self.is_event(m)]
            if named:  # «المتوفين هم … وامرأتان، فيما نقل المصابون الثلاثة …، اثنان منهم في حالة حرجة»
                return cat(named[-1]), named[-1].span()
            if self.told_alive(group, noun, end, limit):
                return "injured", group.trigger  # «9 ضحايا، بينهم حالتان خطيرتان نقلتا إلى العناية المركزة»: alive, hurt
            if noun is None and right is not None and not weak(right) and group.category == "affected" \
                    and cat(right) in ("displaced", "killed", "injured", "missing") \
                    and _rx(r"\s+(?:باتوا|اصبحوا|صاروا|اضحوا|اصبحو)\s+\Z").fullmatch(norm, end, right.start()):
                return cat(right), right.span()  # «8 ملايين شخص تضرروا، بينهم 2.8 مليون باتوا مشردين»: worse befell them
            return group.category, group.trigger  # «بينهم 14 حالة وصفت بالحرجة»، «بينهم عشرة في حالة حرجة»
        toll = _TOLL_OF.search(norm, lo, start) if person or noun is None else None
        if toll is not None and noun is not None and prev is not None and toll.end() <= prev.num.start:
            toll = None  # «عدد الوفيات بلغ 10 حالات، ووضع 3680 شخصا في الحجر»: the toll was the first figure's
        if toll is not None and not any(not weak(m) for m in lefts if m.start() >= toll.end()) and (
                adjacent is None or weak(adjacent)) and (right is None or weak(right)):
            t = _TRIGGER.match(norm, toll.start("what"), toll.end())
            return cat(t), t.span()  # «عدد النازحين منذ سقوط الرمادي … تجاوز ربع مليون»
        if toll is not None and adjacent is not None and adjacent.start() >= toll.end():
            # «ليرتفع عدد الوفيات الناجمة عن سوء التغذية إلى 193»: the toll's subject decides
            t = _TRIGGER.match(norm, toll.start("what"), toll.end())
            return cat(t), t.span()
        if noun is not None and noun.key in _CASE_NOUNS and adjacent is None:
            # «290 حالة شفيت»: the verb after says it; «1082 حالة»: what the sentence is about
            if right is not None and not weak(right):
                return cat(right), right.span()
            if group is not None and _rx(r"(?<![^\W\d_])(?:من\s+)?(?:منها|بينها|ضمنها)\s*\Z").search(
                    norm, max(floor, start - 14), start):
                return group.category, group.trigger  # «٣٠ حالة تتلقى العلاج، منها ثماني حالات»: some of those
            first = self.first_in_sentence(_TRIGGER, floor)
            if _DISEASE.match(norm, noun.end + 1, limit) and norm[noun.end:noun.end + 1] == " ":
                return "infected", None  # «ثلاث حالات كوليرا جديدة»
            if noun.partitive is False and self.sentence_has(_DISEASE, floor) and _TOTAL_OF.search(
                    norm, max(floor, start - 20), start):
                return "infected", None  # «2,409 وفيات من بين 87,522 حالة»: the cases of the disease
            if (cases_of := _CASES_OF_BEFORE.search(norm, max(floor, start - 100), start)) is not None and (
                    t := _TRIGGER.match(norm, cases_of.end(), start)) is not None and self.is_event(t) \
                    and not self.claim_number_between(cases_of.end(), start):
                return cat(t), t.span()  # «عدد حالات الغرق المسجلة … بلغ ٩ حالات»: the toll names its cases
            if (first is None or first.start() > start) and self.about_disease(floor):
                return "infected", None  # «حالات الاشتباه بالكوليرا … 250 ألف حالة»
            if _DEATHS_AMONG_AFTER.match(norm, noun.end, limit) and self.about_disease(floor):
                return "infected", None  # «ليصل المجموع التراكمي إلى 1,081 حالة، منها 474 وفاة»: all the cases
            if self.cases_total_before(start, floor):
                return "infected", None  # «ليصل إجمالي عدد الحالات التي تم تسجيلها … إلى 87775 حالة»: all the cases
            if first is not None and first.start() < start and (tb := _TOLL_OF.search(norm, first.end(), start)) is not None \
                    and (tt := _TRIGGER.match(norm, tb.start("what"), tb.end())) is not None and self.is_event(tt) \
                    and self.only_spans_between(tb.end(), start):
                return cat(tt), tt.span()  # «انتشلت جثة شاب …، ليرتفع عدد الغرقى … إلى 7 حالات»: the toll's own word
            if n.dual_of is not None and (own := _TRIGGER.match(norm, noun.end + 1, limit)) is not None \
                    and norm[noun.end:noun.end + 1] == " " and self.is_event(own):
                return cat(own), own.span()  # «ونقلت حالتي اختناق إلى المستشفى»: the cases' own word
            if first is not None and first.start() < start and self.is_event(first) and (
                    first.group("trig") not in _NEAR_ONLY or _NEAR_GAP.fullmatch(norm, first.end(), start)):
                if cat(first) == "killed" and "ستقبل" in norm[max(floor, start - 60):start] and _RECEIVED_BEFORE.search(
                        norm, max(floor, start - 60), start):
                    # «وفاة 9 حجاج …، فيما استقبلت مستوصفات البعثة أزيد من 20 ألف حالة»: patients seen, not deaths
                    return "infected", None
                if cat(first) in ("recovered", "released") and _STILL_BEFORE.search(norm, max(floor, start - 16), start) \
                        or cat(first) == "killed" and (_STILL_AFTER_CASES.match(norm, noun.end, limit) or _STILL_BEFORE.search(
                            norm, max(floor, start - 16), start) and _IN_HOSPITAL_AFTER.match(norm, noun.end, limit)):
                    # «1987 حالة تماثلت للشفاء، فيما لا تزال 147 حالة منومة»: the rest, still ill; «21 حالة وفاة …،
                    # مشيرة إلى أن 12 حالة لا تزال ترقد بأقسام الإنعاش»: alive, still ill
                    return ("infected" if self.about_disease(floor) or self.disease_in_paragraph(floor) else "injured"), None
                return cat(first), first.span()  # (not «فقد سجل إقليم الحوز … بـ452 حالة»: ف + قد)
            if (had := self.paragraph_people(start)) is not None and _OF_THEM_AFTER.match(norm, noun.end, limit):
                # «156 حالة اعتقال تعسفي … . قوات النظام مسؤولة عن 87 حالة منها»: some of those cases
                return had.category, had.trigger if had.sentence == sent else None
        if adjacent is not None and (person or noun is None) and cat(adjacent) in ("captive", "detained"):
            back = self.trigger_referring_back(end, limit)
            if back is not None and not weak(back) and cat(back) == "rescued":
                return cat(back), back.span()  # «احتجزت السيول سبعة أشخاص … من إنقاذهم» (not «توقيف قاصرين
                # اثنين أفرج عنهما»: arrested, then freed, are the arrested)
        if adjacent is not None and kind == "item" and L.TRIGGERS[adjacent.group("trig")][1] == "noun" and _search(
                r"(?<![^\W\d_])(?:علي|في|عبر|داخل|متن)\s*\Z", norm[max(floor, start - 8):start]):
            adjacent = None  # «نقل الأسرى اليمنيون في 4 حافلات»، «ترحيلهم على متن ست حافلات»: where they were put
        if noun is not None and noun.partitive and right is not None and L.TRIGGERS[right.group("trig")][1] == "noun" \
                and right.start() <= noun.end + 1 and (r2 := self.trigger_right(right.end(), limit)) is not None \
                and r2.start() <= right.end() + 1 and not weak(r2) and cat(r2) in ("injured", "infected", "killed"):
            return cat(r2), r2.span()  # «11 من الصيادين المحتجزين أصيبوا بأمراض جلدية»: some of the held fell ill
        if adjacent is None and (person or noun is None) and _MET_BEFORE.search(norm, max(floor, n.start - 8), n.start) \
                and (death := _DEATH_LATER.match(norm, end, limit)) is not None:
            return "killed", death.span("d")  # «لقي طفلان شقيقان، يبلغان من العمر 9 و11 سنة، حتفهما»
        if person and noun is not None and _search(r"(?<![^\W\d_])[وف]?حاله\s*\Z", norm[max(floor, start - 8):start]) \
                and _CONDITION_AFTER.match(norm, noun.end, limit):
            # «أصيبت 17 طالبة …، ووصفت حالة ثلاث طالبات بالخطرة»: the state of some of the hurt
            return ("infected" if self.about_disease(floor) else "injured"), None
        if person and noun is not None and _TESTED_AFTER.match(norm, noun.end, limit):
            return "people", None  # «وإخضاع 45 طالبا ومعلما للفحص»: tested, not (yet) cases
        if adjacent is not None and (person or noun is None) and prev is not None and adjacent.end() <= prev.end \
                and right is not None and not weak(right) and L.TRIGGERS[right.group("trig")][1] != "noun" \
                and len(_WORD.findall(norm, max(end, noun.end) if noun is not None else end, right.start())) == 0:
            return cat(right), right.span()  # «1188 طفلا قتلوا و1796 آخرين أصيبوا»: the verb after is theirs
        if adjacent is not None and weak(adjacent) and L.TRIGGERS[adjacent.group("trig")][0] == "affected" and (
                person or noun is None) and right is not None and not weak(right) and cat(right) == "starving":
            return "starving", right.span()  # «يحتاج 1.4 مليون طفل إلى علاج من سوء التغذية»: what they need it for
        if adjacent is not None and len(lefts) >= 2 and not weak(lefts[-2]) and (person or noun is None) and _rx(
                r"\s*(?:منهم\s+|منهن\s+)?او\s+").fullmatch(norm, lefts[-2].end(), adjacent.start()):
            return cat(lefts[-2]), lefts[-2].span()  # «غرق منهم أو فقد ما لا يقل عن 2500 شخص»: the first of the two says it
        if adjacent is not None and len(lefts) >= 2 and norm[adjacent.start():adjacent.start("trig")].startswith("و") \
                and lefts[-2].end() + 1 >= adjacent.start() and {cat(lefts[-2]), cat(adjacent)} <= {"detained", "captive"}:
            return cat(lefts[-2]), lefts[-2].span()  # «اعتقال واختطاف العشرات»: the first of two holdings decides
        if right is not None and (adjacent is None or weak(adjacent)) and (person or noun is None) and (
                not weak(right) or norm[right.end("trig"):right.end()] in ("هم", "هن")) \
                and L.TRIGGERS[right.group("trig")][1] != "noun" and (them := _OF_THEM_PEOPLE.match(norm, noun.end if noun is not None else n.end, limit)) \
                and right.start() - them.end() <= 12:
            return cat(right), right.span()  # «عدد المختطفين …، مبيناً أن 1200 منهم تم تحريرهم»: their own verb after «منهم»
        if adjacent is not None and (person or noun is None) and (who := self.first_in_sentence(_TOLL_WHO, floor)) is not None \
                and who.end() <= adjacent.start() and not self.number_between(who.end(), start) \
                and _search(r"(?<![^\W\d_])(?:الي|حتي)\s*\Z", norm[max(floor, start - 6):start]):
            t = _TRIGGER.match(norm, who.start("what"), who.end())
            return cat(t), t.span()  # «عدد من لقوا حتفهم تحت التعذيب في سجون النظام ارتفع إلى 24»: the toll's own verb
        if adjacent is not None and (person or noun is None) and cat(adjacent) in _BUT_FOR \
                and _EXCEPT_BEFORE.search(norm, max(floor, start - 14), start):
            # «تعافت جميع الحالات عدا حالتين لا تزالان تتلقيان العلاج»: those left out are still held or ill
            held = _BUT_FOR[cat(adjacent)]
            return ("infected" if self.about_disease(floor) else "injured") if held == "infected" else held, None
        if adjacent is not None and cat(adjacent) == "casualties" and person and noun is not None and right is not None \
                and not weak(right) and cat(right) in ("killed", "injured") and not norm[noun.end:right.start()].strip():
            return cat(right), right.span()  # «وصل عدد ضحايا الفاجعة إلى 15 امرأة لقين حتفهن»: the verb after says which
        if person and _rx(r"\s+(?:ما\s+)?بين\s+(?:قتيل|متوفي|متوفى|وفاه|ميت|قتلي|متوفين)\s+و\s*(?:جريح|مصاب|جرحي|مصابين)(?![^\W\d_])").match(
                norm, max(end, noun.end) if noun is not None else end, limit):
            return "casualties", None  # «راح ضحيتها ٧٢٧ شخصا بين متوفى ومصاب»: the dead and the wounded together
        if person and prev is not None and prev.sentence == sent and prev.category == "count" and prev.noun is not None \
                and _key(norm[prev.noun[0]:prev.noun[1]]).removeprefix("ال") in ("اسره", "اسر", "عائله", "عائلات", "اسرات") \
                and _rx(r"[،,(]\s*اي\s+(?:ما\s+)?(?:(?:يقارب|يعادل|يناهز|نحو|حوالي|قرابه)\s+)?\Z").search(norm, max(floor, n.start - 20), n.start) \
                and (ev := [t for t in _TRIGGER.finditer(norm, max(floor, prev.start - 120), prev.end) if self.is_event(t)
                            and cat(t) in ("displaced", "affected", "evacuated", "rescued", "starving")]):
            return cat(ev[-1]), ev[-1].span()  # «عدد الأسر النازحة … بلغ أكثر من 85 ألف أسرة، أي ما يقارب 500 ألف شخص»
        if (person or noun is None) and _rx(r"\s+(?:منهم\s+)?(?:استفادوا|استفاد|يستفيدون|سيستفيدون)\s+(?:من\s+)?(?:ال)?(?:تخفيض|تقليص)(?![^\W\d_])").match(
                norm, max(end, noun.end) if noun is not None else end, limit):
            return "detained", None  # «و692 استفادوا من تخفيض مدة العقوبة»: a shorter term, still held
        if person and _TERMS_AFTER.match(norm, max(end, noun.end) if noun is not None else end, limit):
            return "detained", None  # «فيما وزعت على ستة متهمين آخرين أحكاما تراوحت بين 5 و15 سنة سجنا»: prison terms
        if person and _CAPACITY_BEFORE.search(norm, max(floor, start - 40), start) and (
                right is None or weak(right) or _search(r"(?<![^\W\d_])(?:حالات|حاله)\s+\Z", norm[max(floor, right.start() - 8):right.start()])):
            return "people", None  # «تضم نحو ٢٠٠ موقع للإخلاء تستوعب حتى ٢٫٥ مليون حاج»: a capacity, no one moved
        if person and adjacent is not None and _rx(r"(?<![^\W\d_])(?:من\s+طرف|من\s+قبل|علي\s+يد|علي\s+ايدي)\s*\Z").search(
                norm, max(floor, start - 16), start):
            # «كانت محتجزة لمدة ثلاثة أيام من طرف شخصين»: the doers, not those the event befell
            back = self.trigger_referring_back(end, limit)
            if back is not None and not weak(back):
                return cat(back), back.span()  # «من طرف شخصين تم توقيفهما»
            return "people", None
        if noun is not None and kind in ("item", "known_item") and _ANIMALS.fullmatch(noun.key) and (
                adjacent is not None or right is not None):
            return "count", None  # «إعدام ٤٥ ألف طائر»، «نفوق 300 رأس من الماشية»: animals, no one
        if adjacent is not None and right is not None and (person or noun is None) and cat(right) == "released" \
                and _rx(r"(?<![^\W\d_])حاله\s+اعتقال\Z").search(norm, adjacent.start(), adjacent.end()):
            # «المستفيدون الموجودون في حالة اعتقال بين 34 نزيلا شملهم العفو مما تبقى من العقوبة»: the
            # whole was held; this part is freed
            return cat(right), right.span()
        if adjacent is not None and cat(adjacent) == "detained" and noun is not None and noun.partitive and kind == "item" \
                and _things_plural(noun.key):
            return "count", None  # «بعد ضبط عشرات الآلاف من المفرقعات»: things seized, no one held
        if adjacent is not None and cat(adjacent) == "missing" and "بحث" in adjacent.group("trig") and right is not None \
                and not weak(right) and cat(right) == "killed" and not _WORD.search(
                    norm, max(end, noun.end) if noun is not None else end, right.start()):
            return "killed", right.span()  # «البحث عن شقيقين غرقا في بحيرة دومة الجندل»: searched for, drowned
        if adjacent is not None and (not weak(adjacent) or person or noun is None) and not (
                kind == "item" and _search(r"(?<![^\W\d_])(?:علي|في|عبر|داخل|بين|من|بموجب)\s*\Z", norm[max(adjacent.end(), start - 8):start])) \
                and not (weak(adjacent) and _CHARGE_WORDS.search(norm, adjacent.end(), start)):
            # (not «بعد إدانتهم بالتستر التجاري على 12 عاملاً»: the charge's people, not those convicted)
            # (not «نقلت المفرج عنهم بين خمسة مطارات»: where, not who; «توقيف مبحوث عنه بموجب 30 مذكرة»: on what)
            return cat(adjacent), adjacent.span()
        if (person or noun is None) and (right is None or weak(right)) and (
                t1 := _TRIGGER.search(norm, end, min(limit, end + 30))) is not None \
                and weak(t1) and (orr := _rx(r"\s+او\s+(?:تم\s+)?").match(norm, t1.end(), limit)) and (
                r2 := _TRIGGER.match(norm, orr.end(), limit)) is not None and (
                not weak(r2) or r2.end() != r2.end("trig")) and self.is_event(r2):  # («أو تم تحريرهن»: them)
            right = r2  # «تمكنت 2000 منهن من الفرار أو حررن مقابل فدى»: the second verb says what befell them
            return cat(right), right.span()
        if adjacent is None and (person or noun is None) and _CROWD_BEFORE.search(norm, max(floor, n.start - 30), n.start):
            return "people", None  # «واحتشد المئات من المواطنين … لاستقبال المحررين»: a crowd
        if right is not None and (person or noun is None) and (_rx(r"(?<![^\W\d_])(?:كان|كانت|كانوا)\s+(?:قد\s+)?\Z").search(
                norm, max(floor, right.start() - 14), right.start()) or cat(right) == "captive" and _rx(
                r"(?<![^\W\d_])(?:اللواتي|اللاتي|الذين|اللذين|اللتين)\s+(?:(?:كانوا|كن|كانا|كانتا)\s+)?(?:قد\s+)?\Z").search(
                norm, max(floor, right.start() - 20), right.start())) and (
                done := next((m for m in reversed(lefts) if not weak(m)), None)) is not None:
            # («أفرجت الجماعة في وقت سابق عن 82 من طالبات شيبوك اللواتي اختطفن»: their capture told in a relative clause)
            return cat(done), done.span()  # «أفرجت مجموعة مسلحة … عن 10 موظفين … كانت قد خطفتهم»: what befell them now
        if right is not None and (person or noun is None) and cat(right) == "missing" and _rx(
                r"(?<![^\W\d_])(?:كان|كانت|كانوا|كانا|كن)\s+\Z").search(norm, max(floor, right.start() - 8), right.start()) \
                and _rx(r"(?<![^\W\d_])[وف]?(?:عثرت|عثر|العثور)(?:\s+[^\s\d،,]+){0,7}?\s+علي\s+\Z").search(
                    norm, max(floor, start - 80), start) is not None and not _DEATH_WORD.search(norm, end, limit):
            return "rescued", None  # «عثرت فرق البحث على ثلاثة شبان كانوا في عداد المفقودين»: found, no longer missing
        if right is not None and (person or noun is None) and _search(
                r"(?<![^\W\d_])(?:كانوا|كانا|كن)\s+(?:علي\s+متن|يستقلون|يستقلان|داخل)(?![^\W\d_])",
                norm[max(end, noun.end) if noun is not None else end:right.start()]) and (
                done := next((m for m in reversed(lefts) if not weak(m)), None)) is not None:
            return cat(done), done.span()  # «أنقذت فرق الإنقاذ … 19 بحاراً كانوا على متن سفينة تعرضت للغرق»: the ship's fate
        if person and adjacent is None and _CAPACITY_BEFORE.search(norm, max(floor, start - 40), start) and (
                right is None or _search(r"(?<![^\W\d_])(?:حالات|حاله)\s+\Z", norm[max(floor, right.start() - 8):right.start()])):
            # (not «استيعاب 3000 شخص ممن فقدوا منازلهم»: what befell them is told)
            return "people", None  # «مراكز للإيواء قادرة على استيعاب نحو 50 ألف شخص في حالات الإخلاء»: room for, no event
        if right is not None and person and cat(right) == "captive" and (
                ret := _RETURNED_BEFORE.search(norm, max(floor, start - 40), start)) is not None and ret.group("v").startswith("اعاد") \
                and not _search(r"(?<![^\W\d_])(?:فتح|التحقيق|النظر|تاهيل|بناء|ترميم|توزيع|تشغيل|طرح|انتخاب|هيكله)(?![^\W\d_])",
                                ret.group()):  # (not «أعادت السلطات فتح ملف 101 تلميذة»: did again)
            return "released", ret.span("v")  # «أعادت جماعة بوكو حرام 101 تلميذة من أصل 110 اختطفن»: handed back
        if right is not None and not weak(right) and (person or noun is None) and not (
                group is not None and self.norm[right.end("trig"):right.end()] in ("هم", "هن")
                and _SUBSET_BEFORE.search(norm, max(floor, start - 20), start)) and not self.later_clause_event(noun, end, right):
            # (but «بينهم أمريكيان بعد احتجازهم»: «هم» is the whole group; «عفوه على 1125 شخصا، …، حيث جرى
            # الإفراج عن 64 نزيلا»: a later clause's event with its own figure)
            return cat(right), right.span()
        if (person or noun is None) and group is None and adjacent is None and _AMONG_NAMED.search(
                norm, max(floor, start - 30), start) and (had := self.paragraph_people(start)) is not None \
                and had.category != "people":
            return had.category, None  # «… إنقاذ 14 شخصا احتجزتهم السيول. وأوضح أن بين المحتجزين ثلاثة أطفال»
        if subset and (person or noun is None) and (unnumbered := [
                m for m in _TRIGGER.finditer(norm, group.end if group is not None else floor, start)
                if not weak(m) and L.TRIGGERS[m.group("trig")][1] != "noun" and self.is_event(m)
                and _UNNUMBERED_AFTER.match(norm, m.end(), start)]):
            return cat(unnumbered[-1]), unnumbered[-1].span()  # «فيما أصيب آخرون بجروح، بينهم اثنان بحالة خطيرة»
        if (kind == "person" or noun is None) and _RESULTS_BEFORE.search(norm, max(floor, start - 12), start) \
                and _search(r"(?<![^\W\d_])(?:ال)?ايجابي", norm[n.end:n.end + 30]):
            return "infected", None  # «وجاءت نتائج 31 منهم إيجابية»: tested positive
        if subset and (person or noun is None) and right is not None and not weak(right) and cat(right) == "affected" \
                and not norm[(max(end, noun.end) if noun else end):right.start()].strip():
            return "affected", right.span()  # «١٣ مليون يمني يعانون من انعدام الأمن الغذائي، بينهم ٦ ملايين في حاجة ماسة إلى مساعدات»
        if subset and (person or noun is None) and (suffer := _SUFFERING.match(
                norm, _rx(r"\s*(?:منهم|منهن)?").match(norm, max(end, noun.end) if noun else end).end(), limit)) \
                and (t := _TRIGGER.match(norm, suffer.end(), limit)) is not None and self.is_event(t) \
                and cat(t) in ("injured", "infected"):
            return cat(t), t.span()  # «أنقذت … ١٤ شخصاً …، ونقل الهلال الأحمر ٥ منهم يعانون اختناقاً»: what they suffer
        if subset and (person or noun is None):
            # the people named since the last head count: «أن الموقوفين كانوا يخططون …، وأن من بينهم
            # 190 شخصاً»، «خمس حالات وفاة، فيما جرى نقل المصابين الثلاثة، واحد منهم حالته حرجة»
            named = [m for m in _TRIGGER.finditer(norm, group.end if group is not None else floor, start)
                     if L.TRIGGERS[m.group("trig")][1] == "noun"
                     and norm[m.start():m.start("trig")].endswith(("ال", "لل")) and self.is_event(m)
                     and not _search(r"ال[^\W\d_]+\s+\Z", norm[max(0, m.start() - 20):m.start()])]  # («المناطق المنكوبة»)
            if named:
                return cat(named[-1]), named[-1].span()
            if group is not None and group.category == "people" and group.trigger is not None and (
                    t := _TRIGGER.match(norm, *group.trigger)) is not None and L.TRIGGERS[t.group("trig")][0] == "killed" \
                    and (done := _EXECUTED.search(norm, group.end, start)) is not None:
                return "killed", done.span()  # «أحكاماً بالإعدام بحق 40 مداناً، ونفذ الحكم بحق 36 منهم»: carried out
            if group is not None and self.told_alive(group, noun, end, limit):
                return "injured", group.trigger  # «15 بين متوفى ومصاب …، فيما لا يزال ٤ منهم في العناية المركزة»
            if group is not None:
                return group.category, group.trigger  # «بينهم 12 طفلاً»
        if group is not None and (person or noun is None) and not (kind or "").startswith("trigger:") and \
                _BREAKDOWN.search(norm, group.end, start) and not _TRIGGER.search(norm, group.end, start):
            return group.category, group.trigger  # «مقتل 1,123 شخصاً، وتوزعت الحصيلة كالتالي: 487 مدنياً»
        if not coordinated and group is not None and prev is not None and prev.category == "duration" and (
                person or noun is None) and not (kind or "").startswith("trigger:") and _ADDITION_BEFORE.search(
                norm, max(floor, start - 20), start) and not _TRIGGER.search(norm, prev.end, start):
            return group.category, group.trigger  # «14 عنصرا قتلوا منذ … قبل 33 يوما، إلى جانب نحو 70»
        if group is not None and group.category not in ("people", "affected") and (person or noun is None) \
                and not (kind or "").startswith("trigger:") and _ADDITION_BEFORE.search(norm, max(floor, start - 20), start) \
                and not self.alongside(start, floor) \
                and not any(self.is_event(t) for t in _TRIGGER.finditer(norm, group.end, start)) \
                and not any(d.sentence == sent and {d.category, group.category} == {"captive", "detained"}
                            for d in self._recent_people):  # (a list of prisoners of both kinds: the noun decides)
            return group.category, group.trigger  # «توقيف 52 مرشحا للهجرة …، إلى جانب مغربيين يشتبه في تورطهما»
        if noun is None and _rx(r"(?<![^\W\d_])[وف]?بحضور\s+(?:(?:ما\s+)?(?:يقارب|يناهز|نحو|حوالي|قرابه|زهاء|اكثر\s+من)\s+)?\Z").search(
                norm, max(floor, start - 24), start):
            return "people", None  # «وحظيت مباراة الاتحاد والأهلي بالعدد الأكبر بحضور 52 ألفا»: attendance
        if group is None and person and ((add := _ADDITION_BEFORE.search(norm, max(floor, start - 20), start)) is not None or (
                noun is not None and (noun.key in ("اخرين", "اخرون") or _rx(r"\s+(?:اخرين|اخرون)(?![^\W\d_])").match(norm, noun.end, limit))
                and (add := _rx(r"[،,]?\s*و\s*\Z").search(norm, max(floor, start - 4), start)))) and (
                told := [t for t in _TRIGGER.finditer(norm, max(floor, add.start() - 120), add.start())
                         if not weak(t) and self.is_event(t) and cat(t) in ("detained", "captive", "released", "rescued", "evacuated")]) \
                and not self.claim_number_between(told[-1].end(), start):
            return cat(told[-1]), told[-1].span()  # «والقبض على قائدها …، إضافة إلى شخصين»، «وتم توقيف سائقها …، وشخصين آخرين»
        if group is not None and (person or noun is None) and not (kind or "").startswith("trigger:") and _RATE_BEFORE.search(
                norm, max(floor, start - 12), start):
            return group.category, group.trigger  # «ضبطت 48 ألف مخالف، بمعدل 530 مخالفا يوميا»
        if (person or noun is None) and _COMMUTED_AFTER.match(norm, max(end, noun.end) if noun is not None else end, limit):
            return "detained", None  # «و16 نزيلا استفادوا من تحويل عقوبة الإعدام إلى السجن المؤبد»: still held
        if coordinated and (person or noun is None):
            if {prev.category, "captive"} == {"captive", "detained"} and (
                    head := self.subset_head(start, sent)) is not None and head.category == "captive":
                return head.category, head.trigger  # «9,100 أسير، بينهم 3,558 معتقلا إداريا، و200 طفل»
            return prev.category, prev.trigger  # «بينهم 445 طفلاً و320 امرأة»
        if (person or noun is None) and (who := self.first_in_sentence(_TOLL_WHO, floor)) is not None \
                and who.end() <= start and _search(r"(?<![^\W\d_])(?:الذين|اللواتي)(?![^\W\d_])", who.group()) \
                and not self.claim_number_between(who.end(), start) and (
                    t := _TRIGGER.match(norm, who.start("what"), who.end())) is not None and self.is_event(t):
            return cat(t), t.span()  # «ارتفع عدد الأسرى الذين استشهدوا في سجون الاحتلال … إلى 53»: those who died
        if (noun is None or noun.key in _CASE_NOUNS) and prev is not None and prev.sentence == sent \
                and prev.category in _PERSON_CATEGORIES and prev.category != "people" \
                and _RUNNING_TOTAL_BEFORE.search(norm, max(floor, start - 50), start):
            return prev.category, prev.trigger  # «حالات الشفاء الجديدة 4339 حالة، ليرتفع العدد الإجمالي إلى 252 ألفا»
        if noun is None and self.cases_total_before(start, floor):
            return "infected", None  # «ليصل إجمالي الحالات إلى 186,436»: the running total of the cases
        if kind == "person" and noun is not None and prev is not None and prev.sentence == sent \
                and prev.category in _PERSON_CATEGORIES and prev.category != "people" \
                and _OF_THEM_AFTER.match(norm, noun.end, limit) \
                and not any(self.is_event(t) for t in _TRIGGER.finditer(norm, prev.end, start)):
            return prev.category, prev.trigger  # «من بين الجرحى 3106 أطفال …، وأن نحو ألف طفل منهم»: some of them
        if noun is None and prev is not None and prev.category == "money" and prev.sentence == sent and (
                _TOTAL_OF.search(norm, max(floor, start - 20), start) or _VERSUS.search(norm, max(floor, start - 20), start)) \
                and not any(self.is_event(t) for t in _TRIGGER.finditer(norm, max(prev.end, start - 20), start)):
            return "money", prev.unit  # «مبلغ 20 مليون سنتيم من الضحية، كدفعة أولى من أصل 50 مليونا»: of the sum
        if lefts and person and right is None and _rx(r"(?<![^\W\d_])[وف]?(?:ال)?(?:مواجهات|اشتباكات|شجار|مشاجره|عراك|صدامات)"
                                                     r"\s+(?:[^\s\d،,.]+\s+){0,2}?بين\s+\Z").search(norm, max(floor, start - 40), start):
            return "people", None  # «… أحدهم في حالة حرجة، خلال تدخل لتفريق مواجهات بين عشرات الشبان»: those who clashed
        new_verb = _NEW_FEM_VERB.search(norm, max(floor, start - 24), start) if lefts else None
        and_verb = _AND_PERFECT_BEFORE.search(norm, max(floor, start - 16), start) if lefts and person and noun is not None else None
        if and_verb is not None and not ((told := [m for m in lefts if m.end() <= and_verb.start()])
                                         and cat(told[-1]) in ("killed", "injured", "casualties", "rescued")):
            and_verb = None  # «أصيب 120 آخرون، وخرج آلاف المتظاهرين»: other people (not «بإخلاء المدينة، وغادر نحو 20 ألفاً»)
        for m in reversed(lefts):
            if weak(m) and not (person or noun is None):
                continue
            if new_verb is not None and m.end() <= new_verb.start():
                continue  # «… أعقبت مقتل الشاب، ونشرت 45 ألف عنصر أمن»: a verb of its own opens the figure's clause
            if and_verb is not None and m.end() <= and_verb.start():
                continue
            if right is not None and (cl := _AND_VERB_BEFORE.search(norm, max(floor, start - 16), start)) \
                    and m.end() <= cl.start():
                continue  # «فيما لقيت سيدة حتفها، ونقل طفلان إلى مستشفى الغساني»: the clause's own event comes after
            if kind == "item" and _search(r"[،,]", norm[m.end():start]):
                continue  # «الأسر السورية اللاجئة …، إلى جانب 7.500 كسوة عيد»: another clause's
            if _CHARGE_WORDS.search(norm, m.end(), start):
                continue  # «أوقفت … شخصا، للاشتباه في تورطه في الاعتداء … على ثلاثة مارة»: the charge's people
            if kind == "item" and _search(r"(?<![^\W\d_])(?:علي|في|الي|عبر|داخل|بموجب|بين|من)\s*\Z", norm[max(floor, start - 8):start]):
                continue  # «هجمات … على خمسة حواجز أمنية»، «بين خمسة مطارات»: where it happened, not who it befell
            return cat(m), m.span()
        if noun is None and right is not None and prev is not None and prev.sentence == sent and prev.noun is not None \
                and prev.category in _PERSON_CATEGORIES and prev.category != "people" \
                and norm[prev.noun[0]:prev.noun[1]].split()[0] in _CASE_NOUNS and _rx(r"\s+منها(?![^\W\d_])").match(norm, n.end, limit):
            # «استقبلت … 20 ألف حالة، نقلت 160 منها إلى المستشفيات»، «9 آلاف حالة مرضية، استدعت 140 منها
            # النقل إلى المستشفيات»: some of those cases
            return prev.category, prev.trigger
        if right is not None and (person or noun is None) and not self.later_clause_event(noun, end, right):
            return cat(right), right.span()  # (not «عفوه على 1125 شخصا، …، حيث جرى الإفراج عن 64 نزيلا»: that one's)
        if person:
            back = self.trigger_referring_back(end, limit)
            if back is not None and not _pair_pronoun(back, n):
                return cat(back), back.span()  # «18 شخصاً، تمكنت فرق الدفاع المدني من إنقاذهم»
        toll = self.first_in_sentence(_TOLL_OF, floor) if person or noun is None else None
        if (toll is None or toll.start() >= start) and (person or noun is None) and (
                who := self.first_in_sentence(_TOLL_WHO, floor)) is not None and (toll is None or who.start() < start):
            toll = who  # «ليرتفع عدد من نفذ فيهم حكم القتل … إلى ١٥١ شخصاً» (a toll later in the sentence is another's)
        if toll is not None and noun is not None and (t := _TRIGGER.match(norm, toll.start("what"), toll.end())) \
                and t.span() in self._used and prev is not None and prev.trigger != t.span():
            toll = None  # «عدد الوفيات … 769 … و٤٠٠٠ ممارس صحي»: that toll was told and used
        if toll is not None and noun is None and group is not None and group.end > toll.end() and group.category in _PERSON_CATEGORIES \
                and (_SUBSET_BEFORE.search(norm, max(floor, start - 20), start) or coordinated or _search(
                    r"(?<![^\W\d_])[وف]?(?:من\s+)?(?:منها|بينها)\s*\Z", norm[max(floor, start - 14):start])):
            return group.category, group.trigger  # «حصيلة ضحايا الزلزال … 398 قتيلا، منها 272 في باكستان و126»: of those
        if person and noun is not None and _DEPLOYED_BEFORE.search(norm, max(floor, start - 40), start) \
                and not self.number_between(max(floor, start - 40), start):
            return "people", None  # «عبأت خلال الموسم الصيفي 1700 سباح منقذ»: staff sent, whatever the toll before
        if toll is not None and _ATTRIBUTED_RISE.search(norm, max(0, toll.start() - 30), toll.start()):
            toll = None  # «وعزت ارتفاع عدد الضحايا إلى إقبال المصطافين»: a cause given, no figure for the toll
        if toll is not None and toll.start() < start and _ANOTHER_COUNT.search(norm, toll.end(), start):
            toll = None  # «عدد الوفيات … ارتفع إلى 11 حالة …، في وقت بلغ فيه عدد الحجاج … أزيد من 21 ألف حاج»: another count
        if toll is not None and toll.start() < start and not _REPORTED_CLAUSE.search(norm, toll.end(), start) \
                and not (prev is not None and _TOTAL_OF.search(norm, max(floor, start - 14), start)) and not (
                # (not «عدد الحجاج الذين توفوا … بلغ 23 حاجا، من أصل حوالي 34 ألف حاج»: the whole they are of)
                noun is not None and prev is not None and toll.end() <= prev.num.start
                and (_CLAUSE_WORD.search(norm, prev.end, start) or _NEW_VERB_CLAUSE.search(norm, prev.end, start)
                     or _RELATIVE_CLAUSE.search(norm, prev.end, start)  # «…، التي عبأت 7.500 جندي»
                     or _AND_PERFECT_BEFORE.search(norm, max(prev.end, start - 16), start)  # «…، وخرج آلاف المتظاهرين»
                     # «عدد ضحايا هذه الآبار … إلى خمسة، في حادث أعاد … لآلاف الشباب»: the toll was told, far back
                     or prev.trigger is not None and toll.start() <= prev.trigger[0] < toll.end()
                     and start - prev.end > 40 and not _rx(r"[\s،,]*و").match(norm, prev.end)
                     and not _TOTAL_RISES.search(norm, prev.end, start)  # (not «…، لترتفع أعداد من أجلتهم … إلى 5 آلاف»)
                     # «ارتفع عدد الشهداء … إلى 41، وأغلقت 487 مدرسة، وعلقت الدراسة لـ75 ألف طالب»
                     or prev.category == "count" and _rx(r"[،,]\s*و").search(norm, prev.end, start))):
            # «حصيلة القتلى … قد ترتفع إلى أكثر من 50 ألفاً» (not «حصيلة ضحايا السيول 11 قتيلا، …،
            # سيارة كانت تقل 14 شخصا»: the toll was told before another figure)
            t = _TRIGGER.match(norm, toll.start("what"), toll.end())
            return cat(t), t.span()
        if person and noun is not None and _rx(r"(?<![^\W\d_])[وف]?(?:يعاني|تعاني|يعانون|تعانين|عاني)\s+(?:[^\s\d]+\s+)?\Z").search(
                norm, max(floor, start - 20), start) and (of := _rx(r"\s+من\s+").match(norm, noun.end, limit)) \
                and _DISEASE.match(norm, of.end(), limit):
            return "infected", None  # «يعاني حوالي 2,7 مليون مغربي من داء السكري»: cases of a disease
        if person and (suffer := _SUFFERING.match(norm, max(end, noun.end) if noun else end, limit)) and \
                _DISEASE.match(norm, suffer.end(), limit):
            return "infected", None  # «1,078 شخصا يعانون ضيق التنفس والربو»
        if person and _SUFFER_THE_DISEASE.match(norm, max(end, noun.end) if noun else end, limit) and self.about_disease(floor):
            return "infected", None  # «مصابون بداء السكري، وأن 3.4 مليون شخص في المملكة يعانون من المرض»
        if person and (_RECEIVING_CARE.match(norm, noun.end if noun else end, limit) or _RECEIVING_BEFORE.search(
                norm, max(floor, start - 16), start) and _TREATMENT.match(norm, noun.end if noun else end, limit)):
            # «لا يزال 24 آخرون يتلقون العلاجات»، «فيما يتلقى 14 حاجا العلاج»: the wounded or the sick
            return self.treated_for(floor, start), None
        if person and noun is not None and noun.key in ("اخرون", "اخرين") and _STILL_BEFORE.search(norm, max(floor, start - 16), start) \
                and _IN_CARE.match(norm, noun.end, limit):
            return self.treated_for(floor, start), None  # «فيما لا يزال 11 آخرون يرقدون بقسم العناية المركزة»
        if person and noun is not None and noun.key in ("اخرون", "اخرين", "عالقين", "عالقون") and group is not None and \
                group.category in ("injured", "infected") and _FOR_TREATMENT.match(norm, noun.end, limit):
            return group.category, group.trigger  # «لا يزال 12 مصاباً في حال حرجة، ونُقل 8 آخرون للعلاج في تركيا»
        if person and noun is not None and noun.key in ("اخرون", "اخرين", "عالقين", "عالقون") and group is not None and \
                group.category in ("displaced", "affected", "starving") and not self.claim_number_between(
                    group.end, start, shares=False):
            # «85 ألف شخص نزحوا …، فيما ينتظر آلاف آخرون»: more of them (also past a share of them: «114 ألف
            # شخص، ٤٥٪ منهم من الأطفال، فيما لا يزال آلاف آخرون عالقين»)
            return group.category, group.trigger
        if person and group is not None and _VERSUS.search(norm, max(floor, start - 20), start):
            return group.category, group.trigger  # «قتل 123 عنصراً … مقابل 87 مقاتلاً»
        if person and noun is not None and noun.key in _CASE_NOUNS and "injured" in (told := self.harm_told(n.start)) \
                and not self.about_disease(floor):
            # «214 شخصا أصيبوا بجروح … وأن 16 حالة استدعت تدخلا جراحيا»: cases of those wounds (of the dead
            # and the wounded, when both were told: «769 متوفى و934 مصابا … باشرت 1.050 حالة»)
            return ("casualties" if told & {"killed", "casualties"} else "injured"), None
        if person and noun is not None and noun.key in ("شخص", "اشخاص") and self.arrived_of_displaced(start, floor, sent, noun.end):
            return "displaced", None  # «… مهاجر ولاجئ …، فيما وصل إلى اليونان وحدها 200 ألف شخص»: of them
        if person and adjacent is not None and adjacent.group("trig").startswith(("ادين", "ادان")) \
                and _PRISON_TERM_AFTER.match(norm, end, limit):
            return "detained", adjacent.span()  # «فيما أدين أربعة موظفين …، بأحكام تراوحت ما بين سنتين و4 سنوات حبسا نافذا»
        if person and (_VERDICT_FOR.search(norm, max(floor, start - 40), start) or (
                conv := _rx(r"(?<![^\W\d_])[وف]?(?:ادانت|ادان|ادين)(?![^\W\d_])").search(norm, max(floor, start - 140), start))
                and not self.number_between(conv.end(), start)) \
                and _PRISON_TERM_AFTER.match(norm, max(end, noun.end) if noun is not None else end, limit):
            # («أدانت غرفة الجنايات …، مساء أمس الخميس، 11 متهما …، بأحكام تراوحت بين سنتين و10 سنوات سجنا نافذا»)
            return "detained", None  # «أيدت الحكم الابتدائي في حق متهمين آخرين أدينا بسنتين حبسا نافذا»: jailed
        if person and noun is not None and _STILL_BEFORE.search(norm, max(floor, start - 16), start) \
                and _IN_CARE.match(norm, noun.end, limit) and (self.harm_told(start) or self.about_disease(floor)):
            # (not «لا يزال 15 طبيبا في مستشفى كمال عدوان المحاصر»: staff, no harm told)
            return ("injured" if "injured" in self.harm_told(start) else self.treated_for(floor, start)), None
            # «فيما لا يزال طفلان في قسم الإنعاش»، «1200 حالة لسع بالعقارب، …، ما يزال طفلان يرقدان بقسم الإنعاش»
        if person and (arrest := self.arrest_verb_before(start, sent[0])) is not None:
            return "detained", arrest  # «أوقفت عناصر الشرطة القضائية بإنزكان، مساء أول أمس الأحد، ثلاثة أشخاص»
        if person and _rx(r"(?<![^\W\d_])[وف]?(?:يرقد|ترقد|يرقدون|يرقدن)\s+(?:حاليا\s+)?\Z").search(norm, max(floor, start - 16), start) \
                and _rx(r"(?:\s+[^\s\d،,.]+){0,2}?\s*(?:في|ب)\s*" + _HOSPITAL).match(
                    norm, max(end, noun.end) if noun is not None else end, limit):
            return self.treated_for(floor, start), None  # «فيما يرقد 23 حاجا آخرين بمستشفيات المشاعر»: still treated
        if (person or noun is None) and _BROUGHT_BACK_BEFORE.search(norm, max(floor, start - 40), start) \
                and _rx(r"(?<![^\W\d_])[وبل]?(?:ال)?اجلاء(?![^\W\d_])").search(norm, max(floor, start - 300), start):
            return "evacuated", None  # «عملية إجلاء المغاربة العالقين … مكنت من إعادة 312 مغربيا»: brought back by it
        if (person or noun is None) and _CAMP_HOSTS_BEFORE.search(norm, max(floor, start - 80), start):
            return "displaced", None  # «مراكز الإيواء … تؤوي أكثر من ٢٩٨٫٠٠٠ شخص»
        if person and (t := self.members_of_counted(prev, start, end, sent, floor, limit)) is not None:
            # «٣٨٠ أسرة متضررة … يبلغ عدد أفرادها نحو ٢٢٠٠ شخص»، «إجلاء سكان ٩٦ قرية …، شملت ٧ آلاف أسرة تضم نحو
            # ٤٠ ألف شخص»: the members of those families
            return cat(t), t.span()
        if person and _HARMED_BEFORE.search(norm, max(floor, start - 50), start):
            return "affected", None  # «مخلفا خسائر مادية جسيمة لمئات التجار»، «التساقطات التي أضرت بعشرات الآلاف من الفلاحين»
        if person and noun is not None and noun.key in ("نزيل", "نزيلا", "نزلاء", "نزيله", "نزيلات") \
                and _PRISON_WORD.search(norm, max(floor, start - 300), min(limit, end + 200)):
            return "detained", None  # «مدير سجون المنطقة … لجنة العفو درست ملفات أكثر من ٢٠٠ نزيل»: inmates (not a hotel's)
        if person:
            return "people", None
        if noun is None and prev is not None and (
                _TOTAL_OF.search(norm, max(floor, start - 20), start)
                or _SUBSET_ITEMS.search(norm, max(floor, start - 20), start)
                or _OF_THEM_ITEMS.match(norm, n.end, limit)
                or _VERSUS.search(norm, max(floor, start - 20), start)):
            # «97 حريقاً من أصل 140»، «مقارنة مع 3129»، «5 ملايين دولار مقابل 4 ملايين»
            if prev.category == "duration" and group is not None:
                return group.category, group.trigger  # «4 حالات … خلال الـ24 ساعة الماضية، ثلاث منها»
            if prev.category == "duration":  # a part of the things counted before the span, never of the span
                if _search(r"(?<![^\W\d_])ايجابي", norm[n.end:n.end + 20]):
                    return "infected", None  # «4800 تحليلة خلال يوم واحد، جاءت نتائج 612 منها إيجابية»
                return "count", None
            if prev.category == "percent" and group is not None and group.sentence == sent \
                    and _VERSUS.search(norm, max(floor, start - 20), start):
                # «أكثر من 500 ألف لاجئ …، نحو 70 في المائة منهم سوريون، مقابل 43 ألفاً خلال عام 2014»: the
                # head count compared, not the share
                return group.category, group.trigger
            if prev.category == "percent" and (sb := self._sum_before) is not None and _SCALE_END.search(
                    norm, max(0, n.end - 14), n.end) and _SUBSET_ITEMS.search(norm, max(floor, start - 20), start):
                return "money", sb.unit  # «ميزانية … 217 مليار ريال، أي 25 في المئة …، منها 8 مليارات»: of the sum
            if prev.category == "percent" or prev.category == "money" and not _search(
                    r"[^\W\d_]", norm[n.start:n.end]):
                return "count", None  # «بزيادة 8 في المئة … ١٫٢ مليون منها»، «ملياري ريال، صدرت في ٦٣٠ منها»
            if prev.category == "people" and prev.noun is not None and _OF_THEM_ITEMS.match(norm, n.end, limit) \
                    and (pk := _noun_kind(norm[prev.noun[0]:prev.noun[1]].split()[0]))[0] == "person" \
                    and pk[1] not in _CASE_NOUNS and not pk[1].endswith("ات"):
                return "count", None  # «تخدم نحو 500 ألف نسمة، وأن 21 منها دخلت مرحلة التشغيل»: people take «منهم»
            return prev.category, (prev.unit if prev.category == "money" else None)
        if noun is None:
            cur = self.currency_after(n.end, limit)
            if cur and n.value is not None and n.value >= 10**6:
                return "money", self.currency_code(cur.group("c"), cur.start("c"))  # «724 مليونًا … 135 مليون دولار»
            if prev is not None and prev.category == "money" and n.value is not None and (_search(
                    r"[^\W\d_]", norm[n.start:max(n.end, end)]) or _COORDINATION.fullmatch(norm, prev.end, start)) \
                    and not _search(r"(?<![^\W\d_])[وف]?(?:ال)?عدد(?![^\W\d_])[^،؛.:]*\Z", norm[max(floor, start - 60):start]) \
                    and not _OF_THEM_PEOPLE.match(norm, n.end, limit):  # (nor «دفع ثلاثة منهم»: of them, people)
                # «وخمسة ملايين ريال …، وسبعة ملايين إذا …» (not «ستة مليارات يورو …، على ألا يتجاوز العدد 72 ألفاً»)
                return "money", prev.unit
            if (sb := self._sum_before) is not None and n.value is not None and n.value >= 10**6 and _search(
                    r"[^\W\d_]", norm[n.start:n.end]) and _search(r"(?<![^\W\d_])و\Z", norm[max(floor, start - 1):start]):
                return "money", sb.unit  # «41.5 مليون دولار، يخصص 30 مليونا …، و11.5 مليون لدعم …»: another sum
            if (sb := self._sum_before) is not None and n.value is not None and n.value >= 10**6 and _search(
                    r"[^\W\d_]", norm[n.start:n.end]) and _PAID_BEFORE.search(norm, max(floor, start - 30), start):
                return "money", sb.unit  # «ديون النادي تتجاوز 200 مليون ريال …، سددت ما يقارب 38 مليوناً»: a sum paid
            if _RECEIVING_CARE.match(norm, n.end, limit) and self.harm_told(n.start) & {"injured", "casualties"}:
                return ("infected" if self.about_disease(floor) else "injured"), None  # «لا يزال 24 يتلقون الرعاية»
            if prev is not None and prev.sentence == sent and prev.category == "people" and _STILL_BEFORE.search(
                    norm, max(floor, start - 16), start) and not _rx(
                    r"\s+(?:في|داخل|ب)\s*(?:ال)?(?:مراكز|مركز|سجون|سجن|مخيمات|مخيم)(?![^\W\d_])").match(norm, n.end, limit):
                # (not «لا يزال قرابة ٤ آلاف في مراكز الإيواء»: held)
                return "people", None  # «غادر منهم 3.7 مليون معتمر، فيما لا يزال 412 ألفا داخل المملكة»: the rest
            if prev is not None and prev.sentence == sent and (prev.category in _PERSON_CATEGORIES or prev.category == "count") \
                    and _HAD_BEEN.search(norm, max(floor, start - 40), start):
                return prev.category, prev.trigger  # «إلى 496 ألف عاملة، بعد أن كان لا يتجاوز 55 ألفا»، «10 قتلى، قبل
                # أن ترتفع إلى 15»: the same thing, before or after
            whose = [m for m in _COUNT_OF.finditer(norm, max(floor, start - 150), start)]
            if whose and (whose[-1].group("w") in ("الذين", "اللواتي", "اللاتي", "اللذين") or whose[-1].group("w") == "من"
                          and _rx(r"\s+[^\W\d_]+وا(?![^\W\d_])").match(norm, whose[-1].end())) and not self.countable_between(
                    whose[-1].end(), start):
                # «لم يتجاوز عدد الذين غادروا المملكة خلالها ١٨٠ ألفا»، «يصل عدد من اكتسبوا الجنسية إلى نحو 250 ألفا»
                return "people", None
            if whose and (adj := _NEXT_WORD.match(norm, whose[-1].end())) is not None and adj.group("and") is None \
                    and whose[-1].group("w").startswith("ال") and adj.group("w").startswith("ال") \
                    and _noun_kind(adj.group("w"))[0] == "person" and not self.countable_between(adj.end(), start):
                return "people", None  # «ارتفع عدد السعوديات العاملات في القطاع بأكثر من 40 ألف»: the adjective says who
            if whose and ("person" in (_noun_kind(whose[-1].group("w"))[0], _noun_kind(whose[-1].group("w") + "ن")[0])
                          or _fullmatch(r"ال[^\W\d_]{3,}ين", whose[-1].group("w"))):  # «عدد الواصلين»
                return "people", None  # «عدد المبتعثين … يتجاوز 125 ألفاً»
            if (harm := self.harm_told(n.start)) and _TOLL_BACK.search(norm, max(floor, start - 50), start):
                # «ويخشى أن ترتفع الحصيلة إلى 20 ألفا»، «العدد الحقيقي قد يصل إلى 20 مليونا»: the toll told before
                return ("killed" if "killed" in harm else "casualties"), None
            if (had := self.paragraph_people(start)) is not None and (al := _rx(
                    r"(?<![^\W\d_])العدد(?:\s+[^\s،,.]+){0,5}\s*\Z").search(norm, max(floor, start - 40), start)) \
                    and not _TRIGGER.search(norm, al.start(), start):
                return had.category, None  # «بعبور 1295 شخصاً، قبل أن يتراجع العدد السنوي في 2023 إلى 29437»
            if _SUBSET_BEFORE.search(norm, max(floor, start - 12), start) and (
                    had := self.paragraph_people(start)) is not None:
                return had.category, None  # «78 ألف حاج، منهم 40 ألفا عبر حج القرعة»: some of those people
            if self.arrived_of_displaced(start, floor, sent):
                return "displaced", None  # «أكثر من 300 ألف مهاجر ولاجئ …، فيما وصل إلى الجزر اليونانية قرابة 160 ألفاً»: of them
            if _TOLL.search(norm, max(floor, start - 60), start) and not (
                    _OF_THEM_PEOPLE.match(norm, n.end, limit) and self.paragraph_people(start) is not None):
                return "count", None  # «بلغت بلاغات الحوادث 143» (not «ووصل 1,190,315 منهم عن طريق الجو»: of the pilgrims)
            if _OF_THEM_PEOPLE.match(norm, n.end, limit):
                # «ويعيش نحو 180 ألفا منهم في 25 مخيما» after «مليون عراقي نازحين»: some of the people
                # the paragraph counted last; «… 300 شخص … أعادت السلطات الإسبانية 27 منهم»: of a plain head count
                if (had := self.paragraph_people(start)) is not None:
                    if had.value is not None and n.value is not None and had.value < n.value and (whole := next((
                            d for d in reversed(self._recent_people) if d.value is not None and d.value >= n.value
                            and "\n" not in norm[d.end:start]), None)) is not None:
                        return whole.category, None  # «300 ألف مهاجر … لقي 2500 منهم حتفهم. ووصل 200 ألف منهم»: of the whole
                    return had.category, None  # (its trigger is in another sentence)
                if n.value is not None:
                    return None, None  # («أن اثنين منهم فقدا …»: of whom, no head count was told)
            if n.value is None and _RECEIVING_BEFORE.search(norm, max(floor, start - 16), start) and _TREATMENT.match(
                    norm, end, limit):
                return self.treated_for(floor, start), None  # «فيما يتلقى الآلاف العلاج»: the wounded or the sick
            if prev is not None and prev.sentence == sent and prev.category == "people" and _STAYED_BEFORE.search(
                    norm, max(floor, start - 60), start):
                return "people", None  # «… 410 آلاف حاج، فيما بقي في المدينة المنورة حتى الآن 187 ألفا»
            if n.value is None or _PEOPLE_VERB_BEFORE.search(norm, max(floor, start - 24), start):
                return "people", None  # «تظاهر عشرات الآلاف»، «يشارك فيها الآلاف»، «عاد قرابة مئتي ألف»: a crowd
            if prev is not None and prev.category == "count" and self.continues_list(prev, start, sent, 5):
                return "count", None  # «منها 2,100 منزل انهياراً كلياً و2,432 جزئياً»: more of the same things
            if prev is not None and prev.sentence == sent and prev.category in _PERSON_CATEGORIES \
                    and norm[max(floor, start - 2):start].strip() == "(" and norm[max(floor, prev.num.start - 2):prev.num.start].strip() == "(" \
                    and not any(self.is_event(t) for t in _TRIGGER.finditer(norm, prev.end, start)):
                return prev.category, prev.trigger  # «على ولايات سوسة (9) والقيروان (7) والمنستير (5)»: the same breakdown
            if (colon := norm.rfind(":", floor, start)) >= 0 and not _search(r"[.؛]", norm[colon:start]) \
                    and not _TRIGGER.search(norm, colon, start) and (
                    heads := [m for m in _TRIGGER.finditer(norm, max(floor, colon - 60), colon)
                              if L.TRIGGERS[m.group("trig")][1] == "noun" and self.is_event(m)
                              and norm[m.start():m.start("trig")].endswith("ال")]) and (
                    not self.number_between(colon, start) or prev is not None and prev.num.start > colon
                    and prev.trigger == heads[-1].span()):
                # «وتوزع القتلى على النحو التالي: 18 في صعدة، و11 في حجة»: a breakdown of those named before
                return self.category_of(heads[-1], end, limit), heads[-1].span()
            if _rx(r"\s+(?:[يت][^\W\d_]{2,}(?:ون|ن)|[^\W\d_]{3,}وا)(?![^\W\d_])").match(norm, n.end, limit) \
                    and (had := self.paragraph_people(start)) is not None and had.category == "people":
                return "people", None  # «وتوزع هؤلاء بين 31 ألفا راجعوا العيادات و17 ألفا تلقوا»: a plural verb, people
            if _OF_THEM_ITEMS.match(norm, n.end, limit) and (told := self._last_draft) is not None \
                    and told.category == "count" and told.noun is not None and "\n" not in norm[told.end:start]:
                return "count", None  # «2317 دراجة نارية … وأن 816 منها أحيلت على المحجز»: some of those things
            if _STILL_BEFORE.search(norm, max(floor, start - 16), start) and _IN_CARE.match(norm, n.end, limit):
                return self.treated_for(floor, start), None  # «توفيت الأم …، فيما لا يزال أربعة في قسم العناية المركزة»
            return None, None  # a bare number with nothing counted
        return "count", None


def _cue_index(nt: Normalized, base: int = 0, into: Optional[dict[str, list[int]]] = None
               ) -> dict[str, list[int]]:
    """Where each country cue stands: original offsets (+ ``base``), in order."""
    out: dict[str, list[int]] = {} if into is None else into
    for m in _CUES.finditer(nt.text):
        out.setdefault(m.group("cue"), []).append(base + nt.offsets.start(m.start()))
    return out


def _to_claim(d: _Draft, nt: Normalized, contexts: dict, base: int = 0) -> Claim:
    """The claim of a draft, its spans in the caller's text (``base``: where ``nt`` starts)."""
    original = nt.offsets.original
    n = d.num
    ns, ne = nt.span(n.start, n.end)
    number = Number(original[ns:ne], ns + base, ne + base, n.value, n.low, n.high, n.kind)
    s, e = nt.span(d.start, d.end)
    # One context string per sentence, shared by its claims: slicing it afresh for
    # every claim costs O(claims x sentence length) in one long sentence.
    got = contexts.get(d.sentence)
    if got is None:
        ss, se = nt.span(*d.sentence)
        while ss < se and original[ss].isspace():
            ss += 1
        while se > ss and original[se - 1].isspace():
            se -= 1
        contexts.clear()  # claims come sentence by sentence: keep the current one only
        got = contexts[d.sentence] = (ss, se, original[ss:se])
    ss, se, context = got
    s, e = max(min(s, ns), ss), min(max(e, ne), se)
    noun = None
    if d.noun:
        a, b = nt.span(*d.noun)
        noun = original[a:b]
    trigger = None
    if d.trigger:
        a, b = nt.span(*d.trigger)
        trigger = Trigger(original[a:b], a + base, b + base)
    return Claim(d.category, d.value, d.low, d.high, d.qualifier, d.unit, noun, number,
                 s + base, e + base, trigger, ss + base, se + base, context)


def iter_claims(text: str) -> Iterator[Claim]:
    """Yield the figure claims of ``text``, left to right.

    >>> c = next(iter_claims("ودفعت 2.2 مليون نسمة إلى المجاعة"))
    >>> c.category, c.value, c.unit, c.noun
    ('starving', 2200000, 'person', 'نسمة')
    """
    _check(text)  # at the call, not at the first next()
    if len(text) <= BLOCK_SIZE:
        return _claims(normalize(text))
    return _block_claims(text)  # memory for one block and the claims, not the whole text


class _DocumentCues:
    """The country cues of a whole document read block by block, indexed on first use
    (only a bare «ريال»، «درهم»، «جنيه» … needs them)."""

    def __init__(self, text: str, spans: list[tuple[int, int]]):
        self.text, self.spans = text, spans
        self.index: Optional[dict[str, list[int]]] = None

    def get(self, cue: str, default: list[int]) -> list[int]:
        if self.index is None:
            self.index = {}
            for a, b in self.spans:
                _cue_index(normalize(self.text[a:b]), a, self.index)
        return self.index.get(cue, default)


def _block_claims(text: str) -> Iterator[Claim]:
    spans = list(blocks(text, BLOCK_SIZE))
    cues = _DocumentCues(text, spans)  # the country named nearest may stand in another block
    for a, b in spans:
        yield from _claims(normalize(text[a:b]), cues, a)


def _claims(nt: Normalized, cues=None, base: int = 0) -> Iterator[Claim]:
    contexts: dict = {}
    for d in _Reader(nt, cues, base).read():
        yield _to_claim(d, nt, contexts, base)


def extract(text: str) -> list[Claim]:
    """Every figure claim in ``text``, left to right.

    >>> [(c.category, c.value) for c in extract("قتلت إسرائيل ما لا يقل عن 30631 فلسطينياً وأصابت 72043 آخرين")]
    [('killed', 30631), ('injured', 72043)]
    """
    return list(iter_claims(text))
