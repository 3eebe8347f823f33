// Entity page: roles, articles per month, entities named beside it, what it said, its events.
import { barChart, monthSeries, network } from './charts.js';
import { api, badge, day, el, errorBox, fill, frame, link, params, section } from './common.js';
import { eventTable } from './tables.js';

frame('Entities');
const root = document.getElementById('entity');
const name = params().name;
if (!name) {
  fill(root, errorBox('No entity name given.'));
} else {
  api('entities/' + encodeURIComponent(name)).then(show, err => fill(root, errorBox(err)));
}

function show(e) {
  document.title = e.name + ' · warta';
  const months = monthSeries(e.months);
  fill(root,
    el('h1', { id: 'entity-name' }, e.name, ' ', badge(e.type)),
    el('p', { class: 'meta' }, `Named in ${e.articles} article${e.articles === 1 ? '' : 's'} · `,
      el('a', { href: link.search({ entity: e.name }) }, 'read them'),
      e.aliases.length ? ' · also written ' + e.aliases.join(', ') : ''),
    el('div', { class: 'layout wide-side' },
      el('div', {},
        section('Articles per month', months.length ? barChart(months, {
          onClick: month => location.assign(link.search({ entity: e.name, ...monthRange(month) })),
        }) : null),
        section('Network of shared articles', e.cooccurring.length
          ? network({ name: e.name, type: e.type }, e.cooccurring, other => location.assign(link.entity(other))) : null),
        section('Quotes', e.quotes.map(q => el('div', {},
          el('blockquote', { lang: 'id' }, q.quote.content.text),
          el('div', { class: 'small muted' }, q.quote.direct ? 'direct · ' : 'reported · ', day(q.published), ' · ',
            el('a', { href: link.article(q.articleId) }, q.title))))),
        section('Events', e.events.length ? eventTable(e.events) : null)),
      el('div', {},
        section('Roles', e.roles.length ? el('ul', { class: 'plain' }, e.roles.map(r => el('li', {},
          r.title, r.normalized ? el('span', { class: 'muted' }, ` (${r.normalized})`) : null,
          el('span', { class: 'count small' }, ` ×${r.count}`)))) : null, 'No title seen before the name.'),
        section('Named in the same articles', e.cooccurring.length ? el('ul', { class: 'plain small' }, e.cooccurring.map(c => el('li', {},
          el('a', { href: link.entity(c.name) }, c.name), ' ', badge(c.type), el('span', { class: 'count' }, ` ${c.articles}`)))) : null))));
}

function monthRange(month) {
  const [y, m] = month.split('-').map(Number);
  return { from: `${month}-01`, to: `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}` };
}
