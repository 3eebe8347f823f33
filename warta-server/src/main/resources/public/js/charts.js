// Inline SVG charts, drawn from data with text nodes only.
import { el } from './common.js';

/**
 * Bars for counts in order (months): [{label, value}]. onClick(label), when given, makes bars clickable.
 * Month gaps are the caller's business: pass every month to show empty ones.
 */
export function barChart(data, { onClick, height = 180, unit = 'articles' } = {}) {
  const width = Math.max(240, Math.min(1000, data.length * 48 + 34));
  const top = 14, bottom = 26, left = 34;
  const max = Math.max(1, ...data.map(d => d.value));
  const step = (width - left) / Math.max(1, data.length);
  const scale = v => (height - top - bottom) * v / max;
  const svg = el('svg', { class: 'chart', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': `${unit} per month` });
  for (const tick of [0, Math.ceil(max / 2), max]) {
    const y = height - bottom - scale(tick);
    svg.append(el('line', { x1: left, x2: width, y1: y, y2: y, stroke: '#e5e9f0' }),
      el('text', { x: left - 6, y: y + 4, 'text-anchor': 'end', class: 'axis' }, String(tick)));
  }
  const labelEvery = Math.ceil(data.length / 12);
  data.forEach((d, i) => {
    const h = scale(d.value);
    const x = left + i * step + step * 0.15;
    const bar = el('rect', {
      x, y: height - bottom - h, width: step * 0.7, height: Math.max(h, d.value ? 1 : 0),
      class: 'bar' + (onClick ? ' clickable' : ''), 'data-label': d.label,
      onclick: onClick ? () => onClick(d.label) : null,
    }, el('title', {}, `${d.label}: ${d.value} ${unit}`));
    svg.append(bar);
    if (i % labelEvery === 0) {
      svg.append(el('text', { x: x + step * 0.35, y: height - 8, 'text-anchor': 'middle', class: 'axis' }, d.label));
    }
  });
  return svg;
}

/** Every month from the first to the last of [{value: "YYYY-MM", count}], missing ones as 0. */
export function monthSeries(months) {
  if (!months.length) return [];
  const counts = new Map(months.map(m => [m.value, m.count]));
  const [y0, m0] = months[0].value.split('-').map(Number);
  const [y1, m1] = months[months.length - 1].value.split('-').map(Number);
  const out = [];
  for (let y = y0, m = m0; y < y1 || (y === y1 && m <= m1); m === 12 ? (y++, m = 1) : m++) {
    const label = `${y}-${String(m).padStart(2, '0')}`;
    out.push({ label, value: counts.get(label) || 0 });
  }
  return out;
}

const COLOURS = { person: '#2f6fdb', organization: '#138a72', location: '#c2620a' };

/** A star network: the entity in the middle, the entities named with it around, edges as thick as the shared articles. */
export function network(center, neighbours, onClick) {
  const size = 600, mid = size / 2, radius = 170;
  const max = Math.max(1, ...neighbours.map(n => n.articles));
  const svg = el('svg', { class: 'chart', width: size, height: size, viewBox: `0 0 ${size} ${size}`, role: 'img', 'aria-label': 'entities named in the same articles' });
  const nodes = neighbours.map((n, i) => {
    const angle = 2 * Math.PI * i / neighbours.length - Math.PI / 2;
    return { ...n, x: mid + radius * Math.cos(angle), y: mid + radius * Math.sin(angle), angle };
  });
  for (const n of nodes) {
    svg.append(el('line', { x1: mid, y1: mid, x2: n.x, y2: n.y, class: 'edge', 'stroke-width': 1 + 5 * n.articles / max }));
  }
  svg.append(el('circle', { cx: mid, cy: mid, r: 16, fill: COLOURS[center.type] || '#6b7686' }),
    el('text', { x: mid, y: mid + 32, 'text-anchor': 'middle', class: 'node-label', 'font-weight': 700 }, center.name));
  for (const n of nodes) {
    const right = Math.cos(n.angle) >= 0;
    svg.append(
      el('circle', { cx: n.x, cy: n.y, r: 6 + 8 * n.articles / max, fill: COLOURS[n.type] || '#6b7686', class: 'node',
        onclick: () => onClick(n.name) }, el('title', {}, `${n.name}: ${n.articles} shared articles`)),
      el('text', { x: n.x + (right ? 14 : -14), y: n.y + 4, 'text-anchor': right ? 'start' : 'end', class: 'node-label' }, n.name));
  }
  return svg;
}
