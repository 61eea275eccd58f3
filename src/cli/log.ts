import { Writable } from 'node:stream';
import pino, { type Logger } from 'pino';
import { redactText } from './redact.ts';

const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** Plain one-line log records on stderr: «12:00:01 warn isna: <message>». */
function plainLines(): Writable {
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line) continue;
        try {
          const r = JSON.parse(line) as { level: number; time: number; msg?: string; source?: string; err?: { message?: string }; [k: string]: unknown };
          const time = new Date(r.time).toISOString().slice(11, 19);
          const who = r.source ? `${r.source}: ` : '';
          const extra = ['stored', 'failedPages', 'url', 'port', 'articles']
            .filter((k) => r[k] !== undefined)
            .map((k) => `${k}=${redactText(String(r[k]))}`)
            .join(' ');
          process.stderr.write(`${time} ${LEVELS[r.level] ?? r.level} ${who}${redactText(r.msg ?? r.err?.message ?? '')}${extra ? ` (${extra})` : ''}\n`);
        } catch {
          process.stderr.write(`${redactText(line)}\n`);
        }
      }
      done();
    },
  });
}

export function createLogger(level: string): Logger {
  return pino({ level, base: undefined }, plainLines());
}
