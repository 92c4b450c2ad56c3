// The behaviour of the newskg map (inlined into the page by kg/html.py).
// Data comes from the JSON blocks; tooltip strings are HTML built in Python
// with every data value escaped, and every other text goes in as textContent.
(function () {
  "use strict";
  function readJson(id) { return JSON.parse(document.getElementById(id).textContent); }
  function tipElement(markup) {
    var el = document.createElement("div");
    el.className = "kg-tip";
    el.innerHTML = markup;
    return el;
  }
  var nodeData = readJson("kg-nodes");
  var edgeData = readJson("kg-edges");
  var options = JSON.parse(readJson("kg-options"));
  var tips = { nodes: {}, edges: {} };
  nodeData.forEach(function (n) { tips.nodes[n.id] = n.title; n.title = tipElement(n.title); });
  edgeData.forEach(function (e) { tips.edges[e.id] = e.title; e.title = tipElement(e.title); });
  var nodes = new vis.DataSet(nodeData);
  var edges = new vis.DataSet(edgeData);
  var network = new vis.Network(document.getElementById("kg-network"), { nodes: nodes, edges: edges }, options);
  var status = document.getElementById("kg-status");
  var details = document.getElementById("kg-details");
  var hint = details.textContent;

  function ready() { document.body.setAttribute("data-kg-ready", "true"); }
  network.on("stabilizationProgress", function (p) {
    status.textContent = "Laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
  });
  // Stabilise once, then stop the simulation so large graphs stay responsive.
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    status.textContent = "";
    ready();
  });
  if (!nodeData.length) { ready(); }

  function showNode(id) { details.innerHTML = tips.nodes[id]; }
  network.on("click", function (p) {
    if (p.nodes.length) { showNode(p.nodes[0]); }
    else if (p.edges.length) { details.innerHTML = tips.edges[p.edges[0]]; }
    else { details.textContent = hint; }
  });

  // An arrow shows its predicate while the pointer is on it.
  var predicateOf = {};
  edgeData.forEach(function (e) { predicateOf[e.id] = e.predicate; });
  network.on("hoverEdge", function (p) { edges.update({ id: p.edge, label: predicateOf[p.edge] }); });
  network.on("blurEdge", function (p) { edges.update({ id: p.edge, label: "" }); });

  // Filters: relation families (legend checkboxes) and the article date range.
  var familyBoxes = Array.prototype.slice.call(document.querySelectorAll("input.kg-family"));
  var dateFrom = document.getElementById("kg-date-from");
  var dateTo = document.getElementById("kg-date-to");
  var undated = document.getElementById("kg-undated");
  var filterNote = document.getElementById("kg-filter-note");
  var hasEdge = {};
  edgeData.forEach(function (e) { hasEdge[e.from] = true; hasEdge[e.to] = true; });
  function dateOk(e) {
    if (!dateFrom) { return true; }
    if (!e.dates.length) { return undated.checked; }
    var low = dateFrom.value || "0000-00-00", high = dateTo.value || "9999-99-99";
    return e.dates.some(function (d) { return d >= low && d <= high; });
  }
  function applyFilters() {
    var on = {};
    familyBoxes.forEach(function (box) { on[box.value] = box.checked; });
    var shown = {}, count = 0;
    var edgeUpdates = edgeData.map(function (e) {
      var visible = on[e.family] !== false && dateOk(e);
      if (visible) { shown[e.from] = true; shown[e.to] = true; count += 1; }
      return { id: e.id, hidden: !visible };
    });
    edges.update(edgeUpdates);
    var filtered = count < edgeData.length;
    nodes.update(nodeData.map(function (n) {
      return { id: n.id, hidden: filtered && hasEdge[n.id] === true && !shown[n.id] };
    }));
    filterNote.textContent = filtered ? count + " of " + edgeData.length + " relations shown" : "";
  }
  familyBoxes.forEach(function (box) { box.addEventListener("change", applyFilters); });
  [dateFrom, dateTo, undated].forEach(function (el) { if (el) { el.addEventListener("change", applyFilters); } });

  // Search: pick a name (or type part of one) and press Enter to focus that node.
  var search = document.getElementById("kg-search");
  var names = document.getElementById("kg-names");
  var byName = {};
  nodeData.slice().sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; })
    .forEach(function (n) {
      var option = document.createElement("option");
      option.value = n.name;
      names.appendChild(option);
      byName[n.name.toLowerCase()] = n.id;
    });
  function find(text) {
    var wanted = text.trim().toLowerCase();
    if (!wanted) { return null; }
    if (Object.prototype.hasOwnProperty.call(byName, wanted)) { return byName[wanted]; }
    var hit = nodeData.filter(function (n) { return n.name.toLowerCase().indexOf(wanted) >= 0; })[0];
    return hit ? hit.id : null;
  }
  function go() {
    var id = find(search.value);
    if (id === null) {
      status.textContent = search.value.trim() ? "No entity matches \u201c" + search.value.trim() + "\u201d" : "";
      return;
    }
    status.textContent = "";
    network.selectNodes([id]);
    network.focus(id, { scale: 1.3, animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showNode(id);
  }
  search.addEventListener("change", go);
  search.addEventListener("keydown", function (event) { if (event.key === "Enter") { go(); } });

  window.kgNetwork = network;
})();
