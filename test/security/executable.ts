// What a reader's browser could run, load or be sent away by, found in a served page by parsing it as a browser
// would (linkedom) rather than by pattern-matching the text: entities are decoded, attributes are attributes.
import { parseHTML } from 'linkedom';

/** Elements that run script, embed other documents, restyle the page, re-base its links or submit it. */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'style', 'svg', 'math', 'form',
  'input', 'button', 'textarea', 'select', 'isindex', 'template', 'noscript', 'portal', 'xml', 'import',
]);

/** Attributes holding a URL the browser navigates to, loads or submits to. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'data', 'dynsrc', 'lowsrc', 'codebase', 'ping', 'srcset', 'cite', 'longdesc', 'manifest', 'icon'];

/** Schemes a link on the page may use; relative URLs (the site's own pages) have none. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

/** The scheme the browser will read: it skips leading control characters and spaces and ignores tabs and newlines. */
export function schemeOf(url: string): string | null {
  // eslint-disable-next-line no-control-regex
  const probe = url.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(probe)?.[1]?.toLowerCase() ?? null;
}

/** The site's own head: its stylesheet, icon, font preload and feed links, all on its own origin. */
function isOwnLink(el: Element): boolean {
  const href = el.getAttribute('href') ?? '';
  const rel = (el.getAttribute('rel') ?? '').toLowerCase();
  return ['stylesheet', 'icon', 'preload', 'alternate'].includes(rel) && href.startsWith('/') && !href.startsWith('//');
}

/** The site's own meta elements: charset, viewport, description, color scheme. Never http-equiv. */
function isOwnMeta(el: Element): boolean {
  if (el.hasAttribute('http-equiv')) return false;
  return el.hasAttribute('charset') || ['viewport', 'description', 'color-scheme'].includes(el.getAttribute('name') ?? '');
}

/**
 * The site's own search box: a form that GETs a path of this site, its search field and submit button. It sends
 * nothing but the words typed, to the site itself, and runs nothing.
 */
function isOwnSearchForm(form: Element | null): boolean {
  if (!form || form.tagName.toLowerCase() !== 'form') return false;
  const action = form.getAttribute('action') ?? '';
  return (form.getAttribute('method') ?? 'get').toLowerCase() === 'get' && action.startsWith('/') && !action.startsWith('//') && !form.hasAttribute('target');
}

function isOwnSearchControl(el: Element, tag: string): boolean {
  if (tag === 'form') return isOwnSearchForm(el);
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  const control = (tag === 'input' && ['search', 'text'].includes(type)) || (tag === 'button' && type === 'submit');
  const redirected = el.getAttributeNames().some((n) => n.toLowerCase().startsWith('form'));
  return control && !redirected && isOwnSearchForm(el.closest('form'));
}

/** Every executable or dangerous thing in a page, one description each; empty when the page is safe. */
export function executableIn(html: string): string[] {
  const { document } = parseHTML(html);
  const found: string[] = [];
  for (const el of document.querySelectorAll('*') as Iterable<Element>) {
    const tag = el.tagName.toLowerCase();
    if ((FORBIDDEN_ELEMENTS.has(tag) && !isOwnSearchControl(el, tag)) || tag.includes(':')) found.push(`<${tag}> element`);
    if (tag === 'link' && !isOwnLink(el)) found.push(`<link rel="${el.getAttribute('rel')}" href="${el.getAttribute('href')}">`);
    if (tag === 'meta' && !isOwnMeta(el)) found.push(`<meta ${el.getAttribute('http-equiv') ? `http-equiv="${el.getAttribute('http-equiv')}"` : 'element'}>`);
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      const lower = name.toLowerCase();
      if (lower.startsWith('on')) found.push(`${lower} handler on <${tag}>`);
      else if (lower === 'style') found.push(`style attribute on <${tag}>`);
      else if (lower === 'srcdoc') found.push(`srcdoc on <${tag}>`);
      else if (URL_ATTRIBUTES.includes(lower)) {
        const scheme = schemeOf(value);
        if (scheme !== null && !SAFE_SCHEMES.has(scheme)) found.push(`${scheme}: URL in ${lower} of <${tag}>`);
        if (lower === 'src' && value && !(scheme === 'https' || scheme === 'http')) found.push(`src=${value.slice(0, 40)} on <${tag}>`);
      }
    }
  }
  return found;
}

/** A CSP header as a map of directive to its sources, names in lower case. */
export function parseCsp(header: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of header.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/**
 * Why a CSP would let inline script run (an inline <script>, an event handler or a javascript: URL), or null when it
 * forbids it: the directive that governs it must exist and allow neither 'unsafe-inline' nor any scheme or host.
 */
export function inlineScriptAllowedBy(header: string | null): string | null {
  if (!header) return 'no Content-Security-Policy header';
  const csp = parseCsp(header);
  for (const directive of ['script-src-elem', 'script-src-attr']) {
    const governing = [directive, 'script-src', 'default-src'].find((d) => csp.has(d));
    if (!governing) return `no ${directive}, script-src or default-src directive`;
    const sources = csp.get(governing) ?? [];
    if (sources.some((s) => s.toLowerCase() === "'unsafe-inline'")) return `${governing} allows 'unsafe-inline'`;
    if (sources.some((s) => !/^'(none|self|nonce-[^']+|sha(256|384|512)-[^']+|strict-dynamic)'$/i.test(s))) {
      return `${governing} allows ${sources.join(' ')}`;
    }
  }
  return null;
}
