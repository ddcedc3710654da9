// What the kubelet and the network ask of the image catalog (src/sim/kubelet/default-catalog.ts,
// src/sim/network/runtime-view.ts), as one module: catalog-source.ts loads it, lazily in the browser.
export { catalogService } from './service';
export { execInImage } from './exec';
