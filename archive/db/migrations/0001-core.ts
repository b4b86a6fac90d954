// The core archive schema. Chinese (zh) is the source language and lives in plain columns so it can be
// sorted, indexed and searched directly; mn and en live in `translations`, one row per field and language,
// so a missing translation is an absent row (shown to curators as "missing") rather than an empty string.
export const sql = /* sql */ `
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;

CREATE TABLE media (
  sha256        TEXT PRIMARY KEY CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
  mime          TEXT NOT NULL CHECK (mime IN ('image/jpeg','image/png','image/webp','image/avif','image/tiff','image/gif')),
  ext           TEXT NOT NULL CHECK (ext IN ('jpg','png','webp','avif','tif','gif')),
  bytes         INTEGER NOT NULL CHECK (bytes > 0),
  width         INTEGER NOT NULL CHECK (width > 0),
  height        INTEGER NOT NULL CHECK (height > 0),
  alt           TEXT NOT NULL DEFAULT '',
  caption       TEXT NOT NULL DEFAULT '',
  credit        TEXT NOT NULL DEFAULT '',
  original_name TEXT NOT NULL DEFAULT '',
  sample        INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0,1)),
  created_at    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT;

-- Derivatives are regenerable from the original; they are tracked so 'verify' can prove each one exists.
CREATE TABLE media_derivatives (
  sha256  TEXT NOT NULL REFERENCES media(sha256) ON DELETE CASCADE,
  variant TEXT NOT NULL CHECK (variant IN ('thumb','screen')),
  mime    TEXT NOT NULL CHECK (mime IN ('image/webp','image/avif')),
  width   INTEGER NOT NULL,
  height  INTEGER NOT NULL,
  bytes   INTEGER NOT NULL,
  PRIMARY KEY (sha256, variant)
) STRICT;

CREATE TABLE collections (
  id          INTEGER PRIMARY KEY,
  slug        TEXT NOT NULL UNIQUE CHECK (slug GLOB '[a-z0-9]*' AND slug NOT GLOB '*[^a-z0-9-]*'),
  layout      TEXT NOT NULL DEFAULT 'portraits' CHECK (layout IN ('portraits','photos','timeline')),
  title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
  description TEXT NOT NULL DEFAULT '',
  sort_order  INTEGER NOT NULL DEFAULT 0,
  hidden      INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0,1)),
  cover_sha256 TEXT REFERENCES media(sha256) ON DELETE SET NULL,
  created_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
) STRICT;

CREATE TABLE exhibits (
  id             INTEGER PRIMARY KEY,
  -- Stable external key so a re-import updates instead of duplicating.
  uid            TEXT NOT NULL UNIQUE CHECK (length(uid) BETWEEN 1 AND 200),
  collection_id  INTEGER NOT NULL REFERENCES collections(id) ON DELETE RESTRICT,
  kind           TEXT NOT NULL DEFAULT 'person' CHECK (kind IN ('person','album','event','panel')),
  status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','published')),
  hidden         INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0,1)),
  sample         INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0,1)),
  sort_order     INTEGER NOT NULL DEFAULT 0,
  title          TEXT NOT NULL DEFAULT '',
  name           TEXT NOT NULL DEFAULT '',
  birth_year     INTEGER CHECK (birth_year BETWEEN 1800 AND 2100),
  death_year     INTEGER CHECK (death_year BETWEEN 1800 AND 2100),
  hometown       TEXT NOT NULL DEFAULT '',
  ethnicity      TEXT NOT NULL DEFAULT '',
  unit           TEXT NOT NULL DEFAULT '',
  honours        TEXT NOT NULL DEFAULT '',
  -- Date with precision: date_start/date_end are 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'.
  date_precision TEXT NOT NULL DEFAULT 'unknown' CHECK (date_precision IN ('unknown','year','month','day','range')),
  date_start     TEXT CHECK (date_start IS NULL OR date_start GLOB '[12][0-9][0-9][0-9]*'),
  date_end       TEXT CHECK (date_end IS NULL OR date_end GLOB '[12][0-9][0-9][0-9]*'),
  year           INTEGER GENERATED ALWAYS AS (CAST(substr(date_start, 1, 4) AS INTEGER)) VIRTUAL,
  place          TEXT NOT NULL DEFAULT '',
  body           TEXT NOT NULL DEFAULT '',
  topic          TEXT NOT NULL DEFAULT '',
  credit         TEXT NOT NULL DEFAULT '',
  rights         TEXT NOT NULL DEFAULT '',
  cover_sha256   TEXT REFERENCES media(sha256) ON DELETE SET NULL,
  created_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  updated_at     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  CHECK (length(trim(title)) > 0 OR length(trim(name)) > 0),
  CHECK (birth_year IS NULL OR death_year IS NULL OR birth_year <= death_year),
  CHECK ((date_precision = 'unknown') = (date_start IS NULL)),
  CHECK ((date_precision = 'range') = (date_end IS NOT NULL))
) STRICT;
CREATE INDEX exhibits_by_collection ON exhibits(collection_id, status, hidden, sort_order, id);
CREATE INDEX exhibits_by_year ON exhibits(year) WHERE year IS NOT NULL;

CREATE TABLE exhibit_tags (
  exhibit_id INTEGER NOT NULL REFERENCES exhibits(id) ON DELETE CASCADE,
  tag        TEXT NOT NULL CHECK (length(trim(tag)) > 0),
  PRIMARY KEY (exhibit_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX exhibit_tags_by_tag ON exhibit_tags(tag);

CREATE TABLE exhibit_media (
  exhibit_id INTEGER NOT NULL REFERENCES exhibits(id) ON DELETE CASCADE,
  sha256     TEXT NOT NULL REFERENCES media(sha256) ON DELETE RESTRICT,
  position   INTEGER NOT NULL,
  PRIMARY KEY (exhibit_id, sha256)
) STRICT, WITHOUT ROWID;
CREATE INDEX exhibit_media_by_sha ON exhibit_media(sha256);

-- mn/en text for any entity's field. entity_id is TEXT so media (keyed by sha256) fits too.
CREATE TABLE translations (
  entity       TEXT NOT NULL CHECK (entity IN ('collection','exhibit','media','figure')),
  entity_id    TEXT NOT NULL,
  field        TEXT NOT NULL,
  lang         TEXT NOT NULL CHECK (lang IN ('mn','en')),
  value        TEXT NOT NULL,
  -- Machine- or non-native-drafted text waits for a native speaker's confirmation.
  needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0,1)),
  updated_at   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  PRIMARY KEY (entity, entity_id, field, lang)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER exhibits_drop_translations AFTER DELETE ON exhibits BEGIN
  DELETE FROM translations WHERE entity = 'exhibit' AND entity_id = CAST(old.id AS TEXT);
END;
CREATE TRIGGER collections_drop_translations AFTER DELETE ON collections BEGIN
  DELETE FROM translations WHERE entity = 'collection' AND entity_id = CAST(old.id AS TEXT);
END;
CREATE TRIGGER media_drop_translations AFTER DELETE ON media BEGIN
  DELETE FROM translations WHERE entity = 'media' AND entity_id = old.sha256;
END;

-- Achievements in numbers: each figure is a reported number with its caption and source fact.
CREATE TABLE figures (
  id         INTEGER PRIMARY KEY,
  key        TEXT NOT NULL UNIQUE,
  value      REAL NOT NULL,
  unit       TEXT NOT NULL DEFAULT '',
  caption    TEXT NOT NULL CHECK (length(trim(caption)) > 0),
  source     TEXT NOT NULL DEFAULT '',
  sort_order INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TRIGGER figures_drop_translations AFTER DELETE ON figures BEGIN
  DELETE FROM translations WHERE entity = 'figure' AND entity_id = CAST(old.id AS TEXT);
END;

-- Corrections of the UI's own strings by curators (e.g. a native speaker confirming drafted Mongolian).
-- The catalogue ships with the renderer; a row here overrides one key in one language on every kiosk.
CREATE TABLE ui_string_overrides (
  lang       TEXT NOT NULL CHECK (lang IN ('zh','mn','en')),
  key        TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
  value      TEXT NOT NULL,
  reviewed   INTEGER NOT NULL DEFAULT 1 CHECK (reviewed IN (0,1)),
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  PRIMARY KEY (lang, key)
) STRICT, WITHOUT ROWID;

-- Every change by anyone: enough to show who did what and to revert it (a revert is itself a new row).
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  entity      TEXT NOT NULL,
  entity_id   TEXT NOT NULL,
  before_json TEXT CHECK (before_json IS NULL OR json_valid(before_json)),
  after_json  TEXT CHECK (after_json IS NULL OR json_valid(after_json)),
  reverts_id  INTEGER REFERENCES audit_log(id)
) STRICT;
CREATE INDEX audit_by_entity ON audit_log(entity, entity_id, id);

-- Visitor analytics stay on the kiosk: per-day counters, never personal data.
CREATE TABLE analytics_daily (
  day   TEXT NOT NULL,
  kind  TEXT NOT NULL CHECK (kind IN ('exhibit_view','search','search_zero','screen_view','session')),
  key   TEXT NOT NULL DEFAULT '',
  count INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (day, kind, key)
) STRICT, WITHOUT ROWID;
`;
