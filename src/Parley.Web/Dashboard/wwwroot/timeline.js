// The dyad timeline: per period, stacked bars of cooperation above the axis and conflict below (or A→B above and
// B→A below), a strip of the Goldstein mean under it, and a brush: dragging across either panel selects a date range.

import { api, latestOnly } from './api.js';
import { asButton, clear, el, formatCount, formatGoldstein, status, svg, svgTitle, viewState, widthOf } from './dom.js';
import { DirectionColours, QuadColours, QuadNames, goldsteinColour, niceStep, periodLabel, tickLabel, timelineSlots } from './scales.js';

const Margin = { left: 48, right: 18, top: 14 };
const BarsHeight = 210;
const PanelGap = 26;
const GoldsteinHeight = 86;
const AxisHeight = 34;
const DragThreshold = 4;

/**
 * Creates the timeline view. onBrush(from, to) is called with the dates of a dragged selection; onPeriod(slot, dyad)
 * when a bar or point is activated.
 */
export function createTimeline({ onBrush, onPeriod }) {
  const section = document.getElementById('timeline-view');
  const chart = document.getElementById('timeline-chart');
  const statusLine = document.getElementById('timeline-status');
  const title = document.getElementById('timeline-title');
  const legend = document.getElementById('timeline-legend');
  const fetchDyad = latestOnly((params) => api.dyad(params));
  let data = null;
  let mode = 'quad';
  let range = { from: '', to: '' };
  let selected = null;
  let xOfSlot = null;

  async function load({ a, b, by }) {
    viewState(section, 'loading');
    status(statusLine, `Loading ${a} ↔ ${b}…`);
    const answer = await fetchDyad({ a, b, by });
    if (!answer.current) return;
    if (answer.error) {
      data = null;
      clear(chart);
      status(statusLine, answer.error.message, 'error');
      viewState(section, 'error');
      return;
    }
    const series = answer.result;
    data = { series, slots: timelineSlots(series.periods, series.by) };
    selected = null;
    title.textContent = `${series.a} ↔ ${series.b} by ${series.by}`;
    draw();
  }

  function draw() {
    clear(chart);
    drawLegend();
    if (!data) return;
    const { series, slots } = data;
    if (slots.length === 0) {
      status(statusLine, `No dated events between ${series.a} and ${series.b}. Try other actor codes (prefixes such as USA or RUSGOV).`, 'empty');
      viewState(section, 'empty');
      return;
    }
    const total = series.periods.reduce((n, p) => n + p.events, 0);
    const n = series.periods.length;
    status(statusLine, `${formatCount(total)} event${total === 1 ? '' : 's'} in ${n} ${series.by}${n === 1 ? '' : 's'}.`);
    chart.append(render(slots, series));
    viewState(section, 'ready');
  }

  function drawLegend() {
    clear(legend);
    const a = data?.series.a ?? 'A';
    const b = data?.series.b ?? 'B';
    const items = mode === 'direction'
      ? [[`${a} → ${b}`, DirectionColours.aToB], [`${b} → ${a}`, DirectionColours.bToA]]
      : [[QuadNames[2], QuadColours[2]], [QuadNames[1], QuadColours[1]], [QuadNames[0], QuadColours[0]], [QuadNames[3], QuadColours[3]], [QuadNames[4], QuadColours[4]]];
    for (const [label, colour] of items) legend.append(swatch(label, colour));
    legend.append(el('span', { class: 'legend-item' }, [lineSwatch(), 'Goldstein mean']));
  }

  function render(slots, series) {
    const width = widthOf(chart, 360);
    const plotWidth = width - Margin.left - Margin.right;
    const slotWidth = plotWidth / slots.length;
    const barsBottom = Margin.top + BarsHeight;
    const gTop = barsBottom + PanelGap;
    const gBottom = gTop + GoldsteinHeight;
    const height = gBottom + AxisHeight;
    const x = (i) => Margin.left + i * slotWidth;
    xOfSlot = x;
    const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'group', 'aria-label': `Timeline of ${series.a} and ${series.b}` });
    root.append(svg('rect', { x: Margin.left, y: Margin.top, width: plotWidth, height: gBottom - Margin.top, class: 'plot-background', 'data-testid': 'timeline-background' }));
    const stacks = slots.map((slot) => stackOf(slot.point));
    const scale = countScale(stacks, Margin.top, barsBottom);
    drawCountAxis(root, scale, width, series);
    drawGoldsteinAxis(root, gTop, gBottom, width);
    const gy = (g) => gTop + (10 - g) / 20 * (gBottom - gTop);
    slots.forEach((slot, i) => drawSlot(root, slot, i, stacks[i], { x, slotWidth, scale, gy, barsBottom, series }));
    drawGoldsteinLine(root, slots, x, slotWidth, gy, series);
    drawTicks(root, slots, x, slotWidth, gBottom, series.by);
    const selection = svg('rect', { class: 'brush-selection', y: Margin.top, height: gBottom - Margin.top, x: 0, width: 0, 'data-testid': 'timeline-brush', visibility: 'hidden' });
    root.append(selection);
    showRange(selection, slots, x);
    attachBrush(root, selection, slots, x, slotWidth);
    return root;
  }

  function stackOf(p) {
    if (!p) return { up: [], down: [] };
    if (mode === 'direction') {
      return { up: [[p.a_to_b, DirectionColours.aToB]], down: [[p.b_to_a, DirectionColours.bToA]] };
    }
    const q = p.quad_classes;
    return { up: [[q[2], QuadColours[2]], [q[1], QuadColours[1]], [q[0], QuadColours[0]]], down: [[q[3], QuadColours[3]], [q[4], QuadColours[4]]] };
  }

  // One scale for both sides (a pixel means the same count up and down); the axis sits where the larger side needs it.
  function countScale(stacks, top, bottom) {
    const sum = (parts) => parts.reduce((n, [v]) => n + v, 0);
    const upMax = Math.max(1, ...stacks.map((s) => sum(s.up)));
    const downMax = Math.max(upMax * 0.15, ...stacks.map((s) => sum(s.down)));
    const perEvent = (bottom - top) / (upMax + downMax);
    const base = top + upMax * perEvent;
    return { base, perEvent, upMax, downMax, top, bottom };
  }

  function drawCountAxis(root, scale, width, series) {
    const step = niceStep(Math.max(scale.upMax, scale.downMax), 3);
    const ticks = [];
    for (let v = step; v <= scale.upMax; v += step) ticks.push(scale.base - v * scale.perEvent);
    for (let v = step; v <= scale.downMax; v += step) ticks.push(scale.base + v * scale.perEvent);
    for (const y of ticks) {
      root.append(svg('line', { x1: Margin.left, x2: width - Margin.right, y1: y, y2: y, class: 'grid' }));
      const v = Math.round(Math.abs(y - scale.base) / scale.perEvent);
      root.append(svg('text', { x: Margin.left - 6, y: y + 4, class: 'tick-label', 'text-anchor': 'end', text: formatCount(v) }));
    }
    root.append(svg('line', { x1: Margin.left, x2: width - Margin.right, y1: scale.base, y2: scale.base, class: 'axis' }));
    root.append(svg('text', { x: Margin.left - 6, y: scale.base + 4, class: 'tick-label', 'text-anchor': 'end', text: '0' }));
    const up = mode === 'direction' ? `${series.a} → ${series.b}` : 'cooperation';
    const down = mode === 'direction' ? `${series.b} → ${series.a}` : 'conflict';
    root.append(svg('text', { x: 12, y: (scale.top + scale.base) / 2, class: 'axis-title', transform: `rotate(-90 12 ${(scale.top + scale.base) / 2})`, 'text-anchor': 'middle', text: `${up} ↑` }));
    root.append(svg('text', { x: 12, y: (scale.base + scale.bottom) / 2, class: 'axis-title', transform: `rotate(-90 12 ${(scale.base + scale.bottom) / 2})`, 'text-anchor': 'middle', text: `↓ ${down}` }));
  }

  function drawGoldsteinAxis(root, top, bottom, width) {
    for (const g of [10, 0, -10]) {
      const y = top + (10 - g) / 20 * (bottom - top);
      root.append(svg('line', { x1: Margin.left, x2: width - Margin.right, y1: y, y2: y, class: g === 0 ? 'axis zero' : 'grid' }));
      root.append(svg('text', { x: Margin.left - 6, y: y + 4, class: 'tick-label', 'text-anchor': 'end', text: g > 0 ? `+${g}` : String(g) }));
    }
    root.append(svg('text', { x: 12, y: (top + bottom) / 2, class: 'axis-title', transform: `rotate(-90 12 ${(top + bottom) / 2})`, 'text-anchor': 'middle', text: 'Goldstein' }));
  }

  function drawSlot(root, slot, i, stack, { x, slotWidth, scale, gy, barsBottom, series }) {
    if (slot.kind === 'gap') {
      const cx = x(i) + slotWidth / 2;
      root.append(svg('path', { d: `M${cx - 4} ${scale.base + 6} l4 -12 M${cx} ${scale.base + 6} l4 -12`, class: 'gap-mark' }, [svgTitle(`No events from ${slot.start} to ${slot.end} (left out)`)]));
      return;
    }
    if (slot.kind !== 'period') return;
    const p = slot.point;
    const label = `${periodLabel(slot.start, series.by)}: ${p.events} events (${series.a} → ${series.b} ${p.a_to_b}, ${series.b} → ${series.a} ${p.b_to_a}), cooperation ${p.cooperation}, conflict ${p.conflict}, Goldstein mean ${formatGoldstein(p.goldstein_mean)}`;
    const group = svg('g', { class: 'slot', 'data-testid': 'timeline-bar', 'data-period': slot.start, 'data-events': p.events, 'data-slot': i });
    if (selected === slot.start) group.classList.add('selected');
    group.append(svg('rect', { x: x(i), y: Margin.top, width: slotWidth, height: barsBottom - Margin.top, class: 'slot-hit' }));
    const barWidth = Math.max(1.5, Math.min(42, slotWidth * 0.7));
    const left = x(i) + (slotWidth - barWidth) / 2;
    let y = scale.base;
    for (const [value, colour] of stack.up) {
      if (value <= 0) continue;
      const h = value * scale.perEvent;
      y -= h;
      group.append(svg('rect', { x: left, y, width: barWidth, height: h, fill: colour, class: 'bar' }));
    }
    y = scale.base;
    for (const [value, colour] of stack.down) {
      if (value <= 0) continue;
      const h = value * scale.perEvent;
      group.append(svg('rect', { x: left, y, width: barWidth, height: h, fill: colour, class: 'bar' }));
      y += h;
    }
    group.append(svgTitle(label));
    asButton(group, label, () => activate(slot, i));
    root.append(group);
  }

  // The line joins the periods with events across quiet periods, and breaks only where a long gap was left out.
  function drawGoldsteinLine(root, slots, x, slotWidth, gy, series) {
    let d = '';
    let open = false;
    slots.forEach((slot, i) => {
      if (slot.kind === 'gap') open = false;
      const g = slot.point?.goldstein_mean;
      if (g === null || g === undefined) return;
      d += `${open ? 'L' : 'M'}${(x(i) + slotWidth / 2).toFixed(1)} ${gy(g).toFixed(1)}`;
      open = true;
    });
    if (d) root.append(svg('path', { d, class: 'goldstein-line' }));
    slots.forEach((slot, i) => {
      const g = slot.point?.goldstein_mean;
      if (g === null || g === undefined) return;
      const label = `${periodLabel(slot.start, series.by)}: Goldstein mean ${formatGoldstein(g)} over ${slot.point.events} events`;
      const dot = svg('circle', { cx: x(i) + slotWidth / 2, cy: gy(g), r: 4.5, fill: goldsteinColour(g), class: 'goldstein-point', 'data-testid': 'timeline-point', 'data-period': slot.start, 'data-slot': i }, [svgTitle(label)]);
      if (selected === slot.start) dot.classList.add('selected');
      asButton(dot, label, () => activate(slot, i));
      root.append(dot);
    });
  }

  function drawTicks(root, slots, x, slotWidth, bottom, unit) {
    const every = Math.max(1, Math.ceil((unit === 'year' ? 40 : unit === 'month' ? 52 : 64) / slotWidth));
    slots.forEach((slot, i) => {
      const cx = x(i) + slotWidth / 2;
      if (slot.kind === 'gap') {
        root.append(svg('text', { x: cx, y: bottom + 16, class: 'tick-label', 'text-anchor': 'middle', text: '…' }));
        return;
      }
      if (i % every !== 0) return;
      root.append(svg('line', { x1: cx, x2: cx, y1: bottom, y2: bottom + 4, class: 'axis' }));
      root.append(svg('text', { x: cx, y: bottom + 16, class: 'tick-label', 'text-anchor': 'middle', text: tickLabel(slot.start, unit) }));
    });
  }

  function activate(slot, i) {
    selected = slot.start;
    chart.querySelectorAll('.selected').forEach((n) => n.classList.remove('selected'));
    chart.querySelectorAll(`[data-slot="${i}"]`).forEach((n) => n.classList.add('selected'));
    onPeriod(slot, data.series);
  }

  // Which slots the date range covers, drawn as a shaded band; nothing when no range is set.
  function showRange(selection, slots, x) {
    const covered = [];
    slots.forEach((slot, i) => {
      if (slot.kind === 'gap') return;
      if ((!range.from || slot.end >= range.from) && (!range.to || slot.start <= range.to)) covered.push(i);
    });
    if ((!range.from && !range.to) || covered.length === 0) {
      selection.setAttribute('visibility', 'hidden');
      return;
    }
    placeSelection(selection, covered[0], covered.at(-1), x);
  }

  function placeSelection(selection, first, last, x) {
    selection.setAttribute('x', x(first).toFixed(1));
    selection.setAttribute('width', (x(last + 1) - x(first)).toFixed(1));
    selection.setAttribute('visibility', 'visible');
  }

  // A press that moves less than a few pixels is a click (handled by the bar or point); a drag selects slots.
  function attachBrush(root, selection, slots, x, slotWidth) {
    let start = null;
    const slotAt = (clientX) => {
      const local = clientX - root.getBoundingClientRect().left - Margin.left;
      return Math.max(0, Math.min(slots.length - 1, Math.floor(local / slotWidth)));
    };
    root.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      start = { clientX: e.clientX, slot: slotAt(e.clientX), dragging: false, target: e.target.closest('[data-slot]') };
      root.setPointerCapture(e.pointerId);
    });
    root.addEventListener('pointermove', (e) => {
      if (!start) return;
      if (!start.dragging && Math.abs(e.clientX - start.clientX) < DragThreshold) return;
      start.dragging = true;
      const here = slotAt(e.clientX);
      placeSelection(selection, Math.min(start.slot, here), Math.max(start.slot, here), x);
    });
    const finish = (e) => {
      if (!start) return;
      const begun = start;
      start = null;
      if (!begun.dragging) {
        const i = Number(begun.target?.dataset.slot ?? NaN);
        if (!Number.isNaN(i) && slots[i]?.kind === 'period') activate(slots[i], i);
        return;
      }
      const here = slotAt(e.clientX);
      const chosen = slots.slice(Math.min(begun.slot, here), Math.max(begun.slot, here) + 1).filter((s) => s.kind !== 'gap');
      if (chosen.length > 0) onBrush(chosen[0].start, chosen.at(-1).end);
    };
    root.addEventListener('pointerup', finish);
    root.addEventListener('pointercancel', () => {
      start = null;
    });
  }

  return {
    load,
    /** Shows the date range chosen elsewhere (inputs, reset) on the chart. */
    setRange(from, to) {
      range = { from, to };
      const selection = chart.querySelector('.brush-selection');
      if (selection && data && xOfSlot) showRange(selection, data.slots, xOfSlot);
    },
    /** Switches the bars between quad classes and directions. */
    setMode(value) {
      mode = value;
      draw();
    },
    redraw: draw,
  };
}

function swatch(label, colour) {
  const box = svg('svg', { width: 12, height: 12, class: 'swatch', 'aria-hidden': 'true' }, [svg('rect', { width: 12, height: 12, rx: 2, fill: colour })]);
  return el('span', { class: 'legend-item' }, [box, label]);
}

function lineSwatch() {
  return svg('svg', { width: 18, height: 12, class: 'swatch', 'aria-hidden': 'true' }, [svg('line', { x1: 1, x2: 17, y1: 6, y2: 6, class: 'goldstein-line' }), svg('circle', { cx: 9, cy: 6, r: 3, class: 'goldstein-point-swatch' })]);
}
