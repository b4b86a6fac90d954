import { z } from 'zod';
import { CollectionLayout, ExhibitDate, ExhibitKind, Id, Lang, LocalText, MediaRef, Sha256 } from './common';
import { defineMethod } from './define';

export const CollectionSummary = z.object({
  id: Id,
  slug: z.string(),
  layout: CollectionLayout,
  title: LocalText,
  description: LocalText,
  exhibitCount: z.number().int().nonnegative(),
  cover: MediaRef.nullable(),
});
export type CollectionSummary = z.infer<typeof CollectionSummary>;

export const ExhibitTile = z.object({
  id: Id,
  collectionId: Id,
  kind: ExhibitKind,
  title: LocalText,
  name: LocalText,
  date: ExhibitDate,
  sample: z.boolean(),
  status: z.enum(['draft', 'published']),
  cover: MediaRef.nullable(),
});
export type ExhibitTile = z.infer<typeof ExhibitTile>;

export const ExhibitDetail = ExhibitTile.extend({
  uid: z.string(),
  collectionSlug: z.string(),
  birthYear: z.number().int().nullable(),
  deathYear: z.number().int().nullable(),
  hometown: LocalText,
  ethnicity: LocalText,
  unit: LocalText,
  honours: LocalText,
  place: LocalText,
  body: LocalText,
  topic: z.string(),
  credit: LocalText,
  rights: z.string(),
  tags: z.array(z.string()),
  media: z.array(MediaRef),
  previousId: Id.nullable(),
  nextId: Id.nullable(),
  related: z.array(ExhibitTile),
});
export type ExhibitDetail = z.infer<typeof ExhibitDetail>;

export const ExhibitFilters = z
  .object({
    decade: z.number().int().min(1800).max(2100).multipleOf(10).optional(),
    tag: z.string().max(100).optional(),
    honour: z.string().max(200).optional(),
    unit: z.string().max(200).optional(),
  })
  .strict();
export type ExhibitFilters = z.infer<typeof ExhibitFilters>;

export const FacetValue = z.object({ value: z.string(), count: z.number().int().nonnegative() });

export const Figure = z.object({
  id: Id,
  key: z.string(),
  value: z.number(),
  unit: LocalText,
  caption: LocalText,
  source: z.string(),
});
export type Figure = z.infer<typeof Figure>;

export const KioskSettings = z.object({
  idleSeconds: z.number().int().min(10).max(3600),
  countdownSeconds: z.number().int().min(5).max(120),
  defaultLang: Lang,
  attractCollections: z.array(z.string()),
  openingHours: z.object({ open: z.string().regex(/^\d{2}:\d{2}$/), close: z.string().regex(/^\d{2}:\d{2}$/) }),
});
export type KioskSettings = z.infer<typeof KioskSettings>;

const Empty = z.object({}).strict();

export const visitorMethods = {
  getKioskInfo: defineMethod({
    access: 'visitor',
    input: Empty,
    output: z.object({
      title: LocalText,
      settings: KioskSettings,
      counts: z.object({ collections: z.number().int(), exhibits: z.number().int(), media: z.number().int() }),
      hasSampleContent: z.boolean(),
      /** True while a signed-in curator previews drafts: the UI shows a "preview" banner. */
      preview: z.boolean(),
    }),
  }),
  listCollections: defineMethod({
    access: 'visitor',
    input: Empty,
    output: z.object({ collections: z.array(CollectionSummary) }),
  }),
  listExhibits: defineMethod({
    access: 'visitor',
    input: z
      .object({
        collection: z.string().min(1).max(100),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
        sort: z.enum(['curated', 'name', 'year']).default('curated'),
        filters: ExhibitFilters.default({}),
      })
      .strict(),
    output: z.object({ total: z.number().int().nonnegative(), items: z.array(ExhibitTile) }),
  }),
  getCollectionFacets: defineMethod({
    access: 'visitor',
    input: z.object({ collection: z.string().min(1).max(100) }).strict(),
    output: z.object({
      decades: z.array(FacetValue),
      tags: z.array(FacetValue),
      honours: z.array(FacetValue),
      units: z.array(FacetValue),
    }),
  }),
  getExhibit: defineMethod({
    access: 'visitor',
    input: z.object({ id: Id }).strict(),
    output: ExhibitDetail,
  }),
  getMedia: defineMethod({
    access: 'visitor',
    input: z.object({ sha256: Sha256 }).strict(),
    output: MediaRef,
  }),
  getTimeline: defineMethod({
    access: 'visitor',
    input: Empty,
    output: z.object({
      events: z.array(ExhibitDetail.omit({ related: true, previousId: true, nextId: true })),
      panels: z.array(ExhibitDetail.omit({ related: true, previousId: true, nextId: true })),
    }),
  }),
  getFigures: defineMethod({
    access: 'visitor',
    input: Empty,
    output: z.object({ figures: z.array(Figure) }),
  }),
  getUiStringOverrides: defineMethod({
    access: 'visitor',
    input: Empty,
    output: z.object({
      overrides: z.array(z.object({ lang: Lang, key: z.string(), value: z.string(), reviewed: z.boolean() })),
    }),
  }),
  recordVisit: defineMethod({
    access: 'visitor',
    input: z
      .object({
        kind: z.enum(['exhibit_view', 'screen_view', 'session']),
        key: z.string().max(64).regex(/^[a-z0-9:_-]*$/, 'must be a screen or exhibit key, never free text'),
      })
      .strict(),
    output: z.object({}),
  }),
} as const;
