// The article text with its entity mentions, quotes and event triggers marked, from the JSON offsets
// (UTF-16 code units, as JavaScript strings count them). Every piece of text goes in as a text node.
import { el, link } from './common.js';

/** Every annotation of a document as {start, end, kind, ...}. */
export function annotations(doc) {
  const out = [];
  for (const e of doc.entities || []) {
    for (const m of e.mentions || []) out.push({ start: m.start, end: m.end, kind: 'mention', entity: e });
  }
  const names = new Map((doc.entities || []).map(e => [e.id, e.name]));
  for (const q of doc.quotes || []) {
    if (q.content && !q.content.in) out.push({ start: q.content.start, end: q.content.end, kind: 'quote', quote: q, speaker: names.get(q.speaker) });
  }
  for (const v of doc.events || []) {
    if (v.trigger && !v.trigger.in) out.push({ start: v.trigger.start, end: v.trigger.end, kind: 'event', event: v });
  }
  return out;
}

/** Paragraph elements of the text; a stretch covered by several annotations nests quote > event > mention. */
export function annotatedText(text, paragraphs, anns, lang) {
  const spans = paragraphs && paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  return spans.map(p => {
    const inside = anns.filter(a => a.end > p.start && a.start < p.end);
    const cuts = new Set([p.start, p.end]);
    for (const a of inside) {
      cuts.add(Math.max(a.start, p.start));
      cuts.add(Math.min(a.end, p.end));
    }
    const points = [...cuts].sort((x, y) => x - y);
    const para = el('p', { lang });
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      para.append(piece(text.slice(a, b), inside.filter(x => x.start <= a && x.end >= b)));
    }
    return para;
  });
}

function piece(text, active) {
  let node = document.createTextNode(text);
  const mention = active.find(a => a.kind === 'mention');
  const event = active.find(a => a.kind === 'event');
  const quote = active.find(a => a.kind === 'quote');
  if (mention) {
    const e = mention.entity;
    node = el('a', { class: 'ann-mention ' + e.type, href: link.entity(e.name), title: `${e.type}: ${e.name}` }, node);
  }
  if (event) {
    const v = event.event;
    const who = [v.source && (v.source.code || v.source.text), v.target && (v.target.code || v.target.text)].filter(Boolean).join(' → ');
    node = el('span', { class: 'ann-event', title: `${v.plover || ''} (CAMEO ${v.cameo}) ${who}`.trim() }, node);
  }
  if (quote) {
    node = el('span', { class: 'ann-quote', title: 'Said by ' + (quote.speaker || quote.quote.speakerSpan?.text || 'unknown') }, node);
  }
  return node;
}
