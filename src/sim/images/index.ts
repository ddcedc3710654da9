/**
 * The image catalog and container process model of the simulated cluster (see README.md here).
 * Pure data and functions: the kubelet asks what an image is (resolveImage), what a container does
 * when started (planContainer, a JSON plan with virtual-time offsets), and later for its logs,
 * HTTP answers, exec results and resource use at a given virtual time.
 */
export { imageCatalog } from './catalog';
export { containerLogsAt } from './logs';
export type { LogsOptions, MaterialisedLine } from './logs';
export { execInImage } from './exec';
export type { ExecOptions } from './exec';
export { expandK8sVars } from './expand-vars';
export { httpAnswer } from './http';
export { LOG_LINE_CAP, planContainer, startErrorMessage } from './plan';
export { effectiveArgv, processEnv } from './process';
export { resolveImage, variantDigest, variantOf } from './resolve';
export { catalogService } from './service';
export type { LogQuery } from './service';
export { usageAt } from './usage';
export type {
  ContainerContext, ContainerNet, ExecResult, ExitReason, HttpAnswer, HttpRequest, ImageInfo, ImageResolution,
  ImageVariant, LogLine, LogStream, PeriodicLogs, PortSpec, ProcessExit, ProcessPlan, Protocol, TemplateLine,
  TemplatePart, UsageSpec,
} from './types';
