// The parts of apiextensions.k8s.io/v1 the simulated API server reads: a CRD as stored, and the
// structural JSON Schema subset its openAPIV3Schema may use. Fields are optional because user input
// is checked against these shapes, not trusted to have them.

export const CRD_RESOURCE = 'customresourcedefinitions.apiextensions.k8s.io';
export const CRD_GROUP = 'apiextensions.k8s.io';

export interface JSONSchemaProps {
  type?: string;
  format?: string;
  description?: string;
  properties?: Record<string, JSONSchemaProps>;
  additionalProperties?: JSONSchemaProps | boolean;
  items?: JSONSchemaProps | JSONSchemaProps[];
  required?: string[];
  enum?: unknown[];
  default?: unknown;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
  [other: string]: unknown;
}

export interface CRDNames {
  plural?: string;
  singular?: string;
  kind?: string;
  listKind?: string;
  shortNames?: string[];
  categories?: string[];
}

export interface CRDColumn {
  name: string;
  type: string;
  jsonPath: string;
  format?: string;
  description?: string;
  priority?: number;
}

export interface CRDVersion {
  name?: string;
  served?: boolean;
  storage?: boolean;
  deprecated?: boolean;
  schema?: { openAPIV3Schema?: JSONSchemaProps };
  subresources?: { status?: object; scale?: object };
  additionalPrinterColumns?: CRDColumn[];
}

export interface CRDCondition {
  type: string;
  status: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}

export interface CRD {
  apiVersion: string;
  kind: string;
  metadata: { name?: string; creationTimestamp?: string; deletionTimestamp?: string; [k: string]: unknown };
  spec?: {
    group?: string;
    names?: CRDNames;
    scope?: string;
    versions?: CRDVersion[];
    conversion?: { strategy?: string; webhook?: unknown };
    preserveUnknownFields?: boolean;
  };
  status?: {
    acceptedNames?: CRDNames;
    conditions?: CRDCondition[];
    storedVersions?: string[];
  };
}

export function condition(crd: CRD, type: string): CRDCondition | undefined {
  return crd.status?.conditions?.find((c) => c.type === type);
}

export function isEstablished(crd: CRD): boolean {
  return condition(crd, 'Established')?.status === 'True';
}
