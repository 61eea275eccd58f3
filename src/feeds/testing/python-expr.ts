// A reader for the small part of Python that feedparser's test files use in their `Expect:` lines: boolean logic,
// comparisons (chained), subscripts, attributes, calls, + and -, and string/number/tuple/list/dict literals.

export type Expr =
  | { kind: 'lit'; value: string | number | boolean | null }
  | { kind: 'name'; name: string }
  | { kind: 'seq'; items: Expr[] }
  | { kind: 'dict'; entries: [Expr, Expr][] }
  | { kind: 'not'; arg: Expr }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'bool'; op: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'compare'; first: Expr; rest: [string, Expr][] }
  | { kind: 'binary'; op: '+' | '-'; left: Expr; right: Expr }
  | { kind: 'index'; target: Expr; key: Expr }
  | { kind: 'attr'; target: Expr; name: string }
  | { kind: 'call'; fn: Expr; args: Expr[] };

type Token = { t: 'str' | 'num' | 'name' | 'op'; v: string };

const TOKEN = /\s*(?:([urbURB]{0,2})("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(\d+\.\d*|\d+)|([A-Za-z_]\w*)|(==|!=|<=|>=|[-+<>()[\]{},:.%*]))/y;

function unescape(body: string, raw: boolean): string {
  if (raw) return body;
  return body.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[0-7]{1,3}|.)/g, (_, e: string) => {
    if (/^[uUx]/.test(e)) return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', v: '\v', 0: '\0' }[e] ?? `\\${e}`;
  });
}

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  while (at < src.length) {
    if (/^\s*$/.test(src.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(src);
    if (!m) throw new Error(`cannot read the expression at «${src.slice(at, at + 20)}»`);
    at = TOKEN.lastIndex;
    if (m[2]) {
      const quote = /^("""|''')/.test(m[2]) ? 3 : 1;
      out.push({ t: 'str', v: unescape(m[2].slice(quote, -quote), /r/i.test(m[1] ?? '')) });
    }
    else if (m[3]) out.push({ t: 'num', v: m[3] });
    else if (m[4]) out.push({ t: 'name', v: m[4] });
    else out.push({ t: 'op', v: m[5] ?? '' });
  }
  return out;
}

const COMPARE = new Set(['==', '!=', '<', '>', '<=', '>=', 'in', 'is']);

/** Parses one Expect expression. Throws on syntax it does not know. */
export function parseExpr(src: string): Expr {
  const toks = tokenize(src);
  let i = 0;
  const peek = (v?: string) => (v === undefined ? toks[i] : toks[i]?.v === v && toks[i]?.t !== 'str' ? toks[i] : undefined);
  const take = (v: string) => {
    if (!peek(v)) throw new Error(`expected «${v}» in ${src}`);
    i++;
  };
  /** Consumes the token when it is `v`. */
  const accept = (v: string): boolean => {
    if (!peek(v)) return false;
    i++;
    return true;
  };

  const orExpr = (): Expr => {
    let left = andExpr();
    while (accept('or')) left = { kind: 'bool', op: 'or', left, right: andExpr() };
    return left;
  };
  const andExpr = (): Expr => {
    let left = notExpr();
    while (accept('and')) left = { kind: 'bool', op: 'and', left, right: notExpr() };
    return left;
  };
  const notExpr = (): Expr => (accept('not') ? { kind: 'not', arg: notExpr() } : comparison());
  const comparison = (): Expr => {
    const first = sum();
    const rest: [string, Expr][] = [];
    for (;;) {
      const t = peek();
      if (t && t.t !== 'str' && COMPARE.has(t.v)) {
        i++;
        let op = t.v;
        if (op === 'is' && accept('not')) op = 'is not';
        rest.push([op, sum()]);
      } else if (peek('not') && toks[i + 1]?.v === 'in') {
        i += 2;
        rest.push(['not in', sum()]);
      } else break;
    }
    return rest.length ? { kind: 'compare', first, rest } : first;
  };
  const sum = (): Expr => {
    let left = unary();
    while (peek('+') || peek('-')) {
      const op = toks[i++]?.v as '+' | '-';
      left = { kind: 'binary', op, left, right: unary() };
    }
    return left;
  };
  const unary = (): Expr => (accept('-') ? { kind: 'neg', arg: unary() } : postfix());
  const postfix = (): Expr => {
    let e = atom();
    for (;;) {
      if (accept('[')) {
        e = { kind: 'index', target: e, key: orExpr() };
        take(']');
      } else if (accept('.')) e = { kind: 'attr', target: e, name: toks[i++]?.v ?? '' };
      else if (accept('(')) e = { kind: 'call', fn: e, args: list(')') };
      else return e;
    }
  };
  const list = (close: string): Expr[] => {
    const items: Expr[] = [];
    while (!peek(close)) {
      items.push(orExpr());
      if (!peek(close)) take(',');
    }
    take(close);
    return items;
  };
  const atom = (): Expr => {
    const t = toks[i++];
    if (!t) throw new Error(`unexpected end of ${src}`);
    if (t.t === 'str') {
      let value = t.v;
      while (toks[i]?.t === 'str') value += toks[i++]?.v ?? '';
      return { kind: 'lit', value };
    }
    if (t.t === 'num') return { kind: 'lit', value: Number(t.v) };
    if (t.t === 'name') {
      if (t.v === 'None') return { kind: 'lit', value: null };
      if (t.v === 'True' || t.v === 'False') return { kind: 'lit', value: t.v === 'True' };
      return { kind: 'name', name: t.v };
    }
    if (t.v === '(') {
      const items: Expr[] = [];
      let tuple = false;
      while (!peek(')')) {
        items.push(orExpr());
        if (accept(',')) tuple = true;
        else break;
      }
      take(')');
      return tuple || items.length === 0 ? { kind: 'seq', items } : (items[0] as Expr);
    }
    if (t.v === '[') return { kind: 'seq', items: list(']') };
    if (t.v === '{') {
      const entries: [Expr, Expr][] = [];
      while (!peek('}')) {
        const k = orExpr();
        take(':');
        entries.push([k, orExpr()]);
        if (!peek('}')) take(',');
      }
      take('}');
      return { kind: 'dict', entries };
    }
    throw new Error(`unexpected «${t.v}» in ${src}`);
  };

  const e = orExpr();
  if (i < toks.length) throw new Error(`unexpected «${toks[i]?.v}» in ${src}`);
  return e;
}
