// Simple line icons drawn for the kiosk (no icon font, nothing fetched). Decorative: the button carries the name.
import type { ReactElement } from 'react';

const paths = {
  home: 'M4 11.5 12 4l8 7.5M6.5 9.5V20h4.5v-6h2v6h4.5V9.5',
  back: 'M15 5l-7 7 7 7',
  forward: 'M9 5l7 7-7 7',
  search: 'M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zM15.5 15.5 20 20',
  timeline: 'M3 12h18M6 8v8M12 6v12M18 9v6',
  numbers: 'M5 20V11M10 20V6M15 20V13M20 20V4',
  text: 'M3 19 8.5 5h1L15 19M5 14h8M15.5 19l3-8h.5l3 8M16.5 16.5h4',
  close: 'M6 6l12 12M18 6 6 18',
  check: 'M5 12.5 10 17l9-10',
  backspace: 'M9 6h11v12H9l-6-6zM12 9.5l5 5M17 9.5l-5 5',
  zoom: 'M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zM15.5 15.5 20 20M8 10.5h5M10.5 8v5',
  filter: 'M4 6h16M7 12h10M10 18h4',
  star: 'M12 3.5l2.6 5.3 5.9.9-4.2 4.1 1 5.8-5.3-2.8-5.3 2.8 1-5.8L3.5 9.7l5.9-.9z',
  replay: 'M4 12a8 8 0 1 0 2.3-5.7M4 4v4.5h4.5',
  globe: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9z',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, size = 32 }: { name: IconName; size?: number }): ReactElement {
  return (
    <svg className="icon" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
