// The API server's plugins (its write path) from plugins-source.ts. Where that part is there when the
// cluster is built (Node), they are the real ones, called directly. In the browser's worker a
// restored cluster is built before the part arrives: the API server then gets stand-ins that hand
// each call to the real plugins once they are loaded, and until then refuse every write — as
// validation, loaded with them, would — without defaulting or admitting anything.
import type { ApiPlugins, RenderedErrors } from './apiserver';
import { loadedApiPlugins, type PluginsPart } from './plugins-source';
import { internalError } from './status';

const NOT_LOADED = "the API server's write path is not loaded yet";
const REFUSED: RenderedErrors = { message: NOT_LOADED, causes: [{ reason: 'InternalError', message: NOT_LOADED, field: 'metadata' }] };

export function deferredApiPlugins(make: (part: PluginsPart) => ApiPlugins): ApiPlugins {
  const now = loadedApiPlugins();
  if (now) return make(now);
  let real: ApiPlugins | undefined;
  const loaded = (): ApiPlugins | undefined => {
    if (real) return real;
    const part = loadedApiPlugins();
    return part ? (real = make(part)) : undefined;
  };
  return {
    decode: (obj, type, mode) => loaded()?.decode(obj, type, mode) ?? { error: NOT_LOADED, warnings: [], object: obj },
    defaults: (obj, type) => loaded()?.defaults(obj, type),
    prepareForCreate: (obj, type) => loaded()?.prepareForCreate(obj, type),
    prepareForUpdate: (obj, old, type) => loaded()?.prepareForUpdate(obj, old, type),
    validateCreate: (obj, type) => {
      const plugins = loaded();
      return plugins ? plugins.validateCreate(obj, type) : REFUSED;
    },
    validateUpdate: (obj, old, type, subresource) => {
      const plugins = loaded();
      return plugins ? plugins.validateUpdate(obj, old, type, subresource) : REFUSED;
    },
    admit: (obj, old, type, api) => {
      const plugins = loaded();
      return plugins ? plugins.admit(obj, old, type, api) : internalError(NOT_LOADED);
    },
  };
}
