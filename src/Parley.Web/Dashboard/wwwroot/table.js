// The event table: the events of the filter form and the date range, or of a "context" chosen in another view (a
// timeline period, a network edge, a map place), a page at a time with a "More events" button.

import { api } from './api.js';
import { clear, el, formatCount, formatGoldstein, status, viewState } from './dom.js';
import { goldsteinColour } from './scales.js';
import { actorText, codeBadge, placeText } from './evidence.js';

// Rows a page adds; ?page_size=N in the dashboard's address changes it (small pages make the paging easy to try).
const PageSize = Math.min(500, Math.max(1, Number(new URLSearchParams(location.search).get('page_size')) || 50));
// A client-side predicate (a map place) may have to skip many events; a page stops after this many requests.
const MaxRequestsPerPage = 8;

// The API lists events by date (undated last), then story, then position; merged lists keep that order.
function compareEvents(x, y) {
  if (x.date !== y.date) {
    if (x.date === null) return 1;
    if (y.date === null) return -1;
    return x.date < y.date ? -1 : 1;
  }
  if (x.story_id !== y.story_id) return x.story_id < y.story_id ? -1 : 1;
  return x.event_index - y.event_index;
}

/**
 * Pages through the union of several event queries in listing order (a dyad both ways is two queries: source A and
 * target B, then the reverse), each with its own cursor, without repeating an event.
 */
class MergedPages {
  constructor(queries, keep) {
    this.sources = queries.map((params) => ({ params, buffer: [], cursor: null, done: false }));
    this.keep = keep ?? (() => true);
    this.seen = new Set();
  }

  get hasMore() {
    return this.sources.some((s) => s.buffer.length > 0 || !s.done);
  }

  async next(count) {
    const out = [];
    let requests = 0;
    while (out.length < count) {
      const empty = this.sources.filter((s) => s.buffer.length === 0 && !s.done);
      if (empty.length > 0) {
        if (requests >= MaxRequestsPerPage) break;
        requests += empty.length;
        await Promise.all(empty.map((s) => this.fill(s)));
      }
      const live = this.sources.filter((s) => s.buffer.length > 0);
      if (live.length === 0) break;
      const first = live.reduce((best, s) => (compareEvents(s.buffer[0], best.buffer[0]) < 0 ? s : best));
      const event = first.buffer.shift();
      const key = `${event.story_id}\u0000${event.event_index}`;
      if (this.seen.has(key) || !this.keep(event)) continue;
      this.seen.add(key);
      out.push(event);
    }
    return out;
  }

  async fill(source) {
    const page = await api.events({ ...source.params, limit: PageSize, cursor: source.cursor });
    source.buffer.push(...page.events);
    source.cursor = page.next_cursor;
    source.done = !page.next_cursor;
  }
}

/** Creates the table view; onSelect(event) is called when a row is activated. */
export function createTable({ onSelect }) {
  const section = document.getElementById('events-view');
  const body = document.getElementById('events-body');
  const statusLine = document.getElementById('events-status');
  const more = document.getElementById('events-more');
  const context = document.getElementById('events-context');
  const contextText = document.getElementById('events-context-text');
  let pages = null;
  let shown = 0;
  let generation = 0;
  let lastContextClear = null;

  async function start(queries, keep) {
    const mine = ++generation;
    pages = new MergedPages(queries, keep);
    shown = 0;
    clear(body);
    more.hidden = true;
    viewState(section, 'loading');
    status(statusLine, 'Loading events…');
    const events = await nextPage(mine);
    return events;
  }

  async function nextPage(mine) {
    let events;
    try {
      events = await pages.next(PageSize);
    } catch (e) {
      if (mine !== generation) return [];
      status(statusLine, e.message, 'error');
      viewState(section, 'error');
      return [];
    }
    if (mine !== generation) return [];
    for (const event of events) body.append(row(event));
    shown += events.length;
    more.hidden = !pages.hasMore;
    if (shown === 0) {
      status(statusLine, pages.hasMore ? 'No matching events in the first pages; try “More events”.' : 'No events match.', 'empty');
      viewState(section, 'empty');
    } else {
      status(statusLine, `Showing ${formatCount(shown)} event${shown === 1 ? '' : 's'}${pages.hasMore ? ' · more available' : ''}.`);
      viewState(section, 'ready');
    }
    return events;
  }

  function row(event) {
    const sentence = event.evidence.sentence.replace(/\s+/g, ' ');
    const cells = [
      el('td', { class: 'nowrap' }, [event.date ?? 'undated']),
      el('td', { title: actorText(event.source) }, [event.source?.code ?? '–']),
      el('td', {}, [codeBadge(event), ' ', event.name ?? '']),
      el('td', { title: actorText(event.target) }, [event.target?.code ?? '–']),
      el('td', {}, [placeText(event.location)]),
      el('td', { class: 'num' }, [goldsteinCell(event.goldstein)]),
      el('td', { class: 'sentence-cell', title: sentence }, [sentence.length > 160 ? sentence.slice(0, 157) + '…' : sentence]),
    ];
    const tr = el('tr', { tabindex: '0', 'data-testid': 'event-row', 'data-story': event.story_id, 'data-index': event.event_index, 'aria-label': `${event.date ?? 'undated'}: ${event.source?.code ?? 'no source'} ${event.name ?? event.code} ${event.target?.code ?? ''}. Show the evidence.` }, cells);
    const activate = () => {
      body.querySelectorAll('tr.selected').forEach((r) => r.classList.remove('selected'));
      tr.classList.add('selected');
      onSelect(event);
    };
    tr.addEventListener('click', activate);
    tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate();
      }
    });
    return tr;
  }

  more.addEventListener('click', async () => {
    more.disabled = true;
    status(statusLine, 'Loading more events…');
    await nextPage(generation);
    more.disabled = false;
  });
  document.getElementById('events-context-clear').addEventListener('click', () => lastContextClear?.());

  return {
    /** The events of the filter form's values and the date range. */
    showFiltered(params) {
      context.hidden = true;
      return start([params]);
    },
    /** The events of another view's selection: label says what they are, queries are merged, keep filters them. */
    showContext(label, queries, { keep, onClear } = {}) {
      contextText.textContent = label;
      context.hidden = false;
      lastContextClear = onClear;
      return start(queries, keep);
    },
  };
}

function goldsteinCell(g) {
  const chip = el('span', { class: 'goldstein-chip' }, [formatGoldstein(g)]);
  chip.style.setProperty('--chip', goldsteinColour(g));
  return chip;
}
