"""Article metadata read from plain text: title, publication date, source agency.

News text carries its metadata in its first lines: a title, then a date line
("10 October 2012 17:47", "Wednesday, July 10, 2019"), a dateline
("ASTANA, Kazakhstan", "LONDON, March 22 -") and often the agency ("AFP-",
"(Reuters)", "/ Trend"). Only the first lines are searched, so a date quoted in
the body is never taken for the publication date. The dateline's place needs
the gazetteer and is read in the NLP stage (:mod:`kg.nlp.dateline`).

>>> m = parse_metadata("Putin visits\\n\\nWednesday, July 10, 2019\\n\\nAFP- Text.")
>>> m.title, m.date, m.source
('Putin visits', '2019-07-10', 'AFP')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
         ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
         ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<day>\d{1,2})(?:\s+|-)" + _MONTH + r"(?:,?\s+|-)(?P<year>(?:19|20)\d\d)\b", re.I),  # "26-FEB-1987"
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
)
#: News agencies recognised in bylines and datelines.
AGENCIES = ("AFP", "Reuters", "AP", "Associated Press", "Trend", "TASS", "Xinhua", "Interfax", "UPI", "dpa",
            "Bloomberg", "ANSA", "Kyodo", "Yonhap", "Anadolu", "IANS", "PTI", "RIA Novosti", "EFE")
_AGENCY = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
_SOURCE_PATTERNS = (
    re.compile(r"^\s*(?P<src>" + _AGENCY + r")\s*[-–—:]", re.M),  # "AFP- Russian President ..."
    re.compile(r"\((?P<src>" + _AGENCY + r")\)"),  # "LONDON (Reuters) -"
    re.compile(r"/\s*(?P<src>" + _AGENCY + r")\b"),  # "Azerbaijan, Baku, Oct. 10 / Trend"
)
HEAD_LINES = 6
DATE_LINE = 80  # a line this short may be a date line
DATE_PREFIX = 40  # in a longer line, only a dateline's date counts ("LONDON, March 22 - ...")
_PROSE_WORD = re.compile(r"\s[a-z]{2,}\b")


def _dateline_part(line: str) -> str:
    """The start of a long line up to its first lower-case word: where a dateline's date can be."""
    match = _PROSE_WORD.search(line[:DATE_PREFIX])
    return line[: match.start()] if match else line[:DATE_PREFIX]


@dataclass(frozen=True)
class Metadata:
    """What the first lines of an article say about it."""

    title: str | None
    date: str | None
    source: str | None


def _head(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()][:HEAD_LINES]


def parse_date(text: str) -> str | None:
    """The first full date (day, month, year) in ``text`` as ISO ``YYYY-MM-DD``, or None."""
    found: list[tuple[int, str]] = []
    for pattern in _DATE_PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        month = match.group("month")
        month_number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
        day, year = int(match.group("day")), int(match.group("year"))
        try:
            found.append((match.start(), date(year, month_number, day).isoformat()))
        except ValueError:
            continue  # "31 February": not a date
    return min(found)[1] if found else None


def parse_source(head: str) -> str | None:
    """The news agency named in the article's first lines, or None."""
    for pattern in _SOURCE_PATTERNS:
        match = pattern.search(head)
        if match:
            return match.group("src")
    return None


def parse_metadata(text: str) -> Metadata:
    """Title (first non-empty line), date and source from the article's first lines."""
    head = _head(text)
    if not head:
        return Metadata(None, None, None)
    rest = "\n".join(head[1:])
    # a date line, or a dateline's date near the start of a line; never a date inside a paragraph
    dated = "\n".join(line if len(line) <= DATE_LINE else _dateline_part(line) for line in head[1:])
    return Metadata(title=head[0][:300], date=parse_date(dated) or parse_date(head[0]), source=parse_source(rest))
