import { useCallback, useEffect, useMemo, useRef, useState, type ReactElement } from 'react';
import { api } from '../api/client';
import { IdleDialog } from '../components/IdleDialog';
import { Notice } from '../components/Notice';
import { PreviewBanner } from '../components/PreviewBanner';
import { TopBar } from '../components/TopBar';
import { applyOverrides, i18n } from '../i18n/setup';
import { useT } from '../i18n/use-t';
import StaffHatch from '../staff/StaffHatch';
import { ErrorBoundary } from './ErrorBoundary';
import { KioskContext, type KioskInfo } from './kiosk';
import { go, useTopEntry } from './nav-store';
import { defaultPrefs, htmlLang, motionReduced, PrefsContext, type Prefs, type PrefsApi } from './prefs';
import { recordVisit } from './record-visit';
import { Screen } from './Screen';
import { useIdle } from './use-idle';

const BOOT_RETRY_MS = 10_000;

async function loadKiosk(): Promise<KioskInfo> {
  const [info, overrides] = await Promise.all([api.getKioskInfo({}), api.getUiStringOverrides({})]);
  applyOverrides(overrides.overrides);
  return info;
}

function applyPrefsToDocument(prefs: Prefs): void {
  const root = document.documentElement;
  root.lang = htmlLang[prefs.lang];
  root.dataset.lang = prefs.lang;
  root.dataset.largeText = String(prefs.largeText);
  root.dataset.contrast = prefs.highContrast ? 'high' : 'normal';
  root.dataset.motion = motionReduced(prefs) ? 'reduced' : 'full';
}

/**
 * The visitor kiosk: loads the kiosk's settings and string overrides, keeps the visitor's choices, watches
 * for an idle kiosk and resets everything for the next visitor. Every visit is a "session": resetting bumps
 * it, and the whole screen tree is keyed by it, so no state of one visitor (zoom, text typed, scroll, open
 * viewer) can survive into the next.
 */
export function VisitorApp(): ReactElement {
  const [info, setInfo] = useState<KioskInfo | null>(null);
  const [bootError, setBootError] = useState(false);
  const [session, setSession] = useState(0);
  const [prefs, setPrefsState] = useState<Prefs>(() => defaultPrefs('zh'));
  const entry = useTopEntry();
  const booted = useRef(false);

  useEffect(() => {
    let live = true;
    let retry = 0;
    const attempt = () => {
      loadKiosk().then(
        (next) => {
          if (!live) return;
          setBootError(false);
          setInfo(next);
          if (!booted.current) {
            booted.current = true;
            const p = defaultPrefs(next.settings.defaultLang);
            i18n.changeLanguage(p.lang);
            setPrefsState(p);
          }
        },
        () => {
          if (!live) return;
          setBootError(true);
          retry = window.setTimeout(attempt, BOOT_RETRY_MS);
        },
      );
    };
    attempt();
    return () => {
      live = false;
      window.clearTimeout(retry);
    };
  }, [session]);

  useEffect(() => applyPrefsToDocument(prefs), [prefs]);

  const setPrefs = useCallback((patch: Partial<Prefs>) => {
    setPrefsState((old) => {
      const next = { ...old, ...patch };
      if (next.lang !== old.lang) void i18n.changeLanguage(next.lang);
      return next;
    });
  }, []);
  const prefsApi = useMemo<PrefsApi>(() => ({ prefs, setPrefs }), [prefs, setPrefs]);

  const defaultLang = info?.settings.defaultLang ?? 'zh';
  const reset = useCallback(() => {
    const p = defaultPrefs(defaultLang);
    void i18n.changeLanguage(p.lang);
    setPrefsState(p);
    go.reset({ name: 'attract' });
    setSession((n) => n + 1);
  }, [defaultLang]);

  const attract = entry.route.name === 'attract';
  const idle = useIdle(info !== null && !attract, info?.settings.idleSeconds ?? 60, info?.settings.countdownSeconds ?? 15, reset);

  useEffect(() => {
    recordVisit(entry.route);
  }, [entry.key, entry.route]);

  if (!info) return <Boot failed={bootError} />;

  return (
    <KioskContext.Provider value={info}>
      <PrefsContext.Provider value={prefsApi}>
        <div className={`kiosk${attract ? ' kiosk-attract' : ''}`} key={session}>
          {info.preview && <PreviewBanner />}
          {!attract && <TopBar />}
          <ErrorBoundary onHome={go.home} resetKey={entry.key}>
            <Screen entry={entry} />
          </ErrorBoundary>
          {idle.phase.kind === 'warning' && <IdleDialog secondsLeft={idle.phase.secondsLeft} onContinue={idle.stillHere} onRestart={reset} />}
          <StaffHatch />
        </div>
      </PrefsContext.Provider>
    </KioskContext.Provider>
  );
}

function Boot({ failed }: { failed: boolean }): ReactElement {
  const t = useT();
  useEffect(() => {
    document.documentElement.dataset.screen = 'boot';
    document.documentElement.dataset.ready = 'false';
  }, []);
  return <main className="page page-boot">{failed ? <Notice title={t('error.unavailable')} busy /> : <Notice title={t('app.loading')} busy />}</main>;
}
