// The graph page: who is connected to whom and why, drawn with Cytoscape.js (fcose layout) from the
// dataset's SPARQL endpoint. Every query it runs is a file under /view/ (the export's queries), so the
// view can always be shown as SPARQL. It starts from the most mentioned entities and fetches a node's
// neighbourhood when asked: a store of thousands of articles cannot be drawn whole and stay fast.
(function () {
  'use strict';
  const ENDPOINT = '/newskg/sparql';
  const COLOURS = { person: '#1f77b4', organisation: '#ff7f0e', location: '#2ca02c', role: '#9467bd',
                    meeting: '#d62728', statement: '#8c564b', article: '#7f7f7f' };
  const SHAPES = { person: 'ellipse', organisation: 'round-rectangle', location: 'round-triangle',
                   role: 'diamond', meeting: 'hexagon', article: 'rectangle' };
  const EDGE_COLOURS = { 'role': '#9467bd', 'took part in': '#d62728', 'met': '#d62728', 'held at': '#e7969c',
                         'spoke about': '#8c564b' };
  const LABEL_PX = 12;
  const state = { queries: {}, entities: [], rows: [], expanded: new Set(), names: new Map(), selected: null,
                  ready: false, dates: null, timings: {} };
  // when each step of the first drawing ended (ms since navigation): where the time goes on a large store
  const mark = step => { if (state.openMs == null) { state.timings[step] = Math.round(performance.now()); } };
  window.newskgGraph = state;

  // graph.js runs while the page is parsed, before the deferred drawing libraries: it sends its queries
  // first and draws once the libraries are there
  const libraries = new Promise(resolve => {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', resolve);
    } else {
      resolve();
    }
  });
  const $ = id => document.getElementById(id);
  const status = text => { $('status').textContent = text; };

  async function sparql(query) {
    const r = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/sparql-results+json' },
      body: 'query=' + encodeURIComponent(query),
    });
    if (!r.ok) { throw new Error('SPARQL endpoint answered ' + r.status + ': ' + (await r.text()).slice(0, 300)); }
    return (await r.json()).results.bindings;
  }
  const v = (b, k) => (b[k] ? b[k].value : null);
  const lit = s => '"' + String(s).replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"';
  const iri = s => {
    if (/[<>"{}|^`\\\s]/.test(s)) { throw new Error('not an IRI: ' + s); }
    return '<' + s + '>';
  };

  /** A date-range FILTER over ?var (partial dates like 2022-02 compare on their own length); undated rows stay. */
  function dateFilter(variable) {
    const from = $('from').value, to = $('to').value;
    const parts = [];
    if (from) { parts.push(`STR(${variable}) >= SUBSTR(${lit(from)}, 1, STRLEN(STR(${variable})))`); }
    if (to) { parts.push(`STR(${variable}) <= ${lit(to)}`); }
    if (!parts.length) { return ''; }
    // a date without a year (--03-02) cannot be placed in the range: it stays, like an undated one
    return `FILTER(!BOUND(${variable}) || STRSTARTS(STR(${variable}), "-") || (${parts.join(' && ')}))`;
  }

  const withFilters = (query, filter) => query.replace(/^( *)# FILTERS$/m, (line, indent) => (filter ? indent + filter : ''));
  const withFocus = (query, nodes) => query.replace(/<urn:newskg:focus>/g, nodes.map(iri).join(' '));

  function types() {
    return [...document.querySelectorAll('#types input[value]:checked')].map(i => i.value);
  }

  function entitiesQuery() {
    const entityTypes = types().filter(t => t !== 'meeting');
    // no filter when all three are wanted: the query is the first one of the page, and the slowest
    const classes = { person: 'nk:Person', organisation: 'nk:Organization', location: 'nk:Location' };
    const filter = entityTypes.length === 3 ? ''
      : `FILTER EXISTS { VALUES ?class { ${entityTypes.map(t => classes[t]).join(' ')} } ?node a ?class }`;
    return withFilters(state.queries.entities, filter)
      .replace(/^LIMIT \d+$/m, 'LIMIT ' + Math.max(1, parseInt($('top').value, 10) || 150));
  }
  const networkQuery = nodes => withFilters(withFocus(state.queries.network, nodes), dateFilter('?date'));
  const neighboursQuery = node => withFilters(withFocus(state.queries.neighbours, [node]), dateFilter('?date'));
  const statementsQuery = node => withFilters(withFocus(state.queries.statements, [node]), dateFilter('?date'));
  const storyQuery = node => withFilters(withFocus(state.queries.story, [node]), dateFilter('?date'));

  // Only http(s) links are rendered: a javascript: or data: URL in the store (stored before the
  // readers refused them, or written through the update endpoint) would run in this page's origin.
  function httpHref(u) {
    return typeof u === 'string' && /^https?:\/\/[^\s\/?#\\]+/i.test(u.trim()) ? u.trim() : null;
  }

  function sparqlLink(query) {
    return '/#query=' + encodeURIComponent(query) + '&endpoint=' + encodeURIComponent(location.origin + ENDPOINT);
  }

  // ---- the timeline: a range over the data's own dates, in days ----

  const DAY = 86400000;
  const toDay = s => Math.floor(Date.parse(s + 'T00:00:00Z') / DAY);
  const fromDay = d => new Date(d * DAY).toISOString().slice(0, 10);
  /** "2005" -> first or last day of 2005; "2005-03" likewise; a full date as it is. */
  function dayOf(partial, end) {
    if (/^\d{4}$/.test(partial)) { return toDay(partial + (end ? '-12-31' : '-01-01')); }
    if (/^\d{4}-\d{2}$/.test(partial)) {
      const first = toDay(partial + '-01');
      return end ? toDay(fromDay(first + 31).slice(0, 7) + '-01') - 1 : first;
    }
    return toDay(partial.slice(0, 10));
  }

  function setUpTimeline(first, last) {
    const lo = $('range-from'), hi = $('range-to');
    if (!first || !last) {
      $('timeline').classList.add('empty');
      $('range-label').textContent = 'no dated meetings or statements';
      return;
    }
    state.dates = { first: dayOf(first, false), last: dayOf(last, true) };
    for (const r of [lo, hi]) { r.min = state.dates.first; r.max = state.dates.last; }
    lo.value = state.dates.first;
    hi.value = state.dates.last;
    $('from').min = $('to').min = fromDay(state.dates.first);
    $('from').max = $('to').max = fromDay(state.dates.last);
    showRange();
  }

  function showRange() {
    const from = $('from').value, to = $('to').value;
    $('range-label').textContent = !state.dates ? (state.timelineReady ? 'no dated meetings or statements' : 'all dates')
      : (from || fromDay(state.dates.first)) + ' – ' + (to || fromDay(state.dates.last))
        + (from || to ? '' : ' (all)');
  }

  /** The sliders write the date fields (the query reads those); either end at its limit means open. */
  function sliderMoved(which) {
    if (!state.dates) { return; }
    const lo = $('range-from'), hi = $('range-to');
    if (+lo.value > +hi.value) { (which === 'from' ? hi : lo).value = (which === 'from' ? lo : hi).value; }
    $('from').value = +lo.value > state.dates.first ? fromDay(+lo.value) : '';
    $('to').value = +hi.value < state.dates.last ? fromDay(+hi.value) : '';
    showRange();
    redrawSoon();
  }

  function fieldsChanged() {
    if (state.dates) {
      $('range-from').value = $('from').value ? toDay($('from').value) : state.dates.first;
      $('range-to').value = $('to').value ? toDay($('to').value) : state.dates.last;
    }
    showRange();
    redrawSoon();
  }

  let timer = null;
  function redrawSoon() {
    notDrawn();
    clearTimeout(timer);
    timer = setTimeout(() => draw().catch(fail), 250);
  }

  // ---- from query rows to the drawn graph ----

  /**
   * Rows of view-network.rq / view-neighbours.rq -> nodes and weighted edges. "met" is one edge per pair
   * whichever side it was read from; a meeting's place becomes a "held at" edge.
   */
  function buildGraph() {
    const shown = new Set(types());
    const nodes = new Map();
    const addNode = (id, type, label, extra) => {
      if (!id || !type || !shown.has(type)) { return false; }
      let n = nodes.get(id);
      if (!n) {
        n = { id, type, label: label || id.replace(/.*[\/#]/, ''), mentions: 0, focus: false };
        nodes.set(id, n);
      }
      Object.assign(n, extra || {});
      return true;
    };
    for (const e of state.entities) {
      addNode(e.id, e.type, e.label, { mentions: e.mentions, qid: e.qid, focus: true });
    }
    const edges = new Map();
    const addEdge = (source, kind, target, label, articles, first, last) => {
      const undirected = kind === 'met';
      const [s, t] = undirected && source > target ? [target, source] : [source, target];
      const key = s + ' ' + kind + ' ' + t;
      const e = edges.get(key);
      if (!e) {
        edges.set(key, { source: s, target: t, kind, label: label || kind, weight: articles, first, last });
      } else {
        e.weight = Math.max(e.weight, articles);
        if (first && (!e.first || first < e.first)) { e.first = first; }
        if (last && (!e.last || last > e.last)) { e.last = last; }
      }
    };
    for (const b of state.rows) {
      const focus = v(b, 'focus'), other = v(b, 'other'), kind = v(b, 'kind');
      const articles = parseInt(v(b, 'articles'), 10) || 1;
      const okFocus = addNode(focus, v(b, 'focusType') || (nodes.get(focus) || {}).type, v(b, 'focusLabel'));
      const otherType = v(b, 'otherType') || (kind === 'took part in' ? 'meeting' : (nodes.get(other) || {}).type);
      const okOther = addNode(other, otherType, v(b, 'otherLabel'));
      if (!okFocus || !okOther) { continue; }
      // a former role is drawn as a role, and says so on the edge
      const former = kind === 'former role';
      const label = kind === 'role' || kind === 'met' ? v(b, 'label') : former ? 'former ' + (v(b, 'label') || 'role') : null;
      addEdge(focus, former ? 'role' : kind, other, label, articles, v(b, 'first'), v(b, 'last'));
      if (v(b, 'at') && addNode(v(b, 'at'), 'location', v(b, 'atLabel'))) {
        addEdge(other, 'held at', v(b, 'at'), null, articles, v(b, 'first'), v(b, 'last'));
      }
    }
    const degree = new Map();
    for (const e of edges.values()) {
      degree.set(e.source, (degree.get(e.source) || 0) + 1);
      degree.set(e.target, (degree.get(e.target) || 0) + 1);
    }
    // nodes reached through an edge but not counted among the top entities are sized by their support
    for (const e of edges.values()) {
      for (const id of [e.source, e.target]) {
        const n = nodes.get(id);
        if (!n.focus) { n.mentions = Math.max(n.mentions, e.weight); }
      }
    }
    const showIsolated = $('isolated').checked;
    const keep = [...nodes.values()].filter(n => showIsolated || degree.get(n.id));
    return { nodes: keep, edges: [...edges.values()], degree };
  }

  let cy;
  const sizeOf = m => Math.round(16 + 5 * Math.sqrt(Math.min(m || 0, 400)));

  function elementsOf(g) {
    const elements = g.nodes.map(n => ({ group: 'nodes', data: {
      id: n.id, type: n.type, name: n.label, label: shorten(n.label, 32), mentions: n.mentions, qid: n.qid || null, size: sizeOf(n.mentions),
      degree: g.degree.get(n.id) || 0 } }));
    let k = 0;
    for (const e of g.edges) {
      elements.push({ group: 'edges', data: { id: 'e' + (k++), source: e.source, target: e.target, kind: e.kind,
        label: e.label, weight: e.weight, first: e.first || null, last: e.last || null } });
    }
    return elements;
  }

  const STYLE = [
    { selector: 'node', style: {
      'background-color': e => COLOURS[e.data('type')] || '#999', 'shape': e => SHAPES[e.data('type')] || 'ellipse',
      'width': 'data(size)', 'height': 'data(size)', 'label': 'data(label)', 'font-size': LABEL_PX,
      'text-valign': 'bottom', 'text-margin-y': 2,
      'text-background-color': '#fff', 'text-background-opacity': 0.7, 'text-background-padding': 1,
      'border-width': 1, 'border-color': '#fff' } },
    { selector: 'node[type = "person"]', style: { 'font-weight': 'bold' } },
    { selector: 'node.quiet', style: { 'label': '' } },
    // edge labels appear once zoomed in far enough to read them, and always on the selected node's edges
    { selector: 'edge', style: {
      'width': 'mapData(weight, 1, 12, 1, 7)', 'line-color': e => EDGE_COLOURS[e.data('kind')] || '#bbb',
      'opacity': 0.7, 'curve-style': 'bezier', 'target-arrow-shape': 'none', 'label': 'data(label)',
      'font-size': 7, 'min-zoomed-font-size': 11, 'color': '#555', 'text-rotation': 'autorotate' } },
    { selector: 'edge[kind = "spoke about"]', style: { 'target-arrow-shape': 'triangle',
      'target-arrow-color': EDGE_COLOURS['spoke about'], 'line-style': 'dashed', 'arrow-scale': 0.8 } },
    { selector: '.faded', style: { 'opacity': 0.12 } },
    { selector: '.hit', style: { 'border-width': 3, 'border-color': '#000' } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f5b700' } },
    { selector: 'node.near', style: { 'label': 'data(label)' } },
    { selector: 'edge.near', style: { 'label': 'data(label)', 'font-size': 9, 'min-zoomed-font-size': 0, 'opacity': 1,
      'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8,
      'text-wrap': 'ellipsis', 'text-max-width': 180 } },
  ];

  /** Until the next layout has run, the page does not claim to show anything. */
  function notDrawn() {
    state.ready = false;
    $('cy').removeAttribute('data-nodes');
  }

  async function draw() {
    status('Loading…');
    notDrawn();
    const focus = state.entities.map(e => e.id);
    const queries = [];
    if (focus.length) { queries.push(networkQuery(focus)); }
    for (const id of state.expanded) { queries.push(networkQuery([id]), neighboursQuery(id)); }
    $('sparql-link').href = sparqlLink(queries[0] || entitiesQuery());
    // a later change (the slider dragged on) wins over answers still on their way for an earlier one
    const generation = state.generation = (state.generation || 0) + 1;
    const answers = await Promise.all(queries.map(q => sparql(q)));
    if (generation !== state.generation) { return; }
    state.rows = answers.flat();
    mark('network');
    await libraries;
    render();
  }

  function render(keepPositions) {
    const g = buildGraph();
    const old = new Map();
    if (cy && keepPositions) { cy.nodes().forEach(n => old.set(n.id(), { ...n.position() })); }
    if (cy) { cy.destroy(); }
    cy = cytoscape({ container: $('cy'), elements: elementsOf(g), style: STYLE, wheelSensitivity: 0.3,
                     minZoom: 0.05, maxZoom: 6 });
    window.cy = cy;
    if (old.size) { cy.nodes().forEach(n => { if (old.has(n.id())) { n.position(old.get(n.id())); } }); }
    cy.on('tap', 'node', ev => select(ev.target).catch(fail));
    cy.on('dbltap', 'node', ev => expand(ev.target.id()).catch(fail));
    cy.on('tap', ev => { if (ev.target === cy) { cy.elements().removeClass('near faded'); } });
    cy.on('zoom', () => { clearTimeout(state.zoomTimer); state.zoomTimer = setTimeout(declutter, 120); });
    layout(old.size > 0);
  }

  function layout(incremental) {
    notDrawn();
    const n = cy.nodes().length;
    const l = cy.layout({
      name: n > 1 ? 'fcose' : 'grid', quality: n > 300 ? 'draft' : 'default', randomize: !incremental,
      animate: false, fit: true, padding: 30, nodeDimensionsIncludeLabels: false, packComponents: true,
      // heavier edges (more articles) pull their ends closer; the labels need room between nodes
      idealEdgeLength: e => 130 - 8 * Math.min(e.data('weight'), 8), edgeElasticity: () => 0.45,
      nodeRepulsion: () => 16000, nodeSeparation: 90, gravity: 0.3, numIter: 1200, tile: true,
    });
    l.one('layoutstop', () => {
      mark('layout');
      cy.fit(undefined, 30);
      declutter();
      search();
      finished();
    });
    l.run();
  }

  /**
   * Labels that would cover another label are left out, those of the most connected
   * nodes kept first. Labels keep their size on screen, so zooming in makes room for more of them.
   */
  function declutter() {
    if (!cy) { return; }
    const z = cy.zoom();
    cy.batch(() => {
      // a bypass, not a data mapping: Cytoscape re-measures the label only then
      cy.nodes().style({ 'font-size': LABEL_PX / z, 'text-margin-y': LABEL_PX / z / 6 });
      cy.nodes().removeClass('quiet');
    });
    const order = cy.nodes().sort((a, b) => (b.data('degree') - a.data('degree')) || (b.data('mentions') - a.data('mentions')));
    const overlaps = (a, b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    const kept = [];
    const hide = [];
    order.forEach(n => {
      const label = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false });
      if (!label.w) { return; }
      if (kept.some(k => overlaps(k, label))) {
        hide.push(n);
      } else {
        kept.push(label);
      }
    });
    cy.batch(() => hide.forEach(n => n.addClass('quiet')));
    state.labels = kept.length;
  }

  /** The page says what it drew, for readers of the DOM (and the browser tests). */
  function finished() {
    const nodes = cy.nodes().length;
    const isolated = cy.nodes().filter(n => n.degree(false) === 0).length;
    const box = $('cy');
    box.setAttribute('data-nodes', nodes);
    box.setAttribute('data-edges', cy.edges().length);
    box.setAttribute('data-isolated', isolated);
    box.setAttribute('data-labels', state.labels);
    if (state.openMs == null) {
      // from the start of navigation to the first drawing, as the browser counts it
      state.openMs = Math.round(performance.now());
      box.setAttribute('data-open-ms', state.openMs);
    }
    const c = {};
    cy.nodes().forEach(x => { c[x.data('type')] = (c[x.data('type')] || 0) + 1; });
    status((Object.entries(c).map(([t, k]) => k + ' ' + t + (k === 1 ? '' : 's')).join(', ') || 'Nothing to show')
      + ', ' + cy.edges().length + ' links' + (isolated ? ', ' + isolated + ' without a link' : '')
      + (state.expanded.size ? '; neighbours of ' + state.expanded.size + ' node' + (state.expanded.size === 1 ? '' : 's') : '')
      + '.');
    if (state.selected && cy.getElementById(state.selected).length) {
      const n = cy.getElementById(state.selected);
      n.select();
      markNear(n);
    }
    state.ready = true;
  }

  async function expand(id) {
    if (state.expanded.has(id)) { return; }
    state.expanded.add(id);
    status('Fetching the neighbours…');
    state.ready = false;
    const [out, inward] = await Promise.all([sparql(networkQuery([id])), sparql(neighboursQuery(id))]);
    state.rows = state.rows.concat(out, inward);
    render(true);
  }

  function search() {
    const needle = $('search').value.trim().toLowerCase();
    cy.elements().removeClass('hit faded');
    if (!needle) { return; }
    const hits = cy.nodes().filter(x => [x.data('name'), ...(state.names.get(x.id()) || [])]
      .some(s => s && s.toLowerCase().includes(needle)));
    cy.elements().not(hits.closedNeighborhood()).addClass('faded');
    hits.addClass('hit near');
    if (hits.length) { cy.animate({ fit: { eles: hits.closedNeighborhood(), padding: 60 } }, { duration: 300 }); }
  }

  function markNear(node) {
    cy.elements().removeClass('near');
    node.addClass('near');
    node.connectedEdges().addClass('near');
    node.neighborhood('node').addClass('near');
  }

  // ---- the details panel: statements and the story of a node ----

  const el = (tag, cls, text) => {
    const e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text != null) { e.textContent = text; }
    return e;
  };
  const shorten = (s, n) => (s.length <= n ? s : s.slice(0, n - 1) + '…');

  function articleLink(b) {
    const a = el('a', 'article');
    const article = v(b, 'article');
    a.href = httpHref(v(b, 'url')) || sparqlLink('DESCRIBE ' + iri(article));
    a.textContent = v(b, 'title') ? shorten(v(b, 'title'), 90) : article;
    return a;
  }

  async function select(node) {
    state.selected = node.id();
    markNear(node);
    const box = $('details');
    box.replaceChildren();
    const meta = el('div', 'meta');
    const bits = [node.data('type')];
    if (node.data('mentions')) { bits.push(node.data('mentions') + ' article' + (node.data('mentions') === 1 ? '' : 's')); }
    meta.textContent = bits.join(' · ') + ' ';
    if (httpHref(node.data('qid'))) {
      const a = el('a', null, node.data('qid').replace(/.*\//, ''));
      a.href = httpHref(node.data('qid'));
      meta.append(a);
    }
    const tabs = el('div', 'tabs');
    const bStatements = el('button', 'tab', 'Statements');
    const bStory = el('button', 'tab', 'Story');
    const bExpand = el('button', null, state.expanded.has(node.id()) ? 'Neighbours shown' : 'Show neighbours');
    bExpand.id = 'expand';
    bExpand.disabled = state.expanded.has(node.id());
    for (const b of [bStatements, bStory, bExpand]) { b.type = 'button'; }
    const neighbours = el('a', 'as-sparql', 'neighbours as SPARQL');
    neighbours.href = sparqlLink(neighboursQuery(node.id()));
    tabs.append(bStatements, bStory, bExpand, neighbours);
    const panel = el('div');
    box.append(el('h2', null, node.data('name')), meta, tabs, panel);
    bStatements.addEventListener('click', () => showStatements(node, panel, bStatements, bStory).catch(fail));
    bStory.addEventListener('click', () => showStory(node, panel, bStory, bStatements).catch(fail));
    bExpand.addEventListener('click', () => expand(node.id()).catch(fail));
    await showStatements(node, panel, bStatements, bStory);
  }

  async function showStatements(node, panel, on, off) {
    on.classList.add('active');
    off.classList.remove('active');
    const q = statementsQuery(node.id());
    const link = el('a', 'as-sparql', 'these statements as SPARQL');
    link.href = sparqlLink(q);
    const ul = el('ul');
    ul.id = 'statements';
    panel.replaceChildren(link, ul);
    const rows = await sparql(q);
    if (state.selected !== node.id()) { return; }
    const seen = new Set();
    for (const b of rows) {
      const key = v(b, 'statement') + ' ' + v(b, 'article');
      if (seen.has(key)) { continue; }
      seen.add(key);
      const li = el('li');
      li.append(el('span', 'who', v(b, 'speakerName')));
      if (v(b, 'roles')) { li.append(el('span', 'role', ', ' + v(b, 'roles'))); }
      if (v(b, 'date')) { li.append(el('span', 'date', ' · ' + v(b, 'date'))); }
      li.append(el('blockquote', null, v(b, 'kind') === 'direct' ? '“' + v(b, 'text') + '”' : v(b, 'text')));
      if (v(b, 'evidence')) { li.append(el('div', 'evidence', v(b, 'evidence'))); }
      li.append(articleLink(b));
      ul.append(li);
    }
    if (!ul.children.length) {
      ul.append(el('li', 'hint none', 'No statements by or about ' + node.data('name')
        + (($('from').value || $('to').value) ? ' in these dates.' : '.')));
    }
  }

  /** A person's meetings and statements in date order, each with its evidence sentence and article. */
  async function showStory(node, panel, on, off) {
    on.classList.add('active');
    off.classList.remove('active');
    const q = storyQuery(node.id());
    const link = el('a', 'as-sparql', 'this story as SPARQL');
    link.href = sparqlLink(q);
    const ol = el('ol');
    ol.id = 'story';
    panel.replaceChildren(link, ol);
    const rows = await sparql(q);
    if (state.selected !== node.id()) { return; }
    for (const b of rows) {
      const li = el('li', v(b, 'what'));
      li.append(el('span', 'date', v(b, 'date') || 'undated'));
      const what = v(b, 'what') === 'meeting'
        ? [v(b, 'kind') || 'meeting', v(b, 'status'), v(b, 'place') && 'in ' + v(b, 'place')].filter(Boolean).join(' · ')
        : (v(b, 'kind') === 'direct' ? 'said' : 'said (reported)');
      li.append(el('span', 'what', ' ' + what));
      li.append(el(v(b, 'what') === 'meeting' ? 'div' : 'blockquote', 'text',
        v(b, 'what') === 'statement' && v(b, 'kind') === 'direct' ? '“' + v(b, 'text') + '”' : v(b, 'text')));
      if (v(b, 'evidence')) { li.append(el('div', 'evidence', v(b, 'evidence'))); }
      li.append(articleLink(b));
      ol.append(li);
    }
    if (!ol.children.length) {
      ol.append(el('li', 'hint none', 'No meetings or statements of ' + node.data('name')
        + (($('from').value || $('to').value) ? ' in these dates.' : '.')));
    }
  }

  // ---- export of what is on screen ----

  const xml = s => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const NODE_KEYS = [['label', 'string'], ['type', 'string'], ['mentions', 'int'], ['qid', 'string'], ['iri', 'string'],
                     ['x', 'double'], ['y', 'double']];
  const EDGE_KEYS = [['label', 'string'], ['relation', 'string'], ['weight', 'int'], ['first', 'string'], ['last', 'string']];

  /** The drawn nodes and edges with short ids (GraphML ids are NMTOKENs: an IRI is not one). */
  function viewGraph() {
    const ids = new Map();
    const nodes = cy.nodes(':visible').map(n => {
      ids.set(n.id(), 'n' + ids.size);
      const p = n.position();
      return { id: ids.get(n.id()), label: n.data('name'), type: n.data('type'), mentions: n.data('mentions') || 0,
               qid: n.data('qid') ? n.data('qid').replace(/.*\//, '') : null, iri: n.id(),
               x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
    });
    const edges = cy.edges(':visible').filter(e => ids.has(e.source().id()) && ids.has(e.target().id())).map((e, i) => ({
      id: 'e' + i, source: ids.get(e.source().id()), target: ids.get(e.target().id()), label: e.data('label'),
      relation: e.data('kind'), weight: e.data('weight'), first: e.data('first'), last: e.data('last') }));
    return { nodes, edges };
  }

  function graphml(g) {
    const out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
    for (const [k, t] of NODE_KEYS) { out.push(`  <key id="${k}" for="node" attr.name="${k}" attr.type="${t}"/>`); }
    for (const [k, t] of EDGE_KEYS) { out.push(`  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`); }
    out.push('  <graph id="newskg-view" edgedefault="directed">');
    for (const n of g.nodes) {
      out.push(`    <node id="${n.id}">` + NODE_KEYS.filter(([k]) => n[k] != null)
        .map(([k]) => `<data key="${k}">${xml(n[k])}</data>`).join('') + '</node>');
    }
    for (const e of g.edges) {
      out.push(`    <edge id="${e.id}" source="${e.source}" target="${e.target}">` + EDGE_KEYS.filter(([k]) => e[k] != null)
        .map(([k]) => `<data key="e_${k}">${xml(e[k])}</data>`).join('') + '</edge>');
    }
    out.push('  </graph>', '</graphml>', '');
    return out.join('\n');
  }

  function gexf(g) {
    const rgb = t => { const c = COLOURS[t] || '#999999'; return [1, 3, 5].map(i => parseInt(c.slice(i, i + 2), 16)); };
    const out = ['<?xml version="1.0" encoding="UTF-8"?>',
      '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
      '  <meta><creator>newskg graph page</creator><description>the view drawn on the graph page</description></meta>',
      '  <graph defaultedgetype="directed" mode="static">',
      '    <attributes class="node" mode="static">',
      '      <attribute id="type" title="type" type="string"/>', '      <attribute id="mentions" title="mentions" type="long"/>',
      '      <attribute id="qid" title="qid" type="string"/>', '      <attribute id="iri" title="iri" type="string"/>',
      '    </attributes>',
      '    <attributes class="edge" mode="static">',
      '      <attribute id="relation" title="relation" type="string"/>', '      <attribute id="first" title="first" type="string"/>',
      '      <attribute id="last" title="last" type="string"/>',
      '    </attributes>', '    <nodes>'];
    for (const n of g.nodes) {
      const [r, gr, b] = rgb(n.type);
      out.push(`      <node id="${n.id}" label="${xml(n.label)}"><attvalues>`
        + ['type', 'mentions', 'qid', 'iri'].filter(k => n[k] != null).map(k => `<attvalue for="${k}" value="${xml(n[k])}"/>`).join('')
        + `</attvalues><viz:color r="${r}" g="${gr}" b="${b}"/><viz:position x="${n.x}" y="${-n.y}" z="0"/>`
        + `<viz:size value="${sizeOf(n.mentions) / 2}"/></node>`);
    }
    out.push('    </nodes>', '    <edges>');
    for (const e of g.edges) {
      out.push(`      <edge id="${e.id}" source="${e.source}" target="${e.target}" label="${xml(e.label)}" weight="${e.weight}"><attvalues>`
        + ['relation', 'first', 'last'].filter(k => e[k] != null).map(k => `<attvalue for="${k}" value="${xml(e[k])}"/>`).join('')
        + '</attvalues></edge>');
    }
    out.push('    </edges>', '  </graph>', '</gexf>', '');
    return out.join('\n');
  }

  function cytoscapeJson(g) {
    return JSON.stringify({
      data: { name: 'newskg view' },
      elements: {
        nodes: g.nodes.map(n => ({ data: { id: n.id, label: n.label, type: n.type, mentions: n.mentions, qid: n.qid, iri: n.iri },
                                   position: { x: n.x, y: n.y }, classes: n.type })),
        edges: g.edges.map(e => ({ data: e })),
      },
    }, null, 2);
  }

  const FORMATS = { graphml: ['graphml', 'application/graphml+xml', graphml], gexf: ['gexf', 'application/gexf+xml', gexf],
                    cytoscape: ['cyjs', 'application/json', cytoscapeJson] };

  /** The view in one of the export formats, as text (the export button saves it as a file). */
  state.exportView = format => FORMATS[format][2](viewGraph());

  function saveExport() {
    const [ext, type, write] = FORMATS[$('export-format').value];
    const blob = new Blob([write(viewGraph())], { type });
    const a = document.createElement('a');
    a.download = 'newskg-view.' + ext;
    a.href = URL.createObjectURL(blob);
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  // ---- start ----

  function fail(e) {
    status('Error: ' + e.message);
    const p = el('p', 'error', 'Error: ' + e.message);
    $('details').append(p);
  }

  async function loadEntities() {
    const rows = await sparql(entitiesQuery());
    state.entities = rows.map(b => ({ id: v(b, 'node'), type: v(b, 'type'), label: v(b, 'label'),
                                      mentions: parseInt(v(b, 'mentions'), 10) || 0, qid: v(b, 'qid') }));
  }

  async function start() {
    try {
      const files = { entities: 'view-entities.rq', network: 'view-network.rq', neighbours: 'view-neighbours.rq',
                      dates: 'view-dates.rq', statements: 'node-statements.rq', story: 'person-story.rq',
                      names: 'names.rq' };
      const texts = await Promise.all(Object.values(files).map(f => fetch('/view/' + f).then(r => {
        if (!r.ok) { throw new Error('/view/' + f + ' answered ' + r.status); }
        return r.text();
      })));
      Object.keys(files).forEach((k, i) => { state.queries[k] = texts[i]; });
      mark('queries loaded');
      await loadEntities();
      mark('entities');
      await draw();
      // the range is not needed for the first drawing (it starts open), so its query waits until then
      const dates = await sparql(state.queries.dates);
      setUpTimeline(dates.length ? v(dates[0], 'first') : null, dates.length ? v(dates[0], 'last') : null);
      state.timelineReady = true;
    } catch (e) {
      fail(e);
      throw e;
    }
  }

  /** Other names of the drawn nodes, for the search box; fetched when first needed. */
  async function loadNames() {
    if (state.namesLoaded || !cy) { return; }
    state.namesLoaded = true;
    const ids = cy.nodes().map(n => n.id()).filter(id => !/[<>"{}|^`\\\s]/.test(id));
    if (!ids.length) { return; }
    const q = state.queries.names.replace(/^WHERE \{$/m, 'WHERE {\n  VALUES ?node { ' + ids.map(iri).join(' ') + ' }');
    for (const b of await sparql(q)) {
      const id = v(b, 'node');
      if (!state.names.has(id)) { state.names.set(id, []); }
      state.names.get(id).push(v(b, 'name'));
    }
    search();
  }

  document.querySelectorAll('#types input[value]').forEach(i => i.addEventListener('change', () => {
    loadEntities().then(draw).catch(fail);
  }));
  $('top').addEventListener('change', () => loadEntities().then(draw).catch(fail));
  $('isolated').addEventListener('change', () => render(true));
  $('range-from').addEventListener('input', () => sliderMoved('from'));
  $('range-to').addEventListener('input', () => sliderMoved('to'));
  $('from').addEventListener('change', fieldsChanged);
  $('to').addEventListener('change', fieldsChanged);
  $('range-reset').addEventListener('click', () => { $('from').value = ''; $('to').value = ''; fieldsChanged(); });
  $('export').addEventListener('click', saveExport);
  $('relayout').addEventListener('click', () => layout(false));
  $('search').addEventListener('input', () => { search(); loadNames().catch(fail); });
  start();
})();
