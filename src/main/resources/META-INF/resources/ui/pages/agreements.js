// The caller's agreements.
import { get } from '../api.js';
import { h, message, render, table } from '../dom.js';
import { day, KEY_TYPE, STATUS } from '../format.js';

export async function agreementsPage() {
  const { agreements } = await get('/agreements');
  render(h('h1', {}, 'Mes opérations'),
    agreements.length === 0
      ? message('Aucune opération n’est visible pour ce client.')
      : table(`${agreements.length} opération(s) d’autoconsommation collective`,
        ['Opération', 'Nom', 'Statut', 'Type de clé', 'Début', 'PMO'],
        agreements.map((agreement) => [
          h('a', { href: `#/agreements/${agreement.agreement_id}`, class: 'agreement-link' }, agreement.agreement_id),
          agreement.name, STATUS[agreement.status] || agreement.status, KEY_TYPE[agreement.key_type] || agreement.key_type,
          day(agreement.start_date), agreement.pmo?.name || ''])));
}
