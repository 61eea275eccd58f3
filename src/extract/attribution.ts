// Who reported a story from whom, after ../shared/reference/attribution-patterns.md (A, E): «به گزارش X،»,
// «به گزارش X به نقل از Y،», «به نقل از Y،», «X گزارش داد:», datelines («تهران- ایرنا-») and «منبع: X» credits.
import type { Attribution } from '../model/types.ts';
import { fold } from './boilerplate.ts';

/** An outlet's name as matched: Persian letters, ZWNJ dropped («بی‌بی‌سی», «بيبيسي» and «بیبیسی» meet). */
function nameKey(s: string): string {
  return ` ${fold(s.replace(/\u200C/g, '')).replace(/[()«»"'“”]/g, ' ').replace(/\s+/g, ' ').trim()} `;
}

/** Maps the names outlets use for each other («ایسنا», «خبرگزاری دانشجویان ایران») to source slugs. */
export class SourceAliases {
  private readonly entries: { key: string; slug: string }[];

  constructor(sources: readonly { slug: string; nameFa: string; aliases?: readonly string[] }[]) {
    const entries = new Map<string, string>();
    for (const s of sources) {
      for (const name of [s.nameFa, ...(s.aliases ?? [])]) {
        // A name written with ZWNJ is also written with a space («بی بی سی»); both spellings count.
        for (const variant of [name, name.replace(/\u200C/g, ' ')]) {
          const key = nameKey(variant);
          if (key.trim().length > 1 && !entries.has(key)) entries.set(key, s.slug);
        }
      }
    }
    this.entries = [...entries].map(([key, slug]) => ({ key, slug })).sort((a, b) => b.key.length - a.key.length);
  }

  /** The slug of the longest name standing as whole words in `phrase`, or null. */
  resolve(phrase: string): string | null {
    const p = nameKey(phrase);
    return this.entries.find((e) => p.includes(e.key))?.slug ?? null;
  }

  /** True when `phrase` is exactly one of the known names (a site name in a page title). */
  isWholeName(phrase: string): boolean {
    const p = nameKey(phrase);
    return this.entries.some((e) => e.key === p);
  }
}

// The desk or reporter before the outlet's name: «خبرنگار سرویس فرهنگی خبرگزاری …», «گروه بین‌الملل …».
const DESK = /^(?:(?:خبرنگار|گروه|سرویس|دبیر|حوزه|میز)(?:\s+\S+){0,3}?\s+(?=خبرگزاری|پایگاه|روزنامه|باشگاه))|^(?:خبرنگار|گروه|سرویس)\s+/;
const OPENING = /^به\s*گزارش\s+([^،,:؛]{2,120}?)\s*(?:[،,]\s*)?(?:به\s*نقل\s*از\s+([^،,:؛]{2,120}?))?\s*[،,:؛]/;
const QUOTE_ONLY = /^به\s*نقل\s*از\s+([^،,:؛]{2,120}?)\s*[،,؛]/;
// A province desk after the outlet's name: «… صدا و سیمای استان خوزستان», «… صداوسیما مرکز کرمان».
const PROVINCE_DESK = /^(.+?)ی?\s+(?:استان|مرکز)\s+\S.*$/;
const REPORTED = /^([^،,:.]{2,60}?)\s+گزارش\s+(?:داد|می\s*دهد|کرد)\s*[:،,]/;
const DATELINE = /^[\u0600-\u06FF ]{2,20}\s*[-–]\s*([\u0600-\u06FF ]{2,30}?)\s*[-–]/;

function nameFor(phrase: string, aliases: SourceAliases): string {
  const known = aliases.resolve(phrase);
  if (known) return known;
  // An unknown outlet keeps its name as written, without the desk, a province desk or a trailing «(ایسنا)».
  const name = fold(phrase).replace(/\s*\([^)]*\)\s*$/, '').replace(/خبر\s+گزاری/g, 'خبرگزاری').replace(DESK, '').trim();
  return name.replace(PROVINCE_DESK, '$1');
}

/**
 * Reads the opening of an article. `reportedBy` is the outlet named by «به گزارش» (or by a dateline, a credit
 * line, or else the publishing outlet); `quoting` the outlets it cites, the original source last.
 */
export function parseAttribution(
  firstParagraph: string,
  aliases: SourceAliases,
  publisher: string | null,
  credits: readonly string[] = [],
): Attribution {
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
  const reported = REPORTED.exec(text);
  // Only an outlet's name as the whole subject: «ایسنا گزارش داد:», not «وزیر در گفت‌وگو با ایسنا گزارش داد».
  const subject = reported?.[1]?.replace(/^خبرگزاری\s+/, '') ?? '';
  const reportedSlug = reported?.[1] && (aliases.isWholeName(reported[1]) || aliases.isWholeName(subject)) ? aliases.resolve(reported[1]) : null;
  if (reportedSlug) return { reportedBy: reportedSlug, quoting: [] };
  const dateline = DATELINE.exec(text);
  const agency = dateline?.[1] ? aliases.resolve(dateline[1]) : null;
  if (agency) return { reportedBy: agency, quoting: [] };
  // An aggregator's «منبع: خبرگزاری ایسنا» names the outlet whose report the page carries.
  const credit = credits.length ? credits[credits.length - 1] : undefined;
  if (credit) return { reportedBy: nameFor(credit, aliases), quoting: [] };
  return { reportedBy: publisher, quoting: [] };
}
