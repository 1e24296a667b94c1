"""dbt's per-invocation target folders are pruned so that daily builds don't fill the disk."""

import os
from pathlib import Path

from orchestration.defs.transform.assets import _prune_invocation_targets


def test_only_the_newest_invocation_folders_are_kept(tmp_path: Path) -> None:
    names = [f"warehouse_models-{index:07x}-ab12cd{index}" for index in range(25)]
    for index, name in enumerate(names):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "dbt.log").write_text("log")
        os.utime(folder, (1_000_000 + index, 1_000_000 + index))
    for kept in ("compiled", "run"):
        (tmp_path / kept).mkdir()
    (tmp_path / "partial_parse.msgpack").write_bytes(b"state")

    _prune_invocation_targets(tmp_path, keep=20)

    left = {p.name for p in tmp_path.iterdir()}
    assert left == set(names[5:]) | {"compiled", "run", "partial_parse.msgpack"}
