"""Stage 5, shaping: plain node/edge records -> vis-network records, options and legend rows.

Everything about how the map *looks* is here: shape, colour and size per node
class, colour per relation family, tooltip HTML (every data string escaped),
parallel arrows curving apart, physics and layout options, legends. Separate
from :mod:`kg.html` (checks, cut to ``max_nodes``, pyvis, template, atomic
write) so the drawing rules read and change without the page machinery; it
builds plain dicts and lists only and imports neither pyvis nor jinja2.
"""

from __future__ import annotations

import html
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:  # kg.html imports this module; its classes are only annotations here
    from kg.html import HtmlEdge, HtmlNode


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
