"""Figures that are never claims.

Years («عام 2015»), dates, times, ages («طفل في الخامسة»), ordinals, identifiers
(«الرحلة 370»، «المادة 12»), measurements and back-references («الشهداء الخمسة»).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from . import lexicon as L
from . import patterns as P
from .context import _CLITIC_CHAIN, _YEARS_AFTER, _is_year_value, _Noun, _noun_after, _noun_kind, _Num
from .cues import (
    _AGE_BEFORE,
    _CURRENCY,
    _CURRENCY_ANY,
    _END,
    _ERA_AFTER,
    _MONTH_AFTER,
    _NEXT_WORD,
    _NOT_CLAIM_BEFORE,
    _NOT_CLAIM_WHY,
    _NOUN_WORD,
    _OF_THEM_AFTER,
    _OF_THEM_PEOPLE,
    _PRE,
    _QUAL_BEFORE,
    _SIGN_AFTER,
    _SINCE_BEFORE,
    _SPAN_WORDS,
    _SUBSET_BEFORE,
    _TALLY,
    _TOLL_OF,
    _TRIGGER,
    _WORD,
    _WORD_BEFORE,
    _YEAR_BEFORE,
    _YEARS_OR_MONTHS,
    L_,
    _alternation,
    _fullmatch,
    _match,
    _rx,
    _search,
    _sub,
)
from .document import _Document

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
_NUMBER_LABEL = re.compile(_PRE + r"(?<!اعلي\s)(?<!اكبر\s)(?<!ادني\s)(?:رقم|الرقم)(?:\s+(?!(?:منذ|في|من|خلال|عن|الي|حتي|نحو|حوالي|قرابه|زهاء|ما|اكثر|اقل|"
                           r"يتجاوز|تجاوز|يفوق|فاق|يناهز|ناهز|يقارب|قارب|يتعدي|تعدي|يصل|يزيد|بلغ)(?![^\W\d_]))" + L_
                           + r"+){1,2}\s*[(«\"':]?\s*\Z")  # «الرقم الموحد 920»; not «أعلى رقم منذ 30 عاماً»، «على رقم يتجاوز 165 ألفا»
# more days of a month in a list: «3 و4 و5 يونيو»، «10، 11 و12 مارس»
_MORE_DAYS = re.compile(r"(?:\s*(?:و|،|,|-)\s*(?:[1-9]|[12]\d|3[01])(?!\d))+")
_HIJRI_MONTHS = frozenset(map(L.fold, L.HIJRI_MONTHS))
# a month name before a number («مارس 1975»); the era marks («هـ»، «م») only follow one
_MONTH_BEFORE = re.compile(_PRE + r"(?P<m>" + _alternation(m for m in L.MONTHS if len(m) >= 2)
                           + r")\s*[)/،,]?\s*\Z")
_ACCUSATIVE_AFTER = re.compile(r"\s+(?P<w>[^\W\d_]{2,}(?<!ه)ا)(?![^\W\d_])")  # (not «غاراتها»: her, a possessive)
_AGE_OF_WHOM = re.compile(r"(?<![^\W\d_])(?:ذو|ذات|ذي|ذوي|ذوو)\s+(?:ال)?(?:اعوام|سنوات|سنين|اشهر|شهور)\s+(?:ال)?\s*\Z")
_ONE_OF_THEM = re.compile(r"\s*من\s+(?P<w>(?:ال)[^\W\d_]+)")
_LIST_GAP = re.compile(r"-|\s*(?:(?:سنوات|اعوام|عاما|سنه|سنين|اشهر|شهرا)\s*)?[،,]?\s*(?:و|او)?\s*")  # («للفصول 218-1 و392»: a sub-article)
_TIME_OF_DAY = re.compile(r"\s*(?:" + _alternation(map(L.fold, L.CONTEXT["time_of_day"])) + r")" + _END)
# «الصلوات الخمس»، «الدول الست الكبرى»: a set named by its size (context.tsv «named_set»)
_NAMED_SET = re.compile(r"(?<![^\W\d_])[وفبلك]?(?:" + _alternation(map(L.fold, L.CONTEXT["named_set"])) + r")(?![^\W\d_])")
_NAMED_SET_WORDS = frozenset(t for phrase in map(L.fold, L.CONTEXT["named_set"]) for w in phrase.split()
                             for t in (w, w[2:] if w.startswith("ال") else w))
# «نفق الشهيد أحمد حمدي 2»: a place named after a martyr, then its number
_MARTYR_NAME = re.compile(r"(?<![^\W\d_])(?:نفق|مستشفي|مدرسه|شارع|محطه|مطار|جسر|كوبري|ميناء|قاعده|حي|مدينه)\s+"
                          r"(?:ال)?شهيد(?:\s+[^\W\d_]+){1,3}\s*\Z")
# what follows a figure of people, not a place's number: «مخيم المغازي 5 على الأقل»، «5 وأصيب»، «5 بجروح»
_QUAL_OR_EVENT_NEXT = re.compile(r"\s*(?:علي\s+الاقل|علي\s+الاكثر|تقريبا|و(?:اصيب|قتل|جرح)|(?:ب)?(?:جروح|اصابات)|جوعا|غرقا|اختناقا)(?![^\W\d_])")
# a place of a kind with a name, then its number: «محطة منى 3»، «بوابة الملك فهد 79»، «مخيم الهول 2»
_NUMBERED_PLACE = re.compile(r"(?<![^\W\d_])[وبل]?(?:محطه|بوابه|مبني|صاله|جناح|مجمع|برج|رصيف|مدرج)\s+(?!و)"
                             r"(?:ال)?[^\W\d_]{3,}(?:\s+(?!و)(?:ال)?[^\W\d_]{3,})?\s*\Z")  # (the place noun bare: a name follows it)
_HOTLINES = frozenset(int(w) for w in L.CONTEXT["hotline"])
# a share of a whole: «7 من كل 10 أطفال» (but the base of a rate, «لكل 1000 نسمة», is
# annotated as a head count in the shared news set)
_PER_EVERY_BEFORE = re.compile(r"(?<![^\W\d_])من\s+(?:بين\s+)?كل\s*\Z")
_OUT_OF_EVERY = re.compile(r"\s*(?:[^\W\d_]+\s+)?من\s+(?:بين\s+)?كل\s*")
_LIST_OF_PART = re.compile(r"[^\W_]+\s+(?:منها|منهم|منهن)\s+[^\d.،,؛]{0,30}\Z")
# Latin letters spelt in Arabic before a digit: a model or a strain («إف 16»، «إتش 1 إن 1»); «إن»
# (also «إنّ», that) only after such a letter and its digit
_LETTER_NAME_BEFORE = re.compile(r"(?<![^\W\d_])(?:اتش|اف|بي|سي|دي|جي|كيو|اكس|واي|اس)(?:\s*-?\s*\d+\s*(?:ان|ام))?\s*-?\s*\Z")
# «لمن تجاوزوا 18 عاما»، «لمن بلغوا 60 سنة»: those past an age
_OVER_AGE_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?:لمن|من|ممن|الذين|اللواتي|اللاتي)\s+(?:تجاوزوا|تجاوز|تجاوزت|تجاوزن|بلغوا|بلغ|بلغت|بلغن|تعدوا|تخطوا|اتموا|اتم|اتمت|اتممن|اكملوا|اكمل|اكملت)"
                              # a condition on age: «أن يكون الطفل قد أتم ست سنوات»
                              r"|(?:يكون|يكونوا|تكون|يكونا|تكونا)\s+(?:[^\s\d،,.]+\s+)?قد\s+(?:اتم|اتموا|اتمت|اتما|اكمل|اكملوا|اكملت|بلغ|بلغوا|بلغت))"
                              r"\s+(?:سن\s+)?\Z")
# «عملية مرحبا 2018 أزيد من 2,8 مليون»: a year-like number right before an approximate word and a figure
_YEAR_THEN_FIGURE = re.compile(r"\s+(?:(?:ازيد|اكثر|اقل)\s+(?:من|عن)|نحو|حوالي|قرابه|زهاء|ما\s+يناهز|ما\s+يقارب)\s+[\d٠-٩]")
_PEOPLE_BETWEEN = re.compile(r"(?<![^\W\d_])(?:من|لدي)\s+(?:ال)?[^\W\d_]{3,}(?:ين|ات)\s+(?:ما\s+)?بين\s*\Z")
_AGES_BETWEEN = re.compile(r"(?<![^\W\d_])(?:اعمارهم|اعمارهن|اعمارهما|اعمار|اعمارها)(?:\s+[^\W\d_]+)?\s+(?:ما\s+)?بين\s+(?:[^\W\d_]+\s+)?\Z")
# «و97 من التخفيض»، «استفاد الباقون من تخفيض العقوبة»، «تم تخفيض العقوبة لفائدة البقية»: a part only had its sentence cut
_CAMPAIGN_QUOTE = re.compile(r"(?<![^\W\d_])(?:حمله|مبادره|برنامج|مشروع|شعار|اسم|باسم|عنوان|بعنوان|تسميه|روايه|كتاب|فيلم|مسرحيه|مسلسل|ديوان)\s*[«\"“]\s*\Z")  # («رواية «ثلاثة أيام في مكة»»)
_WORK_TITLE_OPEN = re.compile(r"(?<![^\W\d_])[وبل]?(?:كتاب|روايه|فيلم|مسرحيه|مسلسل|ديوان|اغنيه|قصيده|مجموعه\s+قصصيه)\s*[«\"“]"
                              r"[^«»\"“”\d]{1,30}\Z")  # («رواية «ثلاثة أيام في مكة»» starts with its number: above)
_GRADE_AFTER = re.compile(r"\s*(?:من|علي|/)\s*(?:20|10|5|4)(?!\d|[.,٫٬]\d)(?!\s+[^\W\d_]{3,}(?<!في)(?<!علي)(?<!من)(?<!بال)(?<!الي))")
_PHONE_LIST = re.compile(r"(?<![^\W\d_])(?:ارقام|رقم|الرقم|هاتف|الهاتف|هواتف|الهواتف)\s+(?:ال)?(?:طوارئ|هاتف|هواتف|تواصل|اتصال|"
                         r"مجاني|موحد|ساخن)(?![^\W\d_])[^.؛\n:]{0,60}:[^.؛\n]*\Z")
_INITIALS_BEFORE = re.compile(r"\(\s*[^\W\d_]\s*\.\s*[^\W\d_](?:\s*\.\s*[^\W\d_])*\s*\.?\s*\)\s*[،,]?\s*\Z")
_PLATE_LETTERS = re.compile(r"(?<!\w)(?!و\s+و)[^\W\d_]\s+[^\W\d_](?:\s+[^\W\d_])?\s*[-–]?\s*\Z")  # (not «1437هـ بـ 715»)
# «البالغ من العمر 17 عاماً و4 أشهر»: the months of an age
_AGE_THEN_MONTHS = re.compile(r"(?<![^\W\d_])(?:(?:العمر|عمره|عمرها|عمرهم|سن|سنه)\s+|(?:لمن|من|ممن|الذين|اللواتي)\s+(?:تجاوزوا|تجاوز|"
                              r"تجاوزت|تجاوزن|بلغوا|بلغ|بلغت|بلغن|اتم|اتموا|اتمت|اكمل|اكملوا)\s+(?:سن\s+)?)"
                              r"\S+\s+(?:عاما|عام|سنه|سنوات|سنين)\s+و\s*\Z")  # («مع قبول من بلغ خمس سنوات وتسعة أشهر»)
_ATTACHED = re.compile(P.CLITICS)
_OUTLET_NAME = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["outlet"]))
                          + r")\s+(?!(?:بلغ|بلغت|تبلغ|يبلغ|وصل|وصلت|تصل|يصل|تجاوز|تجاوزت|يتجاوز|تتجاوز|ناهز|ناهزت|حوالي|نحو|قرابه)"
                          r"(?![^\W\d_]))[^\W\d_]{3,}\s*\Z")  # (not «نسبة الربط بالشبكة بلغت 96 في المائة»)
_TERM_AFTER = re.compile(r"\s+[^\W\d_]+\s+(?:حبسا|سجنا|حبس|سجن)(?![^\W\d_])")
# a word that starts a term or an amount, not a prison's name: «بالسجن تراوحت بين 6 و25 سنة»، «سجن نحو 3»
_NOT_A_SPAN_WORD = (r"(?!(?:بين|من|مده|لمده|فتره|لفتره|نحو|حوالي|قرابه|زهاء|اكثر|ازيد|اقل|يناهز|يقارب"
                    r"|تراوحت|تتراوح|تصل|وصلت|بلغت|تبلغ|علي|في|الي|عن|حق|بحق|ضد|المؤبد|مؤبد|النافذ|نافذا)\s)")
_PRISON_NAME = re.compile(r"(?<![^\W\d_])(?:ال)?(?:سجن|بالسجن|السجن)\s+(?:المحلي|المركزي)\s+"
                          r"(?:(?!(?:نحو|حوالي|قرابه|زهاء|اكثر|ازيد|اقل|ما|يناهز|يقارب)\s)[^\W\d_]+\s+){1,2}\Z")  # (not «نحو 3,200»)
# «في الدقيقة 23 ومصطفى بصاص (58) ومهند عسيري (81)»: a chain of scorers after a goal's minute, each «و» + a name
_GOAL_MINUTES = re.compile(r"(?<![^\W\d_])(?:ال)?دقيقه\s+\d+(?:\s+و\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+\(\d+\)){0,4}"
                           r"\s+و\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+\(\Z")
_PLACE_HEAD_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:وادي|جبل|عين|بئر|بير|سيدي|دوار|قريه|جزيره|خليج|شعيب)\s+\Z")
# a Moroccan commune named by its weekly market: «بجماعة اثنين شتوكة» (the head words; the number word is «اثنين»)
_MARKET_HEAD_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:جماعه|سوق|بلديه|بلده|قياده|منطقه|مركز)\s+\Z")
_SOURCE_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:بحسب|حسب|وفق|وفقا\s+ل|نقلا\s+عن|بحسب\s+ما\s+(?:قال|افاد|ذكر)(?:ه)?)\s*\Z")
_TWO_AFTER = re.compile(r"\s+(?:اثنين|اثنان)(?![^\W\d_])")
# «وأن أعمار 30 في المائة منهم تقل عن 18 سنة»: an age bound told after another figure
_AGES_THEN_BOUND = re.compile(r"(?<![^\W\d_])[وف]?(?:ال)?اعمار(?:هم|هن|هما)?\s[^.؛:]{0,60}?(?<![^\W\d_])"
                              r"(?:تقل|يقل|تزيد|يزيد|تتجاوز|يتجاوز|تفوق|تتعدي)\s+(?:عن|علي)?\s*\Z")
_AGE_LIMIT = re.compile(r"(?<![^\W\d_])و?(?:الا|لا|ان)\s+(?:يقل|يزيد|يتجاوز|يتعدي)\s+(?:عن|علي)?\s*\Z")
# the bound verb, the age as its subject, then the bound: «ألا يقل عمر الطالب المقبول في الصف الأول عن ست سنوات»
_AGE_BOUND_SUBJECT = re.compile(r"(?<![^\W\d_])و?(?:الا|لا|ان)\s+(?:يقل|يزيد|يتجاوز|يتعدي)\s+(?:عمر|سن)(?![^\W\d_])"
                                r"(?:\s+[^\s\d،,.]+){0,8}\s+(?:عن|علي)\s*\Z")
# «يرفع سن الإحالة على التقاعد من 60 إلى 63 سنة»، «سن الترشح في 45 سنة»: an age set or moved
_AGE_CHANGED = re.compile(r"(?<![^\W\d_])(?:ال)?(?:سن|عمر)\s+(?:[^\s\d،,.]+\s+){0,5}?(?:من|في|عند|(?:من\s+\d+\s+)?الي)\s*\Z")
# a gazette's issue: «صدر بالجريدة الرسمية عدد 6765 مرسوم»، «في العدد 4512 من الجريدة»
_ISSUE_NO = re.compile(r"(?<![^\W\d_])(?:[وبف]?(?:ال)?(?:جريده\s+(?:ال)?رسميه|جريده|مجله|نشره)\s+(?:ال)?عدد|[وف]?في\s+العدد)\s*\Z")
# the age set for something, told far after its name: «حددت الوزارة سن القبول في الصف الأول … بست سنوات كاملة»
_AGE_SET = re.compile(r"(?<![^\W\d_])(?:ال)?سن\s+(?:ال)?(?:قبول|تقاعد|احاله|زواج|رشد|تسجيل|دخول|التحاق|اقتراع|تصويت|تمدرس"
                      r"|ترشح|تشغيل)(?![^\W\d_])(?:(?!(?<![^\W\d_])و(?:ال|[^\W\d_]{2,}(?<!ا)ت\s))[^،,.؛:]){0,90}?(?<![^\W\d_])(?:ب|في\s+|عند\s+)\Z")
# (stops at «وال…» or a verb «ومددت»: another thing joined; not at «وحدات»، «وجوبا»)
# (not «سن التقاعد والتوفر على أقدمية … تقدر بعشر سنوات»: another thing joined by «و»)
# «طفل في الـ(12) من عمره»، «شاب (25 عاما) من العمر»: an age
_AGE_AFTER = re.compile(r"\s*\)?\s*(?:(?:عاما|سنه|سنوات|عام)\s+)?من\s+(?:عمره|عمرها|عمرهم|العمر)" + _END)
_AGE_NOUN_BEFORE = re.compile(L_ + r"+\s*[(«\"']\s*\Z")
# «عمر الأول 8 أعوام»، «سن الأصغر 4 سنوات»: the age of one of those told
_WHICH_ONE = r"(?:اول|ثاني|ثالث|رابع|اولي|ثانيه|ثالثه|اكبر|اصغر|كبري|صغري)"
_AGE_OF_THE = re.compile(r"(?<![^\W\d_])(?:عمر|سن)\s+(?:ال)?" + _WHICH_ONE + r"\s+(?P<n>\d)?")  # («… 8 أعوام والثاني»)
# aged, as an adjective of the people: «الشباب البالغون ما بين 15 و45 سنة» (not «الفترة البالغة ثلاث سنوات»)
_AGED_ADJ_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:ال)?بالغ(?P<pl>ون|ين|ات)?(?P<age>\s+من\s+العمر|\s+(?:اعمار|عمر|سن)(?:هم|هن|ها|ه))?"
                              r"(?:\s+(?:ما\s+)?(?:بين|من|حوالي|نحو|فوق|دون))?\s*\Z")
# those of an age: «من هم دون الـ٥٠ عاماً»، «ممن هم فوق 60 عاما»
_WHO_ARE_AGED = re.compile(r"(?<![^\W\d_])(?:من|ممن|الذين|اللواتي|اللاتي|اللذين)\s+(?:هم|هن)\s+(?:دون|فوق|تحت|اقل\s+من|اكثر\s+من|اكبر\s+من"
                           r"|اصغر\s+من|(?:ما\s+)?بين|في\s+سن|بسن)\s*(?:ال)?\s*\Z")
# an age told as going back so far: «يعود عمر أقدمها، الملقبة بـ«أرز غورو»، إلى ما يزيد عن 800 سنة»
_AGE_GOES_BACK = re.compile(r"(?<![^\W\d_])[وف]?(?:يعود|يرجع|تعود|ترجع|يمتد|يقدر|تقدر)\s+(?:عمر|تاريخ)"
                            r"[^.؛!?\d]{0,80}?(?:(?<![^\W\d_])الي|(?<![^\W\d_])ب\s*)\s*(?:[^\s\d،,.]+\s+){0,3}\Z")
_YEARS_NEXT = re.compile(r"\s*(?:سنه|سنوات|سنين|عام|اعوام|عاما|قرن|قرون|قرنا|الف\s+(?:سنه|عام))(?![^\W\d_])")
# an age told by what a person has passed: «للفئات التي تجاوزت 65 عاماً»، «المتهم لم يتجاوز الـ17 عاماً»
_AGE_VERBS = r"(?:تجاوز|تجاوزت|تجاوزوا|يتجاوز|تتجاوز|يتجاوزون|تخطي|تخطت|تخطوا|يتخطي|بلغ|بلغت|بلغوا|يبلغ|تبلغ|يبلغون)"
_AGE_PASSED = re.compile(r"(?<![^\W\d_])(?:(?:الذين|اللواتي|اللاتي|ممن|(?:لل|ل|ال)?(?:فئات|فئه|نساء|سيدات|فتيات)\s+التي)\s+(?:لم\s+|لا\s+)?" + _AGE_VERBS
                         + r"\s+(?:ال)?|(?:لم|لا)\s+" + _AGE_VERBS + r"\s+ال|" + _AGE_VERBS + r"\s+ال)\s*\Z")
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
# «وارتفعت الحصيلة إلى 1500»: a bare toll's new value, whatever its digits
_TOLL_RISES_TO = re.compile(r"(?<![^\W\d_])[وفل]?(?:يرتفع|ترتفع|ارتفع|ارتفعت|تصل|يصل|وصلت|وصل)\s+(?:بذلك\s+)?(?:العدد|الحصيله)\s+الي\s*\Z")
# a fair, a festival, a summit named with its year: «معرض الرياض الدولي للكتاب ٢٠١٦ سيقام»، «كأس العالم 2022»
_FAIR_NAME_YEAR = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:معرض|مهرجان|ملتقي|منتدي|مؤتمر|كاس|قمه|مونديال|اولمبياد|اكسبو|جائزه)"
                             r"(?:\s+(?!(?:من|اكثر|اقل|نحو|حوالي|قرابه|زهاء|مشاركه|بمشاركه|بين|ما|في|الي|علي|عن|مع|منذ|خلال|يوميا|سنويا|"
                             r"اسبوعيا|شهريا)(?![^\W\d_]))[^\W\d_]+){0,4}\s*\Z")
_AGE_REACHED = re.compile(r"(?<![^\W\d_])(?:عند\s+|بعد\s+|قبل\s+)?(?:بلوغ|بلوغه|بلوغها|بلوغهم|بلوغهن|بلوغهما|اتمام|باتمام|اكمال|باكمال)(?:\s+[^\s\d،,.]+){0,2}?"
                          r"(?:\s+(?:سن|عمر))?\s*\Z")
_SPAN_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_SPAN_WORDS) + r")\s+(?:ال)?\Z")
_AVERAGE_AGE_BEFORE = re.compile(r"(?<![^\W\d_])(?:متوسط|معدل)\s+(?:ال)?(?:سن|عمر|اعمار)(?![^\W\d_])[^.،,؛\d]{0,40}\Z")
# «فيما تبلغ الضحية ٢٤ عاماً»، «ويبلغ الأمين العام الجديد للحزب 61 عاما»: a person's years are an age
_PERSON_IS_AGED = re.compile(r"(?<![^\W\d_])[وف]?(?:يبلغ|تبلغ|بلغ|بلغت)\s+(?:ال)?(?P<w>[^\s\d،,.]+)(?:\s+[^\s\d،,.]+){0,4}?\s*\Z")
def _dual_person(word: str) -> bool:
    """«الشقيقان»، «طفلين»: the dual of a person noun the lexicon lists with its dual."""
    w = word[2:] if word.startswith("ال") else word
    return w in L.DUALS and L.NOUNS.get(L.DUALS[w], ("", ""))[0] == "person"


# two ages told together: «ويبلغ الشقيقان ١٢ و١٤ عاماً»
_AND_YEARS_NEXT = re.compile(r"\s*و\s*\d{1,3}(?!\d|[.,]\d)" + _YEARS_NEXT.pattern)
_TO_YEARS_NEXT = re.compile(r"\s*(?:الي|حتي|-)\s*\d{1,3}(?!\d|[.,]\d)" + _YEARS_NEXT.pattern)
_AND_NUMBER_END = re.compile(r"\s*\d{1,3}\s*و\s*\Z")
_TITLES = frozenset(("امين", "مدرب", "فقيد", "راحل", "مدير", "وزير", "رئيس", "نائب", "قائد", "زعيم", "مرشح"))
_CLOCK_AFTER = re.compile(r"\s*(?:منتصف\s+(?:الليل|النهار)|ظهرا|عصرا|مساء|صباحا|ليلا|فجرا)(?![^\W\d_])")
_GRADE_OUT_OF = re.compile(r"\s*(?:من|علي|/)\s*(?P<of>10|20)(?!\d|[.,]\d)")
_GRADE_OUT_OF_BEFORE = re.compile(r"(?<![\d.,])(?P<mark>\d{1,2}[.,]\d{1,2})\s*(?:من|علي|/)\s*\Z")
# «ويبلغ أحدهما 7 سنوات والآخر 5 سنوات»: the age of each of a pair just counted
_EACH_AGED_BEFORE = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:يبلغ|تبلغ)\s+(?:احدهما|احداهما|اكبرهما|اصغرهما|الاكبر|الاصغر)"
                               r"|[وف]?(?:يبلغ|تبلغ)\s+(?:احدهما|احداهما)\s+[^.؛،,]{1,20}\s+و(?:الاخر|الاخري|الثاني|الثانيه))\s+\Z")
_RANGE_TO_NUMBER = re.compile(r"\s*(?:الي|حتي|-|و)\s*\d+(?![\d.,])(?:\s+(?:الف|الاف|الفا))?")  # (not «من 2015 إلى 344.5 مليار»)
_TWO_THOUSAND_OF = frozenset(("الفي", "الفا"))
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
_AGES_IN_BRACKETS = re.compile(r"(?:\s*و\s*\d+)?\s*(?:عاما|عام|سنه|سنوات|سنين)\s*\)")
_FLIGHT_CODE = re.compile(r"(?<![^\W\d_])(?:ال)?رحله(?:\s+(?!(?:كل|في|من|عن|مع|تقل|تضم|بها|لها|الي|بين|نحو|علي|مدي|مده|طيله|خلال)\s)[^\s\d]{1,3}){1,3}\s*\Z")
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


class _Exclusions(_Document):
    """The rules that drop a figure: «عام 2015»، «المادة 12»، «الشهداء الخمسة»."""

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
        if all(w in _NAMED_SET_WORDS for w in raw.split()) and any(m.start() <= n.start and n.end <= m.end() for m in _NAMED_SET.finditer(
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
        if raw.isdigit() and len(raw) >= 3 and "مجمع" in left[-10:] and _search(r"(?<![^\W\d_])(?:ال)?مجمع\s+\Z", left):
            return True  # «رصف شوارع مجمع 514»: a block's number (Bahrain numbers its blocks)
        if raw[:1].isdigit() and _rx(r"\s+قضائيه(?![^\W\d_])").match(norm, n.end, right_end):
            return True  # «الطعن رقم 2741 لسنة 88 قضائية»: a judicial year
        if raw[:1].isdigit() and "شهيد" in left and _MARTYR_NAME.search(left) and _noun_after(norm, n.end, right_end) is None:
            return True  # «نفق الشهيد أحمد حمدي 2»: a place named after a martyr, its number
        if raw.isdigit() and len(raw) == 1 and _NUMBERED_PLACE.search(left) and not _QUAL_OR_EVENT_NEXT.match(norm, n.end, right_end) and (
                # (not «في قصف على مخيم جباليا 12»: two digits; «مخيم المغازي 5 على الأقل»)
                (na := _noun_after(norm, n.end, right_end)) is None
                or na.kind in ("item", "none") and na.key not in L.NOUNS and not _CURRENCY.match(norm, n.end, right_end)):
            return True  # «المسافة بين محطة عرفات 1 ومحطة منى 3 تبلغ»: a station's number (the word after is no noun of it)
        if _OVER_AGE_BEFORE.search(left) and (ya := _YEARS_AFTER.match(norm, n.end, right_end)) is not None and not _rx(
                r"\s+(?:من|في)\s+(?!(?:ال)?عمر|(?:ال)?(?:اول|اولي)\s|\d|[^\s\d]+\s+(?:من\s+)?(?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر)(?![^\W\d_]))").match(norm, ya.end(), right_end):  # (not «الذي أتم ست سنوات من الدراسة»)
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
        if _WORK_TITLE_OPEN.search(left) and _search(r"\A[^«»\"“”.،,؛]{0,30}[»\"”]", norm[n.end:n.end + 32]):
            return True  # «صدر كتاب «الرياض في مئة عام» للكاتب …»: inside a work's title
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
        if _is_year_value(raw) and 1900 <= int(raw) <= 2100 and _FAIR_NAME_YEAR.search(left) and not _CURRENCY.match(norm, n.end, right_end) and (
                (na := _noun_after(norm, n.end, right_end)) is None or na.kind in ("item", "none") and na.key not in L.NOUNS):
            return True  # «معرض الرياض الدولي للكتاب ٢٠١٦ سيقام في …»: the fair's year (not «استقبل المعرض 2016 زائرا»)
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
        if (a := _AGED_ADJ_BEFORE.search(left)) and (a.group("pl") or a.group("age")) and (
                _YEARS_NEXT.match(norm, n.end, sent[1]) or _AND_YEARS_NEXT.match(norm, n.end, sent[1])
                or _TO_YEARS_NEXT.match(norm, n.end, sent[1])):
            return True  # «الشباب البالغون ما بين 15 و45 سنة»، «النساء البالغات من 15 إلى 49 سنة»: ages
        if _WHO_ARE_AGED.search(left) and ((ya := _YEARS_NEXT.match(norm, n.end, sent[1])) and not _rx(
                r"\s+(?:في|داخل|خلف)\s+(?:ال)?(?:سجن|سجون|اسر|اعتقال|معتقل|قضبان)|\s+منذ(?![^\W\d_])").match(norm, ya.end(), sent[1])
                                           or _AND_YEARS_NEXT.match(norm, n.end, sent[1]) or _TO_YEARS_NEXT.match(norm, n.end, sent[1])):
            # (not «الأسرى الذين هم أكثر من 20 عاما في السجون»: a time held)
            return True  # «منعت من هم دون الـ٥٠ عاماً من الدخول»: those under an age
        if _YEARS_NEXT.match(norm, n.end, sent[1]) and _AVERAGE_AGE_BEFORE.search(left) and not _SPAN_BEFORE.search(left):
            # (not «ارتفع متوسط العمر المتوقع خلال 20 سنة»: a span)
            return True  # «متوسط السن عند الزواج الأول بلغ 25,7 سنة»: an average age, the subject first
        if (_YEARS_NEXT.match(norm, n.end, sent[1]) or _AND_YEARS_NEXT.match(norm, n.end, sent[1])) and (
                aged := _PERSON_IS_AGED.search(_AND_NUMBER_END.sub("", left[-60:]))) is not None and (
                aged.group("w") in _TITLES or _dual_person(aged.group("w"))
                or (k := _noun_kind(aged.group("w")))[0] in ("trigger:casualties", "trigger:killed")
                or k[0] == "person" and k[1] in L.NOUNS  # (not «وبلغت أقصى عقوبة 20 سنة»: «أقصى» is no nisba)
                or _search(r"(?<![^\W\d_])(?:عمر|سن)(?![^\W\d_])", aged.group())):  # «وبلغ متوسط عمر الزواج 27 عاماً»
            return True  # «فيما تبلغ الضحية ٢٤ عاماً»: how old the person is
        if isinstance(n.value, int) and n.value <= 24 and _CLOCK_AFTER.match(norm, n.end, sent[1]) and _search(
                r"(?<![^\W\d_])(?:ال)?ساعه(?![^\W\d_])", norm[max(sent[0], n.start - 40):n.start]):
            return True  # «من الساعة 4 عصرا حتى 12 منتصف الليل»: a time of day
        if _YEARS_NEXT.match(norm, n.end, sent[1]) and _AGE_PASSED.search(norm, max(sent[0], n.start - 30), n.start):
            return True  # «للفئات التي تجاوزت 65 عاماً»، «لم يتجاوز الـ17 عاماً»: an age
        if _YEARS_NEXT.match(norm, n.end, sent[1]) and _rx(r"(?<![^\W\d_])(?:اعمار|عمر|سن)(?:هم|هن|ها|ه)?(?:\s+[^\s\d،,.]+){0,4}"
                                                            r"\s+(?:عن|علي)\s*\Z").search(norm, max(sent[0], n.start - 60), n.start):
            return True  # «فيما تقل أعمار أغلب الفتيات المعنيات عن 17 سنة»: an age compared
        if _YEARS_NEXT.match(norm, n.end, sent[1]) and (
                (a := _AGE_OF_THE.search(norm, max(sent[0], n.start - 20), n.start)) and a.end() == n.start and not a.group("n")
                or _rx(r"(?<![^\W\d_])و(?:ال)?" + _WHICH_ONE + r"\s+\Z").search(norm, max(sent[0], n.start - 14), n.start)
                and any(a.group("n") for a in _AGE_OF_THE.finditer(norm, max(sent[0], n.start - 50), n.start))):
            return True  # «أن عمر الأول 8 أعوام والثاني 11 عاما»: the ages of the two
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
                        and (self.said_before(n) or self.event_counted_before(n) or not (
                            self.person_noun_before(n) or self.things_before(n) is not None
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
        if n.dual_of == "رئيس" and raw.endswith("ين") and (pw := _rx(r"(?<![^\W\d_])(?P<and>و)?(?!ال)(?P<w>[^\W\d_]{3,})(?:ين|ان)\s+\Z").search(
                norm, max(sent[0], n.start - 20), n.start)) and (pw.group("and") or _noun_kind(pw.group("w"))[0] in ("item", "known_item")
                                                               and pw.group("w") in L.NOUNS):
            # («يرتكز على محورين رئيسين»; not «وشهدت فلسطين رئيسين»)
            return True  # «إنشاء 3 جسور وتقاطعين رئيسين»: «main», an adjective after a dual, not two presidents
        if n.dual_of is not None and _search(r"ا(?:ه|ها|هم|هن|هما)\Z", raw) and _rx(
                r"(?<![^\W\d_])[وف]?(?:هم|هن)\s+(?:[^\s\d،,.]+\s+){1,3}?و\Z").search(norm, max(sent[0], n.start - 30), n.start):
            return True  # «لقي ثلاثة أفراد من أسرة واحدة، هم أم وطفلاها، حتفهم»: the members of those counted, named
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
                                                  "الموجه", "موجه", "التردد", "تردد") and not (label.group("w") == "اصدار" and "ال" in left[label.start():label.start("w")]) or (
                # («على الموجة 101.5»، «الإصدار 2.0 من تطبيق»)
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
        if label and _NOT_CLAIM_WHY[label.group("w")] == "identifier" and (label.group("w").endswith(("بنزين", "حاجز")) or _search(
                r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:سعر|ثمن|قيمه|كلفه|تكلفه)\s+\Z", left[:label.start()])) \
                and (_CURRENCY.match(norm, n.end, right_end) or n.kind == "percent"):
            label = None  # «تجاوز سعر البنزين 15 درهما»: a price, not the grade «البنزين 95»; «تجاوز حاجز 2000 ريال»;
            # «بلغ سعر الصندوق ٣٥ ريالاً»: the price of a box, no fund's number
        if label and _NOT_CLAIM_WHY[label.group("w")] == "time" and _CURRENCY.match(norm, n.end, right_end):
            label = None  # «تجاوز السرعة بأكثر من 50 كيلومترا في الساعة 700 درهم»: a sum, no time of day
        if label and _NOT_CLAIM_WHY[label.group("w")] == "age" and not _is_year_value(raw) and (
                na := _noun_after(norm, n.end, sent[1])) is not None \
                and na.kind in ("item", "known_item") and na.key in L.NOUNS:
            label = None  # «عربات الجولف المخصصة لكبار السن 4,600 عربة»: things counted, no age
        if label and n.kind != "percent":  # («لهذه السنة (67,82) في المائة»: a share, not a label's number)
            why = "year" if year_word else _NOT_CLAIM_WHY[label.group("w")]
            yearlike = isinstance(n.value, int) and 1000 <= n.value <= 2200 and raw not in _TWO_THOUSAND_OF and (
                n.value <= 2100 or (na := _noun_after(norm, n.end, sent[1])) is None
                or na.kind not in ("item", "known_item", "person") or na.key not in L.NOUNS)  # («من العام 2180 منشأة»)
            # («خلال أيام الحج ألفي رحلة»: the construct «two thousand of» counts; a year is «ألفين»)
            if why == "year" and yearlike and (na := _noun_after(norm, n.end, sent[1])) is not None \
                    and (na.kind.startswith("trigger:") or na.kind == "person" and norm[na.start:na.end].endswith(("ا", "ه"))
                         and not norm[na.start:na.end].endswith("يا")) \
                    and not na.partitive or why == "year" and yearlike and _search(r"(?<![^\W\d_])(?:هذا|هذه)\s+\Z", left[:label.start()]) \
                    and (na := _noun_after(norm, n.end, sent[1])) is not None and na.kind in ("item", "known_item", "person") \
                    and norm[na.start:na.end].endswith("ا") or why == "year" and yearlike \
                    and (na := _noun_after(norm, n.end, sent[1])) is not None and na.kind == "person" \
                    and norm.startswith(" و" + norm[na.start:na.end] + "ه", na.end) \
                    and not norm[2 * na.end - na.start + 3:2 * na.end - na.start + 4].isalpha():
                # (an accusative person: «1340 متبرعاً»; not «عام 1990 طالب اللجوء»; «للحج 1400 حاج وحاجة»: men and women counted)
                # («هيأ هذا العام (1250) جامعاً»: «this year» is whole, the figure after it counts)
                pass  # «منذ مطلع العام ١٨٧٠ حالة إصابة»، «مستشفى الملك فهد العام 1340 متبرعاً»، «العام 1200 عاملة»: a count
            elif why not in ("year", "age_years") or why == "year" and yearlike:
                return True
        if _AGE_LIMIT.search(left) and _rx(r"(?<![^\W\d_])(?:عمر(?:ه|ها|هم)?|سن(?:ها|هم)?|(?:(?<=يقل\s)|(?<=تقل\s)|(?<=يزيد\s)|"
                                            r"(?<=تزيد\s)|(?<=يتجاوز\s))سنه)(?![^\W\d_])").search(
                norm, max(sent[0], n.start - 90), n.start) and self.time_noun_after(n, sent):
            return True  # «ألا يزيد عمر المتقدم على ٣٥ عاما، وألا يقل عن ٢٠ عاما»: the second bound of an age
            # («سنه» is «سنة» folded, a year, unless a bound verb heads it: «ألا يقل سنه عن 18 عاما»; not «بين 3 و20
            # سنة …، ما لا يقل عن ثلاثة أسابيع»)
        if (_YEARS_NEXT.match(norm, n.end, sent[1]) or _rx(r"\s*(?:الي|حتي)\s*\d+\s*(?:سنه|سنوات|عاما|عام)(?![^\W\d_])").match(
                norm, n.end, sent[1])) and _AGE_CHANGED.search(norm, max(sent[0], n.start - 70), n.start):
            return True  # «يرفع سن الإحالة على التقاعد تدريجيا من 60 إلى 63 سنة»: an age moved, not a span
        if _YEARS_OR_MONTHS.match(norm, n.end, sent[1]) and "سن " in norm[max(sent[0], n.start - 120):n.start] \
                and _AGE_SET.search(norm, max(sent[0], n.start - 120), n.start):
            return True  # «حددت الوزارة سن القبول في الصف الأول … بست سنوات»: the age set
        if ("عن" in left or "علي" in left) and self.time_noun_after(n, sent) and _AGE_BOUND_SUBJECT.search(
                norm, max(sent[0], n.start - 110), n.start):
            return True  # «ألا يقل عمر الطالب المقبول في الصف الأول الابتدائي عن ست سنوات»: an age bound
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
        if age and n.dual_of is not None and _noun_kind(n.dual_of)[0] == "person":
            age = None  # «لقيت سيدة في الثلاثينات من عمرها وطفلين حتفهم»: two children, no age
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
        if number_label or age or "رحله" in left and _FLIGHT_CODE.search(left) or "عدد" in left and _ISSUE_NO.search(left) \
                and ((na := _noun_after(norm, n.end, right_end)) is None
                     or not (na.kind == "person" or na.kind.startswith("trigger:"))):
            # (not «وسجلت النشرة عدد 45 إصابة»: what it counts; but «عدد 6765 مرسوم»: the decree it carries)
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
                    and ((k2 := _noun_kind(w2.group("w"), strict=True)[0]) in ("known_item", "person", "item") or k2.startswith("trigger:"))):
                # (nor «شهر رمضان 1327 مخالفة»، «نفذت خلال شهر رمضان ١٢٤٠ جولة»، «بمناسبة شهر رمضان ١٢٠٠ سجين»)
            # (not «نوفمبر 2015 داعياً»: a verb's adverb)
            # «مارس 1975»، «أكتوبر 12»; not «خلال شهر أكتوبر 563 صفقة», «شهر رمضان ١٢٤٧ بلاغاً»,
            # «من 12 إلى 18 شتنبر، 1126 حادثة» (a comma, then no year)
            return True
        if raw[:1].isdigit() and (_PRISON_NAME.search(left) and (
                (na := _noun_after(norm, n.end, right_end)) is None
                or not (na.kind == "person" or na.kind.startswith("trigger:") or na.key in L.NOUNS))  # (not «سجلت 12 نزيلا»)
                                  or n.value is not None and n.value < 10 and _search(
                r"(?<![^\W\d_])[وفبل]?(?:ال)?سجن(?:\s+" + _NOT_A_SPAN_WORD + r"[^\W\d_]{2,})?\s+" + _NOT_A_SPAN_WORD + r"[^\W\d_]{3,}\s*\Z", left) and _noun_after(norm, n.end, right_end) is None):
            return True  # «بالسجن المحلي عين السبع 1»، «العرجات 2»، «بسجن طنجة 2»، «سجن عين السبع 1»: a prison's name
        if raw.isdigit() and _search(r"(?<![^\W\d_])(?:بوينغ|بوينج|ايرباص)\s+\d+\s+(?:ماكس|نيو|اكس|ام)\s*\Z", left):
            return True  # «طائرتها من طراز بوينغ 737 ماكس 8»: a model's name
        if _rx(r"\s*(?:سنه|سنوات|سنين|اعوام|عاما)\s+ضوئيه(?![^\W\d_])").match(norm, n.end, right_end):
            return True  # «يبعد عن الأرض نحو ٣١٠ سنوات ضوئية»: a distance
        if raw in ("اثنين", "اثنان") and _search(r"(?<![^\W\d_])(?:كل\s+)?(?:يوم|ايام|يومي)\s+\Z", left):
            return True  # «يبث كل يوم اثنين»: Monday, a weekday's name
        if _YEARS_NEXT.match(norm, n.end, sent[1]) and _search(r"(?<![^\W\d_])(?:صاحب|صاحبه)\s+(?:ال)?\Z", left):
            return True  # «ويرتدي اللاعب صاحب الـ٢٧ عاما القميص رقم ٩»: his age
        if isinstance(n.value, int) and n.value <= 130 and raw[:1].isdigit() and _search(
                r"(?<![^\W\d_])(?:ال)?(?:دقيقه|دقيقتين)\s+\d+\s+و\s*\Z", left) and (
                    (na := _noun_after(norm, n.end, right_end)) is None or na.kind == "none" or norm.startswith("و", na.start)):
            return True  # «سجل أهداف الأهلي عمر السومة في الدقيقة ١٢ و٥٨»: a second goal's minute
        if isinstance(n.value, int) and n.value <= 130 and raw[:1].isdigit() and norm[max(0, n.start - 1):n.start] == "(" \
                and norm.startswith(")", n.end) and _GOAL_MINUTES.search(norm, max(sent[0], n.start - 150), n.start):
            return True  # «عمر السومة في الدقيقة 23 ومصطفى بصاص (58) ومهند عسيري (81)»: the minutes of the goals
        if isinstance(n.value, int) and n.value <= 31 and _rx(r"\s+من\s+(?:ال)?شهر(?![^\W\d_])").match(norm, n.end, right_end) \
                and _search(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:ليله|يوم)\s+\Z", left):
            return True  # «ليلة 27 من الشهر الفضيل»، «يوم 15 من الشهر الجاري»: a day of the month
        if not raw[:1].isdigit() and _PLACE_HEAD_BEFORE.search(left) and _noun_after(norm, n.end, right_end) is None:
            return True  # «فيضان وادي تلات»، «عين ثلاث»: a place named by a number word
        if norm[n.start:n.end] == "اثنين" and _MARKET_HEAD_BEFORE.search(left) and not _rx(r"\s+من\s").match(norm, n.end, right_end):
            return True  # «بجماعة اثنين شتوكة»، «سوق اثنين أولاد جلال»: a commune named by its Monday market
        if n.dual_of is not None and raw.endswith("ين") and _SOURCE_BEFORE.search(left) \
                and L.NOUNS.get(raw.removeprefix("ل")) == ("person", "") and not _TWO_AFTER.match(norm, n.end, right_end):
            # (a word whose «ين» is also its sound plural; not «بحسب طبيبين»، «بحسب عاملين اثنين»)
            return True  # «بحسب عاملين في سوق الذهب»: sources, a plural
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
                    or hl.group().startswith("(") and (na.kind == "person" or na.kind in ("item", "known_item") and na.key in L.NOUNS
                                                       and not _search(r"(?:عمليات|طوارئ|هاتف|اتصال|بلاغات)",
                                                                       norm[max(sent[0], n.start - 70):n.start])))
        ) and not (hl.group().startswith("(") and not _rx(r"\s*\)").match(norm, n.end, right_end)):
            # (nor «عينت (940) معلماً»، «و(112) مدرسة للبنات», nor a bound «بين (180 إلى 200) ألف حاج»)
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
                self.norm, max(sent[0], m.start() - 25), m.start())) and (
                    (k2 := _noun_kind(m2.group("w"))[0]) == "known_item" or k2.startswith("time:")):
            m = m2  # «ميدالية برونزية واحدة»، «مستشفى حكوميا واحدا»، «سنة دراسية واحدة»: skip the adjective
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
        if other and _search(r"(?:الي|حتي)", other.group()) and _search(r"(?<![^\W\d_])(?:من|بين)\s*\Z", self.norm[max(0, n.start - 5):n.start]) \
                and not _is_year_value(_search(r"\d+", other.group()).group()) and y < int(
                _search(r"\d+", other.group()).group()) and (b := _noun_after(self.norm, other.end(), self.sentence_of(n.start)[1])) \
                and not b.kind.startswith(("time:", "measure")):  # (not «من 2000 إلى 2010 شهدت»: two years)
            return False  # «يوفر المشروع من 2000 إلى 3000 منصب شغل»: a range of a counted noun
        if _OF_THEM_AFTER.match(self.norm, n.end):
            return False  # «سيجري تدريب 1500 منهم»: some of those counted, no year
        floor = max(self.sentence_of(n.start)[0], n.start - 90)
        if _SUBSET_BEFORE.search(self.norm, max(floor, n.start - 14), n.start):
            return False  # «2059 مصابا، من بينهم 1404 في حالة خطيرة»: some of those counted
        if _search(r"(?<![^\W\d_])(?:الي|حتي)\s*\Z", self.norm[max(floor, n.start - 6):n.start]) and (
                toll := _TOLL_OF.search(self.norm, floor, n.start)) and not _search(r"\d", self.norm[toll.end():n.start]):
            return False  # «ارتفاع عدد الوفيات في مناطق المعارضة إلى 1930»: the toll's value
        if _TOLL_RISES_TO.search(self.norm[max(floor, n.start - 30):n.start]):
            return False  # «وسط مخاوف من أن ترتفع الحصيلة إلى 1500»: the toll's value
        if 1900 <= y <= 2100 and _search(r"(?<![^\W\d_])[وفبل]?(?:عام|سنه)\s*\Z", self.norm[max(0, n.start - 8):n.start]):
            return True  # «وتخرج في جامعة برنستون عام 1964 حاملاً شهادة البكالوريوس»: «عام» names the year, whatever follows
            # (not «منذ مطلع العام ١٩٢٠ حالة»: the year told, then a count)
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

    def event_counted_before(self, n: _Num) -> bool:
        """«وتوقيف سائقها وشخصين آخرين … الاحتفاظ بالموقوفين الثلاثة»: the definite event noun before the
        number was told earlier in the paragraph with a figure of its own, so the number sums them up."""
        lo = max(self.sentence_of(n.start)[0], n.start - 30)
        m = _DEFINITE_BEFORE.search(self.norm, lo, n.start)
        if m is None:
            return False
        kind = _noun_kind(m.group("w")[2:])[0]
        if not kind.startswith("trigger:"):
            return False
        # (a bounded look back, 300 characters of the paragraph: linear however many definite figures follow)
        lo = max(self.norm.rfind("\n", 0, m.start()) + 1, m.start() - 300)
        if _rx(r"\s+(?:ال)?(?:اخري|اخرين|اخرون|باقين|باقون|متبقين|متبقون)(?![^\W\d_])").match(self.norm, n.end):
            return False  # («الوفيات الأربع الأخرى»: the rest, a figure of its own)
        told = False
        for j in range(bisect_left(self._num_starts, lo), bisect_left(self._num_starts, m.start())):
            earlier = self.nums[j]
            if earlier.value is None or earlier.kind != "cardinal":
                continue
            last = None  # the nearest event before that figure, within 40 characters
            for t in _TRIGGER.finditer(self.norm, max(lo, earlier.start - 60), earlier.start):
                if L.TRIGGERS[t.group("trig")][1] != "weak" and earlier.start - t.end() <= 40:
                    last = t
            if last is not None and L.TRIGGERS[last.group("trig")][0] == kind[8:]:
                if n.value is not None and earlier.value > n.value:
                    return False  # «أوقفت 5 أشخاص …، والموقوفين الثلاثة في الدار البيضاء»: some of them, a figure of its own
                told = True
        return told

    def plural_things_before(self, n: _Num) -> Optional[_Noun]:
        """«المطارات الـ27»، «المصارف السعودية الـ12»، «محافظات البلاد الـ22»: a plural of things (its
        adjectives or a genitive between, three words at most) right before a definite figure."""
        if n.value is None:
            return None
        sent = self.sentence_of(n.start)  # (never across a sentence end: «العلاجات\nالأربع» are two)
        m = _WORDS_BEFORE_DEFINITE.search(self.norm, max(sent[0], n.start - 50), n.start)
        if m is None or _noun_after(self.norm, n.end, sent[1]) is not None or (
                w := _NOUN_WORD.match(self.norm, n.end, sent[1])) is not None and w.group("w")[:1] == "ل" \
                and _noun_kind(w.group("w"))[0] in ("known_item", "person"):
            return None  # (a figure with its own noun after it: «خلال الـ24 ساعة»; «البطولة العربية الـ19 لألعاب القوى»)
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
