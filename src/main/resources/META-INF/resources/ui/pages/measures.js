// Measures of a published period: the step curves of a day, a week or the month for the operation, one participant
// or every consumer; the participant's energies per time class; the indicators; the annex 6 downloads.
import { download, get } from '../api.js';
import { linesChart, stackedChart } from '../charts.js';
import { h, message, render, table } from '../dom.js';
import { day, kwh, plusDays, rate, ROLE } from '../format.js';
import { publishedPeriods, tabs } from './tabs.js';

const CONSUMERS = 'consumers';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const VIEWS = { day: 'Jour', week: 'Semaine', month: 'Mois' };

function rangeOf(period, view, first) {
  if (view === 'month') {
    return [period.period_start, period.period_end];
  }
  const end = plusDays(first, view === 'week' ? 7 : 1);
  return [first, end < period.period_end ? end : period.period_end];
}

function series(curves, usagePointId, type) {
  return curves.find((curve) => curve.usage_point_id === usagePointId && curve.type === type)?.interval_reading || [];
}

function curveCharts(container, curves, subject, role, width) {
  const pairs = [];
  if (role !== 'prod') {
    pairs.push(['Consommation : autoconsommée + complément', 'cons', ['autocons', 'Autoconsommation', '#2e7d32'], ['complement', 'Complément', '#1d4e89']]);
  }
  if (role !== 'cons') {
    pairs.push(['Production : autoproduite + surplus', 'prod', ['autoprod', 'Autoproduction', '#c98a00'], ['surplus', 'Surplus', '#6a1b9a']]);
  }
  for (const [title, whole, [lowerType, lowerLabel, lowerColor], [upperType, upperLabel, upperColor]] of pairs) {
    const readings = series(curves, subject, whole);
    const times = readings.map((reading) => Date.parse(reading.start) / 1000);
    const values = (type) => series(curves, subject, type).map((reading) => reading.value);
    stackedChart(container, {
      title, times, width, estimated: readings.map((reading) => reading.estimated === true),
      lower: { label: lowerLabel, values: values(lowerType), color: lowerColor },
      upper: { label: upperLabel, values: values(upperType), color: upperColor },
    });
  }
}

/** Every consumer's line on the range's steps: a step where a consumer is not attached has no point. */
function consumersChart(container, curves, consumers, width) {
  const starts = [...new Set(consumers.flatMap((prm) => series(curves, prm, 'cons').map((r) => r.start)))]
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  const times = starts.map((start) => Date.parse(start) / 1000);
  const lines = consumers.map((prm) => {
    const values = new Map(series(curves, prm, 'cons').map((r) => [r.start, r.value]));
    return { label: prm, values: starts.map((start) => values.get(start) ?? null) };
  });
  linesChart(container, { title: `Consommation de chaque consommateur (${consumers.length})`, times, lines, width });
}

function energiesTable(energies) {
  const distributor = energies.quantities.filter((block) => block.calendar_type === 'DISTRIB');
  return table('Énergies par classe temporelle du distributeur (kWh)', ['Grandeur', 'Total#', 'HPH#', 'HCH#', 'HPB#', 'HCB#'],
    distributor.map((block) => [block.type, kwh(block.total),
      ...['HPH', 'HCH', 'HPB', 'HCB'].map((name) => kwh(block.quantities.find((q) => q.name === name)?.value))]));
}

function indicatorsView(indicators) {
  const figure = (label, value, key) => h('div', { class: 'figure' }, label, h('span', { class: 'value', dataset: { indicator: key } }, value));
  return [h('div', { class: 'figures' },
    figure('Consommation (kWh)', kwh(indicators.consumption), 'consumption'),
    figure('Production (kWh)', kwh(indicators.production), 'production'),
    figure('Autoconsommation (kWh)', kwh(indicators.autoconsumption), 'autoconsumption'),
    figure('Complément (kWh)', kwh(indicators.complement), 'complement'),
    figure('Surplus (kWh)', kwh(indicators.surplus), 'surplus'),
    figure('Taux d’autoconsommation', rate(indicators.autoconsumption_rate), 'autoconsumption_rate'),
    figure('Taux d’autoproduction', rate(indicators.autoproduction_rate), 'autoproduction_rate'),
    figure('Taux de couverture', rate(indicators.coverage_rate), 'coverage_rate')),
  table('Chaque participant (kWh)', ['PRM', 'Rôle', 'Consommation#', 'Autoconsommation#', 'Production#', 'Autoproduction#', 'Taux#'],
    indicators.participants.map((p) => [p.usage_point_id, ROLE[p.role], kwh(p.consumption), kwh(p.autoconsumption),
      kwh(p.production), kwh(p.autoproduction), rate(p.rate)]))];
}

function downloadButton(label, action) {
  const status = h('span', { class: 'hint', role: 'status' });
  return h('span', {}, h('button', { type: 'button', onclick: async () => {
    try {
      status.textContent = ` téléchargé : ${await action()}`;
    } catch (failure) {
      status.textContent = ` indisponible : ${failure.message}`;
    }
  } }, label), status);
}

function controls(agreementId, periods, period, view, first, subject, participants) {
  const form = h('form', { class: 'controls', 'aria-label': 'Choix des mesures' },
    h('label', {}, 'Période publiée', h('select', { name: 'period' }, periods.map((p) => h('option', {
      value: p.period_start, selected: p.period_start === period.period_start }, `${day(p.period_start)} – ${day(plusDays(p.period_end, -1))} (v${p.version})`)))),
    h('label', {}, 'Vue', h('select', { name: 'view' }, Object.entries(VIEWS).map(([value, label]) => h('option', { value, selected: value === view }, label)))),
    h('label', {}, 'Premier jour', h('input', { type: 'date', name: 'day', value: first, min: period.period_start, max: plusDays(period.period_end, -1) })),
    h('label', {}, 'Courbes de', h('select', { name: 'prm' },
      h('option', { value: agreementId, selected: subject === agreementId }, 'l’opération (totaux)'),
      h('option', { value: CONSUMERS, selected: subject === CONSUMERS }, 'chaque consommateur'),
      participants.map((p) => h('option', { value: `${p.usage_point_id}:${p.role}`, selected: subject === `${p.usage_point_id}:${p.role}` },
        `${p.usage_point_id} (${ROLE[p.role]})`)))),
    h('button', { type: 'submit' }, 'Afficher'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = new URLSearchParams({ period: form.period.value, view: form.view.value, day: form.day.value, prm: form.prm.value });
    if (form.period.value !== period.period_start) {
      chosen.set('day', form.period.value);
    }
    location.hash = `#/agreements/${agreementId}/measures?${chosen}`;
  });
  return form;
}

/** Whether one of a participant's attachments in a role covers part of the days [start, end). */
const attachedWithin = (attachments, start, end) => attachments.some((a) => a.start < end && (a.end === null || a.end > start));

export async function measuresPage(agreementId, params) {
  const began = performance.now();
  const main = document.getElementById('main');
  delete main.dataset.renderedInMs;
  delete main.dataset.fetchedInMs;
  const [{ publications }, perimeter] = await Promise.all([get(`/agreements/${agreementId}/publications`),
    get(`/agreements/${agreementId}/perimeter`)]);
  const periods = publishedPeriods(publications);
  if (periods.length === 0) {
    render(h('h1', {}, `${agreementId} · mesures`), tabs(agreementId, '/measures'),
      message('Rien n’est encore publié pour cette opération : les mesures apparaîtront après le premier calcul.'));
    return;
  }
  const period = periods.find((p) => p.period_start === params.get('period')) || periods[0];
  const view = VIEWS[params.get('view')] ? params.get('view') : 'month';
  const asked = params.get('day');
  const first = asked && asked >= period.period_start && asked < period.period_end ? asked : period.period_start;
  const [start, end] = rangeOf(period, view, first);
  // A PRM may be a consumer and a producer (a storage unit): a participant is a PRM in a role, offered when attached
  // at some point of the range (the API has no data for it otherwise).
  const participants = [...new Map(perimeter.participants.map((p) => [`${p.usage_point_id}:${p.role}`, p])).values()]
    .filter((p) => attachedWithin(perimeter.participants.filter((a) => a.usage_point_id === p.usage_point_id && a.role === p.role), start, end));
  const chosen = params.get('prm') || agreementId;
  const participant = participants.find((p) => `${p.usage_point_id}:${p.role}` === chosen);
  const subject = participant ? participant.usage_point_id : chosen === CONSUMERS ? CONSUMERS : agreementId;
  const range = { start, end };
  const charts = h('section', { 'aria-label': 'Courbes' });
  const indicatorsSection = h('section', { 'aria-label': 'Indicateurs', 'aria-live': 'polite' }, message('Chargement des indicateurs…'));
  const role = participant?.role;
  const wanted = subject === CONSUMERS ? { type: 'cons' } : { usage_point_id: subject,
    type: role === 'cons' ? 'cons,autocons,complement' : role === 'prod' ? 'prod,autoprod,surplus' : 'cons,autocons,complement,prod,autoprod,surplus' };
  // The curves first, alone: the charts come first, and the indicators (a read of the same range) are asked once
  // they are drawn rather than competing with them for the service's cores.
  const [{ curves }, energies] = await Promise.all([
    get(`/agreements/${agreementId}/definitive_load_curves`, { ...range, ...wanted }),
    participant ? get(`/agreements/${agreementId}/definitive_active_energy/${role}/${subject}`, range) : null]);
  main.dataset.fetchedInMs = String(Math.round(performance.now() - began));
  const consumers = participants.filter((p) => p.role === 'cons').map((p) => p.usage_point_id);
  const consumersDrawn = new Set(curves.filter((curve) => curve.type === 'cons').map((curve) => curve.usage_point_id));
  const estimatedSteps = new Set(curves.flatMap((curve) => curve.interval_reading.filter((r) => r.estimated).map((r) => r.start))).size;
  const downloads = [
    downloadButton('Paquet mensuel (zip)', () => download(`/agreements/${agreementId}/packages/${period.period_start}`, undefined, 'application/zip')),
    downloadButton('Indicateurs (xlsx)', () => download(`/agreements/${agreementId}/indicators`, range, XLSX)),
    ...(participant ? (role === 'cons' ? ['cons', 'autocons', 'complement'] : ['prod', 'autoprod', 'surplus']).flatMap((type) => [
      downloadButton(`CDC ${type} (csv)`, () => download(`/agreements/${agreementId}/definitive_load_curves`, { ...range, type, usage_point_id: subject }, 'text/csv')),
      downloadButton(`ENERGIE ${type} (csv)`, () => download(`/agreements/${agreementId}/definitive_active_energy/${role}/${subject}`, { ...range, type }, 'text/csv'))]) : [])];
  render(h('h1', {}, `${agreementId} · mesures`), tabs(agreementId, '/measures'),
    controls(agreementId, periods, period, view, first, participant ? chosen : subject, participants),
    h('p', { class: 'hint' }, `Du ${day(start)} au ${day(plusDays(end, -1))} inclus, heure de Paris, en W par pas. `,
      h('span', { class: 'estimated-note' }, `${estimatedSteps} pas avec une valeur estimée, marqués d’un point rouge.`)),
    charts,
    participant ? [h('h2', {}, `Énergies de ${subject}`), energiesTable(energies)] : null,
    h('h2', {}, 'Indicateurs de la plage'), indicatorsSection,
    h('h2', {}, 'Téléchargements (annexe 6)'), h('div', { class: 'downloads' }, downloads));
  const width = Math.max(600, main.clientWidth - 40);
  if (subject === CONSUMERS) {
    consumersChart(charts, curves, consumers.filter((prm) => consumersDrawn.has(prm)), width);
  } else {
    curveCharts(charts, curves, subject, role, width);
  }
  // Two frames later the charts are painted (uPlot draws in a microtask, the browser paints at the next frame).
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  main.dataset.renderedInMs = String(Math.round(performance.now() - began));
  indicatorsSection.replaceChildren(...indicatorsView(await get(`/agreements/${agreementId}/indicators`, range)));
}
