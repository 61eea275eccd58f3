import { describe, expect, it } from 'vitest';
import { precleanHtml } from './preclean.ts';

describe('precleanHtml', () => {
  it('drops scripts but keeps JSON-LD; drops styles, comments, SVG, navigation and form controls', () => {
    const out = precleanHtml(
      '<script>x()</script><script type="application/ld+json">{"@type":"NewsArticle"}</script><style>p{}</style><!-- c --><svg><path d="M0"/></svg><nav><a href="/">خانه</a></nav><nav-bar>بماند</nav-bar><select><option>۱</option></select><p>متن</p>',
    );
    expect(out).toBe('<script type="application/ld+json">{"@type":"NewsArticle"}</script><nav-bar>بماند</nav-bar><p>متن</p>');
  });

  it('keeps the attributes extraction reads, turns a hiding style into `hidden`, drops the rest', () => {
    expect(precleanHtml('<div class="a" id="b" data-x="1" onclick="f()" style="color:red" aria-label="l">x</div>')).toBe('<div class="a" id="b">x</div>');
    expect(precleanHtml('<div class="ad" style="display: none">x</div>')).toBe('<div class="ad" hidden>x</div>');
    expect(precleanHtml('<img src="/a.jpg" data-src="/b.jpg" srcset="/c.jpg 2x" alt="الف">')).toBe('<img src="/a.jpg" data-src="/b.jpg" alt="الف">');
    expect(precleanHtml('<link rel="stylesheet" href="/s.css"><link rel="canonical" href="/x">')).toBe('<link rel="canonical" href="/x">');
  });

  it('leaves text that only looks like attributes alone', () => {
    expect(precleanHtml('<p>set style="color:red" in the editor</p>')).toBe('<p>set style="color:red" in the editor</p>');
    expect(precleanHtml('<a title="a>b" data-x="1" href="/x">y</a>')).toBe('<a title="a>b" data-x="1" href="/x">y</a>');
  });

  it('still finds closed elements after unclosed start tags and comments, and keeps what it cannot close', () => {
    expect(precleanHtml('<p>الف</p><style>p{}</style><nav>منو</nav><script>x()<nav>ب')).toBe('<p>الف</p><script>x()<nav>ب');
    expect(precleanHtml('<p>الف</p><!-- c --><p>ب</p><!-- no end')).toBe('<p>الف</p><p>ب</p><!-- no end');
    expect(precleanHtml('<link rel="canonical" href="/x"><link rel="icon" href="/i.png"><link rel="icon"')).toBe('<link rel="canonical" href="/x"><link rel="icon"');
  });
});
