// Places every authored article on its outlet's site: ids, news codes, URLs, short links, and the
// chrome chosen for it (read-more links, latest and most-viewed lists, reader comments).
import { assignCodes, shortToken } from './codes.ts';
import { commentsFor } from './comments.ts';
import type { ContentFile } from './load.ts';
import type { Outlet, ReadMore, SiteArticle, SiteArticlesByOutlet } from './model.ts';
import { SUBHEADING } from './html-body.ts';
import { pickSome, rng } from './prng.ts';
import { templateFor } from './templates/index.ts';

/** "event:outlet", with ":2", ":3" for an outlet's later updates in the same event. */
function articleIds(eventId: string, outlets: string[]): string[] {
  const seen = new Map<string, number>();
  return outlets.map((o) => {
    const n = (seen.get(o) ?? 0) + 1;
    seen.set(o, n);
    return n === 1 ? `${eventId}:${o}` : `${eventId}:${o}:${n}`;
  });
}

const byNewest = (a: SiteArticle, b: SiteArticle) =>
  b.published.getTime() - a.published.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function planSites(
  content: ContentFile[],
  outlets: Outlet[],
): { all: SiteArticle[]; sites: SiteArticlesByOutlet[] } {
  const outletBySlug = new Map(outlets.map((o) => [o.slug, o]));
  const all: SiteArticle[] = [];
  for (const file of content) {
    for (const ev of file.events) {
      const ids = articleIds(
        ev.id,
        ev.articles.map((a) => a.outlet),
      );
      ev.articles.forEach((authored, i) => {
        all.push({
          id: ids[i] as string,
          event: ev.id,
          authored,
          outlet: outletBySlug.get(authored.outlet) as Outlet,
          published: new Date(authored.published),
          code: '',
          path: '',
          shortPath: null,
          copyOf: authored.copyOf === undefined ? null : (ids[authored.copyOf] ?? null),
          readMore: [],
          latest: [],
          mostViewed: [],
          comments: [],
        });
      });
    }
  }
  const sites = outlets.map((outlet) => {
    const articles = all.filter((a) => a.outlet.slug === outlet.slug).sort(byNewest);
    placeOnSite(outlet, articles);
    return { outlet, articles };
  });
  return { all, sites };
}

function placeOnSite(outlet: Outlet, newestFirst: SiteArticle[]): void {
  const tmpl = templateFor(outlet.family);
  const oldestFirst = [...newestFirst].reverse();
  const codes = assignCodes(outlet.slug, oldestFirst);
  // Paths without a code (Euronews: date + title) could repeat; later articles get "-2", "-3" as CMSs do.
  const used = new Set<string>();
  oldestFirst.forEach((a, i) => {
    a.code = codes[i] as string;
    const path = tmpl.articlePath({
      outlet,
      code: a.code,
      title: a.authored.title,
      published: a.published,
      section: a.authored.section,
    });
    a.path = path;
    for (let n = 2; used.has(a.path); n++) a.path = `${path}-${n}`;
    used.add(a.path);
    a.shortPath = tmpl.hasShortLink ? `/${outlet.slug}/x${shortToken(a.code)}` : null;
  });
  // A snapshot of the site taken after its last article: the same sidebars on every page, minus the page itself.
  const popular = pickSome(rng(`popular:${outlet.slug}`), newestFirst, 6);
  for (const a of newestFirst) {
    a.latest = newestFirst.filter((x) => x !== a).slice(0, 8);
    a.mostViewed = popular.filter((x) => x !== a).slice(0, 5);
    a.readMore = chooseReadMore(a, newestFirst);
    a.comments = tmpl.hasComments ? commentsFor(a.id) : [];
  }
}

/**
 * 0–2 links to the same outlet's earlier articles (a page can only link to what already existed),
 * preferring the same event, then the same section; each placed after a different text paragraph,
 * never after the last line.
 */
function chooseReadMore(a: SiteArticle, newestFirst: SiteArticle[]): ReadMore[] {
  const rand = rng(`readmore:${a.id}`);
  const roll = rand();
  const wanted = roll < 0.3 ? 0 : roll < 0.75 ? 1 : 2;
  const earlier = newestFirst.filter((x) => x.published.getTime() < a.published.getTime());
  const rank = (x: SiteArticle) => (x.event === a.event ? 0 : x.authored.section === a.authored.section ? 1 : 2);
  const candidates = [...earlier].sort((x, y) => rank(x) - rank(y) || byNewest(x, y)).slice(0, 5);
  const body = a.authored.body;
  const slots = body.map((_line, i) => i).filter((i) => i < body.length - 1 && !SUBHEADING.test(body[i] as string));
  const count = Math.min(wanted, candidates.length, slots.length);
  const targets = pickSome(rand, candidates, count);
  const after = pickSome(rand, slots, count).sort((x, y) => x - y);
  return targets.map((target, i) => ({ target, after: after[i] as number }));
}
