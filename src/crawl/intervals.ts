export interface IntervalLimits {
  minIntervalSeconds: number;
  maxIntervalSeconds: number;
}

/**
 * After a good poll: poll busier sources sooner and quiet ones later, within bounds. `freshnessSeconds` is how long
 * the publisher says its feed stays fresh (Cache-Control max-age, RSS <ttl>): never poll sooner than that, but never
 * later than the upper bound either, so a feed claiming a week of freshness is still read every few hours.
 */
export function nextInterval(currentSeconds: number, newItems: number, limits: IntervalLimits, freshnessSeconds: number | null = null): number {
  const factor = newItems >= 5 ? 0.5 : newItems > 0 ? 0.8 : 1.5;
  const adaptive = Math.round(currentSeconds * factor);
  const next = freshnessSeconds ? Math.max(adaptive, freshnessSeconds) : adaptive;
  return Math.min(limits.maxIntervalSeconds, Math.max(limits.minIntervalSeconds, next));
}

/** After a failure: exponential backoff from one minute, capped, and never sooner than the server asked. */
export function backoffSeconds(consecutiveFailures: number, retryAfter: number | null, limits: IntervalLimits): number {
  const exp = Math.min(limits.maxIntervalSeconds, 60 * 2 ** Math.min(consecutiveFailures, 12));
  return Math.max(exp, retryAfter ?? 0);
}
