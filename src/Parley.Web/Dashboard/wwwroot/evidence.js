// The evidence of events: a sentence with its source, trigger and target marked, the panel that shows one event in
// full, and the compact event cards of the story and paste views. All text goes in through text nodes.

import { clear, el, formatGoldstein, svg } from './dom.js';
import { QuadNames, dateLabel, goldsteinColour } from './scales.js';

export const Roles = [
  { role: 'source', label: 'Source' },
  { role: 'trigger', label: 'Trigger' },
  { role: 'target', label: 'Target' },
];

// Where roles overlap, the trigger (what happened) is kept whole and the other is left unmarked.
const Priority = ['trigger', 'source', 'target'];

/** The role spans of an event, as [start, end) offsets into its sentence; spans outside the sentence are listed apart. */
export function localSpans(event) {
  const ev = event.evidence;
  const base = ev.sentence_span[0];
  const inside = [];
  const outside = [];
  for (const role of Priority) {
    const span = ev[`${role}_span`];
    if (!span) continue;
    const [s, e] = [span[0] - base, span[1] - base];
    if (s >= 0 && e <= ev.sentence.length && s < e) inside.push({ role, start: s, end: e });
    else outside.push({ role, start: span[0], end: span[1] });
  }
  const placed = [];
  const overlapping = [];
  for (const span of inside) {
    if (placed.some((p) => span.start < p.end && p.start < span.end)) overlapping.push(span);
    else placed.push(span);
  }
  placed.sort((x, y) => x.start - y.start);
  return { placed, outside, overlapping };
}

/** A <mark> for one role's text. */
function mark(role, text, extra = {}) {
  return el('mark', { class: `hl hl-${role}`, 'data-role': role, 'data-testid': `hl-${role}`, ...extra }, [text]);
}

/** The sentence of event as a node with its source, trigger and target marked. */
export function highlightedSentence(event, tag = 'blockquote') {
  const sentence = event.evidence.sentence;
  const { placed, outside, overlapping } = localSpans(event);
  const node = el(tag, { class: 'sentence', 'data-testid': 'evidence-sentence' });
  let at = 0;
  for (const span of placed) {
    if (span.start > at) node.append(document.createTextNode(sentence.slice(at, span.start)));
    node.append(mark(span.role, sentence.slice(span.start, span.end)));
    at = span.end;
  }
  if (at < sentence.length) node.append(document.createTextNode(sentence.slice(at)));
  const notes = [];
  for (const span of outside) {
    const actor = event[span.role];
    notes.push(`The ${span.role} is named outside this sentence${actor?.text ? ` ("${actor.text}")` : ''}.`);
  }
  for (const span of overlapping) notes.push(`The ${span.role} overlaps another highlighted part ("${sentence.slice(span.start, span.end)}").`);
  if (notes.length === 0) return node;
  return el('div', {}, [node, ...notes.map((n) => el('p', { class: 'note', 'data-testid': 'evidence-note' }, [n]))]);
}

/** The legend of the highlight colours. */
export function highlightLegend() {
  return el('div', { class: 'legend highlight-legend', 'data-testid': 'highlight-legend' },
    Roles.map(({ role, label }) => el('span', { class: 'legend-item' }, [el('mark', { class: `hl hl-${role} sample` }, [label])])));
}

/** "PAK (Pakistan)", "IRQUAF (implied: …)" for a participant no words name, or "–". */
export function actorText(actor) {
  if (!actor) return '–';
  if (actor.implied) return `${actor.code} (implied: no words of the sentence name it)`;
  return actor.text && actor.text !== actor.code ? `${actor.code} (${actor.text})` : actor.code;
}

/** "Karachi, PAK" or "–". */
export function placeText(location) {
  return location ? `${location.name}, ${location.country}` : '–';
}

/** The event code as a badge coloured by its quad class. */
export function codeBadge(event) {
  const q = event.quad_class;
  return el('span', { class: `code-badge q${q ?? 'x'}`, title: q === null || q === undefined ? 'no quad class' : QuadNames[q], 'data-testid': 'code-badge' }, [event.code]);
}

/** The story link of an event (the #story= view). */
export function storyLink(id, text = 'Open the whole story') {
  return el('a', { href: `#story=${encodeURIComponent(id)}`, class: 'story-link', 'data-testid': 'story-link' }, [text]);
}

/** A compact card of an event: code, who did what to whom, and the highlighted sentence; activate(event) on click. */
export function eventCard(event, activate) {
  const head = el('div', { class: 'card-head' }, [
    codeBadge(event),
    el('strong', {}, [event.name ?? event.code]),
    el('span', { class: 'who' }, [`${event.source?.code ?? '–'} → ${event.target?.code ?? '–'}`]),
    el('span', { class: 'meta' }, [`${dateLabel(event.date)} · ${placeText(event.location)} · Goldstein ${formatGoldstein(event.goldstein)}`]),
  ]);
  const card = el('li', { class: 'event-card', tabindex: '0', 'data-testid': 'event-card', 'data-code': event.code, 'aria-label': `${event.code} ${event.name ?? ''}: ${event.source?.code ?? 'no source'} to ${event.target?.code ?? 'no target'}. Show the evidence.` },
    [head, highlightedSentence(event, 'p')]);
  if (activate) {
    card.addEventListener('click', (e) => {
      if (!e.target.closest('a')) activate(event);
    });
    card.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && e.target === card) activate(event);
    });
  }
  return card;
}

function row(term, value) {
  return [el('dt', {}, [term]), el('dd', {}, [value])];
}

/** Fills container with everything known about one event. */
export function renderEvidence(container, event, { linkStory = true } = {}) {
  clear(container);
  const q = event.quad_class;
  const headline = el('p', { class: 'evidence-headline', 'data-testid': 'evidence-headline' }, [codeBadge(event), ' ', el('strong', { 'data-testid': 'evidence-name' }, [event.name ?? 'Unknown code'])]);
  const quad = q === null || q === undefined ? '' : QuadNames[q];
  const chip = svg('svg', { width: 10, height: 10, 'aria-hidden': 'true', class: 'swatch' }, [svg('circle', { cx: 5, cy: 5, r: 5, fill: goldsteinColour(event.goldstein) })]);
  const facts = el('p', { class: 'meta', 'data-testid': 'evidence-meta' }, [
    `${dateLabel(event.date)} · ${placeText(event.location)} · `, chip, ` Goldstein ${formatGoldstein(event.goldstein)}`, quad ? ` · ${quad}` : '',
  ]);
  const details = el('dl', { class: 'facts', 'data-testid': 'evidence-facts' }, [
    ...row('Source', actorText(event.source)),
    ...row('Event', `${event.code} ${event.name ?? ''}`.trim()),
    ...row('Target', actorText(event.target)),
    ...row('Date', dateLabel(event.date)),
    ...row('Place', placeText(event.location)),
    ...row('Modality', event.modality),
    ...row('PLOVER', event.plover ? [event.plover.event, event.plover.mode, event.plover.context].filter(Boolean).join(' · ') : '–'),
    ...row('Rule', event.rule),
    ...row('Reported by', `${event.stories} ${event.stories === 1 ? 'story' : 'stories'}`),
    ...row('Story', event.story_id),
  ]);
  container.append(headline, facts, highlightedSentence(event), highlightLegend(), details);
  if (linkStory) container.append(el('p', {}, [storyLink(event.story_id)]));
}

/** The slide-in panel that shows one event's evidence; opened from any view. */
export function createEvidencePanel() {
  const panel = document.getElementById('evidence-panel');
  const body = document.getElementById('evidence-body');
  const close = document.getElementById('evidence-close');
  let returnFocus = null;
  const hide = (restoreFocus = true) => {
    if (panel.hidden) return;
    panel.hidden = true;
    document.body.classList.remove('panel-open');
    if (restoreFocus && returnFocus?.isConnected) returnFocus.focus();
  };
  close.addEventListener('click', () => hide());
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !panel.hidden) hide();
  });
  return {
    show(event, options) {
      if (panel.hidden) returnFocus = document.activeElement;
      renderEvidence(body, event, options);
      panel.hidden = false;
      panel.dataset.story = event.story_id;
      panel.dataset.event = String(event.event_index);
      document.body.classList.add('panel-open');
      panel.focus({ preventScroll: true });
    },
    hide,
  };
}
