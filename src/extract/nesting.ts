// A page nested thousands of elements deep is an attack, not an article: linkedom's parser and Readability both
// slow down faster than linearly with depth (a 5 KB page of 1,000 nested <div>s kept Readability busy for a minute;
// 100,000 levels never finished). Browsers cap depth too. Tags deeper than the cap are dropped before parsing and
// their text kept, so the page reads as the same text with a flatter structure.

/** About twice the deepest of 181 real article pages in the extraction benchmark (51). */
export const MAX_NESTING = 96;

const VOID = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input',
  'isindex', 'keygen', 'link', 'meta', 'nextid', 'param', 'source', 'spacer', 'track', 'wbr',
]);
/** Start tags that close an open element of the same name (HTML's implied end tags): unclosed <p>s do not pile up. */
const SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'rb', 'rt', 'rp']);
/** Block start tags that close an open <p>, as in the HTML parser. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main',
  'menu', 'nav', 'ol', 'pre', 'section', 'summary', 'table', 'ul',
]);
/**
 * Elements whose content the parser (htmlparser2, under linkedom) reads as text up to their end tag. Only these: reading
 * markup as text here would let it nest unseen (<noscript> and <iframe> hold markup for it).
 */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

// The name stops where the attributes start, so a tag is matched in one pass, without backtracking.
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)[^>]*>/y;

/** `html` with every start tag deeper than `maxDepth` open elements, and its end tag, removed; unchanged when none is. */
export function capNesting(html: string, maxDepth = MAX_NESTING): string {
  const open: string[] = [];
  const dropped = new Map<string, number>();
  const cuts: number[] = [];
  let foreign = 0; // inside <svg> or <math>, where "/>" does close an element
  let pos = 0;
  let nextGt = -1;
  while ((pos = html.indexOf('<', pos)) !== -1) {
    if (html.startsWith('<!--', pos)) {
      const end = html.indexOf('-->', pos + 4);
      if (end < 0) break;
      pos = end + 3;
      continue;
    }
    // With no ">" left, no tag is left either (and looking for one at every "<" would take quadratic time).
    if (nextGt < pos) nextGt = html.indexOf('>', pos);
    if (nextGt < 0) break;
    TAG.lastIndex = pos;
    const m = TAG.exec(html);
    if (!m) {
      pos++;
      continue;
    }
    const end = pos + m[0].length;
    const name = (m[2] ?? '').toLowerCase();
    if (m[1]) {
      const owed = dropped.get(name) ?? 0;
      if (owed > 0) {
        dropped.set(name, owed - 1);
        cuts.push(pos, end);
      } else {
        const at = open.lastIndexOf(name);
        if (at >= 0) {
          foreign -= open.slice(at).filter((n) => n === 'svg' || n === 'math').length;
          open.length = at;
        }
      }
    } else if (!VOID.has(name) && !(foreign > 0 && m[0].endsWith('/>'))) {
      const top = open[open.length - 1];
      if ((SIBLINGS.has(name) && top === name) || (top === 'p' && CLOSES_P.has(name))) open.pop();
      if (open.length >= maxDepth && !RAW_TEXT.has(name)) {
        dropped.set(name, (dropped.get(name) ?? 0) + 1);
        cuts.push(pos, end);
      } else {
        open.push(name);
        if (name === 'svg' || name === 'math') foreign++;
      }
      if (RAW_TEXT.has(name)) {
        const closer = new RegExp(`</${name}[\\s/>]`, 'gi');
        closer.lastIndex = end;
        const close = closer.exec(html);
        if (!close) break;
        pos = close.index;
        continue;
      }
    }
    pos = end;
  }
  if (!cuts.length) return html;
  const parts: string[] = [];
  let from = 0;
  for (let i = 0; i < cuts.length; i += 2) {
    parts.push(html.slice(from, cuts[i]));
    from = cuts[i + 1] ?? html.length;
  }
  parts.push(html.slice(from));
  return parts.join('');
}
