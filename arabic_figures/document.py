"""A text being read: its figures, sentences and country cues, and the questions
every rule asks of them (is a figure the first of its sentence, is there another
figure between two places, is this clause about an event such as «قتل» or «إصابة»).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Optional, Union

from . import lexicon as L
from . import patterns as P
from .context import (
    _TWO,
    _VERB_PAIRS,
    _Draft,
    _duals,
    _is_year_value,
    _marked_duals,
    _Noun,
    _noun_kind,
    _Num,
    _one_of,
    _sentences,
    _unit_and_half,
    _verb_duals,
)
from .cues import (
    _ANIMAL_WORDS,
    _ASKED_WORD,
    _CUES,
    _ERA_AFTER,
    _ESCAPE,
    _INDEX,
    _MONTH_AFTER,
    _NEAR_ONLY,
    _NEXT_WORD,
    _NOUN_WORD,
    _POLICE_BEFORE,
    _RATE,
    _SEARCH_FOR,
    _SINCE_BEFORE,
    _TAKE_PART,
    _TRIGGER,
    _WORD_BEFORE,
    L_,
    _alternation,
    _optional_qualifier,
    _rx,
    _search,
)
from .normalize import Normalized, normalize
from .numbers import _read

# a qualifier before a span of time, verbs too: «قضوا ما يناهز 15 سنة»
_QUALIFIED_SPAN = _optional_qualifier("before", "verb")
# names of bodies that hold a trigger word («منظمة إنقاذ الطفولة»), found once per text
_NAMES = re.compile(P.NO_LETTER_BEFORE + r"[وفبل]?(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["name"])) + r")")
# «معرضون لخطر الإصابة»، «مهددون بالموت»: the event has not happened
_AT_RISK = re.compile(P.NO_LETTER_BEFORE + r"[وفلب]?(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["at_risk"]))
                      + r")\s+\Z")
_REFUSED = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?:" + _alternation(map(L.fold, L.CONTEXT["refused"]))
                      + r")(?:\s+[^\s\d،,.]+){0,2}\s+\Z")
_SUSPENDED = re.compile(r"[^،,.؛]{0,30}?\s+عن\s+(?:العمل|الدراسه|مزاوله)(?![^\W\d_])"
                        r"|\s+(?:ال)?(?:صرف|تشغيل|بث|العمل\s+ب)(?![^\W\d_])"  # («إيقاف صرف الإعانة»)
                        r"|(?:\s+(?!القوات(?![^\W\d_]))[^\s\d]+)?\s+(?:ال)?(?:مساعدات|مساعده|دعم|تمويل)(?![^\W\d_])")  # («أوقف البرنامج المساعدات»;
_PROVIDED = re.compile(r"(?:\s+[^\s\d،,.]+){0,3}?\s+(?:ال)?(?:فرص|فرصه|وظائف|وظيفه|خدمات|دعم|دعما|مساعدات|حمايه|تمويل|سكن|مساكن|مياه)(?![^\W\d_])"
                       r"|\s+ال(?!اف|الاف|مئات|عشرات|ملايين)[^\s\d،,.]{3,}\s+\d")  # («وفّر المطار 200 موظف»: a definite subject)
# «أوقفت الحكومة اللبنانية التسجيل»، «أوقفت وزارة التعليم صرف المكافآت»: a verb of stopping whose
# object, after its subject, is an activity
_STOPPED_DOING = re.compile(r"(?:\s+[^\s\d،,.]+){0,3}?\s+(?:ال)?(?:(?:صرف|تشغيل|بث|تسجيل|استقبال|اصدار)(?![^\W\d_])"
                            r"|اعان|رواتب|مكافا)")  # («12 ألف مستفيد أوقفت إعانتهم»)
# «تسليمهم إلى الدرك الملكي/للسلطات المختصة/لإدارة الترحيل»: into custody (not «إلى الصليب الأحمر»)
_HANDED_TO_AUTHORITY = re.compile(r"(?:هم|هن|هما|ه|ها)?\s*(?:\s(?:الي|مع\s+[^\s\d]+)\s+|\s*لل?)(?:ال)?(?:سلطات|جهات|جهه|درك|شرطه|امن|نيابه|عداله|"
                                 r"مصالح|مصلحه|اداره|اجهزه|مركز\s+الشرطه)(?![^\W\d_])")
# what a court postpones («أجّلت المحكمة النظر/الجلسة»), unlike «أجلت السلطات 300 شخص»
_POSTPONED = re.compile(r"(?:\s+[^\s\d]+){0,6}?\s+(?:[وفبل]?ال)?(?:محكمه|جلسه|جلسات|نظر|محاكمه|بت|ملف|قضيه|"
                        r"استئناف|غرفه|هيئه|قاضي|مناقشه|تصويت|موعد|امتحانات|مباراه|انتخابات)(?![^\W\d_])")
_TO_FAMILIES = re.compile(r"(?<![^\W\d_])(?:الي|ل)\s*(?:ذويهم|ذويه|ذويها|اسرهم|عائلاتهم|اهاليهم|اهلهم)(?![^\W\d_])")
_REFERRED_ELSEWHERE = re.compile(r"[^.،,؛]*?(?<![^\W\d_])(?:علي|الي)\s+(?:ال)?(?:دوره|تقاعد|معاش|استدراكيه)(?![^\W\d_])")
_STRANDED = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:هلال\s+الاحمر|دفاع\s+المدني|اسعافيه|انقاذ|سيول|انقاض|ركام|"
                       r"عقبه|مصعد|ثلوج|الوقايه\s+المدنيه|حريق|غرق(?!\s+(?:ال)?(?:سفين|سفن|ناقل)))(?![^\W\d_])")
_WEIGHT_AFTER = re.compile(r"(?:كيلوغرام|كيلوجرام|كلغ|كغ|من\s+وزن)")
_COMMUTED_BEFORE = re.compile(r"(?<![^\W\d_])[وفب]?(?:ال)?(?:تحويل|تحول|تخفيف|تخفيض|استبدال)\s+(?:ال)?(?:عقوبه|عقوبات|حكم|احكام)?\s*\Z")
_NO_HARM_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:(?:لم|لا)\s+(?:يسفر|تسفر|يسجل|تسجل|تسجيل)\s+(?:عن\s+)?(?:اي\s+)?"
                             r"|(?:دون|بدون|عدم)\s+(?:وقوع|تسجيل|حدوث)\s+(?:اي\s+)?|[بل]?عدم\s+)\Z")  # («بعدم إدانة متهمين اثنين»)
# «جريمة قتل أسرة من أربعة أفراد»: the family, then its members counted
_FAMILY_OF_N = re.compile(r"\s+(?:اسره|عائله)\s+(?:مكونه\s+|تتكون\s+)?من\s+\S+\s+(?:افراد|اشخاص)(?![^\W\d_])")
_CONSTRUCT_TIME_BEFORE = re.compile(r"(?<![^\W\d_])(?P<w>(?:ايام|اسابيع|اشهر|شهور|سنوات|ساعات|ليالي))\s+(?:ال|" + L_
                                    + r"{2,}\s+ال)(?P<g>" + L_ + r"+)\s+(?:ال\s*)?\Z")  # («أيام عيد الفطر الأربعة»: a chain of two)
_PREPOSITION_NEXT = re.compile(r"\s+(?:في|من|علي|الي|عن|مع|منذ|خلال|بعد|قبل|حتي)\s")
# a need or a wait, not a deed: «مئات الجرحى بحاجة إلى إجلاء»، «300 نزيل ينتظرون استكمال إجراءات إطلاق سراحهم»
_NEED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:(?:بحاجه|حاجه|يحتاجون|تحتاج|يحتاج|تستدعي|يستدعي|تتطلب|يتطلب)|(?:ينتظرون|ينتظر|تنتظر|ينتظرن|"
                          r"بانتظار|انتظار|يترقبون)(?:\s+[^\s\d،,.]+){0,3}?)\s+(?:الي\s+|ل)?(?:ال)?\Z")
_DEMAND_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:تهدد|يهدد|هددت|هدد|تعتزم|يعتزم|تنوي|ينوي|طالب|طالبت|يطالب|تطالب|يطالبون|طالبوا|(?:لل|ال|ل)?مطالبه|مطالب|مطالبا|مطالبين|دعا|دعت|يدعو|تدعو|"
                            r"ناشد|ناشدت|يناشد|تناشد)(?:\s+[«\"']?[^\W\d_]+[»\"']?){0,4}\s*\Z")  # («وتهدد جمعية "عطيرت كوهنيم" الاستيطانية بإخلاء»)
_TAKING_PART = re.compile(r"(?<![^\W\d_])[وف]?(?:" + _TAKE_PART + r")\s+"
                          r"(?:في\s+)?(?:عمليات?\s+|اعمال\s+|جهود\s+|مهام\s+)?(?:ال[^\W\d_]+\s+)?(?:عن\s+(?:ال[^\W\d_]+\s+)?)?[وفبل]?(?:ال)?\Z")
# «جندت 4 آلاف من كوادرها لمتابعة حالة المصابين»: those cared for, not what befell the counted carers
_CARING_FOR = re.compile(r"(?<![^\W\d_])[وف]?(?:ل|في\s+)(?:متابعه|علاج|معالجه|اسعاف|رعايه|خدمه|استقبال|مساعده|اغاثه|اسناد|اعاله)"
                         r"(?:\s+(?:حاله|حالات|اوضاع|وضع|شؤون|اسر|ذوي))?\s+\Z")
# «في قضية اختطاف»، «بتهمة القتل»: a crime's name before a trigger word
_CRIME_WORD = re.compile(r"(?<![^\W\d_])[وفب]?(?:ال)?(?:قضيه|قضايا|ملف|تهمه|تهم|بتهمه|جريمه|جرائم)\s+\Z")
# «تدابير بديلة عن الاعتقال»: instead of the event
_INSTEAD_OF = re.compile(r"(?<![^\W\d_])(?:بديله|بديلا|بدائل|بديل)\s+(?:عن|ل|من)\s*\Z")
_EFFORT_BEFORE = re.compile(r"(?<![^\W\d_])[وفب]?(?:ال)?(?:جهود|مفاوضات|مساع|مساعي|محاولات?|محاوله|جاريه|جار|يسعي|تسعي|سعيا|"
                            r"خطه|بهدف|اجل|تمهيدا|وساطه|مبادره|اتفاق|صفقه|تدخل|طالبت|طالب|يطالب|تطالب|مطالبه|دعت|دعا|"
                            r"ابحاث|بحث|تتواصل|يتواصل|متواصله|تستعد|يستعد|تخطط|يخطط|تعتزم|يعتزم|تنوي|ينوي)(?![^\W\d_])")
_INTENDED = {(c, f) for c in ("released", "detained", "rescued", "displaced") for f in ("", "weak")}
_FIGURE_JUST_BEFORE = re.compile(r"\d(?:\s+(?:الف|الاف|مليون|ملايين))?\s+(?!(?:عاما|عام|سنه|سنوات|اعوام|شهرا|اشهر|شهور)\s)"
                                 r"[^\W\d_]+\s*\Z")  # a figure and its noun (not an age: «يبلغ 19 عاما استشهد وأصيب»)
_CLAUSE_OPENS = re.compile(r"(?:^|[.،,:؛!?\n(«]|(?<![^\W\d_])(?:ان|انه|فيما|بينما|حيث|وقد|قد|كما|و|ف))\s*[وف]?\Z")
_PASSED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:تجاوز|تجاوزت|يتجاوز|تتجاوز|تخطي|تخطت|يتخطي|تتخطي|فاق|فاقت|يفوق|تفوق|"
                            r"ناهز|ناهزت|قارب|قاربت|بلغ|بلغت)\s+\Z")
_CRIME_OF = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["crime"])) + r")\s+\S?\Z")
_ONE_UNIT_BETWEEN = re.compile(r"(?<![^\W\d_])(?:بين\s+(?P<w>سنه|عام|شهر|اسبوع|يوم|ساعه|دقيقه)\s+و\s*"
                               r"|(?:بالحبس|بالسجن)\s+من\s+(?P<w2>سنه|عام|شهر|اسبوع|يوم)\s+الي\s+)")  # («بالحبس من شهر إلى ستة أشهر»)
# «بين 4 أشهر وسنة»: a year, alone, closes a range opened in months («من ستة أشهر إلى عام» stays a change)
_YEAR_CLOSES_MONTHS = re.compile(r"\s+(?:اشهر|شهور|شهرا|شهر)\s+(?:و\s*|الي\s+)(?P<w>سنه|عام)(?![^\W\d_]|\s*(?:[\d٠-٩۰-۹]|ونصف))")
_DUAL_THEN_TWO = re.compile(r"\s+(?:[^\W\d_]+\s+)?")  # «جثتي مهاجرين اثنين»: at most a word between


class _Document:
    """The normalized text, its figures, sentences and cues; the position questions."""

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
        self._clause_ends: Optional[list[int]] = None  # where each clause word ends (categories.clause_start)
        self._last_count: Optional[_Draft] = None  # the last count of things read, for «N منها» after a sum
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

    def number_at(self, start: int) -> Optional[_Num]:
        """The number read at ``start``, if one starts there."""
        k = bisect_right(self._num_starts, start) - 1
        return self.nums[k] if k >= 0 and self._num_starts[k] == start else None

    def index_points(self, start: int, floor: int) -> bool:
        """The points before ``start`` are a stock index's: an index is named in the last 150 characters and
        no rate after it («ارتفع مؤشر السوق … أي بنحو 112 نقطة»; not «وبحسب مؤشر الأسعار، ارتفع معدل
        التضخم بـ1.2 نقطة»)."""
        idx = [m.end() for m in _INDEX.finditer(self.norm, max(floor, start - 150), start)]
        # (a rate is the points' subject only with no figure of its own between: not «فيما بلغت نسبة التداول 3 في
        # المائة، وارتفع بـ 150 نقطة»)
        return bool(idx) and not any(not _search(r"\d", self.norm[r.end():start]) for r in _RATE.finditer(self.norm, idx[-1], start))

    def sentence_has(self, pattern: re.Pattern, floor: int) -> bool:
        return self.first_in_sentence(pattern, floor) is not None

    def is_event(self, m: re.Match) -> bool:
        """A trigger that tells what happened: not part of a name («منظمة إنقاذ الطفولة»),
        not a risk («معرضون لخطر الإصابة»)."""
        if self._names is None:
            self._names = [mm.span() for mm in _NAMES.finditer(self.norm)]
        if self._names:
            k = bisect_right(self._names, (m.start(), len(self.norm))) - 1
            if k >= 0 and self._names[k][0] <= m.start() < self._names[k][1]:
                return False
        if "غير" in self.norm[max(0, m.start() - 6):m.start()] and _rx(r"(?<![^\W\d_])[وفلب]?غير\s+\Z").search(
                self.norm, max(0, m.start() - 6), m.start()):
            return False  # «العفو … بالنسبة لغير المعتقلين»: those not held
        if _NO_HARM_BEFORE.search(self.norm, max(0, m.start() - 16), m.start()):
            return False  # «ولم يسفر عن إصابات»، «دون وقوع إصابات»: no one was hurt
        if self.norm[m.start():m.start("trig")].endswith("ك") and self.norm[m.start("trig"):m.start("trig") + 2] != "ال":
            return False  # «عدم التعامل معهم كلاجئين»: «as» refugees, a likeness, not an event
        if self.norm[m.start():m.start("trig")].endswith("ب") and L.TRIGGERS[m.group("trig")][0] in ("killed", "injured", "captive", "detained") and _rx(
                r"(?<![^\W\d_])[وف]?(?:هدد|هددت|هددوا|يهدد|تهدد|يهددون|التهديد|تهديد)\s+"
                r"(?:(?![وف]?(?:تسبب|تسببت|يتسبب|تتسبب|اسفر|اسفرت|يسفر|تسفر|ادي|ادت|يؤدي|تؤدي|اودي|اودت|قام|قامت|قاموا|انتهي|انتهت|ينتهي|تنتهي|"
                r"ساهم|ساهمت|يساهم|تساهم|خلف|خلفت|يخلف|تخلف)\s)[^\s\d،,.]+\s+){0,2}\Z").search(  # (a deed told after the subject: «التي تهدد الهدنة انتهت بمقتل 4»)
                self.norm, max(0, m.start() - 30), m.start()):
            return False  # «وهددت بقتلهم»: a threat, not a deed (but «يهدد بتضرر مئات الآلاف من الفلاحين»: harm foretold)
        if (t := L.TRIGGERS.get(m.group("trig"))) is not None and t[0] in ("killed", "injured", "captive") and t[1] != "noun" \
                and _PLANNED_BEFORE.search(self.norm, max(0, m.start() - 30), m.start("trig")):
            return False  # «خططت لاغتيال 6 من منسوبي القطاعات»، «حاولوا خطف طفلين»: a plan or an attempt, no one harmed
        if m.group("trig").startswith("فقد") and _rx(r"\s+(?:ال)?(?:وعي|وعيه|وعيها|وعيهم|وعيهما)(?![^\W\d_])").match(self.norm, m.end()):
            return False  # «طفلين فقدا الوعي»: they fainted, no one is missing
        if m.group("trig") == "شفاء" and self.norm[m.start():m.start("trig")] == "ال" and _rx(
                r"(?<![^\W\d_])(?:اسره|اسرة|سرير|فراش)\s+\Z").search(self.norm, max(0, m.start() - 8), m.start()):
            return False  # «18 طفلا ما يزالون على أسرة الشفاء»: in hospital beds, not recovered
        if m.group("trig") in ("موت", "غرق") and _rx(r"\s+(?:ال)?محقق(?![^\W\d_])").match(self.norm, m.end()):
            return False  # «أنقذ السباحون 6 شبان من موت محقق»: a death escaped
        if m.group("trig") == "اسرت" and m.end() > m.end("trig") and (_rx(
                r"(?<![^\W\d_])[وبل]?(?:افراد|رب|ربه|اعضاء|ابناء|مع|رفقه|برفقه|لدي|وسط|باقي|بقيه|من|عن|الي|احضان|حضن|كنف|فقر)\s+\Z").search(
                    self.norm, max(0, m.start() - 10), m.start()) or m.start() < m.start("trig")) or m.group("trig") == "اسرت" and m.end() > m.end("trig") and not _rx(
                r"(?:\d|(?<![^\W\d_])(?:اثنين|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|عشرات|مئات|الاف))(?:\s+[^\W\d_]+){1,2}\s+\Z").search(
                    self.norm, max(0, m.start() - 40), m.start()):
            return False  # «وأصيب أفراد أسرتها الخمسة»، «بعيدا عن أسرتهن»: a family, not «5 جنود أسرتهم المقاومة» (captured them)
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
        if m.group("trig") in ("سقوط",) and (obj := _NEXT_WORD.match(self.norm, m.end())) and obj.group("and") is None \
                and not obj.group("w").startswith("ال") and _noun_kind(obj.group("w"))[0] in ("item", "known_item") \
                and _rx(r"\s+ال[^\W\d_]{2,}").match(self.norm, obj.end()) and _noun_kind(obj.group("w"))[1] not in L.NOUNS:
            return False  # «لحظة سقوط ذراع الرافعة»: part of a thing fell (not «سقوط قتلى»)
        if m.group("trig") in ("اسقطت", "اسقط") and not _rx(
                r"\s+(?:ال)?(?:مصالح|عناصر|شرطه|درك|فرقه|فرق|اجهزه)(?![^\W\d_])").match(self.norm, m.end()):
            return False  # «وأسقطت الحكومة الجنسية عن 7»، «أسقطت الدفاعات 12 طائرة»: not the police catching anyone
        if m.group("trig").startswith("ذبح") and _rx(r"\s+(?:ال(?:" + _ANIMAL_WORDS + r")|(?!(?:جمال|جمل|راس|كلب)(?![^\W\d_]))(?:"
                                                   + _ANIMAL_WORDS + r")(?:هم|ه)?|اضحيت(?:ه|ها|هم|هما))(?![^\W\d_])").match(self.norm, m.end()):
            return False  # «حوادث ذبح الأضاحي»: sheep slaughtered for the feast, no one killed
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
        if m.group("trig").startswith("محرر") and m.start() == m.start("trig") and (held := _WORD_BEFORE.search(
                self.norm, max(0, m.start() - 16), m.start())) is not None and L.TRIGGERS.get(
                held.group("w").removeprefix("ال"), ("", ""))[0] in ("captive", "detained") and not _rx(r"\d\s*\Z").search(
                self.norm, max(0, held.start() - 4), held.start()):
            return False  # «بينهم أسير محرر وفتاتان»: a former prisoner, freed long ago (not «26 أسيرا محررا»)
        if m.group("trig").startswith("اختناق") and (_rx(r"(?<![^\W\d_])(?:ال)?(?:سير|مرور|مروري|حركه|طريق|طرق|شوارع)"
                                                         r"(?![^\W\d_])[^.،,؛\d]{0,30}\Z").search(self.norm, max(0, m.start() - 40), m.start())
                                                     or _rx(r"\s+(?:ال)?(?:مروري|مروريه)(?![^\W\d_])").match(self.norm, m.end())):
            return False  # «لتنظيم حركة السير التي عرفت اختناقا»، «اختناق مروري»: a traffic jam, no one choked
        if m.group("trig") in ("قضي", "قضوا") and _rx(
                r"[^.،,؛]{0,50}?(?<![^\W\d_])(?:ليلتهم|ليلتهن|ليلته|ليلتها|لياليهم|عطلتهم|عطلته|اجازتهم|اجازته|يومهم|ايام\s+العيد)"
                r"(?![^\W\d_])|\s+" + _QUALIFIED_SPAN + r"[\d٠-٩]+\s+(?:سنه|سنوات|عاما|اعوام|شهرا|اشهر|يوما|ايام|سنين)(?![^\W\d_])"
                ).match(self.norm, m.end()):
            return False  # «حيث قضى آلاف السكان ليلتهم في العراء»، «الذين قضوا ما لا يقل عن 15 سنة في المهنة»: time spent
        if m.group("trig").startswith("تبادل") and not self.norm[m.start():m.start("trig")].endswith("ال") and _rx(r"(?:\s+[^\s\d،,.]+){0,3}?\s+(?:ال)?(?:اطلاق\s+(?:ال)?نار|نار|نيران|قصف|اتهامات|"
                                                      r"ضربات|زيارات|خبرات|تهاني)(?![^\W\d_])").match(self.norm, m.end()):
            return False  # «تبادلت قوة أمنية إطلاق النار مع عدة مطلوبين»: a firefight, no exchange of prisoners
        if m.group("trig") == "اسر" and m.end() == m.end("trig") and (
                self.norm[m.start():m.start("trig")] == "ل" or _rx(
                    r"(?<![^\W\d_])[وف]?(?:ت(?:عيش|عاني|نتظر|طالب|ناشد|شكو|زال)|(?:تقدم|ناشد|طالب|عاش|اشتك|نظم|وجه|رفع|عبر|استنكر|دع|اعتصم|تلق|تسلم)ت"
                    r"|ما\s+زالت)\s+\Z").search(
                    self.norm, max(0, m.start() - 16), m.start())):
            return False  # «تعيش أسر أحد عشر شابا على أعصابها»، «تقدمت أسر 14»، «لأسر أربعة»: families, no one captured
        if m.group("trig") == "هجر" and (self.norm[m.start():m.start("trig")] not in ("", "و", "ف") or m.end() != m.end("trig")):
            return False  # «الهجرة» (migration), not «هُجّر» (was expelled)
        if m.group("trig") == "قضي" and self.norm[m.end("trig"):m.end()] == "ه" and (
                self.norm[m.start():m.start("trig")].endswith("ال") or not self.norm[m.start():m.start("trig")]):
            return False  # «القضية»، «قضية» (a case), not «قضى» (died)
        if L.TRIGGERS[m.group("trig")][0] == "killed" and not self.norm[m.start():m.start("trig")].startswith("و") \
                and _CRIME_OF.search(self.norm, max(0, m.start() - 14), m.start() + 1) \
                and not ((v := _NEXT_WORD.match(self.norm, m.end())) and v.group("and") is None and (
                    v.group("w") in L.DUALS or v.group("w").endswith("تين")) or _FAMILY_OF_N.match(self.norm, m.end())
                         or not self.norm[m.start():m.start("trig")].endswith("ال") and self.number_right_after(m.end())):
            # (not «وتابعت النيابة في جريمة القتل 4 متهمين»: the definite crime's name, then the front verb's subject)
            return False  # «12 مطلوباً بجرائم قتل»، «بتهمة القتل»: a charge, no one dead here (but «جريمة قتل سائحتين»،
            # «جريمة قتل أسرة من أربعة أفراد»، «في جريمة قتل ثلاثة أفراد من أسرة واحدة»: the dead counted)
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
        if m.group("trig") in ("فرار", "الفرار") and (_ESCAPE.search(self.norm, max(0, m.start() - 30), m.start()) or _MANAGED_WHO.search(
                self.norm, max(0, m.start() - 40), m.start()) and not _FLED_PLACE_AFTER.match(self.norm, m.end())):
            # (not «تمكن آلاف المدنيين من الفرار من المدينة المحاصرة»: they fled their town)
            return False  # «لاذ شخصان بالفرار»، «فيما تمكن سائقان آخران من الفرار» (not «3700 شخص فقط تمكنوا من الفرار»: fled the city)
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
                and not (L.TRIGGERS[m.group("trig")][0] == "rescued" and eff.group().endswith("تدخل")) \
                and m.group("trig") not in ("تطيح", "يطيح"):  # («امتدت الأبحاث لتطيح بشريكين»: what they led to)
            # (but «اضطرت فرق الوقاية المدنية إلى التدخل لإنقاذ 8 أشخاص»: rescue crews stepping in rescue)
            return False  # «مفاوضات لتبادل 200 أسير»، «لتوقيف باقي المتورطين»: intended, not yet done
        if self.norm[m.start():m.start("trig")] in ("ب", "بال") and L.TRIGGERS[m.group("trig")][0] in ("released", "evacuated") \
                and _DEMAND_BEFORE.search(self.norm, max(0, m.start() - 40), m.start()):
            return False  # «تطالب المعارضة بالإفراج عن نحو 500 امرأة»: demanded, not done
        if m.group("trig") in ("يلحق الضرر", "تلحق الضرر") and _rx(r"(?<![^\W\d_])(?:لا|لم|لن|لئلا)\s+\Z").search(
                self.norm, max(0, m.start() - 6), m.start()):
            return False  # «حتى لا يلحق الضرر بـ5 آلاف مزارع»: harm averted
        if "ؤدي" in self.norm[max(0, m.start() - 20):m.start()] and L.TRIGGERS[m.group("trig")][0] in ("detained", "released") \
                and _rx(r"معلوم|مكافا|(?<![^\W\d_])(?:قد|شان|اي|لاي|ادله|بادله)(?![^\W\d_])").search(self.norm, max(0, m.start() - 40), m.start()) and _rx(r"(?<![^\W\d_])(?:تؤدي|يؤدي|قد\s+تؤدي|قد\s+يؤدي)\s+(?:الي|في)\s+\Z").search(
                self.norm, max(0, m.start() - 20), m.start()):
            return False  # «بمعلومات تؤدي إلى القبض على أحدهم»، «مكافأة لمن يقدم أدلة تؤدي إلى اعتقال 3»: what might follow
        if m.group("trig") == "ادانه" and _rx(r"(?<![^\W\d_])" + _ASKED_WORD +
                                                      r"(?:\s+[^\s\d،,.]+){0,5}\s+\Z").search(self.norm, max(0, m.start() - 50), m.start()):
            return False  # «التمس الوكيل العام للملك إدانة … ثلاثة موظفين»: asked for, not given
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

    def number_between(self, a: int, b: int) -> bool:
        k = bisect_right(self._num_starts, a)
        return k < len(self._num_starts) and self._num_starts[k] < b

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
                    _is_year_value(self.norm[o.start:o.end]) and _rx(r"\s*[،,.)]").match(self.norm, o.end)) and not (
                    isinstance(o.value, int) and 1 <= o.value <= 31 and _MONTH_AFTER.match(self.norm, o.end, b)) \
                    and not self.adverbial_span(o) and not (
                    (w := _NOUN_WORD.match(self.norm, o.end, b)) is not None and _noun_kind(w.group("w"))[0] == "measure"):
                # (nor «الزلزال الذي ضرب نيبال بقوة 7.8 درجة»: a measurement)
                return True  # (nor «انتخابات 2016،»: a year, then a comma; nor «في ليلة 27 من رمضان»: a day;
                # nor «منذ انطلاقه قبل عشر سنوات»: when, not what)
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

    def time_noun_after(self, n: _Num, sent: tuple[int, int]) -> bool:
        """«3 أشهر»: a unit of time is what the figure counts."""
        m = _NOUN_WORD.match(self.norm, n.end, sent[1])
        return bool(m) and _noun_kind(m.group("w"))[0].startswith("time:")

    def adverbial_span(self, n: _Num) -> bool:
        """«منذ انطلاقه قبل عشر سنوات»، «خلال 3 أشهر»: a span of time that dates the clause, not what it counts."""
        sent = self.sentence_of(n.start)
        return bool(_SINCE_BEFORE.search(self.norm, max(sent[0], n.start - 8), n.start)) and (
            self.time_noun_after(n, sent)
            or n.dual_of is not None and _noun_kind(n.dual_of)[0].startswith("time:"))  # «قبل شهرين»

    def sentence_of(self, pos: int) -> tuple[int, int]:
        k = bisect_right(self._sent_starts, pos) - 1
        return self.sentences[max(k, 0)]

    def time_noun_before(self, n: _Num, sent: tuple[int, int]) -> Optional[_Noun]:
        """«السنوات العشر»، «الساعات الـ48»، «أسبوع واحد»: the unit stands before."""
        m = _WORD_BEFORE.search(self.norm, max(sent[0], n.start - 25), n.start)
        if not m:
            return None
        kind, key = _noun_kind(m.group("w"))
        if not kind.startswith("time:") and m.group("w").startswith("ال") and (
                c := _CONSTRUCT_TIME_BEFORE.search(self.norm, max(sent[0], n.start - 40), n.start)) \
                and not _PREPOSITION_NEXT.match(self.norm, c.end("w")) \
                and not ((_noun_kind(c.group("g"))[0] == "person" or _noun_kind(c.group("g"))[0].startswith("trigger:"))
                         and L.NOUNS.get(_noun_kind(c.group("g"))[1], ("", ""))[1] != "dual"):
            # (but «أيام زيارة الرئيس الثلاثة»: a singular the lexicon lists with its dual cannot be counted by the number)
            # (not «ثلاثة أشهر في الولايات العشر»; «سنوات اعتقال النشطاء الستة»: the people, counted before)
            m = c  # «أيام التشريق الثلاثة»، «أيام العيد الثلاثة»: a span named by its genitive
            kind, key = _noun_kind(m.group("w"))
        if not kind.startswith("time:"):
            return None
        if L.NOUNS.get(key, ("", ""))[1] == "dual" and not _rx(r"\s*(?:واحد|واحده|واحدا)\Z").match(
                self.norm, n.start, n.end):
            return None  # «اليوم المئة والخمسين» is a day's rank; «الأيام العشرة» a span
        return _Noun(m.start("w"), m.end("w"), kind, key)

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

    def number_right_after(self, pos: int) -> bool:
        """Does a figure start right after ``pos`` (blanks between)?"""
        k = bisect_right(self._num_starts, pos - 1)
        return k < len(self._num_starts) and not self.norm[pos:self._num_starts[k]].strip()

    def told_before(self, pattern: re.Pattern, floor: int) -> bool:
        """Does ``pattern`` occur a sentence or two before the one starting at ``floor``, in its paragraph?"""
        for _ in range(2):
            if floor <= 0 or "\n" in self.norm[max(0, floor - 3):floor]:
                return False
            floor = self.sentence_of(floor - 1)[0]
            if self.sentence_has(pattern, floor):
                return True
        return False


def _cue_index(nt: Normalized, base: int = 0, into: Optional[dict[str, list[int]]] = None
               ) -> dict[str, list[int]]:
    """Where each country cue stands: original offsets (+ ``base``), in order."""
    out: dict[str, list[int]] = {} if into is None else into
    for m in _CUES.finditer(nt.text):
        if _NATIONALITY_OF.search(nt.text, max(0, m.start() - 40), m.start()):
            continue  # «١٩٤ متسللا من الجنسيتين اليمنية والإثيوبية»: whose nationals, not whose money
        out.setdefault(m.group("cue"), []).append(base + nt.offsets.start(m.start()))
    return out


# «فيما تمكن سائقان آخران من الفرار»: the verb, its subject, then the escape (a getaway, not a flight from home)
_FLED_PLACE_AFTER = re.compile(r"\s+(?:من|خارج)\s+(?:ال)?(?:مدين|منطق|بلد|قري|مخيم|منازل|بيوت|حي|احياء|ديار|محافظ|اقليم|ولايه|مناطق|بلاد|جحيم|حرب|معارك|قصف)")
_MANAGED_WHO = re.compile(r"(?<![^\W\d_])[وف]?(?:تمكن|تمكنت|تمكنا|نجح|نجحت|نجحا|استطاع|استطاعت|استطاعا)\s+(?:[^\s.،,؛]+\s+){1,3}(?:من|في)\s+\Z")
# a plan or an attempt right before the deed: «خططت لاغتيال»، «حاولوا خطف»، «بهدف قتل»
_PLANNED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:خطط|خططت|خططوا|يخطط|تخطط|يخططون|التخطيط|مخطط|مخططا|حاول|حاولت|حاولوا|يحاول|تحاول|يحاولون"
                             r"|محاوله|محاولات|يعتزم|تعتزم|يعتزمون|اعتزم|اعتزموا|ينوي|تنوي|ينوون|نيه|بنيه|بهدف|يهدف|تهدف|سعي|سعت|سعوا|يسعي|تسعي)"
                             r"\s+(?:[^\s\d،,.]+\s+){0,2}(?:ل|ب|لل|ال)?\Z")
_NATIONALITY_OF = re.compile(r"(?<![^\W\d_])(?:ال)?(?:جنسيه|جنسيات|جنسيتين|جنسيتي)(?:\s+[^\s\d،,.]+){0,2}?\s+\Z")


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
