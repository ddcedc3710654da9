/// <reference types="astro/client" />
/**
 * The cluster picture, the describe panel and the editor panel (src/ui/cluster-view/, src/ui/editor/)
 * are loaded lazily, after the prompt is up, so they never delay it. They are found with
 * import.meta.glob, so a build without one of them still works (the sandbox then goes without).
 * Their contracts, as the sandbox uses them:
 *   mountClusterPicture(el, { onPodClick(ns, name) }) → { update(view), destroy() }
 *   mountDescribePanel(el) → { show(title, text), hide() }
 *   openEditorPanel(el, { fileName, text }) → Promise<string | undefined>   (undefined: not saved)
 */
import type { ClusterView } from '../../sandbox/view';

export interface ClusterPicture {
  update(view: ClusterView): void;
  destroy(): void;
}

export interface DescribePanel {
  show(title: string, text: string): void;
  hide(): void;
}

interface PictureModule {
  mountClusterPicture(el: HTMLElement, options: { onPodClick(namespace: string, name: string): void }): ClusterPicture;
}

interface DescribeModule {
  mountDescribePanel(el: HTMLElement): DescribePanel;
}

interface EditorModule {
  openEditorPanel(el: HTMLElement, file: { fileName: string; text: string }): Promise<string | undefined>;
}

const pictureModules = import.meta.glob<PictureModule>('../cluster-view/picture.ts');
const describeModules = import.meta.glob<DescribeModule>('../cluster-view/describe-panel.ts');
const editorModules = import.meta.glob<EditorModule>('../editor/editor-panel.ts');

async function load<T>(modules: Record<string, () => Promise<T>>): Promise<T | undefined> {
  const loader = Object.values(modules)[0];
  if (!loader) return undefined;
  try {
    return await loader();
  } catch {
    return undefined;
  }
}

export const loadPicture = () => load(pictureModules);
export const loadDescribePanel = () => load(describeModules);
export const loadEditorPanel = () => load(editorModules);
