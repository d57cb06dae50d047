// The investigator page: rings riskiest first, one ring drawn with what binds it, scores of an account on click,
// and the confirm / dismiss decision. Everything goes through the same /v1 API (and key) as any other client.
(function () {
  'use strict';
  const PAGE = 25;
  const KIND_SHAPES = { phone: 'diamond', email: 'round-rectangle', device: 'rectangle', card: 'hexagon',
    address: 'triangle', ip: 'vee' };
  const $ = (id) => document.getElementById(id);
  let rings = [];
  let offset = 0;
  let current = null;
  let graph = null;

  $('key').value = sessionStorage.getItem('ringscope-key') || '';
  $('key').addEventListener('change', () => { sessionStorage.setItem('ringscope-key', $('key').value); loadRings(); });

  function say(text) {
    $('message').textContent = text;
    $('message').hidden = !text;
  }

  async function api(path, options) {
    const response = await fetch(path, Object.assign({}, options, {
      headers: { 'X-Api-Key': $('key').value, 'Content-Type': 'application/json' } }));
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error((body.error || response.statusText) + (body.hint ? ' (' + body.hint + ')' : ''));
      error.status = response.status;
      throw error;
    }
    return body;
  }

  async function loadRings() {
    if (!$('key').value) {
      say('Enter an investigator or admin API key above (the demo key is ringscope-demo-key).');
      return;
    }
    const query = new URLSearchParams({ limit: '500', minRisk: $('min-risk').value || '0' });
    if ($('status').value) query.set('status', $('status').value);
    if ($('typology').value) query.set('typology', $('typology').value);
    try {
      const page = await api('/v1/rings?' + query);
      say(page.total > page.rings.length ? 'Showing the ' + page.rings.length + ' riskiest of ' + page.total
        + ' matching rings.' : '');
      rings = page.rings;
      offset = 0;
      fillTypologies(rings);
      drawHistogram(rings);
      showPage();
    } catch (e) {
      say('Could not list rings: ' + e.message);
    }
  }

  function fillTypologies(list) {
    const select = $('typology');
    const known = new Set(Array.from(select.options).map((o) => o.value));
    list.map((r) => r.typology).filter((t) => !known.has(t)).forEach((t) => {
      known.add(t);
      select.add(new Option(t.replace(/_/g, ' '), t));
    });
  }

  /** How the listed rings spread over risk, in ten bins. */
  function drawHistogram(list) {
    const bins = new Array(10).fill(0);
    list.forEach((r) => { bins[Math.min(9, Math.floor(r.risk * 10))]++; });
    const top = Math.max(1, ...bins);
    const svg = $('histogram');
    svg.replaceChildren();
    bins.forEach((count, i) => {
      const height = 60 * count / top;
      const bar = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      bar.setAttribute('x', String(i * 30 + 2));
      bar.setAttribute('width', '26');
      bar.setAttribute('y', String(62 - height));
      bar.setAttribute('height', String(height));
      const tip = document.createElementNS('http://www.w3.org/2000/svg', 'title');
      tip.textContent = count + ' rings with risk ' + (i / 10).toFixed(1) + '-' + ((i + 1) / 10).toFixed(1);
      bar.appendChild(tip);
      svg.appendChild(bar);
    });
    $('histogram-caption').textContent = list.length + ' rings by risk, 0 (left) to 1 (right)';
  }

  function showPage() {
    const body = $('rings').tBodies[0];
    body.replaceChildren();
    rings.slice(offset, offset + PAGE).forEach((ring) => {
      const row = body.insertRow();
      const risk = row.insertCell();
      const bar = document.createElement('span');
      bar.className = 'risk';
      bar.style.width = Math.round(ring.risk * 40) + 'px';
      risk.append(bar, ring.risk.toFixed(2));
      row.insertCell().textContent = ring.size;
      row.insertCell().textContent = ring.typology.replace(/_/g, ' ');
      row.insertCell().textContent = ring.status;
      const why = row.insertCell();
      why.className = 'why';
      why.textContent = ring.explanation;
      row.classList.toggle('selected', current === ring.id);
      row.addEventListener('click', () => openRing(ring.id));
    });
    $('page').textContent = rings.length ? (offset + 1) + '-' + Math.min(offset + PAGE, rings.length) + ' of '
      + rings.length : 'no rings match';
    $('previous').disabled = offset === 0;
    $('next').disabled = offset + PAGE >= rings.length;
  }

  async function openRing(id) {
    try {
      const [detail, drawn] = await Promise.all([api('/v1/rings/' + encodeURIComponent(id)),
        api('/v1/rings/' + encodeURIComponent(id) + '/graph')]);
      current = id;
      showPage();
      $('detail').hidden = false;
      $('account').hidden = true;
      $('decision-result').textContent = '';
      const r = detail.ring;
      $('ring-title').textContent = r.id + ' · ' + r.typology.replace(/_/g, ' ') + ' · risk ' + r.risk.toFixed(2)
        + ' · ' + r.status;
      $('ring-explanation').textContent = r.explanation + '. Active ' + r.firstSeen.slice(0, 10) + ' to '
        + r.lastSeen.slice(0, 10) + '.';
      draw(drawn);
    } catch (e) {
      say('Could not open ring ' + id + ': ' + e.message);
    }
  }

  function draw(drawn) {
    const elements = drawn.nodes.map((n) => ({ data: {
      id: n.id, kind: n.type,
      label: n.type === 'account' ? '' : n.type + ' #' + n.id.split(':')[1].slice(0, 4) + ' (' + n.degree + ')',
      state: n.type === 'account' ? (n.label || 'unknown') : 'identifier' } }));
    drawn.links.forEach((l, i) => elements.push({ data: { id: 'l' + i, source: l.account, target: l.identifier } }));
    if (graph) graph.destroy();
    graph = cytoscape({
      container: $('graph'),
      elements: elements,
      layout: { name: 'cose', animate: false, nodeRepulsion: 9000 },
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', color: '#1d2733',
          width: 16, height: 16 } },
        { selector: 'node[state = "fraud"]', style: { 'background-color': '#c0392b' } },
        { selector: 'node[state = "legit"]', style: { 'background-color': '#27ae60' } },
        { selector: 'node[state = "unknown"]', style: { 'background-color': '#95a5a6' } },
        { selector: 'node[state = "identifier"]', style: { 'background-color': '#2c5d94', width: 24, height: 24 } },
        ...Object.entries(KIND_SHAPES).map(([kind, shape]) => ({ selector: 'node[kind = "' + kind + '"]',
          style: { shape: shape } })),
        { selector: 'edge', style: { width: 1, 'line-color': '#b8c2cc' } },
        { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#1d2733' } },
      ],
    });
    graph.on('tap', 'node[kind = "account"]', (event) => showAccount(event.target.id()));
    graph.on('tap', 'node[state = "identifier"]', (event) => {
      const members = event.target.connectedEdges().length;
      showNote(event.target.data('kind') + ' ' + event.target.id().split(':')[1] + ': used by ' + members
        + ' members of this ring and ' + event.target.data('label').replace(/.*\((\d+)\)$/, '$1') + ' accounts in all');
    });
  }

  function showNote(text) {
    $('account').hidden = false;
    $('account').textContent = text;
  }

  async function showAccount(id) {
    const box = $('account');
    box.hidden = false;
    box.textContent = 'loading ' + id + '...';
    try {
      const features = await api('/v1/accounts/' + encodeURIComponent(id) + '/features');
      const f = features.features;
      const lines = [id + ': ring risk ' + f.ring_risk.toFixed(2) + ', ' + f.linked_accounts + ' linked accounts, '
        + (f.fraud_hops >= 5 ? 'no confirmed fraud within 4 hops' : f.fraud_hops + ' hops to confirmed fraud')
        + ', fraud PageRank ' + f.fraud_ppr.toExponential(1)];
      try {
        const gnn = await api('/v1/accounts/' + encodeURIComponent(id) + '/gnn');
        lines.push(gnn.explanation + ' (model ' + gnn.gnnModel + ')');
      } catch (e) {
        lines.push('no GNN score: ' + e.message);
      }
      box.replaceChildren(...lines.map((text) => { const p = document.createElement('p'); p.textContent = text; return p; }));
    } catch (e) {
      box.textContent = 'Could not load ' + id + ': ' + e.message;
    }
  }

  $('decide').addEventListener('submit', async (event) => {
    event.preventDefault();
    const decision = event.submitter ? event.submitter.value : 'confirm';
    try {
      const made = await api('/v1/rings/' + encodeURIComponent(current) + '/decision', { method: 'POST',
        body: JSON.stringify({ decision: decision, reason: $('reason').value }) });
      $('decision-result').textContent = decision + 'ed by ' + made.by + ' at ' + made.at + ': '
        + made.members.length + ' accounts labelled ' + (decision === 'confirm' ? 'fraud' : 'legit')
        + '; the next recompute turns them into link risk for their neighbours.';
      $('reason').value = '';
      loadRings();
    } catch (e) {
      $('decision-result').textContent = 'Not recorded: ' + e.message;
    }
  });
  $('filters').addEventListener('submit', (event) => { event.preventDefault(); loadRings(); });
  $('previous').addEventListener('click', () => { offset = Math.max(0, offset - PAGE); showPage(); });
  $('next').addEventListener('click', () => { offset += PAGE; showPage(); });
  loadRings();
}());
