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
``html_page.js``, beside this module; both are inlined into every page. What
is drawn (vis-network node and edge records, their styles, sizes and
tooltips, the physics options, the legends) is shaped in :mod:`kg.html_vis`;
this module checks and cuts the input, renders the page and writes it.

pyvis and jinja2 are imported when :func:`write_html` is first called, not when
this module is imported: ``import pyvis`` pulls in IPython and networkx (about
half a second), which commands that never draw should not pay for.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

from kg.fsutil import write_atomically
from kg.html_vis import (
    _edge_legend,
    _group_edges,
    _node_legend,
    _vis_edges,
    _vis_nodes,
    _vis_options,
)

__all__ = ["HtmlNode", "HtmlEdge", "write_html"]


@dataclass(frozen=True)
class HtmlNode:
    """One entity to draw.

    ``id`` is the stable identity (the entity IRI) that edges refer to;
    ``label`` is what the reader sees; ``cls`` picks shape and colour (one of
    :data:`kg.html_vis.NODE_STYLES`' keys, anything else is drawn as "Other");
    ``qid`` is a Wikidata Q-id such as ``"Q567"`` or ``""``; ``weight`` (degree,
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
# Rendering with pyvis, and writing
# --------------------------------------------------------------------------

_VIS_DIR = ("lib", "vis-9.1.2")  # inside pyvis's template folder
_TEMPLATE_NAME = "newskg.html"
# The page (markup and CSS) and its behaviour, kept beside this module. The
# template is rendered with autoescaping on, so `heading`, the note and legend
# text are escaped; graph data goes in as `tojson`, which escapes < > & ' as
# \u003c etc. and therefore cannot close the <script> element it sits in.
# Tooltips are HTML strings built (escaped) in kg.html_vis and turned into
# elements in JS because vis-network 9 shows a string `title` as plain text.
_TEMPLATE_FILE = Path(__file__).with_name("html_template.html")
_PAGE_JS_FILE = Path(__file__).with_name("html_page.js")


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
