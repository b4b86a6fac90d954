import type Database from 'better-sqlite3';
import { addCurator } from './curators';

/**
 * The demo archive's administrator. Its PIN is published in the README and printed by the demo build, so
 * it is marked "must change": the first person to sign in has to choose a private PIN before anything
 * else works. Real archives never get this account; their first curator is made with the CLI.
 */
export const DEMO_ADMIN = { name: '演示管理员', pin: '246810' } as const;

export async function seedDemoCurator(db: Database.Database, log: (line: string) => void = () => {}): Promise<void> {
  if ((db.prepare('SELECT count(*) AS n FROM curators').get() as { n: number }).n > 0) return;
  await addCurator(db, { name: DEMO_ADMIN.name, role: 'admin', pin: DEMO_ADMIN.pin, mustChangePin: true }, 'demo-builder', { skipPolicy: true });
  log(`Demo curator: ${DEMO_ADMIN.name}, PIN ${DEMO_ADMIN.pin} (you will be asked to choose your own PIN at the first sign-in).`);
}
