"""Files are replaced, never half-written: a killed build leaves the previous outputs intact.

Each output is written to a temporary file in its own folder (so the rename
cannot cross file systems), flushed to disk, then moved over the old file with
:func:`os.replace`, which is atomic on POSIX and Windows. A reader, or a build
killed at any moment, sees either the old file or the new one, never a mix.

A build stages all its outputs first and renames them at the very end
(:func:`stage` then :func:`commit`), so the window in which one file is new and
another still old is a few renames long.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

#: temporary files older than this are left-overs of a killed process (a live one renames within seconds)
STALE_AFTER_SECONDS = 600


def stage(path: Path, data: str | bytes) -> Path:
    """Write ``data`` to a fresh temporary file beside ``path`` (flushed to disk) and return its path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o644)  # mkstemp makes 0600; outputs are ordinary user files
    except BaseException:
        _unlink(Path(tmp_name))
        raise
    return Path(tmp_name)


def commit(staged: list[tuple[Path, Path]]) -> list[Path]:
    """Move each staged temporary file onto its destination (in order); return the destinations.

    If a rename fails, the temporaries not yet moved are removed and the error is raised.
    """
    done: list[Path] = []
    try:
        for tmp, path in staged:
            os.replace(tmp, path)
            done.append(Path(path))
    except BaseException:
        for tmp, _ in staged[len(done):]:
            _unlink(Path(tmp))
        raise
    for folder in {p.parent for p in done}:
        fsync_dir(folder)
    return done


def write_atomically(path: Path, data: str | bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, flush it, then ``os.replace`` it in."""
    return commit([(stage(path, data), Path(path))])[0]


def remove_stale_temporaries(folder: Path, names: tuple[str, ...], older_than: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Delete temporaries of ``names`` (``.NAME.*.tmp``) that a killed build left in ``folder``; return them.

    Only files older than ``older_than`` seconds are touched, so a build running
    at the same time in the same folder keeps its own temporaries.
    """
    removed: list[Path] = []
    if not Path(folder).is_dir():
        return removed
    limit = time.time() - older_than
    for name in names:
        for tmp in Path(folder).glob(f".{name}.*.tmp"):
            try:
                if tmp.is_file() and tmp.stat().st_mtime < limit:
                    tmp.unlink()
                    removed.append(tmp)
            except OSError:
                continue
    return removed


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def fsync_dir(folder: Path) -> None:
    """Make the renames in ``folder`` durable (a no-op where directories cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
