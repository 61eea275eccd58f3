export { sanitizeArticleHtml } from './sanitize.ts';
