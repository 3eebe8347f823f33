// Tables shared by pages: events (of an article, an entity, a story, a search).
import { actor, day, el, link } from './common.js';

/** Rows are {event} or EventRecords {event, articleId, title, outlet}; an Article column appears when rows have articles. */
export function eventTable(rows) {
  const withArticle = rows.some(r => r.articleId);
  const heads = ['When', 'Event', 'Source', 'Target', 'Where', 'Words'].concat(withArticle ? ['Article'] : []);
  return el('table', { class: 'data events' },
    el('thead', {}, el('tr', {}, heads.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(r => {
      const v = r.event;
      return el('tr', {},
        el('td', {}, v.date ? day(v.date.value) : '—'),
        el('td', {}, el('span', { class: 'badge plover', title: v.ploverMode || '' }, v.plover || '?'), ' ',
          el('span', { class: 'code', title: `QuadClass ${v.quadClass}, Goldstein ${v.goldstein}` }, v.cameo)),
        el('td', {}, actor(v.source)), el('td', {}, actor(v.target)),
        el('td', {}, v.location ? v.location.text : '—'),
        el('td', { lang: 'id' }, v.evidence ? v.evidence.text : ''),
        withArticle ? el('td', { class: 'article' }, el('a', { href: link.article(r.articleId) }, r.title || r.articleId),
          r.outlet ? el('div', { class: 'small muted' }, r.outlet) : null) : null);
    })));
}
