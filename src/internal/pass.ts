import type { CheckInKey, SignedPass } from '../api/types.js';

/**
 * The check-in pass as the receipt's QR code carries it and a desk scanner types it:
 * `<payload>.<signature>.<keyId>`, the three fields of the contract's SignedPass joined by dots
 * (base64url and key ids never contain one). A typed booking code (`ABCD-1234`) has no dot.
 */
export function passToText(pass: SignedPass): string {
  return `${pass.payload}.${pass.signature}.${pass.keyId}`;
}

/** The pass in a scanned text, or undefined when the text is not one (e.g. a typed code). */
export function passFromText(text: string): SignedPass | undefined {
  const parts = text.trim().split('.');
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) return undefined;
  const [payload, signature, keyId] = parts as [string, string, string];
  return { payload, signature, keyId };
}

/** What the office signs: `{"v":1,"c":code,"o":officeId,"s":serviceId,"t":start,"e":end}`. */
export interface PassClaims {
  v: number;
  c: string;
  o: string;
  s: string;
  t: string;
  e: string;
}

/** A typed code in the contract's form: `abcd 1234` → `ABCD-1234`; undefined when it cannot be. */
export function normalizeBookingCode(text: string): string | undefined {
  const compact = text.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return compact.length === 8 ? `${compact.slice(0, 4)}-${compact.slice(4)}` : undefined;
}

function base64UrlDecode(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/**
 * The claims of a pass whose signature the office key verifies (ECDSA P-256, SHA-256, over the
 * payload's bytes); undefined for a forged, altered or malformed pass, or another key's.
 */
export async function verifyPass(
  pass: SignedPass,
  key: CheckInKey,
): Promise<PassClaims | undefined> {
  if (pass.keyId !== key.keyId) return undefined;
  try {
    const publicKey = await crypto.subtle.importKey(
      'jwk',
      { ...key.jwk, ext: true },
      { name: 'ECDSA', namedCurve: 'P-256' },
      false,
      ['verify'],
    );
    const bytes = base64UrlDecode(pass.payload);
    const ok = await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      publicKey,
      base64UrlDecode(pass.signature),
      bytes,
    );
    if (!ok) return undefined;
    const claims = JSON.parse(new TextDecoder().decode(bytes)) as Partial<PassClaims>;
    const complete = ['c', 'o', 't', 'e'].every(
      (field) => typeof claims[field as keyof PassClaims] === 'string',
    );
    return complete && claims.o === key.officeId ? (claims as PassClaims) : undefined;
  } catch {
    return undefined;
  }
}
