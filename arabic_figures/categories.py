"""What a figure counts: its unit, the event that governs it, its noun.

The unit first (a duration, money, a percentage), then the event that governs the
figure in its clause («مقتل 5»، «30 على الأقل قتلوا»، «أصابت 72043 آخرين»), then what
the noun itself says («قتيلاً»، «أسرى»), then people or a plain count.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple, Optional

from . import lexicon as L
from . import patterns as P
from .context import (
    _CASE_NOUNS,
    _EVENT_BEFORE,
    _ONE_OF_THEM_PRONOUN,
    _PRISON_TERM_AFTER,
    _VERB_PAIRS,
    _Draft,
    _is_year_value,
    _Noun,
    _noun_after,
    _noun_kind,
    _Num,
)
from .cues import (
    _AMOUNT_WORD,
    _AND,
    _ANIMALS,
    _APPROX,
    _APPROX_TAIL,
    _COORDINATION,
    _CRITICAL,
    _CUES,
    _CURRENCY_ANY,
    _DISEASE,
    _ELIDED_SCALE,
    _END,
    _ESCAPE,
    _LEFT,
    _NEAR_ONLY,
    _NEXT_WORD,
    _NOUN_WORD,
    _OF_THEM_AFTER,
    _OF_THEM_PEOPLE,
    _PAY_VERB,
    _PERSON_CATEGORIES,
    _PLURAL_VERB_AFTER,
    _POLICE_BEFORE,
    _PRISON,
    _QUAL_BEFORE,
    _QUAL_BEFORE_OPT,
    _QUAL_THEN_NUMBER,
    _SCALE_END,
    _SINCE,
    _STILL_BEFORE,
    _SUBSET_AFTER,
    _SUBSET_BEFORE,
    _TAKE_PART,
    _TOLL_OF,
    _TRIGGER,
    _VERSUS,
    _WORD,
    _WORD_BEFORE,
    _WOUNDS,
    _YEAR_BEFORE,
    L_,
    _alternation,
    _fullmatch,
    _key,
    _match,
    _rx,
    _search,
    _sub,
    _words,
)
from .document import _REFUSED, _TO_FAMILIES, _cue_index, _Document
from .model import Value

# («يحمل الجنسية اليمنية»، «يمني الجنسية»: a man's passport, not where the money is)
_COUNT_OF = re.compile(P.NO_LETTER_BEFORE + r"[وفبل]?(?:ال)?(?:عدد|اعداد|اجمالي|مجموع)\s+(?!عدد|اعداد|[وبل]?" + _APPROX + r")"
                       r"(?:(?:هولاء|هؤلاء|هذه|هذا|تلك|اولئك)\s+)?(?P<w>"  # («عدد هؤلاء الأساتذة»)
                       + L_ + r"+)")
_STILL = re.compile(P.NO_LETTER_BEFORE + r"و?(?:" + _alternation(map(L.fold, L.CONTEXT["still"])) + r")" + _END)
_SUBSET_ITEMS = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?:" + _alternation(map(L.fold, L.CONTEXT["subset_items"]))
                           + r")\s*\Z")
_CLAUSE_STOP = re.compile(r"[!?؟؛\n]|(?<!\d)[.:]|[.:](?!\d)")  # (not the point of «1.2 طن» or «10:30»)
_UNAFFECTED = re.compile(P.NO_LETTER_BEFORE + r"[وفبل]?(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["unaffected"]))
                         + r")\s+(?:ال)?\Z")
_EVENT_JUST_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:اصابه|وفاه|مقتل|اصابات|وفيات|تماثلت|تعافت|شفيت|توفيت)\s+\Z")
# («تماثلت 19 منها للشفاء»: the cases' verb, people recovered, not the things counted last)
_MET_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:لقي|لقيت|لقيا|لقيتا|لقوا|لقين|لفظ|لفظت|لفظا|لفظوا)\s+\Z")
_DEATH_LATER = re.compile(r"[^.؛]{0,120}?(?<![^\W\d_])(?P<d>حتف(?:ه|ها|هما|هم|هن)|مصرع(?:ه|ها|هما|هم|هن)"
                          r"|انفاس(?:ه|ها|هما|هم|هن)\s+الاخيره)(?![^\W\d_])")  # («لفظ ثلاثة مصابين أنفاسهم الأخيرة»)
_NEXT_IN_LIST = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?:" + _alternation(L.CONTEXT["next_in_list"]) + r")"
                           + _END + r"(?:\s+[^\s\d،,.]+){0,5}\s*\Z")
_CLAUSE_WORD = re.compile(P.NO_LETTER_BEFORE + r"و?(?:" + _alternation(map(L.fold, L.CONTEXT["clause"]))
                          # «في وقت خرج فيه عشرات الآلاف»، «في وقت لا يتوفر فيه»: at a time when (not «في وقت سابق»،
                          # «أصيب في وقت الإفطار»)
                          + r"|في\s+وقت(?=\s+(?:(?:لا|لم|لن|ما)\s+)?[^\W\d_]{2,}\s+فيه(?![^\W\d_])))" + _END)
# a subset told aside and closed: «، بينهم 6 أطفال،» (not «منهم 4304 من المعتقلين الذين سيتم الإفراج عنهم»)
_ASIDE_CLOSED = re.compile(r"(?:\s+[^\s\d،,.()]+){0,3}\s*[،,)]")
# the members of a gang, of whom only some were held: «، أوقف منهم خمسة»، «وأوقفت 14 منهم»
_SOME_ARRESTED = re.compile(r"[^.؛\d]{0,60}?[،,]\s*[وف]?(?:تم\s+)?(?:اوقف|اوقفت|ايقاف|توقيف|اعتقل|اعتقلت|اعتقال|ضبط|القي\s+القبض\s+علي)"
                            r"(?:\s+[^\s\d،,.]+){0,3}?\s+(?:منهم\s+[^\s،,.]+|[^\s،,.]+\s+منهم)(?![^\W\d_])")
# (past the words that end the trigger's phrase: «مما تبقى من العقوبة الحبسية أو السجنية لفائدة 1121 نزيلا»)
_FOR_WHOM = re.compile(r"(?:\s+(?:او\s+)?(?:ال)?[^\W\d_]{3,}(?<![^\W\d_]ين)(?<!ون)){0,3}?\s+(?:لفائده|لصالح|في\s+حق|بحق)(?![^\W\d_])")
# told alive after a subset of the casualties: «حالتان خطيرتان»، «في حالة حرجة»، «نقلوا إلى العناية المركزة»
_ICU = r"(?:قسم\s+)?(?:ال)?(?:عنايه|انعاش)"  # «(قسم) العناية المركزة»، «الإنعاش»
_HOSPITAL = r"(?:ال)?(?:مستشفي|مستشفيات|مستعجلات|مصحه|مصحات|مستوصف)(?![^\W\d_])"  # where the hurt and the sick are taken
_TAKEN_VERB = r"[وف]?(?:نقل|نقلت|تم\s+نقل|جري\s+نقل)"  # «ونقل …»، «تم نقل …»: taken somewhere
_ALIVE_AFTER = re.compile(r"\s*(?:[^\s\d،,.]+\s+){0,2}?(?:(?:في\s+)?" + _CRITICAL + r"|(?:بال)?(?:خطير|خطيره|خطيرتان|خطيرتين|"
                          r"حرجه|حرجتان|حرجتين)|(?:(?:نقل|نقلت|نقلتا|نقلا|نقلوا)\s+الي|يرقدون\s+(?:في|ب)|يرقد\s+(?:في|ب)|في|ب)"
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
# still in hospital: «… لا يزال أربعة في قسم العناية المركزة»، «لا يزال 11 آخرون يرقدون بقسم العناية المركزة»
_IN_CARE = re.compile(r"\s+(?:(?:يرقدون\s+|يرقدن\s+|يرقد\s+|يرقدان\s+|ترقدان\s+|ترقد\s+)?(?:في|ب)\s*(?:" + _ICU + r"|" + _HOSPITAL
                      + r"|(?:ال)?" + _CRITICAL + r")|تحت\s+(?:ال)?(?:عنايه|مراقبه\s+(?:ال)?طبيه))(?![^\W\d_])")  # («تحت العناية»، not «تحت مراقبة الأمن»)
_ESCAPED_BEFORE = re.compile(_ESCAPE.pattern + r"\s+\Z")  # «فيما لاذ شخصان بالفرار»: got away, not among the held
_SUBSET_WORD = re.compile(P.NO_LETTER_BEFORE + r"[وف]?(?:" + _alternation(L.CONTEXT["subset"]) + r")" + _END)
_TOLL = _words("toll", L.CONTEXT["toll"])
_TOLL_WHO = re.compile(P.NO_LETTER_BEFORE + r"(?:عدد|حصيله)\s+(?:ال[^\W\d_]+\s+){0,2}(?:من|الذين|اللواتي)\s+(?:[^\s\d،,.]+\s+){0,4}?"
                       r"(?P<what>[وفبل]?(?:ال)?(?:" + _alternation(w for w, (c, f) in L.TRIGGERS.items() if f != "weak"
                                                                 or w in ("قضوا", "قضي")) + r"))"
                       + P.PRONOUN + _END)  # («عدد المتسللين الذين ضبطتهم الدوريات»)
_MONEY_CONTEXT = _words("mc", map(L.fold, L.CONTEXT["money_context"]))
_TOTAL_OF = re.compile(r"(?:" + _alternation(map(L.fold, L.CONTEXT["total_of"])) + r")\s*\Z")
_TOTAL_BEFORE = re.compile(r"(?:" + _alternation(L.CONTEXT["total"]) + r")\s*\Z")
_ITEM_CASE = re.compile(r"\s+(?:" + _alternation(map(L.fold, L.CONTEXT["item_case"])) + ")" + _END)
# «وجاءت نتائج 31 منهم إيجابية»: the results of some, then «positive»
_RESULTS_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:نتائج|نتيجه|تحاليل|فحوص)\s*\Z")
_ANY_PERSON = frozenset(("شخص", "اشخاص", "شخصا", "فرد", "افراد", "فردا"))  # a generic head count
_OWN_EVENT_GAP = re.compile(r"\s*(?:منهم\s+|منهن\s+)?(?:في\s+|ب)?")  # between a part and its own event
# a vehicle's load: «حافلة كانت تقل 50 راكبا»، «قارب على متنه 40 مهاجرا»
_CARRYING_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?:كانت|كان)\s+)?(?:تقل|يقل|تقلهم|يقلهم|علي\s+متنها|علي\s+متنه)\s*\Z")
_RISE = "يرتفع|ترتفع|يصل|تصل|يبلغ|تبلغ"  # a count rising to, reaching (present): «ليرتفع العدد إلى»
# «أن يرتفع العدد إلى أكثر من ٣ آلاف»، «أن ترتفع الحصيلة إلى 1500»: «the number», bare, is the one just told
_BARE_COUNT_RISES = re.compile(r"(?<![^\W\d_])(?:(?:ان\s+|[لو])?(?:س?(?:" + _RISE + r")|ارتفع|ارتفعت|يتجاوز|يزيد)\s+(?:بذلك\s+)?(?:العدد|الحصيله)"
                               r"\s+(?:الي|علي)?|(?<!الذين )(?<!التي )(?<!اللواتي )(?P<their>كان\s+عددهم)"
                               r"(?:\s+(?:عند|لدي|حين|ساعه|وقت|يوم)\s+[^\s\d،,.]+)?(?:\s+(?:يناهز|يبلغ|يقارب|نحو|حوالي))?)"
                               r"\s*(?:(?:اكثر\s+من|نحو|حوالي|قرابه|ما\s+يزيد\s+(?:عن|علي))\s*)?\Z")  # («بعدما كان عددهم عند وصولهم يناهز 55»)
# «…، ليرتفع العدد الإجمالي إلى 252 ألفا»: the running total of the figure just told
_RUNNING_TOTAL_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:[لو](?:" + _RISE + r"))\s+(?:بذلك\s+)?"
                                   r"(?:ال)?(?:عدد|العدد|الحصيله|المجموع)\s+(?:ال)?(?:اجمالي|الكلي|التراكمي|الاجمالي)\s+(?:الي\s+)?\Z")
# «إجمالي عدد الحالات … إلى 87775 حالة»: the running total of the cases
_CASES_TOTAL_BEFORE = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:اجمالي|مجموع|حصيله)\s+(?:عدد\s+)?(?:ال)?(?:حالات|اصابات)(?![^\W\d_])")
# «بلغ عدد حالات الولادة 645 حالة»: the cases named before the number
_ITEM_CASES_BEFORE = re.compile(r"(?<![^\W\d_])حالات\s+(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["item_case"]))
                                + r")(?![^\W\d_])(?:[^\d.؛،,]|(?<!\d)\d{4}(?!\d))*\Z")  # (a year between: «خلال سنة 2017 بلغ»)
# what may stand between a «near only» trigger and its number: «فُقد 15»، «فُقد أثر 15»، «وأسر 9»
_NEAR_GAP = re.compile(r"\s*(?:اثر\s+)?(?:ال)?")
_CASE_START = re.compile(r"(?:" + _alternation(map(L.fold, L.CONTEXT["case"])) + r")\s")
_ABOARD = re.compile(P.NO_LETTER_BEFORE + r"و?(?:" + _alternation(map(L.fold, L.CONTEXT["aboard"])) + r")\s*\Z")
_CONDITION_AFTER = re.compile(r"\s+(?:ب|بال|ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["severity"])) + r"|مستقره)" + _END)
_SEVERITY = re.compile(r"\s+(?:" + _alternation(map(L.fold, L.CONTEXT["severity"])) + ")" + _END)
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
# «فقد 1500 طفل أحد والديهم»: kin lost, not the counted gone missing
_KIN_LOST_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?(?:احد\s+|كلا\s+)?(?:والديهم|والديه|والديها|والديهن|ابويهم|ابويه|"
                             r"امهاتهم|ابائهم|ذويهم|معيلهم|معيليهم|المعيل|ازواجهن|ازواجهم)(?![^\W\d_])")
_JOBS_AFTER = re.compile(r"(?:\s+[^\s\d،,.]+){0,3}?\s+(?:وظائفهم|وظائفهن|وظيفته|وظيفتها|اعمالهم|عملهم|مصدر\s+رزقهم|مناصب)(?![^\W\d_])")
_CROWD_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:" + _alternation(map(L.fold, L.CONTEXT["crowd"])) + r")\s+"
                           + _QUAL_BEFORE_OPT + r"(?:ال)?\Z")  # («وبحضور أكثر من ثلاثمائة شخص»)
# «وشيع جثمانه عصر أمس مئات من محبيه»: the mourners after a funeral's verb, its object and a time
# (not «شيع الآلاف جثامين 5 شهداء»: a figure right after the bodies counts the dead)
_FUNERAL_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:شيع|شيعت|يشيع|تشيع)\s+(?:[^\s\d،,.]+\s+){1,4}?"
                             + _QUAL_BEFORE_OPT + r"\Z")
# «أربعة أفراد من أسرة واحدة، أب وأم وطفلين»: the group's noun phrase, a comma, then its members joined by «و»
# (not «3 أشخاص بتهمة الاعتداء على أسرة، أب وأم وطفلين»: a preposition opens another noun's phrase)
_APPOSED_LIST = re.compile(r"(?:\s+(?!علي\s|الي\s|عن\s|في\s|ب)[^\s\d،,.؛:]+){0,4}?\s*[،,]\s*(?P<list>[^\s\d،,.؛:]+(?:\s+و\s*[^\s\d،,.؛:]+){0,4})\s+و\s*")
_SERVED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?ل?خدمه\s+\Z")  # (a person noun: not «لخدمة 300 مصاب»، «خدمة 911»)
_HEADS = frozenset(("نسمه", "ساكن", "شخص", "مواطن", "فرد", "نسمات"))  # the inhabitants a rate is told per
_SPAN_IN_PASSING = re.compile(r"(?<![^\W\d_])(?:خلال|استمرت|استمر|مده|لمده|طيله|طوال|مدي|مدار)\s+\Z")
_HAD_BEEN = re.compile(r"(?<![^\W\d_])(?:(?:بعد\s+ان|بعدما|بعد\s+ما)\s+(?:كان|كانت|كانوا)(?:\s+[^\s\d،,.]+){0,3}?"
                       r"|قبل\s+ان\s+(?:ترتفع|يرتفع|تصل|يصل|تنخفض|ينخفض|تتراجع|يتراجع)(?:\s+[^\s\d،,.]+)?\s+الي)\s*\Z")
# «9870 مراجعا …، بينهم 312 حالة تسمم»: the event named after a subset's cases is theirs
_SUBSET_CASES_BEFORE = re.compile(r"(?<![^\W\d_])(?:بينهم|منهم|بينها|منها)\s+[\d٠-٩][^\s]*\s+(?:حاله|حالات)\s+\Z")
# «، وخرج آلاف …»: a clause opens on a verb right before the figure (not «، ونحو 400»)
# «خلال مشاركتهم إلى جانب آلاف الفلسطينيين»: alongside others in what they did, not more of them
_TOGETHER_WITH = re.compile(r"(?<![^\W\d_])[وبل]?(?:مشاركه|مشاركتهم|مشاركته|مشاركتها|شارك|شاركوا|يشارك|يشاركون|شاركت|وقفوا|وقف|جنبا)\s*[،,]?\s*\Z")
_PRISON_WORD = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?" + _PRISON)  # (a pardon alone frees some)
# a payment verb right before a bare sum: «سددت الإدارة ما يقارب 38 مليوناً»
_PAID_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?" + _PAY_VERB + r"(?:\s+[^\s\d،,.]+)?\s+" + _APPROX + r"?\Z")
_DIED_OF_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:توفي|توفيت|توفيا|توفوا|وفاه|مصرع|لقي|لقيت|فارق|فارقت|مات|ماتت)(?:\s+(?!و)[^\s،,.]+){0,3}?"
                             r"\s+(?:متاثر|متاثره|متاثرا|متاثرين|متاثرون|متاثرتين|متاثرات)\s+\Z")  # (not «نقل ثلاثة متأثرين بإصابات»; and «وتوفيت ٧ حالات متأثرة بإصاباتها»)
# «فارق اثنان من المصابين الحياة»: the verb and «الحياة» around the figure and its noun
_LEFT_LIFE_BEFORE = re.compile(r"(?<![^\W\d_])(?P<v>[وف]?(?:فارق|فارقت|فارقا|فارقوا|فارقتا))\s+\Z")
_LIFE_AFTER = re.compile(r"\s+(?:[^\s\d،,.]+\s+)?الحياه(?![^\W\d_])")
_COMMUTED_AFTER = re.compile(r"[^\d.،,؛]{0,30}?(?<![^\W\d_])[وفب]?(?:ال)?(?:تحويل|تخفيف|تخفيض|استبدال)\s+(?:ال)?(?:عقوبه|حكم)\s+"
                             r"(?:ال)?اعدام(?![^\W\d_])")
_ONE_VICTIM = frozenset(("ضحيه",))
# a shelter housing those counted: «مراكز إيواء تؤوي أكثر من 298 ألف شخص» (not a camp's residents: «ويؤوي مخيم
# الهول ما يقارب 43 ألف شخص», whom annotators leave people)
_CAMP_HOSTS_BEFORE = re.compile(
    r"(?<![^\W\d_])[وبل]?(?:ال)?(?:ايواء|ملاجئ|ملجا)(?![^\W\d_])[^.،,؛:]{0,60}?(?<![^\W\d_])[وف]?"
    r"(?:تؤوي|يؤوي|تاوي|ياوي|يستضيف|تستضيف)(?:\s+[^\s\d،,.]+)?"
    r"\s+" + _APPROX + r"?\Z")
_BROUGHT_BACK_BEFORE = re.compile(r"(?<![^\W\d_])(?:من\s+)?(?:اعاده|ترحيل)\s+(?:ما\s+مجموعه\s+)?" + _APPROX + r"?\Z")
# the members of families counted before: «يبلغ عدد أفرادها نحو»، «تضم أكثر من»
_EMPTIED_OF = re.compile(r"(?:\s+[^\s\d،,.]+){0,2}\s+من\s+(?:(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|ما\s+يقارب)\s+)?")
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
_TOTAL_RISES = re.compile(r"(?<![^\W\d_])[لوف]?(?:" + _RISE + r"|ارتفعت|ارتفع|وصلت|وصل|بلغ|بلغت)(?![^\W\d_])")
# the rest of a clause up to its first comma, number or stop (a coordinated figure's noun and verb)
_WORDS_TO_CLAUSE_END = re.compile(r"[^،,.؛:\d]{1,80}")
_AND_PERFECT_BEFORE = re.compile(r"[،,]\s*و(?:قد\s+)?(?!(?:نحو|حوالي|قرابه|زهاء|ايضا|كذلك|اكثر|اقل|ازيد|ما|من|بين|بينهم|بينهن|منهم|منهن|في|علي|الي|عن|مع)\s)"
                                 r"(?!ال)[^\W\d_]{2,}\s+\Z")
_AND_VERB_BEFORE = re.compile(r"[،,]\s*[وف][^\W\d_]{2,}\s+\Z")  # «، ونقل طفلان …»: a clause opens on a verb
# the arrest verbs that open a police report's clause: «أوقفت عناصر الشرطة …، مساء أمس، ثلاثة أشخاص»
_ARREST_VERB = re.compile(r"(?<![^\W\d_])[وف]?(?P<v>اوقفت|اوقف|اعتقلت|اعتقل|ضبطت|ضبط|القت\s+القبض\s+علي)\s+(?:[^\s\d،,.]+\s+)?"
                          r"(?:ال)?(?:عناصر|مصالح|مصلحه|الشرطه|شرطه|الدرك|درك|السلطات|سلطات|قوات|الاجهزه|اجهزه|دوريات|فرق|فرقه|رجال|الامن|امن|"
                          r"الجهات|جهات)(?:ها|هم)?|اجهزت(?:ها|هم)"  # «اعتقلت قواتها»، «أوقفت عناصرها»: its own
                          r"(?![^\W\d_])")
# «فيما وصل إلى الجزر اليونانية قرابة 160 ألفاً»: arrivals after a count of migrants
_ARRIVED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:وصل|وصلت|يصل|تصل|وصلوا)(?:\s+[^\s\d،,.]+){0,5}?\s+"
                             r"(?:" + _APPROX + r"|(?:ما\s+)?بين\s+)?\Z")
# («يصل يوميا ما بين 500 و1000 شخص»)
# «استقبلت مستوصفات البعثة أزيد من 20 ألف حالة»: patients seen
_RECEIVED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:استقبلت|استقبل|تستقبل|يستقبل)(?:\s+[^\s\d،,.]+){0,5}?" + _APPROX_TAIL)
# the figure is the subject of «managed to»: what it got through is told after it
_MANAGED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:تمكن|تمكنت|تمكنوا|استطاع|استطاعت|استطاعوا)" + _APPROX_TAIL)
_WERE_BEFORE = re.compile(r"(?<![^\W\d_])(?:كانوا|كانت|كان|كن|كانا|كانتا)\s+\Z")
_NEW_FEM_VERB = re.compile(r"[،,]\s*[وف](?!قد)[^\W\d_]{2,}ت\s+(?:[^\W\d_]+\s+)?\Z")  # «، ونشرت 45 ألفاً»
_DATELINE = re.compile(r"[^\d:.،,\n]{2,40}?:\s+")  # «سبق- مكة المكرمة: »، «كاتماندو - أ ف ب: »
_CASES_OF_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:عدد|اجمالي|حصيله)\s+(?:ال)?حالات\s+")
_AMONG_NAMED = re.compile(r"(?<![^\W\d_])(?:من\s+)?بين\s+(?:ال|لل)[^\W\d_]{3,}\s*\Z")  # «بين المحتجزين 3 أطفال»
# at risk of dying of hunger: the hungry (a risk of death alone kills no one)
_DEATH_RISK_OF_HUNGER = re.compile(r"(?:\s+(?!(?:كانوا|يضم|تضم|يؤوي|تؤوي)(?![^\W\d_]))[^\s\d.،,؛]+){0,7}?\s+(?:معرضون|معرضين|مهددون|مهددين)\s+(?:ل|ب)(?:خطر\s+)?(?:ال)?(?:موت|وفاه)"
                                   r"\s+(?:جوعا|بسبب\s+(?:ال)?(?:جوع|سوء\s+(?:ال)?تغذيه)|من\s+(?:ال)?جوع)")
_HELD_AND_FREE_AFTER = re.compile(r"\s*[،,]?\s*(?:من\s+بينهم|منهم)\s+[^.؛\d]{0,40}?(?<![^\W\d_])و\s*منهم\s+[^.؛\d]{0,30}?"
                                  r"في\s+حاله\s+سراح")
_EVACUATION_WORD = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:اجلاء|اخلاء(?!\s+سبيل))(?![^\W\d_])")  # (not «إخلاء سبيل»: a release)
_SHELTER_HOME = re.compile(r"(?<![^\W\d_])[وبف]?(?:دار|دور)\s+(?:ال)?ايواء")  # a shelter home for runaways
# the victims of an assault: «في الاعتداء بالسلاح الأبيض على ثلاثة شبان»
_ASSAULT_ON_BEFORE = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:اعتداء|هجوم|الاعتداء|الهجوم)(?:\s+[^\s\d،,.]+){0,3}?\s+علي\s+\Z")
_HARM_TO_THEM = re.compile(r"[^.؛\d]{0,60}?(?<![^\W\d_])(?:تسبب|تسببت|خلف|خلفت|ادي|ادت)\s+(?:لهم|لهما|لهن)\s+(?:في\s+|ب)?"
                           r"(?P<h>(?:جروح|اصابات|كسور|حروق|رضوض))(?![^\W\d_])")
# moved to a shelter: «ونقل حوالي 250 شخصا إلى مراكز إيواء مؤقتة»
_MOVED_BEFORE = re.compile(r"(?<![^\W\d_])" + _TAKEN_VERB + r"\s+(?:(?!عن\s)[^\s\d،,.]+\s+){0,3}?(?<!عن\s)" + _QUAL_BEFORE_OPT + r"\Z")  # («ونقلت فرق الدفاع المدني ١٨٠»)
_TO_SHELTER_AFTER = re.compile(r"(?:\s+[^\s\d،,.]+)?\s+(?:الي|نحو)\s+(?:[^\s\d،,.]+\s+)?و?(?:ال)?(?:(?:مراكز|مركز|مساكن|دور)\s+(?:ال)?ايواء|ملاجئ|ملجا|"
                               r"(?:خيام|مخيمات|مخيم)\s+(?:مؤقت[^\W\d_]*|(?:ال)?ايواء))(?![^\W\d_])")  # («إلى مدارس ومساكن إيواء مؤقتة»)
# (not «نقل 1200 حاج إلى مخيمات عرفات»: camps of pilgrims or of summer)
# the buyers of what was sold: «وبيعها لـ ١٤٠ شخصا»
_SOLD_TO_BEFORE = re.compile(r"(?<![^\W\d_])[وفب]?(?:بيع|بيعها|بيعه|بيعهم|باعوا|باع|باعت|تاجير|تاجيرها|تسويق|تسويقها)"
                             r"(?:\s+[^\s\d،,.]+){0,2}?\s+ل\s*\Z")
# screened or sampled: «فحص قرابة 1400 طالب»، «عينة من ٤٢٠٠ طالب»
_TESTED_BEFORE = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:فحص|الكشف\s+علي|عينه\s+من|عينه\s+تضم|عينه\s+شملت|استطلاع\s+اراء)\s+(?:(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|ازيد\s+من|ما\s+يزيد\s+علي)\s+)?\Z")
# «وإخضاع 45 طالبا ومعلما للفحص»: sent for tests
_TESTED_AFTER = re.compile(r"(?:\s+[^\s\d،,.]+){0,2}?\s+(?:ل|لل)(?:فحص|فحوص|فحوصات|تحاليل|تحليل|اختبار|اختبارات)(?![^\W\d_])")
# a cell or gang broken up, then its members: «تفكيك خلية …، تتكون من سبعة عناصر»
_MEMBERS_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + _alternation(map(L.fold, L.CONTEXT["made_of"])) + r")\s+(?:من\s*)?\Z")  # («تضم ستة أشخاص»)
_BROKEN_UP = re.compile(r"(?<![^\W\d_])[وب]?(?:" + _alternation(map(L.fold, L.CONTEXT["broken_up"])) + r")(?![^\W\d_])")
# people an event befell, told without a number: «أصيب آخرون»، «اعتقل العشرات»
_UNNUMBERED_AFTER = re.compile(r"\s+(?:اخرون|اخرين|اخريات|كثيرون|العشرات|المئات|الالاف|عدد\s+من)(?![^\W\d_])")
# «قتل قياديان حوثيان و11 من مرافقيهما»، «42 طفلاً دون سن الثامنة عشرة و27 مواطنة»: a longer noun
# phrase (up to five words, no comma) before «و» and the next head count
_LOOSE_COORDINATION = re.compile(r"(?:[\s«»\"]+" + L_ + r"+){1,6}[«»\"]?(?:(?:\s+|\s*[،,]\s*)و|\s*[،,]?\s*(?:"
                                 r"(?:ب?الاضافه|اضافه)\s+الي|فضلا\s+عن|الي\s+جانب))\s*\(?\s*")
_BREAKDOWN = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:توزعت|توزع|تتوزع|يتوزع|موزعه|موزعين|موزعون)|كالتالي|كالاتي|"
                        r"(?:علي\s+)?النحو\s+(?:التالي|الاتي))(?![^\W\d_])")
_HOST_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:يستضيف|تستضيف|استضافت|استضاف|تاوي|ياوي)\s+(?:[^\W\d_]+\s+){0,3}"
                          r"(?:[^\W\d_]+\s+)?\Z")
# verbs only people do, right before a bare figure: «في حين عاد قرابة مئتي ألف إلى الجانب الأيسر»
_PEOPLE_VERB_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:عاد|عادت|يعود|تعود|غادر|غادرت|يغادر|تظاهر|تظاهرت|احتشد|خرج(?=\s+فيه)|"
                                 r"سافر|هاجر|صوت|اقترع|تجمع|شارك|يشارك|عارض|عارضه|عارضها|امتنع|غاب|حجب|حجبها|ايد|ايده|ايدها|"
                                 r"استدعي|نجح|رسب)\s+(?:[^\s\d،,.]+\s+){0,2}\Z")  # («واستدعي حوالي 150 ألفا للدورة الاستدراكية»)
# «… عن 11 معتقلا»، «عن ما لا يقل عن 40 سجينا»: the object of a release verb told earlier
_FREED_FROM = re.compile(r"(?<![^\W\d_])عن\s+" + _QUAL_BEFORE_OPT + r"\Z")
_RETURNED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?P<v>اعادت|اعاد|سلمت|سلم|تسلمت|تسلم)(?:\s+[^\s\d،,.]+){0,3}\s*\Z")
_MASSACRE = re.compile(r"(?<![^\W\d_])(?:ال)?(?:مجزره|مجازر|مذبحه|مذابح|المجزره|المجازر|المذبحه|الاباده|الاعدامات)(?![^\W\d_])")
_STATE_HOLDER_AFTER = re.compile(r"\s+(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["state_holder"])) + r")(?![^\W\d_])")
_STATE_HOLDER = re.compile(r"(?<![^\W\d_])(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["state_holder"]))
                           + r")(?:\s+[^\s\d،,.]+){0,2}\s*\Z")
# gunmen or a kidnapping told in the sentence: «قراصنة مسلحين اختطفوا …، علما أن بحارين كانا قد احتجزا»
_KIDNAPPERS = re.compile(r"(?<![^\W\d_])[وف]?(?:ال)?(?:قراصنه|مسلحون|مسلحو|خاطفون|خاطفين|اختطف|اختطفوا|اختطفت|خطف|خطفوا|"
                         r"رهائن|رهينه|داعش|ميليشيا|مليشيا|ميليشيات|مليشيات|بوكو|جماعه\s+الحوثي|(?:عصابه|جماعه)\s+مسلحه|تنظيم\s+القاعده|"
                         r"مسلحين\s+(?:هاجموا|اقتحموا|اختطفوا))(?![^\W\d_])")
# (not «القوات المسلحة»، «مجلس الجماعة»، «عصابة» the police broke up: the state holds them)
# the held are the group's own men: «فككت الشرطة عصابة مسلحة … وإن 6 من أفرادها احتجزوا»، «9 من المهاجمين احتجزوا»
_OF_THE_GROUP = re.compile(r"\s+من\s+(?:(?:افراد|عناصر|اعضاء)(?:ها|هم)|(?:ال)?(?:مهاجمين|مسلحين|خاطفين|جناه|قراصنه))(?![^\W\d_])")
# the subject right before a plural «احتجزوا»: «رجال الأمن»، «عناصر الشرطة» (not «أكدت الشرطة أن الجانيين احتجزا»)
_STATE_SUBJECT = re.compile(r"(?<![^\W\d_])(?:ال)?(?:" + _alternation(map(L.fold, L.CONTEXT["state_holder"]))
                            + r"|الامن)(?:\s+[^\W\d_]+)?\s*\Z")
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
_RESIDE_VERB = r"(?:يعيشون|يقيمون|يسكنون|يقطنون|يعيش|تعيش|يقطن|تقطن|يسكن|تسكن|يقيم|تقيم)"  # live somewhere
_LIVING_IN_CAMPS = re.compile(r"\s+" + _RESIDE_VERB + _IN_CAMPS.pattern)
_RESIDE_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:حيث\s+)?" + _RESIDE_VERB + r"(?:\s+(?:فيها|فيه|بها|به))?\s*\Z")
# police custody as Moroccan bulletins tell it (not «الاحتفاظ بستة تحت المراقبة» in a hospital)
_CUSTODY_BEFORE = re.compile(r"(?<![^\W\d_])(?:تم\s+|جري\s+)?الاحتفاظ\s+ب\s*\Z")
_CUSTODY_AFTER = re.compile(r"(?:\s+[^\s\d،,.]+){0,2}?\s+تحت\s+(?:تدبير|الحراسه|الحراسة)")
# «1,081 حالة، منها 474 وفاة»: deaths among the cases, after them
_DEATHS_AMONG_AFTER = re.compile(r"\s*[،,]?\s*(?:من\s+)?(?:منها|بينها|ضمنها)\s+[^\s،,.]+(?:\s+[^\s،,.]+)?"
                                 r"\s+(?:حالات?\s+|حالتي\s+|حالتا\s+)?(?:وفاه|وفيات)(?![^\W\d_])")
_HOSTAGE_TAKERS_BEFORE = re.compile(r"(?<![^\W\d_])(?:ال)?(?:مسلحو|مسلحون|مسلحين\s+مجهولين|خاطفون|الخاطفين|ميليشيا|ميليشيات|مليشيات|عصابه|تنظيم|جماعه\s+مسلحه|"
                                    r"الحوثي|الحوثيين|داعش|حماس|القراصنه|متمردو|متمردون|عناصر\s+مسلحه|مجموعه\s+مسلحه)[^\d،,.]{0,25}\Z")
# «محتجزين منذ ستة أشهر بمركز احتجاز تابع لإحدى الميليشيات»: gunmen hold them, further on in the clause
_ARMED_HOLDER_AFTER = re.compile(r"[^،,.؛:\d]{0,80}?" + _HOSTAGE_TAKERS.pattern)
_THAT_IS_BEFORE = re.compile(r"[،,(]\s*(?:اي|أي)\s*(?:ما\s+)?\Z")
_REACHED_BEFORE = re.compile(r"(?<![^\W\d_])(?:طالت|طاولت|طال|طاول|شملت|شمل)\s*\Z")
# who took part or carried it out: «تمرين لإخلاء مجمع بمشاركة 250 متطوعاً»، «تبادل لإطلاق النار شارك فيه 23
# شرطياً»، «في هجوم نفذه فلسطينيان»
_PARTICIPANTS = re.compile(r"(?<![^\W\d_])(?:و?بمشاركه|[وف]?(?:شارك|شاركت|يشارك|تشارك)(?:\s+(?:فيه|فيها|فيهما))?"
                           r"|[وف]?(?:نفذه|نفذها|نفذهما|شنه|شنها))\s*\Z")
# «عدا حالتين»، «باستثناء 3»: left out of what the verb before did
_EXCEPT_BEFORE = re.compile(r"(?<![^\W\d_])(?:ما\s*عدا|فيما\s+عدا|عدا|باستثناء|ماعدا)\s*\Z")
_BUT_FOR = {"recovered": "infected", "released": "detained"}
# «عبأت خلال الموسم الصيفي 1700 سباح منقذ»: staff deployed or taking part, people whatever the event near
_DEPLOYED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:عبات|عبا|جندت|جند|سخرت|سخر|وظفت|عينت|استنفرت|" + _TAKE_PART + r")"
                              r"(?:\s+[^\s\d،,.]+){0,6}\s+\Z")  # («وشارك في أعمال الإسعاف والإنقاذ أكثر من 4 آلاف»)
# «وعزت ارتفاع عدد الضحايا إلى إقبال المصطافين»: a toll given a cause, not a figure
_ATTRIBUTED_RISE = re.compile(r"(?<![^\W\d_])[وف]?(?:عزا|عزت|يعزو|تعزو|ارجع|ارجعت|يرجع|ترجع)\s+(?:ال)?(?:ارتفاع|تزايد|زياده|انخفاض|تراجع)\s*\Z")
# «…، مؤكدا أن …»: reported speech opens a clause of its own
_REPORTED_CLAUSE = re.compile(r"(?<![^\W\d_])(?:مؤكد|مشير|موضح|مضيف|مبين|لافت)(?:ا|ه)\s+(?:الي\s+)?ان(?![^\W\d_])")
# «رفضت المحكمة ملتمس الدفاع بالإفراج عن 4 متهمين»: a release asked for, not granted
_REQUEST_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:رفض|رفضت|يرفض|ترفض|رفضه|رفضها)(?![^\W\d_])[^\d،,.؛]{0,40}"
                             r"(?<![^\W\d_])(?:[وف]?ب)?(?:الافراج|افراج)\s+عن\s*\Z")
# «…، وقالت الأمم المتحدة إن الزلزال ألحق أضرارا بمنازل نحو 2.8 مليون شخص»: another speaker's report, its own count
# verbs whose bare figure is people, whatever sum came before: «توافد عليه 600 ألفا»، «واستفاد منه نحو 30 ألفا»
_PEOPLE_ACT_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:(?:توافد|توافدت|زار|زاره|زارها|حضر|حضره|هاجر|قصد|قصده|اجبرت|اجبر|استقبل|استقبلت)"
                                r"(?![^\W\d_])(?:\s+[^\s\d،,.؛]+){0,3}"
                                # those who benefited or watched, no subject named: «استفاد منه 30 ألفا»، «تابعها 200 ألفا» (not
                                # «واستفادت منها المدارس القروية 40 مليونا»: the schools got the sum; «وتابع التقرير»: he added)
                                r"|(?:استفاد|استفادت)\s+(?:من(?:ه|ها)|من\s+[^\s\d،,.؛]+)|تابعه|تابعها)(?![^\W\d_])\s+\Z")
# (the verb's own figure: no «بقيمة»، «دفع» between)
# a sum's words right before a bare figure: «استفادت منها الجمعيات بـ 700 ألفا»، «حتى دفع 60 مليونا»
_SUM_WORD_BEFORE = re.compile(r"(?<![^\W\d_])(?:ب(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|ازيد\s+من|اقل\s+من|ما\s+يقارب|ما\s+يناهز)?|"
                              r"(?<!جمهور\s)(?<!حضور\s)(?<!زوار\s)(?<!عدد\s)(?:بلغت|بلغ|تبلغ|يبلغ)|باجمالي|بمجموع|"
                              r"(?:كلف|كلفت|تكلف|تكلفت|بتكلفه|بكلفه)|" + _AMOUNT_WORD + "|" + _PAY_VERB + r")\s*\Z")
# (not «وزاره بالمجمل 150 ألفا»: an adverb; «الورش التي كلفت 200 مليون»: what they cost)
# a breakdown that counts wounds among the cases: the cases were of every kind («، منها 412 حالة ناتجة عن حوادث مرورية»)
_WOUNDS_AMONG_AFTER = re.compile(r"\s*[،,]\s*(?:من\s+)?(?:بينها|منها|ضمنها)\s+\(?\d[^،,.؛]{0,16}?(?:حاله|حالات)\s+(?:ال)?"
                                 r"(?:ناتجه|ناجمه|نتيجه|جراء|بسبب)(?:\s+عن)?\s+(?P<wound>(?:ال)?(?:حوادث|حادث|مشاجرات|حروق|كسور|"
                                 r"اعتداءات|سقوط)(?![^\W\d_]))?")  # (a wound's cause, or another: «ناتجة عن الإجهاد الحراري»)
_TOLL_BREAKDOWN = re.compile(r"(?<![^\W\d_])(?:ل)?وحد(?:ه|ها)\s+(?:[وف]?(?:سجل|سجلت))(?![^\W\d_])")  # («إقليم الحوز وحده سجل 1643»)
_ANOTHER_REPORT = re.compile(r"[،,]\s*و(?:قال|قالت|اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت|ذكر|ذكرت|افاد|افادت)\s+(?:[^\s\d،,.]+\s+){1,4}ان(?![^\W\d_])")
# «رحلات للهجرة السرية … تهجير 150 شخصا»: smuggling abroad, not forced displacement
_SMUGGLED = re.compile(r"(?<![^\W\d_])(?:(?:[وبل]?(?:ال)?|لل)هجره\s+(?:ال)?(?:سريه|غير\s+(?:ال)?(?:شرعيه|نظاميه))|[وبل]?(?:ال)?راغبين\s+في\s+(?:ال)?هجره|"
                       r"قوارب\s+الموت|(?:ال)?حريك|جزر\s+(?:ال)?كناري)(?![^\W\d_])")
_FRAUD = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:نصب|احتيال|الاحتيال|النصب|تزوير|ابتزاز|سرقه|سرقات|سرقتها|نشل|"
                    r"السطو|سطو|استيلاء|استولي|استولت|استولوا|وهميه)(?![^\W\d_])")  # (robbed: «سرقات … استهدفت 12 ضحية»)
_PLACE_BEFORE = re.compile(r"(?<![^\W\d_])(?:في|داخل|ب)\s+(?:[^\s\d]+\s+)?(?:ال)?\Z")  # a place phrase before a word
_SUSPECTED = re.compile(r"(?<![^\W\d_])(?:يشتبه|المشتبه|للاشتباه|مشتبه|المبحوث|مبحوث|"
                        r"[وفبل]?(?:ال|لل)?(?:شريك|شركاء|متهم|متورط|جنا[ةه]|جاني|مطلوب))")
_SUBSET_ASIDE = re.compile(r"^(?:\s+[^\s،,.\d]+){0,3}\s*[،,]\s*(?:من\s+)?(?:بينهم|منهم|بينهن|منهن|ضمنهم|ضمنهن)\s"
                           r"(?:[^،,.]|(?<=\d)[,.](?=\d)){1,80}[،,]")  # («بينهم 1,6 مليون طفل،»: a decimal comma is no end)
_UTILITY = re.compile(r"(?<![^\W\d_])(?:[وبل]?ال|لل|[وبل])?(?:كهرباء|تيار|مياه|انترنت|اتصالات|عداد|عدادات|التزود\s+بالماء|الماء\s+الصالح|"
                      r"الماء\s+الشروب|شبكه\s+الماء|الغاز\s+الطبيعي|الهاتف\s+(?:المحمول|النقال|الثابت))(?![^\W\d_])")
_EXPOSED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:تعرض|تعرضت|يتعرض|تتعرض)\s+(?:[^\W\d_]+\s+)?\Z")
_DISASTER_WORDS = "حريق|حرائق|نيران|سيول|انهيار|فيضان|فيضانات|زلزال"
_DISASTER = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:" + _DISASTER_WORDS + r")(?![^\W\d_])")
# a harm that may «befall» people (طالت): the disasters, and crises, wars, epidemics, famine
_HARM_SUBJECT = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:" + _DISASTER_WORDS + r"|كارثه|ازمه|جفاف|حرب|موجه|اعصار|وباء|عاصفه|مجاعه)"
                           r"(?![^\W\d_])")
# a day between commas, inside a clause: «أفرجت السلطات، أمس، عن»، «، مساء الاثنين الماضي،»
_TIME_ASIDE = re.compile(r"\s*[،,]\s*(?:(?:يوم|مساء|صباح|ليله|فجر|ظهر|عصر)\s+)?(?:امس|اليوم|اول\s+امس|الاثنين|الثلاثاء|الاربعاء"
                         r"|الخميس|الجمعه|السبت|الاحد)(?:\s+(?:الماضي|المنصرم|الفائت))?\s*[،,]")
# («1,1 مليون شخص في غزة، أي نصف السكان، يواجهون»: a place may stand before the aside)
_ASIDE = re.compile(r"^(?:\s+(?:في|ب)\s*[^\s،,.]+(?:\s+[^\s،,.\d]+)?)?\s*[،,]\s*(?:"
                    + _alternation(L.CONTEXT["aside"]) + r")" + P.NO_LETTER_AFTER
                    + r"(?:[^،,.]|(?<=\d)[,.](?=\d)){0,60}[،,]")  # («، بينهم 1,6 مليون طفل،»: a decimal comma is no end)
_PARENT_OF = re.compile(r"(?<![^\W\d_])[وف]?(?:ال)?(?:ام|اب|والده|والد|رب\s+اسره)\s+ل\s*\Z")  # (not «إعادة الأمل أكثر من»)
_OUT_OF_BEFORE = re.compile(r"\s*من\s+(?:بين|اصل)\s*")
# «28 مريضا من أصل 35 أصيبوا بداء التهاب السحايا بالإقليم تماثلوا للشفاء»: the whole's own clause, then the part's verb
_OUT_OF_WHOLE_CLAUSE = re.compile(r"^\s*(?:من\s+(?:بين|اصل)\s+[\d.,٫٬]+\s+(?:[^\W\d_]+\s+)?|ممن\s+)[^\W\d_]{2,}وا(?![^\W\d_])"
                                  r"[^\d.؛:،,]{0,80}?[،,]?\s+(?=(?:تماثلت|تماثلوا|تعافت|تعافوا|شفيت|شفوا|توفيت|توفوا|ماتوا|لقوا|فارقوا|فارقن)(?![^\W\d_])"
                                  r"|(?:غادروا|غادرن|غادرت)\s+(?:ال)?(?:مستشفي|مستشفيات)[^.،,؛]{0,40}?(?:تماثل|تعافي|شفاء))")
# («١٣٠ حالة ممن أصيبوا بالعدوى داخل المستشفى تماثلت للشفاء»: who they were, then what befell them)
_OUT_OF_BEFORE_EVENT = re.compile(r"^\s*من\s+(?:بين|اصل)\s+[\d.,٫٬]+\s+(?!(?:جري|تم|قد)\s)[^\W\d_]+\s+(?=\S)")  # (not «من بين 45 جرى توقيفهم»)
_SUBSET_BEFORE_VERB = re.compile(r"^\s*(?:(?:من\s+)?بينهم|بينهن|منهم)\s+(?:(?!ب(?:زياره|تفقد|مهمه))[^\s،,.]+\s+){1,4}?"
                                 r"(?=[^\W\d_]+وا(?![^\W\d_])|الي\s+(?:" + _HOSPITAL + r"|(?:ال)?(?:قسم|اقسام)(?![^\W\d_]))"
                                 r"(?![^.،,؛\d]{0,40}?(?:تبرع|زياره|لاسعاف|لمساعده|لعياده|لتفقد|حيث)))")
# («نقل 47 شخصا بينهم 12 طفلا إلى المستشفى إثر إصابتهم بتسمم»: where all were taken, then what befell them; not
# «توجه 200 شخص بينهم 30 امرأة إلى المستشفى للتبرع بالدم»: a purpose, no harm of theirs)
_NEGATION_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:لا|لم|لن)\s+\Z")  # «ولم يشمل»
# the count of all cases registered: «عدد الحالات المسجلة»، «إجمالي الإصابات»
_CASES_REGISTERED = re.compile(r"(?<![^\W\d_])(?:عدد|اجمالي|مجموع)\s+(?:(?:ال)?(?:حالات|اصابات)\s+(?:ال)?(?:مسجله|مؤكده)|(?:ال)?اصابات)(?![^\W\d_])")
# «بحوزتهم»، «في حوزته»: what was found on someone, then the figure
_POSSESSION_BEFORE = re.compile(r"(?<![^\W\d_])(?P<p>(?:ب|في\s+)?حوز(?:ته|تها|تهم|تهما|تهن))(?![^\W\d_])[^.،,؛]{0,60}\Z")
_SEIZED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:ال)?(?:ضبط|ضبطت|ضبطوا|حجز|حجزت|حجزوا|عثر|عثرت|عثروا|العثور)(?![^\W\d_])[^.؛\d]{0,30}\Z")
# an adjective of origin after a noun, if any: «طفلا مغربيا»، «امرأة سورية»
_NISBA = r"(?:\s+[^\W\d_]{3,}(?:يه|ي|يا|يين|ات))?"
# a circumstance told after a comma, the figure in it: «، وسط توقعات بوصول عشرات الآلاف»
_AMID = re.compile(r"(?:[،,]\s*(?:وسط|مع|في\s+ظل)|(?<![^\W\d_])وسط)\s+(?:توقعات|توقع|مخاوف|تخوفات|تخوف|تحذيرات|تقديرات|انباء)(?![^\W\d_])")
# a pardon whose words the verb of inclusion takes in: «وشمل العفو الملكي 60 معتقلا»، «شملت قرارات العفو»
_PARDON = re.compile(r"(?<![^\W\d_])(?:ال)?عفو(?![^\W\d_])")
# what says the pardon only cut or commuted a term, a breakdown, or those at liberty
# («شمل العفو 926 نزيلا …، استفاد 24 منهم»، «بتخفيض مدة العقوبة»، «خففت أحكامهم»، «في حالة سراح»)
_TERM_CUT_AFTER = re.compile(r"(?<![^\W\d_])(?:[وب]?(?:ال)?(?:تخفيض|تحويل|تخفيف)|خففت|خفف|استبدلت|استبدل|حاله\s+سراح)(?![^\W\d_])")
_BREAKDOWN_AFTER = re.compile(r"(?<![^\W\d_])(?:منهم|بينهم)(?![^\W\d_])")
# a verb that puts the figure somewhere, the place after: «إيداع أربعة منهم السجن»
_PUT_IN = re.compile(r"(?<![^\W\d_])[وف]?(?:ب|ل)?(?:ايداع|اودع|اودعت|اودعوا|يودع|تودع)\s+\Z")
# the figure, «of those whom», then their verb: «بينهم مئات الآلاف ممن شردهم الزلزال» (not «بينهم 4 أطفال
# أصابتهم شظايا»: what befell them before, the whole's event still theirs)
_WHO_OF_THEM = re.compile(r"\s*ممن\s+")
_AND_WORD = re.compile(P.NO_LETTER_BEFORE + r"(?:" + _AND + r")")
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
_DROWNING = frozenset(map(L.fold, ("غريق", "غريقا", "غرقى", "الغرقى")))  # «إنقاذ 12 غريقا»: drowning, saved
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
_AT_LIBERTY = re.compile(r"\s*(?:[،,]\s*(?=في\s))?(?:[^\W\d_]+\s+){0,3}?(?:في\s+حاله\s+(?:سراح|فرار)|(?:فارين|فارون)|"
                         r"تحت\s+(?:الرقابه|المراقبه)\s+القضائيه"
                         r"(?!\s+من))(?![^\W\d_])")  # (on the run too; «و11 موظفا، في حالة سراح،»: a comma between)
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
_CARE_VERB = r"(?:يتلقون|يتلقين|يخضعون|يتلقي|تتلقي|يتلقيان|تتلقيان|يخضع|تخضع)"  # receive care, being treated
_RECEIVING_CARE = re.compile(r"\s+(?:[^\s\d،,.]+\s+)?" + _CARE_VERB + r"\s+(?:لل|ال)?(?:علاج|علاجات|رعايه)(?![^\W\d_])")
# «يتلقى 14 حاجا العلاج»: the verb of care before the figure, the treatment after it
_RECEIVING_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?" + _CARE_VERB + r"\s+(?:نحو\s+|قرابه\s+|حوالي\s+)?(?:ال)?\Z")
_TREATMENT = re.compile(r"\s+(?:لل|ال)?(?:علاج|علاجات)(?![^\W\d_])")
# «انقلاب شاحنة … يتلقين العلاج»: a cause of wounds (else those treated are the sick)
_INJURY_CAUSE = re.compile(_words("cause", L.CONTEXT["injury_cause"]).pattern + "|" + _WOUNDS.pattern)
# «ونُقل 8 آخرون للعلاج في تركيا»: sent for treatment
_FOR_TREATMENT = re.compile(r"\s+(?:الي\s+\S+\s+)?(?:لتلقي\s+(?:ال)?علاج|للعلاج|لاستكمال\s+(?:ال)?علاج)(?![^\W\d_])")
# the next member of a breakdown that «منهم» opened: a clause of a few words, «، و», a bare figure
_BREAKDOWN_NEXT = re.compile(r"(?:\s+[^\s\d،,.؛:]+){1,12}\s*[،,]\s*و\s*")
# «…، ويعيد إلى الواجهة معاناة 40 ألف عامل»: a comma, «و» and a present-tense verb open a new clause
_NEW_VERB_CLAUSE = re.compile(r"[،,]\s*و(?:(?:ي|ت)[^\W\d_]{3,}|ان|انه|انها)(?![^\W\d_])")
# where the people counted were: «كانوا على متن مركب …» (a singular verb after it is the vessel's)
_WERE_ABOARD = re.compile(r"(?<![^\W\d_])(?:كانوا|كن|كانا|كانتا)\s+(?:علي\s+متن|داخل|بداخل|في|ب)(?![^\W\d_])")
# left prison: «غادر زهاء 60 معتقلا من نشطاء الحراك، صباح اليوم، أسوار السجون» (not «غادر 3 أسرى المستشفى وعادوا إلى السجن»)
_LEFT_BEFORE = re.compile(r"(?<![^\W\d_])(?<!لم\s)(?<!لا\s)(?<!ما\s)(?<!لن\s)[وف]?(?:غادر|غادرت|يغادر|تغادر|خرج|خرجت)\s+"
                          r"(?:(?:زهاء|نحو|حوالي|قرابه|ازيد\s+من|اكثر\s+من|ما\s+يقارب|ما\s+يناهز|ما\s+لا\s+يقل\s+عن)\s+)?\Z")
# (not «خرج 300 سجين إلى ساحة السجن»، «من زنازينهم إلى باحة السجن»، «المعتقلين السابقين … أمام السجن»، «غادر 25 أسيرا
# سجن النقب نحو سجن عوفر»: inside, former, or moved)
_OUT_OF_PRISON_AFTER = re.compile(r"(?:(?!مستشفي|عاد|نقل|سابق|(?<![^\W\d_])(?:(?:الي|نحو|صوب|امام|داخل)\s+(?:ال)?(?:سجن|زنزان|ساحه|باحه)"
                                  r"|(?:ساحه|باحه)\s+(?:ال)?سجن)(?![^\W\d_]))[^.؛]){0,60}?"
                                  r"(?<![^\W\d_])(?:من\s+)?(?:ال)?(?:سجن|سجون|اسوار|(?:مؤسسه|مؤسسات)\s+(?:ال)?سجنيه)(?![^\W\d_])"
                                  r"(?![^.؛]{0,40}?(?<![^\W\d_])(?:الي|نحو|صوب)\s+(?:ال)?(?:سجن|زنزان|(?:باحه|ساحه)\s+(?:ال)?سجن))")
# the charge before a deed: «متهمين بقتل»، «بتهمة الاعتداء على»، «للاشتباه في قتل»
_CHARGED_WITH_BEFORE = re.compile(r"(?<![^\W\d_])(?:(?:ال)?(?:متهم|متهمين|متهمون|متهمان|متهمه|متهمات|متهمتين)|(?:ال)?مشتبه"
                                  r"(?:\s+(?:فيهم|بهم|فيهما|بهما|فيه|به|فيها|بها))?|بتهمه|بتهم|(?:لل|بال)?اشتباه\s+في|(?:ال)?متابع(?:ين|ون|ان|تين)?)\s*\Z")
# the charge after a holding that names its people by a pronoun: «بعد إدانتهم بتزوير وثائق والتستر على 60 عاملا»
# (they were told before; the figures of the charge are not they)
_CHARGE_OF_THEM = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:ادانت|اتهام|متابعت|محاكمت|اعتقال|توقيف|ايقاف|ضبط|علي)(?:هم|هما|هن)"
                             r"\s+ب(?=[^\W\d_]{3,})")  # («بتزوير»، «بتهمة»; not «الذين يتم ضبطهم يوميا … بين 150 و200»)
_THEIR_NUMBER = re.compile(r"(?<![^\W\d_])(?:و(?:عددهم|عددهن|عددها)|(?:تجاوز|يتجاوز|فاق|تخطي|ارتفع|وصل|بلغ)\s+(?:عددهم|عددهن))\s*\Z")
_THEIR_NUMBER_TOLD = re.compile(r"(?<![^\W\d_])(?:عددهم|عددهن)\s+(?:ب|(?:بلغ|يبلغ|وصل|تجاوز|يتجاوز|يفوق|فاق)(?:\s+(?:الي|ال))?)?\s*"
                                r"(?:[^\s\d،,.]+\s+){0,2}?\Z")
_ADVERBIAL_ASIDE = re.compile(r"[،,]\s*(?:منذ|خلال|في\s+اعقاب|اثر|عقب|علي\s+خلفيه|بتنسيق|بالتنسيق|بتعاون|بالتعاون|بدعم|بمساعده)\s"
                              r"[^،,.؛]{3,150}[،,]\s*(?:ما\s+مجموعه\s*|ما\s+مجموعها\s*)?\Z")  # («، بتنسيق مع مصالح …،»)
_LEFT_HOSPITAL_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + _LEFT + r"|[وف]?(?:يغادر|(?P<out>خرج|خرجت|خرجوا)))\s+(?P<of>منهم\s+|منهن\s+)?\Z")
# («وخرجت 30 منهن»، «غادر منهم 567 المستشفيات»)
_FROM_HOSPITAL = re.compile(r"\s*(?:منهم\s+|منهن\s+)?من\s+" + _HOSPITAL)  # «وخروج 17 منهم من المستشفى»
_LEFT_HOSPITAL_AFTER = re.compile(r"\s*(?:منهم\s+|منهن\s+)?(?:غادروا|غادرن|غادر|يغادرون)?\s*" + _HOSPITAL)
_LEFT_BEHIND = re.compile(r"(?<![^\W\d_])[وف]?(?:ترك|تركت|يترك|تاركا|خلف|خلفت)\s+(?:خلفه|خلفها|وراءه|وراءها|وراءهم|خلفهم)\s*\Z")
_ACQUITTED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:برات|برا|تبرئه|براءه|بتبرئه|ببراءه)\s+(?:[^\s\d]+\s+)?\Z")
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
# a search warrant names people still at large: «صدرت مذكرة بحث وطنية في حق شخصين آخرين»
_WANTED_BEFORE = re.compile(r"(?<![^\W\d_])(?:مذكره|مذكرات|مذكرتي|مذكرتا)\s+(?:بحث|توقيف|اعتقال|قبض)"
                            r"(?:\s+(?:وطنيه|دوليه))?\s+(?:في\s+حق|بحق|ضد)\s+(?:[^\s\d]+\s+)?\Z")
_RELATIVES = frozenset(("ذوي", "ذوو", "اهالي"))
_NEED_GAP = re.compile(r"(?:\s+(?!الي|ل\s)[^\s\d،,.]+){0,2}?\s*(?:الي|ل)\s*")  # («يحتاج المشروع إلى 7 آلاف موظف»)
_CONTACTS = frozenset(map(L.fold, L.CONTEXT["contact"]))  # contacts of cases, blood donors: people

_LEFT_WORDS = 8  # words searched to the left for the event that governs a number
_RIGHT_WORDS = 10


# fils are a thousandth of the dinar of the country the text names (Kuwait, Jordan, Bahrain)
_SUBUNIT_BASE = {L.fold(w): "دينار" for w in ("فلس", "فلسا", "فلوس")}
_QIRSH = frozenset(map(L.fold, ("قرش", "قرشا", "قروش")))  # the Egyptian piastre, or the Jordanian with a dinar


@functools.lru_cache(maxsize=None)
def _base_words(base: str, definite: bool = False) -> re.Pattern:
    """The written forms of one currency («ريال، ريالا، ريالات…», and «الريال» when ``definite``) as a pattern."""
    return re.compile(r"(?<![^\W\d_])" + ("(?:ال)?" if definite else "") + "(?:"
                      + _alternation(w for w, b in L.CURRENCY_BASE.items() if b == base) + r")(?![^\W\d_])")
_SUFFERING = re.compile(r"\s*[،,]?\s*(?:[يت]عان(?:ون|ين|ي)|مصابون|مصابين)\s+(?:من\s+)?(?:[^\W\d_]+\s+){0,2}?(?=\S)")
# «3.4 مليون شخص في المملكة يعانون من المرض»: the disease named before in the sentence
_SUFFER_THE_DISEASE = re.compile(r"(?:\s+(?:في|ب)[^\s\d،,.]*(?:\s+[^\s\d،,.]+)?)?\s+[يت]عان(?:ون|ين|ي)\s+(?:من\s+)?"
                                 r"(?:ال)?(?:مرض|داء)(?![^\W\d_])")
# «غادر منهم إلى مكة 410 آلاف حاج، فيما بقي في المدينة المنورة حتى الآن 187 ألفا»: the rest of those counted
_STAYED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:بقي|بقيت|يبقي|تبقي|مكث|يمكث|ظل)(?:\s+[^\s\d،,.؛]+){0,6}\s+\Z")
# «30 عنصرا من الوقاية المدنية»: rescue and medical crews, never those they came for
_RESPONDERS_OF = re.compile(r"\s+من\s+(?:رجال|عناصر|افراد|منتسبي|فرق)\s+(?:ال)?(?:دفاع\s+المدني|وقايه\s+المدنيه|اسعاف|هلال\s+الاحمر|"
                            r"انقاذ)(?![^\W\d_])")
_HOME_TO_FAMILY = re.compile(r"\s+(?:[^\s\d،,.]+\s+)?(?:عادوا|عادو|عدن|رجعوا|عادا)\s+" + _TO_FAMILIES.pattern)
# «دفعت أزيد من 647 ألفا إلى اللجوء»: what drove them, told before the figure
_DROVE_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:دفع|دفعت|يدفع|تدفع|اجبر|اجبرت|يجبر|تجبر|ارغم|ارغمت|اضطر|اضطرت)(?![^\W\d_])[^.،,؛\d]{0,50}\Z")
_RETURNED_HOME = re.compile(r"(?<![^\W\d_])[وف]?(?:عاد|عادت|يعود|تعود|رجع|رجعت)" + _APPROX_TAIL)
_TO_THEIR_HOMES = re.compile(r"\s+(?:منهم\s+)?(?:الي|ل)\s*(?:مناطقهم|ديارهم|منازلهم|بيوتهم|بلداتهم|قراهم|مدنهم|مساكنهم)(?![^\W\d_])")
# «شكايات تقدم بها أزيد من 60 زبونا»: those who filed a complaint, whatever befell the accused
_COMPLAINANTS_BEFORE = re.compile(r"(?<![^\W\d_])(?:ب|ال)?(?:شكايه|شكايات|شكاوي|شكوي|دعوي|دعاوي)\s+(?:[^\s\d،,.]+\s+){0,2}?"
                                  r"(?:تقدم|تقدمت|تقدموا|رفع|رفعت|رفعها|رفعه|قدم|قدمت|قدمها|قدمه|وضع|وضعت|وضعها|وضعه)"
                                  r"(?:\s+(?:بها|به))?" + _APPROX_TAIL)
_TOOK_PART_AFTER = re.compile(r"(?:\s+[^\s\d،,.]+){0,4}?\s+(?:" + _TAKE_PART + r")\s+(?:في|ب)\s*(?:عمليات\s+|عمليه\s+|اعمال\s+)?(?:ال)?"
                              r"(?:اسعاف|انقاذ|اخلاء|اجلاء|اغاثه|بحث|انتشال|اطفاء|اخماد)(?![^\W\d_])")  # the responders
_RESCUERS = frozenset(map(L.fold, L.CONTEXT["rescuer"]))
_RESPONDERS_AFTER = re.compile(r"\s+(?:من\s+|ب)(?:ال)?(?:وقايه\s+المدنيه|دفاع\s+المدني|هلال\s+الاحمر|اسعاف|انقاذ)(?![^\W\d_])")


def weak_trigger(m: re.Match) -> bool:
    """A word that decides only for people with no stronger word: «قضوا» (spent, or died), unless the death is
    told after it: «بينهم 17 طفلا قضوا في الانفجار»."""
    if L.TRIGGERS[m.group("trig")][1] != "weak":
        return False
    return not (m.group("trig") in ("قضي", "قضوا", "قضين") and _DIED_IN.match(m.string, m.end()))


# what one died in: «قضوا في الانفجار»، «قضوا غرقا»
_DIED_IN = re.compile(r"\s+(?:(?:في|جراء|اثر|بسبب|خلال)\s+(?:ال)?(?:انفجار|هجوم|حادث|حريق|غاره|غارات|قصف|زلزال|فيضان|فيضانات|انهيار|"
                      r"تفجير|اشتباكات|غرق|اعتداء|تدافع)|جراء|غرقا|حرقا|اختناقا)(?![^\W\d_])")


_FAMILY = frozenset(("اسره", "عائله"))
# what a suspect is charged with, and the people it names after: «للاشتباه في …»، «بالتستر التجاري على 12 عاملاً»
_SUSPECTED_OF = re.compile(r"(?<![^\W\d_])(?:يشتبه|تشتبه|المشتبه|للاشتباه|مشتبه)(?![^\W\d_])(?:\s+(?:في|ب))?\s*(?:ال)?"
                           r"(?:تورط|ارتكاب|ضلوع|مشارك|علاق)[^\W\d_]*(?:\s+(?:في|ب)\s*(?:ال)?[^\s\d،,.]+)?\s+(?:في|ب|علي)\s*\Z")
# (not «يشتبه في إصابتهم بالكوليرا»: a case; «في تورطهما في النصب على ضحايا»: the crime, then its victims)
# «قتل 7 إرهابيين وتدمير 3 أوكار»، «اعتقلت 12 مطلوبا وداهمت 5 أوكار»: «و» and another act (a verb or
# its noun, no event word) open a new clause; its figure of things is no one killed or held
_OTHER_ACT_JUST_BEFORE = re.compile(r"(?<![^\W\d_])و(?P<w>[^\W\d_]{3,})\s+\Z")
_NOT_AN_ACT = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "كذلك", "ايضا", "اخيرا", "منها", "منهم", "بينهم", "بينها",
                         "عددها", "عددهم", "تقريبا", "اكثر", "اقل", "فوق", "دون", "حتي", "كان", "كانت", "بلغ", "بلغت"}
                        | {_key(w) for w in L.QUALIFIERS})
_CHARGE_WORDS = re.compile(r"(?<![^\W\d_])(?:للاشتباه|بتهمه|بتهم|بالتستر|بالنصب|بالاحتيال|لادانته|لادانتها|لادانتهم|لادانتهما)(?![^\W\d_])")
_GANG_HELD = re.compile(r"(?<![^\W\d_])[وف]?(?P<v>اوقفت|اوقف|اعتقلت|اعتقل|احالت|احال|توقيف|اعتقال|احاله)(?![^\W\d_])"
                        r"(?:(?!(?<![^\W\d_])(?:احد|بعض|زعيم)(?![^\W\d_]))[^.؛\d]){0,150}?"  # (not «اعتقال أحد أفراد شبكة»)
                        r"(?<![^\W\d_])(?:عصابه|شبكه|خليه)(?![^\W\d_])")
_CAPACITY_BEFORE = re.compile(r"(?<![^\W\d_])(?:[لب]?استيعاب|تستوعب|يستوعب|تستوعبان|تتسع\s+ل|يتسع\s+ل|(?:ال)?طاقه\s+(?:ال)?استيعابيه|"
                              r"طاقتها\s+الاستيعابيه|طاقته\s+الاستيعابيه)(?:\s+[^\s\d،,.]+){0,3}?\s*\Z")
_PLACE_LOST = re.compile(r"(?<![^\W\d_])(?:ال)?(?:مدينه|بلده|قريه|منطقه|قبيله|جماعه|مخيم|بلاد|دوار)\s+(?:قد\s+)?\Z")
# the police «toppled» the counted people: «أطاحت دوريات حرس الحدود … بـ23 متسللا» (not «أطاح المدرب بثلاثة لاعبين»)
_TOPPLED_BY_POLICE = re.compile(r"(?<![^\W\d_])[وف]?(?:اطاحت|اطاح|تطيح|يطيح)\s+(?:ال)?(?:دوريات|دوريه|شرطه|امن|مصالح|عناصر|"
                                r"اجهزه|حرس|درك|سلطات|فرق|فرقه|رجال)(?![^\W\d_])[^\d،,.؛:]{0,80}(?<![^\W\d_])ب\s*\Z")
_VERDICT_FOR = re.compile(r"(?<![^\W\d_])[وف]?(?:ال)?(?:حكم|احكام|حكما|احكاما)(?:\s+[^\s\d،,.]+){0,2}\s+(?:في\s+حق|بحق)\s+\Z")
_TAKEN_BEFORE = re.compile(r"(?<![^\W\d_])" + _TAKEN_VERB + r"\s+\Z")
_TO_HOSPITAL_AFTER = re.compile(r"\s*(?:منهم|منهن)?\s+(?:الي|نحو|صوب)\s+" + _HOSPITAL)
_OR_REDUCED = re.compile(r"(?:\s+[^\s\d،,.]+){0,2}?\s+(?:او|و)\s+(?:من\s+)?(?:ال)?(?:تخفيض|تخفيف)(?![^\W\d_])")
_PART_WORDS = "معظم|اغلب|غالبيه|جل|بعض|نصف|ثلث|ربع"  # «معظمهم»، «ثلثهن»: a part of those counted
_MOST_OF_THEM_WERE = re.compile(r"\s*[،,]\s*(?:" + _PART_WORDS + r")(?:هم|هن)\s+من\s")
_RESIDENTS_THEN = re.compile(r"\s+(?:سكان|قاطني|قاطنو|ساكنه|نزلاء|ركاب)(?:\s+[^\s\d،,.]+){1,3}\s+"
                             r"|\s+من\s+(?:ال)?[^\s\d،,.]+\s*[،,]?\s*و?"  # «الفلاحين المتضررين من الجفاف، والبالغ عددهم»: what from
                             # «إخلاء العمارة من قاطنيها البالغ عددهم»: a place emptied of its people
                             r"|\s+(?:ال)?[^\s\d،,.]+(?:\s+[^\s\d،,.]+)?\s+من\s+(?:سكان|قاطني|ساكني|نزلاء|ركاب)(?:ها|ه)\s*[،,]?\s*و?")
# homes and places whose residents an event befell with them: «إجلاء سكان ٩٦ قرية يقطنها نحو ١٢ ألف نسمة»
_DWELLINGS = frozenset(("قريه", "قري", "دوار", "دواوير", "منزل", "منازل", "مسكن", "مساكن", "بيت", "بيوت", "عماره", "بلده", "برج", "ابراج",
                        "بلدات", "مخيم", "مخيمات", "حي", "احياء"))
_OTHERS = frozenset(("اخري", "اخريات", "اخر"))  # «400 أخرى»، «5 آلاف آخر» (not «آخرين»: those are people)
_OF_THEM_ITEMS = re.compile(r"\s+منها" + _END)  # «14 حادثة، 6 منها على يد …»
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
_DEATH_WORD = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:جثه|جثث|جثامين|جثمان|ميتين|متوفين|متوفي|جثتي|جثتين|مصرع|حتف|وفاه|غرقي)")
_IN_HOSPITAL = r"(?:منومه|منوما|منومين|منومون|منوم|ترقد|يرقد|يرقدون|(?:تتلقي|يتلقي|يتلقون)\s+(?:ال)?(?:علاج|علاجات)|(?:تحت|في)\s+" + _ICU + ")"
# «لا تزال 30 حالة منومة»، «ما تزال 6 حالات تحت العناية المركزة»، «لا تزال 50 حالة تتلقى العلاجات بالمستشفيات»
_IN_HOSPITAL_AFTER = re.compile(r"\s+" + _IN_HOSPITAL + r"(?![^\W\d_])")
# a release asked for or bargained over, not done: «مطالبة بالإفراج عن …»، «مقابل إطلاق سراحهم»
_SPAN_PREP_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_SINCE + ("لمده", "مده", "بعد")) + r")\s+\Z")  # «لمدة أسبوعين»
_DEMANDED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:مقابل|مطالبه|مطالبين|مطالبا|طالبت|طالب|تطالب|يطالب|يطالبون|شرط|بشرط|"
                              r"لقاء|مطالب|تشترط|يشترط|اشترطت|اشترط)(?![^\W\d_])(?:\s+[^\s\d،,.؛]+){0,3}?\s+(?:ب|ب?ال)?\Z")
# the kin of those a noun names: «ذوي شهداء فلسطين»، «أسر المعتقلين»، «عائلات المفقودين»
_MEDICAL_HEAD = re.compile(r"\s*(?:ال)?(?:مضاعفات|اعراض|امراض|مرض|داء|اصابات|حالات)\s+")  # «يعانون من مضاعفات داء السكري»
_PART_WORD = re.compile(r"\s*(?:اغلب|معظم|بعض|نصف|ثلث|ربع|غالبيه)(?:هم|هن)(?![^\W\d_])")  # «يعاني أغلبهم من …»: a part of them
_KIN_OF_BEFORE = re.compile(r"(?<![^\W\d_])[وبلف]?(?:ذوي|ذوو|اسر|عائلات|عوائل|اهالي|ابناء|ارامل|ايتام|امهات|زوجات|اقارب)\s+\Z")
# admitted to hospital: «وفاة 11 حاجا …، وتم إيواء 63 حالة بالمستشفيات»، «ونقل 4 حالات إلى المستشفى»: alive
_ADMITTED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:ايواء|تنويم|ادخال|نقل|نقلت)\s+(?:(?:نحو|حوالي|قرابه)\s+)?\Z")
_HOSPITALISED_IN = re.compile(r"\s*(?:(?!مؤقتا\s)[^\s\d،,.]+\s+)?(?:ب|في\s+|الي\s+)" + _HOSPITAL)  # (not «مؤقتا في المستشفى القديم»: housed)
_STILL_AFTER_CASES = re.compile(r"\s+(?:لا|ما)\s+(?:تزال|يزال|زالت|زال|تزالان|يزالان|زالتا|زالا|يزالون|تزلن)\s+(?:تخضع|يخضع|تتلقي|يتلقي|تحت|في|بال|رهن|" + _IN_HOSPITAL + ")")
_NATURAL_DEATHS = re.compile(r"(?<![^\W\d_])(?:[وب]?(?:ال)?(?:استشاره|استشارات)\s+طبيه|لاسباب\s+طبيعيه|وفاه\s+طبيعيه)")
# a state of hunger the counted are in: «يعانون من»، «مهددون بـ»، «يواجهون»
_HUNGER_STATE = re.compile(r"(?<![^\W\d_])[وف]?(?:يعانون|يعاني|تعاني|يعانين|باتوا|مهددون|مهددين|مهدده|معرضون|معرضين|يواجهون|يواجه|تواجه"
                           r"|يتضورون|حافه|يفتقرون|بحاجه|يحتاجون|شفا|خطر|وطاه|يكابدون|يقاسون|يتهددهم|يهددهم|مواجهه|جائعون|جياع)(?![^\W\d_])")
# a turn to another scene after a figure: «، في وقت خرج فيه …» (not «في حين»: often the same count compared)
# «، وسط مخاوف من أن تتخطى 100»: the toll's own verb with no subject of its own, or the toll named
_TOLL_GOES_ON = re.compile(r"(?<![^\W\d_])(?:[وفل]?(?:تتخطي|يتخطي|تتجاوز|يتجاوز|تبلغ|يبلغ|تصل|يصل|ترتفع|يرتفع)\s+(?:الي\s+)?(?:(?:نحو|حوالي|اكثر\s+من)\s+)?\Z"
                           r"|(?:ال)?(?:حصيله|العدد)(?![^\W\d_]))")
_CLAUSE_TURN = re.compile(r"[،,]\s*و?(?:في\s+وقت|وسط)(?![^\W\d_])")
# the object of an active plural verb: those counted did it («احتجزوا رهائن»، «اختطفوا الركاب»)
_PART_OF_NEXT = re.compile(r"\s*[^\s]+(?:\s+(?:الف|الاف|مليون))?\s+(?:منهم|منهن|بينهم)(?![^\W\d_])")
# «إن 4 من المسلحين احتجزوا رهائن»: the doers are named as such
_AGENT_NOUN = re.compile(r"(?:مسلح|خاطف|ارهابي|متطرف|مجهول|عناصر|عصابه|قراصنه|مهاجمين|مهاجمون|انتحاري|ملثم|مقاتل)")
_HOSTAGES_OBJECT = re.compile(r"\s+(?:ال)?(?:رهائن|رهينه|رهينتين|ركاب|مسافرين|مصلين)(?![^\W\d_])")
# one of those counted, by pronoun or by noun: «ولقي أحدهم حتفه»، «ولقي أحد الصيادين حتفه لاحقا»
_ONE_OF_THEM_LATER = re.compile(_ONE_OF_THEM_PRONOUN.pattern + r"|(?<![^\W\d_])(?<!في\s)(?<!من\s)(?<!الي\s)(?<!علي\s)(?<!عن\s)"
                                r"[وف]?(?:احد|احدي)\s+ال[^\W\d_]{3,}")  # (not «تاهوا في إحدى المناطق»: a place)
_PART_IS_SUBJECT = re.compile(r"(?<![^\W\d_])[وف]?[يت][^\W\d_]{2,}\s+(?:(?:اكثر|اقل|ازيد)\s+من\s+|نحو\s+|حوالي\s+|قرابه\s+)?(?:"
                              + _PART_WORDS + r")(?:ها|هم|هن)(?![^\W\d_])")
_PART_OF_THEM = re.compile(r"\s+(?:" + _PART_WORDS + r")(?:ها|هم|هن)(?![^\W\d_])(?!\s+من\s)")  # (not «… معظمهم من رجال الإطفاء»: who they are)
# «340 ألف طفل يعاني ربعهم من سوء التغذية»: a part of them is the subject of the event after
# (a verb right before it: not «50 شخصا، معظمهم من الأطفال، ماتوا جوعا»، «200 فلسطيني في غزة معظمهم أطفال قتلوا»:
# who they are, an aside)
_PART_SUBJECT = re.compile(r"(?<![^\W\d_])(?P<v>[^\W\d_]{2,})\s+(?:" + _PART_WORDS + r")(?:ها|هم|هن)(?![^\W\d_])")
_PAST_VERBS = frozenset(("غادر", "غادرت", "عاد", "عادت", "خرج", "خرجت", "نقل", "نقلت", "تماثل", "تماثلت", "توفي", "توفيت",
                         "فر", "فرت", "تمكن", "تمكنت", "بقي", "بقيت", "ظل", "ظلت", "لقي", "لقيت", "اصيب", "اصيبت"))
_FAMILY_MADE_OF = re.compile(r"(?<![^\W\d_])(?:اسره|عائله)\s+(?:مكونه\s+|تتكون\s+)?من\s+\Z")  # «أسرة مكونة من أربعة أفراد»


def _things_plural(w: str) -> bool:
    """«المفرقعات»: a definite feminine plural the lexicon does not know as people (not «الناشطات»,
    «المتظاهرات»: the feminine of people it knows)."""
    return w.startswith("ال") and w.endswith("ات") and len(w) >= 7 and w not in L.NOUNS and not any(
        stem in L.TRIGGERS or L.NOUNS.get(stem, ("",))[0] == "person" for stem in (w[2:-2], w[2:-2] + "ين", w[2:-2] + "ه"))


_Decision = tuple[Optional[str], Optional[tuple[int, int]]]


class _Scene(NamedTuple):
    """A figure under judgement and what ``category()`` has gathered around it so far."""

    n: _Num
    noun: Optional[_Noun]
    start: int
    end: int
    lo: int
    sent: tuple[int, int]
    prev: Optional[_Draft]
    group: Optional[_Draft]
    kind: Optional[str]  # the noun's kind («person», «item», «trigger:killed» …), None without a noun
    person: bool  # the figure counts people
    lefts: list[re.Match]  # events before the figure in its clause
    adjacent: Optional[re.Match]  # the event right before it, if near enough
    right: Optional[re.Match]  # the first event after it
    subset: object  # a match or True when the figure is a subset of a group («بينهم 20 طفلا»)
    coordinated: bool  # joined to the figure before («بينهم 445 طفلاً و320 امرأة»)


class _Categories(_Document):
    """The rules that name what a figure counts: «قتل 30 شخصاً» killed."""

    def currency_after(self, pos: int, limit: int) -> Optional[re.Match]:
        """The first currency word after ``pos`` in the sentence (found once per text)."""
        if self._currencies is None:
            self._currencies = list(_CURRENCY_ANY.finditer(self.norm))
            self._currency_starts = [m.start() for m in self._currencies]
        k = bisect_right(self._currency_starts, pos)
        if k < len(self._currencies) and self._currencies[k].end() <= limit:
            return self._currencies[k]
        return None

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

    def left_window(self, start: int, floor: int) -> int:
        """Where the search for a governing event starts: a few words back, same clause."""
        words = list(_WORD.finditer(self.norm, max(floor, start - 160), start))
        lo = words[-_LEFT_WORDS].start() if len(words) >= _LEFT_WORDS else max(floor, start - 120)
        for w in words[-_LEFT_WORDS - 3:-_LEFT_WORDS] if len(words) > _LEFT_WORDS else ():
            if (whole := _TRIGGER.match(self.norm, w.start())) is not None and whole.end() > lo \
                    and not _search(r"[،,.؛:]", self.norm[whole.end():start]):
                lo = w.start()  # «عدد ضحايا الغرق بشواطئ الإقليم …»: a phrase the window would cut in two is read whole
                break
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
        stops += [m.end() - 1 for m in _CHARGE_OF_THEM.finditer(self.norm, lo, start)]  # (at «ب»: «بقتل 4 جنود» stays in)
        return max(stops) if stops else lo

    def opening(self, floor: int, start: int) -> int:
        """Where a sentence's words begin, after blanks and a dateline: «سبق- مكة المكرمة: ضبطت …»."""
        pos = floor + len(self.norm[floor:start]) - len(self.norm[floor:start].lstrip())
        dateline = _DATELINE.match(self.norm, pos, start)
        return dateline.end() if dateline else pos

    def clause_start(self, lo: int, start: int) -> int:
        """«لقي شخص مصرعه فيما نقل ثلاثة»: an event before «فيما» is another clause's; so before «، وسط
        توقعات» that no comma closes («غرقاً، وسط توقعات بوصول عشرات الآلاف»; not «قتلت الغارات، وسط تحذيرات
        أممية، 40 مدنيا»)."""
        if self._clause_ends is None:  # where each clause word ends, found once per text
            self._clause_ends = [m.end() for m in _CLAUSE_WORD.finditer(self.norm)]
        k = bisect_right(self._clause_ends, start) - 1
        cut = self._clause_ends[k] if k >= 0 and self._clause_ends[k] > lo else lo
        amid = [m.end() for m in _AMID.finditer(self.norm, max(cut, start - 160), start)
                if not _search(r"[،,]", self.norm[m.end():start]) and (
                    self.norm[m.start()] in "،," or self.claim_number_between(lo, m.start()))]  # (no comma: after a figure
        # told, «لقي 7 مهاجرين حتفهم غرقا وسط توقعات بوصول …»; not «أجلت السلطات وسط مخاوف من فيضانات 5000 شخص»)
        if amid:
            cut = amid[-1]
        return cut

    def people_object_after(self, pos: int, limit: int) -> bool:
        """Does the figure right after ``pos`` count people («قتلوا 5 جنود»), not times («اعتقلوا 4 مرات»)?"""
        k = bisect_right(self._num_starts, pos - 1)
        na = _noun_after(self.norm, self.nums[k].end, limit)
        if na is None:  # («8 مدنيين قتلوا 3 بغارة و5 بقصف»: a breakdown by how, the verb passive)
            return not _rx(r"\s*(?:ب|(?:في|جراء|اثر|بسبب|خلال|منذ)(?![^\W\d_]))").match(self.norm, self.nums[k].end, limit)
        return na.kind == "person" or na.kind.startswith("trigger:")

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
        whole_to = pos + whole.end() if (whole := _OUT_OF_WHOLE_CLAUSE.match(seg)) else -1
        seg = _OUT_OF_WHOLE_CLAUSE.sub(lambda m: " " * len(m.group()), seg)
        seg = _OUT_OF_BEFORE_EVENT.sub(lambda m: " " * len(m.group()), seg)
        # «خمسمئة شخص بين مدني وعسكري قتلوا»: who they were, then the verb of all
        seg = _BETWEEN_KINDS.sub(lambda m: " " * len(m.group()), seg)
        # «45 مليون شخص في 17 بلدا إفريقيا يعانون من انعدام الأمن الغذائي»: where they are, then their verb
        seg = _IN_N_PLACES.sub(lambda m: " " * len(m.group()), seg)
        # «1200 منهم تم تحريرهم»: «of them», then their verb
        seg = _sub(r"^\s*(?:منهم|منهن)(?=\s+(?:تم|جري|قد)?\s*[^\W\d_])", lambda m: " " * len(m.group()), seg)
        cut = _search(r"[.!?؟؛:،,\n]|\d|(?<![^\W\d_])و?(?:بينما|فيما|في\s+حين|بين|منهم|بينهم)(?![^\W\d_])"
                      r"|(?<![^\W\d_])و(?:عدد|اجمالي|حصيله)(?![^\W\d_])"  # («… 282,110 حالات وعدد الوفيات»: the next toll)
                      r"|(?<![^\W\d_])و(?:غادر|غادرت|عاد|عادت|خرج|خرجت|بقي|ظل|تماثل|اكتفي)\s+(?:ال)?(?:باقون|باقين|باقي|بقيه|اخرون)(?![^\W\d_])", seg)  # («وغادر الباقون»: the others')
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
            if aside_from <= m.start("trig") < aside_to or m.start("trig") < most_to or m.start("trig") < whole_to:
                continue  # inside the subset aside: «26 متهما، من بينهم 14 بحالة إيقاف،» (the subset's, not theirs)
            if not self.is_event(m) or m.group("trig") in _NEAR_ONLY:
                continue
            cat, flag = L.TRIGGERS[m.group("trig")]
            prefix = self.norm[m.start():m.start("trig")]
            if m.group("trig").endswith("و") and not prefix and not flag and self.norm[m.end("trig"):m.end()] in ("ه", "ها", "هم", "هن", "هما") \
                    and cat in ("killed", "injured", "captive", "detained") and _search(
                        r"(?<![^\W\d_])[وف]?(?:ان|بان|لان)\s+[^\s\d]*\d[^\s]*(?:\s+[^\s\d،,.]+){1,2}\s*\Z", self.norm[max(0, pos - 50):pos]):
                # (not «من أصل 40 شخصا اختطفوهم»: whom they abducted, a clause on the figure)
                return None  # «إن 12 جنديا اعتقلوهم»: a verb with an object pronoun is active; they did it to others
            if flag == "noun" and self.number_between(pos, m.start()):
                continue  # «… و50 جريحاً»: that noun is the next figure's
            if flag == "noun" and prefix.endswith("لل") and _search(r"(?<![^\W\d_])ل[^\W\d_]{3,}\s+\Z",
                                                                     self.norm[max(pos, m.start() - 14):m.start()]):
                continue  # «توافد أكثر من ألف شخص على بنوك الدم للتبرع للمصابين»: for the wounded, not them
            if self.norm[m.end("trig"):m.end()] in ("ه", "ها"):
                continue  # «كان يحمل 400 شخص لحظة غرقه»: «ه» is the boat, not the people
            if not m.group("trig").endswith(("وا", "ون", "ن", "ا")) and _WERE_ABOARD.search(self.norm, pos, m.start()) \
                    and not _rx(r"\s+(?:جميع|كل|" + _PART_WORDS + r")(?:هم|هن)(?![^\W\d_])").match(self.norm, m.end()):
                # (not «4 أشخاص كانوا داخل المنزل قتل جميعهم»: the verb's subject is they all)
                continue  # «ثمانية كانوا على متن مركب للصيد التقليدي غرق»: the boat sank (a singular verb), told of the boat
            if m.end() == m.end("trig") and m.group("trig").endswith(("وا", "ا")) and not flag \
                    and L.TRIGGERS[m.group("trig")][0] in ("killed", "injured", "captive", "detained") \
                    and not m.group("trig").startswith("اصيب") \
                    and (self.number_right_after(m.end()) and not _PART_OF_NEXT.match(self.norm, m.end())
                         and self.people_object_after(m.end(), limit)
                         or _HOSTAGES_OBJECT.match(self.norm, m.end()) and _AGENT_NOUN.search(self.norm, max(0, pos - 30), m.start())):
                # (not «أصيبوا 3 منهم»: some of them; «اعتقلوا 4 مرات»: how often; «40 عاملا احتجزوا رهائن»: were held)
                return None  # «إن 4 من المسلحين احتجزوا رهائن»، «3 مسلحين قتلوا 5 جنود»: they did it to others
            if flag == "noun" and m.end() == m.end("trig") and self.number_right_after(m.end()) \
                    and not _PART_OF_NEXT.match(self.norm, m.end()):  # (not «12 شخصا مصابين 4 منهم في حالة حرجة»)
                return weak_first  # «نشر نحو 80 جندياً … بعد العثور على جثث 71 مهاجراً»: the next figure's noun
            if _CHARGED_WITH_BEFORE.search(self.norm, max(pos, m.start() - 30), m.start()):
                continue  # «أحالت … شخصين متهمين بقتل حارس ليلي»: the charge against them, not what befell them
            if _PART_OF_THEM.match(self.norm, m.end()) or _PART_IS_SUBJECT.search(self.norm, pos, m.start()):
                # «٦٠٠ ألف نسمة يعاني أكثر من نصفهم من انعدام الأمن الغذائي»: a part is the verb's subject
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

    def _span_of_time(self, num: _Num, limit: int) -> bool:
        """«لمدة أسبوعين»، «منذ 3 أشهر»: a span told with its own preposition, counting no one."""
        return bool(_SPAN_PREP_BEFORE.search(self.norm, max(0, num.start - 8), num.start)) and (
            _noun_kind(num.dual_of)[0].startswith("time:") if num.dual_of is not None else self.time_noun_after(num, (0, limit)))

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
        while k < len(starts) and starts[k] < limit and (self.nums[k].kind == "ordinal" or self._span_of_time(self.nums[k], limit)):
            k += 1  # «إلى مستشفى الحسن الثاني … بعد إصابتهم»: a name's ordinal counts nothing; «لمدة أسبوعين»: a span
        if k < len(starts) and starts[k] < limit:
            hi = min(hi, starts[k])
        if (cw := _CLAUSE_WORD.search(self.norm, end, hi)) is not None:
            hi = cw.start()  # «بينها حالتا وفاة، فيما بلغ عدد الحالات المشتبه بإصابتها»: another clause's pronoun
        if (said := _rx(r"[،,]\s*وان\s").search(self.norm, end, hi)) is not None:
            hi = said.start()  # «92 حالة إصابة، وأن أغلب المصابين غادروا … بعد تماثلهم»: a new subject, its own pronoun
        if (part := self.part_subject(end, hi)) is not None:
            hi = part.start()  # «من أصل 140 حالة إصابة، غادر أغلبها المستشفيات بعد تماثلها للشفاء»: most of them did
        for m in _TRIGGER.finditer(self.norm, end, hi):
            if not self.is_event(m):
                continue
            if m.group("trig").endswith("و") and m.start() == m.start("trig") and _rx(r"(?:\s+[^\s\d،,.؛:]+){0,2}\s+").fullmatch(
                    self.norm, end, m.start()):
                continue  # «إن 12 جنديا اعتقلوهم»: the figure is the verb's subject (trigger_right gives it no event), its pronoun another's
            if m.group()[-2:] in ("هم", "هن") or m.group()[-3:] == "هما" or cases and m.group()[-2:] == "ها" or (
                    " " in m.group("trig") and _match(r"[^\W\d_]{3,}(?:هم|هن)\s", m.group("trig"))):
                return m  # (or a phrase holding the pronoun: «إيصالهم إلى مكان آمن»)
        return None

    def part_subject(self, a: int, b: int) -> Optional[re.Match]:
        """«يعاني ربعهم»، «غادر أغلبها»: a part of those counted, the subject of a verb between ``a`` and ``b``."""
        for m in _PART_SUBJECT.finditer(self.norm, a, b):
            v = m.group("v")
            if m.start() > a and (v in _PAST_VERBS or v[0] in "يت" and len(v) >= 4 and v not in L.NOUNS and not _search(
                    r"(?<![^\W\d_])(?:في|من|علي|الي|ب|ل|داخل)\s+\Z", self.norm[max(a, m.start() - 6):m.start()])):
                return m
        return None

    def done_to_them(self, a: int, limit: int) -> bool:
        """«شمل 829 نزيلا تم الإفراج عنهم»: the figure's own event, told right after it with their pronoun."""
        done = _rx(r"\s+(?:تم|جري)\s+").match(self.norm, a, limit)
        own = _TRIGGER.match(self.norm, done.end(), limit) if done else None
        return own is not None and own.group().endswith(("هم", "هن")) and self.is_event(own)

    def fate_after(self, a: int, limit: int) -> bool:
        """«تمكن 19 منهم من النجاة»، «تمكن آلاف المدنيين من الفرار من المدينة المحاصرة»: what the figure
        managed is an event of its own (saved, freed, healed, or fled from a place)."""
        of = _rx(r"\s+(?:منهم\s+|منهن\s+)?من\s+").match(self.norm, a, limit)
        t = _TRIGGER.match(self.norm, of.end(), limit) if of else None
        if t is None or not self.is_event(t):
            return False
        cat = self.category_of(t, a, limit)
        return cat in ("rescued", "released", "recovered", "evacuated") or cat == "displaced" and _rx(r"\s+من\s").match(
            self.norm, t.end(), limit) is not None

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
        if cat == "detained" and m.group("trig").startswith("احال") and (inq := _rx(
                r"[^.؛:،,]{0,50}?(?<![^\W\d_])(?:الي|علي)\s+(?:ال)?تحقيق(?![^\W\d_])").match(self.norm, m.end())) and not _search(
                r"(?:موقوف|معتقل|اعتقال|محتجز|مشتبه|توقيف|ضبط)", inq.group()):
            return "people"  # «وأحالت 4 من عماله إلى التحقيق»: sent to an inquiry, no one held (r645_050, r659_057)
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
        if cat == "killed" and _EXECUTED.search(self.norm, max(m.end(), end - 200), max(m.end(), end)):  # (bounded: linear)
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
        if cat == "killed" and m.end() <= end and self.norm[m.start():m.start("trig")].endswith(("ب", "بال")) and _rx(
                r"(?<![^\W\d_])(?:ادين|ادينوا|ادانته|ادانتهم|تهمه|اتهامه|اتهامهم|اعترف|اعترفوا|تورطه|تورطهم)\s+\Z").search(
                self.norm, max(0, m.start() - 12), m.start()):
            return "killed"  # «من مواطن أدين بقتل شخصين»: the crime he was convicted of, not a death sentence
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
        if cat == "injured" and not m.group("trig").startswith(("لدغ", "لسع")) and self.disease_near(m.start(), max(m.end(), end), limit):
            return "infected"  # (a sting is a wound, whatever illness is told beside it: «٣١٢ حالة لدغ عقارب و٥٦ حالة ضربات شمس»)
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
                self.norm, max(self.sentence_of(m.start())[0], m.start() - 300), m.start()) or _FRAUD.search(
                self.norm, m.end(), min(len(self.norm), m.end() + 30))):  # («ضحايا شبكة النصب»)
            return "people"  # «عملية نصب واحتيال راح ضحيتها أزيد من 40 مواطنا»: cheated, not killed
        if cat == "detained" and m.group("trig").startswith(("احتجز", "احتجاز", "اقتاد")) and (
                _HOSTAGE_TAKERS.match(self.norm, m.end(), limit)
                or _HOSTAGE_TAKERS_BEFORE.search(self.norm, max(0, m.start() - 40), m.start())):
            return "captive"  # «احتجز مسلحون نحو 170 شخصاً»: held by gunmen, hostages
        if cat == "detained" and "احتجاز" in m.group("trig") and any(
                _HOSTAGE_TAKERS.match(self.norm, held.end(), m.start()) for held in _rx(
                    r"(?<![^\W\d_])(?:محتجزين|محتجزون)(?![^\W\d_])").finditer(
                    self.norm, max(self.sentence_of(m.start())[0], m.start() - 300), m.start())):  # (bounded: linear)
            # «… كانوا محتجزين لدى مجموعة مسلحة …، فيما لا يزال ثلاثة آخرون رهن الاحتجاز»، «محتجزين لدى قراصنة في خليج
            # غينيا …، فيما لا يزال بحاران آخران رهن الاحتجاز»: still hostages
            return "captive"
        if cat == "captive" and "حتجز" in m.group("trig") and not _HOSTAGE_TAKERS.match(self.norm, m.end(), limit) \
                and not _HOSTAGE_TAKERS_BEFORE.search(self.norm, max(0, m.start() - 40), m.start()) \
                and not _ARMED_HOLDER_AFTER.match(self.norm, m.end(), limit) and (
                    m.group("trig").startswith(("محتجز", "المحتجز"))
                    and (dep := self.first_in_sentence(_DEPORTATION, self.sentence_of(m.start())[0])) is not None
                    and dep.start() < limit  # (found once per sentence: linear on a long run of «محتجزة لدى …»)
                    or m.group("trig") in ("تحتجز", "يحتجز", "تحتجزهم")
                    and (_STATE_HOLDER.search(self.norm, max(self.sentence_of(m.start())[0], m.start() - 30), m.start())
                         or _STATE_HOLDER_AFTER.match(self.norm, m.end()))  # («تحتجز السلطات الليبية نحو 4 آلاف مهاجر»)
                    or m.group("trig") in ("احتجزوا", "احتجزا") and (
                        m.start() >= end and (not _KIDNAPPERS.search(self.norm, max(self.sentence_of(m.start())[0], m.start() - 200), m.start())
                                              or _OF_THE_GROUP.match(self.norm, end, m.start()))
                        or _STATE_SUBJECT.search(self.norm, max(0, m.start() - 40), m.start()))):  # «أن عناصر الشرطة احتجزوا 20 شخصا»: the subject
            # («أكثر من 200 شخص احتجزوا بعد المظاهرات»: held, told after them, by the state unless gunmen are named)
            # held by the state, not by gunmen: «لا يزال نحو 1,200 وافد محتجزين في إدارة الإبعاد»،
            # «أن السلطات الإريترية تحتجز ما لا يقل عن 130 صياداً»
            return "detained"
        return cat

    def told_alive(self, group: _Draft, noun: Optional[_Noun], end: int, limit: int) -> bool:
        """A subset of the casualties told alive after it: «حالتان خطيرتان»، «منهم في العناية المركزة»."""
        after = max(end, noun.end) if noun is not None else end
        after = _rx(r"\s*(?:منهم|منهن)?").match(self.norm, after).end()
        return group.category in ("casualties", "killed") and _ALIVE_AFTER.match(self.norm, after, limit) is not None
        # («23 ضحية، بينهم ثلاث عاملات لفظن أنفاسهن …، فيما نقل الباقون، ومن بينهم ست حالات وصفت بالخطيرة»)

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
        """«4 أشخاص «سائق السيارة وامرأتين وطفلة»»: a breakdown in brackets after a count; «جثث أربعة أفراد من
        أسرة واحدة، أب وأم وطفلين»: one set off by a comma, person words joined by «و»."""
        m = _rx(r"\s*[«\"“(]").match(self.norm, group.end, start)
        if m:
            return start - m.end() <= 60 and not _search(r"[»\"”)]", self.norm[m.end():start])
        a = _APPOSED_LIST.fullmatch(self.norm, group.end, start)
        return a is not None and not self.norm.startswith("ال", start) and not _rx(r"[^\W\d_]+(?:هما|ها|هم)(?![^\W\d_])").match(
            self.norm, start) and all(
            _noun_kind(w)[0] == "person" and not w.startswith(("ال", "وال")) for w in _WORD.findall(a.group("list")))
        # (indefinite members: not «أسرة من أربعة أفراد، الأب والأم وطفلاهما»، «أب وأم وطفليهما»: theirs)

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
        for m in reversed(list(_base_words(base, definite=True).finditer(self.norm, floor, pos))):
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
        if prev is not None and prev.sentence == sent and prev.category == "count" and prev.noun is not None \
                and prev.noun[1] <= start and _EMPTIED_OF.fullmatch(norm, prev.noun[1], start):
            # «وأخليت 3 مصانع مجاورة من نحو 200 عامل»: a place emptied of its people, the evacuation's
            t = next((m for m in reversed(list(_TRIGGER.finditer(norm, max(sent[0], prev.start - 60), prev.start)))
                      if self.is_event(m) and not weak_trigger(m)), None)
            return t if t is not None and self.category_of(t, end, limit) == "evacuated" else None
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
                 ) -> _Decision:
        """(category, trigger span) of a head count; ``(None, None)`` when it is no claim.

        The order is the rule, one step per method, the first that decides wins: the
        words around the figure (``by_wording``), a whole or a sum it is part of
        (``by_whole_or_sum``), who its people are to the events around them
        (``by_role``), a noun that names what befell them (``by_event_noun``), cases,
        subsets and tolls (``by_cases``), the event right before it (``by_adjacent``),
        the nearest event in the clause (``by_clause``), then people, or for a figure
        with no person noun what came before it (``by_bare``).
        «أفرجت إسرائيل عن 110 أسرى»: ``by_event_noun`` gives released, the trigger «أفرجت».
        """
        s = self.scene(n, noun, start, end, lo, sent, prev, group)
        for step in (self.by_wording, self.by_whole_or_sum):
            if (decided := step(s)) is not None:
                return decided
        s = self.with_events(s)
        if (decided := self.by_role(s)) is not None:
            return decided
        s = self.with_lists(s)
        if s.kind and s.kind.startswith("trigger:"):
            return self.by_event_noun(s)
        if (decided := self.by_cases(s)) is not None:
            return decided
        if s.adjacent is not None and self.placed_in(s):
            s = s._replace(adjacent=None)
        for step in (self.by_adjacent, self.by_clause):
            if (decided := step(s)) is not None:
                return decided
        if s.person and (freed := self.freed_from_before(s.start, s.sent[0], max(self.clause_start(s.sent[0], s.start), s.start - 60),
                                                         words=4)) is not None:
            return "released", freed.span()  # «بعدما أفرج الخاطفون، الأسبوع الماضي، عن اثنين من رفاقهم»
        if s.person and (shared := self.shared_event_after(s.n, s.noun, s.sent[1])) is not None:
            return self.category_of(shared, s.end, s.sent[1]), shared.span()
        if s.person and _ASSAULT_ON_BEFORE.search(self.norm, max(s.sent[0], s.start - 60), s.start) and (
                hurt := _HARM_TO_THEM.match(self.norm, s.end, s.sent[1])) is not None:
            return "injured", hurt.span("h")  # «الاعتداء بالسلاح الأبيض على ثلاثة شبان …، ما تسبب لهم في جروح بليغة»: the victims
        if s.person:
            return "people", None
        return self.by_bare(s)

    def term_cut_after(self, pos: int, limit: int) -> bool:
        """The pardon told after the figure only cut or commuted its term («300 سجين بتخفيض مدة العقوبة»،
        «…، استفادوا من تخفيض مدة العقوبة»، «14 معتقلاً محكومين بالإعدام، تم تحويل عقوبتهم»), or a breakdown
        follows («926 نزيلا …، استفاد 24 منهم»); not another group's cut («300 سجين، فيما خففت أحكام 200
        آخرين»، «…، وتخفيف العقوبة لفائدة 200 آخرين»: a clause word or another figure near it)."""
        hi = min(limit, pos + 70)
        if _BREAKDOWN_AFTER.search(self.norm, pos, hi):
            return True
        for cut in _TERM_CUT_AFTER.finditer(self.norm, pos, hi):
            if not _search(r"\d|(?<![^\W\d_])(?:فيما|بينما|في\s+حين|كما|اخرين|الباقين|البقيه|جانب|اضافه|فضلا)(?![^\W\d_])",
                           self.norm[pos:min(limit, cut.end() + 30)]):
                return True
        return False

    def shared_event_after(self, n: _Num, noun: Optional[_Noun], limit: int) -> Optional[re.Match]:
        """«ما تزال نحو 280 امرأة و391 طفلا محتجزين»: the event after a pair of counts joined by «و» is both's."""
        k = bisect_right(self._num_starts, n.start)
        if k >= len(self.nums) or noun is None or noun.start < n.end:
            return None
        nx = self.nums[k]
        if nx.start >= limit or not _rx(_NISBA + r"\s+و\s*").fullmatch(self.norm, noun.end, nx.start):
            return None  # («280 امرأة مغربية و391 طفلا»: an adjective of the first noun between)
        w = _rx(r"\s+[^\W\d_]+" + _NISBA + r"\s+(?P<still>(?:ما|لا)\s+(?:يزالون|تزال|يزلن|زالوا)\s+|كانوا\s+)?").match(
            self.norm, nx.end, limit)  # (the second count's noun and its adjective, and «ما يزالون محتجزين»: still held)
        t = _TRIGGER.match(self.norm, w.end(), limit) if w is not None else None
        if t is None or not self.is_event(t) or weak_trigger(t):
            return None
        if L.TRIGGERS[t.group("trig")][1] == "noun" and not w.group("still") and not _STILL_BEFORE.search(
                self.norm, max(0, n.start - 24), n.start):
            return None  # a state noun may be the second's alone: «150 حاجا و3 مرضى مصابين بالكوليرا»
        return t

    def toll_category(self, t: re.Match, end: int, limit: int) -> str:
        """The category a toll's subject gives: «ارتفع عدد ضحايا التسمم الغذائي … إلى 63 شخصا» are the poisoned, infected."""
        c = self.category_of(t, end, limit)
        if c == "casualties" and (d := _DISEASE.match(self.norm, t.end() + 1, limit)) and self.norm[t.end():t.end() + 1] == " " \
                and "تسمم" in d.group():  # (not «ضحايا كورونا»: the dead)
            return "infected"
        return c

    def own_event_after(self, group: Optional[_Draft], right: Optional[re.Match], noun: Optional[_Noun], end: int,
                        limit: int) -> bool:
        """A part of a plain head count whose own event follows it, only «منهم/في» between: a verb («من بينهم 862
        نزيلا أطلق سراحهم») or a state of harm («ونقل ثمانية منهم في حالة حرجة»), not a ward («بينهم 30 في قسم
        الحالات الحرجة»)."""
        if group is None or group.category != "people" or right is None or weak_trigger(right) \
                or self.norm[right.start():right.start("trig")].endswith(("ال", "لل")) \
                or not _OWN_EVENT_GAP.fullmatch(self.norm, max(end, noun.end) if noun is not None else end, right.start()):
            return False
        return L.TRIGGERS[right.group("trig")][1] != "noun" and noun is not None \
            or self.category_of(right, end, limit) in ("injured", "infected", "killed")

    def freed_from_before(self, start: int, floor: int, since: int, words: int = 99) -> Optional[re.Match]:
        """«أفرج … عن N»: a release verb (searched from ``since``) before the figure's «عن», at most ``words``
        words (its subject, a time) between."""
        fr = _FREED_FROM.search(self.norm, max(floor, start - 30), start)
        if fr is None:
            return None
        verb = next((m for m in reversed(list(_TRIGGER.finditer(self.norm, since, start)))
                     if m.group("trig").startswith("افرج") and self.is_event(m)), None)
        if verb is None or self.claim_number_between(verb.end(), start) and not _rx(
                r"\s+(?:خلال|منذ|طيله|طوال)\s+(?:ال)?[^\s\d،,.]+(?:\s+(?:ال)?[^\s\d،,.]+)?\s*").fullmatch(self.norm, verb.end(), fr.start()) or _search(
                r"(?<![^\W\d_])(?:عن(?:ه|ها|هم|هما|هن)?|[وبل]?(?:ال)?افراج)(?![^\W\d_])", self.norm[verb.end():fr.start()]) \
                or len(_WORD.findall(self.norm, verb.end(), fr.start())) > words:
            return None  # (not «وكشف محاميه عن 11 معتقلا»، «وأفرجت عنه الشرطة …، ثم تحدث عن اثنين»: another «عن»;
            # but «أفرج خلال الشهرين الماضيين عن ١٤٢ موقوفاً»: a span of time told between)
        return verb

    def scene(self, n: _Num, noun: Optional[_Noun], start: int, end: int, lo: int,
              sent: tuple[int, int], prev: Optional[_Draft], group: Optional[_Draft]) -> _Scene:
        """The figure under judgement, with what its noun says: «مصرع 3 من أسرة واحدة» are members, people."""
        kind = noun.kind if noun else None
        if kind == "known_item" and noun is not None and noun.partitive and noun.key in _FAMILY:
            kind = "person"  # «مصرع 3 من أسرة واحدة»: members of a family (not «من الأسر»: families)
        if noun is not None and noun.partitive and noun.key.removeprefix("ال") in ("دول", "بلدان", "جنسيات", "دوله", "بلد") \
                and (sb := _SUBSET_BEFORE.search(self.norm, max(sent[0], start - 20), start)) and _search(r"(?:هم|هن)\s*\Z", sb.group()):
            kind = "person"  # «وأوقفت 46 مرشحا، من بينهم سبعة من دول إفريقيا»: people from those countries (not «من بينها»)
        person = kind == "person" or (kind or "").startswith("trigger:") or bool(noun and noun.partitive)
        if person and kind == "item" and noun.partitive and noun.key not in L.NOUNS and noun.key.endswith("ات") \
                and not noun.key.startswith(("م", "الم")):
            person = False  # «4 من الخروقات»: some of the things, not people (but «3 من المتظاهرات»)
        if person and kind == "item" and noun.partitive and noun.key not in L.NOUNS and _fullmatch(
                r"(?:ال)?(?!جماهير|تلاميذ|اساتيذ|مشاهير|دراويش|مساكين|سلاطين|صعاليك|تلاميذ)[^\W\d_]{2}ا[^\W\d_]ي[^\W\d_](?<!ين)(?<!ون)", noun.key):
            person = False  # «آلاف من الفواتير»، «عشرات من الصواريخ»: a broken plural of things (فعاليل)
        if person and kind == "item" and noun.partitive and _ANIMALS.fullmatch(noun.key):
            person = False  # «نفقت مئات الآلاف من الدواجن»: animals
        return _Scene(n, noun, start, end, lo, sent, prev, group, kind, person, [], None, None, None, False)

    def by_wording(self, s: _Scene) -> Optional[_Decision]:
        """What the words around the figure say before any event is weighed.

        «حيث يعيش نحو 300 ألف شخص» are residents (people); «إيواء 140 شخصا» are displaced;
        «بمشاركة 250 متطوعاً» took part; «البالغ عددهم» counts those named before it.
        """
        n, noun, start, end, lo, sent, prev, group, kind, person, lefts, adjacent, right, subset, coordinated = s
        norm, (floor, limit) = self.norm, sent
        if noun is not None and not noun.partitive and noun.key.startswith("مرافق") and _search(
                r"\d\s+[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?\s+و\s*\Z", norm[max(floor, start - 40):start]) and (
                ts := [t for t in _TRIGGER.finditer(norm, floor, start) if self.is_event(t)]) and all(
                L.TRIGGERS[t.group("trig")][1] == "noun" and t.start() >= start - 40 for t in ts) \
                and not _search(r"(?<![^\W\d_])(?:بينهم|منهم|بينها|منها)(?![^\W\d_])", norm[max(floor, start - 60):start]):
            # (not «إجلاء 22 مريضا و44 مرافقا»: the event of all; «بينهم … 24 مريضا و4 مرافقين»: of the toll)
            return "people", None  # «استقبل المعبر 23 مصابا فلسطينيا و19 مرافقا»: those who came with the wounded
        if kind in ("item", None) and "حوز" in norm[max(floor, start - 80):start] and (pos := _POSSESSION_BEFORE.search(
                norm, max(floor, start - 80), start)) and _SEIZED_BEFORE.search(norm, max(floor, pos.start() - 40), pos.start()) \
                and not any(self.is_event(t) and not weak_trigger(t) for t in _TRIGGER.finditer(norm, pos.end("p"), start)):
            return "count", None  # «وضبط بحوزتهم ما يزيد على 3 أطنان من النحاس و17 بكرة كابلات»: things found on them
        # (each check below looks for its key word first: these run for every person figure)
        if person and noun is not None and ("معرض" in (after := norm[noun.end:noun.end + 120]) or "مهدد" in after) \
                and _DEATH_RISK_OF_HUNGER.match(norm, noun.end, limit) and not any(
                self.is_event(t) and not weak_trigger(t) for t in _TRIGGER.finditer(norm, max(floor, start - 30), start)):
            # (not «وتوفي 12 طفلا كانوا معرضين لخطر الموت بسبب سوء التغذية»: they died)
            return "starving", None  # «1,4 مليون طفل في الصومال … معرضون لخطر الموت بسبب سوء التغذية الحاد»
        if person and (moved := _search(r"(?<![^\W\d_])(?:من\s+)?(?P<v>ترحيل|اعاده|نقل)\s+(?:(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|ازيد\s+من)\s+)?\Z",
                                        norm[max(floor, start - 24):start])) \
                and (moved.group("v") != "نقل" or kind == "person" and not _search(
                    r"مستشفي|مستشفيات|مستعجلات|مصحه|مستوصف|علاج|خيام|مخيم|مراكز\s+صحيه|اسعاف|هلال", norm[end:min(limit, end + 80)])
                     and not any(self.is_event(t) for t in _TRIGGER.finditer(norm, end, min(limit, end + 25)))) \
                and "اجلاء" in norm[max(floor, start - 160):start] and _rx(r"(?<![^\W\d_])[وبل]?(?:ال)?اجلاء(?![^\W\d_])").search(
                    norm, max(floor, start - 160), start):  # (not «إخلاء مخيم المهاجرين … عن ترحيل 120 مهاجرا»: deported)
            return "evacuated", None  # «عملية إجلاء المواطنين … مكنت من ترحيل 245 مغربيا»: brought home out of harm's way
            # («إجلاء 1200 مواطن …، إضافة إلى نقل 86 من رعايا دول شقيقة»; not «فيما نقل شخصان إلى مستشفى»: the hurt)
        if person and noun is not None and "سراح" in norm[noun.end:noun.end + 100] and _HELD_AND_FREE_AFTER.match(norm, noun.end, limit) and not any(
                L.TRIGGERS[t.group("trig")][0] == "detained" and L.TRIGGERS[t.group("trig")][1] != "noun" and self.is_event(t)
                and not _search(r"[؛]|(?<![^\W\d_])(?:فيما|بينما|حين)(?![^\W\d_])", norm[t.end():start])
                and (len(_WORD.findall(norm, t.end(), start)) <= 2
                     or not _rx(r"(?<![^\W\d_])[وف]?(?:بعد|عقب|اثر|قبل)\s+\Z").search(norm, max(floor, t.start() - 8), t.start()))
                for t in _TRIGGER.finditer(norm, max(floor, start - 60), start)):
            # (not «أوقفت الشرطة 15 شخصا، منهم …»، «وعلى إثر توقيف 15 شخصا، منهم …»: all held; but an arrest told as past
            # with its own object, «وبعد توقيف المتهم الرئيسي، توبع …», or in another clause, «…، فيما توبع», is another's)
            return "people", None  # «عفوه السامي على 1178 شخصا، منهم المعتقلون ومنهم الموجودون في حالة سراح»: both kinds
        if kind == "person" and "نقل" in norm[max(floor, start - 50):start] and _MOVED_BEFORE.search(norm, max(floor, start - 50), start) \
                and _TO_SHELTER_AFTER.match(norm, noun.end, limit) \
                and not noun.key.startswith(("مهاجر", "المهاجر")):  # (not «نقل عشرات المهاجرين إلى مركز الإيواء»: migrants held)
            return "evacuated", None  # «إجلاء 70 أسرة …، ونقل حوالي 250 شخصا إلى مراكز إيواء مؤقتة»: moved out of harm's way
        if kind == "person" and _SOLD_TO_BEFORE.search(norm, max(floor, start - 30), start) and not any(
                self.is_event(t) and not (_search(r"(?<![^\W\d_])(?:قبل|بعد)(?![^\W\d_])", norm[noun.end:t.start()])
                                          and L.TRIGGERS[t.group("trig")][0] in ("detained", "captive"))
                for t in _TRIGGER.finditer(norm, noun.end, min(limit, noun.end + 25))):
            # (but «ببيع شقق وهمية لـ 200 شخص قبل أن يتم توقيفهم»: the sellers' arrest)
            # (not «بيع وجبات فاسدة لـ 40 شخصا في إصابتهم بتسمم»: what befell them)
            return "people", None  # «بعد إدانتهم بتزوير تصاريح الحج وبيعها لـ ١٤٠ شخصا»: the buyers, not the convicted
        if person and noun is not None and noun.key in ("اخرين", "اخرون") and (freed := next((
                t for t in reversed(list(_TRIGGER.finditer(norm, max(floor, start - 60), start)))
                if L.TRIGGERS[t.group("trig")][0] == "released"), None)) is not None \
                and _REFUSED.search(norm, max(floor, freed.start() - 40), freed.start()) \
                and not self.claim_number_between(freed.end(), start) and not _TRIGGER.search(norm, freed.end(), start):
            # (only the others whose release was asked: not «رفضت المحكمة الإفراج عن المتهم الذي قتل 3 أشخاص»)
            return "detained", None  # «رفضت الهيئة طلبات السراح المؤقت التي تقدم بها دفاع ثمانية آخرين»: still held
        if kind == "person" and _SERVED_BEFORE.search(norm, max(floor, start - 16), start):
            return "people", None  # «إضافة إلى ٢٢ طائرة للإسناد والإخلاء الطبي، لخدمة ما يقارب مليوني حاج»: those served
        if noun is not None and noun.key in _HEADS and _rx(r"(?<![^\W\d_])(?:لكل|عن\s+كل|من\s+كل)\s+\Z").search(norm, max(floor, start - 8), start):
            return "people", None  # «حوالي 240 سجينا لكل 100 ألف نسمة»: the inhabitants a rate is counted per
        if (noun is None or kind == "person" or kind in ("trigger:detained", "trigger:captive")) \
                and (rises := _BARE_COUNT_RISES.search(norm, max(floor, start - 40), start)) and (told := next(
                    (d for d in reversed(self._recent_people) if d.sentence == sent and (
                        d.category in ("killed", "casualties") or "الحصيله" not in rises.group())), None)) is not None \
                and told.category in _PERSON_CATEGORIES and told.category != "people" \
                and (noun is None or noun.key in _ANY_PERSON or told.noun is not None
                     and norm[told.noun[0]:told.noun[0] + 3] == norm[noun.start:noun.start + 3]) \
                and not (rises.group("their") and told.category in ("killed", "injured", "casualties", "missing")):
            # (not «اعتقلت الشرطة 30 شخصا، ويتوقع المنظمون أن يصل العدد إلى 10 آلاف متظاهر»: another noun, others;
            # «لقي 41 مهاجرا حتفهم، بعدما كان عددهم 120»: the group the dead were of)
            # «بلغ عدد المفرج عنهم ٢٦٠٠ سجين، متوقعاً أن يرتفع العدد إلى أكثر من ٣ آلاف سجين»، «… 41 لاجئا …، بعدما كان
            # عددهم عند وصولهم يناهز 55 شخصا»: the last head count told (the last toll of the dead for «الحصيلة»)
            return told.category, told.trigger
        if (kind == "person" or noun is None) and _CUSTODY_BEFORE.search(norm, max(floor, start - 20), start) \
                and _CUSTODY_AFTER.match(norm, max(end, noun.end) if noun else end, limit):
            return "detained", None  # «جرى الاحتفاظ بـ 1.021 قاصرا تحت تدبير المراقبة»: police custody
        if kind == "person" and _LIVING_IN_CAMPS.match(norm, noun.end, limit) and not _rx(
                r"(?<![^\W\d_])[وف]?(?:كان|كانت|كانوا)(?:\s+[^\s\d]+){0,2}\s*\Z").search(norm, max(floor, start - 24), start):
            # (not «وكان نحو 160 ألف فلسطيني يقيمون في المخيم قبل اندلاع الأزمة»: residents then)
            return "displaced", None  # «فيما لا يزال ملايين السوريين يعيشون في مخيمات دول الجوار»: without a home
        if (kind == "person" or noun is None) and not _OF_THEM_AFTER.match(norm, n.end, limit) and _RESIDE_BEFORE.search(
                norm, max(floor, start - 16), start) \
                and self.trigger_right(max(end, noun.end) if noun else end, limit) is None:
            if _IN_CAMPS.match(norm, max(end, noun.end) if noun else end, limit):
                return "displaced", None  # «ويعيش نحو 1.9 مليون شخص في خيام ومساكن مؤقتة»: without a home
            if noun is None and prev is not None and prev.sentence == sent and prev.category == "displaced":
                return "displaced", prev.trigger  # «4 ملايين لاجئ، بينهم 1.9 مليون في تركيا …، فيما يعيش قرابة 630 ألفاً في الأردن»
            return "people", None  # «المجاعة وشيكة في المحافظتين حيث يعيش نحو 300 ألف شخص»: residents
        if noun is None and n.value is None and _rx(r"\s+(?:ال)?اخري(?![^\W\d_])").match(norm, n.end, limit):
            return "count", None  # «أغلقت 1700 مسجد …، فيما تتواصل أشغال ترميم المئات الأخرى»: «أخرى» agrees with things
        if (noun is not None and noun.key.startswith("مشترك") or noun is None and _rx(r"(?<![^\W\d_])عدد\s+(?:ال)?مشتركين(?![^\W\d_])").search(
                norm, max(floor, start - 80), start)) and _UTILITY.search(norm, norm.rfind("\n", 0, floor) + 1, limit):
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
        if kind == "person" and "ايواء" in norm[max(floor, start - 24):n.start] and _ADMITTED_BEFORE.search(norm, max(floor, start - 24), start) \
                and _HOSPITALISED_IN.match(norm, noun.end, limit) and self.harm_told(start) & {"killed", "injured", "casualties"} \
                and noun.key not in ("حاله", "حالات") and not self.about_disease(floor) and not _search(r"مرض|امراض", norm[floor:limit]):
            # (not «وفاة 11 حاجا …، أغلبهم … يعانون من أمراض مزمنة، …، وتم إيواء 63 حالة بالمستشفيات»: the sick)
            return "injured", None  # «وتوفي 4 أشخاص وتم إيواء 12 آخرين بمستوصف الجماعة»: the hurt, admitted
        if (kind == "person" or noun is None and _rx(r"\s+(?:منهم|منهن)(?![^\W\d_])").match(norm, n.end, limit)) and _search(
                r"(?<![^\W\d_])[وبل]?ايواء\s+(?:(?:ما\s+)?(?:يقارب|يناهز|نحو|حوالي|قرابه|زهاء)\s+)?\Z",
                                        norm[max(floor, start - 24):n.start]) \
                and not (noun is not None and _DEPORTATION.match(norm, noun.start, noun.end)) \
                and not self.sentence_has(_SHELTER_HOME, floor) \
                and not _HOSPITALISED_IN.match(norm, noun.end if noun else end, limit) \
                and not ((of := _rx(r"\s+من\s+").match(norm, noun.end if noun else end, limit)) and (t := _TRIGGER.match(norm, of.end(), limit))
                         and L.TRIGGERS[t.group("trig")][1] == "noun"):  # («إيواء 212 شخصاً من المتضررين»: who they are)
            # (a shelter home for runaways; «تم إيواء 63 حالة بالمستشفيات»: admitted to hospital, not out of their homes)
            if (ev := self.first_in_sentence(_EVACUATION_WORD, floor)) is not None and ev.start() < n.start:
                return "evacuated", None  # «لإجلاء قاطني عمارة آيلة للسقوط …، وتم إيواء 62 شخصا»: the evacuated, housed
            return "displaced", None  # «إيواء 140 شخصا في شقق مفروشة»، «تم إيواء ٣٤٠ منهم»: sheltered, out of their homes
        if (kind == "person" or noun is None or kind.startswith("trigger:")) and "تحول" in norm[end:end + 60] and (turned := _TURNED_INTO.match(
                norm, max(end, noun.end) if noun is not None else end, limit)) and (
                t := _TRIGGER.match(norm, turned.end(), limit)) is not None and self.is_event(t):
            return self.category_of(t, end, limit), t.span()  # «1,129 حالة اعتقال … تحولت إلى اختفاء قسري»
        if (kind == "person" or noun is None) and "مخالط" in norm[max(floor, start - 120):start] and _CONTACTS_TOLD.search(
                norm, max(floor, start - 120), start):
            return "people", None  # «عدد المخالطين لحالات كورونا … بلغ 780 شخصاً»: contacts, not cases
        if noun is not None and "عفو" in norm[max(floor, start - 40):start] and (
                inc := _INCLUDED_BEFORE.search(norm, max(floor, start - 40), start)) and _PARDON.search(inc.group()) \
                and not _NEGATION_BEFORE.search(norm, max(floor, inc.start() - 6), inc.start()) and (
                t := _TRIGGER.match(norm, noun.start, limit)) is not None and L.TRIGGERS[t.group("trig")] == ("detained", "noun") \
                and not norm.startswith(("نزيل", "نزلاء"), noun.start) and not self.term_cut_after(noun.end, limit):
            # (not «ولم يشمل العفو 12 معتقلا»; not «شمل العفو 14 معتقلاً محكومين بالإعدام، تم تحويل عقوبتهم»; nor the
            # ministry's «شمل العفو 870 نزيلا بمختلف المؤسسات السجنية», most of whom only have their term cut)
            return "released", None  # «وشمل العفو 60 معتقلا»، «ويشمل العفو الملكي نحو 3 آلاف سجين»: the pardon frees them
        if (kind == "person" or noun is None) and ("شمل" in (w40 := norm[max(floor, start - 40):start]) or "طال" in w40) and (
                inc := _INCLUDED_BEFORE.search(norm, max(floor, start - 40), start)) and (
                ev := [t for t in _TRIGGER.finditer(norm, max(floor, inc.start() - 90), inc.start())
                       if norm[t.start():t.start("trig")].endswith("ال") and not weak_trigger(t) and self.is_event(t)]) \
                and not self.claim_number_between(ev[-1].end(), start) and not any(
                    self.is_event(t) for t in _TRIGGER.finditer(norm, inc.start(), start)) \
                and not self.done_to_them(max(end, noun.end) if noun else end, limit):  # («شمل العفو بالإفراج 812 نزيلا»)
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
            if (_SUBSET_AFTER.match(norm, prev.num.end) or _SUBSET_BEFORE.search(norm, max(floor, prev.start - 12), prev.start)) \
                    and (head := next(
                    (d for d in self._recent_people if d.sentence == sent and d.end <= prev.start), None)) is not None \
                    and all(isinstance(v, (int, float)) and v > 0 for v in (n.value, head.value, prev.value)) \
                    and abs(math.log(n.value / head.value)) < abs(math.log(n.value / prev.value)):
                # «300 ألف مهاجر …، لقي 2500 منهم حتفهم، مقارنة بـ219 ألفاً خلال العام الماضي»: the head count compared
                # (not «… مقارنة بـ3500 طوال عام 2014»: the part, the nearer in size); «68 حالة إصابة …، بينها حالتا وفاة،
                # مقابل 112 حالة»: the cases, not the deaths among them
                return head.category, head.trigger
            return prev.category, prev.trigger
        if noun is not None and noun.key in _OTHERS and prev is not None and prev.category in ("money", "count") and not (
                noun.key.endswith(("ان", "ين", "ون")) and any(
                    self.is_event(t) and not weak_trigger(t) for t in _TRIGGER.finditer(norm, prev.end, start))):
            # (not «انهيار 250 منزلا، فيما لقي شخص مصرعه وفقد آخران»: others of the one who died)
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
            if (hit := [t for t in _TRIGGER.finditer(norm, floor, start) if L.TRIGGERS[t.group("trig")][0] == "affected"
                        and norm[t.start():t.start("trig")].endswith("ال") and self.is_event(t)
                        and not self.claim_number_between(t.end(), start)]):
                return "affected", hit[-1].span()  # «لدعم الفلاحين المتضررين من الجفاف، يستفيد منه أكثر من 200 ألف فلاح»
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
        if noun is None and _RETURNED_HOME.search(norm, max(floor, start - 24), start) and _TO_THEIR_HOMES.match(norm, end, limit):
            return "people", None  # «عدد النازحين … تجاوز ٢٧٦ ألف شخص …، فيما عاد قرابة ٤٥ ألفاً إلى مناطقهم»: home again
        if (kind == "person" or noun is None) and _COMPLAINANTS_BEFORE.search(norm, max(floor, start - 50), start):
            return "people", None  # «بإيداع مسير شركة عقارية السجن …، بعد شكايات تقدم بها أزيد من 60 زبونا»: who complained
        if (kind == "person" or noun is None) and _PARTICIPANTS.search(norm, max(floor, start - 16), start) or (
                person or noun is None) and _TOOK_PART_AFTER.match(norm, n.end, limit) and not any(
                    self.is_event(t) and not self.claim_number_between(t.end(), start)
                    for t in _TRIGGER.finditer(norm, max(floor, start - 40), start)):
            # («1,090 من الكوادر الطبية شاركوا في إسعاف المصابين»; not «قتل 5 أشخاص شاركوا في مظاهرة»,
            # but «عدد المصابين ٩٣٤، … أكثر من ٤٠٠٠ من منسوبيه شاركوا في عمليات الإسعاف»: that event has its figure)
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
        if (kind == "person" or noun is None) and _REACHED_BEFORE.search(norm, max(floor, start - 12), start) \
                and not self.done_to_them(max(end, noun.end) if noun else end, limit):
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
        if (kind == "person" or noun is None or noun.partitive) and _AT_LIBERTY.match(norm, end, limit) and (not _search(
                r"(?<![^\W\d_])(?:سراح|(?:[وف]?ب)?(?:الافراج|افراج|افرج|افرجت)\s+عن)\s*\Z", norm[max(floor, start - 18):start])
                or _REQUEST_BEFORE.search(norm, max(floor, start - 45), start)):  # (but «رفضت ملتمس الدفاع بالإفراج عن 4 متهمين»)
            # (not «وإطلاق سراح 3 آخرين ومتابعتهم في حالة سراح»، «أمرت بالإفراج عن ثمانية آخرين ومتابعتهم في
            # حالة سراح»: let go, then tried at liberty)
            return "people", None  # «ومتابعة ثلاثة آخرين في حالة سراح»: prosecuted, not held
        if (kind == "person" or noun is None) and (aside := _ADVERBIAL_ASIDE.search(norm, max(floor, start - 200), start)):
            # «أوقفت، منذ اندلاع الاحتجاجات في أعقاب وفاة بائع السمك …، ما لا يقل عن 400 شخص»: the
            # verb before the aside governs, not an event named inside it
            before = [m for m in _TRIGGER.finditer(norm, max(floor, aside.start() - 50, self.clause_start(floor, aside.start())), aside.start())
                      if self.is_event(m) and L.TRIGGERS[m.group("trig")][1] != "noun"
                      and not _rx(r"[،,]\s*و[^\W\d_]{2,}\s").search(norm, m.end(), aside.start())]  # (not a verb of an earlier clause)
            if before:
                return self.category_of(before[-1], end, limit), before[-1].span()
        if (kind == "person" or noun is None or noun.partitive) and ((left := _LEFT_HOSPITAL_BEFORE.search(
                norm, max(floor, start - 16), start)) and (not left.group("out") or left.group("of") or _rx(r"\s*(?:منهم|منهن)(?![^\W\d_])").match(norm, n.end, limit) or _search(
                    r"\A[^،,.؛]{0,60}?(?<![^\W\d_])" + _HOSPITAL, norm[end:limit]))  # not «خرج آلاف المتظاهرين»: out into the street
                or _LEFT_HOSPITAL_AFTER.match(norm, end, limit) or "خروج" in norm[max(floor, start - 8):start]
                and _search(r"(?<![^\W\d_])[وب]?خروج\s*\Z", norm[max(floor, start - 8):start]) and _FROM_HOSPITAL.match(
                norm, max(end, noun.end) if noun is not None else end, limit)):
            if self.about_disease(floor) or self.disease_in_paragraph(floor):
                return "recovered", None  # «غادر 30 منهم المستشفى بعد ساعات» (poisoning): discharged cases
            if noun is not None and noun.key in ("اخرون", "اخرين") and "injured" in self.harm_told(start):
                return "injured", None  # «لا يزال ستة مصابين يتلقون العلاج …، وغادر ١٤ آخرون المستشفى»: the other wounded
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
                who := _rx(r"(?P<w>" + L_ + r"+)(?:\s+(?:الذين|اللواتي|اللاتي)\s[^،,.؛\d]{0,50})?\s*[،,]?\s*\Z").search(
                    norm, max(floor, their.start() - 90), their.start())) \
                and _noun_kind(who.group("w")[2:] if who.group("w").startswith("ال") else who.group("w"), strict=True)[0] == "person" \
                and not _TRIGGER.match(norm, who.start("w"), their.start()) \
                and not any(self.is_event(t) for t in _TRIGGER.finditer(norm, who.end("w"), their.start())):  # («المتهمون، وعددهم 11»)
            # (not «المهاجرين الذين لقوا حتفهم في البحر، وعددهم 40»: the relative clause tells their fate)
            # («الأساتذة الذين فرض عليهم التعاقد، وعددهم 55 ألفا»: past their relative clause)
            return "people", None  # «المهاجمين، وعددهم بين 8 و10 عناصر»: the people named just before, no event
        if (kind == "person" or noun is None) and (their := _THEIR_NUMBER.search(norm, max(floor, start - 12), start)):
            # «إجلاء قاطني 17 منزلا …، وعددهم 64 شخصا»: the people the clause is about, counted
            named = [m for m in _TRIGGER.finditer(norm, max(floor, their.start() - 300), their.start())
                     if self.is_event(m)]  # (within 300 characters: a search from the sentence start per figure was quadratic)
            if named and _search(r"(?<![^\W\d_])و?منهم(?![^\W\d_])", norm[named[-1].end():their.start()]):
                return "people", None  # «منهم المعتقلون ومنهم الموجودون في حالة سراح، وعددهم 1018»: both kinds
            if named:
                return self.category_of(named[-1], end, limit), named[-1].span()
        return None

    def by_whole_or_sum(self, s: _Scene) -> Optional[_Decision]:
        """A whole the figure is part of, or more of a sum told before it.

        «62 مصابا من أصل 238»: the whole of the same wounded; «منها 65 مليوناً»: more of the
        money; «البالغ عددهم 21 مليون»: a population, people.
        """
        n, noun, start, end, lo, sent, prev, group, kind, person, lefts, adjacent, right, subset, coordinated = s
        norm, (floor, limit) = self.norm, sent
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
                norm, max(floor, start - 30), start) and not (noun is None and _OF_THEM_ITEMS.match(norm, n.end, limit)):
            return "people", None  # «وتلقيح أزيد من 4 ملايين طفل» after a toll of cases
        if prev is not None and prev.category != "money" and (noun is None or prev.noun is not None and norm[
                prev.noun[0]:prev.noun[1]] == norm[noun.start:noun.end]) and (
                (nl := _NEXT_IN_LIST.search(norm, max(floor, start - 48), start)) and not _TRIGGER.search(norm, nl.start(), start)
                or prev.category == "count" and _TOTAL_OF.search(norm, max(floor, start - 20), start)):
            # «تركيا 3,6 ملايين لاجئ، يليها لبنان بحوالي 1,5 مليون»، «55 ألف منزل من أصل نحو 60 ألفاً تضررت»،
            # «يليه إقليم تارودانت بـ452 حالة، ثم إقليم شيشاوة بـ202 حالة»: the same noun again
            return prev.category, prev.trigger if prev.category in _PERSON_CATEGORIES else None
        if noun is None and prev is not None and prev.category == "count" and _LOSS_OF.search(
                norm, max(floor, start - 12), start):
            return "count", None  # «فقد 82 ألف منصب شغل، نتيجة فقدان 137 ألفا»: more of the things lost
        if (noun is None or noun.partitive) and _rx(r"(?<![^\W\d_])[وف]?(?:ال)?نفوق\s+(?:نحو\s+|حوالي\s+)?\Z").search(
                norm, max(floor, start - 14), start):
            return "count", None  # «اصطدام مركبتهم بقطيع من الإبل …، ما أدى إلى نفوق 7 منها»: animals died, no people
        if noun is None and prev is not None and (prev.category == "count" or prev.category == "money" and (
                lc := self._last_count) is not None and lc.sentence == sent and not _search(
                    r"[^\W\d_]", norm[n.start:n.end])) and _OF_THEM_ITEMS.match(
                norm, n.end, limit) and not _EVENT_JUST_BEFORE.search(norm, max(floor, start - 12), start):
            # «تم ترحيل 40 منها»: some of the things counted before (not «ثبتت إصابة تسع منها»); a sum may come
            # between: «اقتناء 700 حافلة … باستثمار يناهز 2,5 مليار درهم، على أن يتم تشغيل 400 منها»
            return "count", None
        return None

    def with_events(self, s: _Scene) -> _Scene:
        """The scene with the clause's events: those before the figure, the adjacent one, the first after.

        «أفرجت ميليشيات الحوثي، أمس، عن خمسة صحفيين»: «أفرجت» is adjacent across the time aside;
        «المنطقة بحاجة إلى نحو 400 معلم»: a need is no event of the figure.
        """
        n, noun, start, end, lo, sent, prev, group, kind, person, lefts, adjacent, right, subset, coordinated = s
        norm, (floor, limit) = self.norm, sent
        aboard = _ABOARD.search(norm, max(floor, start - 20), start) is not None
        lefts = [] if aboard else [m for m in map(self.pair_tail, _TRIGGER.finditer(norm, lo, start)) if self.is_event(m) and (
                 not any(d.sentence == sent and d.noun is not None and d.noun[0] <= m.start() < d.noun[1]
                         and d.trigger is not None and d.trigger != d.noun for d in self._sentence_people)) and (
                 # («حرر 178 رهينة بينهم 101 طفل و67 امرأة»: the whole's noun, not an event of the second part)
                 prev is None or prev.noun is None or not prev.noun[0] <= m.start() < prev.noun[1]
                 # («غادر 17 معتقلا من معتقلي احتجاجات جرادة»: the figure before's description)
                 and not (prev.category in _PERSON_CATEGORIES and L.TRIGGERS[m.group("trig")][1] == "noun"
                          and _rx(r"\s+من\s+").fullmatch(norm, prev.noun[1], m.start()))) and (
                 m.group("trig") not in _NEAR_ONLY or _NEAR_GAP.fullmatch(norm, m.end(), start)) and not (
                 norm[m.end("trig"):m.end()] in ("ه", "ها") and L.TRIGGERS[m.group("trig")][1] != "noun"
                 and (len(_WORD.findall(norm, m.end(), start)) >= 2 or L.TRIGGERS[m.group("trig")][0] == "detained" and _rx(
                     r"\s+ب[^\W\d_]{3,}\s+").fullmatch(norm, m.end(), start)) and not (  # («لإدانته بابتزاز ثلاث فتيات»: the charge)
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
            if len(_WORD.findall(gap)) <= 4 and not _search(r"[،,]", gap) and "غرار" not in gap \
                    and not _search(r"(?<![^\W\d_])(?:بان|ان)(?![^\W\d_])", gap):  # («وأفاد ناجون بأن ما بين 30 و40»: what they said)
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
        if right is not None and self.part_subject(max(end, noun.end) if noun is not None else end, right.start()) is not None:
            right = None  # «340 ألف طفل يعاني ربعهم من سوء التغذية»: the part's state, not the whole's
        if right is not None and right.group("trig").endswith("ا") and not right.group("trig").endswith("وا") and s.n.value != 2 \
                and _CARRYING_BEFORE.search(self.norm, max(s.sent[0], s.start - 24), s.start):
            right = None  # «ظل المركب الذي كان يقل سبعة بحارة مفقودا»: the boat's state (a singular), not theirs
        if right is not None and _KIN_OF_BEFORE.search(self.norm, max(0, right.start() - 10), right.start()):
            right = None  # «ألف حاج وحاجة من ذوي شهداء فلسطين»: the kin of those the noun names, nothing befell them
        return s._replace(lefts=lefts, adjacent=adjacent, right=right)

    def by_role(self, s: _Scene) -> Optional[_Decision]:
        """Who the figure's people are to the events around them.

        «أن خاطفي 4 مواطنين»: those taken, captive; «٤٠٠٠ من رجال الدفاع المدني»: the
        responders, people; «لا يزال نحو 20 شخصاً تحت الركام»: the event after decides.
        """
        n, noun, start, end, lo, sent, prev, group, kind, person, lefts, adjacent, right, subset, coordinated = s
        norm, (floor, limit) = self.norm, sent
        if kind == "person" and _rx(r"\s+(?:[^\s\d،,.]+\s+)?احياء(?![^\W\d_])").match(norm, noun.end, limit) and _rx(
                r"(?<![^\W\d_])[وف]?(?:انتشلت|انتشل|انتشال|اخرجت|اخرج|اخراج|عثرت\s+علي|عثر\s+علي|العثور\s+علي)(?![^\W\d_])"
                r"[^.؛\d]{0,80}\Z").search(norm, max(floor, start - 90), start):
            return "rescued", None  # «انتشلت فرق الإنقاذ …، مساء الأحد، ستة بحارة أحياء بعد غرق مركب»: found alive
        if kind == "person" and right is not None and self.category_of(right, end, limit) == "missing" and _rx(
                r"(?<![^\W\d_])(?:كانوا|كان|كانا|كانت|كن|ظلوا)\s+(?:قد\s+)?(?:في\s+)?\Z").search(norm, max(floor, right.start() - 16), right.start()) \
                and (found := _rx(r"(?<![^\W\d_])[وف]?(?P<v>عثرت|عثر|العثور)\s+(?:(?!(?:علي|للعثور|بحثا)\s)[^\s\d،,.]+\s+){0,14}?علي\s+\Z").search(
                    norm, max(floor, start - 150), start)) is not None \
                and not _rx(r"[^.،,؛]{0,40}?(?<![^\W\d_])(?:جثث|جثثا|جثه|جثتي|جثامين|رفات|هامده|ميتين|متوفين)(?![^\W\d_])").match(norm, right.end(), limit):
            # (not «على جثث ثلاثة شبان»، «… كانوا في عداد المفقودين جثثا هامدة»: found dead)
            return "rescued", found.span("v")  # «عثرت فرق البحث على ثلاثة شبان كانوا في عداد المفقودين»: found alive
        if kind == "person" and _rx(r"\s+(?:[^\s\d،,.]+\s+)?(?:تاهوا|تاهتا|تاها|ضلوا|ضاعوا|تائهين|تائهون)(?![^\W\d_])").match(norm, noun.end, limit) \
                and (found := _rx(r"(?<![^\W\d_])[وف]?(?P<v>عثرت|عثر|العثور)\s+(?:(?!(?:علي|للعثور|بحثا)\s)[^\s\d،,.]+\s+){0,6}?علي\s+\Z").search(
                    norm, max(floor, start - 80), start)) is not None \
                and not _rx(r"(?<![^\W\d_])(?:لم|لن|فشل|فشلت|محاولات|محاوله|تتواصل|يتواصل|جهود|للعثور|بحثا)(?:\s+[^\s\d،,.]+){0,5}\s*\Z").search(
                    norm, max(floor, found.start() - 40), found.start()) and found.group("v") != "للعثور" \
                and not _rx(r"[^.؛]{0,80}?(?<![^\W\d_])(?:جثث|جثثا|جثه|جثتي|جثامين|رفات|هامده|ميتين|متوفين|متوفون)(?![^\W\d_])").match(norm, noun.end, limit) \
                and not any(self.is_event(t) and self.category_of(t, end, limit) == "killed" and not _ONE_OF_THEM_LATER.search(norm, noun.end, t.start())
                            for t in _TRIGGER.finditer(norm, noun.end, limit)):  # (but «وقد لقي أحدهما حتفه»: one of them; not «منذ الأحد»، «أحد عشر يوما»)
            return "rescued", found.span("v")  # «العثور على أربعة مواطنين تاهوا في صحراء النفود»: the lost, found alive
        if (kind == "person" or noun is None) and _MANAGED_BEFORE.search(norm, max(floor, start - 24), start) \
                and not self.fate_after(max(noun.end, n.end) if noun is not None else n.end, limit) and not _rx(r"[^،,.؛]{0,60}?(?<![^\W\d_])او\s").match(norm, end, limit) and not any(
                    self.is_event(t) and self.category_of(t, end, limit) == "captive" for t in _TRIGGER.finditer(norm, floor, limit)):
            # «أوقفت عناصر الدرك حوالي 150 مهاجرا …، بعدما تمكن نحو 600 منهم من العبور»: those who got through,
            # not the held (but «تمكن 2000 من الفرار أو جرى تحريرهم»، «تمكنت 57 فتاة من الفرار» from their kidnappers,
            # «تمكن 19 منهم من النجاة»: survivors; «تمكن 5 موقوفين من الفرار»: the noun says what they are)
            return "people", None
        if kind == "person" and _rx(r"(?<![^\W\d_])[وب]?(?:جهود|وساطه|مساعي)\s+\Z").search(norm, max(floor, start - 10), start):
            return "people", None  # «وأسفرت جهود وسيطين محليين عن الإفراج عن 12 محتجزا»: the go-betweens, nothing befell them
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
        if kind == "person" and noun is not None and noun.key.removeprefix("ال") in _RESCUERS and right is not None \
                and "بحث" in right.group("trig") and self.category_of(right, end, limit) == "missing":
            return "people", None  # «واصلت فرق الدفاع المدني وأكثر من 60 متطوعاً … عمليات البحث عن مواطن»: the searchers
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
        if noun is None and _STILL_BEFORE.search(
                norm, max(floor, start - 16), start - 2 if norm.startswith("ال", start - 2) else start) and (
                of := _rx(r"(?:\s+(?:منهم|منهن))?\s+").match(norm, end, limit)) \
                and (where := _TRIGGER.match(norm, of.end(), limit)) is not None and self.is_event(where):
            return self.category_of(where, end, limit), where.span()  # «في حين لا يزال العشرات منهم خلف القضبان»: still held
        return None

    def with_lists(self, s: _Scene) -> _Scene:
        """The scene with its list: a subset of a group («بينهم 20 طفلا») or coordinated with the figure before.

        «بينهم 445 طفلاً و320 امرأة»: coordinated; «وأوقفت 43 مرشحا …، فيما تمكن منظمو العمليتين، وهم
        ثلاثة أشخاص»: the organisers, no subset.
        """
        n, noun, start, end, lo, sent, prev, group, kind, person, lefts, adjacent, right, subset, coordinated = s
        norm, (floor, limit) = self.norm, sent
        subset = _SUBSET_BEFORE.search(norm, max(floor, start - 20), start) or _SUBSET_AFTER.match(
            norm, n.end, limit) or (group is not None and self.in_list_after(group, start)) or (
            group is not None and self.subset_list_before(group, start) and not _ESCAPED_BEFORE.search(
                norm, max(floor, start - 12), start))  # (not «، بينهم مهاجر …، فيما لاذ شخصان آخران بالفرار»)
        if subset and group is not None and _rx(r"[،,:]\s*و?(?:هم|هن)\s+\Z").search(norm, max(floor, start - 8), start) \
                and _CLAUSE_WORD.search(norm, group.end, start):
            subset = None  # «وأوقفت 43 مرشحا …، فيما تمكن منظمو العمليتين، وهم ثلاثة أشخاص، من الفرار»: the organisers
        if subset and group is not None and not _SUBSET_BEFORE.search(norm, max(floor, start - 20), start) \
                and not _SUBSET_AFTER.match(norm, n.end, limit) and _CLAUSE_WORD.search(norm, group.end, start):
            subset = None  # «أصيب 48 آخرون، بينهم أطفال، في وقت خرج فيه عشرات الآلاف»: a new clause, not the list
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
        return s._replace(subset=subset, coordinated=coordinated)

    def by_event_noun(self, s: _Scene) -> _Decision:
        """A noun that names what befell them («أسرى»، «مصابين»، «نازحين»).

        The noun decides unless an event told with it says more: «أفرجت إسرائيل عن 110 أسرى»
        are released, «23 مريضا توفوا جوعا» killed, «1500 أسير يعانون أمراضا» infected.
        """
        n, noun, start, end, lo, sent, prev, group, kind, person, lefts, adjacent, right, subset, coordinated = s
        norm, (floor, limit) = self.norm, sent
        cat = functools.partial(self.category_of, end=end, limit=limit)
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
            if back is not None and not weak_trigger(back):
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
                and not weak_trigger(right) and cat(right) in ("recovered", "evacuated", "rescued") \
                and (len(norm[noun.end:right.start()].split()) <= 2 or (
                    whole := _OUT_OF_WHOLE_CLAUSE.match(norm[noun.end:min(limit, noun.end + 90)])) is not None
                    and noun.end + whole.end() == right.start()):  # («48 من المصابين تماثلوا» with a disease)
            # («28 مريضا من أصل 35 أصيبوا بداء التهاب السحايا تماثلوا للشفاء»: the whole's clause between)
            return cat(right), right.span()  # «أن 47.600 مصاب تماثلوا للشفاء»، «300 مريض وجريح قد أجلوا»
        if noun_cat == "displaced" and right is not None and not weak_trigger(right) and cat(right) == "starving" \
                and (_HUNGER_STATE.search(norm, noun.end, right.start())
                     or _HUNGER_STATE.search(norm, max(floor, start - 20), start) and not self.number_between(max(floor, start - 20), start)):
            # (not «فر 20 ألف لاجئ من المجاعة»، «1.5 مليون نازح بسبب المجاعة»: what they fled)
            return "starving", right.span()  # «360 ألف لاجئ في الأردن باتوا يعانون من انعدام الأمن الغذائي»: what befell them
        hunger = _TRIGGER.match(norm, noun.end + 1, limit) if norm[noun.end:noun.end + 1] == " " else None
        if noun_cat in ("injured", "infected") and hunger is not None and cat(hunger) == "starving":
            return "starving", hunger.span()  # «2.400 طفل مصاب بسوء التغذية»
        if adjacent is not None and not (weak_trigger(adjacent) and noun_cat in ("detained", "infected")) and not (
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
                    and (noun.partitive or not weak_trigger(adjacent) and not norm[adjacent.end():start].strip())):
                # (not «حصيلة القتلى مرشحة للارتفاع لوجود بضع عشرات من الجرحى»: the dead are others)
                # «وفاة اثنين من المصابين»، «وفاة ثمانية جرحى» (not «مقتل 3 وعشرات الجرحى»)
                return c, adjacent.span()
        if noun_cat in ("captive", "detained") and (suffer := _SUFFERING.match(norm, max(end, noun.end), limit)) \
                and _DISEASE.match(norm, suffer.end(), limit):
            return "infected", None  # «1500 أسير يعانون أمراضا مختلفة»: the prisoners' illness is what is told
        if noun_cat in ("captive", "detained") and (back := self.trigger_referring_back(end, limit)) is not None \
                and not weak_trigger(back) and cat(back) in ("infected", "injured", "killed") and not _search(
                    r"(?:ثلث|نصف|ربع|بعض|معظم|غالبيه|اغلب)(?:هم|هن)(?![^\W\d_])", norm[end:back.start()]):  # («ثلثهم لقوا حتفهم»)
            return cat(back), back.span()  # «نُقل ثلاثة سجناء آخرون إلى المستشفى بعد إصابتهم بالتهاب الكبد»
        if noun_cat in ("captive", "detained") and _LEFT_BEFORE.search(norm, max(floor, start - 30), start) \
                and _OUT_OF_PRISON_AFTER.match(norm, noun.end, limit):
            return "released", None  # «غادر زهاء 60 معتقلا … أسوار السجون التي كانوا يقبعون بها»: out of prison
        if noun_cat in ("captive", "detained") and _HOME_TO_FAMILY.match(norm, noun.end, limit):
            return "released", None  # «بلغ عدد المستفيدين من المبادرة نحو 1400 سجين عادوا إلى أسرهم»: out of prison
        if noun_cat == "detained" and right is not None and cat(right) == "detained" and not weak_trigger(right) \
                and len(_WORD.findall(norm, noun.end, right.start())) <= 2:
            return "detained", right.span()  # «… تم الإفراج عنهم، و452 سجينا استفادوا من التخفيض من مدة العقوبة»: still held
        if noun_cat in ("captive", "detained"):
            # «أفرجت إسرائيل … عن 110 أسرى»، «تبادل 50 رهينة»، «4 رهائن أفرجت عنهم»: freed
            # a hand-over («تسلّم») frees hostages; detainees handed over stay detained
            freed = next((m for m in reversed(lefts) if cat(m) == "released"
                          and (noun_cat == "captive" or not weak_trigger(m))), None)
            if freed is None and right is not None and cat(right) == "released" and not (
                    adjacent is not None and cat(adjacent) == "captive" and not weak_trigger(adjacent)):
                freed = right  # (not «يحتجز ستة رهائن …، بعد أن أفرج عن رهينتين»: still held)
            if freed is None and (not self.claim_number_between(floor - 1, start) or _rx(
                    r"(?<![^\W\d_])[وف]?(?:افرج|افرجت)\s+(?:خلال|منذ|طيله|طوال)\s+[^\d،,.؛]{0,30}\s+عن\s*\Z").search(
                    norm, max(floor, start - 50), start)):  # («أفرج خلال الشهرين الماضيين عن ١٤٢ موقوفاً»)
                freed = self.freed_from_before(start, floor, max(self.clause_start(floor, start), start - 160))
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
                noun_cat in ("captive", "detained") or noun_cat == "displaced" and not weak_trigger(right)
                or noun.partitive and noun_cat in ("injured", "infected", "casualties") and not weak_trigger(right)
                or noun_cat in ("injured", "infected") and not weak_trigger(right) and L.TRIGGERS[right.group("trig")][1] != "noun"
                and not _WORD.search(norm, noun.end, right.start())):
            # («23 مريضا توفوا جوعا»: the sick died)
            # («اثنين من المصابين توفيا»: some of the wounded died)
            return "killed", right.span()  # «آلاف المعتقلين أعدموا»، «ألفي مهاجر ولاجئ لاقوا حتفهم»
        if right is not None and noun.partitive and noun_cat in ("captive", "detained") and not weak_trigger(right) \
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
        if noun_cat in ("infected", "injured") and not noun.partitive and lefts and cat(ev := lefts[-1]) == "evacuated" \
                and not weak_trigger(ev) and not (norm.startswith("بعد ", max(floor, ev.start() - 4)) and _rx(r"\s+ال").match(norm, ev.end())) \
                and len(_WORD.findall(norm, ev.end(), start)) <= 6 and not _search(r"[،,.؛]", norm[ev.end():start]) \
                and not self.claim_number_between(ev.end(), start):
            return "evacuated", ev.span()  # «أخلت فرق الدفاع المدني ٨٤ مريضا من المستشفى»: what was done for them
        if coordinated and noun_cat == "infected" and noun.key.startswith(("مرضي", "مريض")) and prev.category in (
                "killed", "injured", "casualties"):
            return prev.category, prev.trigger  # «بينهم 13 من موظفيها و10 مرضى»: patients among the dead
        if coordinated and noun_cat in ("captive", "detained", "people"):
            if {noun_cat, prev.category} == {"captive", "detained"} and (
                    head := self.subset_head(start, sent)) is not None and head.category == noun_cat:
                return noun_cat, (noun.start, noun.end)  # «٥٧٠٠ أسير، بينهم ٣٥٠ معتقلاً إدارياً و٢٥ أسيرة»: as the whole
            if {noun_cat, prev.category} == {"captive", "detained"}:
                return "detained", (noun.start, noun.end) if noun_cat == "detained" else prev.trigger
            return prev.category, prev.trigger
        if noun_cat == "captive" and adjacent is not None and not weak_trigger(adjacent) and cat(adjacent) == "detained" \
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
        if noun_cat in ("captive", "detained") and (gap := _rx(r" (?:من\s+(?:ال)?[^\s\d،,.]+\s+)?").match(norm, noun.end, limit)) and (
                fate := _TRIGGER.match(norm, gap.end(), limit)) is not None and L.TRIGGERS[fate.group("trig")][0] == "missing":
            return "missing", fate.span()  # «لا يزال المئات من المختطفين مجهولي المصير»، «نحو 200 مختطف من الطرفين مجهولي
            # المصير»: their fate unknown
        if noun_cat == "displaced" and adjacent is not None and L.TRIGGERS[adjacent.group("trig")][1] != "noun" \
                and cat(adjacent) == "affected" and _search(r"ضرر|تاثر", adjacent.group("trig")) \
                and self.only_qualifier_between(adjacent.end(), start):  # (not «لمساعدة 150 ألف نازح»: aid)
            return "affected", adjacent.span()  # «تضرر أكثر من 70 ألف لاجئ جراء العاصفة»: what befell the refugees
        if noun_cat in ("captive", "detained") and (back := self.trigger_referring_back(end, limit)) is not None \
                and cat(back) == "released" and not weak_trigger(back) and not _DEMANDED_BEFORE.search(
                    norm, max(floor, back.start() - 60), back.start()):  # (not «مقابل إطلاق سراحهم»: a price, not done)
            return "released", back.span()  # «ديون 186 سجينا معسرا …، ليتم الإفراج عنهم»: freed, their own event after
        return noun_cat, (noun.start, noun.end)

    def by_cases(self, s: _Scene) -> Optional[_Decision]:
        """Cases, subsets of a group and tolls named before the figure.

        «12 حالة غرق تم إنقاذها»: rescued; «بينهم 14 حالة وصفت بالحرجة»: of the group;
        «عدد النازحين … تجاوز ربع مليون»: the toll's own word.
        """
        n, noun, start, end, lo, sent, prev, group, kind, person, lefts, adjacent, right, subset, coordinated = s
        norm, (floor, limit) = self.norm, sent
        cat = functools.partial(self.category_of, end=end, limit=limit)
        if noun is not None and noun.key in _CASE_NOUNS:
            back = self.trigger_referring_back(end, limit, cases=True)
            if back is not None and right is not None and not weak_trigger(right) and not norm[noun.end:right.start()].strip() \
                    and _rx(r"(?<![^\W\d_])(?:سبق|سبقت|كان|كانت)(?:\s+[^\s\d،,.]+)?\s+\Z").search(norm, max(floor, back.start() - 20), back.start()):
                back = None  # «حالتي وفاة لمقيمين سبق تسجيل إصابتهما»: what they were before; the cases' own word says it
            if back is not None and not weak_trigger(back):
                return cat(back), back.span()  # «12 حالة غرق تم إنقاذها جميعاً»
        if noun is not None and noun.key in _CASE_NOUNS and right is not None and adjacent is not None and not weak_trigger(adjacent) \
                and cat(right) in _EVENT_OVER_NOUN.get(cat(adjacent), ()) and _rx(r"\s+من\s").match(norm, noun.end, limit):
            return cat(adjacent), adjacent.span()  # «شفاء 12 حالة من المصابين بفيروس كورونا»: of the sick, recovered
        if noun is not None and noun.key in _CASE_NOUNS and right is not None and not weak_trigger(right) \
                and len(norm[noun.end:right.start()].split()) <= 1 and not _rx(r"\s*و[^\W\d_]{3,}\s*\Z").match(
                    norm[noun.end:right.start()]) and not (
                    norm[noun.end:right.start()].strip() and adjacent is not None and not weak_trigger(adjacent)
                    and L.TRIGGERS[adjacent.group("trig")][1] != "noun" and not norm[adjacent.end():start].strip()):
            # (not «وتوفيت ٦ حالات جميعها لمرضى»: the verb right before says what befell them)
            # «من بينها حالتا وفاة»، «وحالتين متوسطة الإصابة»: what the cases are (not «تعافي حالتين وتسجيل حالة
            # وفاة»: another clause)
            return cat(right), right.span()
        if noun is not None and noun.key in _CASE_NOUNS and _SEVERITY.match(norm, noun.end, limit):
            # «وحالتين متوسطتين»: a wound, or a case of the disease the sentence names
            return ("infected" if self.disease_near(noun.start, noun.end, limit) else "injured"), None
        if noun is not None and noun.key in _CASE_NOUNS and norm[noun.end:noun.end + 1] == " " and _DISEASE.match(
                norm, noun.end + 1, limit):
            if adjacent is not None and not weak_trigger(adjacent) and cat(adjacent) in ("recovered", "killed") \
                    and adjacent.end() <= start and not norm[adjacent.end():start].strip():
                return cat(adjacent), adjacent.span()  # «فيما تماثلت ١٥ حالة إجهاد حراري للشفاء»: what became of them
            return "infected", None  # «بينهم ١١٧ حالة إجهاد حراري»: cases of an illness, whatever the group
        if subset and person and noun is not None and right is not None and not weak_trigger(right) \
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
        if (person or noun is None) and _TAKEN_BEFORE.search(norm, max(floor, start - 14), start) and (hosp := _TO_HOSPITAL_AFTER.match(
                norm, max(end, noun.end) if noun is not None else end, limit)) and (
                why := _rx(r"[^.،,؛\d]{0,50}?(?<![^\W\d_])(?:بسبب|جراء|اثر|نتيجه)\s+").match(norm, hosp.end(), limit)) \
                and _DISEASE.match(norm, why.end(), limit):
            return "infected", None  # «فيما نقل 37 آخرون إلى مستشفيات مكة المكرمة بسبب الإجهاد الحراري»: taken ill
        if subset and group is not None and (person or noun is None) and (
                noun is not None and noun.key in _CASE_NOUNS or right is not None
                and L.TRIGGERS[right.group("trig")][1] == "noun") and not (
                adjacent is not None and not weak_trigger(adjacent) and (
                    L.TRIGGERS[adjacent.group("trig")][1] != "noun" and (not norm[adjacent.end():start].strip()
                                                                          or _OF_THEM_PEOPLE.fullmatch(norm, adjacent.end(), start - 1))
                    or not norm[adjacent.end():start].strip()
                    and not norm[adjacent.start():adjacent.start("trig")].endswith(("ال", "لل")))):
            # (not «وأصيب 7 منهم إصابات خفيفة»، «استقبل 145 جريحا، توفي منهم 22»: the verb says it;
            # «إجلاء ١٢٠٠ حاج …، وإصابة ٧ منهم بحالات اختناق»: the event noun that governs the figure)
            named = [m for m in _TRIGGER.finditer(norm, group.end, start)
                     if L.TRIGGERS[m.group("trig")][1] == "noun" and norm[m.start():m.start("trig")].endswith(("ال", "لل"))
                     and self.is_event(m)]
            if named:  # «المتوفين هم … وامرأتان، فيما نقل المصابون الثلاثة …، اثنان منهم في حالة حرجة»
                return cat(named[-1]), named[-1].span()
            if self.told_alive(group, noun, end, limit):
                return "injured", group.trigger  # «9 ضحايا، بينهم حالتان خطيرتان نقلتا إلى العناية المركزة»: alive, hurt
            if noun is None and right is not None and not weak_trigger(right) and group.category == "affected" \
                    and cat(right) in ("displaced", "killed", "injured", "missing") \
                    and _rx(r"\s+(?:باتوا|اصبحوا|صاروا|اضحوا|اصبحو)\s+\Z").fullmatch(norm, end, right.start()):
                return cat(right), right.span()  # «8 ملايين شخص تضرروا، بينهم 2.8 مليون باتوا مشردين»: worse befell them
            if self.own_event_after(group, right, noun, end, limit):
                return cat(right), right.span()  # «… تقل حوالي 50 مسافرا، ونقل ثمانية منهم في حالة حرجة»: hurt, whatever the group
            return group.category, group.trigger  # «بينهم 14 حالة وصفت بالحرجة»، «بينهم عشرة في حالة حرجة»
        toll = _TOLL_OF.search(norm, lo, start) if (person or noun is None) and not _CARRYING_BEFORE.search(
            norm, max(floor, start - 24), start) else None  # (not «ضحايا انقلاب الحافلة التي كانت تقل ٤٢ معتمراً»: its load)
        if toll is not None and noun is not None and prev is not None and toll.end() <= prev.num.start:
            toll = None  # «عدد الوفيات بلغ 10 حالات، ووضع 3680 شخصا في الحجر»: the toll was the first figure's
        if toll is not None and not any(not weak_trigger(m) for m in lefts if m.start() >= toll.end()) and (
                adjacent is None or weak_trigger(adjacent)) and (right is None or weak_trigger(right)):
            t = _TRIGGER.match(norm, toll.start("what"), toll.end())
            return self.toll_category(t, end, limit), t.span()  # «عدد النازحين منذ سقوط الرمادي … تجاوز ربع مليون»
        if toll is not None and adjacent is not None and adjacent.start() >= toll.end():
            # «ليرتفع عدد الوفيات الناجمة عن سوء التغذية إلى 193»: the toll's subject decides
            t = _TRIGGER.match(norm, toll.start("what"), toll.end())
            return self.toll_category(t, end, limit), t.span()
        if noun is not None and noun.key in _CASE_NOUNS and adjacent is None:
            # «290 حالة شفيت»: the verb after says it; «1082 حالة»: what the sentence is about
            if right is not None and not weak_trigger(right):
                return cat(right), right.span()
            if group is not None and _rx(r"(?<![^\W\d_])(?:من\s+)?(?:منها|بينها|ضمنها)\s*\Z").search(
                    norm, max(floor, start - 14), start):
                return group.category, group.trigger  # «٣٠ حالة تتلقى العلاج، منها ثماني حالات»: some of those
            first = self.first_in_sentence(_TRIGGER, floor)
            if _DISEASE.match(norm, noun.end + 1, limit) and norm[noun.end:noun.end + 1] == " ":
                return "infected", None  # «ثلاث حالات كوليرا جديدة»
            if (wa := _WOUNDS_AMONG_AFTER.match(norm, noun.end, limit)) is not None and (
                    wa.group("wound") or (dis := self.first_in_sentence(_DISEASE, floor)) is None or dis.start() > start):
                # (not «بسبب انتشار الكوليرا …، 190 حالة، منها 12 حالة ناتجة عن مياه الشرب»: the disease's cases, told first)
                return "people", None  # «استقبلت أقسام الطوارئ (6840) حالة، من بينها (312) حالة ناتجة عن حوادث»: of every kind
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
            if first is not None and first.start() < start and (tb := _TOLL_OF.search(norm, max(first.end(), start - 300), start)) is not None \
                    and (tt := _TRIGGER.match(norm, tb.start("what"), tb.end())) is not None and self.is_event(tt) \
                    and self.only_spans_between(tb.end(), start):
                return self.toll_category(tt, end, limit), tt.span()  # «انتشلت جثة شاب …، ليرتفع عدد الغرقى … إلى 7 حالات»: the toll's own word
            if n.dual_of is not None and (own := _TRIGGER.match(norm, noun.end + 1, limit)) is not None \
                    and norm[noun.end:noun.end + 1] == " " and self.is_event(own):
                return cat(own), own.span()  # «ونقلت حالتي اختناق إلى المستشفى»: the cases' own word
            if first is not None and first.start() < start and self.is_event(first) and (
                    first.group("trig") not in _NEAR_ONLY or _NEAR_GAP.fullmatch(norm, first.end(), start)):
                if cat(first) == "killed" and "ستقبل" in norm[max(floor, start - 60):start] and _RECEIVED_BEFORE.search(
                        norm, max(floor, start - 60), start):
                    # «وفاة 9 حجاج …، فيما استقبلت مستوصفات البعثة أزيد من 20 ألف حالة»: patients seen, not deaths
                    return "infected", None
                if cat(first) == "recovered" and (reg := _CASES_REGISTERED.search(norm, max(first.end(), start - 120), start)) is not None \
                        and not any(cat(t) == "recovered" for t in _TRIGGER.finditer(norm, reg.end(), start)):
                    return "infected", None  # «شفاء ١٨ حالة …، فيما بلغ عدد الحالات المسجلة … ٤٦ حالة»: all the cases
                if cat(first) in ("recovered", "released") and _STILL_BEFORE.search(norm, max(floor, start - 16), start) \
                        or cat(first) == "recovered" and _ADMITTED_BEFORE.search(norm, max(floor, start - 16), start) \
                        and _HOSPITALISED_IN.match(norm, noun.end, limit) \
                        or cat(first) == "killed" and (_STILL_AFTER_CASES.match(norm, noun.end, limit) or _STILL_BEFORE.search(
                            norm, max(floor, start - 16), start) and _IN_HOSPITAL_AFTER.match(norm, noun.end, limit)
                            or _ALIVE_AFTER.match(norm, noun.end, limit)  # «فيما أحيلت حالتان خطيرتان على المستشفى»
                            or _ADMITTED_BEFORE.search(norm, max(floor, start - 16), start) and _HOSPITALISED_IN.match(norm, noun.end, limit)
                            or _rx(r"(?<![^\W\d_])(?:عدد|اجمالي)\s+(?:ال)?حالات\s+(?:ال)?(?:خطيره|حرجه)(?![^\W\d_])").search(
                                norm, max(floor, start - 40), start)):  # «عدد الحالات الخطيرة بنحو عشر حالات» (not «بوفاة
                            # أحد الحالات الخطيرة ارتفع العدد إلى 4 حالات»)
                    # «1987 حالة تماثلت للشفاء، فيما لا تزال 147 حالة منومة»: the rest, still ill; «21 حالة وفاة …،
                    # مشيرة إلى أن 12 حالة لا تزال ترقد بأقسام الإنعاش»: alive, still ill
                    return ("infected" if self.about_disease(floor) or self.disease_in_paragraph(floor) else "injured"), None
                if prev is not None and prev.sentence == sent and prev.category in _PERSON_CATEGORIES \
                        and prev.num.value is not None and n.value is not None and n.value < prev.num.value \
                        and _rx(r"\s+(?:منها|منهم)(?![^\W\d_])").match(norm, noun.end, limit) \
                        and _search(r"[،,]\s*\Z", norm[max(floor, start - 3):start]):
                    return prev.category, prev.trigger  # «لا تزال ٧ حالات تتلقى العلاج …، حالتان منها في العناية المركزة»: of those
                return cat(first), first.span()  # (not «فقد سجل إقليم الحوز … بـ452 حالة»: ف + قد)
            if (had := self.paragraph_people(start)) is not None and _OF_THEM_AFTER.match(norm, noun.end, limit):
                # «156 حالة اعتقال تعسفي … . قوات النظام مسؤولة عن 87 حالة منها»: some of those cases
                return had.category, had.trigger if had.sentence == sent else None
        if adjacent is not None and (person or noun is None) and cat(adjacent) in ("captive", "detained"):
            back = self.trigger_referring_back(end, limit)
            if back is not None and not weak_trigger(back) and cat(back) == "rescued":
                return cat(back), back.span()  # «احتجزت السيول سبعة أشخاص … من إنقاذهم» (not «توقيف قاصرين
                # اثنين أفرج عنهما»: arrested, then freed, are the arrested)
        return None

    def placed_in(self, s: _Scene) -> bool:
        """Whether the figure counts where the adjacent event put them, not whom it befell.

        «نقل الأسرى اليمنيون في 4 حافلات»، «ترحيلهم على متن ست حافلات».
        """
        norm, floor, start, kind, adjacent = self.norm, s.sent[0], s.start, s.kind, s.adjacent
        return bool(adjacent is not None and kind == "item" and L.TRIGGERS[adjacent.group("trig")][1] == "noun" and _search(
                    r"(?<![^\W\d_])(?:علي|في|عبر|داخل|متن)\s*\Z", norm[max(floor, start - 8):start]))

    def by_adjacent(self, s: _Scene) -> Optional[_Decision]:
        """The event word right before the figure, and the words that limit it.

        «شفاء 41 مصاباً»: recovered; «من طرف شخصين»: the doers, people; «1188 طفلا قتلوا
        و1796 آخرين أصيبوا»: the verb after is theirs; «بينهم 445 طفلاً و320 امرأة»: of the list.
        """
        n, noun, start, end, lo, sent, prev, group, kind, person, lefts, adjacent, right, subset, coordinated = s
        norm, (floor, limit) = self.norm, sent
        cat = functools.partial(self.category_of, end=end, limit=limit)
        if _search(r"(?<![^\W\d_])من\s+اصل\s*\Z", norm[max(floor, start - 10):start]) \
                and right is not None and not weak_trigger(right) and L.TRIGGERS[right.group("trig")][1] != "noun" \
                and not _WORD.findall(norm, max(end, noun.end) if noun is not None else end, right.start()):
            return cat(right), right.span()  # «تماثل ١٩ طفلاً للشفاء من أصل ٢٤ أصيبوا بحالات تسمم»: the whole's own event
        if noun is not None and noun.partitive and right is not None and L.TRIGGERS[right.group("trig")][1] == "noun" \
                and right.start() <= noun.end + 1 and (r2 := self.trigger_right(right.end(), limit)) is not None \
                and r2.start() <= right.end() + 1 and not weak_trigger(r2) and cat(r2) in ("injured", "infected", "killed"):
            return cat(r2), r2.span()  # «11 من الصيادين المحتجزين أصيبوا بأمراض جلدية»: some of the held fell ill
        if adjacent is None and (person or noun is None) and _MET_BEFORE.search(norm, max(floor, n.start - 8), n.start) \
                and (death := _DEATH_LATER.match(norm, end, limit)) is not None:
            return "killed", death.span("d")  # «لقي طفلان شقيقان، يبلغان من العمر 9 و11 سنة، حتفهما»
        if (person and noun is not None or noun is None) and _search(r"(?<![^\W\d_])[وف]?حاله\s*\Z", norm[max(floor, start - 8):start]) \
                and _CONDITION_AFTER.match(norm, noun.end if noun is not None else end, limit):  # («وحالة 5 منهم خطرة»)
            # «أصيبت 17 طالبة …، ووصفت حالة ثلاث طالبات بالخطرة»: the state of some of the hurt
            return ("infected" if self.about_disease(floor) else "injured"), None
        if person and noun is not None and (_TESTED_AFTER.match(norm, noun.end, limit) or kind == "person" and (
                _TESTED_BEFORE.search(norm, max(floor, start - 24), start)) and (right is None or weak_trigger(right))):
            # («فحص قرابة 1400 طالب»، «وشملت الدراسة عينة من ٤٢٠٠ طالب»: screened or sampled)
            return "people", None  # «وإخضاع 45 طالبا ومعلما للفحص»: tested, not (yet) cases
        if adjacent is not None and (person or noun is None) and (
                prev is not None and adjacent.end() <= prev.end or _rx(r"\s+و\s*").fullmatch(norm, adjacent.end(), start)
                and adjacent.end() == adjacent.end("trig") and not (noun is not None and noun.key in ("اخرين", "اخرون"))) \
                and right is not None and not weak_trigger(right) and L.TRIGGERS[right.group("trig")][1] != "noun" \
                and len(_WORD.findall(norm, max(end, noun.end) if noun is not None else end, right.start())) == 0:
            # «1188 طفلا قتلوا و1796 آخرين أصيبوا»، «بينهم سيدة فارقت الحياة وثلاثة من أبنائها أصيبوا بجروح»: the
            # verb after is theirs, the one before the «و» another's
            return cat(right), right.span()
        if adjacent is not None and weak_trigger(adjacent) and L.TRIGGERS[adjacent.group("trig")][0] == "affected" and (
                person or noun is None) and right is not None and not weak_trigger(right) and cat(right) == "starving":
            return "starving", right.span()  # «يحتاج 1.4 مليون طفل إلى علاج من سوء التغذية»: what they need it for
        if adjacent is not None and len(lefts) >= 2 and not weak_trigger(lefts[-2]) and (person or noun is None) and _rx(
                r"\s*(?:منهم\s+|منهن\s+)?او\s+").fullmatch(norm, lefts[-2].end(), adjacent.start()):
            return cat(lefts[-2]), lefts[-2].span()  # «غرق منهم أو فقد ما لا يقل عن 2500 شخص»: the first of the two says it
        if adjacent is not None and len(lefts) >= 2 and norm[adjacent.start():adjacent.start("trig")].startswith("و") \
                and lefts[-2].end() + 1 >= adjacent.start() and {cat(lefts[-2]), cat(adjacent)} <= {"detained", "captive"} \
                and not (norm[lefts[-2].start():lefts[-2].start("trig")].endswith("ال")
                         and L.TRIGGERS[lefts[-2].group("trig")][1] == "noun"):  # (not «تحرير المختطف وتوقيف خمسة»، «الإفراج عن المعتقل واختطاف 5»)
            return cat(lefts[-2]), lefts[-2].span()  # «اعتقال واختطاف العشرات»: the first of two holdings decides
        if right is not None and (person or noun is None) and cat(right) == "detained" and _PUT_IN.search(
                norm, max(floor, start - 14), start) and right.start() - (noun.end if noun is not None else n.end) <= 12:
            return "detained", right.span()  # «وقرر إيداع أربعة منهم سجن العرجات»: put in prison
        if right is not None and (adjacent is None or weak_trigger(adjacent)) and (person or noun is None) and (
                not weak_trigger(right) or norm[right.end("trig"):right.end()] in ("هم", "هن")) \
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
                and not weak_trigger(right) and cat(right) in ("killed", "injured") and not norm[noun.end:right.start()].strip():
            return cat(right), right.span()  # «وصل عدد ضحايا الفاجعة إلى 15 امرأة لقين حتفهن»: the verb after says which
        if person and _rx(r"\s+(?:ما\s+)?بين\s+(?:قتيل|متوفي|متوفى|وفاه|ميت|قتلي|متوفين)\s+و\s*(?:جريح|مصاب|جرحي|مصابين)(?![^\W\d_])").match(
                norm, max(end, noun.end) if noun is not None else end, limit):
            return "casualties", None  # «راح ضحيتها ٧٢٧ شخصا بين متوفى ومصاب»: the dead and the wounded together
        if person and prev is not None and prev.sentence == sent and prev.category == "count" and prev.noun is not None \
                and _key(norm[prev.noun[0]:prev.noun[1]]).removeprefix("ال") in ("اسره", "اسر", "عائله", "عائلات", "اسرات") \
                and _rx(r"[،,(]\s*اي\s+(?:ما\s+)?(?:(?:يقارب|يعادل|يناهز|نحو|حوالي|قرابه)\s+){0,2}\Z").search(norm, max(floor, n.start - 26), n.start) \
                and (ev := [t for t in _TRIGGER.finditer(norm, max(floor, prev.start - 120), prev.end) if self.is_event(t)
                            and cat(t) in ("displaced", "affected", "evacuated", "rescued", "starving")]):
            return cat(ev[-1]), ev[-1].span()  # «عدد الأسر النازحة … بلغ أكثر من 85 ألف أسرة، أي ما يقارب 500 ألف شخص»
        if (person or noun is None) and _rx(r"\s+(?:منهم\s+)?(?:استفادوا|استفاد|يستفيدون|سيستفيدون)\s+(?:من\s+)?(?:ال)?(?:تخفيض|تقليص)(?![^\W\d_])").match(
                norm, max(end, noun.end) if noun is not None else end, limit):
            return "detained", None  # «و692 استفادوا من تخفيض مدة العقوبة»: a shorter term, still held
        if person and _TERMS_AFTER.match(norm, max(end, noun.end) if noun is not None else end, limit):
            return "detained", None  # «فيما وزعت على ستة متهمين آخرين أحكاما تراوحت بين 5 و15 سنة سجنا»: prison terms
        if (person or noun is None) and adjacent is not None and _FUNERAL_BEFORE.search(norm, max(floor, n.start - 60), n.start) \
                and not _search(r"(?:جثمان|جثامين|جنازه|جنازات)\s+\Z", norm[max(floor, adjacent.start() - 4):n.start]):
            return "people", None  # «وشيع جثمانه عصر أمس مئات من محبيه»: the mourners, not the dead
        if person and _CAPACITY_BEFORE.search(norm, max(floor, start - 40), start) and (
                right is None or weak_trigger(right) or _search(r"(?<![^\W\d_])(?:حالات|حاله)\s+\Z", norm[max(floor, right.start() - 8):right.start()])):
            return "people", None  # «تضم نحو ٢٠٠ موقع للإخلاء تستوعب حتى ٢٫٥ مليون حاج»: a capacity, no one moved
        if person and adjacent is not None and _rx(r"(?<![^\W\d_])(?:من\s+طرف|من\s+قبل|علي\s+يد|علي\s+ايدي)\s*\Z").search(
                norm, max(floor, start - 16), start):
            # «كانت محتجزة لمدة ثلاثة أيام من طرف شخصين»: the doers, not those the event befell
            back = self.trigger_referring_back(end, limit)
            if back is not None and not weak_trigger(back):
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
                and not weak_trigger(right) and cat(right) == "killed" and not _WORD.search(
                    norm, max(end, noun.end) if noun is not None else end, right.start()):
            return "killed", right.span()  # «البحث عن شقيقين غرقا في بحيرة دومة الجندل»: searched for, drowned
        if adjacent is not None and subset and group is not None and person and adjacent.start() > group.end \
                and L.TRIGGERS[adjacent.group("trig")][1] == "noun" and _SUBSET_BEFORE.search(
                    norm, max(floor, adjacent.start() - 12), adjacent.start()) \
                and _rx(r"\s+(?:[^\s\d،,.]+\s+)?و\s*").fullmatch(norm, adjacent.end(), start):
            return group.category, group.trigger  # «اعتقلت 17 فلسطينياً، بينهم أسير محرر وفتاتان»: one of the list, not its event
        if adjacent is not None and "بحث" in adjacent.group("trig") and cat(adjacent) == "missing" and prev is not None \
                and prev.sentence == sent and prev.category == "detained" and noun is not None \
                and noun.key in ("اخرين", "اخرون", "اخر") and not self.claim_number_between(prev.end, start) \
                and not self.harm_told(start) and not any(
                    self.is_event(t) and cat(t) in ("killed", "injured", "casualties", "missing")
                    for t in _TRIGGER.finditer(norm, floor, adjacent.start())) \
                and not _rx(r"\s+(?:في|تحت|داخل)\s").match(norm, noun.end, limit):
            # (not «… وفقد 5 آخرون في البحر»، «لا يزال البحث جاريا عن 7 آخرين تحت الأنقاض»: lost, not wanted)
            return "people", None  # «وقبضت على أربعة من أفراد العصابة، فيما لا يزال البحث جارياً عن اثنين آخرين»: wanted, not lost
        if adjacent is not None and kind == "item" and not person and noun is not None and (
                # a noun the lexicon does not know, after an event: things, when
                n.value is None and noun.key.startswith("ال") and noun.key not in L.NOUNS  # «غرق عشرات الشوارع»: a vague
                and not noun.key.endswith(("ين", "ون", "يه")) and not norm[n.end:noun.start].strip()  # number of things
                or (act := _OTHER_ACT_JUST_BEFORE.search(norm, max(adjacent.end(), start - 16), start)) is not None
                and act.group("w") not in _NOT_AN_ACT  # «قتل 7 إرهابيين وتدمير 3 أوكار»: another act's object
                or weak_trigger(adjacent) and len(lefts) >= 2 and not norm[adjacent.end():start].strip()
                and adjacent.group().startswith("و")):  # «اعتقال 5 مطلوبين وضبط 3 أوكار»: a seizing of things
            return "count", None
        if adjacent is not None and (not weak_trigger(adjacent) or person or noun is None) and not (
                kind == "item" and _search(r"(?<![^\W\d_])(?:علي|في|عبر|داخل|بين|من|بموجب)\s*\Z", norm[max(adjacent.end(), start - 8):start])) \
                and not (weak_trigger(adjacent) and _CHARGE_WORDS.search(norm, adjacent.end(), start)):
            # (not «بعد إدانتهم بالتستر التجاري على 12 عاملاً»: the charge's people, not those convicted)
            # (not «نقلت المفرج عنهم بين خمسة مطارات»: where, not who; «توقيف مبحوث عنه بموجب 30 مذكرة»: on what)
            if cat(adjacent) == "captive" and (person or noun is None) and (back := self.trigger_referring_back(end, limit)) is not None \
                    and "ل" not in norm[back.start():back.start("trig")] and cat(back) == "released" and (not weak_trigger(back) or back.end() > back.end("trig")) and not _DEMANDED_BEFORE.search(
                        norm, max(floor, back.start() - 60), back.start()):  # (a weak «تحرير» with their pronoun is theirs)
                return "released", back.span()  # «كانت تحتجز ثلاثة مهاجرين …، قبل أن تتمكن الشرطة من تحريرهم»: freed since
            return cat(adjacent), adjacent.span()
        if (person or noun is None) and (right is None or weak_trigger(right)) and (
                t1 := _TRIGGER.search(norm, end, min(limit, end + 30))) is not None \
                and weak_trigger(t1) and (orr := _rx(r"\s+او\s+(?:تم\s+)?").match(norm, t1.end(), limit)) and (
                r2 := _TRIGGER.match(norm, orr.end(), limit)) is not None and (
                not weak_trigger(r2) or r2.end() != r2.end("trig")) and self.is_event(r2):  # («أو تم تحريرهن»: them)
            right = r2  # «تمكنت 2000 منهن من الفرار أو حررن مقابل فدى»: the second verb says what befell them
            return cat(right), right.span()
        if adjacent is None and (person or noun is None) and _CROWD_BEFORE.search(norm, max(floor, n.start - 30), n.start):
            return "people", None  # «واحتشد المئات من المواطنين … لاستقبال المحررين»: a crowd
        if right is not None and (person or noun is None) and (_rx(r"(?<![^\W\d_])(?:كان|كانت|كانوا)\s+(?:قد\s+)?\Z").search(
                norm, max(floor, right.start() - 14), right.start()) or cat(right) == "captive" and _rx(
                r"(?<![^\W\d_])(?:اللواتي|اللاتي|الذين|اللذين|اللتين)\s+(?:(?:كانوا|كن|كانا|كانتا)\s+)?(?:قد\s+)?\Z").search(
                norm, max(floor, right.start() - 20), right.start())) and (
                done := next((m for m in reversed(lefts) if not weak_trigger(m)), None)) is not None:
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
                done := next((m for m in reversed(lefts) if not weak_trigger(m)), None)) is not None:
            return cat(done), done.span()  # «أنقذت فرق الإنقاذ … 19 بحاراً كانوا على متن سفينة تعرضت للغرق»: the ship's fate
        if person and adjacent is None and _CAPACITY_BEFORE.search(norm, max(floor, start - 40), start) and (
                right is None or _search(r"(?<![^\W\d_])(?:حالات|حاله)\s+\Z", norm[max(floor, right.start() - 8):right.start()])):
            # (not «استيعاب 3000 شخص ممن فقدوا منازلهم»: what befell them is told)
            return "people", None  # «مراكز للإيواء قادرة على استيعاب نحو 50 ألف شخص في حالات الإخلاء»: room for, no event
        if subset and group is not None and group.category == "rescued" and right is not None and cat(right) == "killed" \
                and _rx(r"(?<![^\W\d_])(?:تعرضوا|تعرضن|تعرضا|تعرضتا)\s+\Z").search(norm, max(floor, right.start() - 10), right.start()):
            return group.category, group.trigger  # «أنقذت الفرق ٩ أشخاص بينهم ٤ أطفال تعرضوا للغرق»: saved from drowning
        if right is not None and person and cat(right) == "captive" and (
                ret := _RETURNED_BEFORE.search(norm, max(floor, start - 40), start)) is not None and ret.group("v").startswith("اعاد") \
                and not _search(r"(?<![^\W\d_])(?:فتح|التحقيق|النظر|تاهيل|بناء|ترميم|توزيع|تشغيل|طرح|انتخاب|هيكله)(?![^\W\d_])",
                                ret.group()):  # (not «أعادت السلطات فتح ملف 101 تلميذة»: did again)
            return "released", ret.span("v")  # «أعادت جماعة بوكو حرام 101 تلميذة من أصل 110 اختطفن»: handed back
        if right is not None and not weak_trigger(right) and (person or noun is None) and not (
                group is not None and self.norm[right.end("trig"):right.end()] in ("هم", "هن")
                and _SUBSET_BEFORE.search(norm, max(floor, start - 20), start)
                and not (_WHO_OF_THEM.fullmatch(norm, max(end, noun.end) if noun else end, right.start())
                         or group.category in ("affected", "people", "casualties", "captive", "missing")
                         and not norm[max(end, noun.end) if noun else end:right.start()].strip())) \
                and not self.later_clause_event(noun, end, right) \
                and not _SUSPECTED_OF.search(norm, max(end, right.start() - 30), right.start()):
            # (nor «أوقفت المصالح الأمنية … شخصين يشتبه في تورطهما في قتل حارس»: the crime they are suspected of)
            # (but «بينهم أمريكيان بعد احتجازهم»: «هم» is the whole group, unless the verb follows the figure
            # itself: «بينهم مئات الآلاف ممن شردهم الزلزال», or right after it in a group only affected: «8 ملايين
            # تضرروا، بينهم 2.8 مليون شردهم الزلزال» (not «استشهد 12، بينهم 4 أطفال أصابتهم شظايا»); «عفوه على 1125 شخصا، …، حيث جرى الإفراج عن 64
            # نزيلا»: a later clause's event with its own figure)
            return cat(right), right.span()
        if (person or noun is None) and group is None and adjacent is None and _AMONG_NAMED.search(
                norm, max(floor, start - 30), start) and (had := self.paragraph_people(start)) is not None \
                and had.category != "people":
            return had.category, None  # «… إنقاذ 14 شخصا احتجزتهم السيول. وأوضح أن بين المحتجزين ثلاثة أطفال»
        if subset and (person or noun is None) and (unnumbered := [
                m for m in _TRIGGER.finditer(norm, group.end if group is not None else floor, start)
                if not weak_trigger(m) and L.TRIGGERS[m.group("trig")][1] != "noun" and self.is_event(m)
                and _UNNUMBERED_AFTER.match(norm, m.end(), start)]):
            return cat(unnumbered[-1]), unnumbered[-1].span()  # «فيما أصيب آخرون بجروح، بينهم اثنان بحالة خطيرة»
        if (kind == "person" or noun is None) and _RESULTS_BEFORE.search(norm, max(floor, start - 12), start) \
                and _search(r"(?<![^\W\d_])(?:ال)?ايجابي", norm[n.end:n.end + 30]):
            return "infected", None  # «وجاءت نتائج 31 منهم إيجابية»: tested positive
        if subset and (person or noun is None) and right is not None and not weak_trigger(right) and cat(right) == "affected" \
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
            if self.own_event_after(group, right, noun, end, limit):
                return cat(right), right.span()  # «عفوه على 1178 شخصا، من بينهم 862 نزيلا أطلق سراحهم»: their own event
            if group is not None and self.told_alive(group, noun, end, limit):
                return "injured", group.trigger  # «15 بين متوفى ومصاب …، فيما لا يزال ٤ منهم في العناية المركزة»
            if group is not None and group.category == "captive" and _rx(
                    r"\s*(?:منهم|منهن)?\s+من\s+(?:ال)?(?:فرار|هرب|هروب|افلات)(?![^\W\d_])").match(norm, end, limit) and _search(
                    r"(?<![^\W\d_])(?:تمكن|تمكنت|تمكنوا|استطاع|استطاعت|نجح|نجحت)\s+(?:[^\s\d]+\s+)?\Z", norm[max(floor, start - 30):start]):
                # (not «وقد منعوا 20 منهم من الفرار»)
                return "released", None  # «يحتجز ما يقارب ٣٥٠٠ شخص …، بعد أن تمكن ٢٠٠ منهم من الفرار»: free of their captors
            if group is not None and group.category == "captive" and lefts and lefts[-1].start() > group.end \
                    and not weak_trigger(lefts[-1]) and cat(lefts[-1]) == "released" \
                    and _rx(r"(?<![^\W\d_])عن\s*\Z").search(norm, max(floor, start - 5), start) \
                    and _search(r"(?<![^\W\d_])(?:منهم|منهن)(?![^\W\d_])", norm[n.end:max(end, noun.end if noun is not None else end) + 8]) \
                    and not self.number_between(lefts[-1].end(), start):
                return "released", lefts[-1].span()  # «بينما أفرجت الجماعة ذاتها قبل أسبوع عن اثنين منهم»: freed since
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
                         if not weak_trigger(t) and self.is_event(t) and cat(t) in ("detained", "captive", "released", "rescued", "evacuated")]) \
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
        return None

    def by_clause(self, s: _Scene) -> Optional[_Decision]:
        """The nearest event in the clause, a toll named in the sentence, or care told after.

        «18 شخصاً، تمكنت فرق الدفاع المدني من إنقاذهم»: rescued; «1,078 شخصا يعانون ضيق
        التنفس»: infected; «أوقفت عناصر الشرطة … ثلاثة أشخاص»: detained.
        """
        n, noun, start, end, lo, sent, prev, group, kind, person, lefts, adjacent, right, subset, coordinated = s
        norm, (floor, limit) = self.norm, sent
        cat = functools.partial(self.category_of, end=end, limit=limit)
        if kind == "person" and lefts and (right is None or weak_trigger(right)) and self.arrived_of_displaced(start, floor, sent) \
                and any(d.sentence == sent and d.category == "displaced" and d.end <= lefts[-1].start() for d in self._recent_people):
            return "displaced", None  # «300 ألف مهاجر ولاجئ …، لقي 2500 منهم حتفهم غرقاً، ووصل إلى اليونان نحو 200 ألف شخص»
        if lefts and person and right is None and _rx(r"(?<![^\W\d_])[وف]?(?:ال)?(?:مواجهات|اشتباكات|شجار|مشاجره|عراك|صدامات)"
                                                     r"\s+(?:[^\s\d،,.]+\s+){0,2}?بين\s+\Z").search(norm, max(floor, start - 40), start):
            return "people", None  # «… أحدهم في حالة حرجة، خلال تدخل لتفريق مواجهات بين عشرات الشبان»: those who clashed
        new_verb = _NEW_FEM_VERB.search(norm, max(floor, start - 24), start) if lefts else None
        and_verb = _AND_PERFECT_BEFORE.search(norm, max(floor, start - 16), start) if lefts and person and noun is not None else None
        if and_verb is not None and not ((told := [m for m in lefts if m.end() <= and_verb.start()])
                                         and cat(told[-1]) in ("killed", "injured", "casualties", "rescued", "infected")):
            and_verb = None  # «أصيب 120 آخرون، وخرج آلاف المتظاهرين»، «يتلقون العلاج، وقد عاد 27 ألف حاج»: other people
            # (not «بإخلاء المدينة، وغادر نحو 20 ألفاً»)
        for m in reversed(lefts):
            if weak_trigger(m) and not (person or noun is None):
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
                who := self.first_in_sentence(_TOLL_WHO, floor)) is not None and (toll is None or who.start() < start) and not (
                _rx(r"(?:عدد|حصيله)\s+من\s+").fullmatch(norm, who.start(), who.start("what"))
                and (norm.startswith("ال", who.start("what")) or (wt := _TRIGGER.match(norm, who.start("what"))) is not None
                     and L.TRIGGERS[wt.group("trig")][1] == "noun") and not _search(
                    r"(?:اكبر|اعلي|اكثر|اقل|ادني)\s+\Z", norm[max(floor, who.start() - 8):who.start()])):
            # (not «اشتكى عدد من المرضى»: some patients; but «سجل إقليم الحوز أكبر عدد من الوفيات»)
            toll = who  # «ليرتفع عدد من نفذ فيهم حكم القتل … إلى ١٥١ شخصاً» (a toll later in the sentence is another's)
        if toll is not None and start - toll.end() > 300:
            toll = None  # a toll told that far back is not this figure's (and the searches between stay linear)
        if toll is not None and noun is not None and (t := _TRIGGER.match(norm, toll.start("what"), toll.end())) \
                and t.span() in self._used and prev is not None and prev.trigger != t.span():
            toll = None  # «عدد الوفيات … 769 … و٤٠٠٠ ممارس صحي»: that toll was told and used
        if toll is not None and noun is None and group is not None and group.end > toll.end() and group.category in _PERSON_CATEGORIES \
                and (_SUBSET_BEFORE.search(norm, max(floor, start - 20), start) or coordinated or _search(
                    r"(?<![^\W\d_])[وف]?(?:من\s+)?(?:منها|بينها)\s*\Z", norm[max(floor, start - 14):start])
                    or _rx(r"\s+(?:منها|منهم|منهن)(?![^\W\d_])").match(norm, end, limit)):
            # («توفوا …، فيما تكفلت البعثة بأزيد من 4 آلاف حالة مرضية، نقل 120 منها إلى المستشفيات»: of the cases)
            return group.category, group.trigger  # «حصيلة ضحايا الزلزال … 398 قتيلا، منها 272 في باكستان و126»: of those
        if person and noun is not None and _DEPLOYED_BEFORE.search(norm, max(floor, start - 40), start) \
                and not self.number_between(max(floor, start - 40), start):
            return "people", None  # «عبأت خلال الموسم الصيفي 1700 سباح منقذ»: staff sent, whatever the toll before
        if kind == "person" and (carry := _CARRYING_BEFORE.search(norm, max(floor, start - 24), start)) and not any(
                self.is_event(m) and cat(m) not in ("killed", "injured", "casualties")
                for m in _TRIGGER.finditer(norm, max(floor, carry.start() - 80), carry.start())):
            # (not «وأوقفت قوات خفر السواحل قارباً يقل نحو 120 مهاجراً»: the boat was stopped, those on it held)
            return "people", None  # «بعد انقلاب حافلة كانت تقل نحو 50 راكبا»: who was on board, not the toll told before
        if toll is not None and _ATTRIBUTED_RISE.search(norm, max(0, toll.start() - 30), toll.start()):
            toll = None  # «وعزت ارتفاع عدد الضحايا إلى إقبال المصطافين»: a cause given, no figure for the toll
        if toll is not None and toll.start() < start and _ANOTHER_COUNT.search(norm, toll.end(), start):
            toll = None  # «عدد الوفيات … ارتفع إلى 11 حالة …، في وقت بلغ فيه عدد الحجاج … أزيد من 21 ألف حاج»: another count
        if toll is not None and prev is not None and toll.end() <= prev.num.start and (
                brk := _CLAUSE_TURN.search(norm, prev.end, start)) is not None and not _TOTAL_RISES.search(norm, brk.end(), start) \
                and not _TOLL_OF.search(norm, brk.end(), start) and not _TOLL_GOES_ON.search(norm, brk.end(), n.start):
            toll = None  # «… ارتفع إلى 108 أشخاص …، في وقت خرج فيه عشرات الآلاف إلى الشوارع»: a new clause, its own figure
        if toll is not None and toll.start() < start and not _REPORTED_CLAUSE.search(norm, toll.end(), start) \
                and not (noun is not None and (rep := _ANOTHER_REPORT.search(norm, toll.end(), start)) is not None
                         and not _TOLL_BREAKDOWN.search(norm, rep.end(), start)) \
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
            return self.toll_category(t, end, limit), t.span()
        if person and noun is not None and _rx(r"(?<![^\W\d_])[وف]?(?:يعاني|تعاني|يعانون|تعانين|عاني)\s+(?:[^\s\d]+\s+)?\Z").search(
                norm, max(floor, start - 20), start) and (of := _rx(r"\s+من\s+").match(norm, noun.end, limit)) \
                and _DISEASE.match(norm, of.end(), limit):
            return "infected", None  # «يعاني حوالي 2,7 مليون مغربي من داء السكري»: cases of a disease
        if person and (suffer := _SUFFERING.match(norm, max(end, noun.end) if noun else end, limit)) and (
                _DISEASE.match(norm, suffer.end(), limit)
                or (med := _MEDICAL_HEAD.match(norm, suffer.end(), limit)) is not None and _DISEASE.match(norm, med.end(), limit)
                or not _PART_WORD.match(norm, suffer.end()) and any(
                    _DISEASE.match(norm, a.start(), limit) for a in _rx(r"(?<![^\W\d_])و(?=[^\W\d_])").finditer(
                        norm, suffer.end(), _rx(r"[^،,.؛\d]{0,40}").match(norm, suffer.end(), limit).end()))):
            # (not «يعانون من تداعيات جائحة كورونا»: a disease as the cause of another thing)
            return "infected", None  # «1,078 شخصا يعانون ضيق التنفس والربو»، «يعانون من ضيق التنفس والربو»: the illness named
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
                group.category in ("injured", "infected") and (_FOR_TREATMENT.match(norm, noun.end, limit) or _rx(
                    r"(?<![^\W\d_])[وب]?(?:علاج|معالجه)\s*\Z").search(norm, max(floor, start - 10), start)):
            return group.category, group.trigger  # «لا يزال 12 مصاباً في حال حرجة، ونُقل 8 آخرون للعلاج في تركيا»، «بعلاج ١١٢ آخرين»
        if (person and noun is not None or noun is None) and (fleeing := next((
                d for d in (prev, group, *self._recent_people) if d is not None and d.sentence == sent and d.category == "displaced"), None)) is not None \
                and (border := _rx(r"(?P<stuck>\s+(?:ال)?(?:عالقين|عالقون)(?![^\W\d_]))?\s+(?:عند|علي|في)\s+(?:ال)?(?:حدود|جسر|معبر|معابر|منفذ)"
                                   r"(?![^\W\d_])(?!\s*\d)").match(norm, noun.end if noun is not None else n.end, limit)) \
                and (noun is None or noun.key in ("عالقين", "عالقون") or border.group("stuck")):
            # (the border, not the qualifier «في حدود 3,2 في المائة»)
            # «عدد النازحين … تجاوز 180 ألف شخص …، في حين لا يزال نحو 7 آلاف شخص عالقين عند جسر بزيبز»، «430 ألف
            # مهاجر ولاجئ …، فيما ينتظر عشرات الآلاف على الحدود اليونانية المقدونية»: still fleeing
            return "displaced", fleeing.trigger
        if person and noun is not None and noun.key in ("اخرون", "اخرين", "عالقين", "عالقون") and group is not None and \
                group.category in ("displaced", "affected", "starving") and not self.claim_number_between(
                    group.end, start, shares=False):
            # «85 ألف شخص نزحوا …، فيما ينتظر آلاف آخرون»: more of them (also past a share of them: «114 ألف
            # شخص، ٤٥٪ منهم من الأطفال، فيما لا يزال آلاف آخرون عالقين»)
            return group.category, group.trigger
        if person and noun is not None and noun.key in ("اخرون", "اخرين") and group is not None and group.category == "released" \
                and _STILL_BEFORE.search(norm, max(floor, start - 16), start) and (held := next((
                    t for t in reversed(list(_TRIGGER.finditer(norm, floor, start))) if self.is_event(t)
                    and cat(t) in ("detained", "captive")), None)) is not None:
            # «أفرجت السلطات عن 21 مهاجرا كانوا محتجزين بمركز للإيواء …، فيما لا يزال نحو 40 آخرين ينتظرون دورهم»:
            # the rest, still held as those freed were (by the state when the state freed them: «أفرجت السلطات الكردية عن 85
            # شخصاً … كانوا محتجزين للتدقيق الأمني، فيما لا يزال 320 آخرون قيد التحقيق»)
            if cat(held) == "captive" and group.trigger is not None and (_STATE_HOLDER_AFTER.match(norm, group.trigger[1]) or (
                    _STATE_HOLDER.search(norm, max(floor, group.trigger[0] - 30), group.trigger[0]))):
                return "detained", held.span()
            return cat(held), held.span()
        if person and group is not None and _VERSUS.search(norm, max(floor, start - 20), start):
            return group.category, group.trigger  # «قتل 123 عنصراً … مقابل 87 مقاتلاً»
        if person and noun is not None and noun.key in _CASE_NOUNS and "injured" in (told := self.harm_told(n.start)) \
                and not self.about_disease(floor):
            # «214 شخصا أصيبوا بجروح … وأن 16 حالة استدعت تدخلا جراحيا»: cases of those wounds (of the dead
            # and the wounded, when both were told: «769 متوفى و934 مصابا … باشرت 1.050 حالة»)
            # (cases in a grave state are the living: «أحيلت حالتان خطيرتان على المستشفى»)
            return ("casualties" if told & {"killed", "casualties"} and not _ALIVE_AFTER.match(norm, n.end, limit)
                    else "injured"), None
        if person and noun is not None and noun.key in ("شخص", "اشخاص") and self.arrived_of_displaced(start, floor, sent, noun.end):
            return "displaced", None  # «… مهاجر ولاجئ …، فيما وصل إلى اليونان وحدها 200 ألف شخص»: of them
        if person and adjacent is not None and adjacent.group("trig").startswith(("ادين", "ادان")) \
                and _PRISON_TERM_AFTER.match(norm, end, limit):
            return "detained", adjacent.span()  # «فيما أدين أربعة موظفين …، بأحكام تراوحت ما بين سنتين و4 سنوات حبسا نافذا»
        if person and "ب" in norm[max(floor, start - 2):start] and _TOPPLED_BY_POLICE.search(norm, max(floor, start - 120), start):
            return "detained", None  # «أطاحت دوريات حرس الحدود بقطاع الحرث بـ٢٣ متسللاً»: caught
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
                and _rx(r"(?:\s+[^\s\d،,.]+){0,2}?\s*(?:في|ب)\s*(?:" + _ICU + "|" + _HOSPITAL + ")").match(
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
        return None

    def by_bare(self, s: _Scene) -> _Decision:
        """A figure with no person noun and no event: part of what came before, a crowd, or things.

        «97 حريقاً من أصل 140»: the same things; «تظاهر عشرات الآلاف»: a crowd, people;
        «خمسة ملايين ريال …، وسبعة ملايين»: the same currency; a bare figure alone is no claim.
        """
        n, noun, start, end, lo, sent, prev, group, kind, person, lefts, adjacent, right, subset, coordinated = s
        norm, (floor, limit) = self.norm, sent
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
            if prev.category == "percent" or prev.category == "money" and (not _search(
                    r"[^\W\d_]", norm[n.start:n.end]) or not _SCALE_END.search(norm, max(0, n.end - 14), n.end)):
                # («540 ألف ريال …، وشهرت بأسماء ثلاث منها»: a number word with no thousand nor million counts things)
                return "count", None  # «بزيادة 8 في المئة … ١٫٢ مليون منها»، «ملياري ريال، صدرت في ٦٣٠ منها»
            if prev.category == "people" and prev.noun is not None and _OF_THEM_ITEMS.match(norm, n.end, limit) \
                    and (pk := _noun_kind(norm[prev.noun[0]:prev.noun[1]].split()[0]))[0] == "person" \
                    and pk[1] not in _CASE_NOUNS and not pk[1].endswith("ات"):
                return "count", None  # «تخدم نحو 500 ألف نسمة، وأن 21 منها دخلت مرحلة التشغيل»: people take «منهم»
            return prev.category, (prev.unit if prev.category == "money" else None)
        if noun is None:
            if prev is not None and prev.sentence == sent and prev.category in _PERSON_CATEGORIES and n.value is not None \
                    and _ADDITION_BEFORE.search(norm, max(floor, start - 20), start) and not self.claim_number_between(prev.end, start) \
                    and not any(self.is_event(t) for t in _TRIGGER.finditer(norm, prev.end, start)):
                return prev.category, prev.trigger  # «لتوظيف 15 ألف أستاذ …، إضافة إلى 20 ألفا تم توظيفهم»: more of them
            if _DROVE_BEFORE.search(norm, max(floor, start - 60), start) and (to := _rx(r"\s+(?:الي|علي)\s+").match(norm, n.end, limit)):
                if (fled := _TRIGGER.match(norm, to.end(), limit)) is not None and self.is_event(fled) \
                        and self.category_of(fled, end, limit) == "displaced":
                    return "displaced", fled.span()  # «وأجبرت المعارك نحو 30 ألفا على النزوح»
                if _rx(r"(?:ال)?لجوء(?![^\W\d_])").match(norm, to.end(), limit):
                    return "displaced", None  # «حملة القمع …، والتي دفعت أزيد من 647 ألفا إلى اللجوء نحو بنغلاديش»
            cur = self.currency_after(n.end, limit)
            if cur and n.value is not None and n.value >= 10**6:
                return "money", self.currency_code(cur.group("c"), cur.start("c"))  # «724 مليونًا … 135 مليون دولار»
            if prev is not None and prev.category == "money" and n.value is not None and (_search(
                    r"[^\W\d_]", norm[n.start:max(n.end, end)]) or _COORDINATION.fullmatch(norm, prev.end, start)) \
                    and not _search(r"(?<![^\W\d_])[وف]?(?:ال)?عدد(?![^\W\d_])[^،؛.:]*\Z", norm[max(floor, start - 60):start]) \
                    and not _OF_THEM_PEOPLE.match(norm, n.end, limit) \
                    and not _PLURAL_VERB_AFTER.match(norm, n.end, limit) \
                    and not (_PEOPLE_ACT_BEFORE.search(norm, max(floor, start - 40), start)
                             and not _SUM_WORD_BEFORE.search(norm, max(floor, start - 12), start)):  # (nor «دفع ثلاثة منهم»: of them, people)
                # (nor «إيرادات بلغت 12 مليون ريال، بعد أن توافد عليه 600 ألفا»: people came; «أن 200 ألفا زاروا المعرض»: a plural verb)
                # «وخمسة ملايين ريال …، وسبعة ملايين إذا …» (not «ستة مليارات يورو …، على ألا يتجاوز العدد 72 ألفاً»)
                return "money", prev.unit
            if prev is not None and prev.category == "money" and _PEOPLE_ACT_BEFORE.search(norm, max(floor, start - 40), start) \
                    and _ELIDED_SCALE.search(norm, n.start, n.end) and not _SUM_WORD_BEFORE.search(
                        norm, max(floor, start - 12), start):
                return "people", None  # «توافد عليه 600 ألفا»، «وزاره أكثر من 200 ألفا»: the people left unnamed
            if (sb := self._sum_before) is not None and n.value is not None and n.value >= 10**6 and _search(
                    r"[^\W\d_]", norm[n.start:n.end]) and _search(r"(?<![^\W\d_])و\Z", norm[max(floor, start - 1):start]):
                return "money", sb.unit  # «41.5 مليون دولار، يخصص 30 مليونا …، و11.5 مليون لدعم …»: another sum
            if (sb := self._sum_before) is not None and n.value is not None and n.value >= 10**6 and _search(
                    r"[^\W\d_]", norm[n.start:n.end]) and _PAID_BEFORE.search(norm, max(floor, start - 30), start):
                return "money", sb.unit  # «ديون النادي تتجاوز 200 مليون ريال …، سددت ما يقارب 38 مليوناً»: a sum paid
            if (_RECEIVING_CARE.match(norm, n.end, limit) or _STILL_BEFORE.search(norm, max(floor, start - 16), start) and _IN_CARE.match(
                    norm, n.end, limit)) and self.harm_told(n.start) & {"injured", "casualties"}:  # («فيما لا يزال 20 في المستشفيات»)
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
            if prev is not None and prev.sentence == sent and prev.category == "people" and _ARRIVED_BEFORE.search(
                    norm, max(floor, start - 60), start) and not self.claim_number_between(prev.end, start):
                return "people", None  # «وصل منهم عبر مطار … 1.007.312 حاجاً، فيما وصل 142 ألفاً عن طريق المنافذ البرية»
            if _ELIDED_SCALE.search(norm, n.start, n.end) and _PLURAL_VERB_AFTER.match(norm, n.end, limit):
                return "people", None  # «وتابع التقرير أن 200 ألفا زاروا المعرض»: the people left unnamed, their plural verb
            if _TOLL.search(norm, max(floor, start - 60), start) and not (
                    _OF_THEM_PEOPLE.match(norm, n.end, limit) and self.paragraph_people(start) is not None) \
                    and not (_PEOPLE_VERB_BEFORE.search(norm, max(floor, start - 24), start) and not _TOLL.search(
                        norm, max(floor, start - 24), start)):  # («بلغت نسبة الناجحات 53%، واستدعي حوالي 150 ألفا»: a verb of its own)
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
            if _RECEIVING_BEFORE.search(norm, max(floor, start - 16), start) and _TREATMENT.match(norm, end, limit) and (
                    n.value is None or self.harm_told(start) or self.about_disease(floor)):
                # (a count needs the harm told: not «أوقفت الشرطة 20 مشجعا …، فيما يخضع 7 للعلاج»)
                return self.treated_for(floor, start), None  # «فيما يتلقى الآلاف العلاج»، «فيما يخضع ثلاثة للعلاج»
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
