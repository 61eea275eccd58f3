import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FeedError, readFeedDocument } from '../../src/feeds/index.ts';
import { decodeDocument } from '../../src/fetch/index.ts';
import { normalizeDisplay } from '../../src/persian/index.ts';
import { ArticlePath, PARAGRAPHS, type Shown, feedWithMarkup, headline, pageWithMarkup, pageWithValue } from './article-path.ts';
import { executableIn, inlineScriptAllowedBy, parseCsp, schemeOf } from './executable.ts';
import { VECTORS, type Vector } from './vectors.ts';

// Every vector goes the whole way a stored article goes: feed item and page → extractArticle → store → /article/<id>,
// and the page a reader would get is parsed and searched for anything that could run, load or redirect.

const CORPUS = fileURLToPath(new URL('../../../shared/corpora/feedparser-tests/tests', import.meta.url));

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(join(dir, d.name)) : [join(dir, d.name)]));
}

/**
 * What is wrong with one shown page: not shown, none of `mustShow` (its headline, its first paragraph) on it, so that
 * the test cannot pass by losing the article, or anything executable in it.
 */
function problems(shown: Shown, ...mustShow: string[]): string[] {
  if (shown.status !== 200) return [`answered ${shown.status}`];
  const found = executableIn(shown.page);
  if (!mustShow.some((s) => shown.page.includes(normalizeDisplay(s)))) found.push(`none of «${mustShow.join('», «')}» was shown`);
  const csp = inlineScriptAllowedBy(shown.csp);
  if (csp) found.push(`CSP: ${csp}`);
  return found;
}

describe('the executable-content check itself', () => {
  it('reads URL schemes as a browser does', () => {
    expect(schemeOf(' \u0001java\tscript:alert(1)')).toBe('javascript');
    expect(schemeOf('/article/1')).toBeNull();
    expect(schemeOf('https://example.com/')).toBe('https');
  });

  it('sees the danger in the raw vectors, before Khabar has touched them', () => {
    // These are dangerous only to a filter or a writer that builds markup from strings; parsed as they are, they
    // are inert (a broken tag name, text in <title>, quotes and entities inside attribute values).
    const inert = VECTORS.filter((v) => executableIn(`<!doctype html><html><body>${v.html}</body></html>`).length === 0).map((v) => v.html);
    expect(inert).toEqual([
      '<scr<script>ipt>alert(1)</scr</script>ipt>',
      '<title><img src=x onerror=alert(1)></title>',
      '<a title="a&quot; onmouseover=&quot;alert(1)" href="https://example.com/">الف</a>',
      '<img src="https://cdn.example.com/a.jpg" alt="x&quot; onerror=&quot;alert(1)">',
      '<img src="https://cdn.example.com/a.jpg" alt="&lt;/a&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
      '<img src=\'https://cdn.example.com/a.jpg" onerror="alert(1)\'>',
      '<img src="https://cdn.example.com/a.jpg?x=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">',
      '<a href="https://example.com/&quot; onclick=&quot;alert(1)">الف</a>',
    ]);
    expect(VECTORS.length - inert.length).toBeGreaterThan(100);
  });

  it('lets the site’s own search box pass, and no form that posts, goes elsewhere or is redirected', () => {
    const page = (form: string) => executableIn(`<!doctype html><html><body>${form}</body></html>`);
    expect(page('<form method="get" action="/search" role="search"><input name="q" type="search"><button type="submit">بگرد</button></form>')).toEqual([]);
    expect(page('<form method="post" action="/search"><input name="q" type="search"></form>')).toEqual(['<form> element', '<input> element']);
    expect(page('<form action="https://evil.example/"><input name="q" type="search"></form>')).toEqual(['<form> element', '<input> element']);
    expect(page('<form action="/search"><input type="password" name="p"><button formaction="https://evil.example/">x</button></form>')).toEqual([
      '<input> element',
      '<button> element',
    ]);
  });

  it('reads a CSP as a browser does', () => {
    expect(inlineScriptAllowedBy("default-src 'none'; style-src 'self'")).toBeNull();
    expect(inlineScriptAllowedBy("default-src 'self'; script-src 'self' 'unsafe-inline'")).toBe("script-src allows 'unsafe-inline'");
    expect(inlineScriptAllowedBy("style-src 'self'")).toBe('no script-src-elem, script-src or default-src directive');
    expect(inlineScriptAllowedBy("default-src 'none'; script-src-attr *")).toBe('script-src-attr allows *');
    expect(inlineScriptAllowedBy(null)).toBe('no Content-Security-Policy header');
  });
});

describe('well-known XSS vectors, through feed, page, store and the article page', () => {
  const path = new ArticlePath();
  const kinds = [...new Set(VECTORS.map((v) => v.kind))];

  it.each(kinds)('%s: nothing executable is left, as markup or as text in every field', async (kind) => {
    const found: string[] = [];
    const vectors = VECTORS.filter((v: Vector) => v.kind === kind);
    for (const v of vectors) {
      // An unclosed <script> or comment swallows the rest of a page, so the headline (before the markup) or the
      // first paragraph must be shown; with the vector as text in every field, the first paragraph must.
      const asMarkup = path.next();
      const shown = await path.publish(asMarkup.url, pageWithMarkup(asMarkup.n, v.html), feedWithMarkup(asMarkup.url, v.html));
      for (const p of problems(shown, headline(asMarkup.n), PARAGRAPHS[0] ?? '')) found.push(`${v.html} (markup): ${p}`);
      const asValue = path.next();
      for (const p of problems(await path.publish(asValue.url, pageWithValue(asValue.n, v.html), null), PARAGRAPHS[0] ?? '')) {
        found.push(`${v.html} (metadata): ${p}`);
      }
    }
    expect(vectors.length).toBeGreaterThan(2);
    expect(found).toEqual([]);
  });

  it('leaves nothing executable on the pages that list those articles', async () => {
    for (const page of ['/', `/source/hostile`, '/sources', '/most-covered']) {
      const res = await path.app.request(page);
      expect(res.status, page).toBe(200);
      expect(executableIn(await res.text()), page).toEqual([]);
    }
  });

  it('sends a CSP that forbids inline script, plugins, other bases and framing', async () => {
    const res = await path.app.request('/article/1');
    const header = res.headers.get('content-security-policy');
    expect(inlineScriptAllowedBy(header)).toBeNull();
    const csp = parseCsp(header ?? '');
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.has('object-src') ? csp.get('object-src') : csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe.skipIf(!existsSync(CORPUS))('the feedparser corpus sanitize cases, through the article page (../shared/corpora is absent)', () => {
  it('leave nothing executable on the article page', async () => {
    const files = walk(CORPUS).filter((f) => relative(CORPUS, f).includes('sanitize'));
    const path = new ArticlePath();
    const found: string[] = [];
    // Many cases carry the same markup in another field (feed_title_x, entry_summary_x …); the same feed and markup
    // go the same way, so each distinct pair is published once.
    const published = new Set<string>();
    for (const file of files) {
      const { text } = decodeDocument(readFileSync(file));
      // The markup the case carries, as the feed wrote it: placed in the page as a hostile outlet would.
      let markup = '';
      let fields = '';
      try {
        const { feed } = readFeedDocument(text);
        const entry = feed.entries[0];
        markup = [feed.title, entry?.title, entry?.summary, entry?.content].map((t) => t?.value ?? '').join('\n');
        fields = JSON.stringify(entry ?? null);
      } catch (err) {
        if (!(err instanceof FeedError)) throw err;
      }
      if (published.has(`${markup}\u0000${fields}`)) continue;
      published.add(`${markup}\u0000${fields}`);
      const { url, n } = path.next();
      for (const p of problems(await path.publish(url, pageWithMarkup(n, markup), text), headline(n), PARAGRAPHS[0] ?? '')) found.push(`${relative(CORPUS, file)}: ${p}`);
    }
    console.info(`feedparser sanitize cases: ${files.length} files, ${published.size} distinct feeds and markup published`);
    expect(files.length).toBe(745);
    expect(found).toEqual([]);
  }, 120_000);
});
