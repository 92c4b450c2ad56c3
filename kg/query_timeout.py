"""Run one rdflib query or update in a worker thread and stop it at a deadline, because rdflib has no timeout.

Separate from :mod:`kg.sparql` because it is a mechanism, not a query
check: it knows nothing of SPARQL, only how to stop pure-Python work that
runs too long. (On the Oxigraph store, whose queries run in Rust, a timed
query runs in a forked process instead: :meth:`kg.store.StoreGraph.call_within`.)
"""

from __future__ import annotations

import ctypes
import threading
from typing import Any, Callable, TypeVar

from kg.errors import QueryError

_T = TypeVar("_T")


class QueryTimeout(Exception):
    """Raised inside a query's worker thread to stop it."""


def with_timeout(work: Callable[[], _T], timeout: float | None, what: str) -> _T:
    """Run ``work`` in a worker thread; stop it and raise :class:`QueryError` after ``timeout`` seconds.

    rdflib evaluates SPARQL in pure Python, so the worker is stopped by raising
    :class:`QueryTimeout` in it (``PyThreadState_SetAsyncExc``) rather than left
    running; it is a daemon thread, so even a stuck worker never keeps the
    process alive.
    """
    outcome: dict[str, Any] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the caller's thread below
            outcome["error"] = exc

    if not timeout or timeout <= 0:
        target()
    else:
        worker = threading.Thread(target=target, name=f"kg-{what}", daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(worker.ident), ctypes.py_object(QueryTimeout))
            worker.join(2.0)
            raise QueryError(f"the {what} ran longer than {timeout:g} s and was stopped (raise --timeout, or 0 for no limit)")
    if "error" in outcome:
        error = outcome["error"]
        if isinstance(error, QueryError):
            raise error
        raise QueryError(f"the {what} failed: {error}") from error
    return outcome["value"]
