import type { curatorMethods } from '../contract/curator';
import { UPLOAD_CHUNK_BYTES } from '../contract/curator-media';
import { actorOf } from '../../curation/actor';
import { createBackup, listBackups, restoreBackup } from '../../backup';
import { listChanges, getChange } from '../../curation/audit-read';
import { deleteCollectionBySlug, listCollectionRecords, reorderCollections, reorderExhibits, saveCollectionForm } from '../../curation/collection-edit';
import { curationFor } from '../../curation/curation';
import { addCurator, listCurators, setCuratorPin, updateCurator } from '../../curation/curators';
import { exhibitForEdit, patchExhibit, removeExhibit, saveExhibitForm } from '../../curation/exhibit-edit';
import { listCuratorExhibits } from '../../curation/exhibit-list';
import { applyFromUploads, planFromUploads } from '../../curation/import-run';
import { addPhotoFromUpload } from '../../curation/photo-upload';
import { lintBlockers } from '../../curation/publish-check';
import { revertChange } from '../../curation/revert';
import { listReviewItems, reviewTranslation } from '../../curation/review';
import { changeOwnPin, sessionInfo, signIn, signOut } from '../../curation/sign-in';
import { writeUiString } from '../../curation/ui-strings';
import { readWorkspaceSettings, saveWorkspaceSettings } from '../../curation/workspace-settings';
import { ArchiveError } from '../../errors';
import { allowTerm, disallowTerm, lintArchive, unwaiveFinding, waiveFinding } from '../../lint';
import type { Caller, HandlerContext, Handlers } from '../handler-types';

/** The gate has already checked the session for every method but sign-in, sign-out and "who am I". */
function who(caller: Caller): { id: number; name: string; role: 'curator' | 'admin' } {
  if (!caller.curator) throw new ArchiveError('UNAUTHORISED', 'Sign in with your curator PIN first.');
  return caller.curator;
}

export function curatorHandlers({ archive }: HandlerContext): Handlers<keyof typeof curatorMethods> {
  const c = curationFor(archive);
  const { db } = archive;
  const actor = (caller: Caller) => actorOf(who(caller));
  return {
    curatorLogin: (input, caller) => signIn(c, caller.sessionKey, input),
    curatorLogout: (_input, caller) => signOut(c, caller.sessionKey),
    curatorSession: (input, caller) => {
      if (input.touch) c.sessions.touch(caller.sessionKey);
      return sessionInfo(c, caller.sessionKey);
    },
    curatorChangePin: (input, caller) => changeOwnPin(c, caller.sessionKey, input.currentPin, input.newPin),
    curatorSetPreview: (input, caller) => {
      c.sessions.update(caller.sessionKey, { preview: input.preview });
      return sessionInfo(c, caller.sessionKey);
    },
    listCurators: () => ({ curators: listCurators(db) }),
    addCurator: (input, caller) => addCurator(db, { name: input.name, role: input.role, pin: input.pin, mustChangePin: true }, actor(caller)),
    updateCurator: (input, caller) => {
      const { id, ...patch } = input;
      const me = who(caller);
      if (id === me.id && (patch.disabled === true || patch.role === 'curator')) {
        throw new ArchiveError('FORBIDDEN', 'You cannot disable yourself or give up your own administrator role; ask another administrator.');
      }
      const out = updateCurator(db, id, patch, actor(caller));
      if (patch.disabled !== undefined || patch.role !== undefined || patch.name !== undefined) c.sessions.endFor(id, 'account-changed');
      return out;
    },
    resetCuratorPin: async (input, caller) => {
      const out = await setCuratorPin(db, input.id, input.pin, true, actor(caller));
      c.sessions.endFor(input.id, 'account-changed', input.id === who(caller).id ? caller.sessionKey : undefined);
      if (input.id === who(caller).id) c.sessions.update(caller.sessionKey, { mustChangePin: true });
      return out;
    },

    listCuratorCollections: () => ({ collections: listCollectionRecords(db) }),
    saveCollection: (input, caller) => saveCollectionForm(db, input, actor(caller)),
    deleteCollection: (input, caller) => {
      deleteCollectionBySlug(db, input.slug, actor(caller));
      return {};
    },
    reorderCollections: (input, caller) => {
      reorderCollections(db, input.slugs, actor(caller));
      return {};
    },
    listCuratorExhibits: (input) => listCuratorExhibits(db, input),
    getExhibitForEdit: (input) => exhibitForEdit(db, input.id),
    saveExhibit: (input, caller) => saveExhibitForm(db, input, actor(caller), lintBlockers),
    setExhibitStatus: (input, caller) => patchExhibit(db, input.id, { status: input.status }, actor(caller), lintBlockers),
    setExhibitHidden: (input, caller) => patchExhibit(db, input.id, { hidden: input.hidden }, actor(caller)),
    deleteExhibit: (input, caller) => ({ auditId: removeExhibit(db, input.id, actor(caller)) }),
    reorderExhibits: (input, caller) => {
      reorderExhibits(db, input.collection, input.ids, actor(caller));
      return {};
    },

    uploadBegin: (input, caller) => {
      const u = c.staging.begin(who(caller).id, input.name, input.size, input.relativePath);
      return { uploadId: u.id, chunkBytes: UPLOAD_CHUNK_BYTES };
    },
    uploadChunk: (input, caller) => {
      const u = c.staging.append(who(caller).id, input.uploadId, input.offset, Buffer.from(input.data, 'base64'));
      return { received: u.received, complete: u.received === u.size };
    },
    uploadDiscard: (input, caller) => {
      c.staging.discard(who(caller).id, input.uploadId);
      return {};
    },
    addPhoto: (input, caller) => addPhotoFromUpload(c, who(caller).id, input.uploadId, actor(caller)),

    listChanges: (input) => listChanges(db, input),
    getChange: (input) => getChange(db, input.id),
    revertChange: (input, caller) => revertChange(db, archive.root, input.id, actor(caller), { undoLaterChanges: input.undoLaterChanges }),

    listReviewItems: (input) => listReviewItems(db, input),
    reviewTranslation: (input, caller) => {
      reviewTranslation(db, input, actor(caller));
      return {};
    },
    saveUiString: (input, caller) => {
      writeUiString(db, input.lang, input.key, input.value === null ? null : { value: input.value, reviewed: true }, actor(caller));
      return {};
    },

    planImport: (input, caller) => planFromUploads(c, who(caller).id, input),
    applyImport: (input, caller) => applyFromUploads(c, who(caller).id, input, actor(caller)),
    listBackups: () => ({ backups: listBackups(archive.root) }),
    createBackup: (input, caller) => createBackup(archive, { actor: actor(caller), label: input.label, reason: 'manual' }),
    restoreBackup: (input, caller) => restoreBackup(archive, input.id, actor(caller)),

    lintArchive: (input) => lintArchive(archive, input),
    waiveFinding: (input, caller) => waiveFinding(db, input, actor(caller)),
    unwaiveFinding: (input, caller) => {
      unwaiveFinding(db, input.key, actor(caller));
      return {};
    },
    allowTerm: (input, caller) => {
      allowTerm(db, input, actor(caller));
      return {};
    },
    disallowTerm: (input, caller) => {
      disallowTerm(db, input.term, actor(caller));
      return {};
    },

    getWorkspaceSettings: () => readWorkspaceSettings(db),
    saveWorkspaceSettings: (input, caller) => saveWorkspaceSettings(db, input, actor(caller)),
  };
}
