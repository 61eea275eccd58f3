// The article body: paragraphs, sub-headings ("## " lines) and the read-more blocks placed between paragraphs.
import { esc } from './escape.ts';
import { link } from './html-blocks.ts';
import type { SiteArticle } from './model.ts';

export interface BodyMarkup {
  paragraph: (html: string) => string;
  heading: (html: string) => string;
  /** wraps the «بیشتر بخوانید: <a>…</a>» line */
  readMore: (labelHtml: string, linkHtml: string) => string;
  /** applied to every piece of text before escaping (the legacy site's spelling) */
  spell?: (text: string) => string;
}

export const SUBHEADING = /^##\s+/;

/** Body pieces in order, each already rendered. */
export function renderBody(a: SiteArticle, label: string, m: BodyMarkup): string[] {
  const spell = m.spell ?? ((t: string) => t);
  const out: string[] = [];
  a.authored.body.forEach((line, i) => {
    if (SUBHEADING.test(line)) out.push(m.heading(esc(spell(line.replace(SUBHEADING, '')))));
    else out.push(m.paragraph(esc(spell(line))));
    for (const r of a.readMore.filter((x) => x.after === i)) {
      out.push(m.readMore(esc(spell(label)), link(r.target.path, spell(r.target.authored.title))));
    }
  });
  return out;
}

/** The text the manifest expects: paragraphs and sub-headings (without "## "), as authored. */
export function expectedText(body: string[]): string {
  return body.map((line) => line.replace(SUBHEADING, '')).join('\n');
}
