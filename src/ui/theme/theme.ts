/**
 * Light and dark themes. By default the page follows the system (CSS `color-scheme: light dark`
 * with `light-dark()` colours, see styles/tokens.css); choosing a theme with the toggle sets
 * <html data-theme="light|dark"> and remembers it in localStorage. ThemeInit.astro re-applies the
 * remembered choice before the first paint, so no page flashes in the wrong theme.
 */
export const THEME_KEY = 'kubedojo-theme';

export type Theme = 'light' | 'dark';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function storedTheme(): Theme | null {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage blocked: follow the system
  }
}

/** The theme the page shows now. */
export function currentTheme(): Theme {
  const chosen = document.documentElement.dataset['theme'];
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return darkQuery().matches ? 'dark' : 'light';
}

export function chooseTheme(theme: Theme): void {
  document.documentElement.dataset['theme'] = theme;
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Not remembered, but applied for this page.
  }
}

/** Wires every [data-theme-toggle] button: aria-pressed is true while the dark theme shows. */
export function installThemeToggle(): void {
  const buttons = document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]');
  const sync = () => {
    const dark = String(currentTheme() === 'dark');
    for (const button of buttons) button.setAttribute('aria-pressed', dark);
  };
  for (const button of buttons) {
    button.addEventListener('click', () => {
      chooseTheme(currentTheme() === 'dark' ? 'light' : 'dark');
      sync();
    });
  }
  darkQuery().addEventListener('change', sync);
  sync();
}
