"""The command line: in a subprocess, as a user runs it, where only a process shows the behaviour (the
console script, stdin, usage errors, a terminal, several processes); elsewhere its ``main`` in this process
with the same arguments and captured UTF-8 streams (``run_here``: a process per call cost the suite ~10 s)."""

from __future__ import annotations

import fcntl
import io
import json
import os
import pty
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pandas as pd
import pytest

from arabic_figures import extract, extract_frame
from arabic_figures.frame import COLUMNS
from arabic_figures.reading import seed_article

GOOD_A = "قتلت إسرائيل ما لا يقل عن 30631 فلسطينياً وأصابت 72043 آخرين.\nنزح أكثر من 80 ألف شخص خلال ستة أسابيع.\n"
GOOD_C = "ودفعت 2.2 مليون نسمة إلى المجاعة.\n"
SPEC_KEYS = {"doc", "category", "value", "low", "high", "qualifier", "unit", "noun", "number", "start",
             "end", "trigger", "sentence_start", "sentence_end", "context"}


def run(*args: str, stdin: str | bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    data = stdin.encode() if isinstance(stdin, str) else stdin
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    p = subprocess.run([sys.executable, "-m", "arabic_figures", *args], input=data, capture_output=True,
                       cwd=cwd, env=env, timeout=120)
    p.out = p.stdout.decode("utf-8")  # type: ignore[attr-defined]
    p.err = p.stderr.decode("utf-8")  # type: ignore[attr-defined]
    return p


class Ran:
    """What a run printed and returned (the shape of a CompletedProcess's fields the tests read)."""

    def __init__(self, returncode: int, out: str, err: str):
        self.returncode, self.out, self.err = returncode, out, err


def run_here(*args: str) -> Ran:
    """The command line's ``main`` in this process, its streams captured as UTF-8 bytes: the same code
    path as ``run`` without a Python start-up (and pandas import) per call. The tests of what only a
    real process shows (the console script, stdin, the exit on a usage error, a terminal, -j) use ``run``."""
    from arabic_figures import cli

    out, err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        try:
            code = cli.main(list(args))
        except SystemExit as e:  # argparse: a usage error
            code = e.code if isinstance(e.code, int) else 2
        out.flush()
        err.flush()
    finally:
        sys.stdout, sys.stderr = saved
    return Ran(code, out.buffer.getvalue().decode("utf-8"), err.buffer.getvalue().decode("utf-8"))


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "news" / "2024").mkdir(parents=True)
    (tmp_path / "news" / "a.txt").write_text(GOOD_A, encoding="utf-8")
    (tmp_path / "news" / "2024" / "c.txt").write_text(GOOD_C, encoding="utf-8")
    (tmp_path / "news" / "b_bad.txt").write_bytes("قتل 5 أشخاص ".encode() + b"\xff\xfe\xfa")
    (tmp_path / "news" / "notes.md").write_text("قتل 9 أشخاص", encoding="utf-8")
    return tmp_path / "news"


def test_no_input_reads_the_seed_article_and_says_so():
    p = run()
    assert p.returncode == 0, p.err
    assert "seed article" in p.err
    assert "30,631" in p.out and "killed" in p.out and "at_least" in p.out
    header = p.out.splitlines()[0].split()
    assert header == ["doc", "category", "qualifier", "value", "low", "high", "unit", "number", "noun"]
    n = len(extract(seed_article()))
    assert p.out.rstrip().endswith(f"{n} claims in 1 document")


def test_console_script_is_installed():
    script = Path(sys.executable).with_name("arabic-figures")
    if not script.exists():
        pytest.skip("console script not installed in this environment")
    p = subprocess.run([str(script), "--format", "jsonl"], capture_output=True, timeout=120)
    assert p.returncode == 0
    rows = jsonl(p.stdout.decode())
    assert any(r["category"] == "killed" and r["value"] == 30631 and r["qualifier"] == "at_least" for r in rows)


def test_help_has_examples():
    p = run("--help")
    assert p.returncode == 0
    assert "examples:" in p.out and "--format" in p.out and "--numbers" in p.out


def test_bad_file_among_good_ones(corpus):
    p = run_here(str(corpus), "--format", "jsonl")
    assert p.returncode == 1
    assert "b_bad.txt" in p.err and "utf-8" in p.err
    rows = jsonl(p.out)
    docs = {Path(r["doc"]).name for r in rows}
    assert docs == {"a.txt", "c.txt"}  # the good files are still written; notes.md is not a .txt
    assert "b_bad.txt" not in p.out


def test_missing_file_is_named_and_others_still_run(corpus, tmp_path):
    p = run_here(str(tmp_path / "nope.txt"), str(corpus / "a.txt"), "-f", "csv")
    assert p.returncode == 1 and "nope.txt" in p.err
    df = pd.read_csv(io.StringIO(p.out))
    assert set(df["doc"]) == {str(corpus / "a.txt")}


def test_jsonl_has_every_spec_field_and_exact_spans(corpus):
    p = run_here(str(corpus / "a.txt"), str(corpus / "2024" / "c.txt"), "--format", "jsonl")
    assert p.returncode == 0, p.err
    rows = jsonl(p.out)
    assert rows
    for r in rows:
        assert SPEC_KEYS <= set(r)
        assert set(r["number"]) == {"text", "start", "end", "value", "low", "high", "kind"}
        text = Path(r["doc"]).read_text(encoding="utf-8")
        assert text[r["start"]:r["end"]] == r["text"]
        assert text[r["number"]["start"]:r["number"]["end"]] == r["number"]["text"]
        assert text[r["sentence_start"]:r["sentence_end"]] == r["context"]
    killed = [r for r in rows if r["category"] == "killed"]
    assert killed[0]["value"] == 30631 and killed[0]["qualifier"] == "at_least" and killed[0]["high"] is None


def test_csv_and_parquet_equal_the_library_frame(corpus, tmp_path):
    files = [corpus / "a.txt", corpus / "2024" / "c.txt"]
    expected = extract_frame(pd.Series([f.read_text(encoding="utf-8") for f in files],
                                       index=[str(f) for f in files]))
    out = tmp_path / "claims.parquet"
    p = run_here(*map(str, files), "-o", str(out))  # format from the suffix
    assert p.returncode == 0, p.err
    assert p.out == ""
    got = pd.read_parquet(out)
    assert list(got.columns) == ["doc"] + COLUMNS
    pd.testing.assert_frame_equal(got.drop(columns="doc"), expected.drop(columns="doc"), check_dtype=False)
    assert got["doc"].tolist() == expected["doc"].tolist()

    csv = tmp_path / "claims.csv"
    assert run_here(*map(str, files), "-o", str(csv)).returncode == 0
    df = pd.read_csv(csv)
    assert list(df.columns) == ["doc"] + COLUMNS
    assert df["value"].tolist() == pytest.approx(expected["value"].astype(float).tolist(), nan_ok=True)
    assert "30631," in csv.read_text(encoding="utf-8")  # integers print as integers


def test_empty_input_still_writes_a_header(tmp_path):
    f = tmp_path / "empty.txt"
    f.write_text("لا أرقام هنا", encoding="utf-8")
    p = run_here(str(f), "-f", "csv")
    assert p.returncode == 0
    assert p.out.strip() == ",".join(["doc"] + COLUMNS)
    assert "0 claims in 1 document" in run_here(str(f)).out


def test_stdin():
    p = run("-", "-f", "jsonl", stdin=GOOD_A)
    assert p.returncode == 0, p.err
    rows = jsonl(p.out)
    assert rows and {r["doc"] for r in rows} == {"<stdin>"}
    assert [r["value"] for r in rows] == [c.value for c in extract(GOOD_A)]


def test_numbers_lists_numbers_not_claims():
    p = run_here("--numbers", "-f", "jsonl")
    assert p.returncode == 0
    rows = jsonl(p.out)
    assert {"doc", "text", "start", "end", "value", "low", "high", "kind"} <= set(rows[0])
    values = [r["value"] for r in rows]
    assert 2021 in values and 2012 in values  # years are numbers, never claims (SPEC)
    assert 30631 in values
    assert "ordinal" in {r["kind"] for r in rows}


def test_category_filter():
    p = run_here("-c", "killed", "--category", "duration", "-f", "jsonl")
    rows = jsonl(p.out)
    assert rows and {r["category"] for r in rows} == {"killed", "duration"}
    assert run_here("-c", "nonsense").returncode == 2


def test_large_file_in_chunks_keeps_whole_file_spans(tmp_path):
    paragraphs = [GOOD_A, GOOD_C, "وقال المتحدث إن 12 شخصاً أصيبوا في عام 2021.\n"] * 40
    f = tmp_path / "big.txt"
    f.write_bytes("".join(paragraphs).replace("\n", "\r\n").encode("utf-8"))  # CRLF: Python reads \n
    whole = run_here(str(f), "-f", "jsonl")
    chunked = run_here(str(f), "-f", "jsonl", "--chunk-size", "300")
    assert whole.returncode == chunked.returncode == 0
    assert jsonl(chunked.out) == jsonl(whole.out)
    text = f.read_text(encoding="utf-8")
    rows = jsonl(chunked.out)
    assert len(rows) >= 120
    assert all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    assert rows[-1]["start"] > 300 * 10


def test_encoding_option(tmp_path):
    f = tmp_path / "old.txt"
    f.write_bytes(GOOD_C.encode("cp1256"))
    p = run_here(str(f), "-f", "jsonl")
    assert p.returncode == 1 and "old.txt" in p.err and "--encoding" in p.err
    p = run_here(str(f), "-f", "jsonl", "--encoding", "cp1256")
    assert p.returncode == 0
    assert [r["value"] for r in jsonl(p.out)] == [c.value for c in extract(GOOD_C)]


def test_jobs_give_the_same_output(corpus):
    files = [str(corpus / "a.txt"), str(corpus / "2024" / "c.txt")] * 3
    one = run(*files, "-f", "jsonl")
    two = run(*files, "-f", "jsonl", "-j", "2")
    assert one.returncode == two.returncode == 0
    assert one.out == two.out and one.out


def test_usage_errors_exit_2(tmp_path):
    assert run("--numbers", "-c", "killed").returncode == 2
    assert run("-j", "0").returncode == 2
    assert run("-f", "xml").returncode == 2


def _stderr_on_a_terminal(*args: str) -> str:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a 100-column terminal
    p = subprocess.Popen([sys.executable, "-m", "arabic_figures", *args], stdout=subprocess.PIPE,
                         stderr=slave, stdin=subprocess.DEVNULL)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    p.communicate(timeout=120)
    os.close(master)
    return b"".join(chunks).decode("utf-8", "replace")


def test_progress_bar_only_on_a_terminal_with_several_files(corpus):
    pytest.importorskip("tqdm")
    files = [str(corpus / "a.txt"), str(corpus / "2024" / "c.txt")]
    assert "2/2" in _stderr_on_a_terminal(*files, "-f", "jsonl")
    assert "2/2" not in _stderr_on_a_terminal(*files, "-f", "jsonl", "--no-progress")
    assert "1/1" not in _stderr_on_a_terminal(files[0], "-f", "jsonl")
    assert "2/2" not in run(*files, "-f", "jsonl").err  # stderr is a pipe: no bar
