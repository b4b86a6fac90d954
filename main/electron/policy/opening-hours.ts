// Opening hours drive three things: the display is kept awake while the park is open, allowed to sleep
// when it is closed, and the nightly restart happens only while closed. Times are local wall-clock "HH:MM".

export interface Hours {
  open: string;
  close: string;
}

const MINUTES_PER_DAY = 24 * 60;

/** Minutes after midnight for "HH:MM", or null for anything else (a bad setting must not stop the kiosk). */
export function parseClock(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

function minuteOfDay(d: Date): number {
  return d.getHours() * 60 + d.getMinutes();
}

/**
 * Whether `now` falls in opening hours. Hours past midnight (open 18:00, close 02:00) wrap; open equal to
 * close means open all day; unreadable hours count as open, so a typo keeps the screen on rather than dark.
 */
export function isOpen(now: Date, hours: Hours): boolean {
  const open = parseClock(hours.open);
  const close = parseClock(hours.close);
  if (open === null || close === null || open === close) return true;
  const t = minuteOfDay(now);
  return open < close ? t >= open && t < close : t >= open || t < close;
}

/** The next local date-time at `minute` after midnight, strictly after `after`. */
function nextAt(after: Date, minute: number): Date {
  const d = new Date(after.getFullYear(), after.getMonth(), after.getDate(), Math.floor(minute / 60), minute % 60, 0, 0);
  while (d.getTime() <= after.getTime()) d.setDate(d.getDate() + 1);
  return d;
}

/**
 * When the next nightly restart should happen: at `preferred` ("03:30" by default) if that is outside opening
 * hours, else in the middle of the closed period. A kiosk open around the clock gets none (null) unless the
 * preferred time was set explicitly, and then it restarts at that time regardless.
 */
export function nextNightlyRestart(now: Date, hours: Hours, preferred: { time: string; explicit: boolean } = { time: '03:30', explicit: false }): Date | null {
  const want = parseClock(preferred.time) ?? parseClock('03:30')!;
  const open = parseClock(hours.open);
  const close = parseClock(hours.close);
  const alwaysOpen = open === null || close === null || open === close;
  if (alwaysOpen) return preferred.explicit ? nextAt(now, want) : null;
  const probe = new Date(2000, 0, 1, Math.floor(want / 60), want % 60);
  if (!isOpen(probe, hours)) return nextAt(now, want);
  const closedLength = (open - close + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return nextAt(now, (close + Math.floor(closedLength / 2)) % MINUTES_PER_DAY);
}
