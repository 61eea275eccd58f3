// Before parsing, drop what can never be article text. linkedom allocates an object per node and per
// attribute, so parsing a news page costs roughly in proportion to its markup; scripts, styles, comments,
// inline SVG and presentation attributes are most of that markup and none of the text.

// Scripts except JSON-LD (metadata reads it), styles, comments, SVG drawings, <noscript> and <template>;
// and the chrome no step reads: navigation (a fifth of a news page's elements), asides, form controls, frames.
const DEAD_ELEMENTS =
  /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->|<(svg|noscript|template|nav|aside|select|button|textarea|iframe)(?=[\s/>])[^>]*>[\s\S]*?<\/\1\s*>/gi;

// <link> except the canonical one (metadata reads it) and feed discovery; form inputs.
const DEAD_VOID = /<link\b(?![^>]*\brel\s*=\s*["']?(?:canonical|alternate)\b)[^>]*>|<input\b[^>]*>/gi;

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
  return html.replace(DEAD_ELEMENTS, '').replace(DEAD_VOID, '').replace(SPACE_BEFORE_BLOCK, '>').replace(OPENING_TAG, cleanTag);
}
