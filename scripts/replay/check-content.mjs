// Checks authored replay content files: schema, lengths, dates, letters. Usage: node check-content.mjs FILE...
import { readFileSync } from 'node:fs';

const OUTLETS = new Set(['isna', 'irna', 'mehr', 'khabaronline', 'hamshahri', 'tasnim', 'fars', 'tabnak', 'yjc',
  'bbc', 'radiofarda', 'euronews', 'independent', 'sepehr']);
const SECTIONS = new Set(['سیاسی', 'اقتصادی', 'اجتماعی', 'بین‌الملل', 'ورزشی', 'فرهنگی', 'علمی', 'حوادث']);
const FROM = Date.parse('2026-11-24T03:00:00Z');
const TO = Date.parse('2026-11-27T20:00:00Z');

let problems = 0;
let articles = 0;
const say = (where, msg) => { problems++; console.log(`${where}: ${msg}`); };

for (const file of process.argv.slice(2)) {
  let doc;
  try { doc = JSON.parse(readFileSync(file, 'utf8')); } catch (e) { say(file, `not JSON: ${e.message}`); continue; }
  if (!Array.isArray(doc.events)) { say(file, 'no "events" array'); continue; }
  for (const ev of doc.events) {
    const w = `${file} ${ev.id}`;
    if (!/^[a-z0-9-]+$/.test(ev.id ?? '')) say(w, 'bad id');
    if (!Array.isArray(ev.articles) || ev.articles.length === 0) { say(w, 'no articles'); continue; }
    ev.articles.forEach((a, i) => {
      articles++;
      const wa = `${w}[${i}] ${a.outlet}`;
      if (!OUTLETS.has(a.outlet)) say(wa, 'unknown outlet');
      const t = Date.parse(a.published);
      if (!/Z$/.test(a.published ?? '') || Number.isNaN(t) || t < FROM || t > TO) say(wa, `published out of range: ${a.published}`);
      if (!SECTIONS.has(a.section)) say(wa, `unknown section ${a.section}`);
      for (const k of ['kicker', 'title', 'lead']) if (typeof a[k] !== 'string') say(wa, `${k} missing`);
      if (!a.title || !a.lead) say(wa, 'empty title or lead');
      if (!Array.isArray(a.body) || a.body.length < 2) { say(wa, 'body needs paragraphs'); return; }
      const text = a.body.filter((p) => !p.startsWith('## ')).join(' ');
      const words = text.split(/\s+/).filter(Boolean).length;
      if (words < 80 || words > 400) say(wa, `body has ${words} words (80–400)`);
      const all = [a.kicker, a.title, a.lead, ...a.body, ...(a.tags ?? [])].join('\n');
      if (/[يك]/.test(all)) say(wa, 'Arabic ي or ك: write Persian ی and ک');
      if (/[0-9]/.test(all.replace(/[A-Za-z][A-Za-z0-9.-]*[0-9][A-Za-z0-9.-]*/g, ''))) say(wa, 'Latin digits in Persian text: use ۰–۹');
      if (/[٠-٩]/.test(all)) say(wa, 'Arabic-Indic digits: use Persian ۰–۹');
      if (/\bمی (?=[\u0600-\u06FF])/.test(all) && /(^|\s)(ن?می) (کند|شود|گوید|دهد|رود|کنند|شوند)/.test(all)) say(wa, '«می» written with a space: use ZWNJ');
      if (/(^|[\s«])(ن?می)(کند|شود|گوید|دهد|رود|کنند|شوند|باشد|توان)/.test(all)) say(wa, '«می» joined without ZWNJ');
      if (/"/.test(all)) say(wa, 'straight double quote: use «»');
      const at = a.attribution;
      if (!at || typeof at.reportedBy !== 'string' || !Array.isArray(at.quoting)) say(wa, 'attribution {reportedBy, quoting[]} missing');
      else {
        const first = a.body[0];
        if (/^به گزارش/.test(first) && !first.includes(at.reportedBy)) say(wa, `first paragraph does not name reportedBy «${at.reportedBy}»`);
        for (const q of at.quoting) if (!first.includes(q)) say(wa, `first paragraph does not name quoted «${q}»`);
      }
      if (a.copyOf !== undefined && !(Number.isInteger(a.copyOf) && a.copyOf >= 0 && a.copyOf < ev.articles.length && a.copyOf !== i)) say(wa, 'bad copyOf');
    });
  }
}
console.log(`${articles} articles checked, ${problems} problems`);
process.exit(problems ? 1 : 0);
