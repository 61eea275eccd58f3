import { describe, expect, it } from 'vitest';
import { capNesting } from './nesting.ts';

describe('capNesting', () => {
  it('leaves a page within the cap as it is', () => {
    const page = '<html><body><div><p>الف<p>ب<ul><li>یک<li>دو</ul><br><img src="x.jpg"></div><!-- <div><div> --></body></html>';
    expect(capNesting(page, 5)).toBe(page);
  });

  it('drops start and end tags deeper than the cap and keeps their text', () => {
    expect(capNesting('<div><div><div><div>متن</div></div></div></div><p>بعد</p>', 2)).toBe('<div><div>متن</div></div><p>بعد</p>');
    expect(capNesting('<b>'.repeat(5) + 'x', 3)).toBe('<b><b><b>x');
  });

  it('counts as the parser does: implied end tags, void elements, <div/> open, "/>" closing only in SVG', () => {
    const paragraphs = '<body><p>یک<p>دو<p>سه<p>چهار</body>';
    expect(capNesting(paragraphs, 2)).toBe(paragraphs);
    expect(capNesting('<div/><div/><div/>x', 2)).toBe('<div/><div/>x');
    const svg = '<svg><g/><g/><g/></svg>';
    expect(capNesting(svg, 2)).toBe(svg);
  });

  it('reads script, style and title content as text, not tags', () => {
    const page = `<div><script>${'<div>'.repeat(10)}</script><title><b><b><b></title></div>`;
    expect(capNesting(page, 2)).toBe(page);
  });

  it('flattens 100,000 levels to the cap in one pass', () => {
    const deep = `${'<div>'.repeat(100_000)}سلام${'</div>'.repeat(100_000)}`;
    expect(capNesting(deep, 96)).toBe(`${'<div>'.repeat(96)}سلام${'</div>'.repeat(96)}`);
  });

  it('reads a run of "<" without ">" in linear time, as one tag or none', () => {
    const noClose = '<svg'.repeat(50_000);
    expect(capNesting(noClose, 96)).toBe(noClose);
    const oneTag = `${'<div'.repeat(50_000)}>x`;
    expect(capNesting(oneTag, 96)).toBe(oneTag);
  });
});
