/**
 * Which sandbox a lesson gets, decided at build time from its frontmatter and its MDX text. The
 * one rule: a lesson's sandbox lives in the side column, and it is there when the frontmatter
 * declares `sandbox:` or the text places a `<Lab id="…" />` (a lab needs the lesson's sandbox,
 * which then starts from the lab's starting state). A lesson may instead place one `<Sandbox />`
 * in its text (content/lessons/…/kubectl/first-commands.mdx), but not both: two sandboxes would
 * be two clusters, and Run buttons and the lab could reach the wrong one.
 */

/** The frontmatter's `sandbox:` (src/content.config.ts). */
export interface SandboxFrontmatter {
  seed?: number | undefined;
  lab?: string | undefined;
}

/** The props of the side column's <Sandbox />. */
export interface SideSandbox {
  seed?: number;
  lab?: string;
}

/** The text without MDX comments, fenced code and code spans, where a tag is only mentioned, not placed. */
function placedText(body: string): string {
  return body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/`[^`\n]*`/g, '');
}

/** The ids of the `<Lab id="…" />` placed in an MDX text, in order, without repeats. */
export function labsIn(body: string): string[] {
  const ids = [...placedText(body).matchAll(/<Lab\s[^>]*?\bid=(?:"([^"]*)"|'([^']*)'|\{\s*["']([^"']*)["']\s*\})/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  return [...new Set(ids)];
}

/** Whether the text places a `<Sandbox` of its own. */
export function placesSandbox(body: string): boolean {
  return /<Sandbox[\s/>]/.test(placedText(body));
}

/**
 * The side column's sandbox for a lesson, or undefined for none. `file` names the lesson in
 * messages; an authoring mistake throws (it fails `astro build` with the message).
 */
export function lessonSandbox(frontmatter: SandboxFrontmatter | undefined, body: string, file: string): SideSandbox | undefined {
  const labs = labsIn(body);
  if (labs.length > 1) throw new Error(`${file}: one lesson has one sandbox, so at most one <Lab />; found ${labs.map((id) => `<Lab id="${id}" />`).join(' and ')}`);
  const placed = labs[0];
  if (!frontmatter && placed === undefined) return undefined;
  if (placesSandbox(body)) {
    throw new Error(
      `${file}: the lesson has ${placed !== undefined ? `<Lab id="${placed}" />` : 'sandbox: in its frontmatter'} and a <Sandbox /> in its text — ` +
        `its sandbox is then in the side column: remove the <Sandbox /> from the text${placed === undefined ? ' (or remove sandbox: from the frontmatter)' : ''}`,
    );
  }
  const lab = frontmatter?.lab ?? placed;
  if (frontmatter?.lab !== undefined && placed !== undefined && frontmatter.lab !== placed) {
    throw new Error(`${file}: the frontmatter says sandbox: { lab: ${frontmatter.lab} } but the text has <Lab id="${placed}" /> — use the same lab in both (or drop lab: from the frontmatter)`);
  }
  const side: SideSandbox = {};
  if (lab !== undefined) side.lab = lab;
  else if (frontmatter?.seed !== undefined) side.seed = frontmatter.seed;
  return side;
}
