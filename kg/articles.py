"""Stage 1: read articles from files, folders and JSONL into plain records.

An article's identity is the SHA-256 of its normalised text, so the same story
read twice, or found under two paths, is one article with two ``paths``.
Reading never raises for a bad file: each problem becomes a :class:`ReadProblem`
(file, what is wrong, what was done) and the rest of the input is still read.

>>> from kg.articles import article_from_text
>>> a = article_from_text("Putin visits Astana\\n\\nVladimir Putin arrived.", name="demo")
>>> a.title, len(a.id)
('Putin visits Astana', 64)
"""

from __future__ import annotations

import csv
import hashlib
import json
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import InputError
from kg.metadata import parse_metadata

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SIDECAR_NAMES = ("articles.csv", "articles.jsonl")
DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True)
class Article:
    """One news article, ready for NLP.

    ``id`` is the content hash; ``name`` is the human identifier (file stem or
    JSONL ``id``) that gold files use.
    """

    id: str
    name: str
    text: str
    title: str
    date: str | None = None
    source: str | None = None
    url: str | None = None
    paths: tuple[str, ...] = ()


@dataclass(frozen=True)
class ReadProblem:
    """A file (or JSONL line) that could not be read as it is."""

    path: str
    problem: str
    action: str = "skipped"
    fatal: bool = True  # False: the file was still read (e.g. decoded as Windows-1252)

    def __str__(self) -> str:
        return f"{self.path}: {self.problem} ({self.action})"


@dataclass
class ReadResult:
    """Articles read (deduplicated by content hash) and the problems met."""

    articles: list[Article] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
    duplicates: int = 0


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no trailing spaces, no NUL: the text extraction sees."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x00", "").replace("\ufeff", "")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def content_hash(text: str) -> str:
    """SHA-256 of the text with all whitespace runs folded: layout does not change identity."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def article_from_text(
    text: str,
    *,
    name: str,
    path: str | None = None,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Article:
    """Build an :class:`Article`, filling title, date and source from the text when not given."""
    text = normalise_text(text)
    meta = parse_metadata(text)
    return Article(
        id=content_hash(text),
        name=name,
        text=text,
        title=(title or meta.title or name).strip(),
        date=date or meta.date,
        source=source or meta.source,
        url=url,
        paths=(path,) if path else (),
    )


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode file bytes; return the text and a warning when not plain UTF-8.

    Raises :class:`ValueError` with the reason for data that is not text.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16 with BOM"
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    sample = data[:4096]
    if sample.startswith(b"\x89PNG") or sample.startswith((b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04")):
        raise ValueError("binary file (an image, PDF or archive), not text")
    if sample.count(b"\x00") > len(sample) // 10:
        raise ValueError("binary file (many NUL bytes), not text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        return data.decode("cp1252"), f"not valid UTF-8 (byte {bad}); decoded as Windows-1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), f"not valid UTF-8 (byte {bad}); decoded as Latin-1"


def _iter_files(paths: Iterable[Path], problems: list[ReadProblem]) -> Iterator[Path]:
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES and p.name not in SIDECAR_NAMES
            )
            if not found:
                problems.append(ReadProblem(str(path), "folder holds no .txt, .md or .jsonl file"))
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
                rows[str(record["id"])] = {k: str(v) for k, v in record.items() if v not in (None, "")}
    return rows


def _read_text_file(path: Path, max_bytes: int, sidecars: dict[Path, dict[str, dict[str, str]]], problems: list[ReadProblem]) -> Iterator[Article]:
    size = path.stat().st_size
    if size > max_bytes:
        problems.append(ReadProblem(str(path), f"file is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)"))
        return
    try:
        text, warning = decode_bytes(path.read_bytes())
    except ValueError as exc:
        problems.append(ReadProblem(str(path), str(exc)))
        return
    if warning:
        problems.append(ReadProblem(str(path), warning, "read with a warning", fatal=False))
    if not text.strip():
        problems.append(ReadProblem(str(path), "empty file (no text)"))
        return
    if path.parent not in sidecars:
        sidecars[path.parent] = _load_sidecar(path.parent, problems)
    meta = sidecars[path.parent].get(path.stem, {})
    yield article_from_text(
        text, name=path.stem, path=str(path), date=meta.get("date"), source=meta.get("source"), url=meta.get("url"),
        title=meta.get("title"),
    )


def _read_jsonl(path: Path, max_bytes: int, problems: list[ReadProblem]) -> Iterator[Article]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        problems.append(ReadProblem(str(path), f"cannot open: {exc.strerror}"))
        return
    with fh:
        for number, raw in enumerate(fh, start=1):
            where = f"{path}:{number}"
            if not raw.strip():
                continue
            if len(raw) > max_bytes:
                problems.append(ReadProblem(where, f"line is {len(raw):,} bytes, over the limit of {max_bytes:,}"))
                continue
            try:
                record = json.loads(raw.decode("utf-8", errors="replace"))
            except ValueError as exc:
                problems.append(ReadProblem(where, f"not valid JSON ({exc.msg})"))
                continue
            if not isinstance(record, dict):
                problems.append(ReadProblem(where, "line is not a JSON object"))
                continue
            text = record.get("text")
            if not isinstance(text, str):
                problems.append(ReadProblem(where, "no string 'text' field" if text is None else f"'text' is a {type(text).__name__}, not a string"))
                continue
            if not text.strip():
                problems.append(ReadProblem(where, "empty 'text'"))
                continue

            def field_(key: str) -> str | None:
                value = record.get(key)
                return str(value) if value not in (None, "") else None

            yield article_from_text(
                text, name=field_("id") or f"{path.stem}-{number}", path=where, title=field_("title"),
                date=field_("date"), source=field_("source"), url=field_("url"),
            )


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
        by_id[article.id] = replace(seen, paths=tuple(dict.fromkeys(seen.paths + article.paths)))
    result.articles = list(by_id.values())
    return result


def sample_paths() -> list[Path]:
    """The built-in sample articles shipped in ``kg/samples/``."""
    return sorted((Path(__file__).resolve().parent / "samples").glob("*.txt"))
