"""HTML rendering: parse it back and check every highlight, the nesting and the escaping."""

from __future__ import annotations

import itertools
import json
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest

from arabic_figures import extract
from arabic_figures.reading import seed_article
from arabic_figures.render import PALETTE, ClaimList, Highlighted, claims_table, highlight, render

DATA = Path(__file__).parent / "data"


class Reader(HTMLParser):
    """Collects the text of the document div and of every claim mark; checks tags nest."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict]] = []
        self.text = ""
        self.claims: dict[str, str] = {}
        self.attrs: dict[str, dict] = {}
        self.tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        self.stack.append((tag, a))
        if tag == "mark":
            self.claims.setdefault(a["data-claim"], "")
            self.attrs.setdefault(a["data-claim"], a)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        if any("af-text" in a.get("class", "") for _, a in self.stack):
            self.text += data
        for tag, a in self.stack:
            if tag == "mark":
                self.claims[a["data-claim"]] += data


def parse(html: str) -> Reader:
    r = Reader()
    r.feed(html)
    r.close()
    assert not r.stack, "unclosed tags"
    return r


def texts(n: int) -> list[str]:
    """The seed article and the first ``n - 1`` data sentences."""
    lines = (line for f in sorted(DATA.glob("*.jsonl")) for line in f.open(encoding="utf-8") if line.strip())
    return [seed_article()] + [json.loads(line)["text"] for line in itertools.islice(lines, n - 1)]


@pytest.mark.parametrize("text", texts(80))
def test_every_claim_is_highlighted_in_place(text):
    claims = extract(text)
    r = parse(render(text, claims))
    assert r.text == text
    assert len(r.claims) == len(claims)
    for i, c in enumerate(claims):
        assert r.claims[str(i)] == text[c.start:c.end]
        a = r.attrs[str(i)]
        assert a["data-category"] == c.category
        assert PALETTE[c.category] in a["style"]
        for word in (c.category, c.qualifier, c.unit):
            assert word in a["title"]


def test_seed_article_hover_shows_value_qualifier_unit():
    text = seed_article()
    r = parse(render(text, extract(text)))
    titles = [a["title"] for a in r.attrs.values()]
    assert any("30,631" in t and "at_least" in t and "person" in t and t.startswith("killed") for t in titles)
    assert '<div class="af-text" dir="rtl"' in render(text)
    legend = render(text).split('class="af-legend"')[1]
    assert all(f">{c.category}</span>" in legend for c in extract(text))  # every category shown
    assert 'class="af-legend"' not in render(text, legend=False)


def test_text_is_escaped():
    text = 'قتل 5 أشخاص <script>alert("x")</script> & <b>جرح</b> 7 آخرون'
    html = render(text, extract(text))
    assert "<script" not in html and "<b>جرح" not in html
    r = parse(html)
    assert r.text == text
    assert "script" not in r.tags


def test_attributes_are_escaped():
    c = extract("قتل 30 شخصاً")[0]
    evil = replace(c, noun='"><script>alert(1)</script>', category="killed")
    html = render("قتل 30 شخصاً", [evil])
    assert "<script" not in html
    r = parse(html)
    assert '"><script>alert(1)</script>' in r.attrs["0"]["title"]


def test_overlapping_claims_nest_without_breaking():
    text = "قتلت إسرائيل ما لا يقل عن 30631 فلسطينياً وأصابت 72043 آخرين"
    a, b = extract(text)[:2]
    crossing = replace(b, start=a.end - 5)  # starts inside a, ends after it
    inner = replace(a, start=a.number.start, end=a.number.end, category="count")
    claims = [a, crossing, inner]
    r = parse(render(text, claims))
    assert r.text == text
    for i, c in enumerate(claims):
        assert r.claims[str(i)] == text[c.start:c.end]


def test_offset_renders_one_sentence():
    text = seed_article()
    c = next(c for c in extract(text) if c.value == 30631)
    r = parse(render(c.context, [c], offset=c.sentence_start))
    assert r.text == c.context
    assert r.claims["0"] == c.text
    assert parse(c._repr_html_()).claims["0"] == c.text


def test_claims_outside_the_text_are_left_out():
    text = "قتل 30 شخصاً"
    c = extract(text)[0]
    r = parse(render("كلام", [replace(c, start=100, end=110)]))
    assert r.text == "كلام" and r.claims.get("0", "") == ""


def test_jupyter_wrappers():
    text = seed_article()
    h = highlight(text)
    assert isinstance(h, Highlighted) and h.claims == extract(text)
    r = parse(h._repr_html_())
    assert r.text == text and len(r.claims) == len(h.claims)
    assert len(h.to_frame()) == len(h.claims)
    assert repr(h).startswith(f"<Highlighted: {len(h.claims)} claims")
    cl = ClaimList(h.claims)
    table = parse(cl._repr_html_())
    assert table.tags.count("tr") == len(cl) + 1
    assert [table.claims[str(i)] for i in range(len(cl))] == [c.text for c in cl]
    assert claims_table([]).count("<tr>") == 1


def test_every_category_has_its_own_colour():
    from arabic_figures.model import CATEGORIES

    assert set(PALETTE) == set(CATEGORIES)
    assert len(set(PALETTE.values())) == len(PALETTE)


def test_render_refuses_bytes():
    with pytest.raises(TypeError, match="bytes"):
        render(b"x", [])


def test_no_claims_no_marks():
    assert "<mark" not in render("لا أرقام هنا", [])
