import type { Attribution } from '../model/types.ts';
import { fold } from './boilerplate.ts';

/** Maps the names outlets use for each other («ایسنا», «خبرگزاری دانشجویان ایران») to source slugs. */
export class SourceAliases {
  private readonly entries: { alias: string; slug: string }[];

  constructor(sources: { slug: string; nameFa: string; aliases?: string[] }[]) {
    this.entries = sources
      .flatMap((s) => [s.nameFa, ...(s.aliases ?? [])].map((a) => ({ alias: fold(a), slug: s.slug })))
      .filter((e) => e.alias.length > 1)
      .sort((a, b) => b.alias.length - a.alias.length);
  }

  /** The slug of the longest alias standing as whole words in `phrase`, or null. */
  resolve(phrase: string): string | null {
    const p = ` ${fold(phrase).replace(/[()«»"]/g, ' ').replace(/\s+/g, ' ')} `;
    return this.entries.find((e) => p.includes(` ${e.alias} `))?.slug ?? null;
  }
}

const DESK = /^(خبرنگار|گروه|سرویس|دبیر|خبرگزاری)\s+/;
const OPENING = /^به\s*گزارش\s+([^،,:]{2,120}?)\s*(?:[،,]\s*)?(?:به\s*نقل\s*از\s+([^،,:]{2,120}?))?\s*[،,:]/;
const QUOTE_ONLY = /^به\s*نقل\s*از\s+([^،,:]{2,120}?)\s*[،,]/;
const DATELINE = /^[\u0600-\u06FF ]{2,20}\s*[-–]\s*([\u0600-\u06FF ]{2,30}?)\s*[-–]/;

function nameFor(phrase: string, aliases: SourceAliases): string {
  const clean = fold(phrase).replace(/\s*\([^)]*\)\s*$/, '');
  return aliases.resolve(phrase) ?? clean.replace(DESK, '').trim();
}

/**
 * Reads «به گزارش X، به نقل از Y،», «به نقل از Y،» and «تهران- ایرنا-» openings. `reportedBy` is the outlet named by
 * «به گزارش» (or the publishing outlet when there is none); `quoting` the outlets it cites, original source last.
 */
export function parseAttribution(firstParagraph: string, aliases: SourceAliases, publisher: string | null): Attribution {
  const text = fold(firstParagraph);
  const opening = OPENING.exec(text);
  if (opening?.[1]) {
    let reporter = opening[1];
    const quoting: string[] = [];
    // «به گزارش همشهری آنلاین به نقل از ایرنا،» keeps the chain inside the first phrase.
    const inner = /^(.*?)\s+به\s*نقل\s*از\s+(.+)$/.exec(reporter);
    if (inner?.[1] && inner[2]) {
      reporter = inner[1];
      quoting.push(nameFor(inner[2], aliases));
    }
    if (opening[2]) quoting.push(nameFor(opening[2], aliases));
    return { reportedBy: nameFor(reporter, aliases), quoting };
  }
  const quote = QUOTE_ONLY.exec(text);
  if (quote?.[1]) return { reportedBy: publisher, quoting: [nameFor(quote[1], aliases)] };
  const dateline = DATELINE.exec(text);
  const agency = dateline?.[1] ? aliases.resolve(dateline[1]) : null;
  if (agency) return { reportedBy: agency, quoting: [] };
  return { reportedBy: publisher, quoting: [] };
}
