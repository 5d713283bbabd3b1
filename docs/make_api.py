"""Write docs/api.md from the docstrings: ``python docs/make_api.py``.

Run it after changing a public signature or docstring; tests/test_docs.py checks
that every public name and signature appears in docs/api.md.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
from pathlib import Path

OUT = Path(__file__).with_name("api.md")

#: (module, names, heading); names documented in this order.
SECTIONS = [
    ("arabic_figures", ["parse_number", "find_numbers", "iter_numbers", "extract", "iter_claims",
                        "to_frame", "extract_frame"], "Functions (`import arabic_figures as af`)"),
    ("arabic_figures.model", ["Number", "Trigger", "Claim"], "Result types (`arabic_figures.model`)"),
    ("arabic_figures.frame", ["COLUMNS", "NUMBER_COLUMNS", "empty_frame", "numbers_frame", "unit_categories"],
     "DataFrames and Dask (`arabic_figures.frame`)"),
    ("arabic_figures.render", ["render", "highlight", "Highlighted", "ClaimList", "claims_table", "describe",
                               "PALETTE"], "HTML and Jupyter (`arabic_figures.render`)"),
    ("arabic_figures.plot", ["by_category", "over_time"], "Charts (`arabic_figures.plot`)"),
    ("arabic_figures.reading", ["seed_article", "find_sources", "read_source", "read_claims", "iter_chunks",
                                "shift_claim", "shift_number", "CHUNK_SIZE"],
     "Reading files and large texts (`arabic_figures.reading`)"),
    ("arabic_figures.evaluate", ["score", "agrees", "figure_span"], "Evaluation (`arabic_figures.evaluate`)"),
]


def signature(obj: object, name: str) -> str:
    """The one-line signature as shown in api.md (also used by the test)."""
    if inspect.isclass(obj) and dataclasses.is_dataclass(obj):
        fields = ", ".join(f.name for f in dataclasses.fields(obj))
        return f"{name}({fields})"
    if callable(obj):
        params = []
        for p in inspect.signature(obj).parameters.values():
            text = p.name if p.kind is not p.VAR_POSITIONAL else "*" + p.name
            if p.annotation is not p.empty:
                text += f": {p.annotation if isinstance(p.annotation, str) else p.annotation.__name__}"
            if p.default is not p.empty:
                text += f" = {p.default!r}"
            params.append(text)
        ret = inspect.signature(obj).return_annotation
        arrow = "" if ret is inspect.Signature.empty or inspect.isclass(obj) else f" -> {ret}"
        return f"{name}({', '.join(params)}){arrow}"
    return name


def fence_examples(doc: str) -> str:
    """Doctest examples as fenced ``pycon`` blocks, so Markdown does not read ``>>>`` as quotes."""
    out, in_example = [], False
    for line in doc.splitlines():
        if line.startswith(">>>") and not in_example:
            out.append("```pycon")
            in_example = True
        elif in_example and not line.strip():
            out.append("```")
            in_example = False
        out.append(line)
    if in_example:
        out.append("```")
    return "\n".join(out)


def entry(module: str, name: str) -> str:
    obj = getattr(importlib.import_module(module), name)
    if not callable(obj):
        return f"### `{name}`\n\n```python\n{name} = {obj!r}\n```\n"
    doc = fence_examples(inspect.getdoc(obj) or "")
    out = f"### `{signature(obj, name)}`\n\n{doc}\n"
    if inspect.isclass(obj):
        for attr, member in vars(obj).items():
            if attr.startswith("_") and attr != "_repr_html_":
                continue
            target = member.fget if isinstance(member, property) else member
            if callable(target) and inspect.getdoc(target):
                kind = "property" if isinstance(member, property) else "method"
                out += f"\n- `{attr}` ({kind}): {inspect.getdoc(target).splitlines()[0]}"
        out += "\n"
    return out


def build() -> str:
    parts = ["# API reference\n",
             "Generated from the docstrings by `python docs/make_api.py`; the contract itself "
             "(names, fields, categories, qualifiers) is the SPEC, summarised in the "
             "[user guide](guide.md).\n"]
    for module, names, heading in SECTIONS:
        mod_doc = fence_examples((inspect.getdoc(importlib.import_module(module)) or "").split("\n\n")[0])
        parts.append(f"## {heading}\n\n{mod_doc}\n")
        parts.extend(entry(module, n) for n in names)
    return "\n".join(parts)


if __name__ == "__main__":
    OUT.write_text(build(), encoding="utf-8")
    print(f"wrote {OUT}")
