export const PIN_MIN_LENGTH = 6;
export const PIN_MAX_LENGTH = 12;

/**
 * Decides whether a new PIN is acceptable; returns a reason code or null. Digits only, because curators
 * type it on a touchscreen PIN pad; long enough and not a pattern anyone would guess first.
 */
export function pinProblem(pin: string): 'PIN_NOT_DIGITS' | 'PIN_TOO_SHORT' | 'PIN_TOO_LONG' | 'PIN_TOO_SIMPLE' | null {
  if (!/^[0-9]*$/.test(pin)) return 'PIN_NOT_DIGITS';
  if (pin.length < PIN_MIN_LENGTH) return 'PIN_TOO_SHORT';
  if (pin.length > PIN_MAX_LENGTH) return 'PIN_TOO_LONG';
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => (d - digits[i]! + 10) % 10));
  // One repeated digit (000000), a run up or down (123456, 987654, 890123), or two digits alternating.
  if (steps.size === 1 && (steps.has(0) || steps.has(1) || steps.has(9))) return 'PIN_TOO_SIMPLE';
  if (new Set(digits).size <= 2) return 'PIN_TOO_SIMPLE';
  if (/^(19|20)\d\d(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/.test(pin)) return 'PIN_TOO_SIMPLE';
  return null;
}

/** The field problem each refusal shows beside the PIN field. */
export const PIN_FIELD_PROBLEM = {
  PIN_NOT_DIGITS: 'pin-not-digits',
  PIN_TOO_SHORT: 'pin-too-short',
  PIN_TOO_LONG: 'pin-too-long',
  PIN_TOO_SIMPLE: 'pin-too-simple',
} as const satisfies Record<NonNullable<ReturnType<typeof pinProblem>>, string>;

export const PIN_PROBLEM_MESSAGES: Record<NonNullable<ReturnType<typeof pinProblem>>, string> = {
  PIN_NOT_DIGITS: 'A PIN is made of digits only.',
  PIN_TOO_SHORT: `A PIN needs at least ${PIN_MIN_LENGTH} digits.`,
  PIN_TOO_LONG: `A PIN has at most ${PIN_MAX_LENGTH} digits.`,
  PIN_TOO_SIMPLE: 'That PIN is too easy to guess (repeated digits, a run such as 123456, or a date). Choose another.',
};
