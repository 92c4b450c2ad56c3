"""Writing the store: a whole new store (``kg build``) or a change to a copy (``kg add``, ``kg remove``), swapped in.

Separate from :mod:`kg.store` because reading needs none of it: queries, maps
and the endpoint open a store read-only, and only the build and the two
change commands write one. Everything that decides when a change becomes
visible is here.

Crash safety: a change never happens in place.

* a build writes a new store in ``<out>/.store-<random>/`` and swaps it in by
  replacing the symbolic link ``<out>/store`` (one atomic rename), so a killed
  build leaves the previous store;
* ``kg add`` and ``kg remove`` do the same with a copy (:func:`changing`):
  Oxigraph's ``backup`` makes it with hard links to the store's immutable
  files (2 ms on the corpus store), the change is applied to the copy
  through pyoxigraph's own API (``remove``, ``extend``: terms, never SPARQL
  text), the copy is flushed and closed, and the link is swapped. Killed at
  any moment, the store is as before or as after; a killed change leaves
  only a ``.store-*`` folder that the next build or change deletes. Why not
  in place: pyoxigraph 0.5 has no multi-operation transaction in Python
  (``extend`` only adds; each ``remove`` is its own transaction), and the one
  transactional request that deletes, ``update``, takes its data only as
  SPARQL text. Staging the data in a named graph with ``extend`` and moving it
  with a fixed ``update`` takes two transactions (a kill between leaves the
  staged graph behind) and was slower: 120-140 ms for 3,000 quads against
  about 100 ms for copy, apply, close and swap (measured on the corpus store).

One process writes at a time (Oxigraph locks the folder).
"""

from __future__ import annotations

import os
import secrets
import shutil
import time
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from kg.fsutil import STALE_AFTER_SECONDS, fsync_dir
from kg.ledger import LEDGER
from kg.store import STORE_NAME, StoreError, StoreGraph, open_oxigraph
from kg.store_terms import Triple, quads

#: quads per bulk-load call when a store is written: memory stays bounded (one call of 900,000 quads peaked at
#: 712 MiB, calls of 100,000 at 194 MiB, no slower)
BULK_CHUNK = 100_000


# ------------------------------------------------------------------ writing a whole new store (kg build)

def write_new_store(out: Path, triples: Iterable[Triple], ledger: Iterable[Triple]) -> Path:
    """Load ``triples`` (default graph) and ``ledger`` into a new store and swap it in at ``<out>/store``.

    The new store is complete on disk before the link moves; the previous one
    is deleted after. Returns the store's path (``<out>/store``).
    """
    out = Path(out)
    remove_stale_stores(out)
    folder = out / f".store-{secrets.token_hex(8)}"
    try:
        store = open_oxigraph(folder, read_only=False)
        for part in (quads(triples), quads(ledger, LEDGER)):
            while chunk := list(islice(part, BULK_CHUNK)):  # Oxigraph's bulk loader holds a whole call in memory
                store.bulk_extend(chunk)
        store.optimize()  # one compaction of the bulk-loaded files: 0.3 s, queries about 30% faster on the corpus
        store.flush()
        del store
        _swap_in(out, folder)
    except BaseException as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, OSError):
            raise StoreError(f"{out / STORE_NAME}: cannot write the store ({exc.strerror or exc}); the previous one is unchanged") from exc
        raise
    return out / STORE_NAME


def _swap_in(out: Path, folder: Path, name: str = STORE_NAME, *, delete_old: bool = True) -> Path | None:
    """Point ``<out>/<name>`` at ``folder`` with one rename; delete what it pointed at before (or return it)."""
    link = out / name
    old: Path | None = None
    if link.is_symlink():
        old = out / os.readlink(link)
    elif link.exists():  # a real folder (e.g. made with `oxigraph load`): moved aside first
        old = out / f".store-{secrets.token_hex(8)}-old"
        os.rename(link, old)
    try:
        staged = out / f".store-link-{secrets.token_hex(8)}.tmp"
        os.symlink(folder.name, staged)
        os.replace(staged, link)
    except (OSError, NotImplementedError):  # no symbolic links here (Windows without the privilege): rename
        if link.is_symlink():
            link.unlink()
        os.rename(folder, link)
    fsync_dir(out)
    if old is None or old.resolve() == folder.resolve() or not old.exists():
        return None
    if delete_old:
        shutil.rmtree(old, ignore_errors=True)
    return old


def drop_store(out: Path) -> Path | None:
    """Take away ``<out>/store`` after a build that wrote no store (``kg build --no-store``).

    The store would still hold the previous build, and queries, ``kg evaluate``
    and the endpoint read the store before ``graph.ttl``: stale answers with
    no warning. A store this project wrote (the link and its ``.store-*``
    folder) is deleted; a real folder someone put there is kept, renamed to
    ``store.stale-<random>``, which is returned.
    """
    link = Path(out) / STORE_NAME
    if link.is_symlink():
        target = link.parent / os.readlink(link)
        link.unlink()
        fsync_dir(link.parent)
        shutil.rmtree(target, ignore_errors=True)
        return None
    if link.exists():
        kept = link.parent / f"{STORE_NAME}.stale-{secrets.token_hex(4)}"
        os.rename(link, kept)
        return kept
    return None


def remove_stale_stores(out: Path, older_than: float = STALE_AFTER_SECONDS) -> list[Path]:
    """Delete ``.store-*`` folders and links a killed build left in ``out`` (not the current one, not recent ones)."""
    out = Path(out)
    link = out / STORE_NAME
    current = (out / os.readlink(link)).name if link.is_symlink() else None
    removed = []
    limit = time.time() - older_than
    for path in out.glob(".store-*"):
        try:
            if path.name == current or path.lstat().st_mtime >= limit:
                continue
            if path.is_symlink() or path.is_file():
                path.unlink()
            else:
                shutil.rmtree(path)
            removed.append(path)
        except OSError:
            continue
    return removed


# ------------------------------------------------------------------ changing a store (kg add, kg remove)

@contextmanager
def changing(path: Path | str) -> Iterator[StoreGraph]:
    """A change to the store at ``path`` (a build's ``store`` link or folder) that happens all at once or not at all.

    Yields a writable :class:`~kg.store.StoreGraph` over a copy made by Oxigraph's
    ``backup`` (hard links to the store's immutable files, beside it); when the
    block ends, the copy is flushed, closed and swapped in with one rename and
    the old store deleted. If the block raises (or the process dies), the
    store is unchanged and the copy is deleted (now, or by the next change or
    build: :func:`remove_stale_stores`). The original stays open for writing
    meanwhile, so a second writer is refused ("in use").
    """
    path = Path(path)
    out = path.parent
    # by its real folder: RocksDB deletes the files it does not know in the folder it opened, and the link will move
    original = StoreGraph(path.resolve(), writable=True)
    remove_stale_stores(out)
    folder = out / f".store-{secrets.token_hex(8)}"
    copy: StoreGraph | None = None
    try:
        try:
            original._store.backup(str(folder))
        except OSError as exc:
            raise StoreError(f"{path}: cannot copy the store to change it ({exc}); it is unchanged") from exc
        copy = StoreGraph(folder, writable=True)
        yield copy
        copy.flush()
        copy.close()
        copy = None
        old = _swap_in(out, folder, path.name, delete_old=False)  # the original stays locked until the link has moved
    except BaseException:
        if copy is not None:
            copy.close()
        original.close()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    original.close()
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
