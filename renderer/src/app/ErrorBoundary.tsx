import { Component, useEffect, useState, type ErrorInfo, type ReactElement, type ReactNode } from 'react';
import { Icon } from '../components/icons';
import { useT } from '../i18n/use-t';

const RETURN_AFTER_S = 8;

function CalmError({ onHome }: { onHome: () => void }): ReactElement {
  const t = useT();
  const [left, setLeft] = useState(RETURN_AFTER_S);
  useEffect(() => {
    if (left <= 0) {
      onHome();
      return;
    }
    const id = window.setTimeout(() => setLeft((n) => n - 1), 1000);
    return () => window.clearTimeout(id);
  }, [left, onHome]);
  useEffect(() => {
    document.documentElement.dataset.screen = 'error';
    document.documentElement.dataset.ready = 'true';
  }, []);
  return (
    <main className="page page-error">
      <div className="notice">
        <p className="notice-title">{t('error.title')}</p>
        <p>{t('error.body')}</p>
        <button type="button" className="btn btn-primary btn-xl" onClick={onHome}>
          <Icon name="home" />
          <span>{t('error.home')}</span>
        </button>
      </div>
    </main>
  );
}

/**
 * Whatever breaks inside a screen, the visitor sees a calm sentence and is taken home after a few seconds;
 * never a stack trace, never a blank screen. The error goes to the console for the kiosk's log.
 */
export class ErrorBoundary extends Component<{ children: ReactNode; onHome: () => void; resetKey: unknown }, { failed: boolean; key: unknown }> {
  override state = { failed: false, key: this.props.resetKey };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey: unknown }, state: { failed: boolean; key: unknown }) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`kiosk: a screen failed and was replaced by the calm error page: ${error.message}`, info.componentStack?.split('\n').slice(0, 4).join(' '));
  }

  override render(): ReactNode {
    if (this.state.failed) return <CalmError onHome={this.props.onHome} />;
    return this.props.children;
  }
}
