/** ECDSA P-256 check-in passes with WebCrypto, the same in browsers and Node 20. */
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNATURE = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface OfficeKey {
  keyId: string;
  privateKey: CryptoKey;
  publicJwk: { kty: 'EC'; crv: 'P-256'; x: string; y: string };
}

export interface PassPayload {
  v: 1;
  c: string;
  o: string;
  s: string;
  t: string;
  e: string;
}

export function base64UrlEncode(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function base64UrlDecode(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export async function generateOfficeKey(keyId: string): Promise<OfficeKey> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  return {
    keyId,
    privateKey: pair.privateKey,
    publicJwk: { kty: 'EC', crv: 'P-256', x: jwk.x ?? '', y: jwk.y ?? '' },
  };
}

export async function signPass(key: OfficeKey, payload: PassPayload) {
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  const signature = await crypto.subtle.sign(SIGNATURE, key.privateKey, bytes);
  return {
    payload: base64UrlEncode(bytes),
    signature: base64UrlEncode(new Uint8Array(signature)),
    keyId: key.keyId,
  };
}

/** The payload when the signature is the office's, otherwise null. */
export async function verifyPass(
  key: OfficeKey,
  pass: { payload: string; signature: string },
): Promise<PassPayload | null> {
  try {
    const bytes = base64UrlDecode(pass.payload);
    const publicKey = await crypto.subtle.importKey('jwk', key.publicJwk, ALGORITHM, false, [
      'verify',
    ]);
    const ok = await crypto.subtle.verify(
      SIGNATURE,
      publicKey,
      base64UrlDecode(pass.signature),
      bytes,
    );
    return ok ? (JSON.parse(new TextDecoder().decode(bytes)) as PassPayload) : null;
  } catch {
    return null;
  }
}

/** Reads a payload without trusting it, to learn which office's key should verify it. */
export function peekPayload(payload: string): Partial<PassPayload> | null {
  try {
    const parsed: unknown = JSON.parse(new TextDecoder().decode(base64UrlDecode(payload)));
    return parsed && typeof parsed === 'object' ? (parsed as Partial<PassPayload>) : null;
  } catch {
    return null;
  }
}
