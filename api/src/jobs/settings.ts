/**
 * Job and delivery settings, read from the environment once when the queue starts.
 *
 * Retry schedule of a delivery (pg-boss exponential backoff with jitter): after failed attempt n
 * (n = 1 … retryLimit) the next one waits `retryDelay × 2^(n−1) × (1 + random[0,1))`. With the
 * defaults (retryLimit 14, retryDelay 16 s) that is 15 attempts: the first retry after 16–32 s,
 * then 32–64 s, 64–128 s, … the last after 36.4–72.8 h. The 14 waits add up to
 * 16 × (2¹⁴ − 1) = 262,128 s ≈ 72.8 h at least and 524,256 s ≈ 145.6 h (6.1 days) at most,
 * ≈ 109 h (4.5 days) on average. Then the message goes to the dead-letter queue, which
 * administrators see at GET /organisations/{id}/notifications/echecs.
 */
export interface JobSettings {
  retryLimit: number;
  retryDelaySeconds: number;
  /** How often an idle worker polls its queue (pg-boss minimum 0.5 s). */
  pollingIntervalSeconds: number;
  /** Parallel delivery workers in one process. */
  deliverConcurrency: number;
  /** Brevo HTTP timeout; must stay well under the delivery job's expiry (120 s). */
  providerTimeoutSeconds: number;
}

function num(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, integer = true): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min || n > max) {
    throw new Error(`${name} doit être un nombre${integer ? ' entier' : ''} entre ${min} et ${max} (reçu « ${raw} »)`);
  }
  return n;
}

export function jobSettings(env: NodeJS.ProcessEnv = process.env): JobSettings {
  return {
    retryLimit: num(env, 'NOTIFY_RETRY_LIMIT', 14, 0, 15),
    retryDelaySeconds: num(env, 'NOTIFY_RETRY_DELAY_SECONDS', 16, 1, 3600),
    pollingIntervalSeconds: num(env, 'JOBS_POLLING_INTERVAL_SECONDS', 2, 0.5, 60, false),
    deliverConcurrency: num(env, 'NOTIFY_DELIVER_CONCURRENCY', 2, 1, 32),
    providerTimeoutSeconds: num(env, 'BREVO_TIMEOUT_SECONDS', 20, 1, 90, false),
  };
}

/** Bounds of the total retry span (seconds) for a given setting: documented above, asserted in tests. */
export function retrySpanSeconds(s: Pick<JobSettings, 'retryLimit' | 'retryDelaySeconds'>): { min: number; max: number } {
  const min = s.retryDelaySeconds * (2 ** s.retryLimit - 1);
  return { min, max: 2 * min };
}
