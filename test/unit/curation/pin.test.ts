import { describe, expect, it } from 'vitest';
import { hashPin, parsePinHash, verifyPin } from '../../../archive/curation/pin-hash';
import { pinProblem } from '../../../archive/curation/pin-policy';

describe('PIN hashing', () => {
  it('stores scrypt parameters, a per-hash salt and the key, and verifies only the right PIN', async () => {
    const stored = await hashPin('583920');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(stored).not.toContain('583920');
    expect(await verifyPin('583920', stored)).toBe(true);
    expect(await verifyPin('583921', stored)).toBe(false);
    expect(await verifyPin('', stored)).toBe(false);
  });

  it('salts each hash separately, so two curators with the same PIN have different hashes', async () => {
    const [a, b] = await Promise.all([hashPin('583920'), hashPin('583920')]);
    expect(a).not.toBe(b);
    expect(parsePinHash(a)!.salt.equals(parsePinHash(b)!.salt)).toBe(false);
  });

  it('treats full-width digits typed by an IME as the same PIN', async () => {
    expect(await verifyPin('５８３９２０', await hashPin('583920'))).toBe(true);
  });

  it.each([
    [''],
    ['bcrypt$x'],
    ['scrypt$16384$8$1$c2FsdA$'],
    ['scrypt$3$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['scrypt$2147483648$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['scrypt$16384$999$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5'],
    ['scrypt$16384$8$1$c2FsdHNhbHRzYWx0$a2V5a2V5a2V5a2V5a2V5a2V5$extra'],
  ])('never matches a malformed or tampered stored hash %j', async (stored) => {
    expect(parsePinHash(stored)).toBeNull();
    expect(await verifyPin('583920', stored)).toBe(false);
  });
});

describe('PIN policy', () => {
  it.each([
    ['583920', null],
    ['640271', null],
    ['12345', 'PIN_TOO_SHORT'],
    ['1234567890123', 'PIN_TOO_LONG'],
    ['12a456', 'PIN_NOT_DIGITS'],
    ['５８３９２０', 'PIN_NOT_DIGITS'],
    [' 583920', 'PIN_NOT_DIGITS'],
    ['000000', 'PIN_TOO_SIMPLE'],
    ['123456', 'PIN_TOO_SIMPLE'],
    ['987654', 'PIN_TOO_SIMPLE'],
    ['890123', 'PIN_TOO_SIMPLE'],
    ['121212', 'PIN_TOO_SIMPLE'],
    ['19500101', 'PIN_TOO_SIMPLE'],
  ])('%j → %s', (pin, problem) => {
    expect(pinProblem(pin)).toBe(problem);
  });
});
