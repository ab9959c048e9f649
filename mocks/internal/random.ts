/** Deterministic pseudo-randomness for seed data, real randomness for secrets. */

/** FNV-1a: a stable 32-bit hash of a string. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A number in [0, 1) that depends only on the seed and the key. */
export function seededFraction(seed: number, key: string): number {
  let x = hashString(`${seed}:${key}`) || 1;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  return (x >>> 0) / 0x1_0000_0000;
}

/** No 0/O, 1/I/L: booking codes are read aloud and typed by staff. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomString(alphabet: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export function newBookingCode(): string {
  return `${randomString(CODE_ALPHABET, 4)}-${randomString(CODE_ALPHABET, 4)}`;
}

export function newToken(): string {
  return randomString(TOKEN_ALPHABET, 32);
}

export function newId(prefix: string): string {
  return `${prefix}-${randomString(CODE_ALPHABET.toLowerCase(), 10)}`;
}
