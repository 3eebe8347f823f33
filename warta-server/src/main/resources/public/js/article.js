// Article page: the text with entities, quotes and events highlighted, and everything known about it.
import { annotatedText, annotations } from './annotate.js';
import { eventTable } from './tables.js';
import { api, badge, day, el, errorBox, fill, frame, headline, link, outside, params, section } from './common.js';

frame('Search');
const root = document.getElementById('article');
const id = params().id;
if (!id) {
  fill(root, errorBox('No article id given.'));
} else {
  api('articles/' + encodeURIComponent(id)).then(show, err => fill(root, errorBox(err)));
}

function show(doc) {
  const a = doc.article;
  const title = a.title || (a.page && a.page.title) || headline(a.text);
  document.title = title + ' · warta';
  const body = el('div', { class: 'article-text', id: 'article-text' },
    annotatedText(a.text, a.paragraphs, annotations(doc), a.language || 'id'));
  const main = el('div', {},
    el('section', { class: 'card' },
      el('h1', { id: 'article-title', lang: a.language || 'id' }, title),
      el('p', { class: 'meta' }, [a.outlet, a.dateline, a.published && day(a.published.value), a.language].filter(Boolean).join(' · ')),
      legend(body), body),
    section('Quotes', (doc.quotes || []).map(q => quote(q, doc))),
    section('Events', doc.events && doc.events.length ? eventTable(doc.events.map(event => ({ event }))) : null));
  const side = el('div', {},
    section('Details', details(doc)),
    section('Entities', entities(doc.entities || [])),
    section('Cited sources', (a.citedSources || []).map(c => el('div', {}, c.name, c.date ? el('span', { class: 'muted' }, ' · ' + day(c.date)) : null))),
    section('Copies', copies(doc), 'No near-copies in the corpus.'),
    section('Read from', el('ul', { class: 'plain' }, (doc.sources || []).map(s =>
      el('li', { class: 'small' }, outside(s.url), el('div', { class: 'muted' }, s.location + (s.line ? ':' + s.line : '')))))));
  fill(root, el('div', { class: 'layout wide-side' }, main, side));
}

function legend(body) {
  const toggle = (kind, label, swatch) => el('label', {},
    el('input', { type: 'checkbox', checked: true, onchange: e => body.classList.toggle('hide-' + kind, !e.target.checked) }),
    swatch, label);
  return el('div', { class: 'legend' },
    toggle('mentions', 'people, organizations, places',
      el('span', {}, el('span', { class: 'swatch person' }), el('span', { class: 'swatch organization' }), el('span', { class: 'swatch location' }))),
    toggle('quotes', 'quotes', el('span', { class: 'swatch quote' })),
    toggle('events', 'event triggers', el('span', { class: 'swatch event' })));
}

function details(doc) {
  const a = doc.article;
  const rows = [
    ['Outlet', a.outlet], ['Dateline', a.dateline], ['Published', a.published && a.published.value],
    ['Language', a.language], ['Address', outside((doc.sources && doc.sources[0] && doc.sources[0].url) || (a.page && a.page.canonicalUrl))],
    ['Credits', (a.credits || []).length ? (a.credits).map(c => `${c.name} (${c.role})`).join(', ') : null],
    ['Story', doc.story ? el('a', { href: link.story(doc.story) }, 'other reports of this happening') : null],
    ['Id', el('span', { class: 'code' }, doc.id)],
  ];
  return el('dl', { class: 'meta-list' }, rows.filter(([, v]) => v).flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, v)]));
}

function entities(list) {
  const order = ['person', 'organization', 'location'];
  const sorted = [...list].sort((x, y) => order.indexOf(x.type) - order.indexOf(y.type) || y.mentions.length - x.mentions.length);
  return sorted.length ? el('ul', { class: 'plain' }, sorted.map(e => el('li', {},
    el('a', { href: link.entity(e.name) }, e.name), ' ', badge(e.type),
    el('span', { class: 'count small' }, ` ×${e.mentions.length}`),
    e.roles.length ? el('div', { class: 'small muted' }, e.roles.map(r => r.normalized ? `${r.title} (${r.normalized})` : r.title).join(', ')) : null,
    e.aliases.length ? el('div', { class: 'small muted' }, 'also: ' + e.aliases.join(', ')) : null))) : null;
}

function quote(q, doc) {
  const speaker = (doc.entities || []).find(e => e.id === q.speaker);
  return el('div', {},
    el('blockquote', { lang: doc.article.language || 'id' }, q.content.text),
    el('div', { class: 'small muted' }, '— ', speaker ? el('a', { href: link.entity(speaker.name) }, speaker.name) : (q.speakerSpan ? q.speakerSpan.text : 'unknown'),
      q.verb ? ` (${q.verb})` : '', q.direct ? ' · direct' : ' · reported'));
}

function copies(doc) {
  const list = doc.copyArticles || [];
  // the origin is the earliest published of the group: the article the others copy
  return list.length ? el('ul', { class: 'plain' }, list.map(c => el('li', {},
    el('a', { href: link.article(c.id) }, c.title), el('div', { class: 'small muted' },
      [c.outlet, day(c.published), c.id === doc.origin ? 'origin' : ''].filter(Boolean).join(' · '))))) : null;
}
