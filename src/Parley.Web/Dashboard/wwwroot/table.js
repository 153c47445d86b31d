// The event table: the events of the filter form and the date range, or of a "context" chosen in another view (a
// timeline period, a network edge, a map place), a page at a time with a "More events" button.

import { api } from './api.js';
import { clear, el, formatCount, formatGoldstein, status, viewState } from './dom.js';
import { goldsteinColour } from './scales.js';
import { actorText, codeBadge, placeText } from './evidence.js';

// Rows a page adds; ?page_size=N in the dashboard's address changes it (small pages make the paging easy to try).
const PageSize = Math.min(500, Math.max(1, Number(new URLSearchParams(location.search).get('page_size')) || 50));
/** Pages through one event query in the API's listing order with its cursor. */
class Pages {
  constructor(params) {
    this.params = params;
    this.cursor = null;
    this.done = false;
  }

  get hasMore() {
    return !this.done;
  }

  async next(count) {
    if (this.done) return [];
    const page = await api.events({ ...this.params, limit: count, cursor: this.cursor });
    this.cursor = page.next_cursor;
    this.done = !page.next_cursor;
    return page.events;
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

  async function start(params) {
    const mine = ++generation;
    pages = new Pages(params);
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
      status(statusLine, 'No events match.', 'empty');
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
      return start(params);
    },
    /** The events of another view's selection (params of /api/events); label says what they are. */
    showContext(label, params, { onClear } = {}) {
      contextText.textContent = label;
      context.hidden = false;
      lastContextClear = onClear;
      return start(params);
    },
  };
}

function goldsteinCell(g) {
  const chip = el('span', { class: 'goldstein-chip' }, [formatGoldstein(g)]);
  chip.style.setProperty('--chip', goldsteinColour(g));
  return chip;
}
