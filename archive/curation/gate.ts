import type { AccessGate } from '../api/dispatch';
import type { MethodName } from '../api/contract';
import { ArchiveError } from '../errors';
import type { Curation } from './curation';

/** The only curator methods open to someone whose PIN was chosen by somebody else. */
const WHILE_PIN_MUST_CHANGE = new Set<MethodName>(['curatorChangePin']);

/**
 * Curator and admin methods need a live session of the right role; each admitted call counts as activity.
 * Visitor methods see drafts only while the caller's own session has preview switched on.
 */
export function createCuratorGate(c: Curation): AccessGate {
  return {
    admit(method, access, caller) {
      const s = c.sessions.get(caller.sessionKey);
      if (!s) {
        const idle = c.sessions.endedBecause(caller.sessionKey) === 'idle';
        throw new ArchiveError('UNAUTHORISED', idle ? 'You were signed out after a period without activity. Sign in again; unsaved work is kept on this screen.' : 'Sign in with your curator PIN first.');
      }
      if (access === 'admin' && s.role !== 'admin') throw new ArchiveError('FORBIDDEN', 'Only an administrator can do this.');
      if (s.mustChangePin && !WHILE_PIN_MUST_CHANGE.has(method)) {
        throw new ArchiveError('PIN_CHANGE_REQUIRED', 'Choose your own PIN before doing anything else: this one was set by someone else.');
      }
      c.sessions.touch(caller.sessionKey);
      return { ...caller, curator: { id: s.curatorId, name: s.name, role: s.role }, audience: 'curator' };
    },
    audienceFor(caller) {
      // Visitor calls never extend a session: a kiosk left in preview falls back to visitors by itself.
      const s = c.sessions.get(caller.sessionKey);
      return s?.preview && !s.mustChangePin ? 'curator' : 'visitor';
    },
  };
}
