// The story view (#story=ID): the whole text of a stored story with every event's source, trigger and target marked,
// and its events listed below.

import { api } from './api.js';
import { clear, el, status } from './dom.js';
import { eventCard, highlightLegend } from './evidence.js';
import { dateLabel } from './scales.js';

const Priority = ['trigger', 'source', 'target'];

/**
 * The text cut where any event's span starts or ends; each piece inside spans is a <mark> of the most telling role
 * there (trigger, then source, then target), knowing the events it belongs to. Adjacent pieces of the same role and
 * events are kept as one mark, so a span's mark holds exactly its text.
 */
export function highlightStory(text, events, onMark) {
  const spans = [];
  for (const event of events) {
    for (const role of Priority) {
      const span = event.evidence[`${role}_span`];
      if (span && span[0] < span[1] && span[1] <= text.length) spans.push({ start: span[0], end: span[1], role, event });
    }
  }
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const covering = spans.filter((s) => s.start <= start && s.end >= end);
    const role = Priority.find((r) => covering.some((s) => s.role === r)) ?? null;
    const owners = covering.filter((s) => s.role === role).map((s) => s.event);
    const key = role ? role + ':' + owners.map((e) => e.event_index).join(',') : '';
    const last = pieces.at(-1);
    if (last && last.key === key) last.end = end;
    else pieces.push({ start, end, role, owners, key });
  }
  const node = el('div', { class: 'story-body' });
  for (const piece of pieces) {
    const part = text.slice(piece.start, piece.end);
    if (!piece.role) {
      node.append(document.createTextNode(part));
      continue;
    }
    const indexes = piece.owners.map((e) => e.event_index).join(' ');
    const mark = el('mark', { class: `hl hl-${piece.role}`, 'data-role': piece.role, 'data-events': indexes, 'data-testid': `story-hl-${piece.role}`, title: `${piece.role} of event ${indexes}` }, [part]);
    mark.addEventListener('click', () => onMark(piece.owners[0]));
    node.append(mark);
  }
  return node;
}

/** Creates the story view; onSelect(event) opens an event's evidence. */
export function createStoryView({ onSelect }) {
  const title = document.getElementById('story-title');
  const meta = document.getElementById('story-meta');
  const statusLine = document.getElementById('story-status');
  const body = document.getElementById('story-text');
  const list = document.getElementById('story-events');
  const legend = document.querySelector('[data-testid="story-legend"]');
  const view = document.getElementById('story-view');
  let generation = 0;

  async function show(id) {
    const mine = ++generation;
    title.textContent = id;
    for (const node of [meta, body, list, legend]) clear(node);
    view.dataset.state = 'loading';
    status(statusLine, 'Loading the story…');
    let story;
    try {
      story = await api.story(id);
    } catch (error) {
      if (mine !== generation) return;
      status(statusLine, error.message, 'error');
      view.dataset.state = 'error';
      return;
    }
    if (mine !== generation) return;
    title.textContent = story.title || story.id;
    meta.append(`${dateLabel(story.date)} · ${story.source || 'unknown source'} · ${story.id}`);
    if (story.url && /^https?:\/\//i.test(story.url)) {
      // Only web links: a stored "javascript:" URL must never become a clickable link.
      meta.append(' · ', el('a', { href: story.url, rel: 'noopener noreferrer', target: '_blank' }, ['original']));
    }
    legend.replaceChildren(...highlightLegend().children);
    body.append(highlightStory(story.text, story.events, onSelect));
    for (const event of story.events) list.append(eventCard(event, (ev) => onSelect(ev, { linkStory: false })));
    status(statusLine, `${story.events.length} event${story.events.length === 1 ? '' : 's'} in ${story.sentences.length} sentences.`, story.events.length ? '' : 'empty');
    view.dataset.state = 'ready';
  }

  return { show };
}
