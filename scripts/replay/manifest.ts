// The gold set: for every article its outlet, URL, event, and the fields an extractor should recover.
// Expected text is the authored, correct Persian even where the page shows a damaged form.
import { aliasIndex, resolveAttribution } from './attribution.ts';
import { expectedText } from './html-body.ts';
import { isoUtc } from './jalali.ts';
import type { ContentFile } from './load.ts';
import type { Attribution, AuthoredArticle, Outlet, SiteArticle } from './model.ts';
import { templateFor } from './templates/index.ts';

export interface ManifestArticle {
  id: string;
  outlet: string;
  url: string;
  event: string;
  copyOf: string | null;
  defects: string[];
  expected: {
    title: string;
    kicker: string;
    lead: string;
    text: string;
    published: string;
    newsCode: string | null;
    section: string;
    tags: string[];
    related: string[];
    attribution: Attribution;
  };
}

export interface Manifest {
  outlets: Array<{ slug: string; nameFa: string; feedUrl: string }>;
  events: Record<string, { about: string; articles: string[] }>;
  articles: ManifestArticle[];
}

/** What the legacy site's spelling and encoding did to this article's text. */
function defectsOf(a: SiteArticle): string[] {
  if (a.outlet.family !== 'legacy') return [];
  const x: AuthoredArticle = a.authored;
  const all = [x.kicker, x.title, x.lead, ...x.body, ...(x.tags ?? [])].join('\n');
  const defects = ['windows-1256'];
  if (/[یک]/.test(all)) defects.push('arabic-letters');
  if (all.includes('\u200c')) defects.push('no-zwnj');
  if (/[۰-۹]/.test(all)) defects.push('latin-digits');
  return defects;
}

export function buildManifest(content: ContentFile[], outlets: Outlet[], all: SiteArticle[]): Manifest {
  const aliases = aliasIndex(outlets);
  const events: Manifest['events'] = {};
  for (const file of content) {
    for (const ev of file.events) events[ev.id] = { about: ev.about, articles: [] };
  }
  const articles = all.map((a): ManifestArticle => {
    const tmpl = templateFor(a.outlet.family);
    const x = a.authored;
    events[a.event]?.articles.push(a.id);
    return {
      id: a.id,
      outlet: a.outlet.slug,
      url: a.path,
      event: a.event,
      copyOf: a.copyOf,
      defects: defectsOf(a),
      expected: {
        title: x.title,
        kicker: tmpl.showsKicker ? x.kicker : '',
        lead: x.lead,
        text: expectedText(x.body),
        published: isoUtc(a.published),
        newsCode: tmpl.showsNewsCode ? a.code : null,
        section: x.section,
        tags: x.tags ?? [],
        related: a.readMore.map((r) => r.target.path),
        attribution: resolveAttribution(x.attribution, aliases),
      },
    };
  });
  return {
    outlets: outlets.map((o) => ({ slug: o.slug, nameFa: o.nameFa, feedUrl: o.feed.path })),
    events,
    articles,
  };
}
