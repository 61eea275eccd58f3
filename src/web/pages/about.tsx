import type { Context } from 'hono';
import type { WebDeps } from '../deps.ts';
import { AFFILIATION_FA, AFFILIATION_MEANING, AFFILIATION_ORDER } from '../views/affiliation.ts';
import { Layout } from '../views/layout.tsx';

export function aboutPage(deps: WebDeps) {
  return (c: Context) =>
    c.html(
      <Layout title="دربارهٔ «خبر»" site={deps.site} current="/about" description="«خبر» چیست، چگونه کار می‌کند و برچسب‌های گرایش رسانه‌ها چه معنایی دارند">
        <h1>دربارهٔ «خبر»</h1>
        <p>
          «خبر» گردآورندهٔ متن‌باز خبرهای فارسی است. خوراک و صفحه‌های خبرگزاری‌ها و رسانه‌های فارسی‌زبان را می‌خواند،
          متن فارسی را پاکیزه می‌کند (نیم‌فاصله، «ی» و «ک» فارسی، رقم‌ها) و هر خبر را با نام رسانه، تاریخ و پیوند به
          نسخهٔ اصلی‌اش نشان می‌دهد. خبرهایی را که چند رسانه از یک رویداد نوشته‌اند کنار هم می‌گذارد تا بتوان روایت
          رسانه‌های گوناگون را از یک رویداد مقایسه کرد.
        </p>
        <h2>سبک و امن</h2>
        <p>
          این صفحه‌ها بی‌جاوااسکریپت کار می‌کنند و هیچ چیزی از سایت دیگری بار نمی‌کنند؛ قلم وزیرمتن از همین سایت
          می‌آید. «خبر» کوکی نمی‌گذارد و خوانندگانش را دنبال نمی‌کند. تصویرهای خبرها در سایت منبع می‌مانند و پیوندشان
          آمده است.
        </p>
        <h2>برچسب گرایش رسانه‌ها</h2>
        <p>
          هر رسانه برچسبی دارد که مالکیت یا خط‌مشی آن را توصیف می‌کند و منبع عمومی این توصیف در صفحهٔ همان رسانه آمده
          است. برچسب داوری دربارهٔ درستی یا نادرستی خبرهای یک رسانه نیست.
        </p>
        <dl class="facts">
          {AFFILIATION_ORDER.filter((a) => a !== 'unknown').map((a) => (
            <>
              <dt>{AFFILIATION_FA[a]}</dt>
              <dd>{AFFILIATION_MEANING[a]}</dd>
            </>
          ))}
        </dl>
        <h2>تاریخ‌ها</h2>
        <p>
          تاریخ‌ها خورشیدی و به وقت تهران‌اند؛ خبرهای تازه با زمان نسبی («۵ دقیقه پیش») آمده‌اند و تاریخ میلادی هر خبر
          با نگه‌داشتن نشانگر روی تاریخ دیده می‌شود.
        </p>
        <h2>خوراک‌ها و API</h2>
        <ul>
          <li>
            خوراک تازه‌ترین خبرها: <a href="/rss.xml">RSS</a>، <a href="/atom.xml">Atom</a> و <a href="/feed.json">JSON Feed</a>؛
            صفحهٔ هر رسانه، هر دسته، هر ماجرا و هر جست‌وجو هم با <code dir="ltr">?format=rss</code>، <code dir="ltr">atom</code> یا{' '}
            <code dir="ltr">json</code> خوراک خودش را دارد.
          </li>
          <li>
            فهرست منابع برای خوراک‌خوان‌ها: <a href="/sources.opml">OPML</a>.
          </li>
          <li>
            API خواندنی به قالب JSON زیر <code dir="ltr">/api/v1</code>، با شرح کامل در{' '}
            <a href="/api/v1/openapi.json">openapi.json</a>.
          </li>
          <li>
            وضعیت سرویس: <a href="/healthz">healthz</a> و سنجه‌ها برای Prometheus در <a href="/metrics">metrics</a>.
          </li>
        </ul>
        <h2>راه‌اندازی</h2>
        <p>
          «خبر» نرم‌افزار آزاد (MIT) است و روی یک رایانه با <code dir="ltr">npm install && npm start</code> راه می‌افتد؛
          منابع در یک پروندهٔ تنظیمات‌اند و با OPML وارد و صادر می‌شوند.
        </p>
      </Layout>,
    );
}
