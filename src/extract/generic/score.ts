// Our content scorer: one bottom-up pass over the page. Every paragraph-like run of text (a <p>, or text
// between blocks in a <div> or <td>) of at least MIN_PARAGRAPH letters with few links is "good" text; link text
// is "bad" text. Chrome (nav, aside, footer, forms, hidden elements, boilerplate class names, lists of teasers)
// is left out of its ancestors' counts, as it is left out when the article's blocks are collected, and a
// subtree inside it is a weaker candidate. The article is the subtree with the most good text net of bad text
// (an ancestor must add good text, not just wrap the same paragraphs, to win over its descendant), unless a
// container named as the article body holds enough text: names win, as in trafilatura.
import { SKIP_TAGS, hasBlockInside, isBlockTag } from '../blocks.ts';
import { classAndId } from '../dom.ts';
import { CHROME_TAGS, contentNameStrength, isHidden, looksLikeBoilerplate } from './signals.ts';

const MIN_PARAGRAPH = 25;
const MAX_LINK_DENSITY = 0.33;
/** Cost of one character of bad text against one of good text. */
const BAD_WEIGHT = 1;
/** Extra weight for a container named like an article body: weak names (.main-content), strong ones
 * (itemprop=articleBody, .entry-content, .article-body). */
const CONTENT_NAME_BONUS = [0, 0.15, 0.6];
/** How much a subtree under chrome counts as a candidate, against one outside it: under a structural
 * element (nav, aside, footer, hidden), under a page-wide form (ASP.NET), under a boilerplate name. */
const UNDER_TAG_CHROME = 0.1;
const UNDER_FORM = 0.6;
const UNDER_NAMED_CHROME = 0.3;

export interface SubtreeStats {
  /** Good text characters (no white space) anywhere in the subtree. */
  good: number;
  /** Good and bad text outside the chrome inside the subtree: what would be collected from it. */
  visibleGood: number;
  visibleBad: number;
  paragraphs: number;
  chrome: boolean;
}

export interface ScoreResult {
  root: Element | null;
  /** Good text of the chosen root. */
  good: number;
  /** 1 for a root outside chrome, less for one found under it. */
  rootWeight: number;
  paragraphs: number;
  stats: Map<Element, SubtreeStats>;
}

/** Good letters a named container needs before its name is trusted. */
const MIN_NAMED_GOOD = 200;
/** How much more text than its chunks an article's common ancestor may hold. */
const MAX_CHUNK_OVERHEAD = 1.2;
const MIN_TEASERS = 3;
const MAX_TEASER_LETTERS = 600;
const MIN_TEASER_LINK_SHARE = 0.12;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function letters(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 32 && c !== 160) n++;
  }
  return n;
}

interface Run {
  chars: number;
  link: number;
}

/** Tag and class names, without the per-item ones ("post-7816", "item-3"). */
function signature(el: Element): string {
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && !/\d/.test(c));
  return `${el.tagName}.${classes.sort().join('.')}`;
}

/** Three or more like items (same tag and class), each with a link and little text: a list of teasers
 * (headline link plus summary) for other pages, whose summaries would otherwise read as paragraphs. */
function isTeaserList(el: Element, stats: Map<Element, SubtreeStats>): boolean {
  if (el.childElementCount < MIN_TEASERS) return false;
  const kids = el.children;
  const bySignature = new Map<string, Element[]>();
  for (const k of kids) {
    const sig = signature(k);
    const list = bySignature.get(sig);
    if (list) list.push(k);
    else bySignature.set(sig, [k]);
  }
  let items: Element[] = [];
  for (const list of bySignature.values()) if (list.length > items.length) items = list;
  if (items.length < MIN_TEASERS || items.length < 0.6 * kids.length) return false;
  let teasers = 0;
  for (const item of items) {
    const st = stats.get(item);
    if (!st) continue;
    const total = st.visibleGood + st.visibleBad;
    if (st.visibleBad >= 8 && total <= MAX_TEASER_LETTERS && st.visibleBad / total >= MIN_TEASER_LINK_SHARE) teasers++;
  }
  return teasers >= 0.8 * items.length;
}

/**
 * A container named as the article body (itemprop=articleBody, .entry-content, .article-body …) is taken
 * over the best-scoring subtree, as trafilatura does: names are right far more often than text statistics on
 * pages that also carry teasers or a second article. Nested candidates keep the better-scoring one; among
 * the rest the first in the page with at least half the largest one's text wins (the page's own article
 * comes before "next article" blocks).
 */
function preferNamed(named: Element[], stats: Map<Element, SubtreeStats>, pageOrder: Map<Element, number>): Element | null {
  const net = (el: Element) => {
    const st = stats.get(el);
    return st ? st.visibleGood - st.visibleBad : 0;
  };
  const candidates = new Set(named.filter((el) => (stats.get(el)?.visibleGood ?? 0) >= MIN_NAMED_GOOD));
  // Of two nested candidates the one with less net text goes. Found by walking up from each candidate (depth is
  // capped) rather than by comparing every pair: a hostile page may name thousands of containers.
  const beaten = new Set<Element>();
  for (const el of candidates) {
    for (let up = el.parentElement; up; up = up.parentElement) {
      if (!candidates.has(up)) continue;
      if (net(up) > net(el)) beaten.add(el);
      else if (net(el) > net(up)) beaten.add(up);
    }
  }
  const kept = [...candidates].filter((el) => !beaten.has(el));
  if (!kept.length) return null;
  const good = (el: Element) => stats.get(el)?.visibleGood ?? 0;
  const largest = kept.reduce((max, el) => Math.max(max, good(el)), 0);
  const inOrder = kept.sort((a, b) => (pageOrder.get(a) ?? 0) - (pageOrder.get(b) ?? 0));
  const chosen = inOrder.find((el) => good(el) >= largest / 2);
  return chosen ? joinChunks(chosen, kept, good) : null;
}

/**
 * Some sites cut one article body into several like-named chunks with ads between them. When the chunks'
 * nearest common ancestor holds little besides them, it is the article.
 */
function joinChunks(chosen: Element, kept: Element[], good: (el: Element) => number): Element {
  const cls = chosen.getAttribute('class');
  const chunks = kept.filter((el) => el.getAttribute('class') === cls);
  if (chunks.length < 2) return chosen;
  let common: Element | null = chosen;
  while (common && !chunks.every((c) => common?.contains(c))) common = common.parentElement;
  if (!common) return chosen;
  const inChunks = chunks.reduce((sum, c) => sum + good(c), 0);
  return good(common) <= MAX_CHUNK_OVERHEAD * inChunks ? common : chosen;
}

export function scoreDocument(body: Element): ScoreResult {
  const stats = new Map<Element, SubtreeStats>();
  let best: Element | null = null;
  let bestScore = 0;
  let bestWeight = 1;
  const named: Element[] = [];
  /** Where each strongly named container starts in the page, to put them in page order. */
  const pageOrder = new Map<Element, number>();

  // Adds inline content's characters to `run`; inline elements rarely hold blocks, and when they do their
  // text still reads as one run.
  const inline = (el: Element, run: Run, inLink: boolean): void => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) {
        const c = letters((n as Text).data);
        run.chars += c;
        if (inLink) run.link += c;
      } else if (n.nodeType === ELEMENT_NODE) {
        const child = n as Element;
        if (!SKIP_TAGS.has(child.tagName)) inline(child, run, inLink || child.tagName === 'A');
      }
    }
  };

  const endRun = (s: SubtreeStats, run: Run): void => {
    if (run.chars >= MIN_PARAGRAPH && run.link / run.chars < MAX_LINK_DENSITY) {
      s.good += run.chars - run.link;
      s.visibleGood += run.chars - run.link;
      s.paragraphs++;
    }
    s.visibleBad += run.link;
    run.chars = 0;
    run.link = 0;
  };

  const visit = (el: Element, inherited: number, inNamed: boolean): SubtreeStats => {
    const names = classAndId(el);
    const strength = names || el.tagName === 'ARTICLE' || el.hasAttribute('itemprop') ? contentNameStrength(el, names) : 0;
    if (strength === 2) pageOrder.set(el, pageOrder.size);
    const tagChrome = CHROME_TAGS.has(el.tagName) || isHidden(el);
    const chrome = tagChrome || (names !== '' && looksLikeBoilerplate(el, names));
    // Chrome inside chrome (a teaser block inside a "nocontent" region) weighs less again.
    const weight = inherited * (!chrome ? 1 : el.tagName === 'FORM' ? UNDER_FORM : tagChrome ? UNDER_TAG_CHROME : UNDER_NAMED_CHROME);
    const s: SubtreeStats = { good: 0, visibleGood: 0, visibleBad: 0, paragraphs: 0, chrome };
    const run: Run = { chars: 0, link: 0 };
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) {
        run.chars += letters((n as Text).data);
        continue;
      }
      if (n.nodeType !== ELEMENT_NODE) continue;
      const child = n as Element;
      const tag = child.tagName;
      if (SKIP_TAGS.has(tag) || tag === 'BR') continue;
      // A link is link text even when it wraps blocks (a teaser card's <a><h3>…</h3><p>…</p></a>).
      if (tag === 'A' || (!isBlockTag(tag) && !hasBlockInside(child))) {
        inline(child, run, tag === 'A');
        continue;
      }
      endRun(s, run);
      const c = visit(child, weight, inNamed || strength === 2);
      s.good += c.good;
      // Recognized chrome is left out when the article's blocks are collected, so it costs an ancestor
      // nothing; it adds nothing either.
      if (!c.chrome) {
        s.visibleGood += c.visibleGood;
        s.visibleBad += c.visibleBad;
        s.paragraphs += c.paragraphs;
      }
    }
    endRun(s, run);
    // Inside a named article body a list of linked items is the article ("10 things you need to know").
    if (!chrome && !inNamed && isTeaserList(el, stats)) s.chrome = true;
    stats.set(el, s);
    if (strength === 2 && weight === 1 && !s.chrome) named.push(el);
    const score = s.visibleGood * (1 + (CONTENT_NAME_BONUS[strength] ?? 0)) - BAD_WEIGHT * s.visibleBad;
    // Text under chrome (comments, cookie dialogs, related lists) is rarely the article; it still can be when
    // a misnamed wrapper ("page-with-sidebar", ASP.NET's page-wide <form>) holds the whole page.
    const effective = s.chrome ? Math.min(weight, UNDER_NAMED_CHROME) : weight;
    if (effective * score > bestScore) {
      bestScore = effective * score;
      bestWeight = effective;
      best = el;
    }
    return s;
  };

  visit(body, 1, false);
  const namedPick = preferNamed(named, stats, pageOrder);
  const chosen = namedPick ?? (best as Element | null);
  const st = chosen ? stats.get(chosen) : undefined;
  const rootWeight = namedPick ? 1 : bestWeight;
  return { root: chosen, good: st?.visibleGood ?? 0, rootWeight, paragraphs: st?.paragraphs ?? 0, stats };
}
