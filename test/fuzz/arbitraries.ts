// Generators of hostile and odd input for the property tests: text mixing every script and invisible mark a Persian
// news page meets (and some it should never meet), tag soup, feeds, bytes that are not valid UTF-8, date-like text.
import fc from 'fast-check';

const range = (from: number, to: number) => fc.integer({ min: from, max: to }).map((c) => String.fromCodePoint(c));
const chars = (s: string) => fc.constantFrom(...[...s]);

/** One character (or short unit) from the mixture of scripts and marks a Persian page may hold. */
export const unit: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: range(0x0621, 0x064a) }, // Arabic letters, including ي ك ة ى
  { weight: 10, arbitrary: chars('آابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیئؤأإۀ') },
  { weight: 6, arbitrary: chars('      \n\t') },
  { weight: 4, arbitrary: chars('\u200c\u200d\u200e\u200f\u0640\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0654\u0670') },
  { weight: 4, arbitrary: chars('0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩') },
  { weight: 4, arbitrary: chars('.,;:!?،؛؟«»()[]{}"\'-–—/\\…٪٫٬%#@&<>=+*_~`|^$') },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 3 }) },
  { weight: 2, arbitrary: chars('\u00a0\u2028\u2029\r\u000b\u000c\u0085\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c') },
  { weight: 2, arbitrary: range(0xfb50, 0xfeff) }, // Arabic presentation forms
  { weight: 1, arbitrary: range(0x0590, 0x05ff) }, // Hebrew
  { weight: 1, arbitrary: range(0x4e00, 0x4e80) }, // CJK
  { weight: 1, arbitrary: range(0x1f300, 0x1f6ff) }, // emoji (surrogate pairs)
  { weight: 1, arbitrary: range(0x0300, 0x036f) }, // combining marks
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) }, // lone surrogates
  { weight: 1, arbitrary: range(0x0000, 0x001f) },
  { weight: 1, arbitrary: range(0x0080, 0x009f) },
  { weight: 1, arbitrary: chars('\ufffd\uffff\ufffe') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
);

/** Text of any script mixture. */
export const mixedText = (maxLength = 200) => fc.string({ unit, maxLength });

/** Persian words, numbers and date pieces in any order: what parseJalali and the normalizer meet most. */
export const dateLikeText = fc
  .array(
    fc.oneof(
      chars('۰۱۲۳۴۵۶۷۸۹0123456789'),
      fc.integer({ min: 0, max: 1500 }).map(String),
      fc.constantFrom('فروردین', 'اردیبهشت', 'خرداد', 'تیر', 'مرداد', 'شهریور', 'مهر', 'آبان', 'آذر', 'دی', 'دى', 'بهمن', 'اسفند', 'ساعت', 'سه‌شنبه'),
      chars('/-: ،'),
      unit,
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

const TAGS = [
  'p', 'div', 'span', 'a', 'b', 'i', 'h1', 'h2', 'h3', 'article', 'section', 'main', 'table', 'tr', 'td', 'ul', 'li', 'br', 'img',
  'figure', 'figcaption', 'blockquote', 'script', 'style', 'svg', 'math', 'iframe', 'object', 'embed', 'form', 'input', 'base',
  'meta', 'link', 'noscript', 'template', 'textarea', 'title', 'nav', 'aside', 'footer', 'time', 'select', 'option', 'frameset',
];
const ATTRS = ['href', 'src', 'class', 'id', 'style', 'onclick', 'onerror', 'onload', 'srcdoc', 'action', 'formaction', 'lang', 'dir', 'content', 'http-equiv', 'property', 'name', 'datetime', 'xlink:href', 'data-src', 'alt'];
const VALUES = fc.oneof(
  mixedText(20),
  fc.constantFrom(
    'javascript:alert(1)', ' jav&#x09;ascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'https://example.com/a?b=1&c=2',
    '/relative/path', '//evil.example/x', 'expression(alert(1))', 'refresh', '0;url=javascript:alert(1)', 'article:published_time',
    '1403/07/31 - 12:30', '۱۸ دی ۱۴۰۴', 'content', 'article-body', 'rtl', 'fa', '"', "'", '&amp;', '&#0;', '&#x110000;', '&bogus;',
  ),
);

const attribute = fc
  .tuple(fc.constantFrom(...ATTRS), VALUES, fc.constantFrom('"', "'", ''))
  .map(([name, value, q]) => ` ${name}=${q}${q ? value.split(q).join('') : value.replace(/[\s>]/g, '')}${q}`);

/** Tag soup: nested elements, stray and unclosed tags, comments, CDATA, entities and text in every script. */
export const htmlSoup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    mixedText(60),
    fc
      .tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attrs, kids, close]) => `<${tag}${attrs.join('')}>${kids.join('')}${close ? `</${tag}>` : ''}`),
    fc.constantFrom('</div>', '</p>', '<!--', '-->', '<![CDATA[', ']]>', '<!doctype html>', '&', '&#', '&#x;', '<', '>', '</', '<?xml ?>', '<br/>', '&nbsp;', '&zwnj;'),
  ),
})).node;

/** A whole page: tag soup wrapped, or not, in the usual html/head/body skeleton. */
export const htmlPage = fc
  .tuple(fc.boolean(), fc.array(htmlSoup, { maxLength: 6 }), fc.array(htmlSoup, { maxLength: 3 }))
  .map(([skeleton, body, head]) => (skeleton ? `<!doctype html><html lang="fa" dir="rtl"><head>${head.join('')}</head><body>${body.join('')}</body></html>` : [...head, ...body].join('')));

const xmlText = mixedText(80).map((s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
const field = fc.oneof(xmlText, htmlSoup.map((h) => `<![CDATA[${h.split(']]>').join('')}]]>`), htmlSoup, mixedText(40));

/** RSS, Atom and JSON Feed documents with hostile fields, and some cut short or with a byte order mark. */
export const feedDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('rss', 'atom', 'json', 'rdf'),
    fc.array(fc.tuple(field, field, field, fc.oneof(dateLikeText, fc.constantFrom('Tue, 10 Jun 2003 04:00:00 GMT', '2026-11-24T08:15:00Z', 'not a date')), VALUES), { maxLength: 4 }),
    field,
    fc.option(fc.nat(), { nil: undefined }),
    fc.boolean(),
  )
  .map(([kind, items, title, cutAt, bom]) => {
    let doc: string;
    if (kind === 'json') {
      doc = JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1', title,
        items: items.map(([t, s, c, d, link]) => ({ id: link, url: link, title: t, summary: s, content_html: c, date_published: d })),
      });
    } else if (kind === 'atom') {
      doc = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="html">${title}</title>${items
        .map(([t, s, c, d, link]) => `<entry><title>${t}</title><link href="${link.replace(/"/g, '')}"/><summary type="html">${s}</summary><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${c}</div></content><updated>${d}</updated></entry>`)
        .join('')}</feed>`;
    } else {
      const root = kind === 'rdf' ? ['<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">', '</rdf:RDF>'] : ['<rss version="2.0">', '</rss>'];
      doc = `<?xml version="1.0" encoding="utf-8"?>${root[0]}<channel><title>${title}</title>${items
        .map(([t, s, c, d, link]) => `<item><title>${t}</title><link>${link}</link><description>${s}</description><content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/">${c}</content:encoded><pubDate>${d}</pubDate></item>`)
        .join('')}</channel>${root[1]}`;
    }
    if (cutAt !== undefined) doc = doc.slice(0, cutAt % (doc.length + 1));
    return bom ? `\ufeff${doc}` : doc;
  });

/** Bytes as a server may send them: random, UTF-8 with invalid sequences spliced in, UTF-16 and windows-1256. */
export const documentBytes: fc.Arbitrary<{ bytes: Uint8Array; contentType: string | null }> = fc
  .tuple(
    fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.tuple(feedDocument, fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 })), { maxLength: 5 })).map(([text, splices]) => {
        const bytes = [...Buffer.from(text, 'utf8')];
        for (const [at, junk] of splices) bytes.splice(at % (bytes.length + 1), 0, ...junk);
        return Uint8Array.from(bytes);
      }),
      htmlPage.map((t) => Uint8Array.from(Buffer.from(t, 'utf16le'))),
      fc.constantFrom(Uint8Array.from([0xef, 0xbb, 0xbf, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0xf4, 0x90, 0x80, 0x80]), Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x3c, 0x00]), Uint8Array.from([0xfe, 0xff, 0xdc, 0x00])),
    ),
    fc.option(
      fc.constantFrom('text/html; charset=utf-8', 'text/html; charset=windows-1256', 'application/xml; charset="utf-16"', 'text/xml; charset=bogus-42', 'text/html; charset=', 'application/rss+xml; charset=utf-32', 'text/html;charset=x-user-defined'),
      { nil: null },
    ),
  )
  .map(([bytes, contentType]) => ({ bytes, contentType }));
