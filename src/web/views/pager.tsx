import { toPersianDigits } from '../../persian/index.ts';

export const PAGE_SIZE = 30;

/** The page number asked for in `?page=`, within 1..1000. */
export function pageNumber(raw: string | undefined): number {
  return Math.max(1, Math.min(1000, Number.parseInt(raw ?? '1', 10) || 1));
}

/** Previous and next links for a list that was read one item past the page to know whether more follow. */
export function Pager({ path, page, more }: { path: string; page: number; more: boolean }) {
  if (page === 1 && !more) return null;
  const href = (n: number) => (n === 1 ? path : `${path}?page=${n}`);
  return (
    <nav class="pager" aria-label="صفحه‌ها">
      {page > 1 ? <a href={href(page - 1)} rel="prev">صفحهٔ قبل</a> : <span />}
      <span class="meta">صفحهٔ {toPersianDigits(String(page))}</span>
      {more ? <a href={href(page + 1)} rel="next">صفحهٔ بعد</a> : <span />}
    </nav>
  );
}
