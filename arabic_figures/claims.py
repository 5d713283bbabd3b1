"""Building claims: what each figure counts, how sure it is, and where it was said.

For every number found in the normalized copy, in order (each step has its module):

1. drop what is never a claim (years, dates, times, ages, ordinals, identifiers,
   measurements, back-references such as «الشهداء الخمسة»): :mod:`.exclusions`;
2. read the qualifier around it (ما لا يقل عن، على الأقل، بين … و…، عشرات …):
   :mod:`.qualifiers`;
3. read the counted noun after it (فلسطينياً، من الأسرى، أيام، دولار): :mod:`.context`;
4. decide the category: the unit first (duration, money, percent), then the event
   that governs the number in its clause (مقتل 5، 30 على الأقل قتلوا، أصابت 72043
   آخرين), then what the noun itself says (قتيلاً، أسرى), then people or count:
   :mod:`.categories`;
5. map every span back to the caller's text (here).

:class:`_Reader` joins the steps; :mod:`.document` holds the text being read and the
questions every step asks of it, :mod:`.cues` the patterns more than one step reads.
All Arabic words come from the data files (see :mod:`arabic_figures.lexicon`).

>>> [(c.category, c.value, c.qualifier) for c in extract("قتل 30 شخصاً على الأقل وأصيب 50 آخرون")]
[('killed', 30, 'at_least'), ('injured', 50, 'exact')]
"""

from __future__ import annotations

import math
import re
from typing import Iterator, Optional

from . import lexicon as L
from . import patterns as P
from .categories import _AT_LIBERTY, _Categories
from .context import (
    _BETWEEN_AND,
    _BY_BEFORE,
    _CASE_NOUNS,
    _DEAD_AND_WOUNDED,
    _PRISON_TERM_AFTER,
    _TWO,
    _Draft,
    _is_year_value,
    _Noun,
    _noun_after,
    _noun_kind,
    _Num,
    _tidy,
)
from .cues import (
    _AGE_BEFORE,
    _AMOUNT_WORD_BEFORE,
    _APPROX_TAIL,
    _ASKED_WORD,
    _COORDINATION,
    _CURRENCY,
    _DECADE_CONTEXT,
    _DISEASE,
    _ELIDED_SCALE,
    _END,
    _FIGURE_NEXT,
    _FREED_AFTER,
    _LEFT,
    _MONTH_AFTER,
    _NOT_CLAIM_BEFORE,
    _NOT_CLAIM_WHY,
    _NOUN_NOT_LINK,
    _NOUN_WORD,
    _PART,
    _PAY_VERB,
    _PERSON_CATEGORIES,
    _POLL,
    _PRISON,
    _RANGE_GAP,
    _RANGE_START,
    _RATE_SUBJECT,
    _SCORE_NOUNS,
    _SEARCH_FOR,
    _SIGN_AFTER,
    _SINCE,
    _STARTS_FROM,
    _STILL_BEFORE,
    _SUBJECT_FIGURE_BEFORE,
    _SUBSET_AFTER,
    _TALLY,
    _TRIGGER,
    _VERSUS,
    _WORD,
    _WOUNDS,
    _YEARS_OR_MONTHS,
    _alternation,
    _fullmatch,
    _range_gap,
    _rx,
    _search,
)
from .document import _DocumentCues
from .exclusions import _Exclusions
from .model import Claim, Number, Trigger, Value
from .normalize import BLOCK_SIZE, Normalized, blocks, normalize
from .numbers import _check
from .qualifiers import _AMOUNT_NOUNS, _Qualifiers

_TERM_BEFORE = re.compile(P.NO_LETTER_BEFORE + r"[وفبل]?(?:ال)?(?:" + _alternation(
    f for w in map(L.fold, L.CONTEXT["term_noun"]) for f in (w, w[:-1] + "ت" + "ه", w[:-1] + "تها", w[:-1] + "تهم"))
    + r")\s*\Z")  # «مدة»، «محكوميته»، «مدتها»
_FROM_BEFORE = re.compile(P.NO_LETTER_BEFORE + r"من\s*\Z")
_TO_NEXT = re.compile(r"\s*(?:الي|حتي)\s*")
_SIGN_BEFORE = re.compile(r"(?P<c>[$€£])\s?\Z")
_LIFE_TERM_AFTER = re.compile(r"\s*و\s*(?:ال)?(?:مؤبد|اعدام)(?![^\W\d_])")
_BASIS_POINTS = re.compile(r"\s+(?:ال)?اساس(?![^\W\d_])")
# «وجود ١٤ إصابة، منها ثلاث حالات وفاة»، «المصابين (50) حالة سجلت منهم (9) حالات وفايات»: a toll
# of the hurt that holds its dead counts both (casualties)
_DEATHS_AMONG = re.compile(r"[\s()]*[،,]?\s*(?:سجلت?\s+)?(?:من\s+)?(?:منهم|منها|بينهم|بينها)\s+(?:[(]?\s*[^\s()]+\s*[)]?\s+)?"
                           r"(?:حالات\s+|حاله\s+|حالتا\s+|حالتي\s+|حالتان\s+|حالتين\s+)?(?:وفاه|وفيات|وفايات|متوفين|قتلي)"
                           + _END)
# «قضت بسنة حبسا نافذا في حق 8 منهم»: a prison term, then whom it is for
_PRISON_FOR_BEFORE = re.compile(r"(?<![^\W\d_])(?:حبسا|سجنا|بالسجن|بالحبس|بالمؤبد)(?:\s+(?:نافذا|النافذ|المؤبد))?"
                                r"\s+(?:في\s+حق|علي)\s*\Z")
_SEASONS = frozenset(map(L.fold, L.CONTEXT["season"]))
_EMERGENCY_CASES = re.compile(r"\s+(?:اسعافيه|طارئه|طوارئ|مرضيه\s+واسعافيه)(?![^\W\d_])")
_CASES_OF_WOUNDS = re.compile(r"\s+(?:(?:ال)?(?:ناتجه|ناجمه)\s+عن|نتيجه|جراء|بسبب)\s+(?P<w>(?:ال)?(?:حوادث|حادث|مشاجرات|مشاجره|حروق|كسور|اعتداءات|سقوط))(?![^\W\d_])")
_LEFT_OF_THEM = re.compile(r"(?<![^\W\d_])(?P<w>" + _LEFT + r"\s+(?:منها|منهم|منهن))\s*\Z")
_DEPORTED = re.compile(r"[وف]?(?:ال)?(?:رحلت|رحل|يرحل|ترحل|ترحيل|ترحيلهم)(?![^\W\d_])")
_SEIZED_AFTER = re.compile(r"(?<![^\W\d_])(?:الذين\s+(?:تم\s+)?(?:ضبطوا|ضبطهم|اعتقلوا|اعتقالهم|اوقفوا|توقيفهم|قبض\s+عليهم)"
                           r"|بعد\s+(?:ضبطهم|توقيفهم|اعتقالهم|القبض\s+عليهم))(?![^\W\d_])")
# whom sentences were given to: «على 49 متهما»، «في حق 53 متهما»، «على (4) متهمين»
_FOR_CONVICTS_BEFORE = re.compile(r"(?<![^\W\d_])(?:في\s+حق|بحق|[وف]?(?:وزعت|وزع|توزعت)(?:\s+[^\s\d،,.]+){0,3}?\s+علي)"
                                  r"\s+(?:(?:باقي|بقيه)\s+)?\(?\s*\Z")
# the same, the defendants named and then counted: «على باقي المتهمين البالغ عددهم 20»، «في حق باقي المتهمين، وعددهم 38»
_FOR_CONVICTS_COUNTED = re.compile(r"(?<![^\W\d_])(?:في\s+حق|بحق|علي)\s+(?:(?:باقي|بقيه)\s+)?(?:ال)?(?:متهمين|معتقلين|مدانين)"
                                   r"\s*[،,]?\s*(?:البالغ\s+عددهم|وعددهم)\s*[،,]?\s*\Z")
_VERDICTS = re.compile(r"(?<![^\W\d_])[وف]?(?:وزعت|وزع|توزعت|قضت|حكمت|ادانت|اصدرت|صدرت|(?:ال)?احكام|احكاما|عقوبه|عقوبات|(?:ال)?عقوبات)(?![^\W\d_])")
# a suspended sentence, or a trial at liberty, holds no one: «بسنة موقوفة التنفيذ في حق ثلاثة موظفين»
# a subset told held or at large: «إدانة 17 متهما، من بينهم 5 في حالة اعتقال»، «٢٩ متهما …، بينهم ٧ لا يزالون فارين»
_SUBSET_STATE = re.compile(r"[^.؛\d]{0,40}?(?<![^\W\d_])(?:بينهم|منهم|من\s+بينهم|ضمنهم)\s+(?:[^\W\d_]+|\d+)"
                           r"(?:\s+(?:لا\s+|ما\s+)?[^\W\d_]+)?\s+(?:(?P<held>في\s+حاله\s+اعتقال)|فارين|فارون|في\s+حاله\s+فرار|"
                           r"هاربين|هاربون)(?![^\W\d_])(?!\s+من\s+(?!(?:ال)?(?:عداله|قضاء|سجن|شرطه|امن|مراقبه)(?![^\W\d_])))")
# (not «بينهم 12 مهاجرين فارين من الحرب»: fled a war; but «فارين من العدالة»)
# a sentence asked for by the prosecution, not yet given
# a sentence asked for, not given: «التمس ممثل النيابة العامة عقوبات حبسية في حق 8 متهمين» (not when a verdict verb follows
# the request: «وبعد أن طالب الدفاع بالبراءة أصدرت المحكمة أحكاما سجنية»; «طالب» alone may be a student)
_SENTENCE_ASKED = re.compile(r"(?<![^\W\d_])(?:" + _ASKED_WORD + r"|(?<!علي\s)[وف]?(?:طلب|طلبت|يطلب|تطلب|دعا|دعت|يدعو|تدعو))(?![^\W\d_])"
                             r"(?:(?!(?<![^\W\d_])[وف]?(?:اصدرت|اصدر|قضت|قضي|حكمت|ادانت|وزعت|انزلت|انزل|ايدت|ايد|نطقت|عاقبت|صدرت|صدر)(?![^\W\d_]))[^.؛\d]){0,140}\Z")
# a sentence to prison (not «من السجن المحلي»: a place)
_SENTENCED_TO_PRISON = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:بال|ب)(?:سجن|حبس)|سجنا|حبسا|(?:ال)?(?:سجنيه|حبسيه))(?![^\W\d_])")  # («أحكاما سجنية»)
# «حالتين من المصابين توفيتا»، «ثلاثة من الجرحى تماثلوا للشفاء»: some of the hurt, then their verb
_OF_THE_HURT = re.compile(r"\s+من\s+(?:ال)?(?:مصابين|مصابات|جرحي|مرضي|مصابي[^\W\d_]*)\s+")
# «سيؤثر على حوالي 45 ألف نسمة»: a cut or a disaster bears on the residents (not «لن يؤثر»، nor pupils of a strike)
_CUT_AFFECTS_BEFORE = re.compile(r"(?<![^\W\d_])(?<!لن\s)(?<!لا\s)(?<!لم\s)[وف]?(?:سي|ست|ي|ت)?(?:ؤثر|اثر|اثرت)\s+علي\s+"
                                 r"(?:[^\s\d]+\s+){0,2}\Z")
_RESIDENTS = frozenset(("نسمه", "ساكن", "مواطن", "شخص", "اشخاص", "شخصا", "مواطنا", "مواطنين"))
_NEED_WORD = re.compile(r"[وف]?(?:يحتاج|تحتاج|يحتاجون|بحاجه|في\s+حاجه)")
_ARREST_WORD = re.compile(r"(?:توقيف|اوقف|اوقفت|اعتقال|اعتقل|اعتقلت|القبض|ايقاف|ضبط)")  # («أوقفت 15 شخصا، بينهم أربعة فارين»)
_ON_TRIAL = re.compile(r"(?<![^\W\d_])[وف]?(?:احال|احالت|احاله|(?:ال)?محاكمه|يحاكم|تحاكم|يحاكمون|متابعه|توبع|تابعت)(?![^\W\d_])")
# «تمكن ثلاثة عمال آخرون من النجاة»: managed to survive on their own (not «تمكنت 2000 منهن من النجاة» from captors)
_MANAGED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:تمكن|تمكنت|تمكنوا|استطاع|استطاعت|نجح|نجحت)(?:\s+[^\W\d_]+)?\s+\Z")
_HELD_BY_CAPTORS = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:مختطف|مختطفين|مختطفات|مخطوف|مخطوفين|اسري|اسيرات|رهائن|سبايا|داعش|"
                              r"اختطاف|خاطفين|خاطفيهم)(?![^\W\d_])")  # (not «اسر»: families too)
# «تمكن 12 منهم من النجاة بفضل تدخل وحدات البحرية»، «… بعد أن انتشلهم صيادون»: someone saved them after all
_SAVED_AFTER = re.compile(r"[^.؛]{0,80}?(?<![^\W\d_])(?:بفضل\s+تدخل|(?:بعد|قبل)\s+ان\s+(?:[تي]?(?:انتشل|انقذ|اسعف|نتشل|نقذ|سعف))[^\W\d_]*"
                          r"(?:ه|ها|هم|هما|هن)(?![^\W\d_])"
                          r"|بتدخل|اثر\s+تدخل)(?![^\W\d_])")  # («… قبل أن تنتشله وحدة تابعة للبحرية الملكية»)
# a verb of paying or spending before a bare «N مليونا» after a sum: more money («سددت ما يقارب 40 مليونا»)
_PAID_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?" + _PAY_VERB + r"(?![^\W\d_])[^\d،,.؛]*\Z")
# what says a bare «N ألفا» is more of an event's people: a host's verb, an estimate, «وحدها», a subset, «سوى»
_ELIDED_HOST_BEFORE = re.compile(r"(?<![^\W\d_])(?:[وف]?(?:استقبل|استقبلت|تستقبل|يستقبل|استضاف|استضافت|تستضيف|يستضيف|وصل|وصلت|"
                                 r"عبر|عبرت|غادر|غادره|غادرها|غادرت|سجل|سجلت|وظفت|وظف|تتسع|يتسع|يعيش|تعيش|يقيم|تقيم|"
                                 r"توجه|توجهت|لجا|لجات|تتحدث|يتحدث|تشير|يشير)|(?:ل)?وحد(?:ها|ه|هم)|قدره|بانخفاض|بارتفاع|"
                                 r"[لب]?توزيع|منهم|منها|بينهم|سوي)(?![^\W\d_])[^\d،,.؛]*\Z")
_COST_BEFORE = re.compile(r"(?<![^\W\d_])[وبل]?(?:ال)?(?:كلفه|تكلفه|قيمه|مبلغ|ميزانيه|غلاف)(?![^\W\d_])")
# «و30 من العفو من العقوبة الحبسية أو الغرامة بالنسبة لغير المعتقلين»: pardoned, never held
_NOT_HELD_AFTER = re.compile(r"[^\d.؛،,]{0,80}?(?<![^\W\d_])[لب]?غير\s+(?:ال)?(?:معتقلين|موقوفين|سجناء)(?![^\W\d_])")
# «و11 محكوما بالسجن المؤبد خففت عقوبتهم إلى السجن المحدد»: a term shortened, still held
_COMMUTED_AFTER = re.compile(r"[^\d.؛،,]{0,60}?(?<![^\W\d_])(?:خففت|خفضت|خفف|خفض|تخفيف|تخفيض)\s+(?:ال)?(?:عقوبه|عقوبته|عقوبتهم|عقوباتهم|"
                             r"عقوبتهن|احكامهم|مده)(?![^\W\d_])")
# «ضبط 2.500 مترشح في حالة غش»: caught cheating at an exam, not arrested
_CHEATING_AFTER = re.compile(r"[^\d.؛،,]{0,40}?(?<![^\W\d_])(?:[وب]?(?:ال)?غش|يغشون|متلبسين\s+بالغش)(?![^\W\d_])")
_NOT_HELD = re.compile(r"(?<![^\W\d_])(?:موقوف|موقوفه)\s+التنفيذ|(?<![^\W\d_])(?:في\s+)?حاله\s+سراح(?![^\W\d_])")
_ACQUITTED = re.compile(r"(?<![^\W\d_])[وفب]?(?:ال)?(?:براءه|تبرئه|برات|برأت)(?![^\W\d_])")
_PARALLEL_AGE_GAP = re.compile(r"\s*(?:سنه|سنوات|عاما|عام)(?:\s+[^\s\d،,.]+){0,3}\s+(?:و|مقابل\s+)\s*")  # («… مقابل 31,4 سنة لدى الرجال»)
# (after «مقابل», only a second group's age: not «سن التقاعد إلى 63 سنة مقابل 3 سنوات إضافية»)
_SECOND_GROUP_AFTER = re.compile(r"\s*(?:سنه|سنوات|عاما|عام)\s+(?:لدي|عند|بالنسبه|لل?(?:رجال|نساء|ذكور|اناث))(?![^\W\d_])")
_AGE_WORD = re.compile(r"(?<![^\W\d_])(?:ال)?(?:سن|عمر|اعمار)(?![^\W\d_])")
_IMAM_AFTER = re.compile(r"\s+(?P<w>امام)(?![^\W\d_])")  # «إمام» folds into «أمام» (in front of): told apart in the original
# «عملية التلقيح … شملت أزيد من 14 ألف طفل»: the vaccinated, not cases
_VACCINATED_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?P<v>تلقيح|تطعيم|لقاح|تحصين)(?:\s+[^\s\d.؛]+){0,8}?" + _APPROX_TAIL)
# «غادر 11 معتقلا من معتقلي الحراك، صباح اليوم، سجن عكاشة»: the prison named a little after
_PRISON_LEFT_AFTER = re.compile(r"[^\d.؛]{0,60}?(?<![^\W\d_])(?:ال)?" + _PRISON)  # (not «بالسجن»: a sentence told)
# (not «لم يغادر»; an aside may stand between: «غادر، صباح اليوم، 12 معتقلا … السجن المحلي»)
_LEFT_PRISON = re.compile(r"(?<![^\W\d_])(?<!لم\s)(?<!لا\s)(?<!لن\s)(?P<v>" + _LEFT + r"|[وف]?(?:يغادر|تغادر))"
                          r"(?:\s*[،,][^،,.\d]{1,30}[،,])?\s*\Z")
_LIVES_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:يعيش|تعيش|يعيشون|يتعايش|يتعايشون)(?:\s+[^\s\d،,.]+)?\s+\Z")
_WITH_DISEASE = re.compile(r"(?:\s+[^\s\d،,.]+){0,2}?\s+مع\s+(?P<d>(?:ال)?(?:فيروس|مرض|داء))(?![^\W\d_])")
_BENEFITED_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:استفاد|استفادت|استفادوا|يستفيد|سيستفيد)\s+(?:منه\s+|منها\s+)?\Z")
# «استفاد 52 منهم من العفو من بقية العقوبة»: the rest of the term pardoned, freed
_REST_WORDS = r"(?:بقيه|باقي|تبقي\s+من)\s+(?:ال)?(?:عقوبه|مده)(?![^\W\d_])"
_REST_OF_TERM = re.compile(r"\s+(?:من|مما|من\s+ما)\s+" + _REST_WORDS)
# (narrower than cues._YEAR_BEFORE, whose «من»/«في» would take «أكثر من 2000» for a year)
_SINCE_YEAR_BEFORE = re.compile(r"(?<![^\W\d_])منذ\s+(?:(?:مطلع|بدايه|اوائل|اواخر|نهايه|منتصف)\s+)?\Z")
_FOR_THE_BENEFIT_OF = re.compile(r"(?<![^\W\d_])لفائده\s+(?:(?:نحو|حوالي|ازيد\s+من|اكثر\s+من)\s+)?\Z")
_REST_OF_TERM_BEFORE = re.compile(r"(?<![^\W\d_])" + _REST_WORDS + r"(?:(?!تخفيض)[^.؛\d]){0,60}\Z")
_PARDON_AFTER = re.compile(r"(?:\s+[^\s\d،,.]+){0,6}?\s+(?P<p>(?:من|ب)\s*(?:ال)?عفو)(?![^\W\d_])")
_SUBSET_CUT = re.compile(r"(?:\d|(?<![^\W\d_])(?:الباقون|الباقين|البقيه|الباقي))\s+(?:[^\W\d_]+\s+){0,2}?(?:من|استفادوا\s+من)\s+"
                         r"(?:ال)?تخفيض|(?<![^\W\d_])(?:ال)?تخفيض\s+(?:[^\W\d_]+\s+){0,3}?(?:لفائده|ل)\s*"
                         r"(?:ال)?(?:بقيه|باقين|باقي)(?![^\W\d_])")
_ALL_DIED = re.compile(r"(?<![^\W\d_])(?:لقوا\s+حتفهم\s+جميعا|لقوا\s+جميعهم\s+حتفهم|لقوا\s+جميعا\s+حتفهم)(?![^\W\d_])")
# everyone counted died (not «ولم ينج أحد منهم»: the gates split on it, 1 to 1)
_ELIMINATED_BEFORE = re.compile(r"(?<![^\W\d_])(?P<v>قضت|قضي)\s+[^.؛:]{0,90}?(?<![^\W\d_])(?:مفرزه|مفارز|الجيش|القوات|قوات|وحدات)"
                                r"(?![^\W\d_])[^.؛:]{0,70}?\sعلي\s*\(?\s*\Z")  # the army «قضى على»: killed
_MANHUNT = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:قبض|توقيف|اعتقال|اطاحت|اطاح|الاطاحه|جناه|جاني|متهمين|مشتبه|مطلوبين|فارين|فاعلين|الفرار)(?![^\W\d_])")
_CONTRACT_BEFORE = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?:عقد|عقده|عقدا|تعاقد|تمديد|مدد|جدد|يمتد|تمتد|ارتبط|بقاء|انضم|وقع)(?![^\W\d_])")
_TERM_OF_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:لمده|مده|طيله|طوال)\s*\Z")
# «(18 إلى 20) ألف»: a scale word after the brackets multiplies both bounds
_CLOSE_SCALE = re.compile(r"\s*\)\s*(?P<s>" + _alternation(
    w for w, (v, role) in L.NUMBER_WORDS.items() if role in ("scale", "scale_plural")) + r")" + _END)
_SINCE_OR_AFTER = re.compile(r"(?<![^\W\d_])(?:" + "|".join(_SINCE + ("بعد",)) + r")\s*\Z")  # «وأفرجوا بعد يومين عن أربعة»
# a pardon of the fine only: «استفاد 46 شخصا من العفو من الغرامة (المالية)»
_FINE_PARDON_AFTER = re.compile(r"\s+(?:[^\s\d،,.]+\s+)?من\s+(?:ال)?عفو\s+(?:من|عن)\s+(?:ال)?(?:غرامه|غرامات)(?![^\W\d_])")
# a figure told in apposition, between commas: «عدد الحاصلين على الإجازة داخل الآجال القانونية، أي ثلاث سنوات، 13 في المائة»
_APPOSED_BEFORE = re.compile(r"[،,(]\s*اي\s+\Z")
_APPOSED_END = re.compile(r"[^\d،,.؛)]{0,25}[،,)]")


def _apposed(norm: str, n: _Num) -> bool:
    """«، أي ثلاث سنوات،»: an aside that restates, neither the verb's figure nor one in its way."""
    return _APPOSED_BEFORE.search(norm, max(0, n.start - 6), n.start) is not None and _APPOSED_END.match(norm, n.end) is not None


_DIED_OF_THEM = re.compile(r"(?:[^\d.؛]{0,80}?[،,]?\s*(?:توفي|توفيت|لقي|لقيت|فارق|فارقت)\s+منها"
                           r"|(?:(?!(?<![^\W\d_])(?:ال)?(?:عشرات|مئات|الاف|فيما|بينما|حين)(?![^\W\d_]))[^\d.؛]){0,80}?[،,]?\s*"
                           r"(?:توفي|توفيت|لقي|لقيت|فارق|فارقت)\s+منهم)" + _END
                           # («سبع عشرة حالة غرق في شواطئ المنطقة منذ بداية الصيف، توفي منها تسع حالات»; not
                           # «… 8 حالات هذا الصيف، فيما أنقذ السباحون العشرات، توفي منهم اثنان»: of another group)
                           # «312 حالة غرق … منذ بداية الصيف، من بينها 97 حالة وفاة»
                           + r"|[^\d.؛]{0,80}?[،,]\s*(?:من\s+)?(?:بينها|منها)\s+[^\s،,.]+\s+(?:حالات|حاله)\s+وفاه" + _END
                           # «126 حالة غرق بالشواطئ والسدود، أودت بحياة 52 شخصا»: some of the cases died
                           + r"|[^\d.؛]{0,80}?[،,]\s*(?:اودت\s+بحياه|اسفرت\s+عن\s+(?:وفاه|مصرع)|خلفت\s+(?:وفاه|مصرع))(?![^\W\d_])")
# «تبدأ أسعار البرنامج المخفض من 3,000 ريال»: the lowest of a set of prices
_TERM_NEXT = re.compile(r"\s*ب\s*[^\s،,.]+\s+(?:سنوات|سنه|سنين|اعوام|عاما|اشهر|شهرا|شهور)(?![^\W\d_])")
# «exceed» with its subject or an adverb between it and the figure it qualifies: «لا يتجاوز نصيب
# السعوديين من إجمالي الأطباء 27 في المئة» (at most; commas may stand between), «مبالغ تجاوزت في مجملها
# 107 ملايين ريال»، «تجاوز سعر كيس الأرز زنة 10 كيلوجرامات 85 ريالاً» (more than)
_VERB_LONG = re.compile(r"(?<![^\W\d_])(?:[وف]?|ب(?=الا))(?:(?P<neg>لا|لم|الا|لم\s+(?:يعد|تعد)(?:\s+[^\s\d،,.؛]+){0,4}?\s)\s*|(?<!لا\s)(?<!لم\s)(?<!لن\s)(?<!الا\s))"
                        r"(?P<q>يتجاوز|تتجاوز|يتعدي|تتعدي|تتخطي|يتخطي|تجاوز|تجاوزت|تخطي|تخطت|تعدي|تعدت|فاق|فاقت|يفوق|تفوق"
                        r"|(?<!لا\s)(?<!لم\s)(?:يناهز|تناهز|ناهز|ناهزت))"
                        r"(?:\s*(?(neg)[،,]?)\s+(?:[^\s\d،,.؛]+|(?:19|20)\d\d(?!\d)|\d+(?=\s+(?:كيلو|كغ|طن|لتر|متر))|\d+(?=\s+" + _NOUN_NOT_LINK + r"(?:\s+" + _NOUN_NOT_LINK + r")?\s*\Z))){1,12}"
                        r"\s*(?(neg)[،,]?)\s*\Z")  # (a figure of the subject's own, right before the next: «البالغ عددها 75 مؤسسة 64 ألف سرير»)
# «تجاوز عدد المواطنين الذين …»، «تجاوزت المبالغ التي سددتها اللجنة …»: a count or an amount as the verb's subject
_COUNT_SUBJECT = re.compile(r"\s+(?P<n>عدد|(?:ال)?(?:" + _AMOUNT_NOUNS + r"|اجمالي|مجموع))\s")
_HALF_AFTER = re.compile(r"\s+و\s*(?:ال)?نصف" + _END)
# «٣ ملايين ريال ونصف المليون»، «مليون دولار ونصف»: half of the scale word the amount ends in
_HALF_SCALE_AFTER = re.compile(r"\s+و\s*نصف(?:\s+(?:ال)?(?P<s>الف|مليون|مليار)|(?=\s*(?:[.،,؛:)»]|\Z|\s(?:في|من|علي|الي|عن|مع|"
                               r"سنويا|شهريا|يوميا|تقريبا|فقط|و|ل[^\W\d_]+)(?![^\W\d_]))))" + _END)
# (not «3 ملايين دولار ونصف المبلغ»، «2 مليون درهم ونصف ما تبقى»: half of something else)
_LAST_SCALE = re.compile(r"(?<![^\W\d_])(?:(?P<k>الف|الاف|الفا)|(?P<m>مليون|ملايين|مليونا)|(?P<b>مليار|مليارات|مليارا))\Z")
# a half, a quarter or a third of the unit of time after it: «ساعتين وربع الساعة»، «ثلاث سنوات ونصف»
# (not «وربع مليون»: a new figure)
_PART_AFTER = re.compile(r"\s+و\s*(?:ال)?(?P<f>نصف|ربع|ثلث)" + _END + r"(?!\s+(?:مليون|مليار|الف|مليار))")
_PERCENT_POINT = re.compile(r"\s+مئويه" + _END)
_RISE_BY = re.compile(r"(?:ارتفاع|انخفاض|تراجع|زياده|ب|قدره|بمقدار|بنحو|بحوالي)\s*\Z")
# «أعمار الضحايا بين 20 و30 عاماً» (folded like «إعمار», reconstruction: only before years)
_AGES_OF = re.compile(P.NO_LETTER_BEFORE + r"[وفبل]?(?:ال)?(?:اعمار(?:هم|هن|هما)?|بالغين|بالغات|سن)(?:\s+[^\s،,.]+){0,3}\s+(?:ما\s+)?(?:بين|من)\s*\(?\s*\Z")
_TEAM_AGE = re.compile(r"(?:(?<![^\W\d_])[وفبل]?(?:ال)?(?:منتخب(?:نا|ها|ه)?|كاس|بطوله|دوري|فئه)(?![^\W\d_])[^\d،,.]{0,24}?(?:\d{4}\s+)?"
                       r"|(?<![^\W\d_])(?:لل|ال)?(?:ناشئين|شباب)\s+)(?<![^\W\d_])(?:ل|لفئه\s+)?(?:اقل\s+من|دون|تحت)\s*\Z")
# («المنتخب لأقل من 17 سنة»، «تصفيات كأس آسيا 2016 تحت 19 عاماً»: a team's age group)
# a bound on an age: «دون 15 عاماً»، «فوق 60»
_AGE_BOUND = r"دون|فوق|تحت|اقل\s+من|اكثر\s+من"
_AGE_GROUP = re.compile(P.NO_LETTER_BEFORE + r"[وفبلك]?(?:" + _alternation(map(L.fold, L.CONTEXT["age_group"]))
                        + r")\s+(?:" + _AGE_BOUND + r"|بين|من|(?:لم|لا)\s+(?:يتجاوز|تتجاوز|يتجاوزا|تتجاوزا|يتجاوزوا|يتعدي|تتعدي)"
                        r"(?:\s+(?:عمره|عمرها|سنه|سنها))?)(?:\s+(?:سن|عمر))?\s*\Z")  # («قاصر لم يتجاوز 17 سنة»)
# any person plural before the bound: «من السعوديين فوق 15 عاماً»، «المواطنين دون 18 عاماً»
_AGE_BOUND_WORD = re.compile(r"(?<![^\W\d_])(?P<w>(?:ال)?[^\W\d_]{3,}(?:يين|ين|ات))\s+(?:" + _AGE_BOUND + r")\s*\Z")
_PLAYERS = frozenset(map(L.fold, ("لاعب", "لاعبا", "لاعبين", "لاعبون", "لاعبان", "لاعبة", "لاعبات", "لاعبي")))
_STOP_WORD = re.compile(r"[وفبل]?(?:ال)?(?:اوقف|يوقف|توقف|ايقاف|توقيف|موقوف)")  # in sport: suspended
_PLACE_AFTER = re.compile(r"\s+(?:مناطق|منطقه|مدن|مدينه|قري|قريه|مواقع|موقع|احياء|محافظات|ولايات|دول|بلدات|اقاليم|"
                          r"مقاطعات|ارض|سطح|اراضي)(?![^\W\d_])")
_RATE_REACHES = re.compile(r"[تي]صل\s+الي(?![^\W\d_])")
# «ستة مغاربة على الأقل يوجدون بين الضحايا»: counted among the victims of a toll told before
_AMONG_VICTIMS = re.compile(r"\s*(?:علي\s+الاقل\s+)?(?:(?:يوجدون|يوجد|توجد|هم|كانوا|كان)\s+)?(?:من\s+)?بين\s+"
                            r"(?P<w>الضحايا|القتلي|الجرحي|المصابين|الوفيات)(?![^\W\d_])")
_AMONG_CATEGORY = {"القتلي": "killed", "الوفيات": "killed", "الجرحي": "injured", "المصابين": "injured"}
_AGE_TO = re.compile(r"\s*(?:(?:اشهر|شهور|شهرا|سنوات|سنه|عاما|اعوام)\s+)?(?:الي|حتي)\s*")


_YEARS_IN = {"decade": 10, "century": 100}
_AND_LIST_GAP = re.compile(r"\s*(?:و|[،,]\s*و?)\s*")
_LIST_TIMES = frozenset(("time:day", "time:week", "time:month", "time:year", "time:hour", "time:minute"))
_PULLED_OUT_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:انتشال|انتشلت|انتشل|انقاذ|انقذت|انقذ|اخراج|اخرجت|اخرج)"
                                r"(?:\s+[^\s\d،,.]+)?\s+\Z")
_AND_ONE_SUBUNIT = re.compile(r"\s*و\s*(?P<c>" + _alternation(L.CURRENCY_PER_UNIT) + r")\s+")
_AND_SUBUNIT = re.compile(r"\s*(?:[^\W\d_]+\s*)?و\s*")  # «ريال سعودي و»: the subunits follow
# («الرحلة إم إتش 370»; not «رحلة كل 5 دقائق»، «2000 رحلة على مدى 7 أيام»)
_DASH_GAP = re.compile(r"\s?[-–]\s?")
# a score in words after «ب»: «بثلاثة أهداف لصفر»، «بأربعة أهداف مقابل هدف»، «بخمسة أهداف دون رد»
_SCORE_AFTER = re.compile(r"\s+(?:" + _alternation(_SCORE_NOUNS) + r")\s+(?:(?P<versus>(?<!دون\s)مقابل)|ل(?=[^\W\d_])|دون\s+(?:رد|مقابل)|نظيف)")  # («بسبعة أهداف دون مقابل»)
_AND_ABOVE = re.compile(r"\s+(?:فما\s+فوق|فاكثر|فما\s+دون|فاقل)(?![^\W\d_])")
_PRISON_NEAR = re.compile(r"(?<![^\W\d_])(?:[وفب]|بال|وبال|ال|وال)?(?:سجن|حبس)(?:ا|يه)?(?![^\W\d_])|(?:مجموعه|عقوبه)\s*\Z")
_DURATION_FOR = re.compile(r"\s*(?:(?:سنوات|سنه|سنين|اعوام|عاما|اشهر|شهرا|شهور)\s+)?(?P<term>(?:(?:سجنا|حبسا)\s+)?(?:نافذا|نافذه|موقوف\s+التنفيذ)\s+|(?:سجنا|حبسا)\s+)?"
                           r"\)?\s*(?:ل|لكل|بحق|في\s+حق|علي)\s*(?:(?:[^\W\d_]+\s+){1,3}?و\s*)?")  # («المؤبد (25 عاما) على 37 متهما»)
# («بعشرين سنة في حق ناصر الزفزافي وثلاثة آخرين»: a named man, and the count sentenced with him)
# «وقضت المحكمة بعشرين سنة»: a court's sentence in years is a prison term
_SENTENCED_TO_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:قضت|حكمت|قضي|حكم)\s+(?:[^\W\d_]+\s+){0,2}?ب\s*\Z")
_RULED_FOR_BEFORE = re.compile(r"(?<![^\W\d_])[وف]?(?:قضي|قضت|حكم|حكمت|(?:ال)?عقوبات|(?:ال)?احكام(?:\s+الصادره)?"
                               r"|(?:ال)?عقوبه(?:\s+(?:ال)?(?:حبسيه|سجنيه))?)"
                               r"\s+(?:في\s+حق|بحق|علي)\s+\Z")  # («تراوحت العقوبات في حق 21 متهما»)


class _Reader(_Exclusions, _Qualifiers, _Categories):
    """Reads the claims of one normalized text."""

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
            # the other bound of days of a month: a range's, or the next figure's when range_partner read a change
            # («ارتفعت حصيلة … خلال الأسبوع الممتد من 17 إلى 23 أبريل»)
            days = partner if partner is not None else nxt if (
                nxt is not None and isinstance(n.value, int) and isinstance(nxt.value, int) and 1 <= n.value < nxt.value
                and _rx(r"\s*(?:الي|حتي|-|–)\s*").fullmatch(norm, n.end, nxt.start)) else None
            if days is not None and isinstance(days.value, int) and days.value <= 31 and _MONTH_AFTER.match(norm, days.end, limit):
                skip_until = days.end  # «من 6 إلى 16 نوفمبر»: days of a month
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
                gap = _range_gap(norm, n.end, nxt.start) if nxt is not None else None
                if n.kind == "cardinal" and not self.definite_one(n) and (partner is not None or gap and (
                        gap.group("dash") or gap.group("to") == "و" or gap.group("bracketed") == "و"
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
                        and ("مقابل" not in norm[n.end:nxt.start] or _SECOND_GROUP_AFTER.match(norm, nxt.end, sent[1])) \
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
                if qb is None and not self.adverbial_span(n) and not _apposed(norm, n) and not (norm[max(0, n.start - 2):n.start] == "ال" and i + 1 < len(nums)
                                       and nums[i + 1].start - n.end <= 2) and (  # («خلال أيامه العشرة مئتين»: a span)
                        lv := _VERB_LONG.search(norm, max(floor, start - 120), start)) and (
                        lv.group("neg") is not None and not self.number_between(lv.end("q"), start) and not _search(
                            r"(?<![^\W\d_])(?:ال)?(?:اعمار|عمر|سن)", norm[lv.end("q"):start])
                        # «لا تتجاوز التغذية بالتيار … في معظم المناطق ساعتين»: a bound, whatever it counts (not an age,
                        # nor a span dating the clause: «لم يتجاوز سعره قبل شهرين ١٢٠٠ ريال»)
                        or n.kind == "percent" or _CURRENCY.match(norm, number_end, limit)
                        or n.dual_of is None and n.value is not None and n.value >= 1000
                        and _search(r"[^\W\d_]", norm[n.start:number_end])
                        or n.dual_of is None and _NOUN_WORD.match(norm, number_end, limit) is not None
                        and (na := _noun_after(norm, number_end, limit)) is not None
                        and (na.kind in ("item", "known_item", "person") or na.kind.startswith("trigger:"))
                        or n.dual_of is not None and _noun_kind(n.dual_of)[0] in ("item", "known_item", "person")) and not any(
                        lv.end("q") <= o.start < start and o.kind != "ordinal" and not _apposed(norm, o) and not (
                            _is_year_value(norm[o.start:o.end]) and not (  # («1980 سريراً»: a year's digits, a count's noun)
                                (ya := _noun_after(norm, o.end, start)) is not None and ya.kind in ("item", "known_item", "person")))
                        and not self.definite_one(o) and not self.definite_span(o)
                        and not ((oa := _noun_after(norm, o.end, start)) is not None and oa.kind == "measure")
                        and not ((nx := _FIGURE_NEXT.match(norm, o.end)) is not None and nx.end() == start + 1
                                 and o.start > lv.end("q") + 1
                                 and (_SUBJECT_FIGURE_BEFORE.search(norm, max(floor, o.start - 14), o.start)
                                      or o.value is not None and o.value < 1))  # («متوسط أجر نحو ثلث المشتركين 3000 ريال»)
                        # («لا تتجاوز الطاقة … البالغ عددها 75 مؤسسة 64 ألف سرير»: the subject's own figure, then the verb's)
                        for o in nums[max(0, i - 6):i]) and not (lv.group("neg") is not None and _FIGURE_NEXT.match(norm, number_end)
                                                                 and n.start > lv.end("q") + 1
                                                                 and _SUBJECT_FIGURE_BEFORE.search(norm, max(floor, n.start - 14), n.start)) \
                        and (all(L.TRIGGERS[t.group("trig")][1] == "weak" for t in _TRIGGER.finditer(norm, lv.end("q"), start))
                             or self.counted_subject(lv.end("q"), i, number_end, limit)) \
                        and not _search(r"[،,]\s*و", norm[lv.end("q"):start]) \
                        and (not _search(r"(?<![^\W\d_])[وف]?(?:الذي|التي|الذين|اللذين|اللتين)(?![^\W\d_])", norm[lv.end("q"):start])
                             or n.kind == "percent" and _RATE_SUBJECT.match(norm, lv.end("q"))
                             or self.counted_subject(lv.end("q"), i, number_end, limit)) \
                        and not _BY_BEFORE.search(norm, max(floor, start - 8), start) \
                        and not _rx(r"\s+(?:ال)?(?:سرعه|اشاره|خط|حد)(?![^\W\d_])(?!\s+(?:ال)?(?:ادني|اقصي))").match(norm, lv.end("q")) \
                        and not _search(r"(?<![^\W\d_])[وف]?(?:ال)?(?:بالغ|بالغه|البالغين|البالغات|محدد|محدده|مقدر|مقدره)\s*(?:في|ب)?\s*\Z",
                                        norm[max(floor, start - 16):start]):
                    # (not «مخالفات تجاوز السرعة بنسبة 71%»: speeding; «تتجاوز نسبة التضخم البالغة 10.7%»، «يفوق بكثير السقف
                    # المسموح به والمحدد في 100 ألف درهم»: the noun's own)
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
                        r"(?<![^\W\d_])[وفب]?(?:نسب[هة]?|زياد(?:ه|ات)|(?:ال)?(?:ارتفاع|انخفاض|تراجع|نمو)|تخفيض(?:ات)?|خصم|خصومات|تخفيضات|(?:ال)?رطوبه|(?:ال)?(?:ارباح|عوائد|فوائد|غرامه|غرامات))"
                        r"(?:\s+[^\s\d،,.]+)?\s*\Z",
                        norm[max(floor, qb[1] - 25):qb[1]]):
                    qb = None  # «نسبة الهدر بالسلك الإعدادي تصل إلى 12 في المائة»: the rate's level (not «بنسبة تصل إلى 40»,
                    # nor a forecast's «رطوبة نسبية تصل إلى 85%», nor promised «أرباح شهرية تصل إلى 20 في المئة», nor
                    # «غرامات تصل إلى 10 في المئة من قيمة العقد»: up to)
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
                if noun is not None and noun.key == "مصلي" and (self.nt.offsets.original or norm)[
                        self.nt.offsets.end(noun.end) - 1] == "ى":
                    noun = _Noun(noun.start, noun.end, "item", noun.key, noun.partitive)  # «تهيئة 62 مصلى»: prayer grounds
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
                if noun is not None and noun.kind == "item" and not noun.partitive and noun.key not in L.NOUNS and partner is None \
                        and _ELIDED_SCALE.search(norm, n.start, n.end) and _search(r"\d", norm[n.start:n.end]) and noun.start > number_end:
                    # «وخُصص لقطاع التعليم ٢١٧ ملياراً تمثل ٢٥٪»: after a count the scale's accusative («ـاً») has its
                    # noun left out; an unknown word after it is the next clause's
                    noun = None
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
            ) or value is not None and value < 0 or qualifier in ("more_than", "at_least", "about", "less_than") \
                    and _SINCE_YEAR_BEFORE.search(norm, max(floor, n.start - 20), n.start) and self.is_year(n, noun):
                continue  # (not «بين 1500 و2000 مقاتل», «أكثر من 2000 ما زالوا»; but «تجاوز عدد المهاجرين … منذ
                # مطلع 2018 عتبة 50 ألف»: the verb's subject ends in a year)
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
                elif qualifier not in ("range", "vague") and value is not None and (
                        scale := _LAST_SCALE.search(norm, n.start, n.end)) and (
                        half := _HALF_SCALE_AFTER.match(norm, cur.end(), limit)) and (
                        half.group("s") is None or half.group("s") == {"k": "الف", "m": "مليون", "b": "مليار"}[scale.lastgroup]):
                    value = low = high = _tidy(value + {"k": 500, "m": 500_000, "b": 500_000_000}[scale.lastgroup])
                    end = skip_until = max(end, half.end())  # «٣ ملايين ريال ونصف المليون» is 3.5 million riyals
            elif noun is not None and noun.kind == "measure" and noun.key in ("نقطه", "نقاط", "نقط") and (
                    _PERCENT_POINT.match(norm, noun.end, limit) or self.sentence_has(_POLL, floor)
                    or _RISE_BY.search(norm, max(floor, start - 25), start) and not self.index_points(start, floor) and (
                        last.get(sent) is not None and last[sent].category == "percent"
                        # («معدل النشاط تراجع بـ0,3 نقطة ليستقر في 46 في المائة»: the rate told after)
                        or _search(r"(?<![^\W\d_])(?:ال)?(?:معدل|نسبه)(?![^\W\d_])", norm[max(floor, start - 80):start])
                        and nxt is not None and nxt.kind == "percent" and nxt.start - noun.end < 40)):
                # (not «ارتفع مؤشر السوق بنسبة 1.3 في المئة، أي بنحو 112 نقطة»: an index's points)
                category, unit = "percent", "percent"  # «بارتفاع قدره 5,1 نقطة» after a rate: percentage points
            elif noun is not None and noun.kind == "measure" and noun.key in ("نقطه", "نقاط", "نقط") and _BASIS_POINTS.match(
                    norm, noun.end, limit):
                category, unit = "percent", "percent"  # «خفضها 50 نقطة أساس»: a hundredth of a per cent each
                value, low, high = (None if v is None else _tidy(v / 100) for v in (value, low, high))
                end = max(end, _BASIS_POINTS.match(norm, noun.end, limit).end())
            elif noun is not None and noun.kind == "measure" and noun.key in ("نقطه", "نقاط", "نقط") and noun.start < n.start \
                    and _TALLY.search(norm, max(floor, noun.start - 30), noun.start):
                category, unit = "count", "item"  # «تجمد رصيد الخليج عند نقطة واحدة»: a tally of one
            elif noun is None and nxt is not None and _range_gap(norm, n.end, nxt.start) and (
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
                elided = category in (None, "count") and self.elided(n, sent)  # a bare «N ألفا»: a noun left out
                if elided and (noun is None or noun.kind == "item" and (
                        norm[noun.start] == "ل" or norm[noun.start:noun.end] in ("فور", "عند", "بعد", "قبل", "بمجرد"))) \
                        and (sum_ := money.get(sent)) is not None and (
                            (amount := _AMOUNT_WORD_BEFORE.search(norm, max(floor, n.start - 8), n.start)) is not None
                            or last.get(sent) is sum_) \
                        and sum_.num.end <= n.start and isinstance(sum_.value, int) and sum_.value >= 1000 \
                        and not _search(r"(?<![^\W\d_])(?:ال)?عدد", norm[max(floor, n.start - 20):n.start]) \
                        and (_rx(r"[،,]?\s*و\s*\Z").search(norm, max(floor, n.start - 4), n.start)
                             or _PAID_BEFORE.search(norm, max(floor, n.start - 30), n.start) or amount):
                    # «مبلغ 100 مليون دينار لدعم الخبز، و60 مليونا لدعم الغاز»: more of the same money, the claim just
                    # before («لدعم»: for what; not «ألا يتجاوز العدد 72 ألفا»: a number of people)
                    category, trigger, noun = "money", sum_.unit, None
                elif elided and category is None and noun is None and (told := self.elided_heads(n, sent)) is not None:
                    # «أكثر من 224 ألف مهاجر ولاجئ …، استقبلت اليونان وحدها 124 ألفا»; but «نزح 200 ألف …، بينما بقي فيها
                    # نحو 50 ألفا»: people of the same kind, another thing told of them
                    category, trigger = (told.category if told.category == "people" or _ELIDED_HOST_BEFORE.search(
                        norm, max(floor, n.start - 40), n.start) else "people"), None
                if category is None:
                    continue
                if category not in _PERSON_CATEGORIES and _fullmatch(r"(?:احد|احدي|احدا)(?:هم|هما|هن|ها)?", norm[n.start:n.end]):
                    continue  # «القبض على أحدهم»: one of the people, never a sum or a thing counted
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
                        # «بالسجن عشرين سنة في حق المتهم الرئيسي …، وخمسة عشر عاما في حق ثلاثة آخرين»: one sentence, parallel terms
                        or (pn := _PRISON_NEAR.search(norm, max(floor, prev.start - 120), prev.start)) is not None
                        and (_search(r"(?<![^\W\d_])(?:في\s+حق|بحق)(?![^\W\d_])", norm[pn.end():prev.start])
                             or _search(r"(?<![^\W\d_])(?:اقصاها|ادناها|اعلاها|اخفها|اثقلها)\s*\Z", norm[pn.end():prev.start]))
                        or _SENTENCED_TO_BEFORE.search(norm, max(floor, prev.start - 30), prev.start)) \
                        and "موقوف" not in (term.group("term") or ""):  # (a suspended term holds no one)
                    category = "detained"  # «46 سنة سجنا نافذا على 9 متهمين»، «بالسجن 9 سنوات في حق ثلاثة»: sentenced
                elif category == "people" and _PRISON_FOR_BEFORE.search(norm, max(floor, start - 30), start):
                    category = "detained"  # «قضت بسنة حبسا نافذا في حق 8 منهم»: a term with no figure of its own
                elif category == "people" and _RULED_FOR_BEFORE.search(norm, max(floor, start - 32), start) \
                        and _PRISON_TERM_AFTER.match(norm, max(end, noun.end) if noun is not None else end, limit):
                    category = "detained"  # «قضى في حق 53 متهما بعقوبات تراوحت بين سنتين و20 سنة سجنا نافذا»
                elif category == "people" and (noun is not None and noun.kind == "person" and _FOR_CONVICTS_BEFORE.search(
                        norm, max(floor, start - 40), start) or _FOR_CONVICTS_COUNTED.search(norm, max(floor, start - 60), start)) \
                        and _VERDICTS.search(norm, max(floor, start - 120), min(limit, end + 120)) \
                        and _PRISON_NEAR.search(norm, max(0, floor - 200, start - 400), min(limit, end + 200)) \
                        and not ((acq := _ACQUITTED.search(norm, max(floor, start - 60), start)) and not _rx(
                            r"(?<![^\W\d_])(?:" + _ASKED_WORD + r"|طالب|رافع|رافعت|مرافعه|مرافعته)(?![^\W\d_])[^.؛\d]{0,30}\Z").search(
                                norm, max(floor, acq.start() - 40), acq.start())) \
                        and not _NOT_HELD.search(norm, max(floor, start - 60), min(limit, end + 60)) \
                        and not _SENTENCE_ASKED.search(norm, max(floor, start - 150), start) \
                        and "اعدام" not in norm[max(floor, start - 40):start]:  # (a death sentence: see _Reader.to_death)
                    # (not «التمس ممثل النيابة العامة … إنزال أقصى العقوبات في حق 11 متهما»، «ودعا ممثل النيابة إلى
                    # إنزال …»، «وطلب الوكيل العام بإنزال …»: asked for, not given; an
                    # acquittal only asked for blocks nothing: «طالب الدفاع بالبراءة أصدرت المحكمة أحكاما سجنية»)
                    # «وزعت باقي الأحكام على 49 متهما»، «أصدرت أحكاما في حق 53 متهما تراوحت بين سنة و20 سنة سجنا»،
                    # «وزعت على (4) متهمين آخرين أحكاما»، «… سجنا نافذا على باقي المتهمين البالغ عددهم 20»: prison terms
                    # shared out (not an acquittal)
                    category = "detained"
                if category == "detained" and trigger is not None and noun is not None and noun.kind == "person" \
                        and "ضبط" in norm[trigger[0]:trigger[1]] and "غش" in norm[noun.end:noun.end + 60] \
                        and _CHEATING_AFTER.match(norm, noun.end, limit) and _search(r"امتحان|بكالوريا|باكالوريا|مترشح|ممتحن", norm[floor:limit]):
                    category, trigger = "people", None  # «ضبط 2.500 مترشح في حالة غش»: caught cheating at an exam
                if category == "released" and "خف" in norm[end:end + 80] and (trigger is None or trigger[1] <= start and _search(r"[،,]", norm[trigger[1]:start])) \
                        and (ca := _COMMUTED_AFTER.match(norm, end, limit)) is not None and not _search(r"(?<![^\W\d_])بعد\s", ca.group()):
                    # (not «أفرج عن 15 سجينا بعد تخفيف العقوبة»: freed; the release told right before is theirs)
                    category, trigger = "detained", None  # «و11 محكوما بالسجن المؤبد خففت عقوبتهم»: still held
                if category in ("detained", "released") and _FINE_PARDON_AFTER.match(norm, max(end, noun.end) if noun else end, limit) \
                        and not (trigger is not None and trigger[1] <= start and start - trigger[1] <= 8):  # (not «أفرج عن 46 سجينا مستفيدين من …»)
                    category, trigger = "people", None  # «واستفاد 46 شخصا من العفو من الغرامة»: a fine forgiven, no one held or freed
                if category == "detained" and "غير" in norm[end:end + 100] and _NOT_HELD_AFTER.match(norm, end, limit):
                    category, trigger = "people", None  # «و30 من العفو … بالنسبة لغير المعتقلين»: not held
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
                if category in ("detained", "people") and "غادر" in norm[max(floor, n.start - 50):n.start] \
                        and (left_prison := _LEFT_PRISON.search(norm, max(floor, n.start - 50), n.start)) is not None \
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
                if category in ("detained", "people") and _FOR_THE_BENEFIT_OF.search(norm, max(floor, n.start - 16), n.start) \
                        and _REST_OF_TERM_BEFORE.search(norm, max(floor, n.start - 100), n.start):
                    category, trigger = "released", None  # «شمل العفو بالإطلاق ما تبقى من عقوبة الحبس أو السجن لفائدة 58 نزيلا»
                    # (not «… من بقية العقوبة، والتخفيض من العقوبة لفائدة 244 نزيلا»: sentences cut)
                if category == "detained" and noun is not None and _AT_LIBERTY.match(norm, noun.end, limit):
                    category, trigger = "people", None  # «فيما شمل العفو 139 شخصا في حالة سراح»: free, never held
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
                if category == "captive" and trigger is not None and trigger[1] <= n.start and _rx(
                        r"(?<![^\W\d_])(?:لدي|عند|بحوزه|في\s+قبضه)\s*\Z").search(norm, max(floor, n.start - 12), n.start):
                    category, trigger = "people", None  # «طفلة كانت محتجزة لدى شخصين»: those who held her, not the held
                if category in ("injured", "infected", "casualties") and noun is not None and (
                        of := _OF_THE_HURT.match(norm, noun.end, limit)) is not None and (
                        v := _TRIGGER.match(norm, of.end(), limit)) is not None and self.is_event(v) \
                        and not _rx(r"(?:\s+(?:فيه|فيها))?\s+(?:احد|احدها|احدهم|احداها|منها|منهم|اثنان|اثنين)(?![^\W\d_])").match(
                            norm, v.end(), limit) \
                        and L.TRIGGERS[v.group("trig")][1] != "noun" and L.TRIGGERS[v.group("trig")][0] in ("killed", "recovered"):
                    # (not «توفيت فيه أحدهم»: another's death told)
                    category, trigger = L.TRIGGERS[v.group("trig")][0], v.span()  # «حالتين من المصابين توفيتا»: what became of them
                if category == "affected" and trigger is not None and trigger[1] <= n.start and _NEED_WORD.fullmatch(
                        norm, trigger[0], trigger[1]) and (to := _rx(r"(?<![^\W\d_])الي\s+(?:[^\s\d]+\s+){0,2}\Z").search(
                        norm, max(trigger[1], n.start - 25), n.start)) is not None and to.start() >= trigger[1]:
                    category, trigger = "people", None  # «يحتاج فيه القطاع الصحي إلى أزيد من 32 ألف مهني»: those needed
                if category == "people" and noun is not None and noun.key in _RESIDENTS and _CUT_AFFECTS_BEFORE.search(
                        norm, max(floor, n.start - 40), n.start):
                    category = "affected"  # «انقطاع الماء …، وهو ما سيؤثر على حوالي 200 ألف نسمة»: residents hit (not «لن يؤثر»)
                if category == "people" and noun is not None and noun.end <= n.start and norm[noun.start] == "و" \
                        and _rx(r"و(?:[^\W\d_]{2,}يين|مواطنين|مقيمين)").fullmatch(norm, noun.start, noun.end) \
                        and prev is not None and prev.sentence == sent and prev.category in _PERSON_CATEGORIES \
                        and noun.start - prev.end <= 30 \
                        and prev.category != "people" and not self.claim_number_between(prev.end, noun.start) \
                        and not any(self.is_event(t) for t in _TRIGGER.finditer(norm, prev.num.end, noun.start)) \
                        and not _search(r"[؛.]", norm[prev.end:noun.start]):
                    category, trigger = prev.category, prev.trigger  # «القبض على ٤ أشخاص من جنسية عربية وسعوديين اثنين»
                if category == "detained" and noun is not None and noun.kind != "trigger:detained" \
                        and (state := _SUBSET_STATE.match(norm, noun.end, limit)) \
                        and not (trigger is not None and _ARREST_WORD.search(norm, trigger[0], trigger[1])) \
                        and not _SENTENCED_TO_PRISON.search(norm, max(floor, n.start - 40), state.end()) \
                        and (state.group("held") or _ON_TRIAL.search(norm, max(floor, n.start - 60), min(limit, state.end() + 60))):
                    # «إدانة 17 متهما، من بينهم 5 في حالة اعتقال»: the rest at liberty; «أحالت النيابة ٢٩ متهما إلى المحاكمة،
                    # بينهم ٧ لا يزالون فارين»: not all held (not after an arrest: «أوقفت الشرطة 17 شخصا، من بينهم 5 في حالة
                    # اعتقال احتياطي»; nor a sentence: «قضت المحكمة بسجن تسعة متهمين، بينهم أربعة هاربون»)
                    category, trigger = "people", None
                if category == "rescued" and trigger is not None and _rx(r"(?:ال)?نجاه(?![^\W\d_])").match(norm, trigger[0], trigger[1]) \
                        and _MANAGED_BEFORE.search(norm, max(floor, n.start - 24), n.start) \
                        and not _HELD_BY_CAPTORS.search(norm, max(floor, n.start - 200), min(limit, n.end + 200)) \
                        and not _SAVED_AFTER.match(norm, trigger[1], limit):
                    category, trigger = "people", None  # «فيما تمكن ثلاثة آخرون من النجاة سباحة»: they got away, no one saved them
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
            elif category == "count":
                self._last_count = draft
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

    def elided(self, n: _Num, sent: tuple[int, int]) -> bool:
        """A bare «N ألفا»: the accusative thousand (million) says a noun told before is left out."""
        return _ELIDED_SCALE.search(self.norm, n.start, n.end) is not None and not (
            _rx(r"\s*(?:[^\W\d_]|%|٪)").match(self.norm, n.end, sent[1])
            and not _rx(r"\s*(?:[،,.؛]|و|في|من|الي|ل|خلال|منذ|حسب|وفق|فور|عند|بعد|قبل|بمجرد)(?![^\W\d_])").match(self.norm, n.end, sent[1])
            and not _rx(r"\s*(?:ل|لل)(?=[^\W\d_]{3})").match(self.norm, n.end, sent[1]))  # («و60 مليونا لدعم الغاز»: for what)

    def elided_heads(self, n: _Num, sent: tuple[int, int]) -> Optional[_Draft]:
        """The head count earlier in the sentence whose noun a bare «N ألفا» leaves understood: «عبر أكثر
        من 224 ألف مهاجر …، واستقبلت اليونان وحدها 124 ألفا»."""
        if _COST_BEFORE.search(self.norm, max(sent[0], n.start - 30), n.start):
            return None  # «كلفة إيواء 100 ألف نازح بنحو 50 مليونا»: a cost
        heads = [d for d in self._sentence_people if d.sentence == sent and d.noun is not None and d.num.end <= n.start
                 and isinstance(d.value, int) and d.value >= 1000]
        return heads[-1] if heads else None

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

    def counted_subject(self, after: int, i: int, end: int, limit: int) -> bool:
        """The bound verb's subject is a count or a sum whose relative clause may stand before the figure: «تجاوز عدد
        المواطنين الذين تم تهجيرهم … ٧ آلاف مواطن»، «تجاوزت المبالغ التي سددتها اللجنة … ٤٫٦ مليون ريال» (a sum only
        before money: not «تجاوزت قيمة الغرامات التي فرضت على 80 منشأة … التوقعات»)."""
        m = _COUNT_SUBJECT.match(self.norm, after)
        return m is not None and (m.group("n") == "عدد" or _CURRENCY.match(self.norm, end, limit) is not None) \
            and not self.figure_follows(i, end, limit)

    def figure_follows(self, i: int, end: int, limit: int) -> bool:
        """Another figure closes the clause after the ``i``-th: «عدد الذين تم إجلاؤهم عبر الممرات الثمانية … 48 شخصاً»
        (the count's figure is the last, «الثمانية» is inside its subject)."""
        if i + 1 >= len(self.nums) or self.nums[i + 1].start >= min(limit, end + 80):
            return False
        between = self.norm[end:self.nums[i + 1].start]  # (no punctuation, or an aside closed right before it:
        return not _search(r"[،,.؛]", between) or _fullmatch(r"[^،,.؛]*[،,][^،,.؛\d]{1,25}[،,]\s*", between)
        # «… في 12 مدينة، وفق الوزارة، 40 ألف طالب»; not «٧ آلاف مواطن، وصرفت لكل أسرة ١٥ ألف ريال»)

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
