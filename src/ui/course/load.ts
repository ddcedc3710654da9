/**
 * The course from the content collections (build time only). Cached: every page of a build asks.
 */
import { getCollection } from 'astro:content';
import { buildCourse, type Course } from './course';

let cached: Promise<Course> | undefined;

export function loadCourse(): Promise<Course> {
  cached ??= (async () => {
    const [chapters, lessons] = await Promise.all([getCollection('chapters'), getCollection('lessons')]);
    return buildCourse(
      chapters.map((entry) => entry.data),
      lessons.map((entry) => ({ id: entry.id, data: entry.data })),
    );
  })();
  return cached;
}
