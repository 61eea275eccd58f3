import { describe, expect, it } from 'vitest';
import { StoryClusterer } from './clusterer.ts';
import type { StoryInput } from './features.ts';

const T0 = Date.parse('2026-11-24T06:00:00Z');
const H = 3_600_000;

const quake = (id: string, source: string, hours: number, mag: string, extra = ''): StoryInput => ({
  id,
  source,
  published: T0 + hours * H,
  title: `زلزله ${mag} ریشتری زرند کرمان را لرزاند`,
  lead: `زمین‌لرزه‌ای به بزرگی ${mag} ریشتر بامداد امروز زرند در استان کرمان را لرزاند و چند روستا آسیب دید.`,
  text: `به گزارش ${source}، مدیرکل مدیریت بحران استان کرمان گفت زمین‌لرزه‌ای به بزرگی ${mag} ریشتر ساعت ۶ و ۱۰ دقیقه بامداد حوالی شهرستان زرند را لرزاند. تیم‌های ارزیاب هلال احمر به روستاهای اطراف اعزام شدند و خسارت به خانه‌های روستایی گزارش شده است. ${extra}`,
});

const budget = (id: string, source: string, hours: number, title: string): StoryInput => ({
  id,
  source,
  published: T0 + hours * H,
  title,
  lead: 'رئیس‌جمهور لایحه بودجه ۱۴۰۶ را با سقف ۹ هزار و ۸۰۰ همت تقدیم مجلس کرد؛ فروش روزانه ۱٫۳۵ میلیون بشکه نفت فرض شده است.',
  text: 'لایحه بودجه سال ۱۴۰۶ کل کشور امروز در جلسه علنی مجلس تقدیم نمایندگان شد. رئیس‌جمهور گفت بودجه با کسری کمتر و اتکای کمتر به نفت بسته شده و حقوق کارکنان دولت ۲۰ درصد افزایش می‌یابد. کمیسیون برنامه و بودجه بررسی لایحه را از شنبه آغاز می‌کند.',
});

describe('StoryClusterer', () => {
  it('groups reports of one event across outlets and keeps another event apart', () => {
    const c = new StoryClusterer();
    const a = c.add(budget('1', 'isna', 0, 'لایحه بودجه ۱۴۰۶ تقدیم مجلس شد')).placement;
    const b = c.add(budget('2', 'fars', 1, 'لایحه بودجه ۱۴۰۶؛ فروش روزانه ۱٫۳۵ میلیون بشکه نفت با نرخ ۵۸ دلار')).placement;
    const q = c.add(quake('3', 'tasnim', 2, '۵٫۱')).placement;
    expect(b.story).toBe(a.story);
    expect(q.story).not.toBe(a.story);
  });

  it('never merges look-alike events whose anchors clash', () => {
    const c = new StoryClusterer();
    const first = c.add(quake('1', 'irna', 0, '۴٫۷')).placement;
    const second = c.add(quake('2', 'tasnim', 20, '۵٫۱')).placement;
    expect(second.story).not.toBe(first.story);
    expect(second.duplicateOf).toBeNull();
  });

  it('marks a republished copy as a duplicate of its original, and a late older copy becomes the original', () => {
    const c = new StoryClusterer();
    const original = c.add(quake('1', 'tasnim', 1, '۵٫۱')).placement;
    const copy = c.add({ ...quake('2', 'sepehr', 2, '۵٫۱'), title: 'سپهر خبر :: زلزله 5.1 ريشتري زرند كرمان را لرزاند' }).placement;
    expect(copy).toEqual({ id: '2', story: original.story, duplicateOf: '1' });
    // Crawled late, an earlier copy of the same text: it becomes the group's original.
    const early = c.add({ ...quake('3', 'mehr', 0.5, '۵٫۱') });
    expect(early.placement).toEqual({ id: '3', story: original.story, duplicateOf: null });
    expect(early.changed).toEqual(
      expect.arrayContaining([
        { id: '1', story: original.story, duplicateOf: '3' },
        { id: '2', story: original.story, duplicateOf: '3' },
      ]),
    );
  });

  it('merges two stories an article bridges, keeping the older id', () => {
    const c = new StoryClusterer({ join: 0.25, merge: 0.25 });
    const kiln = 'باستان‌شناسان در کاوش نجات‌بخشی دو کوره سفالگری دوره اشکانی با سفال‌های لعاب‌دار یافتند.';
    const book = 'کتاب تاریخ شفاهی محله قدیمی بر پایه ۴۲ گفت‌وگو با ساکنان قدیمی منتشر و رونمایی شد.';
    const a = c.add({ id: 'a', source: 'x', published: T0, title: 'کوره سفالگری اشکانی کشف شد', text: kiln }).placement;
    const b = c.add({ id: 'b', source: 'y', published: T0 + H, title: 'کتاب تاریخ شفاهی رونمایی شد', text: book }).placement;
    expect(b.story).not.toBe(a.story);
    const bridge = c.add({
      id: 'c',
      source: 'z',
      published: T0 + 2 * H,
      title: 'کوره سفالگری اشکانی و کتاب تاریخ شفاهی',
      text: 'هم‌زمان با خبر کشف دو کوره سفالگری اشکانی با سفال لعاب‌دار، کتاب تاریخ شفاهی محله قدیمی هم رونمایی شد که بر ۴۲ گفت‌وگو با ساکنان تکیه دارد.',
    });
    expect(bridge.placement.story).toBe(a.story);
    expect(bridge.merged).toEqual([{ from: b.story, into: a.story }]);
    expect(bridge.changed).toContainEqual({ id: 'b', story: a.story, duplicateOf: null });
  });

  it('splits a story whose links no longer hold, and the group with its first article keeps the id', () => {
    const reports: StoryInput[] = [
      { id: '1', source: 'isna', published: T0, title: 'لایحه بودجه ۱۴۰۶ تقدیم مجلس شد', text: 'رئیس‌جمهور لایحه بودجه ۱۴۰۶ را امروز به مجلس داد و گفت بودجه با کسری کمتر بسته شده است.' },
      { id: '2', source: 'fars', published: T0 + H, title: 'بودجه ۱۴۰۶ با فروش روزانه نفت بسته شد', text: 'در لایحه بودجه ۱۴۰۶ که امروز به مجلس رسید فروش روزانه نفت ۱٫۳۵ میلیون بشکه فرض شده است.' },
      { id: '3', source: 'mehr', published: T0 + 2 * H, title: 'رئیس‌جمهور: بودجه ۱۴۰۶ با کسری کمتر بسته شد', text: 'رئیس‌جمهور هنگام تقدیم لایحه بودجه ۱۴۰۶ به مجلس گفت کسری بودجه کمتر و اتکا به نفت کمتر است.' },
    ];
    // Placed together as usual…
    const loose = new StoryClusterer();
    const stories = reports.map((r) => loose.add(r).placement.story);
    expect(new Set(stories).size).toBe(1);
    // …but with `keep` above any similarity, every link is found wanting at the first check.
    const strict = new StoryClusterer({ keep: 1.01 });
    const first = strict.add(reports[0] as StoryInput).placement;
    strict.add(reports[1] as StoryInput);
    const third = strict.add(reports[2] as StoryInput);
    expect(strict.stats.splits).toBeGreaterThan(0);
    expect(strict.doc('1')?.story.id).toBe(first.story);
    expect(third.changed.length).toBeGreaterThan(0);
    expect(third.changed.map((p) => p.story)).not.toContain(first.story);
  });

  it('restores placed articles and goes on numbering after them', () => {
    const c = new StoryClusterer({ firstStoryId: 1 });
    c.restore(quake('10', 'tasnim', 0, '۵٫۱'), 42, null);
    c.restore({ ...quake('11', 'sepehr', 1, '۵٫۱') }, 42, '10');
    expect(c.doc('11')?.duplicateOf?.key).toBe('10');
    expect(c.add(quake('12', 'mehr', 2, '۵٫۱', 'شمار مصدومان به ۹ نفر رسید.')).placement.story).toBe(42);
    expect(c.add(budget('13', 'isna', 3, 'لایحه بودجه ۱۴۰۶ تقدیم مجلس شد')).placement.story).toBe(43);
  });

  it('keeps an article fetched again in its story', () => {
    const c = new StoryClusterer();
    const first = c.add(budget('1', 'isna', 0, 'لایحه بودجه ۱۴۰۶ تقدیم مجلس شد')).placement;
    const again = c.add({ ...budget('1', 'isna', 0, 'لایحه بودجه ۱۴۰۶ با ۹۸۰۰ همت تقدیم مجلس شد') }).placement;
    expect(again.story).toBe(first.story);
    expect(c.size).toBe(1);
  });

  it('lets stories quiet for longer than the window leave memory', () => {
    const c = new StoryClusterer({ windowHours: 24 });
    for (let i = 0; i < 300; i++) {
      c.add({ id: String(i), source: 's', published: T0 + i * H, title: `خبر شماره ${i} دربارهٔ موضوع ${i * 7919}` });
    }
    expect(c.stats.evicted).toBeGreaterThan(0);
    expect(c.size).toBeLessThan(300);
  });
});
