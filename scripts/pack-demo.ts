// Builds the demo archive that packaging ships as an extra resource (.build/demo-archive), fresh each time,
// then checks it opens and closes cleanly so no WAL file is left beside it.
import fs from 'node:fs';
import path from 'node:path';
import { openArchive } from '../archive/archive';
import { ensureArchive } from '../archive/demo/ensure';

const target = path.resolve(import.meta.dirname, '../.build/demo-archive');
fs.rmSync(target, { recursive: true, force: true });
await ensureArchive(target, (line) => console.log(line));
const archive = openArchive(target);
archive.db.pragma('wal_checkpoint(TRUNCATE)');
archive.close();
for (const leftover of ['archive.db-wal', 'archive.db-shm']) fs.rmSync(path.join(target, leftover), { force: true });
console.log(`Demo archive for packaging: ${target}`);
