// The public API, called with the signed-in client's token (kept in this tab's session storage only).
const TOKEN = 'acc-datahub.token';
const CLIENT = 'acc-datahub.client';
const API = '/collective_self_consumption/v4';

export class ApiError extends Error {
  constructor(status, body) {
    super(body?.error_description || body?.error || `HTTP ${status}`);
    this.status = status;
  }
}

export const session = {
  token: () => sessionStorage.getItem(TOKEN),
  client: () => sessionStorage.getItem(CLIENT),
  clear() {
    sessionStorage.removeItem(TOKEN);
    sessionStorage.removeItem(CLIENT);
  },
};

async function failure(response) {
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (response.status === 401) {
    session.clear();
  }
  return new ApiError(response.status, body);
}

/** The client_credentials grant: the token is kept for this tab only. */
export async function signIn(clientId, secret) {
  const response = await fetch('/oauth2/v3/token', {
    method: 'POST',
    headers: {
      Authorization: 'Basic ' + btoa(`${formEncoded(clientId)}:${formEncoded(secret)}`),
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  if (!response.ok) {
    throw await failure(response);
  }
  const answer = await response.json();
  sessionStorage.setItem(TOKEN, answer.access_token);
  sessionStorage.setItem(CLIENT, clientId);
}

/**
 * The Datahub's quota is 5 calls a second per client: the dashboard keeps to it by itself (at most QUOTA calls in any
 * WINDOW_MS, a margin over the second for the network), and waits as told when a 429 comes anyway.
 */
const QUOTA = 5;
const WINDOW_MS = 1200;
const RETRIES = 3;
const sent = [];
/** Aborted when the user goes to another page: an older page's calls stop and it never renders. */
let navigation = new AbortController();

export function newNavigation() {
  navigation.abort();
  navigation = new AbortController();
}

/** RFC 6749 §2.3.1: the id and secret are form-encoded before they are joined for Basic. */
const formEncoded = (value) => encodeURIComponent(value).replace(/%20/g, '+');

async function paced() {
  for (;;) {
    const now = performance.now();
    while (sent.length > 0 && now - sent[0] >= WINDOW_MS) {
      sent.shift();
    }
    if (sent.length < QUOTA) {
      sent.push(now);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS - (now - sent[0]) + 5));
    navigation.signal.throwIfAborted();
  }
}

async function call(path, options = {}) {
  for (let attempt = 1; ; attempt++) {
    await paced();
    const response = await send(path, options);
    if (response.status !== 429 || attempt > RETRIES) {
      if (!response.ok) {
        throw await failure(response);
      }
      return response;
    }
    const seconds = Number(response.headers.get('Retry-After')) || 1;
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  }
}

function send(path, { method = 'GET', params, body, accept = 'application/json' }) {
  const query = params ? '?' + new URLSearchParams(params) : '';
  const headers = { Authorization: `Bearer ${session.token()}`, Accept: accept };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  return fetch(API + path + query, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal: navigation.signal,
  });
}

export const get = async (path, params) => (await call(path, { params })).json();
export const post = async (path, body) => (await call(path, { method: 'POST', body })).json();

/** Saves an answer as a file (the token cannot ride on a plain link): its name from Content-Disposition. */
export async function download(path, params, accept) {
  const response = await call(path, { params, accept });
  const disposition = response.headers.get('Content-Disposition') || '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] || 'export';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/** Public settings of this deployment: whether it is the sandbox, and its demo clients. */
export async function settings() {
  try {
    const response = await fetch('/ui/settings');
    return response.ok ? await response.json() : NO_SETTINGS;
  } catch {
    return NO_SETTINGS;
  }
}

const NO_SETTINGS = { sandbox: false, demo_clients: [] };
