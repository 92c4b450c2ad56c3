"""Stage 1, the records: an article's text made clean, its identity and metadata, and the problems met.

An article's identity is the SHA-256 of its normalised text, so the same story
read twice, or found under two paths, is one article with two ``paths``.
Reading never raises for a bad file: each problem becomes a :class:`ReadProblem`
(file, what is wrong, what was done) and the rest of the input is still read.

This module turns bytes and strings into records: :func:`decode_bytes` (file
bytes -> text, or why they are not text), :func:`normalise_text` (the text
extraction sees) and :func:`article_from_text` (text -> :class:`Article`).
Finding and reading the input (files, folders, sidecar metadata, JSONL lines)
is :mod:`kg.articles_read`, which builds on this one; the records are here,
apart from it, because every later stage imports them and none reads files.

>>> from kg.articles import article_from_text
>>> a = article_from_text("Putin visits Astana\\n\\nVladimir Putin arrived.", name="demo")
>>> a.title, len(a.id)
('Putin visits Astana', 64)
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, replace

from kg.markup import unwrap_hard_wrapped
from kg.metadata import parse_date, parse_metadata

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
    #: the other identifiers the same text came under (a wire story filed twice): each stays findable
    other_names: tuple[str, ...] = ()

    def merged(self, duplicate: "Article") -> "Article":
        """This article with a duplicate's paths and identifier added (the text, and so the id, is the same).

        >>> a = Article("h", "5180", "text", "t", paths=("a.jsonl:1",))
        >>> a.merged(Article("h", "5278", "text", "t", paths=("a.jsonl:2",))).other_names
        ('5278',)
        """
        names = tuple(n for n in dict.fromkeys(self.other_names + (duplicate.name,) + duplicate.other_names)
                      if n != self.name)
        return replace(self, paths=tuple(dict.fromkeys(self.paths + duplicate.paths)), other_names=names)


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
