/**
 * The course as the site shows it: chapters in order, each with its lessons in order, and every
 * lesson with its English and/or Chinese version. Pure functions over plain data, so the rules
 * (ordering, fallbacks, previous/next) are tested without Astro; load.ts feeds them the collections.
 */
import { LANGS, isLang, type Lang } from '../i18n/lang';

export interface ChapterInput {
  id: string;
  order: number;
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
}

export interface SandboxOptions {
  seed?: number | undefined;
  lab?: string | undefined;
}

/** A lesson file as the content collection gives it: id "<lang>/<chapter>/<lesson>". */
export interface LessonInput {
  id: string;
  data: {
    title: string;
    description: string;
    chapter: string;
    order: number;
    sandbox?: SandboxOptions | undefined;
  };
}

/** One language's version of a lesson. */
export interface LessonVersion {
  /** The collection entry's id, to render it. */
  entryId: string;
  title: string;
  description: string;
  sandbox: SandboxOptions | undefined;
}

export interface CourseLesson {
  /** "<chapter>/<lesson>": the same in both languages; the URL path and the progress key. */
  slug: string;
  chapterId: string;
  order: number;
  versions: Partial<Record<Lang, LessonVersion>>;
}

export interface CourseChapter extends ChapterInput {
  lessons: CourseLesson[];
}

export interface Course {
  chapters: CourseChapter[];
  /** Every lesson in reading order (chapter by chapter). */
  lessons: CourseLesson[];
}

/** What a page in `lang` shows for a lesson: its own version, or the other one with a notice. */
export interface ShownVersion {
  lang: Lang;
  version: LessonVersion;
  fallback: boolean;
}

/**
 * Builds the course, or throws an error naming the file, the field and the fix: a content mistake
 * must stop the build, not ship a broken page.
 */
export function buildCourse(chapterInputs: ChapterInput[], lessonInputs: LessonInput[]): Course {
  const chapters: CourseChapter[] = [...chapterInputs]
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map((chapter) => ({ ...chapter, lessons: [] }));
  const chapterById = new Map(chapters.map((chapter) => [chapter.id, chapter]));
  const lessonBySlug = new Map<string, CourseLesson>();

  for (const input of [...lessonInputs].sort((a, b) => a.id.localeCompare(b.id))) {
    const [lang, chapterId, name, ...rest] = input.id.split('/');
    const where = `content/lessons/${input.id}.mdx`;
    if (!lang || !isLang(lang) || !chapterId || !name || rest.length > 0) {
      throw new Error(`${where}: a lesson lives at content/lessons/<en|zh>/<chapter>/<lesson>.mdx`);
    }
    const chapter = chapterById.get(chapterId);
    if (!chapter) {
      const known = chapters.map((c) => c.id).join(', ');
      throw new Error(`${where}: folder "${chapterId}" is not a chapter in content/chapters.yaml (chapters: ${known})`);
    }
    if (input.data.chapter !== chapterId) {
      throw new Error(`${where}: frontmatter "chapter: ${input.data.chapter}" must be "${chapterId}", its folder`);
    }
    const slug = `${chapterId}/${name}`;
    let lesson = lessonBySlug.get(slug);
    if (!lesson) {
      lesson = { slug, chapterId, order: input.data.order, versions: {} };
      lessonBySlug.set(slug, lesson);
      chapter.lessons.push(lesson);
    } else if (lesson.order !== input.data.order) {
      throw new Error(`${where}: "order: ${input.data.order}" differs from the other language's "order: ${lesson.order}"`);
    }
    lesson.versions[lang] = {
      entryId: input.id,
      title: input.data.title,
      description: input.data.description,
      sandbox: input.data.sandbox,
    };
  }

  for (const chapter of chapters) {
    chapter.lessons.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
    const seen = new Map<number, string>();
    for (const lesson of chapter.lessons) {
      const other = seen.get(lesson.order);
      if (other) {
        throw new Error(`content/lessons/*/${lesson.slug}.mdx: "order: ${lesson.order}" is also used by ${other}; give each lesson of a chapter its own order`);
      }
      seen.set(lesson.order, lesson.slug);
    }
  }
  return { chapters, lessons: chapters.flatMap((chapter) => chapter.lessons) };
}

/** The version a page in `lang` shows: its own when written, else the other language's. */
export function shownVersion(lesson: CourseLesson, lang: Lang): ShownVersion {
  const own = lesson.versions[lang];
  if (own) return { lang, version: own, fallback: false };
  for (const other of LANGS) {
    const version = lesson.versions[other];
    if (version) return { lang: other, version, fallback: true };
  }
  throw new Error(`lesson ${lesson.slug} has no version at all`);
}

/** The lessons before and after `slug` in reading order (across chapters). */
export function neighbours(course: Course, slug: string): { previous?: CourseLesson; next?: CourseLesson } {
  const index = course.lessons.findIndex((lesson) => lesson.slug === slug);
  if (index < 0) return {};
  const previous = course.lessons[index - 1];
  const next = course.lessons[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** Every page to build: each lesson in each language, falling back where a translation is missing. */
export function lessonPages(course: Course): { lang: Lang; lesson: CourseLesson; shown: ShownVersion }[] {
  return LANGS.flatMap((lang) => course.lessons.map((lesson) => ({ lang, lesson, shown: shownVersion(lesson, lang) })));
}
