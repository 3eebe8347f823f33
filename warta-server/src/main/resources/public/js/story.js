// Story page: what happened when (the events of its articles), the articles, and which are syndicated copies.
import { actor, api, day, el, errorBox, fill, frame, link, params, section } from './common.js';

frame('Stories');
const root = document.getElementById('story');
const id = params().id;
if (!id) {
  fill(root, errorBox('No story id given.'));
} else {
  api('stories/' + encodeURIComponent(id)).then(show, err => fill(root, errorBox(err)));
}

function show(s) {
  const label = s.label || 'Story ' + s.id;
  document.title = label + ' · warta';
  const days = !s.firstDay ? 'undated' : s.firstDay === s.lastDay ? day(s.firstDay) : `${day(s.firstDay)} – ${day(s.lastDay)}`;
  fill(root,
    el('h1', { id: 'story-label', lang: 'id' }, label),
    el('p', { class: 'meta' }, `${days} · ${s.articles.length} article${s.articles.length === 1 ? '' : 's'}`),
    el('div', { class: 'chips' }, s.entities.map(e => el('a', { class: 'chip', href: link.entity(e) }, e))),
    el('div', { class: 'layout wide-side' },
      section('Timeline of events', s.events.length ? el('ol', { class: 'timeline' }, s.events.map(timelineItem)) : null,
        'No coded events in these articles.'),
      section('Articles', groups(s.articles))));
}

function timelineItem(r) {
  const v = r.event;
  return el('li', {},
    el('div', { class: 'small muted' }, v.date ? day(v.date.value) : 'undated'),
    el('div', {}, el('span', { class: 'badge plover' }, v.plover || '?'), ' ', actor(v.source), v.target ? ' → ' + actor(v.target) : '',
      v.location ? ` · ${v.location.text}` : ''),
    el('div', { lang: 'id' }, '“', v.evidence ? v.evidence.text : '', '”'),
    el('a', { class: 'small', href: link.article(r.articleId) }, [r.outlet, r.title].filter(Boolean).join(': ')));
}

/** Articles with their near-copies under them: the first of each duplicate group leads it. */
function groups(articles) {
  const byId = new Map(articles.map(a => [a.id, a]));
  const shown = new Set();
  const out = [];
  for (const a of articles) {
    if (shown.has(a.id)) continue;
    const copies = a.copies.filter(c => byId.has(c) && !shown.has(c));
    [a.id, ...copies].forEach(x => shown.add(x));
    out.push(el('div', { class: 'group' }, entry(a),
      copies.length ? el('div', { class: 'small muted' }, 'Syndicated copies:') : null,
      copies.map(c => el('div', { class: 'small' }, entry(byId.get(c))))));
  }
  return out;
}

function entry(a) {
  return el('div', {}, el('a', { href: link.article(a.id) }, a.title),
    el('div', { class: 'small muted' }, [a.outlet, day(a.published)].filter(Boolean).join(' · ')));
}
