/** Translatable exhibit fields: zh in the exhibits column of the same name, mn/en in `translations`. */
export const EXHIBIT_TEXT_FIELDS = ['title', 'name', 'hometown', 'ethnicity', 'unit', 'honours', 'place', 'body', 'credit'] as const;
export type ExhibitTextField = (typeof EXHIBIT_TEXT_FIELDS)[number];
