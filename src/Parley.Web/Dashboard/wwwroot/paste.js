// "Code a story": posts pasted text to /api/code (nothing is stored) and lists the events found, each with its
// highlighted sentence.

import { api } from './api.js';
import { clear, status } from './dom.js';
import { eventCard } from './evidence.js';

/** Wires the paste form; onSelect(event) opens an event's evidence. */
export function createPaste({ onSelect }) {
  const form = document.getElementById('paste-form');
  const text = document.getElementById('paste-text');
  const date = document.getElementById('paste-date');
  const submit = document.getElementById('paste-submit');
  const statusLine = document.getElementById('paste-status');
  const results = document.getElementById('paste-results');
  const section = document.getElementById('paste-view');

  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    submit.disabled = true;
    section.dataset.state = 'loading';
    clear(results);
    status(statusLine, 'Coding…');
    try {
      const coded = await api.code(text.value, date.value || undefined);
      const n = coded.events.length;
      status(statusLine, `${n} event${n === 1 ? '' : 's'} in ${coded.sentences.length} sentence${coded.sentences.length === 1 ? '' : 's'}${n === 0 ? ': no political event was coded in this text.' : '. Click one for its evidence.'}`, n === 0 ? 'empty' : '');
      for (const event of coded.events) results.append(eventCard(event, (ev) => onSelect(ev, { linkStory: false })));
      section.dataset.state = n === 0 ? 'empty' : 'ready';
    } catch (error) {
      status(statusLine, error.message, 'error');
      section.dataset.state = 'error';
    } finally {
      submit.disabled = false;
    }
  });
}
