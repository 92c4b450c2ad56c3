"""--executor dask: the same extraction on a Dask cluster (a LocalCluster of 2 worker processes on 127.0.0.1)."""

from __future__ import annotations

import pytest

from kg.builder import build
from kg.cli import main
from kg.incremental import add
from kg.parallel import ExecutorError

distributed = pytest.importorskip("distributed", reason="Dask distributed is not installed (pip install 'newskg[dask]')")

STORIES = ["President Vladimir Putin visited Kazakhstan on Monday.", "Emmanuel Macron met Olaf Scholz in Berlin.",
           "Joe Biden visited Poland on Tuesday.", "Kazakhstan is a member of the Collective Security Treaty Organization."]


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes and a scheduler, all on loopback, no dashboard."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, silence_logs=40) as local:
        yield local.scheduler_address


def _folder(tmp_path, count: int):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(count):
        (folder / f"d{n:02d}.txt").write_text(f"Story {n}\n\n{STORIES[n % 4]} Story {n}.\n", encoding="utf-8")
    return folder


def test_a_dask_build_writes_the_same_files_as_a_local_one(tmp_path, cluster, reuse_pipeline):
    folder = _folder(tmp_path, 10)
    local = build([folder], tmp_path / "local", jobs=1, log=lambda m: None)
    remote = build([folder], tmp_path / "dask", executor="dask", scheduler=cluster, log=lambda m: None)
    for name in ("graph", "html", "report"):
        assert remote.files[name].read_bytes() == local.files[name].read_bytes(), name
    assert len(remote.extractions) == 10


def test_kg_add_runs_on_dask_too(tmp_path, cluster, reuse_pipeline, capsys):
    folder = _folder(tmp_path, 4)
    assert main(["add", str(folder), "--graph", str(tmp_path / "out"), "--executor", "dask", "--scheduler", cluster,
                 "--no-html", "-q"]) == 0
    again = add([folder], tmp_path / "out", executor="dask", scheduler=cluster, html=False, log=lambda m: None)
    assert not again.added and len(again.already_stored) == 4


@pytest.mark.parametrize("scheduler, message", [(None, "--scheduler"), ("tcp://127.0.0.1:9", "cannot reach")])
def test_a_missing_or_unreachable_scheduler_is_an_error(tmp_path, monkeypatch, scheduler, message):
    monkeypatch.setattr("kg.parallel.DASK_CONNECT_TIMEOUT", 2.0)
    with pytest.raises(ExecutorError, match=message):
        build([_folder(tmp_path, 2)], tmp_path / "out", executor="dask", scheduler=scheduler, log=lambda m: None)
