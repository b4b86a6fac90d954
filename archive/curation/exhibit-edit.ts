import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { ExhibitInput, type ExhibitForEdit, type ExhibitInputRaw, type PhotoText } from '../api/contract';
import { deleteExhibit, readExhibitInput, upsertExhibit } from '../content/exhibit-write';
import { loadMediaRefs } from '../content/media-refs';
import { ArchiveError } from '../errors';
import { fieldErrors, fieldProblem, fieldRefusal } from './field-errors';
import { readMediaText, writeMediaText } from './media-text';
import { publishBlocked, type Blockers } from './publish-check';

class Blocked extends Error {
  constructor(readonly findings: ReturnType<Blockers>) {
    super('blocked');
  }
}

const noBlockers: Blockers = () => [];

function updatedAt(db: Database.Database, id: number): string | undefined {
  return db.prepare<[number], { updated_at: string }>('SELECT updated_at FROM exhibits WHERE id = ?').get(id)?.updated_at;
}

export function exhibitForEdit(db: Database.Database, id: number): ExhibitForEdit {
  const exhibit = readExhibitInput(db, id);
  const at = updatedAt(db, id);
  if (!exhibit || !at) throw new ArchiveError('NOT_FOUND', `Exhibit ${id} does not exist (it may have been deleted; the change history can bring it back).`);
  const refs = loadMediaRefs(db, exhibit.media.map((m) => m.sha256));
  return { id, updatedAt: at, exhibit, photos: exhibit.media.flatMap((m) => refs.get(m.sha256) ?? []) };
}

/** A readable, unique key for exhibits made in the workspace (imports bring their own). */
export function newUid(now = new Date()): string {
  return `cur-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${crypto.randomBytes(4).toString('hex')}`;
}

/** New and moved exhibits go to the end of their collection. */
function nextSortOrder(db: Database.Database, slug: string): number {
  const row = db.prepare<[string], { n: number | null }>('SELECT max(e.sort_order) AS n FROM exhibits e JOIN collections c ON c.id = e.collection_id WHERE c.slug = ?').get(slug);
  return (row?.n ?? 0) + 10;
}

function lastActor(db: Database.Database, id: number): string {
  return db.prepare<[string], { actor: string }>(`SELECT actor FROM audit_log WHERE entity = 'exhibit' AND entity_id = ? ORDER BY id DESC LIMIT 1`).get(String(id))?.actor ?? 'someone';
}

/** Refuses to overwrite a version newer than the one the form was loaded from. */
export function checkBase(db: Database.Database, id: number, base: string | null): void {
  const current = updatedAt(db, id);
  if (!current) throw new ArchiveError('NOT_FOUND', `Exhibit ${id} was deleted while you were editing it. Your changes are still in the form: save them as a new exhibit, or restore it from the change history.`);
  if (base !== null && base !== current) {
    throw new ArchiveError('EDIT_CONFLICT', `Someone else (${lastActor(db, id).split(':').pop()}) saved this exhibit after you opened it. Your changes are still in the form; reload to see theirs.`, {
      updatedAt: current,
    });
  }
}

export interface SaveExhibitRequest {
  id: number | null;
  baseUpdatedAt: string | null;
  exhibit: ExhibitInputRaw;
  photos: PhotoText[];
}

/**
 * Saves the whole form in one transaction: the exhibit through the content writer (which logs before/after
 * snapshots) and each photo's words through the media-text writer (logged too).
 */
/**
 * Publishing (or editing what is already published) is checked by the content check: a draft asked to be
 * published is saved as a draft and the refusal names the problems; a change to a published exhibit that
 * would put a problem in front of visitors is not saved at all.
 */
export function saveExhibitForm(db: Database.Database, req: SaveExhibitRequest, actor: string, blockers: Blockers = noBlockers): ExhibitForEdit {
  let refused: ReturnType<Blockers> | null = null;
  const out = db.transaction(() => {
    const raw = { ...(req.exhibit as Record<string, unknown>) };
    if (req.id !== null) {
      checkBase(db, req.id, req.baseUpdatedAt);
      const current = readExhibitInput(db, req.id)!;
      raw.uid = current.uid;
      // The order is set by sorting, not by the form: a form opened before a re-sort must not undo it.
      raw.sortOrder = current.collection === raw.collection ? current.sortOrder : nextSortOrder(db, String(raw.collection));
    } else {
      if (typeof raw.uid !== 'string' || !raw.uid.trim()) raw.uid = newUid();
      else if (db.prepare('SELECT 1 FROM exhibits WHERE uid = ?').get(raw.uid.trim())) {
        throw fieldRefusal('uid', fieldProblem('uid-taken', `Another exhibit already has the key "${raw.uid.trim()}".`, { uid: raw.uid.trim() }));
      }
      raw.sortOrder = nextSortOrder(db, String(raw.collection));
    }
    const parsed = ExhibitInput.safeParse(raw);
    if (!parsed.success) throw fieldErrors('exhibit', parsed.error);
    const input = parsed.data;
    const known = new Set(input.media.map((m) => m.sha256));
    for (const p of req.photos) {
      if (!known.has(p.sha256)) throw fieldRefusal('media', fieldProblem('photos-out-of-step', 'Photo words were sent for a photo that is not on this exhibit; reload.'));
    }
    const wasPublished = req.id !== null && readExhibitInput(db, req.id)!.status === 'published';
    const write = (status: ExhibitInput['status']) => {
      const { id } = upsertExhibit(db, { ...input, status, media: input.media.map((m) => ({ sha256: m.sha256 })) }, actor);
      for (const p of req.photos) {
        if (!readMediaText(db, p.sha256)) continue;
        writeMediaText(db, p.sha256, { alt: p.alt, caption: p.caption, credit: p.credit }, actor);
      }
      return id;
    };
    if (input.status !== 'published') return exhibitForEdit(db, write(input.status));
    try {
      // A savepoint: a refused publication leaves no trace of having been published.
      return exhibitForEdit(
        db,
        db.transaction(() => {
          const id = write('published');
          const found = blockers(db, id);
          if (found.length) throw new Blocked(found);
          return id;
        })(),
      );
    } catch (e) {
      if (!(e instanceof Blocked)) throw e;
      if (wasPublished) throw publishBlocked(e.findings, 'not-saved');
      refused = e.findings;
      return exhibitForEdit(db, write('draft'));
    }
  })();
  if (refused) throw publishBlocked(refused, 'saved-as-draft');
  return out;
}

/** Changes only the status or the hidden flag, through the same logged writer. */
export function patchExhibit(db: Database.Database, id: number, patch: { status?: 'draft' | 'published'; hidden?: boolean }, actor: string, blockers: Blockers = noBlockers): ExhibitForEdit {
  return db.transaction(() => {
    const current = readExhibitInput(db, id);
    if (!current) throw new ArchiveError('NOT_FOUND', `Exhibit ${id} does not exist.`);
    upsertExhibit(db, { ...current, ...patch }, actor);
    if (patch.status === 'published' && current.status !== 'published') {
      const found = blockers(db, id);
      if (found.length) throw publishBlocked(found, 'not-published');
    }
    return exhibitForEdit(db, id);
  })();
}

export function removeExhibit(db: Database.Database, id: number, actor: string): number {
  return db.transaction(() => {
    deleteExhibit(db, id, actor);
    return (db.prepare('SELECT max(id) AS id FROM audit_log').get() as { id: number }).id;
  })();
}
