"""How sure a figure is: the qualifier around it and the ranges it belongs to.

«ما لا يقل عن 30» at least, «أكثر من 300» more than, «نحو 2000» about,
«بين 20 و30» a range, «حتى 10 سنوات» at most.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from . import lexicon as L
from . import patterns as P
from .context import _BETWEEN_AND, _BY_BEFORE, _YEARS_AFTER, _is_year_value, _noun_after, _noun_kind, _Num
from .cues import (
    _CURRENCY,
    _END,
    _FIGURE_NEXT,
    _NOUN_WORD,
    _OF_THEM_PEOPLE,
    _PRE,
    _QUAL_BEFORE,
    _RANGE_START,
    _RATE_SUBJECT,
    _SPAN_WORDS,
    _STARTS_FROM,
    _SUBJECT_FIGURE_BEFORE,
    _TRIGGER,
    L_,
    _alternation,
    _key,
    _quals,
    _range_gap,
    _rx,
    _search,
    _words,
)
from .document import _Document

# what a verb of exceeding may have as its subject before an amount: «تجاوزت قيمة …»، «تتجاوز مدة الانتظار …»
_PRICE_NOUNS = "ثمن|سعر|اسعار"  # a price is what it is: «وصل ثمن الكيلوغرام الواحد إلى 20 درهما»
_AMOUNT_NOUNS = (_PRICE_NOUNS + "|قيمه|كلفه|تكلفه|مبلغ|مبالغ|نسبه|معدل|انفاق|عائدات|ايرادات|صادرات|واردات|مبيعات|خسائر|ارباح"
                 "|مده|فتره|متوسط|اجر|اجور|راتب|رواتب|دخل")  # («لا يتجاوز متوسط أجر نحو ثلث المشتركين 3000 ريال»)
# «تجاوز عدد الجرحى 107 آلاف»: the subject stands between the verb and the number
_QUAL_VERB = re.compile(
    _PRE[:len(P.NO_LETTER_BEFORE)] + r"(?:[وف]?ل?|[وف]?س(?=[يت])|ب(?=ا))(?P<q>" + _alternation(_quals("verb"))  # («سيفوق»)
    + r")(?:(?:\s+" + L_ + r"+){1,4}|\s+(?:(?:فيه|فيها)\s+)?(?:ال)?(?:" + _alternation(L.CONTEXT["toll_noun"]) + r")(?:\s+"
    + r"(?:[^\s،,.؛]|(?<=\d)[.,](?=\d))+){1,13}|\s+(?:في\s+بعض\s+(?:ال)?احيان|احيانا|عاده|غالبا)"  # «التي تتجاوز في بعض الأحيان خمس ساعات»
    r"|\s+(?:ال)?(?:" + _AMOUNT_NOUNS + r")"
    r"(?:\s+[«\"]?" + L_ + r"+[»\"]?){1,8})\s*\Z")
_AFTER = _alternation(_quals("after"))
# «ناهز»: a verb whose object is only ever an amount (an age or a figure), so its subject may run longer
_APPROACH_VERB = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?P<q>ناهز|ناهزت|يناهز|تناهز|ناهزا|ناهزوا)(?:\s+(?!(?:في|من|علي|الي|عن|مع|"
                            r"منذ|خلال|بعد|قبل|الذي|التي|الذين|عام|سنه)(?![^\W\d_]))" + L_ + r"+){1,7}\s*\Z")
_QUAL_AFTER = re.compile(r"\s*[)»\"']?(?:\s+(?:يوميا|اسبوعيا|شهريا|سنويا|في\s+(?:ال)?(?:يوم|اليوم|الاسبوع|الشهر|السنه)))?"
                         r"\s*(?P<q>" + _AFTER + r")" + _END)  # («ساعة واحدة يومياً على الأقل»: how often, then the bound)
# «نصف مليون وحدة سكنية على الأقل»: after the noun, an adjective or two may come first, or whom
# they are of: «قتل 12 عنصرا من الأمن الرئاسي التونسي على الأقل» (not «12 صيادا من غزة منذ شهر على الأقل»:
# the qualifier is the span's)
_TIME_WORDS = _alternation(list(_SPAN_WORDS) + [w for w, (kind, _) in L.NOUNS.items() if kind.startswith("time:")])  # nouns.tsv's spans
_QUAL_AFTER_NOUN = re.compile(r"\s*[)»\"']?(?:(?:\s+" + L_ + r"+){0,3}|\s+من(?:\s+(?!(?:" + _TIME_WORDS + r")(?![^\W\d_]))"
                              + L_ + r"+){1,3})\s*(?P<q>" + _AFTER + r")" + _END)
_QUAL_OF = {_key(w): q for w, (q, _) in L.QUALIFIERS.items()}
_SHORT_SUBJECT = re.compile(r"(?:\s+(?!(?:في|من|علي|الي|عن|مع|منذ|خلال|بعد|قبل)(?![^\W\d_]))"
                            + L_ + r"+){1,3}\s*|\s+(?:في\s+(?:مجموعها|مجموعه|مجملها|مجمله)|اجمالا|في\s+بعض\s+(?:ال)?احيان|احيانا|عاده|غالبا)\s*")  # («ناهزت في مجموعها 300 ألف درهم»)
_VERB_QUALS = frozenset(_key(w) for w in _quals("verb"))
_THRESHOLD_VERB = re.compile(P.NO_LETTER_BEFORE + r"[وف]?ل?(?P<q>" + _alternation(_quals("verb"))
                             + r")(?:\s+[^\s،,.؛]+){0,8}?\s+(?:عتبه|حاجز|سقف)\s*(?:ال)?\s*\Z")
_THRESHOLD_AHEAD = re.compile(r"[^،,.؛\d]{0,40}?(?<![^\W\d_])(?:عتبه|حاجز|سقف)\s*(?:ال)?\s*\d")
_ABOVE_VERB = re.compile(r"(?<![^\W\d_])(?<!لا\s)(?<!لم\s)(?<!لن\s)(?<!الا\s)(?<!ان\s)[وف]?(?:يزيد|تزيد)\s+(?:[^\s\d،,.؛]+\s+){1,8}?(?:علي|عن)\s*\Z")
_TOLL_NOUN = _words("tn", map(L.fold, L.CONTEXT["toll_noun"]), P.PRONOUN)
_CHANGE_BEFORE = re.compile(P.NO_LETTER_BEFORE + r"[وف]?[بلس]?(?:" + _alternation(  # («ستنتقل»: the future too)
    map(L.fold, L.CONTEXT["change"])) + r")" + P.NO_LETTER_AFTER + r"(?:\s+[^\s،,.؛:!?؟]+){0,12}\s*\Z")
# «لم تتجاوز عمليات زراعة الكلى التي أجريت العام الماضي ٦٤٠ عملية»: a negated «exceed», a long subject between
_NOT_EXCEEDED_SUBJECT = re.compile(r"(?<![^\W\d_])(?:لم|لا|ولم|ولا)\s+(?P<q>يتجاوز|تتجاوز|يتعدي|تتعدي|يتعد|تتعد|يزد|تزد|يفق|تفق)"
                                   r"(?:\s+[^\s\d،,.]+){1,10}\s*\Z")
# a figure told before, named by a participle: «2,3 في المئة المسجلة في يونيو»، «المتوقعة»
_REFERENCE_AFTER = re.compile(r"[\d٠-٩][\d٠-٩.,٫٬]*\s*(?:%|٪|(?:في|ب)\s*ال(?:مائه|مئه)|(?:\s+(?!من\s)[^\s\d،,.؛]+){1,2})?\s+ال(?:مسجل|مسجله|متوقع|متوقعه|محقق|محققه|سابق|سابقه)(?![^\W\d_])")
_PER_EACH_AFTER = re.compile(r"\s*(?:[^\s\d،,.]+\s+)?(?:لكل\s+(?!(?:يوم|شهر|سنه|عام|اسبوع|ساعه|اتجاه|كيلومتر|متر|الف|مليون|[\d٠-٩]))"
                             r"[^\W\d_]+|للواحد|لكل\s+واحد|للاسره|للشخص)(?![^\W\d_])")  # (not «للفرد»: an average; «لكل 100 ألف نسمة»: a rate)
# «يصل عدد التلاميذ في بعض الأقسام إلى 60 تلميذا»: the most crowded classes, up to
_CLASS_SIZE = re.compile(r"[\d٠-٩]+\s+(?:تلميذ|تلميذا|تلاميذ|تلميذه|طالب|طالبا|طلاب|طالبه)(?![^\W\d_])")
# «رفعت غرفة الجنايات … العقوبة … من ثلاث إلى ست سنوات»: the term before and after, not a range
_TERM_CHANGED = re.compile(r"(?<![^\W\d_])[وف]?(?:رفعت|رفع|خفضت|خفض|شددت|شدد|خففت|خفف|قلصت|قلص)\s+(?:[^\s\d.؛]+\s+){0,10}?"
                           r"(?:ال)?(?:عقوبه|عقوبات)(?![^\W\d_])(?:\s+[^\s\d.؛]+){0,14}?\s+\Z")
_COUNT_OF_BEFORE = re.compile(r"(?<![^\W\d_])(?:عدد|اجمالي|مجموع|قيمه|حجم)\s+ال[^\W\d_]+\s+\Z")
_TOWARDS_BEFORE = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:[بل]?ال|لل|[بل]))?(?:تصدير|صادرات|رحلات|رحله|متجهه|متجها|متجه|توجه|تتجه|يتجه|اتجاه)\s+\Z")
_FLED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:[بل]?ال|لل)(?:نزوح|فرار|هروب|لجوء|هجره)\s+\Z")  # (not «نزوح نحو 20 قرية»: about)
_COUNTRIES_AFTER = re.compile(r"\s+(?:دوله|دول|بلد|بلدان|بلدا|وجهه|سوقا|اسواق)(?![^\W\d_])")
# «تم تصدير 90 في المائة منها نحو 74 بلدا»، «إلى التصدير نحو 74 دولة»: the verbal noun, its object, then where to
# (not «هيئة الصادرات أن نحو 70 دولة»، «وتصدر المملكة التمور ويبلغ عدد الدول … نحو 100 دولة»)
_NOT_NEW_CLAUSE = r"(?:(?!(?<![^\W\d_])(?:ان(?![^\W\d_])|و(?!ال)[^\W\d_]{3,}))[^،,.؛])*"  # («والحوامض»: the object goes on)
_EXPORTED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:(?:[بل]?ال|لل)?تصدير(?![^\W\d_])" + _NOT_NEW_CLAUSE
                              # («صدر منها 95 في المائة نحو 74 دولة»: the verb, with the share exported; not «الذي يصدر سنويا
                              # أوضاع نحو 180 بلدا»)
                              + r"|(?:صدر|صدرت|يصدر|تصدر)(?![^\W\d_])" + _NOT_NEW_CLAUSE + r"\d" + _NOT_NEW_CLAUSE + r")\Z")
_PLACES_AFTER = re.compile(r"\s+(?:مخيم|مخيمات|مخيما|مركز|مراكز|مركزا|منطقه|مناطق|مدينه|مدن|دوله|دول|بلد|بلدان|بلدا|ملجا|ملاجئ|"
                           r"موقع|مواقع|موقعا|مدرسه|مدارس|قريه|قري|بلده|بلدات)(?![^\W\d_])")  # where people fled to
_TIME_RANK = {"time:minute": 1, "time:hour": 2, "time:day": 3, "time:week": 4, "time:month": 5, "time:year": 6}
_OR_GAP = re.compile(r"\s+او\s+")
_SIGNED_DASH = re.compile(r"\s*(?P<after>[$€£])\s*(?P<dash>[-–—])\s*|\s*(?P<dash2>[-–—])\s*(?P<before>[$€£])\s*")
_NOUN_BETWEEN = re.compile(r"\s+(?P<w>" + L_ + r"+)\s+(?P<to>و|الي|حتي)\s*(?P<dash>(?!))?")  # «من 20 ألف دينار إلى 100 ألف دينار»
_NOUN_BETWEEN_LONG = re.compile(r"\s+(?P<w>" + L_ + r"+)(?:\s+[^\s\d،,.]+){1,3}\s+(?P<to>و)\s*(?P<dash>(?!))?")
_STARTS_THEN_REACHES = re.compile(r"\s+(?P<w>" + L_ + r"+)\s+(?P<to>و\s*(?:تصل|يصل|تنتهي|ينتهي)\s+(?:الي|حتي))\s*(?P<dash>(?!))?")
# «تجاوز ثمن بعض الأكباش من سلالة الصردي 9.000 درهم»: the verb's subject is a price or an amount
_AMOUNT_SUBJECT = re.compile(r"\s+(?:ال)?(?:" + _AMOUNT_NOUNS + r"|حجم|رقم)(?![^\W\d_])")
_BELOW_VERB = re.compile(r"(?<![^\W\d_])(?<!لا\s)(?<!لم\s)(?<!لن\s)(?<!الا\s)[وف]?(?:يقل|تقل|قل|قلت)(?:(?:\s+[^\s\d،,.]+){1,3}"
                         # a rate and its definite words: «تقل نسبة السعوديين العاملين في القطاع الخاص عن 16%» (not «وقلت حوادث
                         # السير بعد إعلان الوزارة عن 12 إجراء»: another verb's «عن»)
                         r"|\s+(?:نسبه|عدد|قيمه|مده|معدل|حصه|دخل|راتب|رواتب|سعر|اجر|اجور|مساحه|طول|وزن|عمر|سن)[^\s\d،,.]*"
                         r"(?:\s+(?!(?:بعد|بعدما|بينما|حين|ان|الذي|التي|عندما|اعلان)\s)"
                         r"[^\s\d،,.]+){1,6})\s+عن\s*\Z")
_NOT_ABOVE = re.compile(r"(?<![^\W\d_])[وف]?(?:لا|لم|لن|الا|ألا)\s+(?:يزيد|تزيد|يتعدي|تتعدي)(?:\s+[^\s\d،,.]+){1,4}\s+(?:علي|عن)\s*\Z")
_NOT_BELOW = re.compile(r"(?<![^\W\d_])[وف]?(?:لا|لم|لن|الا)\s+(?P<v>يقل|تقل)(?:\s+(?!شي|كلمه|تعليق)[^\s\d،,.]+){0,10}\s+عن"
                        r"(?:\s+(?:ال)?(?:سجن|حبس))?\s*\Z")  # «عقوبة لا تقل عن السجن 20 عاما»
# a negated verb whose object is an amount: «لا يستطيع المودعون سحب أكثر من 400 دولار»، «لا يساوي أكثر من
# 8 دولارات»، «دون أن تصمد أي من الهدن أكثر من 72 ساعة» (not «لا يزال أكثر من 20 مفقودين»: its subject)
_NEGATED_AMOUNT = re.compile(r"(?<![^\W\d_])[وف]?(?:لا|لم|لن|ألا|الا|دون\s+ان|بدون\s+ان)\s+(?:[يت](?:ستطيع|ساوي|صمد|دوم|ستمر|تقاضي|"
                             r"حصل|دفع|كسب|ملك|تعدي|زيد|عد|سهم|ساهم|شكل|مثل)|يمكن|يحق|تمكن|ينبغي|يجب|يفترض|يجوز|تكن|يكن)(?:\s+[^\s\d،,.]+){0,7}?\s+ب?\Z")
# («لا تسهم بأكثر من ٢٠٪ من الناتج»: a share not exceeded)
# «لن تستغرق الرحلة أكثر من ساعتين»: a time not exceeded (the verb, its subject at most, then «أكثر»; not «لم يستغرق
# إجلاء أكثر من 300 شخص سوى ساعتين»: the figure inside the subject)
_NEGATED_SPAN = re.compile(r"(?<![^\W\d_])[وف]?(?:لا|لم|لن)\s+[يت](?:ستغرق|طول)(?:\s+(?:ال|لل)[^\s\d،,.]+)?\s+\Z")
_NEGATED_BEFORE = re.compile(r"(?<![^\W\d_])[وفب]?(?:(?:لا|لم|لن)\s+(?:تتسع|يتسع|تستوعب|يستوعب|تكفي|يكفي|تتحمل|يتحمل|تسمح|يسمح"
                             r"|تتوفر|يتوفر|تتوفرا)|عدم\s+(?:توفر|وجود|تجاوز))"
                             r"(?:\s+[^\s\d،,.]+){0,9}?\s+(?:ل|ب|علي\s)\Z"  # what cannot hold «لأكثر من»
                             r"|(?<![^\W\d_])[وف]?(?:لا|لم|لن)\s+(?:يسمح|تسمح|يجوز|يحق)(?:\s+[^\s\d،,.]+){0,5}?\s+"
                             r"(?P<perm>ب(?!ينما|عدما|سبب|مشاركه|ينهم|حضور)[^\s\d،,.]{3,})\s+\Z")
# (and what may not be done with more: «ولا يسمح للمودعين بسحب أكثر من 60 يورو يومياً»)
_FINE_REACHES = re.compile(r"(?<![^\W\d_])[وف]?(?P<v>تصل|يصل|وصلت|وصل)(?P<subj>(?:\s+[^\s\d،,.]+){0,9}?)\s+الي"
                           r"(?:\s+(?P<fine>غرامه|غرامات)(?:\s+ماليه)?(?:\s+(?:قدرها|قيمتها))?|\s+(?:ال)?(?:سجن|حبس)(?:\s+لمده)?)?\s*\Z")
# («إلى غرامة مالية قدرها»، «وتصل العقوبات بحق المخالفين إلى السجن سنتين»، «عقوبة … تصل إلى غرامة 10 آلاف ريال»)
# sentences told before the verb: «أحكام وصلت إلى 20 سنة سجنا نافذا»، «قضت بأحكام وصل أقصاها إلى 20 سنة»، «الأحكام الابتدائية …، والتي وصلت إلى 20 سنة»
_TERMS_REACH = re.compile(r"(?<![^\W\d_])[وفب]?(?:ال)?(?:احكام|احكاما|عقوبات|عقوبه)(?![^\W\d_])(?:\s+[^\s\d.؛]+){0,10}?\s+"
                          r"(?:و?(?:التي|الذي)\s+)?(?:قد\s+)?(?:وصلت|وصل|تصل|يصل)\s+(?:(?:اقصاها|اعلاها|اقصاه|اشدها)\s+)?(?:الي|حد)\s*\Z")
# what reaches «up to» a sum: fines, and costs, prices and fees that vary
_FINE_WORD = re.compile(r"(?<![^\W\d_])(?:ال)?(?:غرامه|غرامات|عقوبه|عقوبات|مخالفه|مخالفات|قيمتها|قيمته|قيمه|"
                        r"مبالغ|تكاليف|تكلفه|كلفه|اسعار|رسوم|اجور|رواتب|مكافات|مكافاه|تعويضات|قرض|منحه"
                        r"|(?:غرامت|عقوبت)(?=ها|هما|هم|ه))(?:ها|هما|هم|ه)?(?![^\W\d_])")  # («غراماتها»، «تصل عقوبتها»)
_ONLY = re.compile(r"(?<![^\W\d_])(?:سوي|الا)(?![^\W\d_])")  # «لا … سوى/إلا»: only, no negation


# «بين سنة واحدة و15 سنة»: the unit, then «one», opens a range
_ONE_UNIT_OPENER = re.compile(r"(?:^|(?<=[\s(]))(?:ما\s+)?(?P<w>بين)\s+(?:سنه|عام|شهر|اسبوع|يوم|ساعه)\s+\Z")


class _Qualifiers(_Document):
    """The rules that read a qualifier or a range: «ما لا يقل عن 30»، «بين 20 و30»."""

    # -- qualifiers, triggers --------------------------------------------------

    def qualifier_before(self, start: int, floor: int) -> Optional[tuple[str, int]]:
        lo = max(floor, start - 30)
        num = self.number_at(start)  # the figure itself
        m = _QUAL_BEFORE.search(self.norm, lo, start)
        if m and m.group("q") in ("تجاوزوا", "يتجاوزون", "تخطوا") and not (
                num is not None and (na := _noun_after(self.norm, num.end, min(len(self.norm), num.end + 40))) is not None
                and (na.kind == "person" or na.kind.startswith("trigger:"))
                # (a crowd, not the few overtaken: «المهاجمون الذين تجاوزوا 3 مدافعين»، «تجاوزوا 5 متسابقين آخرين»)
                and isinstance(num.value, (int, float)) and num.value >= 100) and not any(
                L.TRIGGERS[t.group("trig")][1] == "noun" for t in _TRIGGER.finditer(self.norm, max(floor, m.start() - 50), m.start())) \
                and not any(L.TRIGGERS[t.group("trig")][1] != "weak" and not self.number_between(t.end(), m.start())
                            for t in _TRIGGER.finditer(self.norm, max(floor, m.start() - 80), m.start())):
            # «ضحايا الحرب تجاوزوا 200 ألف»، «الذين لقوا حتفهم في الهجوم تجاوزوا 40 شخصا»: a toll exceeded
            m = None  # (not «المهاجرين تجاوزوا 4 نقاط تفتيش»: crossed)
        elif m and m.group("q") in ("تجاوزوا", "يتجاوزون", "تخطوا") and num is not None and (
                na := _noun_after(self.norm, num.end, min(len(self.norm), num.end + 40))) is not None and na.kind in ("item", "known_item"):
            m = None  # «واعتقلت الشرطة مهاجرين تجاوزوا 4 نقاط تفتيش»: things crossed, whatever befell the crossers
        if m and _search(r"(?<![^\W\d_])ف(?:ما\s+فوق|اكثر)\s*\Z", self.norm[lo:start]):
            return None  # «البالغين 65 سنة فما فوق مليونا»: the age's bound, not the figure's
        if m and _key(m.group("q")) in ("اقلمن", "اكثرمن") and _rx(r"(?<![^\W\d_])و?(?:هو|هي)\s+\Z").search(
                self.norm, max(floor, m.start("q") - 6), m.start("q")) and _REFERENCE_AFTER.match(self.norm, start):
            return None  # «ارتفع التضخم إلى 2,1 في المئة، وهو أقل من 2,3 في المئة المسجلة في يونيو»: a figure compared with
        if m and m.group("q") == "تحت" and self.norm[m.start("q") - 1:m.start("q")] == "ف":
            return None  # «الوزارة فتحت 183 مؤسسة»: «opened», not «ف» + «تحت» (under)
        if m and _key(m.group("q")) in _VERB_QUALS and _THRESHOLD_AHEAD.match(self.norm, start + 1):
            m = None  # «تجاوزت ثلاثة سدود عتبة 90 في المائة»: the verb's object is the threshold
        elif m and m.group("q") == "نحو" and _TOWARDS_BEFORE.search(self.norm, max(floor, m.start("q") - 14), m.start("q")) \
                and not (num is not None and (_OF_THEM_PEOPLE.match(self.norm, num.end) or num.kind == "percent")) \
                and not _COUNT_OF_BEFORE.search(self.norm, max(floor, m.start("q") - 24), m.start("q")):
            # (not «بلغ عدد الرحلات نحو 199 ألف رحلة»: the count of the flights, about)
            # (not «بتنظيم رحلات نحو 11 ألفا منهم»: about, of the people told; nor «بلغت الصادرات نحو 20%»:
            # a share is no destination)
            return None  # «التصدير نحو 74 بلدا»، «رحلات نحو 86 وجهة»: towards, not about
        elif m and m.group("q") == "نحو" and num is not None and _COUNTRIES_AFTER.match(self.norm, num.end) \
                and not _rx(P.LETTER).match(self.norm, m.start("q") - 1) \
                and not _search(r"(?<![^\W\d_])(?:في|من|الي|علي|بين|عن)\s*\Z", self.norm[max(floor, m.start("q") - 6):m.start("q")]) \
                and _EXPORTED_BEFORE.search(self.norm, max(floor, m.start("q") - 90), m.start("q")):
            return None  # «تم تصدير 90 في المائة منها نحو 74 بلدا»: exported towards the countries (not «في نحو 50 بلدا»)
        elif m and m.group("q") == "نحو" and _FLED_BEFORE.search(self.norm, max(floor, m.start("q") - 14), m.start("q")) \
                and num is not None and _PLACES_AFTER.match(self.norm, num.end):
            return None  # «أجبرت أزيد من مليون شخص على النزوح نحو 3200 مخيم»: towards the camps (not «نزوح نحو 3 ملايين شخص»)
        elif m:
            return self.negated(_QUAL_OF[_key(m.group("q"))], m.start("q"), floor), m.start("q")
        if _search(r"(?<![^\W\d_])[وف]?(?:ال)?(?:بالغ|بالغه|البالغين|البالغات)\s*\Z", self.norm[max(floor, start - 12):start]):
            return None  # «تتجاوز نسبة التضخم البالغة 10.7%»: the figure is the noun's own, not the verb's
        m = _NOT_BELOW.search(self.norm, max(floor, start - 110), start)  # («لا تقل نسبة التوطين المطلوبة في محلات بيع وصيانة الجوالات عن ١٠٠٪»)
        if m and not self.countable_between(m.end("v"), start):
            return "at_least", start  # «لم يقل ثمن الحولي المتوسط عن 3.000 درهم»
        m = _BELOW_VERB.search(self.norm, max(floor, start - 70), start)  # («تقل نسبة السعوديين العاملين في القطاع الخاص عن 16%»)
        if m and not self.countable_between(m.start(), start):
            return "less_than", start  # «يحتسب الموظف الذي يقل أجره عن 1500 ريال بنصف عامل»
        m = _NOT_ABOVE.search(self.norm, max(floor, start - 60), start)
        if m and not self.countable_between(m.start(), start):
            return "at_most", start  # «ويشترط ألا يزيد دخل الأسرة على 12 ألف جنيه»، «ألا تزيد مدة الرحلة الواحدة على ٤٥ دقيقة»
        m = _ABOVE_VERB.search(self.norm, max(floor, start - 60), start)
        if m and not self.countable_between(m.start(), start):
            return "more_than", start  # «يزيد عدد اللاجئين السوريين في دول الجوار على أربعة ملايين لاجئ»
        if num is not None and _YEARS_AFTER.match(self.norm, num.end) \
                and _TERMS_REACH.search(self.norm, max(floor, start - 120), start):
            return "at_most", start  # «صدرت في حق بعضهم أحكام وصلت إلى 20 سنة سجنا نافذا»: the heaviest of them
        m = _FINE_REACHES.search(self.norm, max(floor, start - 100), start)
        each_one = m is not None and not _search(r"\d", m.group("subj")) and (
            _search(r"(?<![^\W\d_])الواحد", m.group("subj"))
            or m.group("v") in ("يصل", "تصل") and num is not None and (cur := _CURRENCY.match(self.norm, num.end)) is not None
            and _PER_EACH_AFTER.match(self.norm, cur.end()))  # «إلى 2000 درهم لكل كساب»: a sum per head
        if each_one and not _search(r"(?<![^\W\d_])(?:" + _PRICE_NOUNS + r")(?![^\W\d_])", m.group("subj")):
            return "at_most", start  # «ويصل القرض الواحد إلى ٥٠٠ ألف ريال»: each one up to (not a price)
        if m and ((fw := _FINE_WORD.search(m.group("subj"))) and (fw.group().removeprefix("ال") not in ("قرض", "منحه")
                                                                  or m.group("v") in ("تصل", "يصل"))
                  or m.group("fine") and m.group("v") in ("تصل", "يصل")
                  or self.norm[max(0, m.start() - 3):m.start()].endswith("قد ")
                  or _FINE_WORD.search(self.norm, max(floor, m.start() - 10), m.start())) \
                and (not self.number_between(m.end("v"), start) or each_one):  # (and «وقد يصل المبلغ لدى بعضهم إلى 400 درهم»)
            return "at_most", start  # «وتصل غرامة قطع الإشارة الحمراء إلى 3000 درهم»: a fine up to
        if m and m.group("v") in ("تصل", "يصل") and num is not None and num.kind != "percent" and self.time_noun_after(num, (floor, len(self.norm))) \
                and not self.number_between(m.end("v"), start):
            if _search(r"(?<![^\W\d_])[وف]?(?:لم|لا|لن)\s+\Z", self.norm[max(floor, m.start("v") - 6):m.start("v")]):
                return "less_than", start  # «لم تصل مدة الهدنة إلى 72 ساعة قبل أن تنهار»: short of it
            return "at_most", start  # «تصل مدة انتظار المواعيد الطبية … إلى ستة أشهر»، «تصل ساعات القطع إلى 16 ساعة»: a span up to
        if m and (ceiling := _search(r"(?<![^\W\d_])(?:ال)?(?:حد\s+(?:ال)?(?:اعلي|اقصي)|سقف)(?![^\W\d_])", m.group("subj"))) \
                and not self.number_between(m.end("v"), start) and (
                    "حد" in ceiling.group() or num is not None and (num.kind == "percent" or _CURRENCY.match(self.norm, num.end))):
            # (a sum's ceiling, «يصل سقف القرض … إلى 300 ألف درهم»; not «انهيار سقف المسجد إلى 41 قتيلا»: a roof)
            return "at_most", start  # «فيما يصل الحد الأعلى لقرض الزواج إلى 60 ألف ريال»: the ceiling
        if m and _search(r"(?<![^\W\d_])(?:(?:في\s+)?بعض\s+(?:ال)?(?:حالات|احيان)|احيانا|(?:لدي|عند)\s+بعض(?:هم|هن))(?![^\W\d_])",
                         m.group("subj")) \
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
                    self.norm, max(0, start - 12), start)) and not self.subject_counted(m.end("q"), start) and not (
                _RATE_SUBJECT.match(self.norm, m.end("q"), start) and num is not None and num.kind == "percent"):
            # (nor «تجاوزت نسبة الشفاء لدى المرضى الذين خضعوا للعلاج 88 في المائة»: a rate, then its percent)
            # (but «لم تتعد عمليات الزراعة التي أجريت العام الماضي ٦٥٠ عملية»: the subject is what is counted)
            m = None  # «لا يتجاوز عدد المحلات … الذي دشن قبل سنتين 420»: the verb is not this figure's
        if m and (k := bisect_right(self._num_starts, start) - 1) >= 0 and self._num_starts[k] == start \
                and (self.definite_span(self.nums[k]) or self.norm[max(0, start - 2):start] == "ال"
                     and k + 1 < len(self.nums) and self._num_starts[k + 1] - self.nums[k].end <= 2):
            # «تجاوز عدد زواره خلال الأيام العشرة الأولى مليوني زائر»، «خلال أيامه العشرة»: the span is not what exceeded
            m = None
        if m and num is not None and _FIGURE_NEXT.match(self.norm, num.end) \
                and start > m.end("q") + 1 and _SUBJECT_FIGURE_BEFORE.search(self.norm, max(floor, start - 14), start):
            m = None  # «لا تتجاوز الطاقة … البالغ عددها 75 مؤسسة 64 ألف سرير»: the subject's own figure, the verb's follows
        if m and num is not None and self.adverbial_span(num):
            m = None  # «تجاوز عدد الملتحقين منذ انطلاقه قبل عشر سنوات 200 ألف»: when it began, not what exceeded
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
                (neg := _NEGATED_SPAN.search(self.norm, max(floor, at - 30), at)) is not None
                or (neg := _NEGATED_BEFORE.search(self.norm, max(floor, at - 90), at)) is not None
                or (neg := _NEGATED_AMOUNT.search(self.norm, max(floor, at - 60), at)) is not None) \
                and not _ONLY.search(self.norm, neg.start(), at) \
                and not (neg.groupdict().get("perm") and not self.norm.startswith(("اكثر", "ازيد"), at)):
            # (not «لا يتوفر سوى على طبيبين لأزيد من 400 ألف نسمة»: only, then more than; after what may not be
            # done, only «أكثر من» right after its verbal noun: not «بدخول الصحفيين بينما يتجاوز عدد القتلى 300»)
            return "at_most"
        return qualifier

    def qualifier_after(self, pos: int, limit: int, far: bool = False) -> Optional[tuple[str, int]]:
        m = (_QUAL_AFTER_NOUN if far else _QUAL_AFTER).match(self.norm, pos, limit)
        if m and far and self.number_between(pos, m.start("q")):
            return None  # «على دفعتين خلال شهرين على الأكثر»: the next figure's qualifier
        if m and far and _search(r"(?<![^\W\d_])(?:سن|عمر|العمر|اعمار)(?![^\W\d_])", self.norm[pos:m.start("q")]):
            return None  # «١٫٦ مليون شخص من سن عام فما فوق»: the age's bound
        return (_QUAL_OF[_key(m.group("q"))], m.end()) if m else None

    def range_partner(self, n: _Num, nxt: Optional[_Num], sent: tuple[int, int]) -> Optional[_Num]:
        """The upper bound of a range that starts at ``n``: بين 20 و30، من 20 إلى 30، 20-30."""
        if nxt is None or n.value is None or nxt.value is None or nxt.start >= sent[1]:
            return None
        if n.kind == "percent" and nxt.kind != "percent":
            return None  # «صعد 0.6 بالمئة إلى 2385 دولاراً»
        if n.start > 0 and self.norm[n.start - 1].isascii() and self.norm[n.start - 1].isalpha():
            return None  # «من نوع H1N1 إلى 15 حالة»: the end of a code, no bound
        period = 1900 <= n.value <= 2100 and 0 < nxt.value - n.value <= 10  # a close pair of Gregorian years: a period
        if _is_year_value(self.norm[n.start:n.end]) and (
                _is_year_value(self.norm[nxt.start:nxt.end]) or nxt.value >= 10 ** 5) and not (
                (_BETWEEN_AND.fullmatch(self.norm, n.end, nxt.start)
                 and _RANGE_START.search(self.norm, max(sent[0], n.start - 25), n.start)
                 or _rx(r"\s*[-–]\s*").fullmatch(self.norm, n.end, nxt.start) and not period)  # («البرنامج 2021-2025 أطفال»)
                and ((nn := _noun_after(self.norm, nxt.end, sent[1])) is not None and (
                    nn.kind in ("person", "known_item") or nn.kind.startswith("trigger:") and not period)  # («بين 1500 و2000 حالة إصابة»)
                     or _CURRENCY.match(self.norm, nxt.end, sent[1]))):
            # «1436-1437هـ»، «2015 - 2016»: two years; «أحداث 2011 إلى 9.8 مليون»
            # (but «بين 1500 و2000 مقاتل» counts fighters, «١٥٠٠ - ٢٠٠٠ من خريجي الثانوية» graduates,
            # «بين 1400 و1900 ريال» prices)
            return None
        gap = _range_gap(self.norm, n.end, nxt.start)
        if gap is None and _RANGE_START.search(self.norm, max(sent[0], n.start - 25), n.start):
            # «بين ثلاث سنوات وخمس عشرة سنة»: the first bound carries the noun
            m = _NOUN_BETWEEN.fullmatch(self.norm, n.end, nxt.start)
            if m and m.group("to") != "و" and not _rx(r"(?<![^\W\d_])[وف]?(?:تتراوح|يتراوح|تراوحت|تراوح|بالحبس|بالسجن|بغرامه|بالغرامه)\s+"
                                                    r"(?:[^\s\d]+\s+)?(?:(?:بين\s+)?(?:ال)?(?:سجن|حبس)\s+)?\Z").search(
                    self.norm, max(sent[0], n.start - 30), max(sent[0], n.start - 3)):
                m = None  # «ارتفع السعر من 20 درهما إلى 30 درهما»: a change; «تتراوح من 20 ألف دينار إلى 100 ألف دينار»,
                # «تراوحت بين السجن من ٣ سنوات إلى ٢٠ سنة»: a range
            if m and (_noun_kind(m.group("w"))[0] not in ("none", "item") or _CURRENCY.fullmatch(" " + m.group("w"))):
                # «بين ثلاث سنوات وخمس عشرة سنة»، «بين ألفي درهم وعشرين ألف درهم»
                gap = m
        if gap is None and (lg := _NOUN_BETWEEN_LONG.fullmatch(self.norm, n.end, nxt.start)) is not None and _rx(
                r"(?<![^\W\d_])[وف]?(?:تتراوح|يتراوح|تراوحت|تراوح)\s+(?:[^\s\d]+\s+)?(?:ما\s+)?بين\s*\Z").search(
                    self.norm, max(sent[0], n.start - 30), n.start) \
                and (_CURRENCY.fullmatch(" " + lg.group("w")) or _noun_kind(lg.group("w"))[0] not in ("none", "item")) \
                and self.norm.startswith(lg.group("w")[:3], nxt.end + 1):
            gap = lg  # «تتراوح أسعارها بين 3500 ريال للحج المخفض و11 ألف ريال للفئة الأعلى»: each bound with its noun
        if gap is None and (sr := _STARTS_THEN_REACHES.fullmatch(self.norm, n.end, nxt.start)) is not None and _STARTS_FROM.search(
                self.norm, max(sent[0], n.start - 40), n.start) \
                and (_CURRENCY.fullmatch(" " + sr.group("w")) or _noun_kind(sr.group("w"))[0] not in ("none", "item")):
            gap = sr  # «غرامات تبدأ من ألف ريال وتصل إلى 10 آلاف ريال»، «وتبدأ أسعار برامجها من ٣٩٠٠ ريال وتصل إلى ١١٥٠٠ ريال»
        if gap is None and _rx(r"(?<![^\W\d_])[وف]?بواقع\s*\Z").search(self.norm, max(sent[0], n.start - 8), n.start) and not _search(
                r"(?<![^\W\d_])[وبل]?(?:ال)?(?:زياده|رفع|خفض|تخفيض|تقليص|ارتفاع|انخفاض)(?![^\W\d_])", self.norm[max(sent[0], n.start - 50):n.start]) and (
                m := _NOUN_BETWEEN.fullmatch(self.norm, n.end, nxt.start)) is not None and m.group("to") in ("الي", "حتي") \
                and (_CURRENCY.fullmatch(" " + m.group("w")) or _noun_kind(m.group("w"))[0] not in ("none", "item")) \
                and self.norm.startswith(m.group("w")[:3], nxt.end + 1):
            gap = m  # «صرف إعانات بواقع 10 آلاف ريال إلى 25 ألف ريال لكل أسرة»: at a rate of so much to so much
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
        if n.dual_of is not None and factor == 1 and (k := _noun_kind(n.dual_of)[0]) in _TIME_RANK and (
                na := _noun_after(self.norm, nxt.end, sent[1])) is not None and _TIME_RANK.get(na.kind, 9) < _TIME_RANK[k]:
            return None  # «من سنتين إلى ثمانية أشهر»: one term cut to a shorter one, not a range
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
        if gap.group("to") == "و" or gap.groupdict().get("bracketed") == "و":
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
