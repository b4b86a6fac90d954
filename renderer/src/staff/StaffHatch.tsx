// The hidden staff escape hatch, mounted on every visitor screen: a corner gesture (see corner-gesture.ts),
// then the curator PIN, then restart / exit kiosk / open the curator workspace, all through the one contract.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ShellActionName, ShellInfo } from '../../../archive/api/contract';
import { api, ApiError } from '../api/client';
import { PinPad } from './PinPad';
import { StaffMenu } from './StaffMenu';
import { STAFF } from './staff-strings';
import { useCornerGesture } from './use-corner-gesture';
import './staff-hatch.css';

type Stage = { kind: 'hidden' } | { kind: 'pin' } | { kind: 'menu'; name: string; mustChangePin: boolean };

/** A staff member who walks away leaves the hatch open for the next child: it closes (and signs out) by itself. */
const IDLE_CLOSE_MS = 45_000;

function messageOf(e: unknown): string {
  return e instanceof ApiError ? e.message : STAFF.failed;
}

export default function StaffHatch() {
  const [stage, setStage] = useState<Stage>({ kind: 'hidden' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [info, setInfo] = useState<ShellInfo | null>(null);
  const signedIn = useRef(false);
  const [lastActivity, setLastActivity] = useState(0);

  useCornerGesture(stage.kind === 'hidden', () => {
    setError(null);
    setStage({ kind: 'pin' });
    setLastActivity(Date.now());
    api.shellInfo({}).then(setInfo, () => setInfo(null));
  });

  const close = useCallback((signOut: boolean) => {
    if (signOut && signedIn.current) void api.curatorLogout({}).catch(() => undefined);
    signedIn.current = false;
    setBusy(false);
    setError(null);
    setStage({ kind: 'hidden' });
  }, []);

  useEffect(() => {
    if (stage.kind === 'hidden') return;
    const timer = window.setTimeout(() => close(true), IDLE_CLOSE_MS - (Date.now() - lastActivity));
    return () => window.clearTimeout(timer);
  }, [stage, lastActivity, close]);

  const signIn = async (pin: string) => {
    setBusy(true);
    setError(null);
    try {
      const session = await api.curatorLogin({ pin });
      signedIn.current = session.signedIn;
      if (!session.signedIn || !session.curator) throw new ApiError('UNAUTHORISED', STAFF.failed);
      setStage({ kind: 'menu', name: session.curator.name, mustChangePin: session.mustChangePin });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  const act = async (action: ShellActionName) => {
    setBusy(true);
    setError(null);
    try {
      const result = await api.shellAction({ action });
      close(false);
      if (result.navigate) window.location.assign(result.navigate);
    } catch (e) {
      // A curator who must first choose their own PIN is sent to the workspace, which asks for it.
      if (action === 'open-curator') {
        close(false);
        window.location.assign('/curator');
        return;
      }
      setError(messageOf(e));
      setBusy(false);
    }
  };

  if (stage.kind === 'hidden') return null;
  return (
    <div className="staff-backdrop" onPointerDown={() => setLastActivity(Date.now())}>
      <div className="staff-dialog" role="dialog" aria-modal="true" aria-label={STAFF.title}>
        <h2 className="staff-title">{STAFF.title}</h2>
        {stage.kind === 'pin' ? (
          <PinPad busy={busy} onSubmit={(pin) => void signIn(pin)} onCancel={() => close(true)} />
        ) : (
          <StaffMenu name={stage.name} info={info} mustChangePin={stage.mustChangePin} busy={busy} onAction={(a) => void act(a)} onClose={() => close(true)} />
        )}
        {error && (
          <p className="staff-error" role="alert">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
