import type Database from 'better-sqlite3';
import { ExhibitInput, KioskSettings } from '../api/contract';
import { recordChange } from '../audit/log';
import { CollectionInput, readCollectionInput, upsertCollection } from '../content/collection-write';
import { deleteExhibit, readExhibitInput, upsertExhibit } from '../content/exhibit-write';
import { writeSettings } from '../content/settings';
import { ArchiveError, isArchiveError } from '../errors';
import { SESSION_ACTIONS, auditRow, parseJson, revertibility, type AuditRow } from './audit-row';
import { applyCollectionOrder, applyExhibitOrder, deleteCollectionBySlug, type OrderSnapshot } from './collection-edit';
import { writeCuratorIdleMinutes } from './idle-setting';
import { removeUnusedMedia, restoreRemovedMedia, type MediaSnapshot } from './media-remove';
import { writeMediaText, type MediaText } from './media-text';
import { restoreFigureTranslation } from './review';
import { writeUiString, type UiStringRow } from './ui-strings';

export interface RevertResult {
  revertId: number;
  entity: string;
  entityId: string;
}

function laterChanges(db: Database.Database, row: AuditRow): number {
  return (
    db
      .prepare<[string, string, number, string], { n: number }>(
        `SELECT count(*) AS n FROM audit_log WHERE entity = ? AND entity_id = ? AND id > ? AND action NOT IN (SELECT value FROM json_each(?)) AND action NOT LIKE 'lint.%'`,
      )
      .get(row.entity, row.entity_id, row.id, JSON.stringify(SESSION_ACTIONS)) as { n: number }
  ).n;
}

/** Audit rows written before the collection writer kept full snapshots held the raw table row. */
function collectionSnapshot(v: unknown): CollectionInput {
  const o = v as Record<string, unknown>;
  if ('sort_order' in o) {
    return CollectionInput.parse({
      slug: o.slug,
      layout: o.layout,
      title: { zh: o.title },
      description: { zh: o.description ?? '' },
      sortOrder: o.sort_order,
      hidden: o.hidden === 1,
      cover: o.cover_sha256 ?? null,
    });
  }
  return CollectionInput.parse(o);
}

function restoreExhibit(db: Database.Database, id: number, target: ExhibitInput | null, actor: string): void {
  const current = readExhibitInput(db, id);
  if (target === null) {
    if (current) deleteExhibit(db, id, actor);
    return;
  }
  if (current) {
    upsertExhibit(db, { ...target, uid: current.uid }, actor);
    return;
  }
  const other = db.prepare<[string], { id: number }>('SELECT id FROM exhibits WHERE uid = ?').get(target.uid);
  if (other) throw new ArchiveError('REVERT_CONFLICT', `Exhibit ${other.id} now uses this exhibit’s key (${target.uid}), so it cannot come back under it. Undo or change exhibit ${other.id} first.`);
  const idFree = !db.prepare('SELECT 1 FROM exhibits WHERE id = ?').get(id);
  try {
    upsertExhibit(db, target, actor, idFree ? { id } : {});
  } catch (e) {
    if (isArchiveError(e) && e.code === 'UNKNOWN_COLLECTION') {
      throw new ArchiveError('REVERT_CONFLICT', `The collection "${target.collection}" this exhibit belonged to no longer exists. Bring the collection back first (undo its deletion), then undo this change.`);
    }
    throw e;
  }
}

function restoreCollection(db: Database.Database, id: number, target: CollectionInput | null, actor: string): void {
  const current = readCollectionInput(db, id);
  if (target === null) {
    if (current) deleteCollectionBySlug(db, current.slug, actor);
    return;
  }
  if (current && current.slug !== target.slug) throw new ArchiveError('REVERT_CONFLICT', 'The collection’s key has changed since; it cannot be put back automatically.');
  upsertCollection(db, target, actor);
}

function currentOrder(db: Database.Database, row: AuditRow, keys: readonly (string | number)[]): OrderSnapshot {
  if (row.entity === 'collections') {
    return db.prepare<[], { slug: string; sort_order: number }>('SELECT slug, sort_order FROM collections ORDER BY sort_order, id').all().map((r) => ({ key: r.slug, sortOrder: r.sort_order }));
  }
  return db
    .prepare<[string], { id: number; sort_order: number }>('SELECT id, sort_order FROM exhibits WHERE id IN (SELECT value FROM json_each(?)) ORDER BY sort_order, id')
    .all(JSON.stringify(keys))
    .map((r) => ({ key: r.id, sortOrder: r.sort_order }));
}

/** Puts whatever entry `row` changed back to its `before` state, through the normal logged writers. */
function applyBefore(db: Database.Database, root: string, row: AuditRow, actor: string): void {
  const before = parseJson(row.before_json);
  const after = parseJson(row.after_json);
  switch (row.action) {
    case 'exhibit.create':
    case 'exhibit.update':
    case 'exhibit.delete':
      return restoreExhibit(db, Number(row.entity_id), before === null ? null : ExhibitInput.parse(before), actor);
    case 'collection.create':
    case 'collection.update':
    case 'collection.delete':
      return restoreCollection(db, Number(row.entity_id), before === null ? null : collectionSnapshot(before), actor);
    case 'collection.reorder':
    case 'exhibit.reorder': {
      const target = (before as OrderSnapshot).filter((o) => row.entity === 'collections' || db.prepare('SELECT 1 FROM exhibits WHERE id = ?').get(Number(o.key)));
      const was = currentOrder(db, row, target.map((o) => o.key));
      if (row.entity === 'collections') applyCollectionOrder(db, target);
      else applyExhibitOrder(db, target);
      recordChange(db, { actor, action: row.action, entity: row.entity, entityId: row.entity_id, before: was, after: target });
      return;
    }
    case 'settings.update':
      if (row.entity_id === 'curator') return writeCuratorIdleMinutes(db, Number((before as { curatorIdleMinutes: number }).curatorIdleMinutes), actor);
      writeSettings(db, KioskSettings.parse(before), actor);
      return;
    case 'media.update':
      writeMediaText(db, row.entity_id, before as MediaText, actor);
      return;
    case 'media.add':
      return removeUnusedMedia(db, row.entity_id, actor);
    case 'media.remove':
      return restoreRemovedMedia(db, before as MediaSnapshot, root, actor);
    case 'ui_string.update': {
      const [lang, ...rest] = row.entity_id.split(':');
      const b = before as UiStringRow | null;
      writeUiString(db, lang as UiStringRow['lang'], rest.join(':'), b ? { value: b.value, reviewed: b.reviewed } : null, actor);
      return;
    }
    case 'translation.review':
      return restoreFigureTranslation(db, row.entity_id, before as { value: string; needsReview: boolean } | null, actor);
    default:
      void after;
      throw new ArchiveError('NOT_REVERTIBLE', revertibility(row.action) ?? 'This change cannot be undone from here.');
  }
}

/**
 * Undoes one logged change by writing its `before` state back as a new change (tagged with reverts_id);
 * nothing is erased. If later changes to the same thing exist, they would be undone too: that needs
 * `undoLaterChanges`, so a curator is never surprised.
 */
export function revertChange(db: Database.Database, root: string, auditId: number, actor: string, opts: { undoLaterChanges?: boolean } = {}): RevertResult {
  return db.transaction(() => {
    const row = auditRow(db, auditId);
    if (!row) throw new ArchiveError('NOT_FOUND', `There is no change number ${auditId} in the history.`);
    const why = revertibility(row.action);
    if (why) throw new ArchiveError('NOT_REVERTIBLE', why);
    const undone = db.prepare<[number], { id: number }>('SELECT id FROM audit_log WHERE reverts_id = ? ORDER BY id LIMIT 1').get(auditId);
    if (undone) throw new ArchiveError('ALREADY_REVERTED', `This change was already undone by change ${undone.id}. Undo that one to redo it.`, { revertedBy: undone.id });
    const later = laterChanges(db, row);
    if (later > 0 && !opts.undoLaterChanges) {
      throw new ArchiveError('REVERT_CONFLICT', `${later} later change${later === 1 ? '' : 's'} to the same thing would be undone too. Confirm to go back to how it was before this change.`, { later });
    }
    const mark = (db.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number }).id;
    applyBefore(db, root, row, actor);
    const written = db.prepare<[number], { id: number }>('SELECT id FROM audit_log WHERE id > ? ORDER BY id').all(mark);
    if (written.length === 0) {
      // Already as it was: still record that someone undid it, so the history reads true.
      const id = recordChange(db, { actor, action: 'audit.revert', entity: row.entity, entityId: row.entity_id, before: null, after: null, revertsId: auditId });
      return { revertId: id, entity: row.entity, entityId: row.entity_id };
    }
    db.prepare('UPDATE audit_log SET reverts_id = ? WHERE id > ?').run(auditId, mark);
    return { revertId: written[0]!.id, entity: row.entity, entityId: row.entity_id };
  })();
}
