// The dashboard: a client of the public API, routed by the URL's fragment (#/agreements/ACC…/measures?…).
import { ApiError, newNavigation, session, settings, signIn } from './api.js';
import { h, message, render } from './dom.js';
import { agreementsPage } from './pages/agreements.js';
import { agreementPage } from './pages/agreement.js';
import { keysPage } from './pages/keys.js';
import { measuresPage } from './pages/measures.js';
import { activityPage } from './pages/activity.js';
import { simulationPage } from './pages/simulation.js';

const ROUTES = [
  [/^\/?$/, agreementsPage],
  [/^\/agreements\/(ACC\d{8})$/, agreementPage],
  [/^\/agreements\/(ACC\d{8})\/keys$/, keysPage],
  [/^\/agreements\/(ACC\d{8})\/measures$/, measuresPage],
  [/^\/agreements\/(ACC\d{8})\/activity$/, activityPage],
  [/^\/agreements\/(ACC\d{8})\/simulation$/, simulationPage],
];

async function signInPage() {
  const error = h('div');
  const form = h('form', { class: 'sign-in', 'aria-labelledby': 'sign-in-title' },
    h('label', {}, 'Identifiant client (client_id)',
      h('input', { type: 'text', name: 'client_id', id: 'client-id', autocomplete: 'username', required: true })),
    h('label', {}, 'Secret',
      h('input', { type: 'password', name: 'client_secret', id: 'client-secret', autocomplete: 'current-password', required: true })),
    h('button', { type: 'submit' }, 'Se connecter'),
    error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await signIn(form.client_id.value.trim(), form.client_secret.value);
      navigate('#/');
    } catch (failure) {
      error.replaceChildren(message(failure.status === 401 ? 'Identifiant ou secret incorrect.' : failure.message, true));
    }
  });
  const hint = h('aside', { class: 'hint', 'aria-label': 'Clients de démonstration' });
  render(h('h1', { id: 'sign-in-title' }, 'Connexion'),
    h('p', {}, 'Le tableau de bord montre ce que l’API publie pour votre client, et rien de plus.'), form, hint);
  const { sandbox, demo_clients: demo } = await settings();
  if (sandbox && demo.length > 0) {
    hint.append(h('p', {}, 'Bac à sable : clients de démonstration'),
      h('ul', {}, demo.map((client) => h('li', {}, h('code', {}, client.client_id), ' / ', h('code', {}, client.client_secret)))));
  }
}

function header() {
  const signedIn = session.token() !== null;
  document.getElementById('nav').replaceChildren(...(signedIn ? [h('a', { href: '#/' }, 'Mes opérations')] : []));
  document.getElementById('who').textContent = signedIn ? `Client ${session.client()}` : '';
  document.getElementById('sign-out').hidden = !signedIn;
}

/** Goes to a page: a new fragment routes by itself (hashchange), the same one is routed again. */
function navigate(hash) {
  if (location.hash === hash) {
    route();
  } else {
    location.hash = hash;
  }
}

async function route() {
  newNavigation();
  header();
  if (session.token() === null) {
    await signInPage();
    return;
  }
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query || '');
  const found = ROUTES.map(([pattern, page]) => [pattern.exec(path), page]).find(([match]) => match);
  render(message('Chargement…'));
  try {
    if (!found) {
      render(message('Cette page n’existe pas.', true));
      return;
    }
    const [match, page] = found;
    await page(match[1], params);
  } catch (failure) {
    if (failure.name === 'AbortError') {
      return;
    }
    if (failure instanceof ApiError && failure.status === 401) {
      await signInPage();
      header();
    } else if (failure instanceof ApiError && failure.status === 404) {
      render(message('Introuvable : cette opération n’existe pas ou vous n’y avez pas accès.', true));
    } else {
      render(message(`Erreur : ${failure.message}`, true));
    }
  }
  document.getElementById('main').focus();
}

document.getElementById('sign-out').addEventListener('click', () => {
  session.clear();
  navigate('#/');
});
window.addEventListener('hashchange', route);
route();
