// The API machinery for the kinds this folder owns, layered over the built-in plugins: custom
// objects are pruned, defaulted and validated from their CRD's schema; CustomResourceDefinitions
// get their own defaulting, strategy and validation. Everything else passes through.

import type { ApiPlugins } from '../apiserver';
import { renderedErrors } from '../field-errors';
import type { KubeObject } from '../object';
import { resourceKey, type ResourceType } from '../registry';
import { validateMetadataOnlyCreate, validateMetadataOnlyUpdate } from '../validation/cluster';
import { decodeCustomObject } from './decode-custom';
import { validateCustomObject } from './schema-validate';
import { CRD_RESOURCE, type JSONSchemaProps } from './shapes';
import { defaultCRD, prepareCRDForCreate, prepareCRDForUpdate } from './strategy';
import { validateCRDCreate, validateCRDUpdate } from './validate-crd';

const isCRD = (type: ResourceType): boolean => resourceKey(type) === CRD_RESOURCE;
const schemaOf = (type: ResourceType): JSONSchemaProps | undefined => type.custom?.schema as JSONSchemaProps | undefined;

function validateCustom(obj: KubeObject, type: ResourceType, old?: KubeObject) {
  const meta = old ? validateMetadataOnlyUpdate(obj, old) : validateMetadataOnlyCreate(obj);
  return renderedErrors([...meta, ...validateCustomObject(obj, schemaOf(type))]);
}

export function withCustomResources(base: ApiPlugins): ApiPlugins {
  return {
    decode: (obj, type, mode) => (type.custom ? decodeCustomObject(obj, type, mode) : base.decode(obj, type, mode)),
    defaults(obj, type) {
      if (type.custom) return;
      if (isCRD(type)) defaultCRD(obj);
      else base.defaults(obj, type);
    },
    prepareForCreate(obj, type) {
      if (type.custom) {
        if (type.custom.statusSubresource) delete obj['status'];
        obj.apiVersion = `${type.group}/${type.custom.storageVersion}`;
      } else if (isCRD(type)) prepareCRDForCreate(obj);
      else base.prepareForCreate(obj, type);
    },
    prepareForUpdate(obj, old, type) {
      if (type.custom) obj.apiVersion = `${type.group}/${type.custom.storageVersion}`;
      else if (isCRD(type)) prepareCRDForUpdate(obj);
      else base.prepareForUpdate(obj, old, type);
    },
    validateCreate(obj, type) {
      if (type.custom) return validateCustom(obj, type);
      return isCRD(type) ? renderedErrors(validateCRDCreate(obj)) : base.validateCreate(obj, type);
    },
    validateUpdate(obj, old, type, subresource) {
      if (type.custom) return validateCustom(obj, type, old);
      return isCRD(type) ? renderedErrors(validateCRDUpdate(obj, old)) : base.validateUpdate(obj, old, type, subresource);
    },
    admit: base.admit,
  };
}
