// Readability on linkedom is slow and superlinear: it re-reads the page from its own HTML up to five times, makes a
// node of every character reference, and measures each candidate's text and links again and again. On hostile pages
// it took most of a minute (100,000 empty <p>, a megabyte of "<", 66,000 nested <a>). Its second opinion is asked
// only for pages within a budget of the work it will do, measured here in one pass; past it our reading stands.
//
// The limits are about twice the largest of the 181 pages of the ScrapingHub benchmark (after precleaning): 2,622
// nodes (1,378 elements), 18,605 for the elements' summed depth and 837,975 for the text's (characters times depth).
// Within them Readability takes about a second on a loaded machine; only 4 of those 181 pages ask it at all.

/** Elements and text nodes Readability will make, counting the two it makes of each escaped character. */
export const MAX_READABILITY_NODES = 5_000;
/** Sum of the depths of the elements: each measure of a subtree walks it. */
export const MAX_ELEMENT_DEPTH_SUM = 50_000;
/** Sum over text of its length times its depth: each ancestor reads it again. */
export const MAX_TEXT_DEPTH_SUM = 2_000_000;

export interface ReadabilityWork {
  nodes: number;
  elementDepthSum: number;
  textDepthSum: number;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Characters linkedom escapes when it writes text out (< > & and no-break space), each read back as two nodes. */
function escapedIn(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 60 || c === 62 || c === 38 || c === 160) n++;
  }
  return n;
}

/** The work Readability would do on the page under `root`; stops counting once a limit is passed. */
export function readabilityWork(root: Element): ReadabilityWork {
  const work: ReadabilityWork = { nodes: 0, elementDepthSum: 0, textDepthSum: 0 };
  const visit = (el: Element, depth: number): void => {
    work.nodes++;
    work.elementDepthSum += depth;
    for (let n = el.firstChild; n && withinBudget(work); n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) {
        const text = (n as Text).data;
        work.nodes += 1 + 2 * escapedIn(text);
        work.textDepthSum += text.length * depth;
      } else if (n.nodeType === ELEMENT_NODE) visit(n as Element, depth + 1);
    }
  };
  visit(root, 1);
  return work;
}

export function withinBudget(w: ReadabilityWork): boolean {
  return w.nodes <= MAX_READABILITY_NODES && w.elementDepthSum <= MAX_ELEMENT_DEPTH_SUM && w.textDepthSum <= MAX_TEXT_DEPTH_SUM;
}
