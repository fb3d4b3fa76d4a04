/* kg graph page: draws the network from the inlined JSON, with legend, filters and tooltips.
 * Text from documents only ever reaches the page through textContent, never as HTML. */
"use strict";
(function () {
  const SVG = "http://www.w3.org/2000/svg";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const meta = data.meta;
  const state = { link: new Set(), mech: new Set(), from: null, to: null, undated: true, ego: "" };

  /* ---- small DOM helpers (text only) ---- */
  function el(tag, text, cls) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function lineSwatch(colour, dashes) {
    const box = svg("svg", { width: 34, height: 12, "aria-hidden": "true" });
    const line = svg("line", { x1: 1, y1: 6, x2: 33, y2: 6, stroke: colour, "stroke-width": 3 });
    if (dashes) line.setAttribute("stroke-dasharray", dashes.join(" "));
    box.appendChild(line);
    return box;
  }
  const SHAPES = {
    dot: function (c) { return svg("circle", { cx: 8, cy: 8, r: 6, fill: c }); },
    square: function (c) { return svg("rect", { x: 2, y: 2, width: 12, height: 12, fill: c }); },
    diamond: function (c) { return svg("polygon", { points: "8,1 15,8 8,15 1,8", fill: c }); },
    triangle: function (c) { return svg("polygon", { points: "8,1 15,14 1,14", fill: c }); },
    triangleDown: function (c) { return svg("polygon", { points: "1,2 15,2 8,15", fill: c }); },
    star: function (c) { return svg("polygon", { points: "8,1 10,6 15,6 11,9 13,15 8,11 3,15 5,9 1,6 6,6", fill: c }); },
    hexagon: function (c) { return svg("polygon", { points: "4,1 12,1 15,8 12,15 4,15 1,8", fill: c }); },
  };
  function shapeSwatch(shape, colour) {
    const box = svg("svg", { width: 16, height: 16, "aria-hidden": "true" });
    box.appendChild((SHAPES[shape] || SHAPES.hexagon)(colour));
    return box;
  }

  /* ---- legend and filter controls ---- */
  function buildLegend() {
    const list = document.getElementById("legend-nodes");
    data.nodeTypes.forEach(function (row) {
      const item = el("li");
      item.append(shapeSwatch(row[1], row[2]), el("span", row[0]));
      list.appendChild(item);
    });
  }
  function buildChecks(listId, rows, chosen, swatch) {
    const list = document.getElementById(listId);
    rows.forEach(function (row, code) {
      chosen.add(code);
      const box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = String(code);
      box.addEventListener("change", function () {
        if (box.checked) chosen.add(code); else chosen.delete(code);
        applyFilters();
      });
      const label = el("label");
      label.append(box, swatch(row), el("span", row[0]), el("span", row[2], "count"));
      const item = el("li");
      item.appendChild(label);
      list.appendChild(item);
    });
  }
  function buildYears() {
    if (!data.years) {
      document.getElementById("years-section").hidden = true;
      return;
    }
    [["year-from", 0, "from"], ["year-to", 1, "to"]].forEach(function (spec) {
      const input = document.getElementById(spec[0]);
      input.min = data.years[0];
      input.max = data.years[1];
      input.value = data.years[spec[1]];
      state[spec[2]] = data.years[spec[1]];
      input.addEventListener("input", function () {
        const value = parseInt(input.value, 10);
        state[spec[2]] = isNaN(value) ? data.years[spec[1]] : value;
        applyFilters();
      });
    });
    const undated = document.getElementById("undated");
    undated.addEventListener("change", function () { state.undated = undated.checked; applyFilters(); });
  }
  function buildEgo() {
    const select = document.getElementById("ego");
    data.countries.forEach(function (row) {
      const option = el("option", row[1] === row[0] ? row[0] : row[1] + " (" + row[0] + ")");
      option.value = row[0];
      select.appendChild(option);
    });
    if (meta.focus && data.countries.some(function (row) { return row[0] === meta.focus; })) {
      select.value = meta.focus;
      state.ego = meta.focus;
    }
    select.addEventListener("change", function () { state.ego = select.value; applyFilters(true); });
  }

  /* ---- tooltips and details, built from text ---- */
  function field(list, name, value) {
    if (value === undefined || value === null || value === "") return;
    list.append(el("dt", name), el("dd", Array.isArray(value) ? value.join("; ") : value));
  }
  function nodeInfo(node) {
    const info = node.info;
    const box = el("div", null, "info");
    box.appendChild(el("h3", node.label));
    const list = el("dl");
    field(list, "type", info.type);
    field(list, "ISO3", info.iso3);
    field(list, "country", info.country);
    field(list, "group", info.group);
    field(list, "aliases", info.aliases);
    field(list, "members", info.members);
    field(list, "partnerships", info.partnerships);
    field(list, "IRI", info.iri);
    box.appendChild(list);
    return box;
  }
  function partnershipItem(p) {
    const item = el("li");
    const head = [p.mechanism, p.date, p.status, p.linkClass].filter(Boolean).join(" · ");
    item.appendChild(el("div", head || "partnership"));
    if (p.quote) item.appendChild(el("blockquote", p.quote));
    const source = [
      p.document,
      p.reported ? "reported " + p.reported : null,
      p.confidence !== undefined ? "confidence " + p.confidence : null,
    ];
    item.appendChild(el("div", source.filter(Boolean).join(" · "), "doc"));
    return item;
  }
  function edgeInfo(edge) {
    const box = el("div", null, "info");
    const ends = nodesById[edge.from].label + " — " + nodesById[edge.to].label;
    box.appendChild(el("h3", ends));
    box.appendChild(el("div", edge.n + (edge.n === 1 ? " partnership" : " partnerships")));
    const list = el("ol");
    edge.tip.forEach(function (p) { list.appendChild(partnershipItem(p)); });
    box.appendChild(list);
    if (edge.n > edge.tip.length) box.appendChild(el("div", "… and " + (edge.n - edge.tip.length) + " more", "doc"));
    return box;
  }
  const tooltip = document.getElementById("tooltip");
  function showTooltip(content, pointer) {
    tooltip.replaceChildren(content);
    tooltip.hidden = false;
    const area = document.getElementById("graph");
    const x = Math.min(pointer.x + area.offsetLeft + 14, area.offsetLeft + area.clientWidth - 430);
    tooltip.style.left = Math.max(x, area.offsetLeft) + "px";
    tooltip.style.top = pointer.y + 14 + "px";
  }
  function showDetails(content) {
    document.getElementById("details").replaceChildren(content);
  }

  /* ---- the network ---- */
  const nodesById = {};
  data.nodes.forEach(function (n) { nodesById[n.id] = n; });
  const degree = {};
  data.edges.forEach(function (e) {
    degree[e.from] = (degree[e.from] || 0) + 1;
    degree[e.to] = (degree[e.to] || 0) + 1;
  });
  function visEdge(e) {
    return {
      id: e.id, from: e.from, to: e.to, width: e.width,
      color: { color: data.linkClasses[e.lc][1], highlight: "#111", hover: "#333" },
      dashes: data.mechanisms[e.m][1],
    };
  }
  function visNode(n) {
    return {
      id: n.id, label: n.label, x: n.x, y: n.y, size: n.size, shape: n.shape,
      color: { background: n.color, border: "#333", highlight: { background: n.color, border: "#000" } },
    };
  }
  const nodes = new vis.DataSet(data.nodes.map(visNode));
  const edges = new vis.DataSet(data.edges.map(visEdge));
  const physics = meta.physics > 0;
  const network = new vis.Network(document.getElementById("graph"), { nodes: nodes, edges: edges }, {
    autoResize: true,
    layout: { randomSeed: meta.seed, improvedLayout: false },
    physics: {
      enabled: physics,
      solver: "barnesHut",
      barnesHut: { gravitationalConstant: -4000, springLength: 120, springConstant: 0.02, damping: 0.4, avoidOverlap: 0.2 },
      stabilization: { enabled: physics, iterations: meta.physics, updateInterval: 50, fit: true },
    },
    nodes: { borderWidth: 1, font: { size: 14, strokeWidth: 3, strokeColor: "#ffffff" } },
    edges: { smooth: false, selectionWidth: 2, hoverWidth: 1 },
    interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: data.nodes.length > 1000, keyboard: false },
  });
  const kg = { network: network, nodes: nodes, edges: edges, stable: false, filters: 0 };
  window.kg = kg;
  function settled() {
    kg.stable = true;
    kg.stableAt = performance.now();
  }
  network.once("afterDrawing", function () { if (!physics) settled(); });
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: { enabled: false } });
    settled();
  });

  network.on("hoverNode", function (p) { showTooltip(nodeInfo(nodesById[p.node]), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTooltip(edgeInfo(data.edges[p.edge]), p.pointer.DOM); });
  network.on("blurNode", function () { tooltip.hidden = true; });
  network.on("blurEdge", function () { tooltip.hidden = true; });
  network.on("dragStart", function () { tooltip.hidden = true; });
  network.on("click", function (p) {
    if (p.nodes.length) showDetails(nodeInfo(nodesById[p.nodes[0]]));
    else if (p.edges.length) showDetails(edgeInfo(data.edges[p.edges[0]]));
  });

  /* ---- filtering ---- */
  function yearOk(year) {
    if (year === null) return state.undated;
    return !data.years || (year >= state.from && year <= state.to);
  }
  function keepPartnership(key) {
    return state.link.has(key[0]) && state.mech.has(key[1]) && yearOk(key[2]);
  }
  function egoNodes() {
    const chosen = new Set();
    if (!state.ego) return chosen;
    data.nodes.forEach(function (n) { if (n.iso.indexOf(state.ego) >= 0) chosen.add(n.id); });
    return chosen;
  }
  function restricting() {
    return state.link.size < data.linkClasses.length || state.mech.size < data.mechanisms.length ||
      !state.undated || (data.years && (state.from > data.years[0] || state.to < data.years[1]));
  }
  function applyFilters(refit) {
    tooltip.hidden = true;
    const ego = egoNodes();
    const shown = new Set(ego);
    const edgeUpdates = [];
    let visibleEdges = 0;
    data.edges.forEach(function (e) {
      const inEgo = !state.ego || ego.has(e.from) || ego.has(e.to);
      const visible = inEgo && e.p.some(keepPartnership);
      if (visible) { shown.add(e.from); shown.add(e.to); visibleEdges += 1; }
      if (e.hidden !== !visible) { e.hidden = !visible; edgeUpdates.push({ id: e.id, hidden: !visible }); }
    });
    const lonely = !state.ego && !restricting();
    const nodeUpdates = [];
    let visibleNodes = 0;
    data.nodes.forEach(function (n) {
      const visible = shown.has(n.id) || (lonely && !degree[n.id]);
      if (visible) visibleNodes += 1;
      if (n.hidden !== !visible) { n.hidden = !visible; nodeUpdates.push({ id: n.id, hidden: !visible }); }
    });
    edges.update(edgeUpdates);
    nodes.update(nodeUpdates);
    kg.visibleEdges = visibleEdges;
    kg.visibleNodes = visibleNodes;
    kg.filters += 1;
    showStats();
    if (refit) network.fit({ nodes: Array.from(shown), animation: false });
  }
  function showStats() {
    const parts = [kg.visibleNodes + " of " + data.nodes.length + " nodes", kg.visibleEdges + " of " + data.edges.length + " edges shown"];
    if (meta.totalNodes > data.nodes.length) parts.push(meta.totalNodes + " nodes in the full network");
    document.getElementById("stats").textContent = meta.view + " view · " + parts.join(" · ");
  }
  function reset() {
    document.querySelectorAll("#panel input[type=checkbox]").forEach(function (box) { box.checked = true; });
    data.linkClasses.forEach(function (_, code) { state.link.add(code); });
    data.mechanisms.forEach(function (_, code) { state.mech.add(code); });
    state.undated = true;
    if (data.years) {
      state.from = data.years[0];
      state.to = data.years[1];
      document.getElementById("year-from").value = state.from;
      document.getElementById("year-to").value = state.to;
    }
    state.ego = "";
    document.getElementById("ego").value = "";
    applyFilters(true);
  }

  buildLegend();
  buildChecks("filter-link", data.linkClasses, state.link, function (row) { return lineSwatch(row[1], false); });
  buildChecks("filter-mechanism", data.mechanisms, state.mech, function (row) { return lineSwatch("#555", row[1]); });
  buildYears();
  buildEgo();
  document.getElementById("reset").addEventListener("click", reset);
  document.getElementById("fit").addEventListener("click", function () { network.fit({ animation: false }); });
  applyFilters(Boolean(state.ego));
})();
