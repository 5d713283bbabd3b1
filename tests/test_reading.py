"""Reading documents in chunks: spans stay relative to the whole text."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabic_figures import extract, find_numbers
from arabic_figures.reading import (
    ReadError,
    Source,
    find_sources,
    iter_chunks,
    read_claims,
    read_source,
    seed_article,
    shift_claim,
)

DATA = Path(__file__).parent / "data"


def dev_texts(every: int = 1) -> list[str]:
    """The development sentences (``every``: one in so many of each set)."""
    return [json.loads(line)["text"] for f in sorted(DATA.glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines()[::every] if line.strip()]


def corpus(every: int = 1, cap: int = 0) -> str:
    """The seed article and the development sentences, one paragraph a line (``cap``: at most
    about so many sentences, spread over all the sets, so the test does not grow with the data)."""
    texts = dev_texts(every)
    if cap and len(texts) > cap:
        texts = texts[::-(-len(texts) // cap)]
    return seed_article() + "\n" + "\n".join(texts) + "\n"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="قتل 5٫.\n؟ ab", max_size=300), st.integers(2, 40))
def test_chunks_cover_the_text_exactly(text, size):
    chunks = list(iter_chunks(io.StringIO(text), size))
    assert "".join(c for _, c in chunks) == text
    offset = 0
    for start, chunk in chunks:
        assert start == offset and chunk
        offset += len(chunk)


def test_chunks_end_on_a_line_when_there_is_one():
    text = "".join(f"سطر رقم {i} فيه كلام.\n" for i in range(200))
    chunks = list(iter_chunks(io.StringIO(text), 100))
    assert len(chunks) > 10
    assert all(chunk.endswith("\n") for _, chunk in chunks)


def test_chunks_end_on_a_sentence_when_there_is_no_line():
    text = " ".join("قتل 5 أشخاص." for _ in range(100))
    for _, chunk in list(iter_chunks(io.StringIO(text), 60))[:-1]:
        assert chunk.endswith(".")


def _local(claims):
    """Claims without the one field read from the whole document: the currency of a bare
    «درهم»/«جنيه» comes from the country named nearest, which may lie in another chunk."""
    return [replace(c, unit="money") if c.category == "money" else c for c in claims]


def test_read_in_chunks_equals_reading_whole():
    text = corpus(every=8, cap=500)  # one sentence in eight of every set (500 at most): the same cuts and paths
    longest = max(len(line) for line in text.split("\n"))
    whole = extract(text)
    assert len(whole) > 100
    for size in (2 * longest + 1, 5000):
        assert _local(read_claims(io.StringIO(text), size)) == _local(whole)
    assert read_claims(io.StringIO(text), len(text) + 1) == whole  # one chunk: identical
    assert read_claims(io.StringIO(text), 3000, numbers=True) == find_numbers(text)


def test_spans_of_a_chunked_read_slice_the_whole_text():
    text = corpus(every=6, cap=700)
    for c in read_claims(io.StringIO(text), 700):
        assert text[c.start:c.end] == c.text
        assert text[c.number.start:c.number.end] == c.number.text
        assert text[c.sentence_start:c.sentence_end] == c.context
        if c.trigger:
            assert text[c.trigger.start:c.trigger.end] == c.trigger.text


@pytest.mark.parametrize("pad", ["\n", "سطر أول.\n", "x\n" * 37])
def test_shift_claim_moves_every_span(pad):
    text = "قتلت إسرائيل ما لا يقل عن 30631 فلسطينياً وأصابت 72043 آخرين"
    shifted = [shift_claim(c, len(pad)) for c in extract(text)]
    assert shifted == extract(pad + text)
    assert shift_claim(extract(text)[0], 0) == extract(text)[0]


def test_find_sources_walks_folders(tmp_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for name in ("a.txt", "b/deep/c.TXT", "b/d.txt", "b/skip.csv", ".hidden/e.txt", "b/.f.txt"):
        (tmp_path / name).write_text("قتل 5 أشخاص", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    sources, problems = find_sources([str(tmp_path), "-", str(tmp_path / "missing.txt"),
                                      str(tmp_path / "empty"), str(tmp_path / "a.txt")])
    names = [Path(s.name).relative_to(tmp_path).as_posix() for s in sources if not s.is_stdin]
    assert names == ["a.txt", "b/d.txt", "b/deep/c.TXT"]  # sorted, recursive, once each
    assert [s.name for s in sources if s.is_stdin] == ["<stdin>"]
    assert len(problems) == 2
    assert "missing.txt" in problems[0] and "empty" in problems[1]


def test_read_source_names_a_bad_file(tmp_path):
    bad = tmp_path / "bad.txt"
    good = "كلام بلا أرقام. ".encode()
    bad.write_bytes(good * 100_000 + b"\xff\xfe")
    with pytest.raises(ReadError, match=rf"bad\.txt.*utf-8.*offset {len(good) * 100_000}\b"):
        read_source(Source(str(bad), bad))
    with pytest.raises(ReadError, match="nothing.txt"):
        read_source(Source("nothing.txt", tmp_path / "nothing.txt"))


def test_read_source_reads_the_seed_article():
    assert read_source(Source("seed_article.txt")) == extract(seed_article())
