// Start tags read from a page's source in one pass. A regular expression such as `<meta\s[^>]*>` looks for the ">"
// again from every "<meta" that has none after it, which is quadratic: 20,000 unclosed "<script " kept metadata
// reading busy for seconds. Here the next ">" is found once for all the "<" before it, and tags do not overlap.

export interface StartTag {
  /** From "<" to ">" inclusive. */
  tag: string;
  /** Index just past the ">". */
  end: number;
}

/** The start tags matched by `open` (a global, case-insensitive expression for "<name"), in page order. */
export function* startTags(source: string, open: RegExp): Generator<StartTag> {
  let gt = -2;
  open.lastIndex = 0;
  for (let m = open.exec(source); m; m = open.exec(source)) {
    if (gt < m.index) gt = source.indexOf('>', m.index);
    if (gt < 0) return;
    yield { tag: source.slice(m.index, gt + 1), end: gt + 1 };
    open.lastIndex = gt + 1;
  }
}
