import type { Expr } from './python-expr.ts';

// Three-valued evaluation: an assertion about something Khabar does not keep (feedparser's `bozo`, `tagline`,
// `itunes_block`, …) is not applicable, and `A and B` with one side not applicable is decided by the other.

export const NA = Symbol('not applicable');

/** A value taken from Khabar's output, compared by what the field means (plain text, sanitized HTML, URL, …). */
export class Field {
  constructor(
    readonly kind: 'text' | 'html' | 'url' | 'id' | 'date' | 'charset' | 'author' | 'plain',
    readonly value: string | number | number[] | null,
  ) {}
}

/** A feedparser dictionary: `get` gives a value, NA for a key Khabar does not keep, or throws for a missing one. */
export interface Mapping {
  get(key: string | number): Value;
  readonly length?: number;
}

export class Dict {
  constructor(readonly entries: [Value, Value][]) {}
}

export type Fn = (args: Value[]) => Value;
export type Value = typeof NA | null | boolean | number | string | Value[] | Field | Mapping | Dict | Fn;

/** Python's KeyError or IndexError: the assertion fails. */
export class Missing extends Error {}

export interface EvalContext {
  names: Record<string, Value>;
  equals(field: Field, expected: Value): boolean | typeof NA;
  /** Set when a value from Khabar's output decided something. */
  touched: boolean;
}

type Tri = boolean | typeof NA;

const isMapping = (v: Value): v is Mapping => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Field) && !(v instanceof Dict) && 'get' in v;

function and(a: Tri, b: Tri): Tri {
  if (a === false || b === false) return false;
  return a === NA && b === NA ? NA : true;
}

function truthy(v: Value, ctx: EvalContext): Tri {
  if (v === NA) return NA;
  if (v instanceof Field) {
    ctx.touched = true;
    return Array.isArray(v.value) ? true : Boolean(v.value);
  }
  if (Array.isArray(v)) return v.length > 0;
  if (isMapping(v)) return (v.length ?? 1) > 0;
  return Boolean(v);
}

function equals(a: Value, b: Value, ctx: EvalContext): Tri {
  if (a === NA || b === NA) return NA;
  if (a instanceof Field && b instanceof Field) {
    ctx.touched = true;
    return JSON.stringify(a.value) === JSON.stringify(b.value);
  }
  if (a instanceof Field) return (ctx.touched = true), ctx.equals(a, b);
  if (b instanceof Field) return (ctx.touched = true), ctx.equals(b, a);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    let all: Tri = true;
    for (let i = 0; i < a.length; i++) {
      const r = equals(a[i] as Value, b[i] as Value, ctx);
      if (r === false) return false;
      if (r === NA) all = NA;
    }
    return all;
  }
  if (b instanceof Dict && isMapping(a)) return b.entries.reduce<Tri>((acc, [k, v]) => and(acc, equals(a.get(k as string), v, ctx)), NA);
  if (a instanceof Dict && isMapping(b)) return equals(b, a, ctx);
  if (isMapping(a) || isMapping(b)) return NA;
  return a === b;
}

function compare(op: string, a: Value, b: Value, ctx: EvalContext): Tri {
  switch (op) {
    case '==':
    case 'is':
      return equals(a, b, ctx);
    case '!=':
    case 'is not': {
      const r = equals(a, b, ctx);
      return r === NA ? NA : !r;
    }
    case 'in':
    case 'not in': {
      if (a === NA || b === NA || isMapping(b)) return NA;
      const hay = b instanceof Field ? ((ctx.touched = true), b.value) : b;
      const r = typeof hay === 'string' ? hay.includes(String(a instanceof Field ? a.value : a)) : Array.isArray(hay) ? hay.some((x) => equals(x as Value, a, ctx) === true) : NA;
      return r === NA ? NA : op === 'in' ? r : !r;
    }
    default: {
      const x = a instanceof Field ? a.value : a;
      const y = b instanceof Field ? b.value : b;
      if (typeof x !== 'number' || typeof y !== 'number') return NA;
      return op === '<' ? x < y : op === '>' ? x > y : op === '<=' ? x <= y : x >= y;
    }
  }
}

function index(target: Value, key: Value): Value {
  if (target === NA || key === NA) return NA;
  if (isMapping(target)) return target.get(key as string | number);
  if (Array.isArray(target) && typeof key === 'number') {
    const v = target[key < 0 ? target.length + key : key];
    if (v === undefined) throw new Missing(`index ${key}`);
    return v;
  }
  return NA;
}

export function evaluate(e: Expr, ctx: EvalContext): Value {
  switch (e.kind) {
    case 'lit':
      return e.value;
    case 'name':
      return e.name in ctx.names ? (ctx.names[e.name] as Value) : NA;
    case 'seq':
      return e.items.map((x) => evaluate(x, ctx));
    case 'dict':
      return new Dict(e.entries.map(([k, v]) => [evaluate(k, ctx), evaluate(v, ctx)]));
    case 'not': {
      const r = truthy(evaluate(e.arg, ctx), ctx);
      return r === NA ? NA : !r;
    }
    case 'neg': {
      const v = evaluate(e.arg, ctx);
      return typeof v === 'number' ? -v : NA;
    }
    case 'bool': {
      const a = truthy(evaluate(e.left, ctx), ctx);
      if (e.op === 'and' && a === false) return false;
      if (e.op === 'or' && a === true) return true;
      const b = truthy(evaluate(e.right, ctx), ctx);
      if (e.op === 'and') return and(a, b);
      return a === true || b === true ? true : a === NA && b === NA ? NA : false;
    }
    case 'compare': {
      let left = evaluate(e.first, ctx);
      let result: Tri = NA;
      for (const [op, next] of e.rest) {
        const right = evaluate(next, ctx);
        result = and(result, compare(op, left, right, ctx));
        if (result === false) return false;
        left = right;
      }
      return result;
    }
    case 'binary': {
      const a = evaluate(e.left, ctx);
      const b = evaluate(e.right, ctx);
      if (typeof a === 'string' && typeof b === 'string' && e.op === '+') return a + b;
      if (typeof a === 'number' && typeof b === 'number') return e.op === '+' ? a + b : a - b;
      return NA;
    }
    case 'index':
      return index(evaluate(e.target, ctx), evaluate(e.key, ctx));
    case 'attr': {
      const target = evaluate(e.target, ctx);
      if (!isMapping(target)) return NA;
      if (e.name === 'get') {
        return ((args: Value[]) => {
          try {
            return target.get(args[0] as string);
          } catch (err) {
            if (err instanceof Missing) return args[1] ?? null;
            throw err;
          }
        }) as Fn;
      }
      return target.get(e.name);
    }
    case 'call': {
      const fn = evaluate(e.fn, ctx);
      const args = e.args.map((a) => evaluate(a, ctx));
      return typeof fn === 'function' ? fn(args) : NA;
    }
  }
}

/** The verdict on one Expect line: true, false, or NA when nothing in it is about what Khabar keeps. */
export function verdict(e: Expr, ctx: EvalContext): Tri {
  let r: Tri;
  try {
    r = truthy(evaluate(e, ctx), ctx);
  } catch (err) {
    if (!(err instanceof Missing)) throw err;
    return false;
  }
  return ctx.touched ? r : NA;
}
