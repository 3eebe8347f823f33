// Events page: filters, facets that add filters, counts per month, and the table of events.
import { barChart, monthSeries } from './charts.js';
import { api, el, errorBox, fill, frame, link, pager, params } from './common.js';
import { eventTable } from './tables.js';

const FILTERS = ['actor', 'code', 'plover', 'place', 'from', 'to'];
const FACETS = { event: ['PLOVER type', 'plover'], root: ['CAMEO root', 'code'], actor: ['Actor', 'actor'], place: ['Place', 'place'] };

frame('Events');
const state = params();
for (const f of FILTERS) document.getElementById(f).value = state[f] || '';
document.getElementById('event-form').addEventListener('submit', e => {
  e.preventDefault();
  const next = {};
  for (const f of FILTERS) {
    const v = document.getElementById(f).value.trim();
    if (v) next[f] = v;
  }
  location.assign(link.events(next));
});

const filters = Object.fromEntries(FILTERS.filter(f => state[f]).map(f => [f, state[f]]));
const page = Number(state.page || 0);
api('events', { ...filters, page, size: 50 }).then(show, err => fill(document.getElementById('events'), errorBox(err)));

function show(r) {
  const months = monthSeries(r.months);
  fill(document.getElementById('chart'), months.length ? barChart(months, { unit: 'events' }) : el('p', { class: 'empty' }, 'No dated event.'));
  fill(document.getElementById('facets'), el('h2', {}, 'Refine'), Object.entries(FACETS).map(([dim, [label, param]]) =>
    (r.facets[dim] || []).length ? el('div', { class: 'facet', 'data-facet': dim }, el('h3', {}, label),
      el('ul', {}, r.facets[dim].map(v => el('li', {},
        el('a', { href: link.events({ ...filters, [param]: v.value }) }, v.value), el('span', { class: 'count' }, v.count))))) : null));
  fill(document.getElementById('events'),
    el('p', { class: 'muted', id: 'total' }, `${r.total} event${r.total === 1 ? '' : 's'}`),
    r.events.length ? eventTable(r.events) : el('p', { class: 'empty' }, 'No event matches.'),
    r.total > r.size ? pager(page, r.size, r.total, p => link.events({ ...filters, page: p })) : null);
}
