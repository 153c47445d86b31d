// The dashboard: wires the views together. One state (the dyad, the period unit and the date range) drives them:
// the dyad and unit feed the timeline; the date range (brushed on the timeline or typed) feeds the network, the map
// and the event table. A click on any view's item shows its events in the table and one event's evidence.

import { ApiError, api, timings } from './api.js';
import { formatCount, goldsteinLegend } from './dom.js';
import { createEvidencePanel } from './evidence.js';
import { createMap } from './map.js';
import { createNetwork } from './network.js';
import { createPaste } from './paste.js';
import { dateLabel, periodLabel } from './scales.js';
import { createStoryView } from './story.js';
import { createTable } from './table.js';
import { createTimeline } from './timeline.js';

const $ = (id) => document.getElementById(id);
const ActorCode = /^[A-Za-z0-9-]{1,30}$/;

const state = { a: '', b: '', by: 'month', from: '', to: '' };

const evidence = createEvidencePanel();
const showEvidence = (event, options) => evidence.show(event, options);

const timeline = createTimeline({
  onBrush: (from, to) => setRange(from, to),
  onPeriod: (slot, series) => showPeriod(slot, series),
});
const network = createNetwork({
  onEdge: (edge) => showDyadEvents(edge.source.code, edge.target.code),
  onNode: (code) => filterTable({ actor: code }),
});
const map = createMap({
  onPlace: (place) => showPlace(place),
  onCountry: (country) => filterTable({ country }),
});
const table = createTable({ onSelect: showEvidence });
const story = createStoryView({ onSelect: showEvidence });
createPaste({ onSelect: showEvidence });

// Exposed for the browser tests and for anyone curious in the console: the request timings and the state.
window.parley = { timings, state };

function rangeParams() {
  return { from: state.from, to: state.to };
}

function formFilters() {
  const value = (id) => $(id).value.trim();
  return {
    actor: value('filter-actor'), source: value('filter-source'), target: value('filter-target'),
    code: value('filter-code'), country: value('filter-country').toUpperCase(), text: value('filter-text'),
    dedup: $('filter-dedup').checked,
  };
}

function loadTable() {
  return table.showFiltered({ ...formFilters(), ...rangeParams() });
}

/** Sets the date range from any source and reloads the views it filters. */
function setRange(from, to) {
  state.from = from || '';
  state.to = to || '';
  $('range-from').value = state.from;
  $('range-to').value = state.to;
  $('range-label').textContent = state.from || state.to
    ? `${state.from ? dateLabel(state.from) : 'the start'} – ${state.to ? dateLabel(state.to) : 'the end'}`
    : 'All dates';
  timeline.setRange(state.from, state.to);
  return Promise.all([network.load(rangeParams()), map.load(rangeParams()), loadTable()]);
}

function loadDyad() {
  return timeline.load({ a: state.a, b: state.b, by: state.by });
}

async function showPeriod(slot, series) {
  const label = `${series.a} ↔ ${series.b}, ${periodLabel(slot.start, series.by)}`;
  const events = await table.showContext(label, { dyad: `${series.a},${series.b}`, from: slot.start, to: slot.end }, { onClear: loadTable });
  if (events.length > 0) showEvidence(events[0]);
}

async function showDyadEvents(source, target) {
  const events = await table.showContext(`${source} → ${target}${rangeText()}`, { source, target, exact: true, ...rangeParams() }, { onClear: loadTable });
  if (events.length > 0) showEvidence(events[0]);
}

async function showPlace(place) {
  const events = await table.showContext(`Events at ${place.name} (${place.country})${rangeText()}`,
    { place: place.name, country: place.country, ...rangeParams() }, { onClear: loadTable });
  if (events.length > 0) showEvidence(events[0]);
}

function rangeText() {
  return state.from || state.to ? `, ${$('range-label').textContent}` : '';
}

function filterTable(values) {
  $('event-filters').reset();
  if (values.actor) $('filter-actor').value = values.actor;
  if (values.country) $('filter-country').value = values.country;
  $('events-view').scrollIntoView({ behavior: 'smooth', block: 'start' });
  return loadTable();
}

function showError(message) {
  const banner = $('global-error');
  banner.textContent = message;
  banner.hidden = !message;
}

function wireControls() {
  $('controls').addEventListener('submit', (e) => {
    e.preventDefault();
    const a = $('actor-a').value.trim().toUpperCase();
    const b = $('actor-b').value.trim().toUpperCase();
    if (!ActorCode.test(a) || !ActorCode.test(b)) {
      showError('Actor codes are letters, digits and "-" (at most 30), such as USA or RUSGOV.');
      return;
    }
    showError('');
    Object.assign(state, { a, b, by: $('period').value });
    $('actor-a').value = a;
    $('actor-b').value = b;
    loadDyad();
  });
  $('swap-dyad').addEventListener('click', () => {
    [$('actor-a').value, $('actor-b').value] = [$('actor-b').value, $('actor-a').value];
    $('controls').requestSubmit();
  });
  $('period').addEventListener('change', () => {
    state.by = $('period').value;
    loadDyad();
  });
  $('bar-mode').addEventListener('change', () => timeline.setMode($('bar-mode').value));
  const dateChanged = () => {
    const from = $('range-from').value;
    const to = $('range-to').value;
    if (from && to && from > to) {
      showError(`The range starts (${from}) after it ends (${to}).`);
      return;
    }
    showError('');
    setRange(from, to);
  };
  $('range-from').addEventListener('change', dateChanged);
  $('range-to').addEventListener('change', dateChanged);
  $('range-reset').addEventListener('click', () => setRange('', ''));
  $('event-filters').addEventListener('submit', (e) => {
    e.preventDefault();
    loadTable();
  });
  $('filter-clear').addEventListener('click', () => {
    $('event-filters').reset();
    loadTable();
  });
}

function route() {
  const match = /^#story=(.+)$/.exec(location.hash);
  evidence.hide(false);
  $('dashboard').hidden = Boolean(match);
  $('story-view').hidden = !match;
  if (match) {
    story.show(decodeURIComponent(match[1]));
    $('story-title').focus({ preventScroll: true });
    window.scrollTo(0, 0);
  } else {
    // Charts drawn while the dashboard was hidden had no width to fit.
    timeline.redraw();
    network.redraw();
    map.redraw();
  }
}

async function start() {
  wireControls();
  document.querySelectorAll('.goldstein-legend').forEach((legend) => legend.replaceChildren(goldsteinLegend()));
  window.addEventListener('hashchange', route);
  let health;
  try {
    [health] = await Promise.all([api.health(), chooseDyad()]);
  } catch (e) {
    showError(e instanceof ApiError ? e.message : `The dashboard could not start: ${e.message}`);
    document.body.dataset.state = 'error';
    return;
  }
  $('store-summary').textContent = `${formatCount(health.stories)} stories · ${formatCount(health.events)} events` +
    (health.first_date ? ` · ${dateLabel(health.first_date)} – ${dateLabel(health.last_date)}` : '');
  route();
  await Promise.all([loadDyad(), setRange('', '')]);
  document.body.dataset.state = 'ready';
  window.parley.readyAt = performance.now();
}

// The most active directed dyad of the store is where an analyst would start.
async function chooseDyad() {
  const top = await api.top('dyads', { limit: 1 });
  const row = top.rows[0];
  state.a = row?.key ?? 'USA';
  state.b = row?.detail ?? 'RUS';
  $('actor-a').value = state.a;
  $('actor-b').value = state.b;
}

let resizeTimer = 0;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => !$('dashboard').hidden && timeline.redraw(), 150);
});

start();
