"""The normalized copy and its offset map, tested on their own.

Every later step reads ``normalize(text).text`` and maps spans back through
``Normalized.span``; if the map is wrong, every span in the library is wrong.
Cases are grouped by what the original text does to offsets: characters
deleted (diacritics, tatweel, bidi marks), characters expanded by NFKC (ﻻ → لا,
ﷲ → الله), characters folded one for one (digits, hamza, NBSP).
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabic_figures.normalize import fold, normalize

# --- what the normalized copy says ---------------------------------------------

# (original, normalized copy)
_COPY = [
    # one for one folds: digits in three scripts, separators, hamza, ى/ي, ة/ه
    ("٣٠٦٣١", "30631"),
    ("۳۰۶۳۱", "30631"),
    ("٢٫٢", "2.2"),
    ("٧٢٬٠٤٣", "72,043"),
    ("١٢٪", "12%"),
    ("أإآٱ", "اااا"),
    ("مستشفى", "مستشفي"),
    ("ثلاثة", "ثلاثه"),
    ("یک", "يك"),  # Persian yeh and keheh
    # spaces
    ("30\u00a0ألف", "30 الف"),
    ("30\u202fألف", "30 الف"),
    ("30\u2009ألف", "30 الف"),
    # deletions: harakat, tanween, shadda, superscript alef, tatweel
    ("قُتِلَ", "قتل"),
    ("ألفاً", "الفا"),
    ("ستّة", "سته"),
    ("هٰذا", "هذا"),
    ("عـــشرة", "عشره"),
    # deletions: bidi and zero-width controls, BOM, soft hyphen
    ("\u200f30\u200e", "30"),
    ("\u061c٣٠", "30"),
    ("\u202b30\u202c", "30"),
    ("\u2067٣٠\u2069", "30"),
    ("\ufeffقتل", "قتل"),
    ("خم\u00adسة", "خمسه"),
    ("خم\u200cسة", "خمسه"),
    # NFKC: presentation forms, ligatures, full-width digits
    ("ثﻼثة", "ثلاثه"),
    ("ﻗﺘﻞ", "قتل"),
    ("ﷲ", "الله"),
    ("ﷺ", "صلي الله عليه وسلم"),
    ("１２", "12"),
]


@pytest.mark.parametrize("original, expected", _COPY)
def test_normalized_copy(original, expected):
    assert normalize(original).text == expected


def test_plain_text_is_only_translated():
    text = "قتل 30 شخصا"
    n = normalize(text)
    assert n.text == text
    assert n.span(4, 6) == (4, 6)


# --- spans map back -------------------------------------------------------------

# (original, the normalized substring to look up, what it must slice in the original)
_SPANS = [
    ("قُتِلَ ٣٠ شخصـاً", "30", "٣٠"),
    # diacritics and tatweel after the last letter stay in the word
    ("قُتِلَ ٣٠ شخصـاً", "شخصا", "شخصـاً"),
    ("قُتِلَ ٣٠ شخصـاً", "قتل", "قُتِلَ"),
    ("ثلاثين ألفاً", "الفا", "ألفاً"),
    # tatweel inside a word
    ("نحو عـــشرة آلاف", "عشره", "عـــشرة"),
    # bidi marks around a number are not part of it
    ("قتل \u200f30\u200e شخصا", "30", "30"),
    ("قتل \u2067٣٠\u2069 شخصا", "30", "٣٠"),
    ("\u200fقتل", "قتل", "قتل"),
    # expansions: the ligature maps as a whole
    ("ثﻼثة أشخاص", "ثلاثه", "ثﻼثة"),
    ("ﷲ أكبر ٣ مرات", "3", "٣"),
    ("ﷲ أكبر ٣ مرات", "الله", "ﷲ"),
    ("ﷺ ١٢ شخصا", "12", "١٢"),
    ("ﷺ ١٢ شخصا", "شخصا", "شخصا"),
    ("قتل ﻻ ٣٠", "30", "٣٠"),
    ("قتل ١٢ و１２ شخصا", "12", "١٢"),
    # NBSP and the folded digits stay one for one
    ("2.2\u00a0مليون", "مليون", "مليون"),
    ("٢٫٢\u00a0مليون", "2.2", "٢٫٢"),
]


@pytest.mark.parametrize("original, needle, sliced", _SPANS)
def test_span_maps_back(original, needle, sliced):
    n = normalize(original)
    i = n.text.index(needle)
    s, e = n.span(i, i + len(needle))
    assert original[s:e] == sliced


def test_empty_span_maps_to_a_point():
    n = normalize("\u200fقُتِلَ")
    s, e = n.span(0, 0)
    assert s == e


def test_whole_text_maps_to_whole_text():
    for text in ("قُتِلَ ٣٠", "\u200f٣٠\u200e", "ﷲ", "عـــشرة", "30\u00a0ألف"):
        n = normalize(text)
        s, e = n.span(0, len(n.text))
        # leading bidi marks are outside; trailing ones are outside too
        assert text[s:e].strip("\u200e\u200f") == text.strip("\u200e\u200f")


# --- fold: the form every lexicon entry is matched in -------------------------

@pytest.mark.parametrize("word, folded", [
    ("مائة", "مائه"),
    ("إحدى", "احدي"),
    ("ألفاً", "الفا"),
    ("  ثلاثة ", "ثلاثه"),
    ("عشرة", "عشره"),
    ("ﻋﺸﺮﺓ", "عشره"),  # spaCy's presentation-form عشرة reads as the plain word
])
def test_fold(word, folded):
    assert fold(word) == folded


# --- properties -----------------------------------------------------------------

_ARABIC = st.characters(min_codepoint=0x0600, max_codepoint=0x06FF)
_NOISE = st.sampled_from([
    "\u064e", "\u064b", "\u0651", "\u0652", "\u0640", "\u0670",  # marks, tatweel
    "\u200e", "\u200f", "\u061c", "\u202b", "\u202c", "\u2067", "\u2069", "\u200b", "\ufeff",
    "\u00a0", "\u00ad",
    "\ufefb", "\ufdf2", "\ufe8d", "\ufee3", "\ufc5e", "\ufe71", "\uff11",  # NFKC
])
_TEXT = st.lists(st.one_of(_ARABIC, _NOISE, st.sampled_from(" 0123456789٠١٢٣٤٥٦٧٨٩۰۱۲.,٫٬")),
                 max_size=40).map("".join)


@settings(max_examples=300, derandomize=True, deadline=None)
@given(_TEXT)
def test_every_normalized_char_maps_into_the_original(text):
    n = normalize(text)
    last = 0
    for i in range(len(n.text)):
        s, e = n.span(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert s >= last  # monotone
        last = s
        # the original slice normalizes to something that holds this character
        assert n.text[i] in normalize(text[s:e]).text or n.text[i] == " "


@settings(max_examples=300, derandomize=True, deadline=None)
@given(_TEXT)
def test_spans_of_words_slice_back_to_the_same_word(text):
    import regex

    n = normalize(text)
    for m in regex.finditer(r"\S+", n.text):
        s, e = n.span(m.start(), m.end())
        assert normalize(text[s:e]).text.strip() == m.group()


@settings(max_examples=200, derandomize=True, deadline=None)
@given(st.text(max_size=60))
def test_any_text_normalizes(text):
    n = normalize(text)
    assert isinstance(n.text, str)
    s, e = n.span(0, len(n.text))
    assert 0 <= s <= e <= len(text)


def test_normalizing_is_idempotent_on_arabic_news():
    text = "قُتِلَ ٣٠ شخصـاً و\u200f٧٢٬٠٤٣\u200e جريحاً، ﷲ أكبر"
    once = normalize(text).text
    assert normalize(once).text == once
    assert unicodedata.is_normalized("NFKC", once)
