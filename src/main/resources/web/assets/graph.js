// The graph page: persons, organisations, places and meetings drawn with Cytoscape.js from the
// dataset's SPARQL endpoint, using the same queries as `newskg export` (served under /view/).
(function () {
  'use strict';
  const ENDPOINT = '/newskg/sparql';
  const COLOURS = { person: '#1f77b4', organisation: '#ff7f0e', location: '#2ca02c', role: '#9467bd',
                    meeting: '#d62728', statement: '#8c564b', article: '#7f7f7f' };
  const SHAPES = { person: 'ellipse', organisation: 'round-rectangle', location: 'round-triangle',
                   role: 'diamond', meeting: 'hexagon', article: 'rectangle' };
  const state = { queries: {}, names: new Map(), selected: null, ready: false };
  window.newskgGraph = state;

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

  /** A date-range FILTER over ?var (partial dates like 2022-02 compare on their own length). */
  function dateFilter(variable, extra) {
    const from = $('from').value, to = $('to').value;
    const parts = [];
    if (from) { parts.push(`STR(${variable}) >= SUBSTR(${lit(from)}, 1, STRLEN(STR(${variable})))`); }
    if (to) { parts.push(`STR(${variable}) <= ${lit(to)}`); }
    if (!parts.length) { return ''; }
    return `FILTER(${extra ? extra + ' || ' : ''}!BOUND(${variable}) || (${parts.join(' && ')}))`;
  }

  function types() {
    return [...document.querySelectorAll('#types input:checked')].map(i => i.value);
  }

  /** The nodes query of the current selection: nodes.rq with the page's filters in place of "# FILTERS". */
  function nodesQuery() {
    const filters = [`  FILTER(?type IN (${types().map(lit).join(', ')}))`];
    const d = dateFilter('?d', '?type != "meeting"');
    if (d) { filters.push('  ' + d); }
    return state.queries.nodes.replace(/^  # FILTERS$/m, filters.join('\n'));
  }

  function statementsQuery(iri) {
    if (/[<>"{}|^`\\\s]/.test(iri)) { throw new Error('not an IRI: ' + iri); }
    const d = dateFilter('?date');
    return state.queries.statements.replace(/^(\s*VALUES \?focus \{ )<urn:newskg:focus>/m, '$1<' + iri + '>')
      .replace(/^  # FILTERS$/m, d ? '  ' + d : '');
  }

  // Only http(s) links are rendered: a javascript: or data: URL in the store (stored before the
  // readers refused them, or written through the update endpoint) would run in this page's origin.
  function httpHref(u) {
    return typeof u === 'string' && /^https?:\/\/[^\s\/?#\\]+/i.test(u.trim()) ? u.trim() : null;
  }

  function sparqlLink(query) {
    return '/#query=' + encodeURIComponent(query) + '&endpoint=' + encodeURIComponent(location.origin + ENDPOINT);
  }

  let cy;
  async function draw() {
    status('Loading…');
    state.ready = false;
    const q = nodesQuery();
    $('sparql-link').href = sparqlLink(q);
    const [nodes, edges, names] = await Promise.all([sparql(q), state.edges || sparql(state.queries.edges),
                                                     state.namesRows || sparql(state.queries.names)]);
    state.edges = edges;
    state.namesRows = names;
    state.names = new Map();
    for (const b of names) {
      const id = v(b, 'node');
      if (!state.names.has(id)) { state.names.set(id, []); }
      state.names.get(id).push(v(b, 'name'));
    }
    const ids = new Set();
    const elements = [];
    for (const b of nodes) {
      const id = v(b, 'node');
      ids.add(id);
      elements.push({ group: 'nodes', data: {
        id, type: v(b, 'type'), label: v(b, 'label') || v(b, 'title') || id.replace(/.*[\/#]/, ''),
        qid: v(b, 'qid'), date: v(b, 'date'), status: v(b, 'status'), meetingKind: v(b, 'meetingKind'),
      } });
    }
    let n = 0;
    for (const b of edges) {
      const s = v(b, 'source'), t = v(b, 'target');
      if (ids.has(s) && ids.has(t)) {
        elements.push({ group: 'edges', data: { id: 'e' + (n++), source: s, target: t, label: v(b, 'relation') } });
      }
    }
    if (cy) { cy.destroy(); }
    cy = cytoscape({
      container: $('cy'),
      elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: 'node', style: {
          'background-color': e => COLOURS[e.data('type')] || '#999', 'shape': e => SHAPES[e.data('type')] || 'ellipse',
          'label': 'data(label)', 'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3,
          'width': e => 14 + 4 * Math.min(e.degree(), 8), 'height': e => 14 + 4 * Math.min(e.degree(), 8),
          'text-wrap': 'ellipsis', 'text-max-width': 140 } },
        { selector: 'node[type = "person"]', style: { 'font-size': 12, 'font-weight': 'bold' } },
        { selector: 'edge', style: { 'width': 1, 'line-color': '#bbb', 'target-arrow-color': '#bbb',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'arrow-scale': 0.7 } },
        { selector: '.faded', style: { 'opacity': 0.15 } },
        { selector: '.hit', style: { 'border-width': 3, 'border-color': '#000' } },
        { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f5b700' } },
        { selector: 'edge.near', style: { 'label': 'data(label)', 'font-size': 8, 'line-color': '#666',
          'target-arrow-color': '#666', 'text-rotation': 'autorotate' } },
      ],
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 70,
                padding: 20 },
    });
    window.cy = cy;
    cy.on('tap', 'node', ev => select(ev.target).catch(e => {
      const p = document.createElement('p');
      p.className = 'error';
      p.textContent = 'Error: ' + e.message;
      $('details').append(p);
    }));
    cy.on('tap', ev => { if (ev.target === cy) { cy.elements().removeClass('near faded'); } });
    search();
    const c = {};
    cy.nodes().forEach(x => { c[x.data('type')] = (c[x.data('type')] || 0) + 1; });
    status(Object.entries(c).map(([t, k]) => k + ' ' + t + (k === 1 ? '' : 's')).join(', ') || 'Nothing to show.');
    if (state.selected && cy.getElementById(state.selected).length) { select(cy.getElementById(state.selected)); }
    state.ready = true;
  }

  function search() {
    const needle = $('search').value.trim().toLowerCase();
    cy.elements().removeClass('hit faded');
    if (!needle) { return; }
    const hits = cy.nodes().filter(x => [x.data('label'), ...(state.names.get(x.id()) || [])]
      .some(s => s && s.toLowerCase().includes(needle)));
    cy.elements().not(hits.closedNeighborhood()).addClass('faded');
    hits.addClass('hit');
    if (hits.length) { cy.animate({ fit: { eles: hits.closedNeighborhood(), padding: 60 } }, { duration: 300 }); }
  }

  async function select(node) {
    state.selected = node.id();
    cy.elements().removeClass('near');
    node.connectedEdges().addClass('near');
    const box = $('details');
    box.replaceChildren();
    const h = document.createElement('h2');
    h.textContent = node.data('label');
    const meta = document.createElement('div');
    meta.className = 'meta';
    const bits = [node.data('type')];
    if (node.data('date')) { bits.push(node.data('date')); }
    if (node.data('status')) { bits.push(node.data('status')); }
    meta.textContent = bits.join(' · ') + ' ';
    if (httpHref(node.data('qid'))) {
      const a = document.createElement('a');
      a.href = httpHref(node.data('qid'));
      a.textContent = node.data('qid').replace(/.*\//, '');
      meta.append(a);
    }
    const q = statementsQuery(node.id());
    const link = document.createElement('a');
    link.href = sparqlLink(q);
    link.textContent = 'these statements as SPARQL';
    const ul = document.createElement('ul');
    ul.id = 'statements';
    box.append(h, meta, link, ul);
    const rows = await sparql(q);
    if (state.selected !== node.id()) { return; }
    const seen = new Set();
    for (const b of rows) {
      const key = v(b, 'statement') + ' ' + v(b, 'article');
      if (seen.has(key)) { continue; }
      seen.add(key);
      const li = document.createElement('li');
      const who = document.createElement('span');
      who.className = 'who';
      who.textContent = v(b, 'speakerName');
      li.append(who);
      if (v(b, 'roles')) {
        const r = document.createElement('span');
        r.className = 'role';
        r.textContent = ', ' + v(b, 'roles');
        li.append(r);
      }
      if (v(b, 'date')) {
        const d = document.createElement('span');
        d.className = 'date';
        d.textContent = ' · ' + v(b, 'date');
        li.append(d);
      }
      const quote = document.createElement('blockquote');
      quote.textContent = (v(b, 'kind') === 'direct' ? '“' + v(b, 'text') + '”' : v(b, 'text'));
      li.append(quote);
      if (v(b, 'evidence')) {
        const e = document.createElement('div');
        e.className = 'evidence';
        e.textContent = v(b, 'evidence');
        li.append(e);
      }
      const a = document.createElement('a');
      a.className = 'article';
      const article = v(b, 'article');
      a.href = httpHref(v(b, 'url')) || sparqlLink('DESCRIBE <' + article + '>');
      a.textContent = v(b, 'title') ? shorten(v(b, 'title'), 90) : article;
      li.append(a);
      ul.append(li);
    }
    if (!ul.children.length) {
      const li = document.createElement('li');
      li.className = 'hint none';
      li.textContent = 'No statements by or about ' + node.data('label') + (($('from').value || $('to').value) ? ' in these dates.' : '.');
      ul.append(li);
    }
  }

  const shorten = (s, n) => (s.length <= n ? s : s.slice(0, n - 1) + '…');

  async function start() {
    try {
      const [nodes, edges, names, statements] = await Promise.all(
        ['nodes.rq', 'edges.rq', 'names.rq', 'node-statements.rq'].map(f => fetch('/view/' + f).then(r => r.text())));
      state.queries = { nodes, edges, names, statements };
      await draw();
    } catch (e) {
      status('Error: ' + e.message);
      throw e;
    }
  }

  document.querySelectorAll('#types input, #from, #to').forEach(i => i.addEventListener('change', () => draw()));
  $('search').addEventListener('input', () => search());
  start();
})();
