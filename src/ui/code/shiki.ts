/**
 * Syntax-highlighting themes of every code block (astro.config.mjs and <Run>). Both colours are
 * emitted as CSS variables (defaultColor: false); global.css picks one with the site's theme.
 * The "-default" GitHub themes keep comments readable (WCAG AA) on their own backgrounds.
 */
export const SHIKI_THEMES = { light: 'github-light-default', dark: 'github-dark-default' } as const;
