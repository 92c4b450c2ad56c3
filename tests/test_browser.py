"""The HTML map in a real browser: Debian's headless Chromium driven by Playwright, network blocked.

Locally the tests skip when /usr/bin/chromium or playwright is missing; in CI
(``CI`` set, as ``.ci/run`` does) they fail instead, because CI installs both.
"""

from __future__ import annotations

import os
import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from kg.analytics import edge_records, project
from kg.builder import build
from kg.html import HtmlEdge, HtmlNode, write_html
from kg.views import write_graph_html

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
LOCAL = ("file:", "data:", "about:", "blob:")
XSS = "<script>alert(1)</script>"
XSS_IMG = '<img src=x onerror="alert(2)">'
EVIL_ARTICLE = f"""Putin visits Kazakhstan {XSS}

ASTANA, Nov 27 (AFP) - Russian President Vladimir Putin arrived in Kazakhstan {XSS} on Wednesday for a two-day visit.

Kazakhstan is a member of the CSTO {XSS_IMG} security alliance.
"""


def _need_browser() -> None:
    missing = []
    if not CHROMIUM.exists():
        missing.append(f"{CHROMIUM} (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("playwright (pip install -e '.[dev]')")
    if missing:
        message = "browser test needs " + " and ".join(missing)
        if os.environ.get("CI"):
            pytest.fail(message + "; .ci/run installs them")
        pytest.skip(message)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@dataclass
class Opened:
    """A page and everything it tried that it should not: requests out, console errors, dialogs."""

    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def js(self, script: str, arg: Any = None) -> Any:
        return self.page.evaluate(script, arg)


@pytest.fixture
def open_page(browser: Any) -> Iterator[Callable[[Path], Opened]]:
    contexts = []

    def open_(path: Path) -> Opened:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        contexts.append(context)
        page = context.new_page()
        seen = Opened(page)

        def route(route: Any) -> None:
            if route.request.url.startswith(LOCAL):
                route.continue_()
            else:
                seen.requests.append(route.request.url)
                route.abort()

        context.route("**/*", route)
        page.on("request", lambda r: None if r.url.startswith(LOCAL) else seen.requests.append(r.url))
        page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: seen.errors.append(str(e)))
        page.on("dialog", lambda d: (seen.dialogs.append(d.message), d.dismiss()))
        page.goto(path.resolve().as_uri())
        page.wait_for_selector("body[data-kg-ready=true]", state="attached", timeout=90_000)
        return seen

    yield open_
    for context in contexts:
        context.close()


def assert_clean(opened: Opened) -> None:
    assert opened.requests == [], f"requests left the page: {opened.requests}"
    assert opened.errors == [], f"console errors: {opened.errors}"
    assert opened.dialogs == [], f"dialogs opened: {opened.dialogs}"


DRAWN = """() => {
  const net = window.kgNetwork, box = document.getElementById("kg-network").getBoundingClientRect();
  net.fit({ animation: false });
  const positions = net.getPositions();
  const inView = Object.entries(positions).filter(([id, p]) => {
    const d = net.canvasToDOM(p);
    return isFinite(d.x) && isFinite(d.y) && d.x >= 0 && d.y >= 0 && d.x <= box.width && d.y <= box.height;
  }).map(([id]) => id);
  return {
    nodes: net.body.nodeIndices.slice(),
    inView: inView,
    edges: net.body.edgeIndices.map(id => {
      const e = net.body.edges[id];
      return [e.fromId, e.options.predicate || net.body.data.edges.get(id).predicate, e.toId, e.connected];
    }),
    physics: net.physics.options.enabled,
  };
}"""


def test_sample_graph_is_drawn_offline(sample_build: Any, open_page: Callable[[Path], Opened]) -> None:
    network = project(sample_build.graph)
    opened = open_page(sample_build.files["html"])
    drawn = opened.js(DRAWN)

    assert set(drawn["nodes"]) == set(network.nodes) and len(drawn["nodes"]) == network.number_of_nodes()
    assert set(drawn["inView"]) == set(network.nodes)  # every node on screen after fit
    triples = {(s, p, o) for s, o, p, _ in edge_records(network)}
    assert {(s, p, o) for s, p, o, _ in drawn["edges"]} == triples
    assert all(connected for *_, connected in drawn["edges"])
    assert drawn["physics"] is False  # stabilised, then stopped
    assert opened.page.inner_text("#kg-summary").startswith(f"{network.number_of_nodes()} entities")
    assert_clean(opened)


def test_script_in_an_article_runs_nothing(tmp_path: Path, open_page: Callable[[Path], Opened]) -> None:
    article = tmp_path / "evil.txt"
    article.write_text(EVIL_ARTICLE, encoding="utf-8")
    result = build([article], tmp_path / "out", log=lambda m: None)
    page_file = write_graph_html(result.graph, tmp_path / "evil.html", title=f"newskg {XSS}")
    opened = open_page(page_file)

    # Every tooltip goes through innerHTML when clicked: nodes and edges, one by one.
    shown = opened.js("""() => {
      const net = window.kgNetwork, out = [];
      for (const id of net.body.data.edges.getIds()) {
        net.body.emitter.emit("click", { nodes: [], edges: [id], pointer: {} });
        out.push(document.getElementById("kg-details").textContent);
        net.body.emitter.emit("hoverEdge", { edge: id });
      }
      for (const id of net.body.data.nodes.getIds()) {
        net.body.emitter.emit("click", { nodes: [id], edges: [], pointer: {} });
      }
      return out;
    }""")
    opened.page.mouse.move(300, 300)
    opened.page.wait_for_timeout(300)
    assert opened.dialogs == [] and opened.requests == [], (opened.dialogs, opened.requests)
    assert any(XSS in text for text in shown)  # shown as text ...
    assert any(XSS_IMG in text for text in shown)
    assert opened.js("() => document.querySelectorAll('#kg-details script, #kg-details img, .kg-tip img').length") == 0
    assert XSS in opened.page.inner_text("h1")  # ... in the heading too
    assert opened.js("() => document.querySelectorAll('script:not([type])').length") == 2  # vis + ours: nothing injected
    assert_clean(opened)  # no alert dialog, no request for "x", no error


def test_filters_search_and_hover(sample_build: Any, open_page: Callable[[Path], Opened]) -> None:
    network = project(sample_build.graph)
    by_label = {d["label"]: n for n, d in network.nodes(data=True)}
    opened = open_page(sample_build.files["html"])
    page = opened.page
    hidden_edges = "() => kgNetwork.body.data.edges.get().filter(e => e.hidden).map(e => e.family)"
    hidden_nodes = "() => kgNetwork.body.data.nodes.get().filter(n => n.hidden).map(n => n.name)"

    conflict = page.locator("input.kg-family[value='Conflict and sanctions']")
    conflict.uncheck()
    families = opened.js(hidden_edges)
    assert families and set(families) == {"Conflict and sanctions"}
    assert "United Kingdom" in opened.js(hidden_nodes)  # its only relation is providesAidTo Ukraine
    assert "relations shown" in page.inner_text("#kg-filter-note")
    conflict.check()
    assert opened.js(hidden_edges) == [] and opened.js(hidden_nodes) == []

    dated = opened.js("() => kgNetwork.body.data.edges.get().filter(e => e.dates.length).map(e => e.dates)")
    assert dated, "the sample has a dated article"
    page.uncheck("#kg-undated")
    visible = opened.js("() => kgNetwork.body.data.edges.get().filter(e => !e.hidden).map(e => e.dates)")
    assert visible and all(dates for dates in visible) and len(visible) == len(dated)
    page.fill("#kg-date-to", "2000-01-01")
    page.dispatch_event("#kg-date-to", "change")
    assert opened.js("() => kgNetwork.body.data.edges.get().filter(e => !e.hidden).length") == 0
    page.check("#kg-undated")

    page.fill("#kg-search", "kazakh")
    page.press("#kg-search", "Enter")
    assert opened.js("() => kgNetwork.getSelectedNodes()") == [by_label["Kazakhstan"]]
    assert "Kazakhstan" in page.inner_text("#kg-details")
    page.fill("#kg-search", "Atlantis")
    page.press("#kg-search", "Enter")
    assert "No entity matches" in page.inner_text("#kg-status")

    labels = opened.js("""() => {
      const net = window.kgNetwork, id = net.body.data.edges.getIds()[0];
      net.body.emitter.emit("hoverEdge", { edge: id });
      const on = net.body.data.edges.get(id).label;
      net.body.emitter.emit("blurEdge", { edge: id });
      return [on, net.body.data.edges.get(id).label, net.body.data.edges.get(id).predicate];
    }""")
    assert labels[0] == labels[2] and labels[1] == ""
    assert_clean(opened)


def test_large_graph_is_cut_by_pagerank_and_settles(tmp_path: Path, open_page: Callable[[Path], Opened]) -> None:
    rng = random.Random(3)
    classes = ["Person", "Country", "City", "InternationalOrganization", "Place"]
    nodes = [HtmlNode(f"n{i}", f"Entity {i}", classes[i % 5], weight=rng.random() / 100) for i in range(2400)]
    edges = [HtmlEdge(f"n{rng.randrange(2400)}", f"n{rng.randrange(2400)}", rng.choice(["visits", "memberOf", "attacks"]))
             for _ in range(4000)]
    page_file = write_html(nodes, edges, tmp_path / "big.html", max_nodes=2000, weight_name="PageRank")
    opened = open_page(page_file)

    kept = {n.id for n in sorted(nodes, key=lambda n: (-n.weight, n.id))[:2000]}
    assert set(opened.js("() => kgNetwork.body.nodeIndices")) == kept
    assert opened.page.inner_text("#kg-cut-note") == "Showing 2000 of 2400 entities, the top by PageRank."
    assert opened.js("() => kgNetwork.physics.options.enabled") is False
    assert_clean(opened)
