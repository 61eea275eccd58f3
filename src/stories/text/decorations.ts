// Headline decorations that say how an outlet packages a story, not what happened: «فوری |», «+ فیلم»,
// «(فیلم)», «/ عکس», and the outlet's own name as a prefix («سپهر خبر ::», «ایسنا |»).

const MEDIA = 'فوری|خبر فوری|فیلم|ویدئو|ویدیو|ویدئوها|عکس|عکس‌ها|تصاویر|گزارش تصویری|اینفوگرافیک|اینفوگرافی|صوت|پادکست|موشن‌گرافیک|کلیپ|زنده|لحظه به لحظه|جزئیات|جدول|نمودار|تکمیلی|به‌روزرسانی|اختصاصی';
const MEDIA_WORD = `(?:${MEDIA})`;

const PATTERNS: RegExp[] = [
  // «فوری | …», «فوری: …», «فیلم/ …», «عکس - …»
  new RegExp(`^\\s*${MEDIA_WORD}(?:\\s*[+و،]\\s*${MEDIA_WORD})*\\s*[|:：/\\-–—]+\\s*`, 'u'),
  // «… + فیلم», «… + فیلم و عکس», «… +عکس»
  new RegExp(`\\s*\\+\\s*${MEDIA_WORD}(?:\\s*[+و،]\\s*${MEDIA_WORD})*\\s*$`, 'u'),
  // «… (فیلم)», «(عکس) …», «[ویدئو]»
  new RegExp(`\\s*[(\\[]\\s*${MEDIA_WORD}(?:\\s*[+و،]\\s*${MEDIA_WORD})*\\s*[)\\]]\\s*`, 'gu'),
  // «… / فیلم», «… | عکس»
  new RegExp(`\\s*[|/]\\s*${MEDIA_WORD}\\s*$`, 'u'),
  // Legacy sites print «نام سایت :: تیتر».
  /^[^:|]{1,40}?\s*::\s*/u,
];

/** The marks a decoration is set off by (see PATTERNS, and the outlet patterns). */
const MARKS = /[|:：/\-–—+([]/u;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// The outlet-name patterns of one list of names, compiled once.
const compiled = new WeakMap<readonly string[], RegExp[]>();

function outletPatterns(names: readonly string[]): RegExp[] {
  let patterns = compiled.get(names);
  if (!patterns) {
    const alternatives = names
      .filter((n) => n.trim())
      .sort((a, b) => b.length - a.length)
      .map((n) => escapeRegExp(n.trim()).replace(/[\s\u200C]+/g, '[\\s\\u200C]*'))
      .join('|');
    patterns = alternatives
      ? // Not «:» — «ایران: …» is the country speaking, not the newspaper's name.
        [new RegExp(`^\\s*(?:${alternatives})\\s*[|\\-–—/]+\\s*`, 'u'), new RegExp(`\\s*[|\\-–—/]+\\s*(?:${alternatives})\\s*$`, 'u')]
      : [];
    compiled.set(names, patterns);
  }
  return patterns;
}

/** Runs of white space as one space, none at the ends. */
function tidySpaces(s: string): string {
  // Most headlines are spaced with single plain spaces already: the test is cheaper than the rewrite.
  return UNTIDY.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim();
}

/** White space that `tidySpaces` rewrites: two in a row, or any other than a plain space. */
const UNTIDY = /\s\s|[^\S ]/u;

/** Strips decorations; outlet names given in `outletNames` are removed when they prefix or suffix the headline. */
export function stripDecorations(title: string, outletNames: readonly string[] = []): string {
  let s = title.normalize('NFC');
  // Every pattern needs one of these marks: most headlines have none, and only their spaces are tidied.
  if (!MARKS.test(s)) return tidySpaces(s) || title.trim();
  const outlets = outletPatterns(outletNames);
  for (let pass = 0; pass < 3; pass++) {
    const before = s;
    for (const p of PATTERNS) s = s.replace(p, ' ');
    for (const p of outlets) s = s.replace(p, ' ');
    s = s.replace(/\s+/g, ' ').trim();
    if (s === before) break;
  }
  return s || title.trim();
}
