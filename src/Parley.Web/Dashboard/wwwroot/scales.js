// Scales shared by the charts: Goldstein colours, period arithmetic on ISO dates, and round axis ticks.

// A diverging red–grey–green ramp: -10 (most conflictual) to +10 (most cooperative), as in the CLI's SVG charts.
const Conflict = [178, 24, 43];
const Neutral = [160, 160, 160];
const Cooperation = [26, 152, 80];

function mix(a, b, t) {
  return a.map((v, i) => Math.round(v + (b[i] - v) * t));
}

const hex = (rgb) => '#' + rgb.map((v) => v.toString(16).padStart(2, '0')).join('');

/** The colour of a Goldstein score (or mean); grey for none. */
export function goldsteinColour(g) {
  if (g === null || g === undefined || Number.isNaN(g)) return hex(Neutral);
  const t = Math.max(-1, Math.min(1, g / 10));
  return hex(t < 0 ? mix(Neutral, Conflict, -t) : mix(Neutral, Cooperation, t));
}

/** Colours of the quad classes 0 (neutral) … 4 (material conflict). */
export const QuadColours = ['#b8b8b8', '#8fd16b', '#1f8a4c', '#f59a5b', '#c62f2f'];
export const QuadNames = ['Neutral', 'Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];

/** The two directions of a dyad. */
export const DirectionColours = { aToB: '#2f6db5', bToA: '#e08a1e' };

const Months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A YYYY-MM-DD string as a UTC date. */
export function parseDate(text) {
  const [y, m, d] = text.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** A UTC date as YYYY-MM-DD. */
export function isoDate(date) {
  return date.toISOString().slice(0, 10);
}

/** The start of the period after the one starting at date. */
export function nextPeriod(date, unit) {
  const d = new Date(date.getTime());
  if (unit === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (unit === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d;
}

/** The last day (YYYY-MM-DD) of the period starting on start (YYYY-MM-DD). */
export function periodEnd(start, unit) {
  const next = nextPeriod(parseDate(start), unit);
  next.setUTCDate(next.getUTCDate() - 1);
  return isoDate(next);
}

/** A readable name of the period starting on start. */
export function periodLabel(start, unit) {
  const d = parseDate(start);
  const day = `${d.getUTCDate()} ${Months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  if (unit === 'day') return day;
  if (unit === 'week') return `week of ${day}`;
  if (unit === 'month') return `${Months[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  return String(d.getUTCFullYear());
}

/** A short axis label of the period starting on start. */
export function tickLabel(start, unit) {
  const d = parseDate(start);
  if (unit === 'year') return String(d.getUTCFullYear());
  if (unit === 'month') return `${Months[d.getUTCMonth()]} ${String(d.getUTCFullYear()).slice(2)}`;
  return `${d.getUTCDate()} ${Months[d.getUTCMonth()]} ${String(d.getUTCFullYear()).slice(2)}`;
}

/** A readable date from YYYY-MM-DD. */
export function dateLabel(text) {
  return text ? periodLabel(text, 'day') : 'undated';
}

// Quiet periods between two active ones are drawn as empty slots while the stretch is short; a longer one (a story
// that mentions 1911 in a store of 1987 news) becomes a single break, so the active periods keep their width.
const MaxFilledGap = { day: 6, week: 4, month: 3, year: 2 };

/**
 * The slots of a timeline: each period with events, the empty periods of short quiet stretches between them, and
 * {gap} markers for the long stretches left out. Each slot: {kind: 'period'|'empty'|'gap', start, end, point}.
 */
export function timelineSlots(points, unit) {
  const maxFilled = MaxFilledGap[unit] ?? 3;
  const slots = [];
  for (let i = 0; i < points.length; i++) {
    if (i > 0) {
      const missing = [];
      for (let d = nextPeriod(parseDate(points[i - 1].period), unit); isoDate(d) < points[i].period && missing.length <= maxFilled; d = nextPeriod(d, unit)) {
        missing.push(isoDate(d));
      }
      if (missing.length <= maxFilled) {
        for (const start of missing) slots.push({ kind: 'empty', start, end: periodEnd(start, unit), point: null });
      } else {
        const before = parseDate(points[i].period);
        before.setUTCDate(before.getUTCDate() - 1);
        slots.push({ kind: 'gap', start: missing[0], end: isoDate(before), point: null });
      }
    }
    const p = points[i];
    slots.push({ kind: 'period', start: p.period, end: periodEnd(p.period, unit), point: p });
  }
  return slots;
}

/** A round step for an axis up to max with about count ticks. */
export function niceStep(max, count = 4) {
  if (max <= 0) return 1;
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw);
  return Math.max(1, step);
}
