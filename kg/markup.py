"""Strip HTML and Markdown from articles before extraction.

Scraped folders hold web pages and Markdown as often as plain text. The NLP
stage reads prose: a ``<div>``, a ``**`` or a ``[link](http://...)`` would end
up inside names, sentences and offsets. This module turns markup into the
plain text a reader sees (block elements become line breaks, paragraphs blank
lines, links their text), and drops what a reader never sees (``<script>``,
``<style>``, ``<head>`` except its ``<title>``, Markdown code blocks and link
targets). Nothing here runs or keeps a URL, so a ``javascript:`` link is just
gone.

Standard library only (:mod:`html.parser`), pure functions over strings.

>>> strip_html("<html><head><title>T</title><script>x()</script></head><body><p>A &amp; B</p></body></html>")
'T\\n\\nA & B'
>>> strip_markdown("# Putin visits\\n\\n**Vladimir Putin** arrived in [Kazakhstan](http://x.kz).")
'Putin visits\\n\\nVladimir Putin arrived in Kazakhstan.'
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})

#: elements whose content a reader never sees
_HIDDEN = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
                     "canvas", "select", "button", "head", "nav", "aside", "footer", "form"})
#: elements that hold the story itself on a news page (when present, only their text is kept)
_MAIN = frozenset({"article", "main"})
#: elements that end a paragraph (a blank line)
_PARAGRAPH = frozenset({"p", "div", "article", "section", "header", "footer", "main", "aside", "nav", "blockquote",
                        "pre", "table", "ul", "ol", "dl", "figure", "figcaption", "form", "fieldset", "address",
                        "h1", "h2", "h3", "h4", "h5", "h6", "hr", "title", "body", "html"})
#: elements that end a line
_LINE = frozenset({"br", "li", "tr", "dt", "dd", "caption", "td", "th"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "source", "track", "wbr", "param"})

_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_BLOCK_TAG = re.compile(r"</(?:p|div|h[1-6]|li|ul|ol|table|tr|td|article|section|span|a|body|html|blockquote)\s*>", re.I)
_MD_SIGNS = (
    re.compile(r"^#{1,6}[ \t]+\S", re.M),  # ATX heading
    re.compile(r"!?\[[^\]\n]+\]\([^)\s]+(?:\s+\"[^\"]*\")?\)"),  # [text](url)
    re.compile(r"(?<![\w*])\*\*[^*\n]+\*\*(?![\w*])"),  # **bold**
    re.compile(r"^```", re.M),  # fenced code
)


def looks_like_html(text: str) -> bool:
    """True for a web page or an HTML fragment (a document start, or several closing block tags)."""
    head = text[:4096]
    return bool(_HTML_START.match(head)) or len(_HTML_BLOCK_TAG.findall(head)) >= 3


def looks_like_markdown(text: str) -> bool:
    """True when the text uses Markdown syntax that would leak into sentences (headings, links, bold, code)."""
    head = text[:20000]
    return sum(1 for sign in _MD_SIGNS if sign.search(head)) >= 1


class _TextExtractor(HTMLParser):
    """Collect the visible text of a page, with line breaks where blocks end."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.hidden = 0  # depth inside elements whose content is never shown
        self.in_title = False
        self.has_h1 = False
        self.main_depth = 0  # depth inside <article>/<main>
        self.main_parts: list[str] = []  # the text inside them

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        elif tag in _HIDDEN and tag not in _VOID:
            self.hidden += 1
        elif tag == "h1":
            self.has_h1 = True
        elif tag in _MAIN:
            self.main_depth += 1
        self._break(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        elif tag in _HIDDEN and self.hidden:
            self.hidden -= 1
        self._break(tag)
        if tag in _MAIN and self.main_depth:
            self.main_depth -= 1

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        elif not self.hidden:
            self._add(data)

    def _break(self, tag: str) -> None:
        if tag in _PARAGRAPH or tag in _MAIN:
            self._add("\n\n")
        elif tag in _LINE:
            self._add("\n")

    def _add(self, text: str) -> None:
        self.parts.append(text)
        if self.main_depth:
            self.main_parts.append(text)


def _tidy(text: str) -> str:
    """Fold spaces inside lines, keep at most one blank line between paragraphs."""
    lines = [" ".join(line.split()) for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip("\n")


def strip_html(text: str) -> str:
    """The visible text of an HTML page (only its ``<article>``/``<main>`` when it has one).

    Navigation, asides, footers, forms and scripts are dropped; the ``<title>``
    becomes the first line unless the page has an ``<h1>``.
    """
    parser = _TextExtractor()
    try:
        parser.feed(text)
        parser.close()
    except (AssertionError, ValueError):  # html.parser gives up on some malformed declarations
        return _tidy(re.sub(r"<[^>]*>", " ", text))
    body = _tidy("".join(parser.main_parts if "".join(parser.main_parts).strip() else parser.parts))
    title = " ".join("".join(parser.title).split())
    if title and not parser.has_h1 and not body.startswith(title):
        return f"{title}\n\n{body}" if body else title
    return body


_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FENCE = re.compile(r"^[ \t]*(```|~~~).*?^[ \t]*\1[^\n]*$", re.M | re.S)
_MD_LINE_RULES = (
    (re.compile(r"^[ \t]*\[[^\]\n]+\]:[ \t]*\S+.*$", re.M), ""),  # reference definitions
    (re.compile(r"^[ \t]*(?:[-*_][ \t]*){3,}$", re.M), ""),  # horizontal rules
    (re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$", re.M), ""),  # setext underlines
    (re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$", re.M), ""),  # table rules
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.M), r"\1"),  # ATX headings
    (re.compile(r"^[ \t]*(?:>[ \t]?)+", re.M), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+", re.M), ""),  # list markers
)
_MD_INLINE_RULES = (
    (re.compile(r"<(script|style)\b.*?</\1\s*>", re.I | re.S), " "),  # inline HTML that would run
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # images: alt text
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),  # links: their text
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),  # reference links
    (re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>", re.I), r"\1"),  # autolinks
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),  # other inline HTML tags
    (re.compile(r"(`+)(.+?)\1"), r"\2"),  # inline code
    (re.compile(r"(?<![\w*])(\*\*|__)(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])"), r"\2"),  # italics
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strike-through
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])"), r"\1"),  # backslash escapes
)


def strip_markdown(text: str) -> str:
    """Plain text of a Markdown article: headings, emphasis, links, code and front matter removed.

    A ``title:`` in YAML front matter becomes the first line, so the article keeps its title.
    """
    title = None
    front = _FRONT_MATTER.match(text)
    if front:
        text = text[front.end():]
        for line in front.group(1).split("\n"):
            key, _, value = line.partition(":")
            if key.strip().lower() == "title" and value.strip():
                title = value.strip().strip("\"'")
    text = _FENCE.sub("", text)
    for pattern, repl in _MD_LINE_RULES:
        text = pattern.sub(repl, text)
    for pattern, repl in _MD_INLINE_RULES:
        text = pattern.sub(repl, text)
    text = text.replace("|", " ") if re.search(r"^\s*\|.*\|\s*$", text, re.M) else text
    body = _tidy(text)
    return f"{title}\n\n{body}" if title and not body.startswith(title) else body


def strip_markup(text: str, suffix: str = "") -> tuple[str, str | None]:
    """Plain text for extraction, and which markup was removed (``"HTML"``, ``"Markdown"`` or None).

    The suffix decides first (``.html``, ``.md``); otherwise the content does, so
    HTML saved as ``.txt`` or inside a JSONL ``text`` is stripped too.
    """
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and looks_like_html(text)):
        return strip_html(text), "HTML"
    if suffix in MARKDOWN_SUFFIXES or looks_like_markdown(text):
        stripped = strip_markdown(text)
        return stripped, ("Markdown" if stripped != text else None)
    return text, None


#: a hard-wrapped text has no line longer than this (and its longest is at least the minimum) ...
WRAP_MAX_WIDTH, WRAP_MIN_WIDTH = 100, 40
#: ... and most of its lines run to at least this share of its longest line
WRAP_FULL_SHARE = 0.5


def unwrap_hard_wrapped(text: str) -> str:
    """Join the lines of hard-wrapped prose (wire copy at 60-80 columns) into paragraphs.

    "Soviet Foreign Minister Eduard\\nShevardnadze" is one name, not a name and a
    line. A text counts as hard-wrapped when no line is longer than
    :data:`WRAP_MAX_WIDTH` and most lines that are followed by more of their
    paragraph reach :data:`WRAP_FULL_SHARE` of the longest; then every newline
    inside a paragraph after such a full line becomes a space. Blank lines,
    indented paragraph starts and short lines (headlines, datelines, list items)
    keep their breaks. One character replaces one, so offsets do not move.

    >>> unwrap_hard_wrapped("HEADLINE\\n\\nThe minister met Eduard\\nShevardnadze in Moscow on\\nMonday for talks.\\n    A new paragraph.")
    'HEADLINE\\n\\nThe minister met Eduard Shevardnadze in Moscow on Monday for talks.\\n    A new paragraph.'
    """
    lines = text.split("\n")
    width = max((len(line) for line in lines), default=0)
    if not WRAP_MIN_WIDTH <= width <= WRAP_MAX_WIDTH:
        return text
    inner = [i for i in range(len(lines) - 1) if lines[i].strip() and _continues(lines[i + 1])]
    full = [i for i in inner if len(lines[i]) >= WRAP_FULL_SHARE * width]
    if len(full) < 2 or len(full) < 0.6 * len(inner):
        return text
    out, joins = [], set(full)
    for i, line in enumerate(lines[:-1]):
        out.append(line + (" " if i in joins else "\n"))
    out.append(lines[-1])
    return "".join(out)


def _continues(line: str) -> bool:
    """A line that goes on with the paragraph above: not blank, not indented, not a list item."""
    return bool(line.strip()) and not line[0].isspace() and not line.lstrip().startswith(("-", "*", "•"))
