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
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from kg.errors import InputError
from kg.markup import HTML_SUFFIXES, MARKDOWN_SUFFIXES, strip_markup, unwrap_hard_wrapped
from kg.metadata import parse_date, parse_metadata

TEXT_SUFFIXES = frozenset({".txt", ".text"}) | MARKDOWN_SUFFIXES | HTML_SUFFIXES
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
SIDECAR_NAMES = ("articles.csv", "articles.jsonl")
DEFAULT_MAX_BYTES = 20_000_000
#: a JSONL file with more bad lines than this gets one summary line for the rest
MAX_LINE_PROBLEMS = 20
#: file signatures of images, PDFs, archives and programs (others are caught by their control bytes)
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF-", b"PK\x03\x04", b"\x1f\x8b", b"\x7fELF",
                 b"\xfd7zXZ", b"7z\xbc\xaf", b"Rar!\x1a", b"\x00\x00\x01\x00", b"II*\x00", b"MM\x00*")
# control bytes that never occur in text (tab, newlines, form feed and escape do)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f]")
_GOOD_NON_ASCII = re.compile("[^\x00-\x7f\ufffd]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_UNSAFE_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


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

    @property
    def level(self) -> str:
        """``error`` when the file (or line) was skipped, ``warning`` when it was read anyway."""
        return "error" if self.fatal else "warning"

    def __str__(self) -> str:
        """One line for stderr: control characters and line breaks in a hostile file name are escaped."""
        return f"{one_line(self.path)}: {one_line(self.problem)} ({self.action})"


def one_line(text: str) -> str:
    """``text`` with control characters and line separators written as escapes, so it fits on one line."""
    return _UNSAFE_IN_LINE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass
class ReadResult:
    """Articles read (deduplicated by content hash) and the problems met."""

    articles: list[Article] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)
    duplicates: int = 0


def normalise_text(text: str) -> str:
    """NFC, Unix newlines, no trailing spaces, no NUL, no lone surrogate, wire copy unwrapped: the text extraction sees."""
    text = _SURROGATES.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\x00", "").replace("\ufeff", "")
    return unwrap_hard_wrapped("\n".join(line.rstrip() for line in text.split("\n")).strip("\n"))


def _field(value: str | None) -> str | None:
    """A metadata value as one clean line (JSON may carry lone surrogates and control characters)."""
    if value is None:
        return None
    value = " ".join(_SURROGATES.sub("\ufffd", value).replace("\x00", "").split())
    return value or None


def content_hash(text: str) -> str:
    """SHA-256 of the text with all whitespace runs folded: layout does not change identity."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def _iso_date(value: str | None) -> str | None:
    """A given date as ISO when it reads as one ("26-FEB-1987 15:01:01.79" -> "1987-02-26"), else as given."""
    return (parse_date(value) or value) if value else None


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
    name = _field(name) or "article"
    return Article(
        id=content_hash(text),
        name=name,
        text=text,
        title=_field(title) or meta.title or name,
        date=_iso_date(_field(date)) or meta.date,
        source=_field(source) or meta.source,
        url=_field(url),
        paths=(_SURROGATES.sub("\ufffd", path),) if path else (),
    )


def _binary_reason(sample: bytes) -> str | None:
    """Why ``sample`` (a file's first bytes) is not text, or None when it may be text."""
    if sample.startswith(_BINARY_MAGIC):
        return "binary file (an image, PDF, archive or program), not text"
    if sample and len(_CONTROL_BYTES.findall(sample)) > len(sample) // 20:  # text has next to none
        return "binary file (many NUL or control bytes), not text"
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """``utf-16-le`` / ``utf-16-be`` when every other byte of ``sample`` is NUL (text in UTF-16 without a BOM)."""
    even, odd = sample[0::2], sample[1::2]
    if len(sample) >= 8 and odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if len(sample) >= 8 and even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """Decode file bytes; return the text and a warning (one line) when it was not clean UTF-8.

    UTF-16 (with or without BOM) is decoded; UTF-8 with a few bad bytes keeps its
    good characters (bad bytes become U+FFFD); other 8-bit text is read as
    Windows-1252 or Latin-1. Raises :class:`ValueError` with the reason for data
    that is not text (images, archives, programs, mostly control bytes).
    """
    warnings: list[str] = []
    utf16 = "utf-16" if data.startswith((b"\xff\xfe", b"\xfe\xff")) else _utf16_without_bom(data[:4096])
    if utf16:
        text = data.decode(utf16, errors="replace")
        if len(_CONTROL_CHARS.findall(text[:2048])) > len(text[:2048]) // 20:
            raise ValueError("binary file (many control characters), not text")
        warnings.append("UTF-16 text with BOM; decoded" if utf16 == "utf-16" else f"UTF-16 text without BOM; decoded as {utf16}")
    else:
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        reason = _binary_reason(data[:4096])
        if reason:
            raise ValueError(reason)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            text, warning = _decode_non_utf8(data, exc.start)
            warnings.append(warning)
    nuls = text.count("\x00")
    if nuls:
        warnings.append(f"{nuls} NUL character(s) removed")
    return text, "; ".join(warnings) or None


def _decode_non_utf8(data: bytes, first_bad: int) -> tuple[str, str]:
    """Text that is not valid UTF-8: mostly UTF-8 with a few bad bytes, or an 8-bit encoding."""
    replaced = data.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    good_non_ascii = len(_GOOD_NON_ASCII.findall(replaced))
    if good_non_ascii > bad:
        return replaced, f"not valid UTF-8 ({bad} bad byte sequence(s), the first at byte {first_bad}); replaced with U+FFFD"
    if any(0x80 <= b <= 0x9F for b in data):  # the bytes where Windows-1252 and Latin-1 differ
        return data.decode("cp1252", errors="replace"), f"not valid UTF-8 (byte {first_bad}); decoded as Windows-1252"
    return data.decode("latin-1"), f"not valid UTF-8 (byte {first_bad}); decoded as Latin-1"


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
        by_id[article.id] = replace(seen, paths=tuple(dict.fromkeys(seen.paths + article.paths)))
    result.articles = list(by_id.values())
    return result


def sample_paths() -> list[Path]:
    """The built-in sample articles shipped in ``kg/samples/``."""
    return sorted((Path(__file__).resolve().parent / "samples").glob("*.txt"))
