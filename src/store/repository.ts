import type { Article } from '../model/types.ts';
import type { Store } from './store.ts';

type Promised<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : T[K];
};

/**
 * The repository every caller uses (crawler, web, CLI, workers): the methods of `Store`, each answering a
 * promise, and every article as an async stream. It is derived from `Store`, so a method added there is
 * a method here, and a driver that lacks it does not compile.
 *
 * Why two shapes: SQLite (better-sqlite3) answers synchronously and its tests and tools use it that way;
 * PostgreSQL answers over the network. Callers await either; `repositoryOf` lifts a synchronous store.
 */
export type Repository = Promised<Omit<Store, 'allArticles'>> & {
  allArticles(): AsyncIterable<Article>;
};

/** A synchronous store seen as a Repository: same object underneath, each answer wrapped in a promise. */
export function repositoryOf(store: Store): Repository {
  return new Proxy(store, {
    get(target, key) {
      if (key === 'allArticles') {
        return async function* () {
          yield* target.allArticles();
        };
      }
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        try {
          return Promise.resolve((value as (...a: unknown[]) => unknown).apply(target, args));
        } catch (err) {
          return Promise.reject(err);
        }
      };
    },
  }) as unknown as Repository;
}
