import crypto from 'node:crypto';

/** scrypt cost: ~50 ms and 16 MiB on a kiosk's CPU, so guessing offline is slow and signing in is not. */
export const PIN_HASH_PARAMS = { N: 1 << 14, r: 8, p: 1, keyLength: 32, saltLength: 16 } as const;

interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

function scrypt(pin: string, salt: Buffer, keyLength: number, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    crypto.scrypt(pin.normalize('NFKC'), salt, keyLength, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 }, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** "scrypt$N$r$p$salt$hash" with base64url parts: the parameters travel with the hash. */
export async function hashPin(pin: string, params: ScryptParams = PIN_HASH_PARAMS): Promise<string> {
  const salt = crypto.randomBytes(PIN_HASH_PARAMS.saltLength);
  const key = await scrypt(pin, salt, PIN_HASH_PARAMS.keyLength, params);
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export function parsePinHash(stored: string): (ScryptParams & { salt: Buffer; key: Buffer }) | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  // Bounds keep a tampered row from making every sign-in allocate gigabytes.
  if (!Number.isInteger(Math.log2(N)) || N < 1024 || N > 1 << 20 || !(r >= 1 && r <= 32) || !(p >= 1 && p <= 16)) return null;
  const salt = Buffer.from(parts[4]!, 'base64url');
  const key = Buffer.from(parts[5]!, 'base64url');
  if (salt.length < 8 || key.length < 16) return null;
  return { N, r, p, salt, key };
}

/** Constant-time comparison; a malformed stored hash never matches. */
export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  const parsed = parsePinHash(stored);
  if (!parsed) return false;
  const key = await scrypt(pin, parsed.salt, parsed.key.length, parsed);
  return crypto.timingSafeEqual(key, parsed.key);
}

let decoy: Promise<string> | undefined;
/** A hash nobody's PIN matches, verified when no curator fits so a wrong name costs as long as a wrong PIN. */
export function decoyHash(): Promise<string> {
  decoy ??= hashPin(crypto.randomBytes(16).toString('hex'));
  return decoy;
}
