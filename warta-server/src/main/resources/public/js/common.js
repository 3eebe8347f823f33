// Shared by every page. Data from the API is only ever put into the page as text (textContent, text
// nodes, attribute values): never as HTML, so a document holding "<script>" shows it as text.

/** Builds an element: attrs are attributes (class, href, title, ...) or on* listeners; children are nodes or strings. */
export function el(tag, attrs = {}, ...children) {
  const svg = ['svg', 'g', 'rect', 'line', 'circle', 'text', 'title', 'path'].includes(tag);
  const node = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** GET /api/...; resolves to the JSON body, or rejects with the API's error message. */
export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') query.set(k, v);
  const qs = query.toString();
  const response = await fetch('/api/' + path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(body && body.error ? body.error.message : 'HTTP ' + response.status);
  }
  return body;
}

export const link = {
  article: id => 'article.html?id=' + encodeURIComponent(id),
  entity: name => 'entity.html?name=' + encodeURIComponent(name),
  story: id => 'story.html?id=' + encodeURIComponent(id),
  search: params => 'index.html?' + new URLSearchParams(params).toString(),
  events: params => 'events.html?' + new URLSearchParams(params).toString(),
};

/** The page's query parameters as an object. */
export function params() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

/** A snippet with its matches between « and » as text nodes and <mark> elements (the text is never parsed as HTML). */
export function marked(snippet) {
  const out = document.createDocumentFragment();
  const parts = String(snippet || '').split(/[«»]/);
  parts.forEach((part, i) => out.append(i % 2 === 1 ? el('mark', {}, part) : document.createTextNode(part)));
  return out;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'];

/** "2025-06-12T09:00+07:00" -> "12 Jun 2025" (the day as written, in the article's own time zone). */
export function day(iso) {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso || '');
  if (!m) return iso || '';
  const month = MONTHS[Number(m[2]) - 1];
  return m[3] ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/** A title for an untitled article: its first sentence, cut at a word when longer than {@code max}. */
export function headline(text, max = 110) {
  const first = String(text || '').trim().split(/(?<=[.!?])\s|\n/)[0];
  if (first.length <= max) return first;
  const cut = first.lastIndexOf(' ', max);
  return first.slice(0, cut > 0 ? cut : max) + ' …';
}

/** The page frame: the navigation bar with the current section marked. */
export function frame(active) {
  const sections = [['index.html', 'Search'], ['entities.html', 'Entities'], ['events.html', 'Events'], ['stories.html', 'Stories']];
  const nav = el('nav', {}, sections.map(([href, label]) => el('a', { href, class: label === active ? 'active' : null }, label)));
  document.body.prepend(el('header', { class: 'top' }, el('a', { class: 'brand', href: 'index.html' }, 'warta'), nav));
}

/** Replaces the content of a container. */
export function fill(container, ...children) {
  container.replaceChildren();
  append(container, children);
  return container;
}

export function errorBox(err) {
  return el('div', { class: 'error', role: 'alert' }, err && err.message ? err.message : String(err));
}

export function badge(type) {
  return type ? el('span', { class: 'badge ' + type }, type) : null;
}

/** Previous / next links for a paged list. */
export function pager(page, size, total, hrefOf) {
  const pages = Math.max(1, Math.ceil(total / size));
  return el('div', { class: 'pager' },
    page > 0 ? el('a', { href: hrefOf(page - 1) }, '← Previous') : null,
    el('span', { class: 'muted small' }, `page ${page + 1} of ${pages}`),
    page + 1 < pages ? el('a', { href: hrefOf(page + 1) }, 'Next →') : null);
}

/** An event's actor as "text (CODE)", or a dash. */
export function actor(a) {
  if (!a) return '—';
  return a.code ? `${a.text} (${a.code})` : a.text;
}

/** A card with a heading and content; the content says "none" when empty. */
export function section(title, content, emptyText = 'None.') {
  const empty = content === null || (Array.isArray(content) && content.length === 0);
  return el('section', { class: 'card' }, el('h2', {}, title), empty ? el('p', { class: 'empty' }, emptyText) : content);
}

/** A link to an outside page when the address is http(s); any other address (javascript:, data:) is shown as text. */
export function outside(url, text = url) {
  if (!url) return null;
  return /^https?:\/\//i.test(url) ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, text) : el('span', {}, text);
}
