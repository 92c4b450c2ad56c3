"""Stage 5: render plain node/edge records as one offline, interactive HTML page.

This is the only module that knows about pyvis. It takes plain data
(:class:`HtmlNode`, :class:`HtmlEdge`; no rdflib, no networkx) so the graph
code and the drawing code can change independently, and writes a single
self-contained HTML file:

* **offline** - vis-network's JS and CSS are inlined; the page references no
  external script, stylesheet, font or image, so it opens from a USB stick or
  an air-gapped machine and leaks nothing about who looks at it. pyvis's own
  template is not used because it always pulls Bootstrap from a CDN (even with
  ``cdn_resources="in_line"``) and, with ``cdn_resources="local"``, copies a
  ``lib/`` folder into the current directory;
* **safe** - every string that comes from data (labels, article titles,
  sentences, ...) is HTML-escaped before it becomes tooltip HTML, and all data
  is embedded as JSON with ``<``, ``>``, ``&`` and ``'`` written as ``\\u003c``
  etc., so a ``</script>`` inside a label cannot end the script block;
* **usable with many nodes** - physics stabilises for a bounded number of
  iterations and is then switched off, and at most ``max_nodes`` entities (the
  heaviest) are drawn, with a visible note when some were left out;
* **explorable** - a search box focuses a node; the relation legend's
  checkboxes and an article-date range hide relations; an arrow shows its
  predicate while hovered, and a click keeps a tooltip in the side panel;
* **deterministic** - the same input gives a byte-identical file (nodes and
  edges are sorted, edge ids are counters, the layout seed is fixed);
* **atomic** - the page is written to a temporary file next to ``path`` and
  moved into place with :func:`os.replace`, so a reader never sees half a page.

The page's markup and CSS are in ``html_template.html`` and its behaviour in
``html_page.js``, beside this module; both are inlined into every page.

pyvis and jinja2 are imported when :func:`write_html` is first called, not when
this module is imported: ``import pyvis`` pulls in IPython and networkx (about
half a second), which commands that never draw should not pay for.
"""

from __future__ import annotations

import html
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from kg.fsutil import write_atomically

__all__ = ["HtmlNode", "HtmlEdge", "write_html"]


@dataclass(frozen=True)
class HtmlNode:
    """One entity to draw.

    ``id`` is the stable identity (the entity IRI) that edges refer to;
    ``label`` is what the reader sees; ``cls`` picks shape and colour (one of
    :data:`NODE_STYLES`' keys, anything else is drawn as "Other"); ``qid`` is
    a Wikidata Q-id such as ``"Q567"`` or ``""``; ``weight`` (degree,
    PageRank, ...; any finite number >= 0) drives the node size and decides
    which nodes are kept when there are more than ``max_nodes``.
    """

    id: str
    label: str
    cls: str
    qid: str = ""
    weight: float = 1.0

    def __post_init__(self) -> None:
        # A NaN weight would make the "top by weight" cut and the size scale
        # meaningless (NaN compares false with everything), so refuse it here.
        if not math.isfinite(self.weight) or self.weight < 0:
            raise ValueError(f"HtmlNode {self.id!r}: weight must be finite and >= 0, got {self.weight!r}")


@dataclass(frozen=True)
class HtmlEdge:
    """One extracted relation, with its provenance, to draw as an arrow.

    ``source`` and ``target`` are :attr:`HtmlNode.id` values; ``predicate`` is
    the relation's local name (``"visits"``, ``"memberOf"``, ...) and picks the
    colour; ``modality`` is ``"asserted"`` or another value (drawn dashed);
    ``article_title``, ``date`` (ISO or ``""``) and ``sentence`` are the
    evidence shown in the tooltip. Several edges with the same source, target,
    predicate and modality are drawn as one arrow that lists all the evidence.
    """

    source: str
    target: str
    predicate: str
    modality: str = "asserted"
    article_title: str = ""
    date: str = ""
    sentence: str = ""


# --------------------------------------------------------------------------
# Styles. Shapes are ones vis-network sizes by `size` and labels below the
# shape (dot, diamond, ...), unlike box/ellipse which grow with the label.
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class _NodeStyle:
    shape: str
    color: str
    family: str


#: Shape, colour and family of each node class. Families share a shape so the
#: eye can group them: people are dots, places are diamonds/triangles,
#: organisations are squares (international ones hexagons, armed groups stars).
NODE_STYLES: dict[str, _NodeStyle] = {
    "Person": _NodeStyle("dot", "#4e79a7", "person"),
    "Country": _NodeStyle("diamond", "#2e8540", "place"),
    "City": _NodeStyle("triangle", "#59a14f", "place"),
    "Place": _NodeStyle("triangleDown", "#8cd17d", "place"),
    "Organization": _NodeStyle("square", "#f28e2b", "organisation"),
    "InternationalOrganization": _NodeStyle("hexagon", "#499894", "organisation"),
    "GovernmentBody": _NodeStyle("square", "#b07aa1", "organisation"),
    "Company": _NodeStyle("square", "#edc948", "organisation"),
    "MediaOrganization": _NodeStyle("square", "#ff9da7", "organisation"),
    "ArmedGroup": _NodeStyle("star", "#9c2f2f", "organisation"),
    "Agreement": _NodeStyle("dot", "#9c755f", "agreement"),
}
_OTHER_NODE_STYLE = _NodeStyle("dot", "#9e9e9e", "other")

#: Relation families: (name shown in the legend, colour, predicates).
EDGE_FAMILIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Diplomacy", "#1f77b4", ("visits", "meetsWith", "signsAgreementWith", "supports", "criticizes", "partnerOf")),
    ("Membership and alliance", "#2ca02c", ("memberOf", "seeksMembership", "refusesToJoin", "leaves", "allyOf")),
    ("Conflict and sanctions", "#d62728", ("sanctions", "attacks", "inConflictWith", "hasMilitaryPresenceIn", "providesAidTo")),
    ("Roles", "#9467bd", ("leaderOf", "worksFor")),
    ("Geography and places", "#7f7f7f", ("borders", "capitalOf", "locatedIn", "basedIn")),
    ("Economy", "#ff7f0e", ("acquires",)),
)
_OTHER_EDGE_FAMILY = ("Other", "#17becf")
_PREDICATE_FAMILY: dict[str, tuple[str, str]] = {
    predicate: (name, color) for name, color, predicates in EDGE_FAMILIES for predicate in predicates
}

_MIN_SIZE_PX = 10.0
_MAX_SIZE_PX = 45.0
_LABEL_MAX_CHARS = 40
_SENTENCE_MAX_CHARS = 600
_MAX_EVIDENCE_SHOWN = 5
_QID_RE = re.compile(r"Q[1-9][0-9]*")
_WIKIDATA = "https://www.wikidata.org/wiki/"
_ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_VIS_DIR = ("lib", "vis-9.1.2")  # inside pyvis's template folder
_TEMPLATE_NAME = "newskg.html"
# The page (markup and CSS) and its behaviour, kept beside this module. The
# template is rendered with autoescaping on, so `heading`, the note and legend
# text are escaped; graph data goes in as `tojson`, which escapes < > & ' as
# \u003c etc. and therefore cannot close the <script> element it sits in.
# Tooltips are HTML strings built (escaped) here and turned into elements in
# JS because vis-network 9 shows a string `title` as plain text.
_TEMPLATE_FILE = Path(__file__).with_name("html_template.html")
_PAGE_JS_FILE = Path(__file__).with_name("html_page.js")

# Small inline-SVG legend icons, one per vis shape (constants, no data).
_SVG_SHAPES: dict[str, str] = {
    "dot": '<circle cx="8" cy="8" r="6"/>',
    "diamond": '<polygon points="8,1 15,8 8,15 1,8"/>',
    "triangle": '<polygon points="8,2 15,14 1,14"/>',
    "triangleDown": '<polygon points="1,2 15,2 8,14"/>',
    "square": '<rect x="2" y="2" width="12" height="12"/>',
    "hexagon": '<polygon points="4.5,2 11.5,2 15,8 11.5,14 4.5,14 1,8"/>',
    "star": '<polygon points="8,1 9.8,6 15,6 10.8,9.2 12.4,14.5 8,11.3 3.6,14.5 5.2,9.2 1,6 6.2,6"/>',
}


def write_html(
    nodes: Sequence[HtmlNode],
    edges: Sequence[HtmlEdge],
    path: Path,
    *,
    title: str = "newskg",
    max_nodes: int = 2000,
    weight_name: str = "weight",
) -> Path:
    """Write the graph as one self-contained, offline HTML page at ``path``.

    If there are more than ``max_nodes`` nodes, only the ``max_nodes`` with
    the highest weight (ties broken by id) and the edges among them are drawn,
    and the page says so. ``weight_name`` says what the weight is
    (``"PageRank"``, ``"degree"``) in the note and the node tooltips. Edges whose source or target is not a drawn node are
    left out. Parent folders are created; the file is replaced atomically.

    Returns ``path``. Raises :class:`ValueError` for a duplicate node id or a
    ``max_nodes`` below 1, and :class:`OSError` (or a subclass) when the file
    cannot be written or pyvis's bundled vis-network files are missing.
    """
    if max_nodes < 1:
        raise ValueError(f"max_nodes must be >= 1, got {max_nodes!r}")
    path = Path(path)

    by_id: dict[str, HtmlNode] = {}
    for node in nodes:
        if node.id in by_id:
            raise ValueError(f"duplicate node id {node.id!r}")
        by_id[node.id] = node
    total = len(by_id)
    kept = sorted(by_id.values(), key=lambda n: (-n.weight, n.id))[:max_nodes]
    kept.sort(key=lambda n: n.id)
    kept_by_id = {n.id: n for n in kept}

    groups = _group_edges(edges, kept_by_id)
    vis_nodes = _vis_nodes(kept, weight_name)
    vis_edges = _vis_edges(groups, kept_by_id)
    dates = sorted({d for e in vis_edges for d in e["dates"]})

    cut_note = (
        f"Showing {len(kept)} of {total} entities, the top by {weight_name}." if len(kept) < total else ""
    )
    context = {
        "cut_note": cut_note,
        "summary": f"{len(vis_nodes)} entities, {len(vis_edges)} relations",
        "node_legend": _node_legend(kept),
        "edge_legend": _edge_legend(groups),
        "has_dashed": any(modality != "asserted" for (_, _, _, modality) in groups),
        "date_min": dates[0] if dates else "",
        "date_max": dates[-1] if dates else "",
    }
    page = _render(vis_nodes, vis_edges, _vis_options(len(vis_nodes), len(vis_edges)), title, context)
    write_atomically(path, page)
    return path


# --------------------------------------------------------------------------
# Plain data -> vis-network records
# --------------------------------------------------------------------------

_EdgeKey = tuple[str, str, str, str]  # source, target, predicate, modality
_Evidence = tuple[str, str, str]  # date, article_title, sentence


def _group_edges(edges: Sequence[HtmlEdge], kept: dict[str, HtmlNode]) -> dict[_EdgeKey, list[_Evidence]]:
    """Group drawable edges by (source, target, predicate, modality), sorted.

    One arrow per group keeps the picture readable when the same fact is
    reported by many articles; its tooltip lists the (deduplicated) evidence.
    """
    groups: dict[_EdgeKey, set[_Evidence]] = defaultdict(set)
    for edge in edges:
        if edge.source in kept and edge.target in kept:
            key = (edge.source, edge.target, edge.predicate, edge.modality)
            groups[key].add((edge.date, edge.article_title, edge.sentence))
    return {key: sorted(groups[key]) for key in sorted(groups)}


def _style(cls: str) -> _NodeStyle:
    return NODE_STYLES.get(cls, _OTHER_NODE_STYLE)


def _family(predicate: str) -> tuple[str, str]:
    return _PREDICATE_FAMILY.get(predicate, _OTHER_EDGE_FAMILY)


def _sizes(kept: Sequence[HtmlNode]) -> dict[str, float]:
    """Map weights to pixel sizes; sqrt so that area, not radius, tracks weight.

    Scaled between the smallest and the largest drawn weight so that both
    degrees (1..500) and PageRank scores (1e-4..0.05) give a useful spread.
    """
    if not kept:
        return {}
    low = min(n.weight for n in kept)
    high = max(n.weight for n in kept)
    if high - low <= 0:
        return {n.id: round((_MIN_SIZE_PX + _MAX_SIZE_PX) / 2, 2) for n in kept}
    span = _MAX_SIZE_PX - _MIN_SIZE_PX
    return {n.id: round(_MIN_SIZE_PX + span * math.sqrt((n.weight - low) / (high - low)), 2) for n in kept}


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _e(text: str) -> str:
    """HTML-escape one piece of data (quotes too, so it is safe in attributes)."""
    return html.escape(text, quote=True)


def _node_tooltip(node: HtmlNode, weight_name: str = "weight") -> str:
    """Tooltip HTML for a node: every data string escaped; link only for a valid Q-id."""
    parts = [
        f'<div class="kg-tip-head">{_e(node.label)}</div>',
        f"<div>Class: {_e(node.cls)}</div>",
        f"<div>{_e(weight_name[:1].upper() + weight_name[1:])}: {node.weight:.4g}</div>",
    ]
    if _QID_RE.fullmatch(node.qid):
        url = _WIKIDATA + node.qid
        parts.append(
            f'<div>Wikidata: <a href="{url}" target="_blank" rel="noopener noreferrer">{node.qid}</a></div>'
        )
    elif node.qid:
        parts.append(f"<div>Wikidata: {_e(node.qid)}</div>")
    return "".join(parts)


def _edge_tooltip(key: _EdgeKey, evidence: Sequence[_Evidence], kept: dict[str, HtmlNode]) -> str:
    """Tooltip HTML for an edge group: predicate, modality, then each piece of evidence."""
    source, target, predicate, modality = key
    parts = [
        f'<div class="kg-tip-head">{_e(predicate)}</div>',
        f"<div>{_e(kept[source].label)} \u2192 {_e(kept[target].label)}</div>",
        f"<div>Modality: {_e(modality)}</div>",
        '<ul class="kg-evidence">',
    ]
    for date, article_title, sentence in evidence[:_MAX_EVIDENCE_SHOWN]:
        head = _e(article_title) if article_title else "(untitled article)"
        if date:
            head += f" ({_e(date)})"
        item = f"<li><i>{head}</i>"
        if sentence:
            item += f"<br>\u201c{_e(_short(sentence, _SENTENCE_MAX_CHARS))}\u201d"
        parts.append(item + "</li>")
    parts.append("</ul>")
    if len(evidence) > _MAX_EVIDENCE_SHOWN:
        parts.append(f"<div>\u2026 and {len(evidence) - _MAX_EVIDENCE_SHOWN} more</div>")
    return "".join(parts)


def _vis_nodes(kept: Sequence[HtmlNode], weight_name: str = "weight") -> list[dict[str, Any]]:
    sizes = _sizes(kept)
    records = []
    for node in kept:
        style = _style(node.cls)
        records.append({
            "id": node.id,
            # Drawn on a <canvas> as plain text, so it is not HTML-escaped;
            # the JSON embedding still escapes < > & for the HTML parser.
            "label": _short(node.label, _LABEL_MAX_CHARS),
            "name": node.label,  # the full label, for the search box
            "title": _node_tooltip(node, weight_name),
            "shape": style.shape,
            "size": sizes[node.id],
            "color": {
                "background": style.color,
                "border": "#333333",
                "highlight": {"background": style.color, "border": "#000000"},
                "hover": {"background": style.color, "border": "#000000"},
            },
            "cls": node.cls,
        })
    return records


def _vis_edges(groups: dict[_EdgeKey, list[_Evidence]], kept: dict[str, HtmlNode]) -> list[dict[str, Any]]:
    """One vis edge per group; parallel edges between a pair curve apart."""
    seen_per_pair: dict[tuple[str, str], int] = defaultdict(int)
    records = []
    for index, (key, evidence) in enumerate(groups.items()):
        source, target, predicate, modality = key
        family, color = _family(predicate)
        record: dict[str, Any] = {
            "id": f"e{index}",
            "from": source,
            "to": target,
            "title": _edge_tooltip(key, evidence, kept),
            "predicate": predicate,
            "family": family,
            "color": {"color": color, "highlight": color, "hover": color, "opacity": 0.85},
            "dashes": modality != "asserted",
            "width": round(1.0 + min(3.0, math.log2(len(evidence))), 2),
            # ISO dates of the evidence, for the date-range filter (others count as undated)
            "dates": sorted({d[:10] for d, _, _ in evidence if _ISO_DATE_RE.match(d)}),
        }
        pair = (min(source, target), max(source, target))
        k = seen_per_pair[pair]
        seen_per_pair[pair] += 1
        if k and source != target:
            # k-th parallel edge: alternate sides, growing roundness. The side
            # is fixed in the pair's own orientation, so A->B and B->A edges
            # do not land on top of each other.
            side_cw = (k % 2 == 1) == (source < target)
            record["smooth"] = {
                "enabled": True,
                "type": "curvedCW" if side_cw else "curvedCCW",
                "roundness": round(0.2 * ((k + 1) // 2), 2),
            }
        records.append(record)
    return records


def _vis_options(n_nodes: int, n_edges: int) -> dict[str, Any]:
    """vis-network options: ForceAtlas2 physics, bounded stabilisation, fixed layout seed."""
    iterations = max(200, min(1000, 250_000 // max(n_nodes, 1)))
    return {
        "autoResize": True,
        "nodes": {
            "borderWidth": 1,
            "borderWidthSelected": 3,
            "font": {"size": 18, "face": "sans-serif", "strokeWidth": 4, "strokeColor": "#ffffff"},
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
            "smooth": False,
            "selectionWidth": 2,
            "hoverWidth": 1,
        },
        "physics": {
            "enabled": True,
            # ForceAtlas2 spreads hub-and-spoke news graphs (a few countries
            # with many relations) more evenly than barnesHut, keeping labels
            # apart; it uses the same Barnes-Hut approximation, so it scales.
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -90,
                "centralGravity": 0.012,
                "springLength": 110,
                "springConstant": 0.06,
                "damping": 0.5,
                "avoidOverlap": 0.6,
            },
            "minVelocity": 0.75,
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 25, "fit": True},
        },
        # randomSeed makes the browser layout repeatable; improvedLayout
        # (Kamada-Kawai pre-layout) is far too slow for large graphs.
        "layout": {"randomSeed": 7, "improvedLayout": n_nodes <= 150},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": n_edges > 1000,
            "navigationButtons": False,
            "keyboard": False,
        },
    }


def _node_legend(kept: Sequence[HtmlNode]) -> list[dict[str, str]]:
    present = {n.cls for n in kept}
    rows = [
        {"name": cls, "color": style.color, "svg": _SVG_SHAPES[style.shape]}
        for cls, style in NODE_STYLES.items()
        if cls in present
    ]
    if present - NODE_STYLES.keys():
        rows.append({"name": "Other", "color": _OTHER_NODE_STYLE.color, "svg": _SVG_SHAPES[_OTHER_NODE_STYLE.shape]})
    return rows


def _edge_legend(groups: dict[_EdgeKey, list[_Evidence]]) -> list[dict[str, str]]:
    present = {predicate for (_, _, predicate, _) in groups}
    rows = [
        {"name": name, "color": color, "predicates": ", ".join(predicates)}
        for name, color, predicates in EDGE_FAMILIES
        if present.intersection(predicates)
    ]
    unknown = sorted(present - _PREDICATE_FAMILY.keys())
    if unknown:
        rows.append({"name": _OTHER_EDGE_FAMILY[0], "color": _OTHER_EDGE_FAMILY[1], "predicates": ", ".join(unknown)})
    return rows


# --------------------------------------------------------------------------
# Rendering with pyvis, and writing
# --------------------------------------------------------------------------

def _render(
    vis_nodes: list[dict[str, Any]],
    vis_edges: list[dict[str, Any]],
    options: dict[str, Any],
    title: str,
    context: dict[str, Any],
) -> str:
    """Build the pyvis Network and render it through our own offline template."""
    from jinja2 import DictLoader, Environment
    from markupsafe import Markup
    from pyvis.network import Network

    net = Network(directed=True, heading=title, height="100%", width="100%", cdn_resources="in_line")
    # Appending to the lists directly: add_node/add_edge scan the lists on
    # every call (quadratic; 20k nodes take ~28 s instead of ~0.1 s).
    net.nodes.extend(vis_nodes)
    net.edges.extend(vis_edges)
    # A dict is passed through as-is by pyvis. set_options() is avoided: it
    # deletes every space in the JSON, string values included.
    net.options = options

    vis_dir = Path(net.template_dir, *_VIS_DIR)
    template = _TEMPLATE_FILE.read_text(encoding="utf-8")
    env = Environment(loader=DictLoader({_TEMPLATE_NAME: template}), autoescape=True, keep_trailing_newline=True)
    env.globals.update(
        context,
        vis_js=Markup(_inline_asset(vis_dir / "vis-network.min.js", "script")),
        vis_css=Markup(_inline_asset(vis_dir / "vis-network.css", "style")),
        page_js=Markup(_inline_asset(_PAGE_JS_FILE, "script")),
    )
    # pyvis renders `self.path` from `self.templateEnv`; swapping both is how
    # it supports custom templates (cf. Network.set_template_dir).
    net.templateEnv = env
    net.path = _TEMPLATE_NAME
    return net.generate_html()


def _inline_asset(file: Path, tag: str) -> str:
    """Read a bundled asset for inlining inside <script>/<style>.

    Drops the ``sourceMappingURL`` comment (DevTools would request the map)
    and makes sure the text cannot close its own element early.
    """
    text = file.read_text(encoding="utf-8")
    text = re.sub(r"^\s*(//[#@]|/\*[#@]) sourceMappingURL=.*$", "", text, flags=re.MULTILINE)
    return re.sub(rf"</(?={tag})", r"<\\/", text, flags=re.IGNORECASE)
