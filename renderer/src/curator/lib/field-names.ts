import type { CuratorKey } from '../i18n/catalog';
import type { Ct } from '../i18n/use-ct';

/** The form label of a data field, so histories and review lists speak the curator's language. */
const FIELD: Record<string, CuratorKey> = {
  name: 'cur.editor.name',
  title: 'cur.editor.title',
  hometown: 'cur.editor.hometown',
  ethnicity: 'cur.editor.ethnicity',
  unit: 'cur.editor.unit',
  honours: 'cur.editor.honours',
  place: 'cur.editor.place',
  body: 'cur.editor.body',
  credit: 'cur.editor.credit',
  rights: 'cur.editor.rights',
  topic: 'cur.editor.topic',
  tags: 'cur.field.tags',
  birthYear: 'cur.editor.birthYear',
  deathYear: 'cur.editor.deathYear',
  date: 'cur.editor.date',
  kind: 'cur.editor.kind',
  collection: 'cur.editor.collection',
  status: 'cur.editor.status',
  hidden: 'cur.status.hidden',
  sample: 'cur.status.sample',
  media: 'cur.editor.photos',
  cover: 'cur.photos.cover',
  uid: 'cur.editor.uid',
  needsReview: 'cur.needsReview',
  alt: 'cur.field.alt',
  caption: 'cur.photos.caption',
  description: 'cur.collections.description',
  layout: 'cur.collections.layout',
  order: 'cur.field.sortOrder',
  sortOrder: 'cur.field.sortOrder',
  idleSeconds: 'cur.settings.idle',
  countdownSeconds: 'cur.settings.countdown',
  defaultLang: 'cur.settings.defaultLang',
  attractCollections: 'cur.settings.attract',
  openingHours: 'cur.settings.open',
  curatorIdleMinutes: 'cur.settings.curatorIdle',
  mustChangePin: 'cur.field.mustChangePin',
  role: 'cur.curators.role',
  disabled: 'cur.curators.disabled',
  // Import columns that have no form field of their own.
  dateStart: 'cur.field.dateStart',
  dateEnd: 'cur.field.dateEnd',
  photos: 'cur.editor.photos',
  photoCaption: 'cur.photos.caption',
  photoAlt: 'cur.field.alt',
  photoCredit: 'cur.photos.credit',
  row: 'cur.field.row',
};

const SPECIFIC: Record<string, CuratorKey> = {
  'collection.title': 'cur.collections.titleField',
  'media.credit': 'cur.photos.credit',
};

export function fieldName(t: Ct, field: string, entity?: string): string {
  const key = (entity && SPECIFIC[`${entity}.${field}`]) || FIELD[field];
  return key ? t(key) : field;
}
