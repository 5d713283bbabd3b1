"""The same input gives the same output in any process, call order or hash seed
(issue 5, "Determinism").

A child process reads a fixed set of texts (the seed article, 600 development
sentences spread over every set, and a few hostile ones) and prints a canonical JSON dump of everything
find_numbers, extract and parse_number return. The dump must be byte-identical
across PYTHONHASHSEED values, across call orders, and equal to what this process
computes.
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import arabic_figures as af

ROOT = Path(__file__).resolve().parent.parent

# Runs in a child: argv[1] is "forward", "reverse" or "shuffled".
CHILD = r'''
import json, random, sys
from pathlib import Path
import arabic_figures as af

root = Path(sys.argv[2])
texts = [(Path(af.__file__).parent / "data" / "seed_article.txt").read_text(encoding="utf-8")]
lines = [line for path in sorted((root / "tests" / "data").glob("*.jsonl"))
         for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
# 600 sentences spread over every set (6 runs of it): the same code paths, a cost that does not grow with the data
texts += [json.loads(line)["text"] for line in lines[::max(1, -(-len(lines) // 600))]]
texts += [
    "ألف " * 50, "١٫٬" * 40, "\u200f3\u200e0 قتيلا " * 10, "ثلاثةآلافوأربعمئةوخمسةوعشرون",
    "بين 20 و30 قتيلا، من ١٨ إلى ٢٠ ألف نازح، 20-30 جريحا، عشرات الآلاف من النازحين",
    "دفعت قطر 100 مليون ريال، والسعودية 5 ملايين ريال، ومصر 3 آلاف جنيه، و$40",
]

def value(v):
    return None if v is None else [type(v).__name__, repr(v)]

def dump(i, text):
    nums = [[n.text, n.start, n.end, value(n.value), value(n.low), value(n.high), n.kind]
            for n in af.find_numbers(text)]
    claims = []
    for c in af.extract(text):
        d = c.to_dict()
        d = {k: (value(v) if k in ("value", "low", "high") else v) for k, v in d.items()}
        d["number"] = {k: (value(v) if k in ("value", "low", "high") else v) for k, v in d["number"].items()}
        claims.append(d)
    parsed = [value(af.parse_number(n[0])) for n in nums]
    return [i, nums, claims, parsed]

order = list(range(len(texts)))
if sys.argv[1] == "reverse":
    order.reverse()
elif sys.argv[1] == "shuffled":
    random.Random(7).shuffle(order)
out = sorted(dump(i, texts[i]) for i in order)
sys.stdout.write(json.dumps(out, ensure_ascii=False, sort_keys=True))
'''


def run_child(order: str, hashseed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hashseed}
    proc = subprocess.run([sys.executable, "-c", CHILD, order, str(ROOT)], capture_output=True,
                          env=env, timeout=300, cwd=str(ROOT))
    assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")[-2000:]
    return proc.stdout.decode("utf-8")


def _digest(s: str) -> str:
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:16]


@pytest.fixture(scope="module")
def reference() -> str:
    return run_child("forward", "0")


def test_reference_is_not_empty(reference):
    out = json.loads(reference)
    assert len(out) > 200
    assert sum(len(row[2]) for row in out) > 200  # claims were found
    assert sum(len(row[1]) for row in out) > 300  # numbers were found


@pytest.mark.parametrize("order,hashseed", [  # (the reference: forward, seed 0)
    ("forward", "4294967295"),
    ("reverse", "12345"),
    ("shuffled", "random"),
])
def test_same_output_in_other_processes(reference, order, hashseed):
    got = run_child(order, hashseed)
    assert _digest(got) == _digest(reference), f"output differs with order={order}, PYTHONHASHSEED={hashseed}"


def test_same_output_in_this_process(reference):
    """This (already warm) process agrees with a fresh child, whatever ran before."""
    ns: dict = {}
    code = CHILD.split("order = list(")[0].replace("Path(sys.argv[2])", f"Path({str(ROOT)!r})")
    exec(compile(code, "<child>", "exec"), ns)  # our own code, run in this process
    texts, dump = ns["texts"], ns["dump"]
    out = sorted(dump(i, texts[i]) for i in reversed(range(len(texts))))
    assert json.dumps(out, ensure_ascii=False, sort_keys=True) == reference


def test_call_order_and_interleaving():
    """Interleaving other calls, or asking twice, changes nothing."""
    texts = [
        "قتل ما لا يقل عن 30 شخصاً وأصيب 50 آخرون",
        "ودفعت 2.2 مليون نسمة إلى المجاعة",
        "نزوح عشرات الآلاف من السكان منذ ستة أسابيع",
        "أفرج عن ١١٠ أسرى مقابل ٣٠٠ معتقل",
    ]
    first = [af.extract(t) for t in texts]
    first_numbers = [af.find_numbers(t) for t in texts]
    for t in reversed(texts):
        af.parse_number("ثلاثة آلاف وأربعمئة")
        af.find_numbers(t + " " + t)
        list(af.iter_claims(t))
    assert [af.extract(t) for t in texts] == first
    assert [af.find_numbers(t) for t in texts] == first_numbers
    assert [list(af.iter_claims(t)) for t in texts] == first
    # a document read alone or inside a frame of many gives the same claims
    frame = af.extract_frame(texts)
    assert len(frame) == sum(len(c) for c in first)
    import pandas as pd

    got = [None if pd.isna(v) else float(v) for v in frame["value"]]
    assert got == [None if c.value is None else float(c.value) for cs in first for c in cs]
    assert frame["category"].astype(str).tolist() == [c.category for cs in first for c in cs]


def test_extract_frame_parallel_equals_serial():
    import inspect

    if "n_jobs" not in inspect.signature(af.extract_frame).parameters:
        pytest.skip("extract_frame has no n_jobs")
    texts = [json.loads(line)["text"] for line in
             (ROOT / "tests" / "data" / "dev_conflict.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()][:60]
    serial = af.extract_frame(texts)
    parallel = af.extract_frame(texts, n_jobs=2)
    assert len(serial) > 0
    assert serial.equals(parallel)
