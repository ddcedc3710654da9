/**
 * Says a short message to screen-reader users through the page's one polite live region
 * (#kd-announcer in BaseLayout.astro), e.g. "Copied" after a Copy button.
 */
export function announce(message: string): void {
  const region = document.getElementById('kd-announcer');
  if (!region) return;
  // Emptied first so that the same message twice in a row is announced twice.
  region.textContent = '';
  window.setTimeout(() => {
    region.textContent = message;
  }, 50);
}
