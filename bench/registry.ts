/** Every benchmark: `npm run bench` runs them all, `npm run bench -- <name>` one. Each lives in its own file. */
import { demoBench } from './demo';
import { importBench } from './import';
import { mediaBench } from './media';
import { searchBench } from './search';
import { uiBench } from './ui';

export interface Bench {
  name: string;
  summary: string;
  run(args: string[]): Promise<void>;
}

export const benches: Bench[] = [demoBench, mediaBench, searchBench, importBench, uiBench];
