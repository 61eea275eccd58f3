import { describe, expect, it } from 'vitest';
import { collectBlocks } from './blocks.ts';
import { parseDocument } from './dom.ts';
import { articleHtml } from './html.ts';

const html = (body: string) => articleHtml(collectBlocks(parseDocument(`<html><body>${body}</body></html>`).body as Element), 'https://example.com/1');

describe('articleHtml', () => {
  it('normalizes the text between tags, keeps words beside a tag apart and drops trailing breaks', () => {
    expect(html('<p> الف<b>ب</b>  ج   د <br><br> </p>')).toBe('<p>الف<b>ب</b> ج د</p>');
    expect(html('<p>one <a href="/x">two</a>three</p>')).toBe('<p>one <a href="https://example.com/x" rel="noopener noreferrer">two</a>three</p>');
  });

  it('reads a megabyte of white space inside a paragraph as one space', () => {
    expect(html(`<p>الف${' '.repeat(1_000_000)}ب</p>`)).toBe('<p>الف ب</p>');
  });
});
