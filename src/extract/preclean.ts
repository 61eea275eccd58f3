// Before parsing, drop what can never be article text. linkedom allocates an object per node and per
// attribute, so parsing a news page costs roughly in proportion to its markup; scripts, styles, comments,
// inline SVG and presentation attributes are most of that markup and none of the text.

// Scripts except JSON-LD (metadata reads it), styles, comments, SVG drawings, <noscript> and <template>;
// and the chrome no step reads: navigation (a fifth of a news page's elements), asides, form controls, frames.
// Found by a scan, not one regular expression: `<script[^>]*>[\s\S]*?</script>` looks for the end tag again
// from every unclosed "<script", and 100,000 of them took minutes.
const DEAD_START = /<(?:(script|style)\b|(svg|noscript|template|nav|aside|select|button|textarea|iframe)(?=[\s/>])|!--)/gi;
const END_TAGS = new Map<string, RegExp>();
const JSON_LD = /application\/ld\+json/i;
/** A start tag longer than this is left alone (no page writes one; a hostile page would make each look far). */
const MAX_START_TAG = 4096;

// <link> except the canonical one (metadata reads it) and feed discovery; form inputs.
const VOID_START = /<(link|input)\b/gi;
const KEPT_LINK = /\brel\s*=\s*["']?(?:canonical|alternate)\b/i;

/** Removes each span that `find` returns for a match of `start`; `find` gives null to keep the match. */
function removeSpans(html: string, start: RegExp, find: (m: RegExpExecArray) => number | null): string {
  const parts: string[] = [];
  let from = 0;
  start.lastIndex = 0;
  for (let m = start.exec(html); m; m = start.exec(html)) {
    const end = find(m);
    if (end === null) {
      start.lastIndex = m.index + 1;
      continue;
    }
    parts.push(html.slice(from, m.index));
    from = end;
    start.lastIndex = end;
  }
  if (!from) return html;
  parts.push(html.slice(from));
  return parts.join('');
}

/** The end of the start tag at `at` (after its ">"), or null; `next` caches the next ">" (-1: none left). */
function startTagEnd(html: string, at: number, next: { gt: number }): number | null {
  if (next.gt === -1) return null;
  if (next.gt < at) next.gt = html.indexOf('>', at);
  if (next.gt < 0 || next.gt - at > MAX_START_TAG) return null;
  return next.gt + 1;
}

function removeDeadElements(html: string): string {
  const next = { gt: -2 };
  const unclosed = new Set<string>(); // names with no end tag left: later start tags need not look again
  return removeSpans(html, DEAD_START, (m) => {
    const name = (m[1] ?? m[2] ?? '--').toLowerCase();
    if (unclosed.has(name)) return null;
    if (name === '--') {
      const end = html.indexOf('-->', m.index + 4);
      if (end < 0) unclosed.add(name);
      return end < 0 ? null : end + 3;
    }
    const open = startTagEnd(html, m.index, next);
    if (open === null || (name === 'script' && JSON_LD.test(html.slice(m.index, open)))) return null;
    let endTag = END_TAGS.get(name);
    if (!endTag) END_TAGS.set(name, (endTag = new RegExp(`</${name}\\s*>`, 'gi')));
    endTag.lastIndex = open;
    const close = endTag.exec(html);
    if (!close) unclosed.add(name);
    return close ? close.index + close[0].length : null;
  });
}

function removeDeadVoid(html: string): string {
  const next = { gt: -2 };
  return removeSpans(html, VOID_START, (m) => {
    const end = startTagEnd(html, m.index, next);
    return end === null || (m[1]?.toLowerCase() === 'link' && KEPT_LINK.test(html.slice(m.index, end))) ? null : end;
  });
}

// White space before a block-level tag is never text (the block starts a new line), but each run of it costs
// a text node.
const SPACE_BEFORE_BLOCK =
  />\s+(?=<\/?(?:div|p|li|ul|ol|dl|dd|dt|tr|td|th|table|tbody|thead|tfoot|section|article|header|footer|main|h[1-6]|figure|figcaption|form|blockquote|head|body|html|meta|link|title|script|base|option|source|picture|center|hr)\b)/gi;

// Attributes no extraction step reads. Kept: class, id, href, src, data-src, alt, itemprop, rel, role,
// property, name, content, datetime, lang, dir, hidden, aria-hidden, type, width, height, colspan.
const DEAD_ATTRIBUTES =
  /\s(?:data-(?!src\b|original\b|lazy-src\b)[\w.:-]*|on[a-z]+|aria-(?!hidden\b)[\w-]+|srcset|sizes|target|tabindex|loading|decoding|xmlns(?::\w+)?|border|align|valign|cellpadding|cellspacing|bgcolor|color|face|size|integrity|crossorigin|referrerpolicy|fetchpriority|jsaction|jsname|jscontroller|ng-[\w-]+|v-[\w:-]+|value|placeholder|media|as|for|action|method|autocomplete|frameborder|allow|sandbox|scrolling|nonce)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+)/gi;

// A style that hides the element is the one thing a style attribute tells extraction; it becomes `hidden`.
const STYLE = /\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/i;
const HIDING_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

// An opening tag. A quoted value holding ">" cuts the match short; the attribute patterns above then find
// no closing quote in the cut piece and leave it alone, so such tags pass through unchanged.
const OPENING_TAG = /<[a-zA-Z][^<>]*>/g;

function cleanTag(tag: string): string {
  if (tag.length < 12) return tag;
  let out = tag.replace(DEAD_ATTRIBUTES, '');
  const style = STYLE.exec(out);
  if (style) out = out.replace(style[0], HIDING_STYLE.test(style[1] ?? style[2] ?? '') ? ' hidden' : '');
  return out;
}

/** The page with dead elements and attributes removed; everything extraction reads is left as it was. */
export function precleanHtml(html: string): string {
  return removeDeadVoid(removeDeadElements(html)).replace(SPACE_BEFORE_BLOCK, '>').replace(OPENING_TAG, cleanTag);
}
