import type { ReactElement, ReactNode } from 'react';

/**
 * A screen's frame: its title and subtitle, optional tools beside them, then the content. In Mongolian the
 * title stands as a vertical column at the left (traditional script runs top to bottom, columns left to right).
 */
export function Page({ title, subtitle, tools, children, className }: { title: ReactNode; subtitle?: ReactNode; tools?: ReactNode; children: ReactNode; className?: string }): ReactElement {
  return (
    <main className={`page${className ? ` ${className}` : ''}`}>
      <div className="page-head">
        <div className="page-titles">
          <h1 className="page-title v-mn">{title}</h1>
          {subtitle && <div className="page-subtitle">{subtitle}</div>}
        </div>
        {tools && <div className="page-tools">{tools}</div>}
      </div>
      <div className="page-body">{children}</div>
    </main>
  );
}
