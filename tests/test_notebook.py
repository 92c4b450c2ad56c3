"""notebooks/01_explore.ipynb runs clean from top to bottom (executed with nbclient)."""

from __future__ import annotations

from pathlib import Path

import nbclient
import nbformat

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "01_explore.ipynb"


def test_explore_notebook_runs_clean() -> None:
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not cell.get("outputs") for cell in notebook.cells if cell.cell_type == "code"), "commit it without outputs"
    nbclient.NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for cell in notebook.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    for expected in ("Kazakhstan", "Armenia", "memberOf (reported)", "leaves", "Russia", "alliance blocs"):
        assert expected in text
    assert any("<iframe" in o.get("data", {}).get("text/html", "") for o in outputs)  # the map, inline
