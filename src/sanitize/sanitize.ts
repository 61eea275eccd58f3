import sanitizeHtml from 'sanitize-html';

// Text structure, links and images only: nothing that runs, styles, frames, submits or loads without being seen.
const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'u', 'sub',
    'sup', 'a', 'img', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'hr', 'span',
    'div', 'q', 'cite', 'abbr', 'time', 'pre', 'code',
  ],
  allowedAttributes: {
    '*': ['dir', 'lang'],
    a: ['href', 'title'],
    img: ['src', 'alt', 'width', 'height'],
    time: ['datetime'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan'],
    abbr: ['title'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'template', 'svg', 'math', 'iframe', 'object'],
};

/**
 * The last step on any HTML Khabar stores or shows. Relative links are made absolute against `baseUrl` and every
 * link opens without handing the reader's page to the target.
 */
export function sanitizeArticleHtml(html: string, baseUrl?: string): string {
  return sanitizeHtml(html, {
    ...OPTIONS,
    transformTags: {
      a: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...(attribs.href ? { href: absolute(attribs.href, baseUrl) } : {}), rel: 'noopener noreferrer' },
      }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: { ...attribs, ...(attribs.src ? { src: absolute(attribs.src, baseUrl) } : {}) },
      }),
    },
    allowedAttributes: { ...OPTIONS.allowedAttributes, a: ['href', 'title', 'rel'] },
  });
}

function absolute(href: string, baseUrl?: string): string {
  if (!baseUrl) return href;
  try {
    return new URL(href.trim(), baseUrl).href;
  } catch {
    return href;
  }
}
