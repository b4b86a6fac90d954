// Global styles first, so each screen's own stylesheet (imported with the screen) can refine them.
import './styles/fonts';
import './styles/base.css';
import './styles/controls.css';
import './styles/layout.css';
import './i18n/setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { installTouchPolicy } from './app/touch-policy';
import { Root } from './app/Root';

installTouchPolicy();

const root = document.getElementById('root');
if (root) {
  createRoot(root, {
    // A screen that fails is replaced by the calm error page; log it for the kiosk's incident log, quietly.
    onCaughtError: (error) => console.warn('kiosk: caught', error instanceof Error ? error.message : String(error)),
  }).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
}
