import { describe, expect, it } from 'vitest';
import { readArticle } from './doc-reader.ts';
import type { StoryInput } from './features.ts';
import { DEFAULT_CLUSTER as OPTS } from './options.ts';
import { joinBar } from './scoring.ts';
import { Story } from './story-state.ts';
import { Vocabulary } from './vectors.ts';

const T0 = Date.parse('2026-11-24T06:00:00Z');
const vocab = new Vocabulary();
let seq = 0;
const read = (title: string, lead = '', text = '') => {
  const input: StoryInput = { id: String(seq), title, lead, text, source: 'isna', published: T0 + seq * 600_000 };
  return readArticle(input, OPTS, vocab, seq++);
};
/** A story of one article, and that article (the member a new one is placed on). */
const storyOf = (title: string, lead: string) => {
  const member = read(title, lead, lead);
  const story = new Story(seq);
  story.add(member);
  return { story, member };
};

describe('joinBar', () => {
  const dams = storyOf('ذخایر سدهای مشهد به کمتر از ۳ درصد رسید', 'ذخایر پنج سد تأمین‌کننده آب مشهد به کمتر از ۳ درصد رسیده و افت فشار شبانه آب ادامه دارد.');

  it('asks less of an article that names the story’s town, or a number in digits its member has', () => {
    const town = read('شب‌های بی‌آب در مشهد', 'افت فشار آب در ساعات شب در بیشتر محله‌های مشهد ادامه دارد.', 'متن خبر');
    expect(joinBar(OPTS, town, dams.story, dams.member)).toBe(OPTS.joinCorroborated);
    const share = read('ذخایر سدها به ۳ درصد رسید', 'کارشناسان از بحران آب می‌گویند.', 'متن خبر');
    expect(joinBar(OPTS, share, dams.story, dams.member)).toBe(OPTS.joinCorroborated);
    expect(OPTS.joinCorroborated).toBeLessThan(OPTS.join);
  });

  it('asks the full bar when the two share no town, person or number, or only a country', () => {
    const other = read('کم‌آبی در سدهای کشور', 'ذخایر سدهای کشور کاهش یافته است.', 'متن خبر');
    expect(joinBar(OPTS, other, dams.story, dams.member)).toBe(OPTS.join);
    const dnipro = storyOf('حمله پهپادی روسیه به کارخانه‌ای در دنیپرو اوکراین', 'هفت کارگر کشته شدند.');
    const bryansk = read('حمله پهپادی اوکراین به کارخانه‌ای در بریانسک روسیه', 'آتش‌سوزی در کارخانه مهار شد.', 'متن خبر');
    expect(joinBar(OPTS, bryansk, dnipro.story, dnipro.member)).toBe(OPTS.join);
  });

  it('asks more of a headline alone, and most of one that shares nothing', () => {
    expect(joinBar(OPTS, read('شب‌های بی‌آب در مشهد'), dams.story, dams.member)).toBe(OPTS.joinTitles);
    expect(joinBar(OPTS, read('کم‌آبی در سدهای کشور'), dams.story, dams.member)).toBe(OPTS.joinTitlesAlone);
  });
});
