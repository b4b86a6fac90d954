// Curators and their sign-in. The PIN is stored only as a scrypt hash with its own salt and parameters
// ("scrypt$N$r$p$salt$hash"), so the cost can be raised later without invalidating existing PINs. The
// throttle row survives restarts: pulling the plug must not reset the growing delay after wrong PINs.
export const sql = /* sql */ `
CREATE TABLE curators (
  id              INTEGER PRIMARY KEY,
  name            TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) BETWEEN 1 AND 60),
  role            TEXT NOT NULL DEFAULT 'curator' CHECK (role IN ('curator','admin')),
  pin_hash        TEXT NOT NULL CHECK (pin_hash GLOB 'scrypt$*'),
  -- Set for PINs someone else chose (a new account, a reset, the demo admin): the owner must pick their own.
  must_change_pin INTEGER NOT NULL DEFAULT 1 CHECK (must_change_pin IN (0,1)),
  disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0,1)),
  created_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  last_sign_in_at TEXT
) STRICT;

CREATE TABLE sign_in_throttle (
  scope           TEXT PRIMARY KEY,
  failures        INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
  locked_until_ms INTEGER NOT NULL DEFAULT 0,
  last_failure_ms INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;

CREATE INDEX audit_by_reverts ON audit_log(reverts_id) WHERE reverts_id IS NOT NULL;
`;
