// Small per-outlet habits inside a family: end markers, page-title suffixes, licence metadata.
import type { Outlet, SiteArticle } from './model.ts';
import { hash32 } from './prng.ts';
import { faDigits } from './persian.ts';

/** «انتهای پیام» and its variants, written after the text by the agencies that use them. */
export function endMarker(a: SiteArticle): string | null {
  switch (a.outlet.slug) {
    case 'isna':
    case 'irna':
      return 'انتهای پیام';
    case 'tasnim':
    case 'fars':
      // «انتهای پیام/» followed by the desk editor's code, as these agencies print it
      return `انتهای پیام/ ${faDigits(100 + (hash32(`editor:${a.id}`) % 900))}`;
    default:
      return null;
  }
}

/** The <title> of an article page: sites add their name in their own order. */
export function pageTitle(outlet: Outlet, title: string): string {
  switch (outlet.family) {
    case 'nastooh':
    case 'isna':
      return `${outlet.nameFa} | ${title}`;
    case 'legacy':
      return `${outlet.nameFa} :: ${title}`;
    default:
      return `${title} - ${outlet.nameFa}`;
  }
}

/** Mehr's licence, stated in a meta tag on every page. */
export const MEHR_COPYRIGHT =
  'All Content by Mehr News Agency is licensed under a Creative Commons Attribution 4.0 International License.';
