// The dashboard's only door to the server: JSON requests, RFC 7807 problem details turned into readable errors,
// and a record of how long each request took (read by the measurement test and shown nowhere else).

/** An error answered by the API (or the network), with the text to show the user. */
export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

/** Request timings, newest last: {path, ms, status}. Kept short so a long session does not grow it forever. */
export const timings = [];
const MaxTimings = 200;

/** Query string of the parameters that have a value (empty strings, null, undefined and false are left out). */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    q.set(key, String(value));
  }
  const text = q.toString();
  return text ? '?' + text : '';
}

async function request(path, init) {
  const started = performance.now();
  let response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...(init?.headers ?? {}) } });
  } catch (e) {
    throw new ApiError(`The server did not answer (${e.message}).`, 0);
  }
  const body = await readBody(response);
  timings.push({ path, ms: performance.now() - started, status: response.status });
  if (timings.length > MaxTimings) timings.shift();
  if (!response.ok) throw new ApiError(problemText(response, body), response.status);
  return body;
}

async function readBody(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (response.status === 204) return null;
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch {
      return null;
    }
  }
  return { detail: (await response.text()).slice(0, 300) };
}

// A problem detail reads "Title: detail", then each invalid parameter with its reason, as the API words them.
function problemText(response, body) {
  const parts = [];
  const title = body?.title || `${response.status} ${response.statusText}`.trim();
  parts.push(body?.detail ? `${title}: ${body.detail}` : title);
  if (body?.errors && typeof body.errors === 'object') {
    for (const [name, messages] of Object.entries(body.errors)) {
      parts.push(`${name}: ${[].concat(messages).join('; ')}`);
    }
  }
  return parts.join(' — ');
}

/** GET path (with the query of params) as JSON. */
export function get(path, params = {}) {
  return request(path + query(params));
}

/** POST body as JSON to path. */
export function post(path, body) {
  return request(path, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
}

export const api = {
  health: () => get('/api/health'),
  basemap: () => get('/api/basemap'),
  top: (kind, params) => get(`/api/top/${encodeURIComponent(kind)}`, params),
  dyad: (params) => get('/api/dyad', params),
  places: (params) => get('/api/places', params),
  events: (params) => get('/api/events', params),
  story: (id) => get(`/api/stories/${encodeURIComponent(id)}`),
  code: (text, date) => post('/api/code', date ? { text, date } : { text }),
};

/**
 * Wraps an async loader so only the answer to the latest call is used: a view asked twice quickly (a fast brush)
 * must not be drawn from the slower, older answer. Requests are not aborted, only ignored.
 */
export function latestOnly(load) {
  let generation = 0;
  return async (...args) => {
    const mine = ++generation;
    try {
      const result = await load(...args);
      return { current: mine === generation, result };
    } catch (error) {
      return { current: mine === generation, error };
    }
  };
}
