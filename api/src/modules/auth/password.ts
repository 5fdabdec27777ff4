import { hash, verify } from '@node-rs/argon2';

/** argon2id (OWASP parameters: 19 MiB, 2 iterations). */
const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  // Hash something anyway so an unknown e-mail costs the same time as a wrong password.
  if (!passwordHash) {
    await hash(password, OPTIONS);
    return false;
  }
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Agents' passwords: at least 12 characters with a digit, an upper-case letter and a symbol (reference §1.13). */
export function passwordProblem(password: string): string | null {
  if (password.length < 12) return 'Au moins 12 caractères.';
  if (!/\d/.test(password)) return 'Au moins un chiffre.';
  if (!/[A-ZÀ-Ý]/.test(password)) return 'Au moins une majuscule.';
  if (!/[^\p{L}\p{N}]/u.test(password)) return 'Au moins un caractère spécial.';
  return null;
}
