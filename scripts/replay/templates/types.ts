// What every CMS family template provides: its URL scheme, which page furniture it has, and its pages.
import type { Outlet, SiteArticle } from '../model.ts';

export interface ArticlePathInput {
  outlet: Outlet;
  code: string;
  title: string;
  published: Date;
  section: string;
}

/** A home page or section page: a list of article teasers. */
export interface ListPage {
  outlet: Outlet;
  path: string;
  /** Persian section name, or null for the home page */
  section: string | null;
  /** newest first */
  articles: SiteArticle[];
}

export interface FamilyTemplate {
  /** decoded URL path of an article page */
  articlePath(input: ArticlePathInput): string;
  /** decoded URL path of a section list page, from the section's Latin key */
  sectionPath(outlet: Outlet, key: string): string;
  hasShortLink: boolean;
  /** whether pages show the روتیتر; when not, the manifest expects an empty kicker */
  showsKicker: boolean;
  /** whether pages show a news code (کد خبر or nastooh:code); when not, the manifest expects null */
  showsNewsCode: boolean;
  hasComments: boolean;
  /** label of in-body read-more blocks, e.g. «بیشتر بخوانید:» */
  readMoreLabel: string;
  articlePage(a: SiteArticle): string;
  listPage(page: ListPage): string;
}
