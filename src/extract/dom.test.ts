import { describe, expect, it } from 'vitest';
import { parsePage } from './dom.ts';

const TEXT_NODE = 3;
const textNodes = (el: Element) => [...el.childNodes].filter((n) => n.nodeType === TEXT_NODE).length;

describe('parsePage', () => {
  it('joins the text nodes the parser makes of character references and stray "<"', () => {
    const { doc } = parsePage('<p id="a">الف &amp; ب &lt; ج < د</p>');
    const p = doc.querySelector('#a') as Element;
    expect(p.textContent).toBe('الف & ب < ج < د');
    expect(textNodes(p)).toBe(1);
  });

  it('reads many stray "<" as text, in text and in attributes alike, as one node', () => {
    const stray = '< '.repeat(400);
    const { doc } = parsePage(`<p id="a" title="${stray}">${stray}<b>x</b>${'<'.repeat(400)}</p>`);
    const p = doc.querySelector('#a') as Element;
    expect(p.getAttribute('title')).toBe(stray);
    expect(p.textContent).toBe(`${stray}x${'<'.repeat(400)}`);
    expect(textNodes(p)).toBe(2);
    expect(p.innerHTML).not.toMatch(/[\ufdd0-\ufdef]/);
  });
});
