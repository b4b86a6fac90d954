import { openArchive } from '../../archive';
import type { Highlight } from '../../api/contract/search';
import { searchArchive } from '../../search/search-archive';
import { parseWithArchive } from '../archive-flag';
import type { Command } from '../command';

export const searchCommand: Command = {
  name: 'search',
  usage: 'search "<query>" --archive <dir> [--json] [--limit n] [--offset n] [--visitor]   ranked search as the kiosk does it (drafts included unless --visitor)',
  async run(argv, io) {
    const { archive: dir, json, values, positionals } = parseWithArchive(argv, {
      limit: { type: 'string', default: '20' },
      offset: { type: 'string', default: '0' },
      visitor: { type: 'boolean', default: false },
    });
    const query = positionals.join(' ').trim();
    if (!query) throw new Error('Give the text to search for, e.g. search "李白" --archive <dir>.');
    const limit = wholeNumber(values.limit, 'limit', 1, 1000);
    const offset = wholeNumber(values.offset, 'offset', 0, 1_000_000);
    const archive = openArchive(dir);
    try {
      const out = searchArchive(archive.db, { q: query, offset, limit }, values.visitor === true ? 'visitor' : 'curator');
      const results = out.hits.map((h) => ({
        id: h.exhibit.id,
        title: h.exhibit.title.zh,
        name: h.exhibit.name.zh,
        collection: h.collectionSlug,
        score: h.score,
        match: h.match,
        highlights: h.highlights,
      }));
      if (json) {
        io.out(JSON.stringify({ query: out.query, total: out.total, didYouMean: out.didYouMean, results }, null, 2));
        return 0;
      }
      const guess = out.didYouMean ? ` (nothing matched exactly; did you mean "${out.didYouMean}"?)` : '';
      io.out(`${out.total} result${out.total === 1 ? '' : 's'} for "${out.query}"${guess}`);
      results.forEach((r, i) => {
        const label = [r.name, r.title].filter(Boolean).join(' · ');
        io.out(`${String(offset + i + 1).padStart(4)}. ${label}  [${r.collection} #${r.id}, ${r.match} ${r.score}]`);
        for (const h of r.highlights) io.out(`        ${h.field}/${h.lang}: ${marked(h)}`);
      });
      return 0;
    } finally {
      archive.close();
    }
  },
};

function wholeNumber(value: unknown, name: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be a whole number from ${min} to ${max} (got "${String(value)}").`);
  return n;
}

/** The excerpt with each matched range in 【】, for a terminal. */
function marked(h: Highlight): string {
  let out = '';
  let at = 0;
  for (const [s, e] of h.ranges) {
    out += `${h.text.slice(at, s)}【${h.text.slice(s, e)}】`;
    at = e;
  }
  return (out + h.text.slice(at)).replace(/\s+/g, ' ');
}
