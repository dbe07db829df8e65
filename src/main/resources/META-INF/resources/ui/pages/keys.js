// Keys: a month calendar where each day shows how many of its steps had a submitted key, the default key or a
// refused submission; a day opens its refused steps with their rejection codes. Below, the submission history.
import { get } from '../api.js';
import { h, message, render, table } from '../dom.js';
import { hour, instant, month, nextMonth, parisDay, plusDays } from '../format.js';
import { publishedPeriods, tabs } from './tabs.js';

const WEEKDAYS = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'];
/** One answer of the keys in force holds at most this many coefficients. */
const COEFFICIENTS_PER_ANSWER = 1_000_000;
/** The submissions listed, and the reports read among them (the latest). */
const SUBMISSIONS = 50;
const REPORTS = 10;

/** The keys in force over the month, asked in as few ranges as the answer's size allows. */
async function keysInForce(agreementId, first, end, coefficientsPerDay) {
  const span = Math.max(1, Math.min(31, Math.floor(COEFFICIENTS_PER_ANSWER / Math.max(1, coefficientsPerDay))));
  const steps = [];
  for (let from = first; from < end; from = plusDays(from, span)) {
    const to = plusDays(from, span) < end ? plusDays(from, span) : end;
    steps.push(...(await get(`/agreements/${agreementId}/repartition_keys`, { start: from, end: to })).steps);
  }
  return steps;
}

/** The refused steps of the month, from the reports of the latest submissions (a FULL step may be refused in part). */
async function refusedSteps(agreementId, first, end) {
  const { submissions } = await get(`/agreements/${agreementId}/repartition_keys/submissions`, { size: SUBMISSIONS });
  const reports = await Promise.all(submissions.slice(0, REPORTS).map((s) => get(`/agreements/${agreementId}/repartition_keys/submissions/${s.submission_id}`)));
  const refused = [];
  for (const report of reports) {
    for (const step of report.steps) {
      const local = parisDay(step.start);
      if (step.status !== 'ACCEPTED' && local >= first && local < end) {
        const codes = [...step.rejections, ...(step.producers || []).flatMap((p) => p.rejections.map((r) => ({
          ...r, message: `${p.usage_point_id} : ${r.message}` })))];
        refused.push({ start: step.start, day: local, status: step.status, codes, receivedAt: report.received_at });
      }
    }
  }
  return { submissions, refused };
}

function dayDetails(day, refused) {
  const ofDay = refused.filter((step) => step.day === day);
  return [h('h3', {}, `Pas refusés le ${day.split('-').reverse().join('/')}`),
    ofDay.length === 0 ? message('Aucun pas refusé ce jour.')
      : table('Codes de rejet par pas', ['Pas', 'Statut', 'Codes'], ofDay.map((step) => [hour(step.start), step.status,
        h('ul', {}, step.codes.map((code) => h('li', {}, h('code', { class: 'rejection-code' }, code.code), ` ${code.message || ''}`)))]))];
}

export async function keysPage(agreementId, params) {
  const [agreement, { publications }, perimeter] = await Promise.all([get(`/agreements/${agreementId}`),
    get(`/agreements/${agreementId}/publications`), get(`/agreements/${agreementId}/perimeter`)]);
  const periods = publishedPeriods(publications);
  const first = params.get('month') || (periods[0]?.period_start ?? agreement.start_date).slice(0, 7) + '-01';
  const start = first < agreement.start_date ? agreement.start_date : first;
  const end = nextMonth(first);
  const consumers = new Set(perimeter.participants.filter((p) => p.role === 'cons').map((p) => p.usage_point_id)).size;
  const producers = new Set(perimeter.participants.filter((p) => p.role === 'prod').map((p) => p.usage_point_id)).size;
  const perStep = consumers * (agreement.key_type === 'DYNAMIC_FULL' ? Math.max(1, producers) : 1);
  const [steps, { submissions, refused }] = await Promise.all([
    keysInForce(agreementId, start, end, perStep * 100), refusedSteps(agreementId, start, end)]);
  // A step refused and accepted by a later submission is no longer refused: its key in force is newer than the refusal.
  const receivedAt = new Map(submissions.map((s) => [s.submission_id, s.received_at]));
  const since = (id) => (receivedAt.has(id) ? Date.parse(receivedAt.get(id)) : 0);
  const inForceSince = new Map(steps.map((step) => [Date.parse(step.start),
    Math.max(since(step.submission_id), ...(step.producers || []).map((p) => since(p.submission_id)))]));
  const stillRefused = refused.filter((step) => !(inForceSince.get(Date.parse(step.start)) >= Date.parse(step.receivedAt)));
  const byDay = new Map();
  for (const step of steps) {
    const counts = byDay.get(parisDay(step.start)) || { SUBMITTED: 0, DEFAULT: 0, STATIC: 0 };
    counts[step.source] += 1;
    byDay.set(parisDay(step.start), counts);
  }
  const details = h('section', { id: 'day-details', 'aria-live': 'polite' });
  const cells = [];
  const offset = (new Date(`${first}T00:00:00Z`).getUTCDay() + 6) % 7;
  for (let k = 0; k < offset; k++) {
    cells.push(h('span', { 'aria-hidden': 'true' }));
  }
  for (let day = first; day < end; day = plusDays(day, 1)) {
    const counts = byDay.get(day) || { SUBMITTED: 0, DEFAULT: 0, STATIC: 0 };
    const refusedCount = stillRefused.filter((step) => step.day === day).length;
    const current = day;
    cells.push(h('button', {
      type: 'button', class: refusedCount > 0 ? 'refused' : null, dataset: { day },
      'aria-label': `${day.split('-').reverse().join('/')} : ${counts.SUBMITTED} pas transmis, ${counts.DEFAULT} par défaut, `
        + `${counts.STATIC} statiques, ${refusedCount} refusés`,
      onclick: () => details.replaceChildren(...dayDetails(current, stillRefused)),
    }, h('strong', {}, String(Number(day.slice(8)))),
    h('span', { class: 'count submitted' }, `${counts.SUBMITTED} transmis`),
    h('span', { class: 'count default' }, `${counts.DEFAULT + counts.STATIC} ${counts.STATIC ? 'statiques' : 'par défaut'}`),
    h('span', { class: 'count refused-count' }, `${refusedCount} refusés`)));
  }
  const previous = plusDays(first, -1).slice(0, 7) + '-01';
  render(h('h1', {}, `${agreementId} · clés de répartition`), tabs(agreementId, '/keys'),
    h('div', { class: 'controls' },
      previous >= agreement.start_date.slice(0, 7) + '-01' ? h('a', { href: `#/agreements/${agreementId}/keys?month=${previous}` }, '← mois précédent') : null,
      h('strong', {}, month(first)),
      h('a', { href: `#/agreements/${agreementId}/keys?month=${end}` }, 'mois suivant →')),
    h('p', { class: 'hint' }, 'Chaque jour : pas dont la clé transmise est en vigueur, pas à la clé par défaut, pas refusés '
      + `(dans les ${REPORTS} derniers envois, et pas acceptés depuis). Cliquez sur un jour pour voir les codes de rejet.`),
    h('div', { class: 'calendar', role: 'group', 'aria-label': `Calendrier des clés, ${month(first)}` },
      WEEKDAYS.map((name) => h('span', { class: 'weekday', 'aria-hidden': 'true' }, name)), cells),
    details,
    h('h2', {}, 'Historique des envois'),
    submissions.length === 0 ? message('Aucun envoi de clés.') : table(`Les ${SUBMISSIONS} derniers envois, du plus récent au plus ancien`,
      ['Reçu le', 'Client', 'Type', 'Fichier', 'Pas acceptés#', 'Pas refusés#'],
      submissions.map((s) => [instant(s.received_at), s.client_id, s.key_type, s.file_name || '—', String(s.accepted),
        String(s.rejected)])));
}
