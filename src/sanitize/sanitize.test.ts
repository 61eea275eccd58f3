import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from './sanitize.ts';

describe('sanitizeArticleHtml', () => {
  it('keeps text structure, dir and lang', () => {
    expect(sanitizeArticleHtml('<p dir="rtl" lang="fa">متن <strong>مهم</strong></p>')).toBe(
      '<p dir="rtl" lang="fa">متن <strong>مهم</strong></p>',
    );
  });
  it('drops scripts, handlers, styles, frames and forms', () => {
    const out = sanitizeArticleHtml(
      '<p onclick="x()" style="color:red">الف</p><script>alert(1)</script><iframe src="//x"></iframe><form><input></form><svg onload=alert(1)></svg>',
    );
    expect(out).toBe('<p>الف</p>');
  });
  it('refuses javascript: and data: links, even disguised', () => {
    const out = sanitizeArticleHtml('<a href=" jav&#x09;ascript:alert(1)">x</a><img src="data:image/svg+xml,<svg>">');
    expect(out).not.toMatch(/javascript|data:/i);
  });
  it('makes links absolute and safe to open', () => {
    expect(sanitizeArticleHtml('<a href="/news/1">خبر</a>', 'https://www.isna.ir/x')).toBe(
      '<a href="https://www.isna.ir/news/1" rel="noopener noreferrer">خبر</a>',
    );
  });
  it('keeps images with their alt text, made absolute; drops protocol-relative and styled sources', () => {
    expect(sanitizeArticleHtml('<figure><img src="/a.jpg" alt="ایستگاه سنجش" onerror="x()" style="width:1px"><figcaption>زیرنویس</figcaption></figure>', 'https://www.isna.ir/news/1')).toBe(
      '<figure><img src="https://www.isna.ir/a.jpg" alt="ایستگاه سنجش" /><figcaption>زیرنویس</figcaption></figure>',
    );
    expect(sanitizeArticleHtml('<a href="//evil.example/x">پیوند</a>')).toBe('<a rel="noopener noreferrer">پیوند</a>');
  });
});

