"""The Dask engine gives the local engine's rows, row for row (skipped without the extra)."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from conftest import SEED

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

from stance.pipeline import RunLog, Settings, iter_scored  # noqa: E402


def test_two_worker_local_cluster_equals_local_engine(tmp_path):
    path = tmp_path / "c.jsonl"
    text = SEED.read_text("utf-8")
    lines = [json.dumps({"id": f"a{i}", "text": text, "date": "2025-03-02"}) for i in range(5)]
    path.write_text("\n".join(lines[:2] + ["not json"] + lines[2:]) + "\n", "utf-8")
    local = pd.concat(iter_scored([path], Settings(jobs=1, chunk_size=2), RunLog()))
    log = RunLog()
    remote = pd.concat(iter_scored([path], Settings(jobs=2, chunk_size=1, engine="dask"), log))
    pd.testing.assert_frame_equal(local.reset_index(drop=True), remote.reset_index(drop=True))
    assert (log.read, log.skipped) == (5, 1)
