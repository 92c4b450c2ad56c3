"""Fuzz: hostile names and whole hostile articles never make the build raise, and the graph always parses back.

Names carry quotes, backslashes, ``<``, ``>``, ``{``, ``}``, newlines, emoji,
right-to-left text, zero-width joiners, lone surrogates and ``http://``;
articles add markup, ``<script>``, broken bytes and random text. For each:
every IRI the build mints is valid, ``graph.ttl``'s Turtle parses back to an
isomorphic graph, and the graph conforms to the SHACL shapes.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.articles import Article, article_from_text, decode_bytes, normalise_text
from kg.builder import assemble, extract_articles
from kg.extract.model import Entity, Evidence, Extraction, Mention, Relation
from kg.markup import strip_markup
from kg.ontology import MODALITIES, PREDICATES
from kg.validate import validate_graph

HOSTILE = ['"', "'", "\\", "<", ">", "{", "}", "\n", "\r", "\t", "\x00", "\x0b", "😀", "👩\u200d👩\u200d👧", "\u200d", "\u200b",
           "\u202e", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "http://evil.example/a b", "\ud800",
           "\ufffe", '"""', "\\u0022", "^^", "@en", "<>", "#", "%20", "`", "|"]
MARKUP = ["<script>alert(1)</script>", "javascript:alert(1)", "<b>", "</p>", "**", "# ", "[x](http://y.z)", "&amp;", "&#0;",
          "<!--", "]]>", "<![CDATA[", "```"]
COUNTRIES = ["Kazakhstan", "Russia", "France", "China", "Germany", "Poland", "Japan", "NATO", "the European Union"]
CLASSES = ["Person", "Country", "City", "Place", "Organization", "InternationalOrganization", "GovernmentBody",
           "Company", "MediaOrganization", "ArmedGroup", "Agreement"]
# characters an IRI never holds (RFC 3987): space, controls, <>"{}|\^`
_BAD_IRI = re.compile(r'[\x00-\x20<>"{}|\\^`\x7f-\x9f]')

hostile_text = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(max_size=6)), max_size=4).map("".join)
name_word = st.tuples(st.sampled_from("ABCDEFGHJKLMNOPRSTVWZ"), st.text("abcdefghijklmnoprstuvwyz", min_size=2, max_size=8),
                      st.one_of(st.just(""), st.sampled_from(HOSTILE))).map("".join)
hostile_name = st.lists(name_word, min_size=1, max_size=3).map(" ".join)
sentence = st.one_of(
    st.builds("President {} visited {}.".format, hostile_name, st.sampled_from(COUNTRIES)),
    st.builds("{} met President {} in {} on Monday.".format, hostile_name, hostile_name, st.sampled_from(COUNTRIES)),
    st.builds("{} is a member of {} {}.".format, st.sampled_from(COUNTRIES), st.sampled_from(COUNTRIES), st.sampled_from(MARKUP)),
    st.builds("{} said {} {}.".format, hostile_name, st.sampled_from(MARKUP), hostile_text),
    st.text(max_size=60),
)
article_text = st.builds(lambda title, body: f"{title}\n\n" + " ".join(body), hostile_text, st.lists(sentence, min_size=1, max_size=5))
encoding = st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1", "broken"])


def _to_bytes(text: str, how: str) -> bytes:
    if how == "broken":
        return text.encode("utf-8", errors="surrogatepass")[:-1] + b"\xff\xc3"
    return text.encode(how, errors="replace" if how != "utf-16" else "surrogatepass")


def check_graph(graph: Graph) -> None:
    """Every IRI is valid, every literal is safe, and the Turtle text parses back to the same graph."""
    for triple in graph:
        for term in triple:
            assert not isinstance(term, BNode)
            if isinstance(term, URIRef):
                assert not _BAD_IRI.search(term) and re.match(r"^https?://", term), term
            elif isinstance(term, Literal):
                assert not re.search("[\ud800-\udfff\x00]", term), repr(term)
    data = graph.serialize(format="turtle").encode("utf-8")  # raises on a lone surrogate
    assert isomorphic(graph, Graph().parse(data=data.decode("utf-8"), format="turtle"))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(texts=st.lists(st.tuples(article_text, encoding, st.sampled_from([".txt", ".md", ".html"])), min_size=1, max_size=2),
       meta=st.tuples(hostile_text, hostile_text, hostile_text, hostile_text))
def test_hostile_articles_never_break_the_build(nlp, texts, meta):
    articles: list[Article] = []
    for n, (text, how, suffix) in enumerate(texts):
        try:
            decoded, _ = decode_bytes(_to_bytes(text, how))
        except ValueError:
            continue  # refused as binary: reported by the reader, nothing to build
        plain, _ = strip_markup(normalise_text(decoded), suffix)
        if plain.strip():
            title, url, date, name = meta
            articles.append(article_from_text(plain, name=name + str(n), path=f"in/{name}\n{n}{suffix}", title=title or None,
                                              url=url or None, date=date or None, source=title or None))
    failures: list[str] = []
    extractions = extract_articles(articles, nlp, lambda article, why: failures.append(why))
    assert failures == []
    _, _, graph = assemble(articles, extractions)
    check_graph(graph)
    if extractions:
        validation = validate_graph(graph)
        assert validation.conforms, [str(v) for v in validation.violations]


entity = st.builds(Entity, key=hostile_text, label=hostile_text, cls=st.sampled_from(CLASSES),
                   qid=st.one_of(st.just(""), st.from_regex(r"\AQ[1-9][0-9]{0,6}\Z"), hostile_text),
                   aliases=st.lists(hostile_text, max_size=3).map(tuple))


@st.composite
def extraction(draw, article_id: str) -> Extraction:
    """An extraction with arbitrary names and sentences (entities, relations among them, a dateline)."""
    entities = draw(st.lists(entity, min_size=1, max_size=4, unique_by=lambda e: e.key))
    keys = [e.key for e in entities]
    relations = draw(st.lists(st.builds(
        Relation, subject=st.sampled_from(keys), predicate=st.sampled_from(PREDICATES), object=st.sampled_from(keys),
        evidence=st.builds(Evidence, sentence=hostile_text, start=st.integers(0, 10**6), end=st.integers(0, 10**6),
                           rule=hostile_text, confidence=st.floats(0, 1), modality=st.sampled_from(MODALITIES),
                           level=st.sampled_from(["E", "C"]), attributed_to=st.one_of(st.none(), st.sampled_from(keys)))),
        max_size=4))
    mentions = tuple(Mention(k, k, 0, len(k), "gazetteer") for k in keys)
    return Extraction(article_id, tuple(entities), mentions, tuple(relations), draw(st.one_of(st.none(), st.sampled_from(keys))))


@settings(max_examples=300, deadline=None)
@given(data=st.data(), texts=st.lists(st.tuples(hostile_text, hostile_text, hostile_text), min_size=1, max_size=3))
def test_any_names_and_sentences_give_valid_iris_and_escaped_literals(data, texts):
    articles = [article_from_text(f"{title}\n\n{body} {n}", name=name or "x", title=title or None, url=body or None,
                                  date=name or None, source=title or None, path=f"{name}\n{n}")
                for n, (title, body, name) in enumerate(texts)]
    articles = list({a.id: a for a in articles}.values())
    extractions = [data.draw(extraction(a.id)) for a in articles]
    kept, resolution, graph = assemble(articles, extractions)
    check_graph(graph)
    labels = {str(o) for o in graph.objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert len(labels) <= len(resolution.entities)
