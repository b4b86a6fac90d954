/** Every benchmark: `npm run bench` runs them all, `npm run bench -- <name>` one. Each lives in its own file. */
export interface Bench {
  name: string;
  summary: string;
  run(args: string[]): Promise<void>;
}

export const benches: Bench[] = [];
