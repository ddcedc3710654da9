import { describe, expect, it } from 'vitest';
import { buildCourse, lessonPages, neighbours, shownVersion, type ChapterInput, type LessonInput } from './course';
import { homeHref, langOfPath, lessonHref } from './urls';

const chapter = (id: string, order: number): ChapterInput => ({
  id,
  order,
  title: { en: `${id} en`, zh: `${id} zh` },
  summary: { en: 's', zh: 's' },
});

const lesson = (id: string, order: number, chapterId = id.split('/')[1] ?? ''): LessonInput => ({
  id,
  data: { title: `T ${id}`, description: 'd', chapter: chapterId, order },
});

const chapters = [chapter('two', 2), chapter('one', 1), chapter('empty', 3)];
const lessons = [
  lesson('en/two/b', 1),
  lesson('en/one/y', 2),
  lesson('zh/one/x', 1),
  lesson('en/one/x', 1),
];

describe('buildCourse', () => {
  it('orders chapters and lessons and pairs the languages of a lesson', () => {
    const course = buildCourse(chapters, lessons);
    expect(course.chapters.map((c) => [c.id, c.lessons.map((l) => l.slug)])).toEqual([
      ['one', ['one/x', 'one/y']],
      ['two', ['two/b']],
      ['empty', []],
    ]);
    expect(course.lessons.map((l) => [l.slug, Object.keys(l.versions).sort()])).toEqual([
      ['one/x', ['en', 'zh']],
      ['one/y', ['en']],
      ['two/b', ['en']],
    ]);
  });

  it('names the file and the fix when a lesson is in the wrong place', () => {
    expect(() => buildCourse(chapters, [lesson('en/nope/a', 1, 'nope')])).toThrow(
      'content/lessons/en/nope/a.mdx: folder "nope" is not a chapter in content/chapters.yaml (chapters: one, two, empty)',
    );
    expect(() => buildCourse(chapters, [lesson('en/one/a', 1, 'two')])).toThrow(
      'content/lessons/en/one/a.mdx: frontmatter "chapter: two" must be "one", its folder',
    );
    expect(() => buildCourse(chapters, [lesson('en/one/a', 1), lesson('zh/one/a', 2)])).toThrow(
      `content/lessons/zh/one/a.mdx: "order: 2" differs from the other language's "order: 1"`,
    );
    expect(() => buildCourse(chapters, [lesson('en/one/a', 1), lesson('en/one/b', 1)])).toThrow(
      'content/lessons/*/one/b.mdx: "order: 1" is also used by one/a; give each lesson of a chapter its own order',
    );
  });
});

describe('pages', () => {
  const course = buildCourse(chapters, lessons);

  it('falls back to the other language where a translation is missing', () => {
    const pages = lessonPages(course).map((p) => `${p.lang} ${p.lesson.slug} ${p.shown.lang}${p.shown.fallback ? ' fallback' : ''}`);
    expect(pages).toEqual([
      'en one/x en',
      'en one/y en',
      'en two/b en',
      'zh one/x zh',
      'zh one/y en fallback',
      'zh two/b en fallback',
    ]);
    const zhOnly = buildCourse(chapters, [lesson('zh/one/x', 1)]).lessons[0];
    expect(zhOnly && shownVersion(zhOnly, 'en')).toMatchObject({ lang: 'zh', fallback: true });
  });

  it('links each lesson to its neighbours across chapters', () => {
    const slugs = (slug: string) => {
      const { previous, next } = neighbours(course, slug);
      return [previous?.slug, next?.slug];
    };
    expect(slugs('one/x')).toEqual([undefined, 'one/y']);
    expect(slugs('one/y')).toEqual(['one/x', 'two/b']);
    expect(slugs('two/b')).toEqual(['one/y', undefined]);
  });
});

describe('urls', () => {
  it('prefixes every link with the base path', () => {
    expect([homeHref('/', 'en'), homeHref('/', 'zh'), lessonHref('/', 'zh', 'one/x')]).toEqual(['/', '/zh/', '/zh/lessons/one/x/']);
    expect(lessonHref('/kubedojo/', 'en', 'one/x')).toBe('/kubedojo/lessons/one/x/');
    expect([langOfPath('/kubedojo/', '/kubedojo/zh/lessons/a/b/'), langOfPath('/kubedojo/', '/kubedojo/lessons/a/')]).toEqual(['zh', 'en']);
  });
});
