// Search keeps its index in memory (it must answer 1–2 character queries and pinyin per keystroke, which
// SQLite's FTS5 cannot: see docs/search.md). What must live in the database is the record of what changed,
// written by triggers so that no write can slip past the index, whichever connection makes it: the
// curator's edits, a bulk import in a worker thread, a script, a restore. Each search first reads the
// log's tail and re-indexes the exhibits named since it last looked.
//
// exhibit_id NULL means "collections changed" (titles, visibility). The nonce (a random integer small enough
// to arrive in JavaScript exactly) lets a reader tell that the
// history it saw was replaced (a backup restored over the live file), in which case it rebuilds instead
// of trusting sequence numbers. Old rows are pruned by the search engine (archive/search/engine.ts), not by
// a trigger: a trigger on search_log would be compiled into every statement that writes an exhibit.
export const sql = /* sql */ `
CREATE TABLE search_log (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  exhibit_id INTEGER,
  nonce      INTEGER NOT NULL DEFAULT (abs(random() % 9007199254740991))
);
INSERT INTO search_log (exhibit_id) VALUES (NULL);

CREATE TRIGGER search_exhibit_insert AFTER INSERT ON exhibits BEGIN
  INSERT INTO search_log (exhibit_id) VALUES (new.id);
END;
CREATE TRIGGER search_exhibit_update AFTER UPDATE ON exhibits BEGIN
  INSERT INTO search_log (exhibit_id) VALUES (new.id);
  INSERT INTO search_log (exhibit_id) SELECT old.id WHERE old.id IS NOT new.id;
END;
CREATE TRIGGER search_exhibit_delete AFTER DELETE ON exhibits BEGIN
  INSERT INTO search_log (exhibit_id) VALUES (old.id);
END;

CREATE TRIGGER search_tag_insert AFTER INSERT ON exhibit_tags BEGIN
  INSERT INTO search_log (exhibit_id) VALUES (new.exhibit_id);
END;
CREATE TRIGGER search_tag_update AFTER UPDATE ON exhibit_tags BEGIN
  INSERT INTO search_log (exhibit_id) VALUES (new.exhibit_id);
  INSERT INTO search_log (exhibit_id) SELECT old.exhibit_id WHERE old.exhibit_id IS NOT new.exhibit_id;
END;
CREATE TRIGGER search_tag_delete AFTER DELETE ON exhibit_tags BEGIN
  INSERT INTO search_log (exhibit_id) VALUES (old.exhibit_id);
END;

CREATE TRIGGER search_photo_link_insert AFTER INSERT ON exhibit_media BEGIN
  INSERT INTO search_log (exhibit_id) VALUES (new.exhibit_id);
END;
CREATE TRIGGER search_photo_link_update AFTER UPDATE ON exhibit_media BEGIN
  INSERT INTO search_log (exhibit_id) VALUES (new.exhibit_id);
  INSERT INTO search_log (exhibit_id) SELECT old.exhibit_id WHERE old.exhibit_id IS NOT new.exhibit_id;
END;
CREATE TRIGGER search_photo_link_delete AFTER DELETE ON exhibit_media BEGIN
  INSERT INTO search_log (exhibit_id) VALUES (old.exhibit_id);
END;

CREATE TRIGGER search_photo_text_update AFTER UPDATE OF alt, caption ON media BEGIN
  INSERT INTO search_log (exhibit_id) SELECT exhibit_id FROM exhibit_media WHERE sha256 IN (old.sha256, new.sha256);
END;

CREATE TRIGGER search_translation_insert AFTER INSERT ON translations WHEN new.entity IN ('exhibit', 'media') BEGIN
  INSERT INTO search_log (exhibit_id) SELECT CAST(new.entity_id AS INTEGER) WHERE new.entity = 'exhibit';
  INSERT INTO search_log (exhibit_id) SELECT exhibit_id FROM exhibit_media WHERE new.entity = 'media' AND sha256 = new.entity_id;
END;
CREATE TRIGGER search_translation_update AFTER UPDATE ON translations BEGIN
  INSERT INTO search_log (exhibit_id) SELECT CAST(new.entity_id AS INTEGER) WHERE new.entity = 'exhibit';
  INSERT INTO search_log (exhibit_id) SELECT CAST(old.entity_id AS INTEGER) WHERE old.entity = 'exhibit' AND old.entity_id IS NOT new.entity_id;
  INSERT INTO search_log (exhibit_id) SELECT exhibit_id FROM exhibit_media WHERE 'media' IN (old.entity, new.entity) AND sha256 IN (old.entity_id, new.entity_id);
END;
CREATE TRIGGER search_translation_delete AFTER DELETE ON translations WHEN old.entity IN ('exhibit', 'media') BEGIN
  INSERT INTO search_log (exhibit_id) SELECT CAST(old.entity_id AS INTEGER) WHERE old.entity = 'exhibit';
  INSERT INTO search_log (exhibit_id) SELECT exhibit_id FROM exhibit_media WHERE old.entity = 'media' AND sha256 = old.entity_id;
END;

CREATE TRIGGER search_collection_insert AFTER INSERT ON collections BEGIN
  INSERT INTO search_log (exhibit_id) VALUES (NULL);
END;
CREATE TRIGGER search_collection_update AFTER UPDATE ON collections BEGIN
  INSERT INTO search_log (exhibit_id) VALUES (NULL);
END;
CREATE TRIGGER search_collection_delete AFTER DELETE ON collections BEGIN
  INSERT INTO search_log (exhibit_id) VALUES (NULL);
END;
`;
