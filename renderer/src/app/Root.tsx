import { lazy, Suspense, type ReactElement } from 'react';
import { Notice } from '../components/Notice';
import { useT } from '../i18n/use-t';
import { useTopEntry } from './nav-store';
import { VisitorApp } from './VisitorApp';

// The curator workspace is its own chunk: a visitor's kiosk never downloads or parses it.
const CuratorApp = lazy(() => import('../curator/CuratorApp'));

function Loading(): ReactElement {
  const t = useT();
  return (
    <main className="page page-boot">
      <Notice title={t('status.loading')} busy />
    </main>
  );
}

/** /curator and below is the curator workspace; every other path is the visitor kiosk. */
export function Root(): ReactElement {
  const top = useTopEntry();
  if (top.route.name === 'curator') {
    return (
      <Suspense fallback={<Loading />}>
        <CuratorApp />
      </Suspense>
    );
  }
  return <VisitorApp />;
}
