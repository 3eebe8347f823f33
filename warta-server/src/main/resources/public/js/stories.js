// Stories page: groups of articles about one happening, the most recent first.
import { api, day, el, errorBox, fill, frame, link, params } from './common.js';

frame('Stories');
const box = document.getElementById('stories');
const page = Number(params().page || 0);
const SIZE = 30;
api('stories', { page, size: SIZE }).then(r => fill(box,
  r.stories.length ? el('ul', { class: 'plain' }, r.stories.map(s => el('li', {},
    el('a', { href: link.story(s.id), class: 'title' }, s.label || 'Story ' + s.id),
    el('div', { class: 'small muted' }, span(s), ` · ${s.articleIds.length} article${s.articleIds.length === 1 ? '' : 's'}`),
    s.entities.length ? el('div', { class: 'chips' }, s.entities.slice(0, 8).map(e => el('a', { class: 'chip', href: link.entity(e) }, e))) : null)))
    : el('p', { class: 'empty' }, 'No stories.'),
  el('div', { class: 'pager' },
    page > 0 ? el('a', { href: 'stories.html?page=' + (page - 1) }, '← Newer') : null,
    r.stories.length === SIZE ? el('a', { href: 'stories.html?page=' + (page + 1) }, 'Older →') : null)),
err => fill(box, errorBox(err)));

export function span(s) {
  if (!s.firstDay) return 'undated';
  return s.firstDay === s.lastDay ? day(s.firstDay) : `${day(s.firstDay)} – ${day(s.lastDay)}`;
}
