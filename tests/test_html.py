"""Tests for kg.html: an offline, escaped, deterministic, atomic HTML page."""

from __future__ import annotations

import html
import json
import random
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.html import HtmlEdge, HtmlNode, write_html

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_ATTR = '" onmouseover="x'
XSS_URL = "javascript:alert(1)"
NASTY = f"{XSS_SCRIPT}{XSS_ATTR} {XSS_URL} </script><!-- & 'q'"


def sample_graph() -> tuple[list[HtmlNode], list[HtmlEdge]]:
    nodes = [
        HtmlNode("http://example.org/e/merkel", "Angela Merkel", "Person", "Q567", 3.0),
        HtmlNode("http://example.org/e/germany", "Germany", "Country", "Q183", 5.0),
        HtmlNode("http://example.org/e/nato", "NATO", "InternationalOrganization", "Q7184", 4.0),
        HtmlNode("http://example.org/e/kyiv", "Kyiv", "City", "", 1.0),
    ]
    edges = [
        HtmlEdge("http://example.org/e/merkel", "http://example.org/e/germany", "leaderOf",
                 "asserted", "Merkel re-elected", "2013-12-17", "Merkel leads Germany."),
        HtmlEdge("http://example.org/e/germany", "http://example.org/e/nato", "memberOf",
                 "asserted", "NATO summit", "2023-07-11", "Germany, a NATO member, ..."),
        HtmlEdge("http://example.org/e/merkel", "http://example.org/e/kyiv", "visits",
                 "reported", "Merkel in Kyiv", "2014-08-23", "Merkel arrived in Kyiv."),
        HtmlEdge("http://example.org/e/germany", "http://example.org/e/kyiv", "providesAidTo"),
    ]
    return nodes, edges


def json_block(page: str, name: str) -> object:
    """Parse one of the page's <script type="application/json"> data blocks."""
    match = re.search(rf'<script type="application/json" id="kg-{name}">(.*?)</script>', page, re.S)
    assert match, f"no kg-{name} block"
    return json.loads(match.group(1))


class _RefCollector(HTMLParser):
    """Collects every tag and every src/href attribute of the page's real markup."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.refs: list[tuple[str, str, str]] = []  # (tag, attribute, value)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in {"src", "href", "srcset", "data", "poster", "action", "formaction"} and value:
                self.refs.append((tag, name, value))


def collect(markup: str) -> _RefCollector:
    parser = _RefCollector()
    parser.feed(markup)
    parser.close()
    return parser


def assert_offline(page: str) -> None:
    """No markup and no CSS in the page asks the browser for anything external."""
    refs = collect(page).refs
    assert [r for r in refs if r[0] != "a"] == [], refs
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "@import" not in page
    assert "sourceMappingURL" not in page
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)


def test_output_has_labels_predicates_and_no_external_resources(tmp_path: Path) -> None:
    nodes, edges = sample_graph()
    out = write_html(nodes, edges, tmp_path / "graph.html", title="Test graph")
    assert out == tmp_path / "graph.html" and out.is_file()
    page = out.read_text(encoding="utf-8")

    assert_offline(page)
    assert "<title>Test graph</title>" in page
    vis_nodes = json_block(page, "nodes")
    vis_edges = json_block(page, "edges")
    for node in nodes:
        assert html.escape(node.label) in page
        record = next(n for n in vis_nodes if n["id"] == node.id)
        assert record["label"] == node.label
        assert html.escape(node.label) in record["title"]
        assert node.cls in record["title"]
    for edge in edges:
        assert edge.predicate in page
        assert any(e["predicate"] == edge.predicate and e["from"] == edge.source and e["to"] == edge.target
                   for e in vis_edges)
    # The Wikidata link is in the node tooltip (an anchor, not a request).
    merkel = next(n for n in vis_nodes if n["id"].endswith("merkel"))
    assert 'href="https://www.wikidata.org/wiki/Q567"' in merkel["title"]
    # Edge tooltips carry predicate, modality, article title, date and sentence.
    visit = next(e for e in vis_edges if e["predicate"] == "visits")
    for text in ("visits", "reported", "Merkel in Kyiv", "2014-08-23", "Merkel arrived in Kyiv."):
        assert text in visit["title"]
    assert visit["dashes"] is True
    # Directed graph with arrows; physics stabilises, then a handler switches it off.
    options = json.loads(json_block(page, "options"))
    assert options["edges"]["arrows"]["to"]["enabled"] is True
    assert options["physics"]["stabilization"]["enabled"] is True
    assert "stabilizationIterationsDone" in page and "physics: { enabled: false }" in page
    # Legend for classes and relation families.
    for text in ("Person", "Country", "InternationalOrganization", "City",
                 "Roles", "Membership and alliance", "Diplomacy", "Conflict and sanctions"):
        assert f">{text}<" in page


def test_empty_graph_is_a_valid_page(tmp_path: Path) -> None:
    page = write_html([], [], tmp_path / "empty.html").read_text(encoding="utf-8")
    assert json_block(page, "nodes") == [] and json_block(page, "edges") == []
    assert_offline(page)


@pytest.mark.parametrize("field", ["label", "cls", "qid", "sentence", "article_title", "date",
                                   "predicate", "modality", "title"])
def test_data_is_escaped_everywhere(tmp_path: Path, field: str) -> None:
    node_kw = {"label": "Safe", "cls": "Person", "qid": "Q1"}
    edge_kw = {"predicate": "visits", "modality": "asserted", "article_title": "A",
               "date": "2024-01-01", "sentence": "S."}
    if field in node_kw:
        node_kw[field] = NASTY
    elif field in edge_kw:
        edge_kw[field] = NASTY
    nodes = [HtmlNode("http://x/a", **node_kw), HtmlNode("http://x/b", "Other", "Country")]
    edges = [HtmlEdge("http://x/a", "http://x/b", **edge_kw)]
    title = NASTY if field == "title" else "newskg"
    page = write_html(nodes, edges, tmp_path / "x.html", title=title).read_text(encoding="utf-8")

    # The raw attack strings never reach the file.
    assert XSS_SCRIPT not in page
    assert XSS_ATTR not in page
    assert "</script><!--" not in page
    assert_offline(page)
    # The page's real markup has only our tags: no injected script/element.
    tags = collect(page).tags
    assert tags.count("script") == 5  # vis-network + 3 JSON blocks + our code
    assert "img" not in tags and "iframe" not in tags
    if field == "title":  # shown as text in <title> and <h1>
        for tag in ("title", "h1"):
            shown = re.search(rf"<{tag}>(.*?)</{tag}>", page, re.S)
            assert shown and "<" not in shown.group(1) and html.unescape(shown.group(1)) == NASTY
    # Tooltips become DOM via innerHTML: data must be escaped text there,
    # the only anchor must be a Wikidata link, and no javascript: URL.
    vis_nodes = json_block(page, "nodes")
    vis_edges = json_block(page, "edges")
    for record in [*vis_nodes, *vis_edges]:
        tip = record["title"]
        assert XSS_SCRIPT not in tip and XSS_ATTR not in tip
        parsed = collect(tip)
        assert set(parsed.tags) <= {"div", "b", "i", "br", "a", "ul", "li"}
        for tag, _, value in parsed.refs:
            assert tag == "a" and value.startswith("https://www.wikidata.org/wiki/Q")
        assert not re.search(r"href\s*=\s*\"?\s*javascript:", tip, re.I)
    if field != "title":  # shown, escaped, in a tooltip rather than dropped
        assert any(html.escape(NASTY) in r["title"] for r in [*vis_nodes, *vis_edges])


@pytest.mark.parametrize("qid, linked", [("Q42", True), ("Q0", False), (XSS_URL, False), ("", False)])
def test_wikidata_link_only_for_valid_qids(tmp_path: Path, qid: str, linked: bool) -> None:
    page = write_html([HtmlNode("http://x/a", "A", "Person", qid)], [], tmp_path / "q.html").read_text(encoding="utf-8")
    tip = json_block(page, "nodes")[0]["title"]
    assert ("<a href=" in tip) is linked
    if linked:
        assert f'href="https://www.wikidata.org/wiki/{qid}"' in tip


def test_deterministic_and_input_order_independent(tmp_path: Path) -> None:
    nodes, edges = sample_graph()
    edges = edges + [HtmlEdge(edges[0].source, edges[0].target, "leaderOf", "asserted", "Other", "2017-01-01", "X.")]
    first = write_html(nodes, edges, tmp_path / "a.html").read_bytes()
    second = write_html(nodes, edges, tmp_path / "b.html").read_bytes()
    assert first == second
    rng = random.Random(1)
    shuffled_nodes, shuffled_edges = nodes[:], edges[:]
    rng.shuffle(shuffled_nodes)
    rng.shuffle(shuffled_edges)
    third = write_html(shuffled_nodes, shuffled_edges, tmp_path / "c.html").read_bytes()
    assert first == third


@pytest.mark.parametrize(
    "weights, max_nodes, expected",
    [
        ({"a": 1, "b": 5, "c": 3, "d": 4, "e": 2}, 3, {"b", "c", "d"}),
        ({"a": 1, "b": 1, "c": 1, "d": 1}, 2, {"a", "b"}),  # ties: smallest ids
        ({"a": 0.001, "b": 0.02, "c": 0.0}, 1, {"b"}),
    ],
)
def test_cut_to_max_nodes_keeps_heaviest_and_says_so(
    tmp_path: Path, weights: dict[str, float], max_nodes: int, expected: set[str]
) -> None:
    nodes = [HtmlNode(i, f"Label {i}", "Person", weight=w) for i, w in weights.items()]
    edges = [HtmlEdge(s, t, "meetsWith") for s in weights for t in weights if s < t]
    page = write_html(nodes, edges, tmp_path / "cut.html", max_nodes=max_nodes).read_text(encoding="utf-8")

    assert {n["id"] for n in json_block(page, "nodes")} == expected
    kept_edges = json_block(page, "edges")
    assert all(e["from"] in expected and e["to"] in expected for e in kept_edges)
    assert len(kept_edges) == len(expected) * (len(expected) - 1) // 2
    assert f"Showing {len(expected)} of {len(weights)} entities, the top by weight" in page
    assert 'id="kg-cut-note"' in page


def test_no_note_without_cut(tmp_path: Path) -> None:
    nodes, edges = sample_graph()
    page = write_html(nodes, edges, tmp_path / "g.html", max_nodes=len(nodes)).read_text(encoding="utf-8")
    assert "Showing" not in page and 'id="kg-cut-note"' not in page


def test_sizes_follow_weight_within_pixel_range(tmp_path: Path) -> None:
    nodes, edges = sample_graph()
    page = write_html(nodes, edges, tmp_path / "g.html").read_text(encoding="utf-8")
    size = {n["id"].rsplit("/", 1)[1]: n["size"] for n in json_block(page, "nodes")}
    assert size["kyiv"] < size["merkel"] < size["nato"] < size["germany"]
    assert all(5 <= s <= 60 for s in size.values())


def test_duplicate_edges_merge_and_unknown_endpoints_drop(tmp_path: Path) -> None:
    nodes, edges = sample_graph()
    extra = [
        edges[0],  # exact duplicate: one piece of evidence
        HtmlEdge(edges[0].source, edges[0].target, "leaderOf", "asserted", "Second source", "2015-01-01", "Y."),
        HtmlEdge(edges[0].source, "http://example.org/e/missing", "visits"),
    ]
    page = write_html(nodes, edges + extra, tmp_path / "g.html").read_text(encoding="utf-8")
    vis_edges = json_block(page, "edges")
    assert len(vis_edges) == len(edges)
    leader = next(e for e in vis_edges if e["predicate"] == "leaderOf")
    assert leader["title"].count("<li>") == 2 and "Second source" in leader["title"]


def test_writes_nothing_outside_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    target = tmp_path / "deep" / "er" / "graph.html"  # parents are created
    nodes, edges = sample_graph()
    write_html(nodes, edges, target)
    write_html(nodes, edges, target)  # overwriting in place also works
    assert list(cwd.iterdir()) == []
    assert list(target.parent.iterdir()) == [target]  # no temporary file left


def test_relative_path_is_written_where_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    out = write_html(*sample_graph(), Path("g.html"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html"] and out.is_file()


@pytest.mark.parametrize("make_bad_target", [
    lambda root: (root / "is_a_dir").mkdir() or root / "is_a_dir",          # target is a folder
    lambda root: (root / "file").write_text("x") and root / "file" / "g.html",  # parent is a file
])
def test_write_failures_are_oserrors_and_leave_no_temp(tmp_path: Path, make_bad_target) -> None:
    target = make_bad_target(tmp_path)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(OSError):
        write_html(*sample_graph(), target)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


@pytest.mark.parametrize("weight", [-1.0, float("nan"), float("inf")])
def test_bad_weight_is_refused(weight: float) -> None:
    with pytest.raises(ValueError):
        HtmlNode("x", "X", "Person", weight=weight)


def test_programming_errors_surface(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="duplicate"):
        write_html([HtmlNode("a", "A", "Person"), HtmlNode("a", "B", "Person")], [], tmp_path / "d.html")
    with pytest.raises(ValueError, match="max_nodes"):
        write_html([], [], tmp_path / "m.html", max_nodes=0)
    assert list(tmp_path.iterdir()) == []


def test_dataclasses_are_frozen() -> None:
    node = HtmlNode("a", "A", "Person")
    with pytest.raises(AttributeError):
        node.label = "B"  # type: ignore[misc]
    assert HtmlEdge("a", "b", "visits").modality == "asserted"
