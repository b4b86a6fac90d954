import { z } from 'zod';
import raw from './content/chifeng-facts.json' with { type: 'json' };

const Bi = z.object({ zh: z.string(), en: z.string(), mn: z.string().optional() });
const Fact = z.object({
  id: z.string(),
  topic: z.string(),
  year: z.number().int().optional(),
  zh: z.string(),
  en: z.string(),
  figures: z.record(z.string(), z.number()).optional(),
  motto: Bi.optional(),
});
export const FactsFile = z.object({
  about: z.string(),
  source: z.string(),
  city: z.object({ name: Bi, region: Bi, area_km2: z.number(), resident_population: z.number(), notes: z.array(Bi) }),
  facts: z.array(Fact),
  galleries: z.array(z.object({ id: z.string(), zh: z.string(), en: z.string(), from_facts: z.array(z.string()), note: z.string() })),
});
export type Fact = z.infer<typeof Fact>;

/** The reported facts (a copy of the shared facts file, committed so the app never reads outside itself). */
export const facts = FactsFile.parse(raw);
