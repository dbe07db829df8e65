// The perimeter timeline: one row per PRM, a bar per attachment, consumers in blue and producers in amber,
// drawn in SVG (no published data needed). Open ends run to the right edge, a month after the last date known.
const SVG = 'http://www.w3.org/2000/svg';
const ROW = 18;
const LABEL = 130;
const WIDTH = 900;

function svg(tag, attributes, text) {
  const element = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => element.setAttribute(name, value));
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

const time = (local) => Date.parse(`${local}T00:00:00Z`);

export function timeline(participants) {
  if (participants.length === 0) {
    const empty = document.createElement('p');
    empty.textContent = 'Aucun participant rattaché.';
    return empty;
  }
  const prms = [...new Set(participants.map((p) => p.usage_point_id))];
  const starts = participants.map((p) => time(p.start));
  const ends = participants.filter((p) => p.end).map((p) => time(p.end));
  const first = Math.min(...starts);
  const last = Math.max(...ends, ...starts) + 30 * 86_400_000;
  const x = (t) => LABEL + ((t - first) / (last - first)) * (WIDTH - LABEL - 10);
  const height = prms.length * ROW + 30;
  const chart = svg('svg', {
    class: 'timeline', viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img',
    'aria-label': `Périmètre : ${prms.length} PRM rattachés du ${new Date(first).toISOString().slice(0, 10)}`,
  });
  prms.forEach((prm, row) => {
    chart.append(svg('text', { x: 0, y: row * ROW + 13 }, prm));
  });
  for (const p of participants) {
    const row = prms.indexOf(p.usage_point_id);
    const end = p.end ? time(p.end) : last;
    const bar = svg('rect', {
      x: x(time(p.start)), y: row * ROW + 3, width: Math.max(2, x(end) - x(time(p.start))), height: ROW - 6, rx: 3,
      fill: p.role === 'prod' ? '#c98a00' : '#1d4e89', class: 'attachment',
    });
    const coefficient = p.static_coefficient === undefined || p.static_coefficient === null ? '' : `, ${p.static_coefficient} %`;
    bar.append(svg('title', {}, `${p.usage_point_id} (${p.role}) du ${p.start} au ${p.end || '…'}${coefficient}`));
    chart.append(bar);
  }
  const axis = prms.length * ROW + 20;
  for (let t = Date.parse(`${new Date(first).toISOString().slice(0, 7)}-01T00:00:00Z`); t < last; ) {
    const date = new Date(t);
    if (date.getUTCMonth() % 3 === 0) {
      chart.append(svg('line', { x1: x(t), x2: x(t), y1: 0, y2: axis - 12, stroke: '#ddd' }));
      chart.append(svg('text', { x: x(t) + 2, y: axis }, date.toISOString().slice(0, 7)));
    }
    date.setUTCMonth(date.getUTCMonth() + 1);
    t = date.getTime();
  }
  return chart;
}
