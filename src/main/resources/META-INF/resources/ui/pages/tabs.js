// The tabs of an agreement's pages.
import { h } from '../dom.js';

const TABS = [['', 'Opération'], ['/keys', 'Clés'], ['/measures', 'Mesures'], ['/activity', 'Demandes et événements'],
  ['/simulation', 'Simulation']];

export function tabs(agreementId, current) {
  return h('nav', { class: 'tabs', 'aria-label': `Pages de l’opération ${agreementId}` },
    TABS.map(([path, label]) => h('a', {
      href: `#/agreements/${agreementId}${path}`, 'aria-current': path === current ? 'page' : null,
    }, label)));
}

/** The periods published for an agreement, newest first, one entry per period (its latest version). */
export function publishedPeriods(publications) {
  const periods = new Map();
  for (const publication of publications) {
    if (!periods.has(publication.period_start)) {
      periods.set(publication.period_start, publication);
    }
  }
  return [...periods.values()].sort((a, b) => b.period_start.localeCompare(a.period_start));
}
