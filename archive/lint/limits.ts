/** Thresholds of the content check, in one place so a museum can read (and argue with) them. */
export const LINT_LIMITS = {
  /** A photo whose longer side is below this looks blurred on a 1080p kiosk screen. */
  minLongSide: 600,
  minShortSide: 300,
  /** Dates before the Opium War or after today are almost always typing mistakes in this archive. */
  earliestYear: 1840,
  earliestBirthYear: 1860,
  maxAge: 115,
  /** Perceptual-hash distance (of 64 bits) at or below which two different files are the same picture. */
  nearDuplicateBits: 4,
  /** Near-duplicate comparison is pairwise; above this many photos it is skipped (and said so). */
  nearDuplicateMaxPhotos: 6_000,
  /** A suspicious Latin token inside Chinese text blocks publishing at this score (see scan-text.ts). */
  tokenScoreToBlock: 3,
  repeatedTokenCount: 3,
  reportFindings: 5_000,
} as const;
