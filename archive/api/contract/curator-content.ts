import { z } from 'zod';
import { CollectionLayout, ExhibitKind, Id, LocalText, MediaRef, Sha256 } from './common';
import { defineMethod } from './define';
import { ExhibitInput, type ExhibitInputRaw } from './exhibit-input';

const Slug = z.string().min(1).max(100);
/** ISO timestamp of the version the form was loaded from: a save over someone else's newer change is refused. */
const BaseVersion = z.string().max(40).nullable();

export const CollectionRecord = z.object({
  id: Id,
  slug: z.string(),
  layout: CollectionLayout,
  title: LocalText,
  description: LocalText,
  sortOrder: z.number().int(),
  hidden: z.boolean(),
  cover: Sha256.nullable(),
  exhibitCount: z.number().int().nonnegative(),
  publishedCount: z.number().int().nonnegative(),
  needsReview: z.array(z.string()),
  updatedAt: z.string(),
});
export type CollectionRecord = z.infer<typeof CollectionRecord>;

/** A collection as the form sends it; the engine's own schema checks it field by field. */
export interface CollectionForm {
  slug: string;
  layout: z.infer<typeof CollectionLayout>;
  title: LocalText;
  description: LocalText;
  hidden: boolean;
  cover: string | null;
  needsReview: string[];
}

export const ExhibitListItem = z.object({
  id: Id,
  uid: z.string(),
  collection: z.string(),
  kind: ExhibitKind,
  status: z.enum(['draft', 'published']),
  hidden: z.boolean(),
  sample: z.boolean(),
  sortOrder: z.number().int(),
  title: LocalText,
  name: LocalText,
  cover: MediaRef.nullable(),
  photoCount: z.number().int().nonnegative(),
  /** Translatable fields with Chinese text but no mn or en: the list shows a "missing translation" mark. */
  missingTranslations: z.number().int().nonnegative(),
  updatedAt: z.string(),
});
export type ExhibitListItem = z.infer<typeof ExhibitListItem>;

export const PhotoText = z
  .object({ sha256: Sha256, alt: LocalText, caption: LocalText, credit: z.string().max(500) })
  .strict();
export type PhotoText = z.infer<typeof PhotoText>;

export const ExhibitForEdit = z.object({
  id: Id,
  updatedAt: z.string(),
  exhibit: ExhibitInput,
  photos: z.array(MediaRef),
});
export type ExhibitForEdit = z.infer<typeof ExhibitForEdit>;

const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);

export const curatorContentMethods = {
  listCuratorCollections: defineMethod({ access: 'curator', input: z.object({}).strict(), output: z.object({ collections: z.array(CollectionRecord) }) }),
  /** Creates (originalSlug null) or edits a collection; field problems come back as INVALID with details.fields. */
  saveCollection: defineMethod({
    access: 'curator',
    input: z.object({ originalSlug: Slug.nullable(), baseUpdatedAt: BaseVersion, collection: z.custom<CollectionForm>(isObject, 'a collection form') }).strict(),
    output: CollectionRecord,
  }),
  deleteCollection: defineMethod({ access: 'curator', input: z.object({ slug: Slug }).strict(), output: z.object({}) }),
  reorderCollections: defineMethod({ access: 'curator', input: z.object({ slugs: z.array(Slug).min(1).max(500) }).strict(), output: z.object({}) }),
  listCuratorExhibits: defineMethod({
    access: 'curator',
    input: z
      .object({
        collection: Slug.optional(),
        q: z.string().max(100).default(''),
        status: z.enum(['all', 'draft', 'published', 'hidden']).default('all'),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(1000).default(200),
      })
      .strict(),
    output: z.object({ total: z.number().int().nonnegative(), items: z.array(ExhibitListItem) }),
  }),
  getExhibitForEdit: defineMethod({ access: 'curator', input: z.object({ id: Id }).strict(), output: ExhibitForEdit }),
  /**
   * Creates (id null) or replaces an exhibit with everything the form holds, and each photo's alt text,
   * caption and credit, in one logged transaction.
   */
  saveExhibit: defineMethod({
    access: 'curator',
    input: z
      .object({
        id: Id.nullable(),
        baseUpdatedAt: BaseVersion,
        exhibit: z.custom<ExhibitInputRaw>(isObject, 'an exhibit form'),
        photos: z.array(PhotoText).max(200).default([]),
      })
      .strict(),
    output: ExhibitForEdit,
  }),
  /** Publishing is refused while the content check has unwaived blocking findings for the exhibit. */
  setExhibitStatus: defineMethod({ access: 'curator', input: z.object({ id: Id, status: z.enum(['draft', 'published']) }).strict(), output: ExhibitForEdit }),
  setExhibitHidden: defineMethod({ access: 'curator', input: z.object({ id: Id, hidden: z.boolean() }).strict(), output: ExhibitForEdit }),
  deleteExhibit: defineMethod({ access: 'curator', input: z.object({ id: Id }).strict(), output: z.object({ auditId: Id }) }),
  /** The collection's exhibits in their new order (all of them, so a stale list cannot silently drop one). */
  reorderExhibits: defineMethod({ access: 'curator', input: z.object({ collection: Slug, ids: z.array(Id).max(100_000) }).strict(), output: z.object({}) }),
} as const;
