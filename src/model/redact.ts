// What must not be logged or published verbatim: a feed URL may carry a password (https://user:pass@host/feed) or a
// key in its query (?token=…, ?api_key=…), and error lines quote the URLs they failed on. The log writer
// (src/cli/log.ts) and everything the site and API publish about a source (src/web) go through these.

/** Query parameters whose values are secrets: tokens, keys, passwords, signatures, sessions. */
const SECRET_PARAM = /^(?:.*[_-])?(?:token|key|apikey|secret|password|passwd|pwd|pass|auth|authorization|sig|signature|session|sessionid|sid|credentials?|jwt)$/i;

// A URL in a sentence: punctuation right after it («…/rss: timed out», «(…/a?sid=9)») is the sentence's.
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]*[^\s"'<>.,:;!?)\]]/gi;

/** A URL with any user name and password replaced by `***` and the values of secret-looking parameters too. */
export function redactUrl(url: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*@)?([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(url);
  if (!m) return url;
  const [, scheme = '', userinfo, rest = '', query, fragment = ''] = m;
  const q = query
    ? `?${query
        .slice(1)
        .split('&')
        .map((pair) => {
          const eq = pair.indexOf('=');
          if (eq < 0) return pair;
          let name = pair.slice(0, eq);
          try {
            name = decodeURIComponent(name.replace(/\+/g, ' '));
          } catch {
            // a malformed escape: judge the name as written
          }
          return SECRET_PARAM.test(name) ? `${pair.slice(0, eq)}=***` : pair;
        })
        .join('&')}`
    : '';
  // A fragment holding parameters (#access_token=…) is dropped whole: nothing in it locates the failure.
  return `${scheme}${userinfo ? '***@' : ''}${rest}${q}${fragment.includes('=') ? '#***' : fragment}`;
}

/** A line of text (a log line, a source's last error) with every URL in it redacted. */
export function redactText(text: string): string {
  return text.includes('://') ? text.replace(URL_IN_TEXT, redactUrl) : text;
}
