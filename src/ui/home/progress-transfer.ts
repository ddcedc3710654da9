/**
 * The "Export progress" / "Import progress" buttons of the course map (ProgressTransfer.astro).
 * Loaded only when a button is used, so the course map stays light. Export downloads every
 * record as one JSON file; import reads a file, refuses one that is not ours (the stored progress
 * is untouched), merges the rest and says what it took and what it skipped.
 */
import { fillProgressSlots } from '../progress/progress-slots';
import { buildProgressDocument, progressFileName, progressFileText, readProgressDocument } from '../progress/transfer';
import { importProgress, readAllStores } from '../progress/transfer-db';
import type { TransferStrings } from './transfer-strings';

function say(status: HTMLElement, message: string, problem: boolean): void {
  status.textContent = message;
  status.dataset['kind'] = problem ? 'problem' : 'done';
}

export async function exportProgress(status: HTMLElement, words: TransferStrings): Promise<void> {
  const stores = await readAllStores().catch(() => null);
  if (!stores) {
    say(status, words.problem('no-database'), true);
    return;
  }
  const exported = new Date().toISOString();
  const name = progressFileName(exported);
  const blob = new Blob([progressFileText(buildProgressDocument(stores, exported))], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; give the browser a moment before letting it go.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(status, words.exported(name), false);
}

export async function importProgressFile(file: File, status: HTMLElement, words: TransferStrings): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    say(status, words.problem('unreadable'), true);
    return;
  }
  const read = readProgressDocument(text);
  if ('problem' in read) {
    say(status, words.problem(read.problem, read.problem === 'newer' ? read.version : undefined), true);
    return;
  }
  const outcome = await importProgress(read.data);
  if ('failed' in outcome) {
    say(status, words.problem(outcome.failed), true);
    return;
  }
  say(status, words.imported(file.name, outcome.plan.taken, outcome.plan.kept, read.skipped), false);
  await fillProgressSlots();
}
