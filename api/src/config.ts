import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Configuration, parsed once from the environment; invalid values stop the process at start. */
export interface Config {
  env: 'development' | 'test' | 'production';
  port: number;
  /** Set: a real PostgreSQL. Unset: the embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  /** Public base URL used in manage links sent to usagers. */
  publicUrl: string;
  jwtSecret: string;
  jwtIssuer: string;
  jwtAudience: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  manageTokenSecret: string;
  brevo: { apiKey: string | null; baseUrl: string | null; senderEmail: string; senderName: string; smsSender: string };
  /** Run the job worker inside the web process (default) or only in `npm run worker`. */
  runWorker: boolean;
  seedDemo: boolean;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} doit être un entier positif (reçu « ${raw} »)`);
  return n;
}

/** In development a random secret is kept in the data directory so tokens survive restarts. */
function devSecret(dataDir: string, name: string): string {
  const file = join(dataDir, `${name}.secret`);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const port = int('PORT', 3000);
  const dataDir = resolve(env.DATA_DIR ?? '.data');
  const secret = (name: string) => {
    const value = env[name];
    if (value) {
      if (value.length < 32) throw new Error(`${name} doit contenir au moins 32 caractères`);
      return value;
    }
    if (nodeEnv === 'production') throw new Error(`${name} est obligatoire en production`);
    return nodeEnv === 'test' ? `test-${name}-0123456789abcdef0123456789abcdef` : devSecret(dataDir, name.toLowerCase());
  };
  return {
    env: nodeEnv,
    port,
    databaseUrl: env.DATABASE_URL || null,
    dataDir,
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    jwtSecret: secret('JWT_SECRET'),
    jwtIssuer: env.JWT_ISSUER ?? 'creneau',
    jwtAudience: env.JWT_AUDIENCE ?? 'creneau-api',
    accessTokenTtlSeconds: Math.min(int('ACCESS_TOKEN_TTL_SECONDS', 900), 900),
    refreshTokenTtlDays: int('REFRESH_TOKEN_TTL_DAYS', 14),
    manageTokenSecret: secret('MANAGE_TOKEN_SECRET'),
    brevo: {
      apiKey: env.BREVO_API_KEY || null,
      baseUrl: env.BREVO_BASE_URL || null,
      senderEmail: env.BREVO_SENDER_EMAIL ?? 'ne-pas-repondre@creneau.example',
      senderName: env.BREVO_SENDER_NAME ?? 'Créneau',
      smsSender: env.BREVO_SMS_SENDER ?? 'Creneau',
    },
    runWorker: env.RUN_WORKER !== 'false',
    seedDemo: nodeEnv !== 'production' && env.SEED_DEMO !== 'false',
  };
}
