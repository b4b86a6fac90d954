// The content check's memory. A waiver names one finding by its key, which hashes the rule, the place and the
// offending text: edit the text and the waiver no longer applies, so a waived problem cannot quietly grow.
// Allowed terms are words curators confirmed are genuine (a camera maker in a caption, a unit's English name).
// Fingerprints cache each photo's perceptual hash so near-duplicate checks do not decode every image each time.
export const sql = /* sql */ `
CREATE TABLE lint_waivers (
  key       TEXT PRIMARY KEY CHECK (length(key) = 20),
  rule      TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  reason    TEXT NOT NULL CHECK (length(trim(reason)) >= 4),
  actor     TEXT NOT NULL,
  at        TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT, WITHOUT ROWID;

CREATE TABLE lint_allowed_terms (
  term  TEXT PRIMARY KEY COLLATE NOCASE CHECK (length(trim(term)) >= 2),
  note  TEXT NOT NULL DEFAULT '',
  actor TEXT NOT NULL,
  at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT, WITHOUT ROWID;

CREATE TABLE media_fingerprints (
  sha256 TEXT PRIMARY KEY REFERENCES media(sha256) ON DELETE CASCADE,
  dhash  TEXT NOT NULL CHECK (length(dhash) = 16)
) STRICT, WITHOUT ROWID;
`;
