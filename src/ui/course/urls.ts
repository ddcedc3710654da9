/**
 * Every URL the site links to, built from the base path (import.meta.env.BASE_URL, always ending
 * in "/"), so that a build for a sub-path (KUBEDOJO_BASE=/kubedojo/) prefixes every link.
 */
import type { Lang } from '../i18n/lang';

/** The course map of a language: "/" or "/zh/". */
export function homeHref(base: string, lang: Lang): string {
  return lang === 'en' ? base : `${base}zh/`;
}

/** A lesson page: "/lessons/<chapter>/<lesson>/" or "/zh/lessons/<chapter>/<lesson>/". */
export function lessonHref(base: string, lang: Lang, slug: string): string {
  return `${homeHref(base, lang)}lessons/${slug}/`;
}

/** The language a path belongs to ("/zh/..." is Chinese), given the base it is served under. */
export function langOfPath(base: string, pathname: string): Lang {
  return pathname.startsWith(`${base}zh/`) || pathname === `${base}zh` ? 'zh' : 'en';
}
