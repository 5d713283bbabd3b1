"""The words around a figure that more than one rule reads, compiled once.

Triggers, qualifiers, counted nouns and the small pattern helpers, all built from
the lexicons (:mod:`arabic_figures.lexicon`) as tries (:mod:`arabic_figures.patterns`).
Patterns read by one rule module live in that module.

>>> _TRIGGER.search("وقتل 30 شخصا").group("trig")
'قتل'
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon as L
from . import patterns as P

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


def _optional_qualifier(*sides: str) -> str:
    """An optional qualifier phrase and its space before a figure: «عن ما لا يقل عن 40 سجينا»."""
    return r"(?:(?:ما\s+)?(?:" + _alternation(_quals(*sides)) + r")\s+)?"


_QUAL_BEFORE_OPT = _optional_qualifier("before")


# the clitics, or the future «س» before a present verb: «سيتضرر منه حوالي 40 ألف نسمة»
_TRIGGER = re.compile(P.NO_LETTER_BEFORE + r"(?:" + P.CLITICS + r"|[وف]?س(?=[يتن]))(?P<trig>" + P.trie(L.TRIGGERS) + ")"
                      + P.PRONOUN + P.NO_LETTER_AFTER)
_QUAL_BEFORE = re.compile(
    r"(?:^|(?<=[\s(«\"'\-:،,]))[وف]??[بل]??(?P<q>" + _alternation(_quals("before", "verb"))
    + r")\s*[(«\"']?\s*(?:ال\s*)?\Z")  # («أكثر من الـ100 شخص»: the article written with tatweel)
# a label with the article after «ل» loses its alif: «للفصل 448», «للمادة 12»
_NOT_CLAIM_WHY = {**{"لل" + w[2:]: why for w, why in L.NOT_CLAIMS.items() if w.startswith("ال")}, **L.NOT_CLAIMS}
_NOT_CLAIM_BEFORE = re.compile(
    _PRE + r"(?P<w>" + _alternation(_NOT_CLAIM_WHY) + r")(?:\s+(?:انذاك|حينها|وقتها|حينذاك|حاليا))?"  # («تبلغ آنذاك 16 عاما»)
    r"\s*[(«\"'\-]?\s*(?:ال)?\s*[(«\"']?\s*\Z")

# «تتراوح أعمارهم بين 38 و50»، «في عمر طفلهما ستة أشهر»
# no article before the age word: «العمرة» (the umrah) folds like «عمره» (his age)
_AGE_BEFORE = re.compile(
    P.NO_LETTER_BEFORE + r"[وفبلك]?(?P<w>" + _alternation(w for w, why in L.NOT_CLAIMS.items() if why == "age")
    + r")(?:\s+(?:ما\s+)?(?:بين|من)|(?:\s+" + L_ + r"+){1,4})\s*\(?\s*\Z")
_MONTH_AFTER = re.compile(r"\s*(?:من\s+)?(?:شهر\s+)?[(/]?\s*(?P<m>" + _alternation(L.MONTHS) + r")" + _END
                          + r"|\s*من\s+(?:" + _alternation(map(L.fold, L.CONTEXT["this_month"])) + r")" + _END)
_ERA_AFTER = re.compile(r"\s*(?:للميلاد|ميلادي[هة]?|ميلاديا|قبل\s+الميلاد|للهجره|هجري[هة]?|هجريا|ق\.\s?م)(?![^\W\d_])"
                        r"(?!\s+(?:السريه|غير|نحو|الي|من|عبر)(?![^\W\d_]))")  # (not «محاولتين للهجرة السرية»: migration)
_WORD = re.compile(L_ + r"+")
# «ين» (the yen) takes no clitic: «بين» is «between», «لين» soft (but «ريالين» stays two riyals)
_NOT_BAYNA = "".join(rf"(?<!{b}{w}ين)" for b in (r"\s", "^") for w in ("ب", "ل", "ك", "و", "ال", "وب"))
_CURRENCY = re.compile(r"\s*[)»\"']?\s*(?:من\s+)?[وف]?[بلك]?(?:ال)?(?P<c>" + _alternation(L.CURRENCIES)
                       + r")" + _END + _NOT_BAYNA)
_CURRENCY_ANY = _words("c", L.CURRENCIES, tail=_NOT_BAYNA)
# a country named in the text decides a bare «ريال» or «درهم»: the name or its adjective
# («مغرب» finds «المغربية»), a whole word («تعز» is not in «تعزيرا»، «مصر» not in «مصرف»); a nationality after
# «الجنسية» is left out where the cues are indexed (document._NATIONALITY_OF)
_CUES = re.compile(P.NO_LETTER_BEFORE + r"(?:[وف]?لل|[وفبلك]?(?:ال)?)(?P<cue>" + _alternation(
    {cue for _, cue in L.COUNTRY_CURRENCY}) + r")(?:يين|يون|يتين|يان|يه|يا|ين|ون|ي|ه)?" + P.NO_LETTER_AFTER
    + r"(?!\s+(?:راس|رووس|رؤوس|روؤس|الجنسيه))")  # («مسقط رأسه»: his birthplace, not Muscat)
_STILL_BEFORE = re.compile(P.NO_LETTER_BEFORE + r"و?(?:" + _alternation(map(L.fold, L.CONTEXT["still"] + L.CONTEXT["remained"]))
                           + r")\s+(?:" + _alternation(_quals("before")) + r")?\s*\(?\s*\Z")
_SIGN_AFTER = re.compile(r"\s?(?P<c>[$€£])")
# each branch opens with one character, so re skips to candidates in C (7x faster)
# a dot ends a sentence, but not inside an abbreviation of lone letters («ج.م»، «ر.س»)
_SENTENCE_END = re.compile(r"[!?؟؛][!?؟؛]*|(?:(?<![\s.(«\"/][^\W\d_])\.|\.(?![^\W\d_]))\.*(?!\d)|\n\n*")  # («(ع.ك)»: initials)
_CRITICAL = r"(?:حال|حاله|وضعيه)\s+(?:صحيه\s+)?(?:خطيره|حرجه)"  # «في حالة (صحية) حرجة»: the state of the hurt or the sick
# «فيما تبدأ أسعار البرنامج المخفض من 3,000 ريال»: the lowest of the prices told
_STARTS_FROM = re.compile(r"(?<![^\W\d_])[وف]?(?:تبدا|يبدا|تبتدئ|يبتدئ)\s+(?:[^\s\d،,.]+\s+){0,4}?من\s*\Z")
# verbs of paying or spending, and the words that name an amount: «سددت الإدارة ما يقارب 38 مليوناً»، «دفعة قدرها ١٥ مليوناً»
_PAY_VERB = r"(?:سدد|سددت|دفع|دفعت|صرف|صرفت|رصد|رصدت|خصص|خصصت|ضخ|ضخت|انفق|انفقت|حول|حولت|منح|منحت)"
_AMOUNT_WORD = r"(?:قدرها|قدره|بقيمه|بمبلغ|مبلغ)"
_AMOUNT_WORD_BEFORE = re.compile(r"(?<![^\W\d_])" + _AMOUNT_WORD + r"\s+\Z")
# a thousand, a million in the accusative, last in its figure: the counted noun left out («استقبلت 124 ألفا»)
_ELIDED_SCALE = re.compile(r"(?:الفا|مليونا|مليارا)\Z")
# who asks for a sentence or a conviction: «التمس ممثل النيابة»، «وطالب الوكيل العام»، «مطالبة الدفاع» («طالب» alone may be a
# student; «إنزال العقوبة» is said of a court too: «قضت المحكمة بإنزال عقوبات سجنية»)
_ASKED_WORD = r"(?:[وف]?(?:التمس|التمست|يلتمس|تلتمس|ملتمس|ملتمسا|ملتمسه|التماس|طالبت|يطالب|تطالب|مطالبا|مطالبه|بمطالبه)|[وف]طالب)"
# a plural verb right after such a figure names its people: «أن 200 ألفا زاروا المعرض»
_PLURAL_VERB_AFTER = re.compile(r"\s+[^\W\d_]{2,}وا(?![^\W\d_])")
_SCALE_END = re.compile(r"(?:الف|الاف|مليون|ملايين|مليار|مليارات|الفا|مليونا|مليارا|الفي|مليوني|ملياري)(?:\s+ونصف)?\s*\Z")
# a team's tally: «برصيد 30 نقطة»، «يحتل المركز الثاني بـ42 نقطة»
_TALLY = re.compile(r"(?<![^\W\d_])[وفبل]?(?:" + _alternation(map(L.fold, L.CONTEXT["tally"])) + r")(?![^\W\d_])")
_A_YEAR = re.compile(r"\s+(?:1[3-9]|20)\d\d(?!\d)")
_WEEKDAY = re.compile(r"\s+(?:ال)?(?:احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت)" + _END)
# not «أوقفت القوات المساعدة»: Morocco's auxiliary forces arrested)
_NAME_BEFORE = re.compile(r"(?<![^\W\d_])(?:ابو|ابي|ابا|بن|بنت|ابن)\s+\Z")
_ESCAPE = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?:" + _alternation(L.CONTEXT["escape"]) + r")" + _END)
_SUBSET_BEFORE = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?:" + _alternation(L.CONTEXT["subset"]) + r")\s*\Z"
                            r"|[،,:]\s*و?(?:هم|هن)\s+\Z")  # «4 أشخاص لقوا حتفهم، هم 3 عمال ومواطن»
_SUBSET_AFTER = re.compile(r"\s*\)?\s*(?:" + _alternation(L.CONTEXT["subset"]) + r")" + _END)  # «(6600) منهم»
_TOLL_OF = re.compile(
    P.NO_LETTER_BEFORE + r"[وفبل]?(?:ال)?(?:" + _alternation(L.CONTEXT["toll_noun"]) + r")\s+(?:ال[^\W\d_]{3,}\s+(?=ال))?(?P<what>[وفبل]?(?:ال)?"
    + _alternation(w for w, (c, f) in L.TRIGGERS.items() if f == "noun") + r")(?:ها|هم|نا)?" + _END)  # («عدد شهدائها»)
_YEAR_BEFORE = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?:" + _alternation(map(L.fold, L.CONTEXT["year_before"]))
                          + r")\s*\Z")
_VERSUS = re.compile(r"(?:" + _alternation(map(L.fold, L.CONTEXT["versus"])) + r")\s*\Z")
_DISEASE = _words("d", L.DISEASES)
_NEAR_ONLY = frozenset(map(L.fold, L.CONTEXT["near_only"]))
_SCORE_NOUNS = frozenset(map(L.fold, L.CONTEXT["score_noun"]))
_BAYT_TOWNS = frozenset(map(L.fold, L.CONTEXT["bayt_town"]))
# a nisba in the nominative dual after «بينهم/منهم» («أمريكيان»، «مصريان»; the plural is «ـيون»), or as the
# subject right after a verb («قُتل إسرائيليان»، «هجوم نفذه فلسطينيان»): found from the literal «يان»
# (re skips to it in C), the word before checked in a short window
_NISBA_DUAL_END = re.compile(r"يان(?![^\W\d_])")
_NISBA_DUAL_HEAD = re.compile(r"(?<![^\W\d_])[وف]?(?:بينهما|بينهم|بينهن|منهما|منهم|منهن|قتل|اصيب|اصيبا|قتلا|جرح|اعتقل|"
                              r"اعتقلا|خطف|اختطف|استشهد|توفي|نفذه|نفذها|نفذ|اوقف|غرق|فقد|اسر)\s+\Z")
# a figure, its noun (and an adjective), then another figure: «البالغ عددها 75 مؤسسة 64 ألف سرير»
# (not a preposition or a rate: «5 من أصل 40»، «7 أطباء لكل 10 آلاف نسمة»)
_NOUN_NOT_LINK = (r"(?!(?:من|في|علي|الي|عن|عند|منذ|حتي|خلال|بعد|قبل|يوم|مقابل|او|بين|لكل|كل|ل|و)(?![^\W\d_]))"
                  r"[^\W\d_]+")
_FIGURE_NEXT = re.compile(r"\s*" + _NOUN_NOT_LINK + r"(?:\s+" + _NOUN_NOT_LINK + r")?\s+(?!(?:19|20)\d\d(?!\d))[\d٠-٩]")
# a figure that is part of a subject by its construction: «البالغ عددها 75 مؤسسة»، «لـ77 مؤسسة»
# (also after a preposition or an indefinite noun in construct: «عدد الإصابات في 5 مدن»، «حصة 3 شركات»; not after a
# definite noun, where the verb's own figure stands: «عدد المعتقلين 50 معتقلا منهم 12 امرأة»)
_SUBJECT_FIGURE_BEFORE = re.compile(r"(?:(?<![^\W\d_])عدد(?:ها|هم|هن)\s+|(?<![^\W\d_])ل\s*|(?<![^\W\d_])(?:في|من|بين|لدي|علي)\s+"
                                    r"|(?<![^\W\d_])(?!ال|لل)[^\W\d_]{2,}\s+)\Z")
# a stock index named before points, or a rate: «ارتفع مؤشر السوق … 112 نقطة»، «ارتفع معدل التضخم بـ1.2 نقطة»
_INDEX = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:مؤشر|موشر)(?![^\W\d_])")
_RATE_WORD = r"(?:ال)?(?:معدل|نسبه)(?![^\W\d_])"
_RATE = re.compile(r"(?<![^\W\d_])[وفل]?" + _RATE_WORD)  # (not «بنسبة»: by a rate)
# a rate as a verb's subject, its figure a percent: «تجاوزت نسبة الشفاء … 88 في المائة»
_RATE_SUBJECT = re.compile(r"\s+" + _RATE_WORD)
# the words that open a span of time told in passing: «خلال 20 سنة»، «منذ شهر»، «لمدة أسبوع»
_SPAN_WORDS = ("خلال", "منذ", "مده", "لمده", "مدي", "طيله", "طوال", "قبل", "بعد")
_LEFT = r"[وف]?(?:غادر|غادرت|غادروا)"  # left (a hospital, a prison)
# the words for a prison: «السجن»، «السجون»، «المؤسسات السجنية»، «الإصلاحية»
_PRISON = r"(?:سجن|سجون|سجنيه|اصلاحيه|عقابيه)(?![^\W\d_])"
# an approximate word between a verb and its figure: «ما يقارب»، «أكثر من»، «نحو»
_APPROX = r"(?:(?:ما\s+)?(?:يزيد\s+(?:عن|علي)|يقارب|يناهز)\s+|(?:اكثر|ازيد|اقل)\s+من\s+|نحو\s+|حوالي\s+|قرابه\s+|زهاء\s+)"
# a search for someone (missing, or wanted when the police search): «البحث عن»، «عمليات البحث متواصلة عن»
_SEARCH_FOR = frozenset(("البحث عن", "بحث عن", "جاريه عن", "متواصله عن", "متواصل عن", "مستمره عن", "جاريا عن"))
# an approximate word may stand between a verb and its figure («استقبلت … أزيد من 20 ألف حالة»)
_APPROX_TAIL = r"\s+" + _APPROX + r"?\Z"
_OF_THEM_PEOPLE = re.compile(r"\s*(?:منهم|منهن|منهما|من\s+(?:هؤلاء|هولاء)(?!\s+ال))(?![^\W\d_])")  # («230 ألفاً من هؤلاء»)
# «تقدم كلينتون بفارق 12 نقطة … بهامش خطأ يبلغ 3,5 نقاط»: a poll's points are percentage points
_POLL = re.compile(r"(?<![^\W\d_])(?:[وفبل]?(?:ال)?استطلاع|نوايا\s+التصويت|[وفب]?هامش\s+(?:ال)?خطا)(?![^\W\d_])")
_WOUNDS = _words("wound", L.CONTEXT["wound"])
_WHOLE_AFTER = re.compile(r"(?:\s+فقط)?\s*من\s+(?:بين|اصل|مجموع|اجمالي)\s+(?:(?:نحو|حوالي|قرابه|زهاء)\s+)?\d[\d.,]*(?:\s+(?:الف|الاف|مليون|ملايين|مليار|مليارات))?(?=\s)")
_PARTITIVE = re.compile(r"\s*(?:فقط\s+)?(?:من\s+(?!(?:دون|غير|جديد|جهته|جهتها|جانبه|جانبها|اجل|حيث)(?![^\W\d_]))(?:بين\s+)?"
                        r"(?:(?:هذه|هذا|هولاء|هؤلاء|تلك)\s+(?=ال))?|من(?=ال))")  # (not «من دون»: without; «من هذه المنشآت»)
_RANGE_GAP = re.compile(r"\s*(?:(?P<dash>[-–—])|(?P<to>و|" + _alternation(map(L.fold, L.CONTEXT["range_to"]))
                        + r"))\s*(?:(?<=\s)ال)?|\s*\)?\s*(?P<bracketed>و|" + _alternation(map(L.fold, L.CONTEXT["range_to"]))
                        + r")\s*\(\s*"  # «بين (19) و(24) عاماً»، «من (4) إلى (6)»؛ «الستة إلى التسعة»
                        r"|\s+(?P<lam>ل)\s*")  # «من 10 لـ15 جنيهاً»: «لـ» is «إلى» after «من»


def _range_gap(norm: str, end: int, start: int) -> re.Match | None:
    """The words between two bounds, ``_RANGE_GAP`` over ``norm[end:start]``; a bound that opens with its
    bracket (a bracketed figure that took its scale: «بين (30) و(60) ألف») lends that bracket to the gap."""
    m = _RANGE_GAP.fullmatch(norm, end, start)
    if m is None and norm.startswith("(", start):
        m = _RANGE_GAP.fullmatch(norm, end, start + 1)
    return m


_RANGE_START = re.compile(r"(?:^|(?<=[\s(]))(?:ما\s+)?(?:تتراوح\s+|يتراوح\s+)?(?P<w>بين|من)\s*(?:(?:ال)?(?:سجن|حبس)\s+)?[(]?\s*\Z")
_NOUN_WORD = re.compile(r"\s*[()«»\"']?\s*(?P<w>" + L_ + r"+)")
_NEXT_WORD = re.compile(r"\s+(?P<and>و)?(?P<w>" + L_ + r"+)")
_AND = _alternation(map(L.fold, L.CONTEXT["and"]))
# «25 من الحوثيين و قوات صالح و8 من المقاومة»: a short conjunct may stand between
_COORDINATION = re.compile(  # «… و»، «، إضافة إلى»، «من القوات العمومية و» (the noun's «من» phrase)
    r"(?:\s+(?:منها|منهم|منهن))?(?:\s+في\s+" + L_ + r"+(?:\s+ال" + L_ + r"+)?(?=\s+و))?"  # «172 ألفاً في مكة المكرمة و87 ألفاً»
    r"(?:\s+من\s+(?!اصل|بين|اجمالي|مجموع)" + L_ + r"+)?(?:\s+ال" + L_ + r"+){0,2}[\s،,]*(?:(?:" + _AND
    + r")\s*" + L_
    + r"+(?:\s+" + L_ + r"+)?\s*)?[\s،,]*(?:" + _AND + r")?\s*\(?\s*")  # «طفلين، ورجل، وثلاث سيدات»، «و(6)»
_DECADE_CONTEXT = re.compile(r"(?<![^\W\d_])[وف]?(?:منذ|قبل|خلال|طيله|طوال|مدي|لمده|بعد|مر|مرور|استمر|استمرت|دام|دامت|في\s+اقل\s+من|في\s+غضون)"
                             r"(?:\s+[^\W\d_]+){0,3}\s*\Z")
# animals, not people: «نفوق 300 رأس من الماشية»، «حوادث ذبح الأضاحي»
_ANIMAL_WORDS = (r"طائر|طيور|دجاج|دجاجه|دواجن|راس|رؤوس|ماشيه|مواشي|اغنام|ابقار|بقره|ابل|جمل|جمال|خروف|خرفان|خراف|نعجه|ماعز|"
                 r"حيوان|حيوانات|كلب|كلاب|اسماك|سمكه|خنازير|خيول|حمير|عجول|كبش|اكباش|اضحيه|اضحيات|اضاحي|ذبائح")
_ANIMALS = re.compile(r"(?:ال)?(?:" + _ANIMAL_WORDS + r")")
_SINCE = ("منذ", "قبل", "خلال", "طيله", "طوال")
_SINCE_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_SINCE) + r")\s*\Z")
# «وإصابة ما لا يقل عن 11 آخرين»: a qualifier, then the second noun's own figure
_QUAL_THEN_NUMBER = re.compile(r"\s+[بل]?(?:" + _alternation(_quals("before")) + r")\s*\d")
_OF_THEM_AFTER = re.compile(r"\s*(?:منهم|منهن|منها|منهما)(?![^\W\d_])")
_TAKE_PART = "شارك|شاركوا|شاركت|يشارك|يشاركون|تشارك|بمشاركه|مشاركه|ساهم|ساهموا|يساهم"
# (and a court's: «29 متهما، بينهم سبعة فارون يحاكمون غيابيا»: fugitives from justice)
_POLICE_BEFORE = re.compile(r"(?<![^\W\d_])[وب]?(?:ال)?(?:توقيف|اعتقال|ايقاف|القبض|اوقفت|اعتقلت|ضبط|ضبطت|قبضت|مداهمه|الشرطه|الدرك|تهريب"
                            r"|متهم|متهما|متهمين|متهمون|محاكمه|المحكمه)(?![^\W\d_])")
_FREED_AFTER = re.compile(r"\s+(?:ال)?محرر")  # «أسرى محررون»: prisoners freed before, not held
_WORD_BEFORE = re.compile(r"(?P<w>" + L_ + r"+)\s*(?:ال\s*)?\Z")
_PART = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}

_ADJECTIVES = frozenset(map(L.fold, L.CONTEXT["adjective"]))

_PERSON_CATEGORIES = frozenset({
    "killed", "injured", "casualties", "infected", "captive", "released", "detained",
    "missing", "displaced", "evacuated", "rescued", "recovered", "starving", "affected", "people",
})
_SUFFIXES = ("هما", "هم", "هن", "ها", "ه")
_YEARS_OR_MONTHS = re.compile(r"\s*(?:سنه|سنوات|سنين|عام|اعوام|عاما|اشهر|شهور|شهرا)(?![^\W\d_])")
