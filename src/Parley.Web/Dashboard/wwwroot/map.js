// Where events happened: the places of the selected range on an equirectangular map drawn over the server's land
// cells (faint dots, no tiles), sized by events and coloured by mean Goldstein, with a bar list by country beside.

import { api, latestOnly } from './api.js';
import { asButton, clear, el, formatCount, formatGoldstein, status, svg, svgTitle, viewState, widthOf } from './dom.js';
import { goldsteinColour } from './scales.js';

// Latitudes shown: the inhabited band, without the polar caps that would take a third of the height.
const North = 78;
const South = -58;
const Aspect = (North - South) / 360;
const World = { west: -180, lonSpan: 360, north: North, latSpan: North - South };
const MinFittedSpan = 120;
const LabelledPlaces = 6;
const PlaceLimit = 300;
const CountryRows = 12;

/** Events and weighted Goldstein mean per country of the places. */
export function byCountry(places) {
  const countries = new Map();
  for (const p of places) {
    const c = countries.get(p.country) ?? { country: p.country, events: 0, weighted: 0, scored: 0, places: 0 };
    c.events += p.events;
    c.places += 1;
    if (p.goldstein_mean !== null && p.goldstein_mean !== undefined) {
      c.weighted += p.goldstein_mean * p.events;
      c.scored += p.events;
    }
    countries.set(p.country, c);
  }
  return [...countries.values()]
    .map((c) => ({ ...c, goldstein: c.scored ? c.weighted / c.scored : null }))
    .sort((x, y) => y.events - x.events || (x.country < y.country ? -1 : 1));
}

/**
 * The part of the world to show: all of it, or (fitted) the places with a margin, at least 120° wide so the land dots
 * still read as coastlines, degrees kept square so shapes are not stretched.
 */
export function viewOf(rows, fitted) {
  if (!fitted || rows.length === 0) return World;
  const lons = rows.map((p) => p.longitude);
  const lats = rows.map((p) => p.latitude);
  let lonSpan = Math.max(MinFittedSpan, Math.max(...lons) - Math.min(...lons) + 24);
  const latSpan = Math.max(lonSpan * Aspect, Math.max(...lats) - Math.min(...lats) + 16);
  lonSpan = Math.max(lonSpan, latSpan / Aspect);
  if (lonSpan >= 360) return World;
  const centreLon = (Math.max(...lons) + Math.min(...lons)) / 2;
  const centreLat = (Math.max(...lats) + Math.min(...lats)) / 2;
  const span = lonSpan * Aspect;
  return {
    west: Math.max(-180, Math.min(180 - lonSpan, centreLon - lonSpan / 2)),
    lonSpan,
    north: Math.min(North, Math.max(South + span, centreLat + span / 2)),
    latSpan: span,
  };
}

/** Creates the map view; onPlace(place) and onCountry(code) are called when they are activated. */
export function createMap({ onPlace, onCountry }) {
  const section = document.getElementById('map-view');
  const chart = document.getElementById('map-chart');
  const list = document.getElementById('country-list');
  const statusLine = document.getElementById('map-status');
  const fetchPlaces = latestOnly((params) => api.places(params));
  let basemap = null;
  let places = null;
  let fitted = true;
  const fit = document.getElementById('map-fit');
  fit.addEventListener('click', async () => {
    fitted = !fitted;
    fit.textContent = fitted ? 'Whole world' : 'Fit to places';
    fit.setAttribute('aria-pressed', String(!fitted));
    if (places) draw(await basemap);
  });

  async function load(range) {
    viewState(section, 'loading');
    status(statusLine, 'Loading places…');
    basemap ??= api.basemap().catch(() => ({ step: 2, cells: [] }));
    const [answer, land] = await Promise.all([fetchPlaces({ limit: PlaceLimit, from: range.from, to: range.to }), basemap]);
    if (!answer.current) return;
    if (answer.error) {
      places = null;
      clear(chart);
      clear(list);
      status(statusLine, answer.error.message, 'error');
      viewState(section, 'error');
      return;
    }
    places = answer.result.places;
    draw(land);
  }

  function draw(land) {
    clear(chart);
    clear(list);
    const width = widthOf(chart, 320);
    chart.append(render(land, places ?? [], width));
    if (!places || places.length === 0) {
      status(statusLine, 'No event in this range has a known place.', 'empty');
      viewState(section, 'empty');
      return;
    }
    const total = places.reduce((n, p) => n + p.events, 0);
    status(statusLine, `${formatCount(total)} events at ${formatCount(places.length)} places${places.length === PlaceLimit ? ' (the most active)' : ''}.`);
    renderCountries(byCountry(places));
    viewState(section, 'ready');
  }

  function render(land, rows, width) {
    const height = Math.round(width * Aspect);
    const view = viewOf(rows, fitted);
    const x = (lon) => (lon - view.west) / view.lonSpan * width;
    const y = (lat) => (view.north - lat) / view.latSpan * height;
    const root = svg('svg', { width, height, viewBox: `0 0 ${width} ${height}`, class: 'map', role: 'group', 'aria-label': 'Map of event places' });
    root.append(svg('rect', { width, height, class: 'sea' }));
    for (const lat of [-30, 0, 30, 60]) root.append(svg('line', { x1: 0, x2: width, y1: y(lat), y2: y(lat), class: lat === 0 ? 'graticule equator' : 'graticule' }));
    for (let lon = -150; lon <= 150; lon += 30) root.append(svg('line', { x1: x(lon), x2: x(lon), y1: 0, y2: height, class: 'graticule' }));
    // One path of zero-length segments with round caps draws thousands of dots as a single element.
    let d = '';
    for (const [lat, lon] of land.cells) {
      if (lat > North || lat < South) continue;
      d += `M${x(lon).toFixed(1)} ${y(lat).toFixed(1)}h0`;
    }
    root.append(svg('path', { d, class: 'land', 'stroke-width': Math.min(5, Math.max(1.2, land.step / view.lonSpan * width * 0.45)) }));
    const max = Math.max(1, ...rows.map((p) => p.events));
    for (const p of rows) {
      const label = `${p.name} (${p.country}): ${formatCount(p.events)} events, mean Goldstein ${formatGoldstein(p.goldstein_mean)}`;
      const dot = svg('circle', {
        cx: x(p.longitude), cy: y(Math.max(South, Math.min(North, p.latitude))), r: 3 + 12 * Math.sqrt(p.events / max),
        fill: goldsteinColour(p.goldstein_mean), class: 'place', 'data-testid': 'map-place', 'data-name': p.name, 'data-country': p.country, 'data-events': p.events,
      }, [svgTitle(label)]);
      asButton(dot, `${label}. Show its events.`, () => onPlace(p));
      dot.addEventListener('click', () => onPlace(p));
      root.append(dot);
    }
    // The busiest places are named, so the map can be read without hovering.
    for (const p of rows.slice(0, LabelledPlaces)) {
      const r = 3 + 12 * Math.sqrt(p.events / max);
      root.append(svg('text', { x: x(p.longitude) + r + 3, y: y(p.latitude) + 4, class: 'place-label', text: p.name }));
    }
    return root;
  }

  function renderCountries(countries) {
    const max = Math.max(1, ...countries.map((c) => c.events));
    for (const c of countries.slice(0, CountryRows)) {
      const bar = el('span', { class: 'bar' });
      bar.style.width = `${(100 * c.events / max).toFixed(1)}%`;
      bar.style.background = goldsteinColour(c.goldstein);
      const button = el('button', { type: 'button', class: 'country-row', 'data-testid': 'country-row', 'data-country': c.country, title: `Filter the table by ${c.country}` }, [
        el('span', { class: 'country-code' }, [c.country]),
        el('span', { class: 'bar-track' }, [bar]),
        el('span', { class: 'num' }, [formatCount(c.events)]),
        el('span', { class: 'num muted' }, [formatGoldstein(c.goldstein)]),
      ]);
      button.addEventListener('click', () => onCountry(c.country));
      list.append(el('li', {}, [button]));
    }
    if (countries.length > CountryRows) list.append(el('li', { class: 'muted' }, [`and ${countries.length - CountryRows} more countries`]));
  }

  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(async () => places && !section.closest('[hidden]') && draw(await basemap), 150);
  });
  return { load, redraw: async () => places && draw(await basemap) };
}
