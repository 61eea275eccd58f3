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

// One pass over a headline's characters answers what three passes did (normalizing it, and the MARKS and
// UNTIDY expressions), for a headline in the characters most are written in. What each character is:
const MARK = 1;
/** White space, as `\s` has it. */
const SPACE = 2;
/** A character NFC may change or join to its neighbour (outside the table: any but a few). */
const UNSTABLE = 4;
const KINDS = new Uint8Array(0x700);
for (let c = 0; c < 0x700; c++) {
  // Combining marks (the Arabic vowel signs among them) are reordered or composed by NFC; the other
  // characters below U+0700 are left as they are (see `decorations.test.ts`).
  const arabicMark =
    (c >= 0x610 && c <= 0x61a) || (c >= 0x64b && c <= 0x65f) || c === 0x670 || (c >= 0x6d6 && c <= 0x6dc) ||
    (c >= 0x6df && c <= 0x6e4) || c === 0x6e7 || c === 0x6e8 || (c >= 0x6ea && c <= 0x6ed);
  // From the combining marks to the Arabic block (Greek, Cyrillic, Armenian, Hebrew) are compositions and
  // singletons too: read the long way.
  KINDS[c] = arabicMark || (c >= 0x300 && c < 0x600) ? UNSTABLE : 0;
}
for (const c of '|:/-+([') KINDS[c.charCodeAt(0)] = MARK;
for (const c of [9, 10, 11, 12, 13, 32, 0xa0]) KINDS[c] = SPACE;

/** What a character above U+06FF is. */
function kindAbove(c: number): number {
  if (c === 0x2013 || c === 0x2014) return MARK;
  if ((c >= 0x2002 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0xfeff) return SPACE;
  return (c >= 0x2002 && c <= 0x206f) ? 0 : UNSTABLE;
}

/** True when NFC leaves the character as it is, and joins it to no neighbour (as `survey` reads it). */
export function stableUnderNfc(c: number): boolean {
  return !((c < 0x700 ? (KINDS[c] as number) : kindAbove(c)) & UNSTABLE);
}

const HAS_MARK = 1;
const UNTIDY_SPACE = 2;
const MAY_NORMALIZE = 4;

/** HAS_MARK: a MARKS character; UNTIDY_SPACE: what UNTIDY matches; MAY_NORMALIZE: NFC may change `s`. */
function survey(s: string): number {
  let out = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const kind = c < 0x700 ? (KINDS[c] as number) : kindAbove(c);
    if (kind & UNSTABLE) return MAY_NORMALIZE;
    if (kind & MARK) out |= HAS_MARK;
    if (kind & SPACE) {
      if (space || c !== 32) out |= UNTIDY_SPACE;
      space = true;
    } else space = false;
  }
  return out;
}

/** Strips decorations; outlet names given in `outletNames` are removed when they prefix or suffix the headline. */
export function stripDecorations(title: string, outletNames: readonly string[] = []): string {
  const found = survey(title);
  // A headline NFC leaves as it is is read as it is, and what the survey found holds for it.
  if (found & MAY_NORMALIZE) return stripNormalized(title.normalize('NFC'), title, outletNames);
  // Every pattern needs a mark: most headlines have none, and only their spaces are tidied.
  if (!(found & HAS_MARK)) return (found & UNTIDY_SPACE ? title.replace(/\s+/g, ' ').trim() : title.trim()) || title.trim();
  return stripNormalized(title, title, outletNames);
}

/** `stripDecorations` of `s`, the headline `title` normalized. */
function stripNormalized(s: string, title: string, outletNames: readonly string[]): string {
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
