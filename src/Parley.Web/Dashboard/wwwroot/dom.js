// Small helpers for building HTML and SVG. Every piece of data goes in as text (textContent or a text node) or as an
// attribute value, never as markup: story text may hold anything, including tags meant to run.

import { goldsteinColour } from './scales.js';

const SvgNs = 'http://www.w3.org/2000/svg';

function apply(node, attrs, children) {
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = String(value);
    else if (key === 'class') node.setAttribute('class', value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of [].concat(children ?? [])) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

/** An HTML element: el('td', {class: 'num', text: '3'}) or el('p', {}, ['text ', child]). */
export function el(tag, attrs, children) {
  return apply(document.createElement(tag), attrs, children);
}

/** An SVG element with attributes (numbers are rounded to 0.1 px to keep the DOM small). */
export function svg(tag, attrs, children) {
  const rounded = {};
  for (const [key, value] of Object.entries(attrs ?? {})) {
    rounded[key] = typeof value === 'number' ? Math.round(value * 10) / 10 : value;
  }
  return apply(document.createElementNS(SvgNs, tag), rounded, children);
}

/** An SVG <title> child, the tooltip browsers and screen readers show for a shape. */
export function svgTitle(text) {
  return svg('title', { text });
}

/** Removes every child of node. */
export function clear(node) {
  node.replaceChildren();
  return node;
}

/** Shows a status line: kind '' (plain), 'error' or 'empty'. */
export function status(node, message, kind = '') {
  node.textContent = message ?? '';
  node.classList.toggle('error', kind === 'error');
  node.classList.toggle('empty', kind === 'empty');
  if (kind === 'error') node.setAttribute('role', 'alert');
  else node.setAttribute('role', 'status');
}

/** Marks a view's state for styling and for tests: loading, ready, empty or error; ready bumps data-rendered. */
export function viewState(section, state) {
  section.dataset.state = state;
  if (state !== 'loading') section.dataset.rendered = String(Number(section.dataset.rendered ?? 0) + 1);
  section.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
}

/** Makes an SVG shape act as a button: focusable, named, and activated by click, Enter or Space. */
export function asButton(node, label, activate) {
  node.setAttribute('tabindex', '0');
  node.setAttribute('role', 'button');
  node.setAttribute('aria-label', label);
  node.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      activate(e);
    }
  });
  return node;
}

const numberFormat = new Intl.NumberFormat('en-GB');
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** 12,345 */
export const formatCount = (n) => numberFormat.format(n);

/** +1.5, −3.0, or – for none. */
export const formatGoldstein = (g) => (g === null || g === undefined ? '–' : oneDecimal.format(g));

/** How wide the container of a chart is, with a floor so charts stay legible on narrow screens. */
export function widthOf(node, min = 320) {
  return Math.max(min, Math.floor(node.clientWidth || node.getBoundingClientRect().width || min));
}

/** A colour ramp from -10 (conflict) to +10 (cooperation), the key of the Goldstein colours. */
export function goldsteinLegend() {
  const steps = 11;
  const ramp = svg('svg', { width: steps * 9, height: 10, class: 'swatch', 'aria-hidden': 'true' });
  for (let i = 0; i < steps; i++) ramp.append(svg('rect', { x: i * 9, width: 9, height: 10, fill: goldsteinColour(-10 + (20 * i) / (steps - 1)) }));
  return el('span', { class: 'legend-item', title: 'Mean Goldstein score, from -10 (conflict) to +10 (cooperation)' }, ['conflict −10', ramp, '+10 cooperation']);
}
