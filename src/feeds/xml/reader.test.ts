import { describe, expect, it } from 'vitest';
import { type XmlNode, readXml } from './reader.ts';

const read = (xml: string) => readXml(xml, { roots: new Set(['rss', 'feed']), baseUrl: 'https://example.ir/', maxEntityExpansion: 10_000 });
const child = (node: XmlNode | null | undefined, local: string) => node?.children.find((c) => c.local === local);

describe('readXml names and attributes', () => {
  it('matches end tags to start tags whatever their case, and one spelling to its repeats', () => {
    const doc = read('<RSS><Channel><Title>خبر</TITLE><item><title>یک</title></item><ITEM><Title>دو</Title></ITEM></Channel></RSS>');
    expect(doc.wellFormed).toBe(true);
    const channel = child(doc.root, 'channel');
    expect(child(channel, 'title')?.text).toBe('خبر');
    expect(channel?.children.filter((c) => c.qname === 'item').map((i) => child(i, 'title')?.text)).toEqual(['یک', 'دو']);
  });
  it('does not take a longer name for the open one', () => {
    const doc = read('<rss><title>a</titlex></title></rss>');
    expect(doc.wellFormed).toBe(false);
    expect(child(doc.root, 'title')?.text).toBe('a');
  });
  it('reads attributes in every spelling: quoted either way, bare, without a value, around spaces', () => {
    const doc = read(`<rss><a Href="x" b='y' c=z d e = "f" g="h"/><i b\u3000="1"/></rss>`);
    expect(child(doc.root, 'a')?.attrs).toEqual({ href: 'x', b: 'y', c: 'z', d: '', e: 'f', g: 'h' });
    // U+3000 is white space to the attribute syntax, though it may stand in a name: the name ends before it.
    expect(child(doc.root, 'i')?.attrs).toEqual({ b: '1' });
    expect(doc.wellFormed).toBe(false); // "d" has no value
  });
  it('resolves namespaced names and xml:base on attributes read by hand', () => {
    const doc = read('<feed xmlns="http://www.w3.org/2005/Atom" xmlns:x="http://purl.org/dc/elements/1.1/"><entry xml:base="/news/"><x:creator>م</x:creator><link href="1"/></entry></feed>');
    const entry = child(doc.root, 'entry');
    expect(entry?.ns).toBe('atom');
    expect(entry?.base).toBe('https://example.ir/news/');
    expect(child(entry, 'creator')?.ns).toBe('dc');
    expect(child(entry, 'link')?.attrs.href).toBe('1');
  });
});
