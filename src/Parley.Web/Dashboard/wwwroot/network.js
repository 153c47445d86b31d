// The actor network of the selected range: the most active directed dyads as edges coloured by their mean Goldstein
// score, actors as nodes sized by their events. The layout is a force layout from fixed starting points, so the same
// data always gives the same picture.

import { api, latestOnly } from './api.js';
import { asButton, clear, formatCount, formatGoldstein, status, svg, svgTitle, viewState, widthOf } from './dom.js';
import { goldsteinColour } from './scales.js';

const Height = 440;
const Pad = 42;
const EdgeCount = 30;
const Iterations = 320;
const Gravity = 1.5;

/** Nodes (with activity) and edges of the ranking rows. */
export function graphOf(rows) {
  const nodes = new Map();
  const node = (code) => {
    if (!nodes.has(code)) nodes.set(code, { code, events: 0, x: 0, y: 0 });
    return nodes.get(code);
  };
  const edges = rows.map((r) => {
    const source = node(r.key);
    const target = node(r.detail);
    source.events += r.events;
    if (target !== source) target.events += r.events;
    return { source, target, events: r.events, stories: r.stories, goldstein: r.goldstein_mean };
  });
  const list = [...nodes.values()].sort((x, y) => y.events - x.events || (x.code < y.code ? -1 : 1));
  return { nodes: list, edges };
}

/** Fruchterman–Reingold from a deterministic spiral start; positions end up in [0, width] × [0, height]. */
export function layout({ nodes, edges }, width, height) {
  const area = (width - 2 * Pad) * (height - 2 * Pad);
  const k = Math.sqrt(area / Math.max(1, nodes.length)) * 0.75;
  const golden = Math.PI * (3 - Math.sqrt(5));
  nodes.forEach((n, i) => {
    const r = k * 0.5 * Math.sqrt(i + 0.5);
    n.x = Math.cos(i * golden) * r;
    n.y = Math.sin(i * golden) * r;
  });
  for (let it = 0; it < Iterations; it++) {
    const heat = k * 0.5 * (1 - it / Iterations) + 0.5;
    for (const n of nodes) n.dx = n.dy = 0;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const d = Math.max(0.5, Math.hypot(dx, dy));
        const f = (k * k) / d;
        a.dx += (dx / d) * f; a.dy += (dy / d) * f;
        b.dx -= (dx / d) * f; b.dy -= (dy / d) * f;
      }
    }
    for (const { source: a, target: b } of edges) {
      if (a === b) continue;
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.max(0.5, Math.hypot(dx, dy));
      const f = (d * d) / k;
      a.dx -= (dx / d) * f; a.dy -= (dy / d) * f;
      b.dx += (dx / d) * f; b.dy += (dy / d) * f;
    }
    for (const n of nodes) {
      // A pull to the centre, strong enough that separate components stay near the main one instead of being
      // pushed to the corners (which would leave the main one a small knot once the drawing is fitted to the box).
      n.dx -= n.x * Gravity;
      n.dy -= n.y * Gravity;
      const d = Math.max(0.01, Math.hypot(n.dx, n.dy));
      n.x += (n.dx / d) * Math.min(d, heat);
      n.y += (n.dy / d) * Math.min(d, heat);
    }
  }
  fit(nodes, width, height);
}

function fit(nodes, width, height) {
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = maxX > minX ? (width - 2 * Pad) / (maxX - minX) : 0;
  const sy = maxY > minY ? (height - 2 * Pad) / (maxY - minY) : 0;
  for (const n of nodes) {
    n.x = sx ? Pad + (n.x - minX) * sx : width / 2;
    n.y = sy ? Pad + (n.y - minY) * sy : height / 2;
  }
}

/** Creates the network view; onEdge(edge) and onNode(code) are called when they are activated. */
export function createNetwork({ onEdge, onNode }) {
  const section = document.getElementById('network-view');
  const chart = document.getElementById('network-chart');
  const statusLine = document.getElementById('network-status');
  const fetchRows = latestOnly((params) => api.top('dyads', params));
  let graph = null;

  async function load(range) {
    viewState(section, 'loading');
    status(statusLine, 'Loading dyads…');
    const answer = await fetchRows({ limit: EdgeCount, from: range.from, to: range.to });
    if (!answer.current) return;
    if (answer.error) {
      graph = null;
      clear(chart);
      status(statusLine, answer.error.message, 'error');
      viewState(section, 'error');
      return;
    }
    graph = graphOf(answer.result.rows);
    draw();
  }

  function draw() {
    clear(chart);
    if (!graph) return;
    if (graph.edges.length === 0) {
      status(statusLine, 'No events with both a source and a target in this range.', 'empty');
      viewState(section, 'empty');
      return;
    }
    const width = widthOf(chart, 320);
    layout(graph, width, Height);
    chart.append(render(graph, width));
    status(statusLine, `${graph.edges.length} dyads between ${graph.nodes.length} actors.`);
    viewState(section, 'ready');
  }

  function render({ nodes, edges }, width) {
    const root = svg('svg', { width, height: Height, viewBox: `0 0 ${width} ${Height}`, class: 'network', role: 'group', 'aria-label': 'Actor network' });
    const maxNode = Math.max(...nodes.map((n) => n.events));
    const maxEdge = Math.max(...edges.map((e) => e.events));
    const radius = (n) => 5 + 13 * Math.sqrt(n.events / maxNode);
    const pairs = new Set(edges.map((e) => `${e.source.code}>${e.target.code}`));
    const lines = svg('g', { class: 'edges' });
    const hits = svg('g', { class: 'edge-hits' });
    for (const edge of edges) {
      const curved = pairs.has(`${edge.target.code}>${edge.source.code}`);
      const geometry = edgeGeometry(edge, radius, curved);
      if (!geometry) continue;
      const colour = goldsteinColour(edge.goldstein);
      const width = 1.2 + 4.5 * Math.sqrt(edge.events / maxEdge);
      lines.append(svg('path', { d: geometry.d, stroke: colour, 'stroke-width': width, class: 'edge' }));
      lines.append(svg('path', { d: arrowHead(geometry, 4 + width * 1.3), fill: colour, class: 'arrow' }));
      const label = `${edge.source.code} → ${edge.target.code}: ${formatCount(edge.events)} events in ${formatCount(edge.stories)} stories, mean Goldstein ${formatGoldstein(edge.goldstein)}`;
      const hit = svg('path', { d: geometry.d, class: 'edge-hit', 'data-testid': 'network-edge', 'data-source': edge.source.code, 'data-target': edge.target.code, 'data-events': edge.events }, [svgTitle(label)]);
      asButton(hit, label, () => onEdge(edge));
      hit.addEventListener('click', () => onEdge(edge));
      hits.append(hit);
    }
    root.append(lines, hits);
    for (const n of nodes) {
      const label = `${n.code}: ${formatCount(n.events)} events in these dyads. Filter the table by ${n.code}.`;
      const group = svg('g', { class: 'node', 'data-testid': 'network-node', 'data-code': n.code }, [
        svg('circle', { cx: n.x, cy: n.y, r: radius(n) }),
        svg('text', { x: n.x, y: n.y + radius(n) + 12, 'text-anchor': 'middle', class: 'node-label', text: n.code }),
        svgTitle(label),
      ]);
      asButton(group, label, () => onNode(n.code));
      group.addEventListener('click', () => onNode(n.code));
      root.append(group);
    }
    return root;
  }

  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => graph && !section.closest('[hidden]') && draw(), 150);
  });
  return { load, redraw: () => graph && draw() };
}

// A straight edge between the node rims, bent to the left of its direction when the reverse edge exists too.
function edgeGeometry({ source, target }, radius, curved) {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (length < 1 || source === target) return null;
  const [ux, uy] = [dx / length, dy / length];
  const bend = curved ? Math.min(40, length * 0.18) : 0;
  const cx = (source.x + target.x) / 2 + uy * bend;
  const cy = (source.y + target.y) / 2 - ux * bend;
  const start = towards(source, { x: cx, y: cy }, radius(source) + 1);
  const end = towards(target, { x: cx, y: cy }, radius(target) + 3);
  const d = `M${start.x.toFixed(1)} ${start.y.toFixed(1)} Q${cx.toFixed(1)} ${cy.toFixed(1)} ${end.x.toFixed(1)} ${end.y.toFixed(1)}`;
  return { d, end, control: { x: cx, y: cy } };
}

function towards(from, to, distance) {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const d = Math.max(0.01, Math.hypot(dx, dy));
  return { x: from.x + (dx / d) * distance, y: from.y + (dy / d) * distance };
}

function arrowHead({ end, control }, size) {
  const dx = end.x - control.x;
  const dy = end.y - control.y;
  const d = Math.max(0.01, Math.hypot(dx, dy));
  const [ux, uy] = [dx / d, dy / d];
  const bx = end.x - ux * size;
  const by = end.y - uy * size;
  const half = size * 0.5;
  return `M${end.x.toFixed(1)} ${end.y.toFixed(1)} L${(bx + uy * half).toFixed(1)} ${(by - ux * half).toFixed(1)} L${(bx - uy * half).toFixed(1)} ${(by + ux * half).toFixed(1)} Z`;
}
