// Entities page: every person, organization and place by name, most named first.
import { api, badge, el, errorBox, fill, frame, link, pager, params } from './common.js';

frame('Entities');
const state = params();
const box = document.getElementById('entities');
document.getElementById('q').value = state.q || '';
document.getElementById('entity-form').addEventListener('submit', e => {
  e.preventDefault();
  const q = document.getElementById('q').value.trim();
  location.assign('entities.html' + (q ? '?q=' + encodeURIComponent(q) : ''));
});

const page = Number(state.page || 0);
api('entities', { q: state.q, page, size: 50 }).then(r => fill(box,
  el('p', { class: 'muted' }, `${r.total} entit${r.total === 1 ? 'y' : 'ies'}`),
  r.entities.length ? el('table', { class: 'data' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Name'), el('th', {}, 'Type'), el('th', {}, 'Articles'))),
    el('tbody', {}, r.entities.map(e => el('tr', {},
      el('td', {}, el('a', { href: link.entity(e.name) }, e.name)), el('td', {}, badge(e.type)), el('td', { class: 'count' }, e.articles)))))
    : el('p', { class: 'empty' }, 'No entity matches.'),
  r.total > r.size ? pager(page, r.size, r.total, p => 'entities.html?' + new URLSearchParams({ ...(state.q ? { q: state.q } : {}), page: p })) : null),
err => fill(box, errorBox(err)));
