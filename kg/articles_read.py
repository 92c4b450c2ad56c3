"""Stage 1, reading: files, folders and JSONL in, :class:`~kg.articles.Article` records and problems out.

Folders are walked for text, Markdown, HTML and JSONL files; a folder's
``articles.csv`` / ``articles.jsonl`` sidecar gives its files' metadata; a
JSONL file is read line by line, each line bounded by ``max_bytes``, a
dateline kept apart is put back in front of its story. Every file or line
that cannot be read becomes a :class:`~kg.articles.ReadProblem` and the rest
of the input is still read; only an empty list of paths raises.

Separate from :mod:`kg.articles` (the records, decoding and normalising the
text) because this is the one part that touches the file system and the
input formats; the later stages import only the records.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from kg.articles import (
    Article,
    ReadProblem,
    ReadResult,
    _binary_reason,
    article_from_text,
    decode_bytes,
    normalise_text,
)
from kg.errors import InputError
from kg.markup import HTML_SUFFIXES, MARKDOWN_SUFFIXES, strip_markup

TEXT_SUFFIXES = frozenset({".txt", ".text"}) | MARKDOWN_SUFFIXES | HTML_SUFFIXES
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SIDECAR_NAMES = ("articles.csv", "articles.jsonl")
DEFAULT_MAX_BYTES = 20_000_000
#: a JSONL file with more bad lines than this gets one summary line for the rest
MAX_LINE_PROBLEMS = 20


def _iter_files(paths: Iterable[Path], problems: list[ReadProblem]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            try:
                found = sorted(
                    p for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES and p.name not in SIDECAR_NAMES
                )
            except OSError as exc:
                problems.append(ReadProblem(str(path), f"folder cannot be listed: {exc.strerror or exc}"))
                continue
            if not found:
                problems.append(ReadProblem(str(path), "folder holds no .txt, .md, .html or .jsonl file"))
            yield from found
        elif path.is_file():
            yield path
        else:
            problems.append(ReadProblem(str(path), "no such file or folder"))


def _load_sidecar(folder: Path, problems: list[ReadProblem]) -> dict[str, dict[str, str]]:
    """Metadata for files of ``folder`` from ``articles.csv`` / ``articles.jsonl`` (keyed by id = file stem)."""
    rows: dict[str, dict[str, str]] = {}
    for name in SIDECAR_NAMES:
        sidecar = folder / name
        if not sidecar.is_file():
            continue
        try:
            with sidecar.open(encoding="utf-8", newline="") as fh:
                records = list(csv.DictReader(fh)) if name.endswith(".csv") else [json.loads(line) for line in fh if line.strip()]
        except (OSError, ValueError, csv.Error) as exc:
            problems.append(ReadProblem(str(sidecar), f"sidecar metadata unreadable: {exc}", "ignored", fatal=False))
            continue
        for record in records:
            if isinstance(record, dict) and record.get("id"):
                rows[str(record["id"])] = {str(k): str(v) for k, v in record.items() if v not in (None, "")}
    return rows


def _read_text_file(path: Path, max_bytes: int, sidecars: dict[Path, dict[str, dict[str, str]]], problems: list[ReadProblem]) -> Iterator[Article]:
    size = path.stat().st_size
    if size > max_bytes:
        problems.append(ReadProblem(str(path), f"file is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)"))
        return
    with path.open("rb") as fh:
        data = fh.read(max_bytes + 1)  # bounded even if the file grew since stat()
    if len(data) > max_bytes:
        problems.append(ReadProblem(str(path), f"file is over the limit of {max_bytes:,} bytes (--max-bytes)"))
        return
    try:
        text, warning = decode_bytes(data)
    except ValueError as exc:
        problems.append(ReadProblem(str(path), str(exc)))
        return
    if not text.strip():
        problems.append(ReadProblem(str(path), "empty file (no text)"))
        return
    text, markup = strip_markup(normalise_text(text), path.suffix)
    if not text.strip():
        problems.append(ReadProblem(str(path), f"no text left after removing the {markup} markup"))
        return
    if warning:
        problems.append(ReadProblem(str(path), warning, "read with a warning", fatal=False))
    if path.parent not in sidecars:
        sidecars[path.parent] = _load_sidecar(path.parent, problems)
    meta = sidecars[path.parent].get(path.stem, {})
    yield article_from_text(
        text, name=path.stem, path=str(path), date=meta.get("date"), source=meta.get("source"), url=meta.get("url"),
        title=meta.get("title"),
    )


def _read_line(fh: BinaryIO, max_bytes: int) -> tuple[bytes, bool]:
    """The next line of ``fh`` and whether it fitted in ``max_bytes`` (a longer one is skipped, never held whole)."""
    raw = fh.readline(max_bytes + 1)
    if len(raw) <= max_bytes or raw.endswith(b"\n"):
        return raw, True
    while True:  # skip the rest of the over-long line in bounded chunks
        chunk = fh.readline(1 << 20)
        if not chunk or chunk.endswith(b"\n"):
            return raw[:1], False


def _jsonl_record(raw: bytes, where: str) -> tuple[dict | None, ReadProblem | None]:
    """Parse one JSONL line into a record with a non-empty string ``text``, or say what is wrong with it."""
    line = raw.decode("utf-8", errors="replace")
    try:
        record = json.loads(line)
    except ValueError as exc:
        return None, ReadProblem(where, f"not valid JSON ({getattr(exc, 'msg', exc)})")
    if not isinstance(record, dict):
        return None, ReadProblem(where, "line is not a JSON object")
    text = record.get("text")
    if not isinstance(text, str):
        return None, ReadProblem(where, "no string 'text' field" if text is None else f"'text' is a {type(text).__name__}, not a string")
    if not text.strip():
        return None, ReadProblem(where, "empty 'text'")
    return record, None


def _json_field(value: object) -> str | None:
    """A JSONL metadata value as text (numbers and lists are written as JSON), None when absent or empty."""
    if value is None or value == "":
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _with_dateline(text: str, dateline: str | None) -> str:
    """The story with its dateline in front, for records that keep it apart (Reuters-21578: "SALVADOR, Feb 26 -").

    The dateline is part of the story: it says where it was filed ("arrived here"), and wire copy
    wrapped with it loses its first full line without it.
    """
    if not dateline or not dateline.strip() or not text.strip() or text.lstrip().startswith(dateline.strip().rstrip("-").strip()):
        return text  # a record with no story stays one with no story
    return f"{dateline.strip()} {text.lstrip()}"


def _read_jsonl(path: Path, max_bytes: int, problems: list[ReadProblem]) -> Iterator[Article]:
    with path.open("rb") as fh:
        head = fh.read(4096)
        reason = "a JSONL file must be UTF-8, this one is UTF-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else _binary_reason(head)
        if reason:
            problems.append(ReadProblem(str(path), reason))
            return
        fh.seek(0)
        line_problems = 0
        seen_ids: dict[str, tuple[int, str]] = {}  # id -> (line, content hash)

        def report(problem: ReadProblem) -> None:
            nonlocal line_problems
            line_problems += 1
            if line_problems <= MAX_LINE_PROBLEMS:
                problems.append(problem)

        number = 0
        while True:
            raw, fits = _read_line(fh, max_bytes)
            if not raw:
                break
            number += 1
            where = f"{path}:{number}"
            if not fits:
                report(ReadProblem(where, f"line is over the limit of {max_bytes:,} bytes (--max-bytes)"))
                continue
            if not raw.strip():
                continue
            record, problem = _jsonl_record(raw, where)
            if problem:
                report(problem)
                continue

            text, _ = strip_markup(normalise_text(_with_dateline(record["text"], _json_field(record.get("dateline")))))
            if not text.strip():
                report(ReadProblem(where, "no text left after removing markup"))
                continue
            fields = {key: _json_field(record.get(key)) for key in ("id", "title", "date", "source", "url")}
            article = article_from_text(text, name=fields["id"] or f"{path.stem}-{number}", path=where, title=fields["title"],
                                        date=fields["date"], source=fields["source"], url=fields["url"])
            if "\ufffd" in raw.decode("utf-8", errors="replace") and b"\xef\xbf\xbd" not in raw:
                report(ReadProblem(where, "not valid UTF-8; bad bytes replaced with U+FFFD", "read with a warning", fatal=False))
            if fields["id"] and article.name in seen_ids and seen_ids[article.name][1] != article.id:
                report(ReadProblem(where, f"duplicate id {article.name!r} (also on line {seen_ids[article.name][0]}) with a different text",
                                   "read as a separate article", fatal=False))
            seen_ids.setdefault(article.name, (number, article.id))
            yield article
        if line_problems > MAX_LINE_PROBLEMS:
            problems.append(ReadProblem(str(path), f"{line_problems - MAX_LINE_PROBLEMS} more bad line(s) not listed"))


def iter_articles(paths: Iterable[Path | str], *, max_bytes: int = DEFAULT_MAX_BYTES, problems: list[ReadProblem] | None = None) -> Iterator[Article]:
    """Stream articles from files, folders and JSONL files (not deduplicated).

    Problems are appended to ``problems`` as they are met.
    """
    problems = problems if problems is not None else []
    sidecars: dict[Path, dict[str, dict[str, str]]] = {}
    for path in _iter_files((Path(p) for p in paths), problems):
        try:
            if path.suffix.lower() in JSONL_SUFFIXES:
                yield from _read_jsonl(path, max_bytes, problems)
            else:
                yield from _read_text_file(path, max_bytes, sidecars, problems)
        except OSError as exc:
            problems.append(ReadProblem(str(path), f"cannot read: {exc.strerror or exc}"))


def read_articles(paths: Iterable[Path | str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read every article under ``paths``, merging duplicates by content hash.

    Raises :class:`InputError` only when ``paths`` is empty.
    """
    paths = list(paths)
    if not paths:
        raise InputError("no input path given")
    result = ReadResult()
    by_id: dict[str, Article] = {}
    for article in iter_articles(paths, max_bytes=max_bytes, problems=result.problems):
        seen = by_id.get(article.id)
        if seen is None:
            by_id[article.id] = article
            continue
        result.duplicates += 1
        by_id[article.id] = seen.merged(article)
    result.articles = list(by_id.values())
    return result


def sample_paths() -> list[Path]:
    """The built-in sample articles shipped in ``kg/samples/``."""
    return sorted((Path(__file__).resolve().parent / "samples").glob("*.txt"))
