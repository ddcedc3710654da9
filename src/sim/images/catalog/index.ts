/** The image catalog: every repository the simulated registries serve, by canonical name. */
import type { ImageInfo } from '../types';
import { baseImages } from './base-images';
import { mongoRabbitImages } from './mongo-rabbitmq';
import { mysqlImages } from './mysql';
import { postgresImages } from './postgres';
import { nginxImages } from './nginx';
import { runtimeImages } from './runtimes';
import { serverImages } from './servers';
import { systemImages } from './system';
import { teachingImages } from './teaching';

let catalog: Map<string, ImageInfo> | null = null;

/** Built on first use (a few hundred variants), then shared. */
export function imageCatalog(): Map<string, ImageInfo> {
  if (!catalog) {
    catalog = new Map();
    for (const img of [...nginxImages(), ...baseImages(), ...serverImages(), ...mysqlImages(), ...postgresImages(), ...mongoRabbitImages(), ...runtimeImages(), ...systemImages(), ...teachingImages()]) {
      catalog.set(img.repository, img);
    }
  }
  return catalog;
}
