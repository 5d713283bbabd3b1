"""The quickstart notebook runs top to bottom and shows highlighted text and a chart."""

from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("matplotlib")

NOTEBOOK = Path(__file__).parents[1] / "examples" / "quickstart.ipynb"


def test_outputs_are_stripped_in_git():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


@pytest.mark.slow
def test_quickstart_runs_top_to_bottom(tmp_path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    html = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    assert any('dir="rtl"' in h and "<mark" in h and 'data-category="killed"' in h for h in html)
    assert sum("image/png" in o.get("data", {}) for o in outputs) >= 2  # by category, over time
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "30631" in printed and "killed" in printed
