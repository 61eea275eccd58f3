// The eight sections authored content uses, with the Latin keys sites put in section URLs.

export const SECTIONS: ReadonlyArray<{ fa: string; key: string }> = [
  { fa: 'سیاسی', key: 'politics' },
  { fa: 'اقتصادی', key: 'economy' },
  { fa: 'اجتماعی', key: 'society' },
  { fa: 'بین‌الملل', key: 'world' },
  { fa: 'ورزشی', key: 'sport' },
  { fa: 'فرهنگی', key: 'culture' },
  { fa: 'علمی', key: 'science' },
  { fa: 'حوادث', key: 'incidents' },
];

export function sectionKey(fa: string): string {
  return SECTIONS.find((s) => s.fa === fa)?.key ?? 'other';
}
