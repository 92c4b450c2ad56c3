"""Tokenizer fixes and sentence boundaries for news text.

* ``configure_tokenizer``: a large cache (the ruler's patterns would otherwise
  fill spaCy's 10,000-chunk cache and make ordinary text 10x slower to
  tokenize), a trailing hyphen split ("US- and UK-supplied" -> "US", "-") and an
  abbreviation's hyphen split ("U.S.-backed" -> "U.S.", "-", "backed").
* ``kg_possessives``: scraped text often loses its apostrophes ("Moscows key
  ally", "Putins visit"). A token that is a known name plus "s" is split into
  the name and an "s" whose norm is "'s", so possessive rules see it.
* ``kg_sentences``: punctuation ends sentences, and so do line breaks, except
  in hard-wrapped wire copy where a line break is just a space.
"""

from __future__ import annotations


import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

from kg.gazetteer import load_gazetteer
from kg.nlp.lexicon import ORG_HEADS

SENT_END = frozenset({".", "!", "?", "…"})
CLOSERS = frozenset({'"', "'", "”", "’", ")", "»"})


def configure_tokenizer(nlp: Language) -> None:
    """Make the tokenizer fit for news and for thousands of gazetteer patterns."""
    nlp.tokenizer.max_cache_size = 1_000_000
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[A-Za-z])-"]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    # "U.S.-backed", "U.K.-made": an abbreviation's hyphen splits as after any name ("Cuban-backed")
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@Language.factory("kg_possessives")
def make_possessives(nlp: Language, name: str) -> "PossessiveSplitter":
    return PossessiveSplitter()


class PossessiveSplitter:
    """Split "Moscows" into "Moscow" + "s" (norm "'s") when "Moscow" is a known name; "Philippines' " is a possessive too."""

    def __init__(self) -> None:
        gaz = load_gazetteer()
        forms = set(gaz.by_form) | set(gaz.by_demonym)
        # a known form, or a word of a multi-word name ("United States", "Defense Forces"), is never split
        self.protected = forms | {w for f in forms if " " in f for w in f.split()} | {h.capitalize() for h in ORG_HEADS}
        self.known_last = {f.split()[-1] for f in forms if f[:1].isupper()}

    def __call__(self, doc: Doc) -> Doc:
        texts = [t.text for t in doc]  # one pass over the tokens; the rest works on strings
        capitalised = {t for t in texts if t[:1].isupper() and len(t) > 2}
        lowered = {t for t in texts if t.islower()}
        targets = []
        for i, text in enumerate(texts):
            if len(text) < 4 or not text.endswith("s") or not text[:1].isupper() or text in self.protected:
                continue
            stem = text[:-1]
            if text.lower() in lowered or stem.endswith("s"):
                continue
            if stem in self.known_last or stem in capitalised:
                targets.append(doc[i])
        for i, text in enumerate(texts[1:-1], start=1):  # "the Philippines' largest brewer": a possessive too
            if text in ("'", "’") and texts[i - 1].endswith("s") and texts[i - 1][:1].isupper() and not doc[i - 1].whitespace_ \
                    and doc[i].whitespace_ and texts[i + 1][:1].isalpha():
                doc[i].norm_ = "'s"
        if targets:
            with doc.retokenize() as retokenizer:
                for token in targets:
                    retokenizer.split(token, [token.text[:-1], "s"], heads=[token, token], attrs={"NORM": [token.text[:-1].lower(), "'s"]})
        return doc


def hard_wrapped(text: str) -> bool:
    """True for wire copy whose single line breaks fall mid-sentence."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 4:
        return False
    continued = sum(1 for a, b in zip(lines, lines[1:]) if b.lstrip()[:1].islower() or a.rstrip()[-1:] in ",;")
    return continued / (len(lines) - 1) > 0.25


@Language.component("kg_sentences")
def sentences(doc: Doc) -> Doc:
    """Set sentence starts from punctuation and line breaks (keeps a parser's own when present)."""
    if doc.has_annotation("DEP") or len(doc) == 0:
        return doc
    wrapped = hard_wrapped(doc.text)
    starts = [False] * len(doc)
    starts[0] = True
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if token.is_space or "\n" in token.whitespace_:
            opens = nxt.text[:1].isupper() or nxt.text[:1].isdigit() or nxt.text[:1] in "\"“‘'(-–—•*#"
            if "\n\n" in token.text + token.whitespace_ or (not wrapped and opens):
                starts[i + 1] = True
            continue
        if token.text in SENT_END or (token.text.endswith(".") and len(token.text) > 1 and token.text[:-1].isdigit()):
            j = i + 1
            while j < len(doc) and doc[j].text in CLOSERS:
                j += 1
            if j < len(doc) and (doc[j].text[:1].isupper() or doc[j].text[:1] in "\"“‘'(" or doc[j].is_space or doc[j].is_digit):
                starts[j] = True
    # one array write: setting token.is_sent_start one by one rescans the document each time (quadratic)
    values = numpy.array([[1 if start else -1] for start in starts], dtype="int64").astype("uint64")
    return doc.from_array([SENT_START], values)
