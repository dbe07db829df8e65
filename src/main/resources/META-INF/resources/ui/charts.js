// Step curves drawn by uPlot (canvas), on the Paris wall clock, with French dates and numbers.
import uPlot from '/webjars/uplot/dist/uPlot.esm.js';
import { watts } from './format.js';

const NAMES = {
  MMMM: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  MMM: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
  WWWW: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  WWW: ['dim.', 'lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.'],
};
const LEGEND_DATE = uPlot.fmtDate('{DD}/{MM}/{YYYY} {HH}:{mm}', NAMES);
const AXIS_DAY = uPlot.fmtDate('{DD}/{MM}', NAMES);
const AXIS_DAY_HOUR = uPlot.fmtDate('{DD}/{MM} {HH}h', NAMES);
const AXIS_HOUR = uPlot.fmtDate('{HH}:{mm}', NAMES);

/** Time ticks in French: days over a month, days and hours over a week, hours within a day or two. */
function timeTicks(u, ticks) {
  const span = ticks.length > 1 ? ticks[ticks.length - 1] - ticks[0] : 0;
  const format = span > 10 * 86_400 ? AXIS_DAY : span > 2 * 86_400 ? AXIS_DAY_HOUR : AXIS_HOUR;
  return ticks.map((tick) => format(paris(tick)));
}
/** An instant (seconds) on the Paris wall clock, as uPlot draws and prints it. */
const paris = (ts) => uPlot.tzDate(new Date(ts * 1e3), 'Europe/Paris');
const PALETTE = ['#1d4e89', '#2e7d32', '#c98a00', '#6a1b9a', '#00838f', '#ad1457', '#5d4037', '#455a64'];

function options(title, width, series, bands = []) {
  return {
    title, width, height: 280, series: [{ label: 'Heure', value: (u, ts) => (ts === null ? '—' : LEGEND_DATE(paris(ts))) }, ...series],
    bands, tzDate: paris,
    fmtDate: (template) => uPlot.fmtDate(template, NAMES),
    axes: [{ values: timeTicks }, { label: 'W', size: 70, values: (u, ticks) => ticks.map((tick) => watts(tick)) }],
    scales: { y: { range: (u, min, max) => [0, Math.max(1, max)] } },
  };
}

function mount(container, chartOptions, data, label) {
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.setAttribute('aria-label', label);
  figure.dataset.series = String(data.length - 1);
  figure.dataset.points = String(data[0].length);
  container.append(figure);
  return new uPlot(chartOptions, data, figure);
}

/**
 * A whole split in two stacked parts: the lower part filled from zero, the upper one drawn on top of it up to the
 * whole, and the steps whose meter value was estimated marked by a dot on the whole.
 */
export function stackedChart(container, { title, times, lower, upper, estimated, width }) {
  const whole = lower.values.map((value, s) => (value === null || upper.values[s] === null ? null : value + upper.values[s]));
  const marks = whole.map((value, s) => (estimated[s] ? value : null));
  const series = [
    { label: lower.label, stroke: lower.color, fill: `${lower.color}66`, value: (u, v) => watts(v) },
    { label: `${upper.label} (cumulé)`, stroke: upper.color, value: (u, v) => watts(v) },
    { label: 'Valeur estimée', stroke: '#b3261e', paths: () => null, points: { show: true, size: 7, fill: '#b3261e' },
      value: (u, v) => (v === null ? '—' : 'oui') },
  ];
  const bands = [{ series: [2, 1], fill: `${upper.color}55` }];
  return mount(container, options(title, width, series, bands), [times, lower.values, whole, marks], title);
}

/** One line per participant (e.g. every consumer's consumption over a month). */
export function linesChart(container, { title, times, lines, width }) {
  const series = lines.map((line, k) => ({ label: line.label, stroke: PALETTE[k % PALETTE.length], width: 1,
    value: (u, v) => watts(v) }));
  const chartOptions = options(title, width, series);
  chartOptions.legend = { show: lines.length <= 12 };
  return mount(container, chartOptions, [times, ...lines.map((line) => line.values)], title);
}
