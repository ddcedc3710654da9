/**
 * Building blocks shared by the authoring schemas: bilingual text, ids, and string rules whose
 * failures say what to write instead (carried to the error formatter as `params.fix`).
 */
import { z } from 'zod';

/** Text in English and Chinese; the site shows the reader's language. */
export const localizedText = z
  .strictObject({
    en: z.string().trim().min(1).describe('The English text (Markdown where the field allows it).').meta({ examples: ['Run a pod'] }),
    zh: z.string().trim().min(1).describe('The Chinese text (简体中文), same meaning as en.').meta({ examples: ['运行一个 Pod'] }),
  })
  .describe('Text in both languages: {en: ..., zh: ...}.')
  .meta({ examples: [{ en: 'Run a pod', zh: '运行一个 Pod' }] });

export type LocalizedText = z.output<typeof localizedText>;
export type Language = keyof LocalizedText;

/** The text in `lang`. */
export function localized(text: LocalizedText, lang: Language): string {
  return text[lang];
}

const SLUG = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** A suggestion for an id that breaks the slug rule: lower case, dashes for anything else. */
export function slugify(value: string): string {
  const s = value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s === '' ? 'my-id' : s;
}

/** An id used in URLs and file names: lower-case letters, digits and inner dashes. */
export function slugId(what: string, example: string) {
  return z
    .string()
    .superRefine((value, ctx) => {
      if (!SLUG.test(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `${JSON.stringify(value)} is not a valid ${what}: use lower-case letters, digits and dashes`,
          params: { fix: `write ${slugify(value)}` },
        });
      }
    })
    .meta({ examples: [example] });
}
