/**
 * The content collections: the course's chapters (content/chapters.yaml) and its lessons
 * (content/lessons/<lang>/<chapter>/<lesson>.mdx). The schemas are the authoring manual: every
 * field says what it is for. How lessons become pages: src/ui/course/ and src/pages/.
 */
import { defineCollection, z } from 'astro:content';
import { file, glob } from 'astro/loaders';

const bilingual = (what: string) =>
  z.object({
    /** English text. */
    en: z.string().min(1, `${what} needs an English text (en)`),
    /** Chinese (simplified) text. */
    zh: z.string().min(1, `${what} needs a Chinese text (zh)`),
  });

const chapters = defineCollection({
  loader: file('content/chapters.yaml'),
  schema: z.object({
    /** Folder name of the chapter's lessons and the first part of their URLs: lowercase, dashes. */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a chapter id is lowercase words joined by dashes'),
    /** Position on the course map and in the sidebar (1 first). */
    order: z.number().int().positive(),
    /** Shown in the sidebar, on the course map and above each lesson's title. */
    title: bilingual('A chapter title'),
    /** One sentence on the course map. */
    summary: bilingual('A chapter summary'),
  }),
});

const lessons = defineCollection({
  // The id is the path without extension: "en/introduction/what-is-kubernetes".
  loader: glob({ pattern: '{en,zh}/*/*.mdx', base: './content/lessons' }),
  schema: z.object({
    /** The lesson's title: the page's <h1>, its sidebar entry and its search result. */
    title: z.string().min(1),
    /** One or two sentences: shown under the title, on the course map and as the page description. */
    description: z.string().min(1),
    /** The chapter id (content/chapters.yaml); must equal the lesson's folder name. */
    chapter: z.string().min(1),
    /** Position within the chapter (1 first). The English and Chinese files of a lesson share it. */
    order: z.number().int().positive(),
    /**
     * Present when the lesson has a live sandbox beside the text. The `<Sandbox>` component reads
     * these options; `{}` means a fresh default cluster.
     */
    sandbox: z
      .object({
        /** Seed of the simulated cluster: the same seed gives the same names, IPs and ages. */
        seed: z.number().int().nonnegative().optional(),
        /** Id of a lab (content/labs/) whose starting cluster and tasks the sandbox loads. */
        lab: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
  }),
});

export const collections = { chapters, lessons };
