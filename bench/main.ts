// `npm run bench [-- <name> ...]`: speed and memory targets, measured against baselines in the same run.
import { benches } from './registry';

const [name, ...rest] = process.argv.slice(2);
const chosen = name ? benches.filter((b) => b.name === name) : benches;
if (name && chosen.length === 0) {
  console.error(`Unknown bench "${name}". Available: ${benches.map((b) => b.name).join(', ')}`);
  process.exit(2);
}
for (const b of chosen) {
  console.log(`\n=== bench ${b.name}: ${b.summary}`);
  await b.run(rest);
}
