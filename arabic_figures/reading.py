"""Reading documents: files, folders, stdin and the embedded seed article.

Large texts are read in chunks that end on a line or sentence boundary near every
:data:`CHUNK_SIZE` characters; the claims of each chunk are shifted back by the
chunk's offset, so every span stays relative to the whole text.

Claims are read chunk by chunk, so what a claim takes from the whole document
(the country that decides the currency of a bare «درهم» or «جنيه») is looked for
within its chunk only.

Offsets count characters of the text as Python reads it with
``open(path, encoding="utf-8").read()`` (universal newlines: ``\\r\\n`` is one ``\\n``).

>>> text = "قتل 3 أشخاص.\\nوأصيب 4 آخرون.\\n"
>>> [(offset, len(chunk)) for offset, chunk in iter_chunks(io.StringIO(text), size=16)]
[(0, 13), (13, 15)]
>>> [(c.category, text[c.number.start:c.number.end]) for c in read_claims(io.StringIO(text), size=16)]
[('killed', '3'), ('injured', '4')]
"""

from __future__ import annotations

import codecs
import io
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import BinaryIO, TextIO, Union

import regex

from .model import Claim, Number

#: Characters read at a time; a chunk ends on the last line or sentence end in its second half.
CHUNK_SIZE = 1 << 20
SEED_NAME = "seed_article.txt"
STDIN_NAME = "<stdin>"

_SENTENCE_END = regex.compile(r"[.!?؟؛](?=\s)")
_SPACE = regex.compile(r"\s")


def seed_article() -> str:
    """The embedded seed article (the SPEC's worked example)."""
    return resources.files(__package__).joinpath("data", SEED_NAME).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Source:
    """One document to read: a file, standard input (``path`` is ``-``) or the seed article."""

    name: str
    path: Path | None = None

    @property
    def is_stdin(self) -> bool:
        return self.path is not None and str(self.path) == "-"


def find_sources(paths: list[str]) -> tuple[list[Source], list[str]]:
    """Expand paths into documents: a folder gives its ``.txt`` files, recursively and sorted
    (hidden files and folders, such as ``.ipynb_checkpoints``, are skipped).

    Returns the documents and one message for each path that gives none.
    """
    sources: list[Source] = []
    problems: list[str] = []
    seen: set[str] = set()

    def add(src: Source) -> None:
        if src.name not in seen:
            seen.add(src.name)
            sources.append(src)

    for p in paths:
        if p == "-":
            add(Source(STDIN_NAME, Path("-")))
            continue
        path = Path(p)
        if path.is_dir():
            found = sorted(f for f in path.rglob("*") if f.suffix.lower() == ".txt" and f.is_file()
                           and not any(part.startswith(".") for part in f.relative_to(path).parts))
            if not found:
                problems.append(f"{p}: no .txt files in this folder")
            for f in found:
                add(Source(str(f), f))
        elif path.exists():
            add(Source(str(path), path))
        else:
            problems.append(f"{p}: no such file or folder")
    return sources, problems


def _cut(buf: str) -> int:
    """Where to end a chunk of ``buf``: after its last newline or sentence end in the second half."""
    half = len(buf) // 2
    nl = buf.rfind("\n", half)
    if nl >= 0:
        return nl + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(buf, half)]
    if ends:
        return ends[-1]
    spaces = [m.end() for m in _SPACE.finditer(buf, half)]
    return spaces[-1] if spaces else len(buf)


def iter_chunks(stream: TextIO, size: int = CHUNK_SIZE) -> Iterator[tuple[int, str]]:
    """Yield ``(offset, chunk)`` pairs covering the stream's text, in order, without overlap.

    Each chunk but the last ends on a line or sentence boundary when there is one in
    its second half, so no sentence is cut in two in ordinary text.
    """
    if size < 2:
        raise ValueError(f"chunk size must be at least 2, got {size}")
    offset, carry = 0, ""
    while True:
        block = stream.read(size)
        buf = carry + block
        if not block:
            if buf:
                yield offset, buf
            return
        if len(buf) < size:
            carry = buf
            continue
        cut = _cut(buf)
        yield offset, buf[:cut]
        offset += cut
        carry = buf[cut:]


def shift_number(n: Number, offset: int) -> Number:
    """The same number with its span moved ``offset`` characters to the right."""
    return replace(n, start=n.start + offset, end=n.end + offset)


def shift_claim(c: Claim, offset: int) -> Claim:
    """The same claim with every span (number, trigger, sentence) moved by ``offset``.

    >>> from arabic_figures import extract
    >>> c = shift_claim(extract("قتل 5 أشخاص")[0], 10)
    >>> (c.start, c.number.start, c.trigger.start, c.sentence_start)
    (10, 14, 10, 10)
    """
    if not offset:
        return c
    t = c.trigger
    return replace(
        c, start=c.start + offset, end=c.end + offset, number=shift_number(c.number, offset),
        trigger=replace(t, start=t.start + offset, end=t.end + offset) if t else None,
        sentence_start=c.sentence_start + offset, sentence_end=c.sentence_end + offset)


Item = Union[Claim, Number]


def read_claims(stream: TextIO, size: int = CHUNK_SIZE, numbers: bool = False) -> list[Item]:
    """Claims (or numbers, with ``numbers=True``) of a stream read in chunks, spans of the whole text."""
    from .claims import iter_claims
    from .numbers import iter_numbers

    found: list[Item] = []
    for offset, chunk in iter_chunks(stream, size):
        if numbers:
            found.extend(shift_number(n, offset) for n in iter_numbers(chunk))
        else:
            found.extend(shift_claim(c, offset) for c in iter_claims(chunk))
    return found


def _bad_byte(raw: BinaryIO, encoding: str) -> int | None:
    """Offset of the first byte that does not decode, or None."""
    decoder = codecs.getincrementaldecoder(encoding)()
    pos = 0
    while True:
        block = raw.read(1 << 20)
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(block, final=not block)
        except UnicodeDecodeError as e:
            return pos - pending + e.start
        if not block:
            return None
        pos += len(block)


class ReadError(Exception):
    """A document that cannot be read or decoded; the message names it."""


def read_source(src: Source, encoding: str = "utf-8", size: int = CHUNK_SIZE,
                numbers: bool = False) -> list[Item]:
    """Claims (or numbers) of one document; :class:`ReadError` names it when it cannot be read."""
    try:
        if src.path is None:
            return read_claims(io.StringIO(seed_article()), size, numbers)
        if src.is_stdin:
            stream = io.TextIOWrapper(sys.stdin.buffer, encoding=encoding, newline=None)
            try:
                return read_claims(stream, size, numbers)
            finally:
                stream.detach()  # leave sys.stdin open
        with open(src.path, encoding=encoding, newline=None) as f:
            return read_claims(f, size, numbers)
    except UnicodeDecodeError:
        where = ""
        if not src.is_stdin and src.path is not None:
            with open(src.path, "rb") as raw:
                pos = _bad_byte(raw, encoding)
            where = f" (first bad byte at offset {pos})" if pos is not None else ""
        raise ReadError(f"{src.name}: not valid {encoding} text{where}; "
                        f"try --encoding (e.g. cp1256 for older Arabic files)") from None
    except LookupError:
        raise ReadError(f"unknown encoding {encoding!r}") from None
    except OSError as e:
        raise ReadError(f"{src.name}: cannot read: {e.strerror or e}") from None
