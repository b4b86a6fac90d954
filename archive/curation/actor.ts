/** How a curator appears in the audit log: stable id first, then the name as it was at the time. */
export function actorOf(c: { id: number; name: string }): string {
  return `curator:${c.id}:${c.name}`;
}
