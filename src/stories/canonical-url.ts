// One address per article, however it was linked: tracking parameters, AMP and mobile hosts and paths,
// «www.», the fragment, default ports, letter case in the host, percent-encoding of Persian slugs and
// trailing slashes do not make another article. The scheme stays: the address must still open. Short links (a redirect to the article) are resolved by fetching,
// which the HTTP client does; the address it ends at is canonicalized here like any other.

// Parameters that say where a reader came from, never which article they asked for.
const TRACKING = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|si|ref|ref_src|ref_url|referrer|source|src|cmpid|ocid|_ga|_gl|hsctatrack|mkt_tok|spm|from|share|shared|amp|amp_js_v|usqp|outputType|output|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|xtor|at_medium|at_campaign|s_cid|itm_[a-z_]+)$/i;
// Sub-domains that serve the same articles to phones or through AMP.
const MOBILE_HOST = /^(?:m|mobile|amp|www\.m|touch)\./i;
// Path segments that only select the AMP or print rendering of an article.
const AMP_SEGMENT = /^(?:amp|amphtml|mobile|print)$/i;

/** The canonical form of an article address; a string that is not an absolute http(s) URL comes back as it was. */
export function canonicalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return raw;
  url.hash = '';
  url.username = '';
  url.password = '';
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, '').replace(MOBILE_HOST, '');
  if (url.hostname.startsWith('www.')) url.hostname = url.hostname.slice(4);
  url.port = url.port === '80' || url.port === '443' ? '' : url.port;
  const segments = url.pathname.split('/').filter((s, i, all) => !(AMP_SEGMENT.test(s) && (i === all.length - 1 || i === 1)));
  let path = segments.join('/').replace(/\/{2,}/g, '/');
  // Persian slugs arrive encoded or not, in either case of hex digits: decode what is safe to decode.
  path = path.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      const decoded = decodeURIComponent(run);
      return /[/?#%\s]/.test(decoded) ? run.toUpperCase() : encodeURI(decoded);
    } catch {
      return run.toUpperCase();
    }
  });
  path = path.replace(/\/index\.(?:html?|php|aspx?)$/i, '/').replace(/\.amp(\.html?)?$/i, '$1');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  url.pathname = path || '/';
  const kept = [...url.searchParams].filter(([k]) => !TRACKING.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = '';
  for (const [k, v] of kept) url.searchParams.append(k, v);
  return url.href;
}
