// The life of an agreement: the PMO's requests, the published versions and the events of the feed.
import { get } from '../api.js';
import { h, message, render, table } from '../dom.js';
import { day, instant, plusDays } from '../format.js';
import { tabs } from './tabs.js';

const EVENT_PAGES = 10;

/** The feed's events of this agreement, oldest first (the feed serves every agreement the caller sees). */
async function eventsOf(agreementId) {
  const events = [];
  let after;
  for (let page = 0; page < EVENT_PAGES; page++) {
    const answer = await get('/events', after ? { after, limit: 1000 } : { limit: 1000 });
    events.push(...answer.events.filter((event) => event.agreement_id === agreementId));
    if (answer.events.length < 1000) {
      return { events, complete: true };
    }
    after = answer.next;
  }
  return { events, complete: false };
}

function summary(event) {
  const data = event.data;
  switch (event.type) {
    case 'repartition_keys.judged': return `${data.accepted} pas acceptés, ${data.rejected} refusés${data.file_name ? ` (${data.file_name})` : ''}`;
    case 'publication.published': return `période du ${day(data.period_start)}, version ${data.version} ${data.status}`;
    case 'request.answered': return `${data.type} ${data.status}`;
    case 'perimeter.changed': return `${data.change}, ${data.attachments.length} rattachement(s)`;
    case 'agreement.status_changed': return `statut ${data.status_history.at(-1)?.status}`;
    case 'repartition_keys.defaulted': return `${data.default_steps} pas à la clé par défaut`;
    default: return '';
  }
}

export async function activityPage(agreementId) {
  const [{ requests }, { publications }, feed] = await Promise.all([
    get(`/agreements/${agreementId}/requests`, { size: 100 }), get(`/agreements/${agreementId}/publications`),
    eventsOf(agreementId)]);
  const { events, complete } = feed;
  render(h('h1', {}, `${agreementId} · demandes et événements`), tabs(agreementId, '/activity'),
    h('h2', {}, 'Demandes de la PMO'),
    requests.length === 0 ? message('Aucune demande.') : table('Les 100 dernières demandes', ['Reçue le', 'Type', 'Effet au', 'Réponse due le', 'Statut', 'Anomalies'],
      requests.map((r) => [instant(r.received_at), r.type, day(r.effective_date), day(r.answer_due), r.status,
        r.anomalies.join(', ') || '—'])),
    h('h2', {}, 'Versions publiées'),
    publications.length === 0 ? message('Aucune publication.') : table('Chaque version de chaque période, la plus récente d’abord',
      ['Période', 'Version#', 'Statut', 'Publiée le', 'Due le'],
      publications.map((p) => [`${day(p.period_start)} – ${day(plusDays(p.period_end, -1))}`, String(p.version), p.status, instant(p.published_at), day(p.due_by)])),
    h('h2', {}, 'Événements'),
    complete ? null : message(`Seuls les ${EVENT_PAGES * 1000} plus anciens événements conservés du flux ont été lus.`),
    events.length === 0 ? message('Aucun événement conservé pour cette opération.') : table(`${events.length} événement(s), du plus ancien au plus récent`,
      ['Le', 'Type', 'Détail'], events.map((event) => [instant(event.occurred_at), h('code', {}, event.type), summary(event)])));
}
