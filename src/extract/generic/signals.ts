// What markup says about a subtree. Class and id names are matched as whole words or word prefixes between
// "-", "_" and spaces, so "share-tools" and "post_related" match but "shared" inside "unshared" does not.
import { classAndId } from '../dom.ts';

/** Structural chrome: never the article's text. */
export const CHROME_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'MENU', 'DIALOG']);

// A word after "has-", "with-", "no-" … is a layout modifier ("has-sidebar", "and-w-sidebar"), not a block.
const word = (alternatives: string) =>
  new RegExp(`(?:^|[\\s_-])(?<!(?:has|with|w|no|and|hide|show|enable|without)[_-])(?:${alternatives})`);

// Page-wide classes on these ("one-sidebar", "tag-economy", "menu-type-dropdown") describe the page, not them.
const NEVER_CHROME_BY_NAME = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** Names of boilerplate blocks: sharing, related lists, comments, ads, newsletters, navigation aids. */
const BOILERPLATE_NAME = word(
  [
    'share', 'sharing', 'social', 'sociable', 'related', 'recommend', 'more-from', 'more-stories', 'morestories',
    'read-more', 'readmore', 'read-next', 'also-read', 'comment', 'disqus', 'respond', 'newsletter', 'subscri',
    'signup', 'sign-up', 'advert', 'ads?(?:$|[\\s_-])', 'ad-slot', 'adslot', 'adunit', 'dfp', 'sponsor', 'promo',
    'outbrain', 'taboola', 'breadcrumb', 'pagination', 'pager', 'sidebar', 'side-bar', 'widget', 'cookie', 'gdpr',
    'popup', 'modal', 'toolbar', 'print-', 'tags(?:$|[\\s_-])', 'tag-?list', 'tag-?cloud', 'keywords', 'author-bio',
    'author-box', 'bio-box', 'trending', 'most-popular', 'mostpopular', 'most-read', 'mostread', 'jump-link',
    'skip-link', 'visually-hidden', 'sr-only', 'screen-reader', 'hidden(?:$|[\\s_-])', 'nocontent', 'noprint',
    'masthead', 'site-header', 'site-footer', 'footer', 'menu', 'navbar', 'nav(?:$|[\\s_-])', 'byline', 'dateline',
    'timestamp', 'meta(?:$|[\\s_-])', 'post-meta', 'entry-meta', 'article-meta', 'credit', 'copyright', 'rating',
  ].join('|'),
);

/** Names that mark the article's own text. */
const CONTENT_NAME = word(
  [
    'article-?body', 'articlebody', 'article-?content', 'article-?text', 'story-?body', 'story-?content',
    'story-?text', 'entry-?content', 'entry-?body', 'post-?content', 'post-?body', 'post-?text', 'body-?text',
    'main-?content', 'content-?body', 'text-?body', 'news-?body', 'news-?text', 'item-?text', 'rich-?text',
    'article__body', 'article__content', 'story__body', 'td-post-content', 'field-?name-?body', 'text-content',
  ].join('|'),
);

/** The most reliable of those: a container so named is the article's text on nearly every site. */
const STRONG_CONTENT_NAME = word(
  [
    'article-?body', 'articlebody', 'article__body', 'story-?body', 'story__body', 'entry-?content', 'post-?content',
    'post-?body', 'article-?content', 'article__content', 'news-?body', 'td-post-content', 'field-?name-?body',
  ].join('|'),
);

/** True for an element whose name says it is boilerplate. */
export function looksLikeBoilerplate(el: Element, names = classAndId(el)): boolean {
  if (NEVER_CHROME_BY_NAME.has(el.tagName)) return false;
  return names !== '' && BOILERPLATE_NAME.test(names) && !CONTENT_NAME.test(names);
}

/** 2 for an itemprop=articleBody or a strong name, 1 for a weaker content name, 0 otherwise. */
export function contentNameStrength(el: Element, names = classAndId(el)): number {
  if (el.getAttribute('itemprop') === 'articleBody') return 2;
  if (names === '') return el.tagName === 'ARTICLE' ? 1 : 0;
  return STRONG_CONTENT_NAME.test(names) ? 2 : CONTENT_NAME.test(names) || el.tagName === 'ARTICLE' ? 1 : 0;
}

export function isHidden(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}
