// An agreement: its perimeter as a timeline (who is attached when, in which role, with which static coefficient),
// its participants and the dated histories of its key type and status.
import { get } from '../api.js';
import { h, render, table } from '../dom.js';
import { day, KEY_TYPE, percent, ROLE, STATUS } from '../format.js';
import { timeline } from '../timeline.js';
import { tabs } from './tabs.js';

export async function agreementPage(agreementId) {
  const [agreement, perimeter] = await Promise.all([
    get(`/agreements/${agreementId}`), get(`/agreements/${agreementId}/perimeter`)]);
  const participants = perimeter.participants;
  render(
    h('h1', {}, `${agreement.agreement_id} · ${agreement.name}`),
    tabs(agreementId, ''),
    h('p', {}, `Statut : ${STATUS[agreement.status] || agreement.status} · type de clé : `
      + `${KEY_TYPE[agreement.key_type] || agreement.key_type} · début : ${day(agreement.start_date)} · `
      + `anniversaire le ${agreement.anniversary_day} · PMO : ${agreement.pmo?.name || ''}`),
    h('h2', {}, 'Périmètre dans le temps'),
    timeline(participants),
    h('h2', {}, 'Participants'),
    table(`${new Set(participants.map((p) => p.usage_point_id)).size} PRM, ${participants.length} rattachement(s)`,
      ['PRM', 'Rôle', 'Nom', 'Du', 'Au (exclu)', 'Coefficient statique#', 'Heures creuses'],
      participants.map((p) => [h('span', { class: 'prm' }, p.usage_point_id), ROLE[p.role] || p.role, p.name || '',
        day(p.start), day(p.end), p.static_coefficient === undefined || p.static_coefficient === null ? '—' : percent(p.static_coefficient),
        p.offpeak_hours || '22:00-06:00'])),
    h('h2', {}, 'Historique du type de clé'),
    table('Chaque version avec ses dates', ['Type de clé', 'Du', 'Au (exclu)'],
      agreement.key_type_history.map((v) => [KEY_TYPE[v.key_type] || v.key_type, day(v.from), day(v.to)])),
    h('h2', {}, 'Historique du statut'),
    table('Chaque statut avec ses dates', ['Statut', 'Du', 'Au (exclu)'],
      agreement.status_history.map((v) => [STATUS[v.status] || v.status, day(v.from), day(v.to)])));
}
