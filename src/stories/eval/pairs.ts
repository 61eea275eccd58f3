import { existsSync, readFileSync } from 'node:fs';

export interface SentencePair {
  a: string;
  b: string;
  label: string;
}

export const PAIRS_DIR = new URL('../../../../shared/corpora/persian-pairs/', import.meta.url);
export const FARSTAIL = new URL('farstail/', PAIRS_DIR);
export const EXAPPC = new URL('exappc-sample/ExaPPC_2000.csv', PAIRS_DIR);

/** FarsTail's tab-separated files: premise, hypothesis, label (e, n, c), …; every split. */
export function farstailPairs(): SentencePair[] {
  const out: SentencePair[] = [];
  for (const name of ['Train-word.csv', 'Val-word.csv', 'Test-word.csv']) {
    const file = new URL(name, FARSTAIL);
    if (!existsSync(file)) continue;
    for (const [a, b, label] of parseCsv(readFileSync(file, 'utf8'), '\t').slice(1)) {
      if (a && b && label && /^[enc]$/.test(label.trim())) out.push({ a: a.trim(), b: b.trim(), label: label.trim() });
    }
  }
  return out;
}

/** Rows of an RFC 4180 CSV text (quoted fields may hold separators, quotes and line breaks). */
export function parseCsv(text: string, separator = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === separator) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** ExaPPC's sample: id, sentence1, sentence2, label (paraphrase, nonparaphrase). */
export function exappcPairs(): SentencePair[] {
  if (!existsSync(EXAPPC)) return [];
  return parseCsv(readFileSync(EXAPPC, 'utf8'))
    .slice(1)
    .filter((r) => r.length >= 4 && r[1] && r[2] && /^(non)?paraphrase$/.test((r[3] ?? '').trim()))
    .map((r) => ({ a: (r[1] ?? '').trim(), b: (r[2] ?? '').trim(), label: (r[3] ?? '').trim() }));
}
