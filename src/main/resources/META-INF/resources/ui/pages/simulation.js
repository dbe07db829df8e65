// Simulations: what a strategy would have given over a published period, beside what was published.
import { get, post } from '../api.js';
import { h, message, render, table } from '../dom.js';
import { day, kwh, plusDays, rate, ROLE } from '../format.js';
import { publishedPeriods, tabs } from './tabs.js';

const STRATEGIES = {
  SUBMITTED: 'clés en vigueur (ce que publie le calcul)', DEFAULT: 'clé par défaut (prorata des consommations)',
  EQUAL_WITH_REALLOCATION: 'parts égales avec réallocation', OPTIMAL: 'optimale (autoconsommation maximale)',
};

const signed = (value) => (value > 0 ? `+${kwh(value)}` : kwh(value));

function comparison(simulation) {
  const indicators = simulation.indicators;
  const compared = simulation.compared_with_published;
  const rows = [['Autoconsommation (kWh)', kwh(indicators.autoconsumption), compared ? signed(compared.autoconsumption) : '—'],
    ['Complément (kWh)', kwh(indicators.complement), compared ? signed(compared.complement) : '—'],
    ['Surplus (kWh)', kwh(indicators.surplus), compared ? signed(compared.surplus) : '—'],
    ['Taux d’autoconsommation', rate(indicators.autoconsumption_rate), ''],
    ['Taux d’autoproduction', rate(indicators.autoproduction_rate), '']];
  return [table('L’opération simulée et l’écart avec le publié', ['Grandeur', 'Simulé#', 'Écart au publié#'], rows),
    compared ? table('Écart au publié par participant (kWh)', ['PRM', 'Rôle', 'Autoconsommation#', 'Complément#', 'Autoproduction#', 'Surplus#'],
      compared.participants.map((p) => [p.usage_point_id, ROLE[p.role], p.autoconsumption === undefined ? '—' : signed(p.autoconsumption),
        p.complement === undefined ? '—' : signed(p.complement), p.autoproduction === undefined ? '—' : signed(p.autoproduction),
        p.surplus === undefined ? '—' : signed(p.surplus)])) : message('Cette plage n’est pas publiée : pas de comparaison.')];
}

export async function simulationPage(agreementId, params) {
  const periods = publishedPeriods((await get(`/agreements/${agreementId}/publications`)).publications);
  const result = h('section', { id: 'simulation-result', 'aria-live': 'polite' });
  if (periods.length === 0) {
    render(h('h1', {}, `${agreementId} · simulation`), tabs(agreementId, '/simulation'),
      message('Rien n’est encore publié : simulez après le premier calcul.'));
    return;
  }
  const form = h('form', { class: 'controls', 'aria-label': 'Simulation' },
    h('label', {}, 'Période publiée', h('select', { name: 'period' }, periods.map((p) => h('option', { value: p.period_start },
      `${day(p.period_start)} – ${day(plusDays(p.period_end, -1))}`)))),
    h('label', {}, 'Stratégie', h('select', { name: 'strategy' }, Object.entries(STRATEGIES).map(([value, label]) => h('option', {
      value, selected: value === (params.get('strategy') || 'OPTIMAL') }, label)))),
    h('button', { type: 'submit' }, 'Simuler'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const period = periods.find((p) => p.period_start === form.period.value);
    result.replaceChildren(message('Simulation en cours…'));
    try {
      const simulation = await post(`/agreements/${agreementId}/simulations`, {
        start: period.period_start, end: period.period_end, keys: { strategy: form.strategy.value } });
      result.replaceChildren(h('h2', {}, `Stratégie ${form.strategy.value}`), ...comparison(simulation));
    } catch (failure) {
      result.replaceChildren(message(`Simulation refusée : ${failure.message}`, true));
    }
  });
  render(h('h1', {}, `${agreementId} · simulation`), tabs(agreementId, '/simulation'),
    h('p', { class: 'hint' }, 'Rien n’est enregistré ni publié : la simulation calcule comme le ferait le calcul, sur les courbes publiées.'),
    form, result);
}
