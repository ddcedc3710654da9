/** The languages of the site. English is the source; Chinese pages live under /zh/. */
export type Lang = 'en' | 'zh';

export const LANGS: readonly Lang[] = ['en', 'zh'];

/** The other language, for the language switch. */
export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'zh' : 'en';
}

/** The value of `<html lang>`; Pagefind keeps one search index per value. */
export function htmlLang(lang: Lang): string {
  return lang === 'en' ? 'en' : 'zh-CN';
}

/** The language's own name, as the language switch shows it. */
export function langName(lang: Lang): string {
  return lang === 'en' ? 'English' : '中文';
}

export function isLang(value: string): value is Lang {
  return value === 'en' || value === 'zh';
}
