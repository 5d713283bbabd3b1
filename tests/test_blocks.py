"""Long texts are read block by block: the result must be that of the whole text.

The block size is made small here so that ordinary news text is cut hundreds of
times (after line breaks, else after sentence ends).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from arabic_figures import claims, normalize, numbers

DATA = Path(__file__).parent / "data"


def _news(n_lines: int = 250) -> str:
    rows = [json.loads(line) for f in sorted(DATA.glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    # paragraphs of a few sentences, some lines long enough to force a cut at a sentence end
    lines = [" ".join(r["text"] for r in rows[i:i + 1 + i % 4]) for i in range(0, min(len(rows), n_lines * 2), 2)]
    return "\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def text() -> str:
    return _news()


def _whole(monkeypatch, module, fn, text):
    monkeypatch.setattr(module, "BLOCK_SIZE", 10 ** 12)
    return [x.to_dict() for x in fn(text)]


@pytest.mark.parametrize("size", [1500, 4096])
def test_claims_by_blocks_are_the_claims_of_the_whole_text(monkeypatch, text, size):
    whole = _whole(monkeypatch, claims, claims.extract, text)
    monkeypatch.setattr(claims, "BLOCK_SIZE", size)
    assert len(list(normalize.blocks(text, size))) > 20
    by_blocks = [c.to_dict() for c in claims.extract(text)]
    assert len(whole) > 500
    assert by_blocks == whole


@pytest.mark.parametrize("size", [1500, 4096])
def test_numbers_by_blocks_are_the_numbers_of_the_whole_text(monkeypatch, text, size):
    whole = _whole(monkeypatch, numbers, numbers.find_numbers, text)
    monkeypatch.setattr(numbers, "BLOCK_SIZE", size)
    by_blocks = [n.to_dict() for n in numbers.find_numbers(text)]
    assert by_blocks == whole
    assert all(text[n["start"]:n["end"]] == n["text"] for n in by_blocks)


def test_blocks_cover_the_text_in_order():
    t = "قتل 3 أشخاص. " * 50 + "\n" + "أصيب 4 آخرون\n" * 30 + "كلمة" * 400
    spans = list(normalize.blocks(t, 64))
    assert spans[0][0] == 0 and spans[-1][1] == len(t)
    assert all(a < b for a, b in spans) and all(spans[i][1] == spans[i + 1][0] for i in range(len(spans) - 1))
    # a cut falls after a line break or a sentence end when there is one
    assert all(t[b - 1] == "\n" or t[b - 2:b] == ". " for _, b in spans[:-2])


def test_currency_country_is_found_in_another_block(monkeypatch):
    # «درهم» alone takes the country named nearest, even far away in another block
    text = "أعلنت الحكومة الإماراتية خطة جديدة.\n" + "ويستمر العمل في المشروع.\n" * 200 + "وبلغت الكلفة 500 درهم.\n"
    monkeypatch.setattr(claims, "BLOCK_SIZE", 300)
    (c,) = claims.extract(text)
    assert (c.category, c.unit, c.value) == ("money", "AED", 500)
    assert text[c.number.start:c.number.end] == "500"
