import type { ReactElement } from 'react';
import { useT } from '../i18n/use-t';

/** Shown while a signed-in curator previews drafts, so a draft is never mistaken for the published kiosk. */
export function PreviewBanner(): ReactElement {
  const t = useT();
  return (
    <div className="preview-banner" role="status">
      <strong>预览 Preview</strong>
      <span>{t('preview.banner')}</span>
      {/* The curator who opened the preview needs a way back on a kiosk with no address bar (curator engineer). */}
      <a href="/curator" style={{ minHeight: 48, display: 'inline-flex', alignItems: 'center', padding: '0 16px', color: 'inherit', fontWeight: 700 }}>
        返回工作台 · Workspace
      </a>
    </div>
  );
}
