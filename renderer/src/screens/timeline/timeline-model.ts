import type { ExhibitDate } from '../../../../archive/api/contract';
import { startYear } from '../../format/date';

export interface TimelineYear<E> {
  year: number;
  events: E[];
  /** A reported (non-sample) event happened this year. */
  milestone: boolean;
}

export interface TimelineDecade<E> {
  decade: number;
  years: TimelineYear<E>[];
}

export interface TimelineModel<E> {
  years: TimelineYear<E>[];
  decades: TimelineDecade<E>[];
  thisYear: number;
}

/** How many years the timeline spans at least, ending this year: the tradition's thirty years and a little more. */
export const SPAN_YEARS = 30;

/**
 * Lays events out as decade → year → events, one entry for every year from the earliest event (or thirty years
 * ago) to this year or the latest event, so empty years show as empty rather than vanishing. Events without a
 * readable year are left to the themed panels; absurd years (outside 1800–2100) are ignored.
 */
export function buildTimeline<E extends { date: ExhibitDate; sample: boolean }>(events: readonly E[], thisYear: number): TimelineModel<E> {
  const now = Number.isInteger(thisYear) && thisYear >= 1900 && thisYear <= 2100 ? thisYear : 2024;
  const dated = events.flatMap((e) => {
    const y = startYear(e.date);
    return y !== null && y >= 1800 && y <= 2100 ? [{ e, y }] : [];
  });
  const first = Math.min(now - SPAN_YEARS, ...dated.map((d) => d.y));
  const last = Math.max(now, ...dated.map((d) => d.y));
  const years: TimelineYear<E>[] = [];
  for (let year = first; year <= last; year++) {
    const here = dated.filter((d) => d.y === year).map((d) => d.e);
    years.push({ year, events: here, milestone: here.some((e) => !e.sample) });
  }
  const decades: TimelineDecade<E>[] = [];
  for (const y of years) {
    const decade = Math.floor(y.year / 10) * 10;
    const last = decades[decades.length - 1];
    if (last && last.decade === decade) last.years.push(y);
    else decades.push({ decade, years: [y] });
  }
  return { years, decades, thisYear: now };
}

/** Themed panels grouped by topic, in the order topics first appear; a blank topic goes under "other". */
export function groupByTopic<P extends { topic: string }>(panels: readonly P[]): { topic: string; panels: P[] }[] {
  const groups = new Map<string, P[]>();
  for (const p of panels) {
    const topic = p.topic.trim() || 'other';
    const list = groups.get(topic);
    if (list) list.push(p);
    else groups.set(topic, [p]);
  }
  return [...groups].map(([topic, panels]) => ({ topic, panels }));
}
