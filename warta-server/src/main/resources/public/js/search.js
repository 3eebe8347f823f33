// Search page: query form, active filters, facets that add filters, hits with highlighted snippets.
import { api, day, el, errorBox, fill, frame, headline, link, marked, pager, params } from './common.js';

const FILTERS = ['q', 'from', 'to', 'outlet', 'lang', 'entity', 'event', 'actor'];
const FACET_NAMES = { outlet: 'Outlet', lang: 'Language', month: 'Month', entity: 'Entity', event: 'Event type', actor: 'Actor', cites: 'Cited source' };

frame('Search');
const state = params();
for (const name of ['q', 'from', 'to']) document.getElementById(name).value = state[name] || '';
document.getElementById('search-form').addEventListener('submit', e => {
  e.preventDefault();
  const next = { ...state };
  for (const name of ['q', 'from', 'to']) next[name] = document.getElementById(name).value.trim();
  go(next);
});
showFilters();
run();

function go(next) {
  const clean = {};
  for (const k of FILTERS) if (next[k]) clean[k] = next[k];
  location.assign(link.search(clean));
}

function showFilters() {
  const chips = FILTERS.filter(k => state[k]).map(k =>
    el('button', { class: 'chip', type: 'button', title: 'Remove this filter', onclick: () => go({ ...state, [k]: '' }) },
      `${k}: ${state[k]}`, el('span', { 'aria-hidden': 'true' }, '×')));
  fill(document.getElementById('filters'), chips);
}

async function run() {
  const results = document.getElementById('results');
  const page = Number(state.page || 0);
  try {
    const r = await api('search', { ...pick(state, FILTERS), page, size: 20 });
    showFacets(r.facets);
    fill(results,
      el('p', { class: 'muted', id: 'total' }, `${r.total.toLocaleString()} article${r.total === 1 ? '' : 's'}`),
      r.hits.length ? r.hits.map(hit) : el('p', { class: 'empty' }, 'No article matches.'),
      r.total > r.size ? pager(page, r.size, r.total, p => link.search({ ...pick(state, FILTERS), page: p })) : null);
  } catch (err) {
    fill(results, errorBox(err));
  }
}

function hit(h) {
  const meta = [h.outlet, day(h.published), h.language].filter(Boolean).join(' · ');
  return el('article', { class: 'hit' },
    el('a', { class: 'title', href: link.article(h.id) }, h.title || headline(h.snippet.replace(/[«»]/g, ''))),
    el('div', { class: 'meta' }, meta, h.copies ? ` · ${h.copies} near-cop${h.copies === 1 ? 'y' : 'ies'}` : ''),
    el('p', { class: 'snippet', lang: h.language || 'id' }, marked(h.snippet)));
}

function showFacets(facets) {
  const box = document.getElementById('facets');
  const parts = [el('h2', {}, 'Refine')];
  for (const [dim, values] of Object.entries(facets || {})) {
    if (!values.length) continue;
    parts.push(el('div', { class: 'facet', 'data-facet': dim }, el('h3', {}, FACET_NAMES[dim] || dim),
      el('ul', {}, values.map(v => el('li', {}, facetLink(dim, v.value), el('span', { class: 'count' }, v.count))))));
  }
  fill(box, parts.length > 1 ? parts : el('p', { class: 'empty' }, 'No facets.'));
}

/** A facet value as a link adding its filter; cited sources are shown but are not a filter of the API. */
function facetLink(dim, value) {
  const next = { ...pick(state, FILTERS) };
  if (dim === 'month') {
    const [y, m] = value.split('-').map(Number);
    next.from = `${value}-01`;
    next.to = `${value}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
  } else if (dim === 'lang') {
    next.lang = value;
  } else if (['outlet', 'entity', 'event', 'actor'].includes(dim)) {
    next[dim] = value;
  } else {
    return el('span', { title: value }, value);
  }
  return el('a', { href: link.search(next), title: value }, value);
}

function pick(obj, keys) {
  return Object.fromEntries(keys.filter(k => obj[k]).map(k => [k, obj[k]]));
}
