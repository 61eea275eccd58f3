import { sanitizeArticleHtml } from '../../sanitize/index.ts';

const IMG = /<img\b[^>]*>/g;

function attr(tag: string, name: string): string {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

/**
 * An article's stored (sanitized) HTML made fit to show: pictures live on the outlet's host and the site loads nothing
 * from other hosts, so each becomes a link to the picture. Sanitizing stays the last step.
 */
export function displayHtml(html: string): string {
  if (!html.includes('<img')) return html;
  const linked = html.replace(IMG, (tag) => {
    const src = attr(tag, 'src');
    if (!src) return '';
    const alt = attr(tag, 'alt');
    return `<a href="${src}">تصویر در سایت منبع${alt ? `: ${alt}` : ''}</a>`;
  });
  return sanitizeArticleHtml(linked);
}
