import { describe, expect, it } from 'vitest';
import { parseDocument } from '../dom.ts';
import { MAX_READABILITY_NODES, readabilityWork, withinBudget } from './budget.ts';
import { chooseReading, readGeneric } from './index.ts';
import { readWithScorer } from './ours.ts';
import type { Block } from '../blocks.ts';

const para = (topic: string, i: number) =>
  `<p>Paragraph ${i} of the story about ${topic} explains, in a full sentence with several clauses, what happened and why it matters.</p>`;
const story = (topic: string, n: number) => Array.from({ length: n }, (_, i) => para(topic, i + 1)).join('');
const teasers = (n: number) =>
  Array.from({ length: n }, (_, i) => `<div class="card"><a href="/t/${i}">Teaser headline number ${i} for another page</a><p>A short summary of that other page, long enough to look like a paragraph.</p></div>`).join('');

function read(body: string) {
  const r = readWithScorer(parseDocument(`<html><body>${body}</body></html>`));
  return { root: r.root?.getAttribute('id') ?? r.root?.tagName, text: r.blocks.map((b) => b.text).join('\n') };
}

describe('our content scorer', () => {
  it('picks the article over a longer list of teasers and over comments', () => {
    const r = read(`<div id="main"><div id="story">${story('the budget', 5)}</div><div id="more">${teasers(8)}</div></div>
      <div id="comments">${story('readers', 9)}</div>`);
    expect(r.root).toBe('story');
    expect(r.text).not.toContain('Teaser');
    expect(r.text).not.toContain('readers');
  });

  it('trusts a container named as the article body over a bigger subtree holding a second article', () => {
    const r = read(`<div id="page"><div id="first" class="article-body">${story('the first', 4)}</div><div id="next">${story('the next one', 9)}</div></div>`);
    expect(r.root).toBe('first');
  });

  it('joins an article body cut into like-named chunks around an ad', () => {
    const r = read(`<div id="page"><div class="article-body">${story('part one', 3)}</div><div class="ad-slot"><a href="/ad">Buy now</a></div><div class="article-body">${story('part two', 3)}</div></div>`);
    expect(r.root).toBe('page');
    expect(r.text).toContain('part one');
    expect(r.text).toContain('part two');
    expect(r.text).not.toContain('Buy now');
  });

  it('leaves out the headline and the byline and date lines above the text', () => {
    const r = read(`<article id="a"><h1>The headline</h1><p>By Jane Doe</p><p>Updated 5:27 am, November 20, 2019</p>${story('the budget', 4)}</article>`);
    expect(r.text.split('\n')[0]).toContain('Paragraph 1 of the story');
  });
});

describe('choosing between our reading and Readability’s, as trafilatura does', () => {
  const blocks = (...texts: string[]): Block[] =>
    texts.map((text) => ({ kind: 'p', text, linkChars: 0, html: text, anchors: [], el: null, parent: parseDocument('<div></div>').body as Element }));
  it('keeps the longer reading when one is more than twice the other, and ours otherwise', () => {
    expect(chooseReading(blocks('a'.repeat(300)), blocks('b'.repeat(700)))).toBe('readability');
    expect(chooseReading(blocks('a'.repeat(700)), blocks('b'.repeat(300)))).toBe('khabar');
    expect(chooseReading(blocks('a'.repeat(400)), blocks('b'.repeat(500)))).toBe('khabar');
    expect(chooseReading([], blocks('b'.repeat(50)))).toBe('readability');
    expect(chooseReading(blocks('a'.repeat(50)), [])).toBe('khabar');
  });
});

describe('Readability’s budget', () => {
  it('asks Readability about a short doubtful page, and not about one past the budget', () => {
    const short = parseDocument(`<html><body><div>${para('a short item', 1)}</div></body></html>`);
    expect(withinBudget(readabilityWork(short.documentElement))).toBe(true);
    expect(readGeneric(short, short.documentElement.outerHTML, 'https://example.com/1').secondOpinion).toBe(true);
    const big = parseDocument(`<html><body>${'<p></p>'.repeat(MAX_READABILITY_NODES)}${para('a short item', 1)}</body></html>`);
    expect(withinBudget(readabilityWork(big.documentElement))).toBe(false);
    const reading = readGeneric(big, big.documentElement.outerHTML, 'https://example.com/1');
    expect(reading.secondOpinion).toBe(false);
    expect(reading.blocks.map((b) => b.text).join(' ')).toContain('a short item');
  });

  it('counts the nodes Readability makes of escaped characters, and text read again at depth', () => {
    const refs = parseDocument(`<html><body><p>${'&amp;'.repeat(MAX_READABILITY_NODES)}</p></body></html>`);
    expect(withinBudget(readabilityWork(refs.documentElement))).toBe(false);
    const deep = parseDocument(`<html><body>${'<div>'.repeat(90)}${'متن '.repeat(20_000)}</body></html>`);
    expect(readabilityWork(deep.documentElement).nodes).toBeLessThan(200);
    expect(withinBudget(readabilityWork(deep.documentElement))).toBe(false);
  });
});
