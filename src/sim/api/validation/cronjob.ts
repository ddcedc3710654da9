import type { FieldError } from '../field-errors';
import { invalid, required, unsupported } from '../field-errors';
import { nonNegative } from './apps-common';
import { isKnownTimeZone, parseCron } from './cron';
import { validateJobSpecBody } from './job';
import { validateObjectMeta, validateObjectMetaUpdate } from './meta';
import { nameIsDNSSubdomain } from './names';
import { selectorValue } from './selector';
import { asObj, asStr, defaulted, isObj } from './util';

/**
 * CronJobs: kubernetes `pkg/apis/batch/validation/validation.go` (ValidateCronJobCreate,
 * validateCronJobSpec, validateScheduleFormat, validateTimeZone, ValidateJobTemplateSpec).
 */

const VALID_TZ_PART = /^[A-Za-z.\-_0-9+]{1,14}$/;

function validateSchedule(schedule: string, allowTZ: boolean, timeZone: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const parsed = parseCron(schedule);
  if (!parsed.ok) errs.push(invalid(path, schedule, parsed.message));
  if (allowTZ && schedule.includes('TZ') && timeZone !== undefined && timeZone !== null) {
    errs.push(invalid(path, schedule, 'cannot use both timeZone field and TZ or CRON_TZ in schedule'));
  } else if (!allowTZ && schedule.includes('TZ')) {
    errs.push(invalid(path, schedule, 'cannot use TZ or CRON_TZ in schedule, use timeZone field instead'));
  }
  return errs;
}

function validateTimeZone(tz: unknown, path: string): FieldError[] {
  if (tz === undefined || tz === null) return [];
  const zone = asStr(tz);
  if (zone === '') return [invalid(path, zone, 'timeZone must be nil or non-empty string')];
  for (const part of zone.split('/')) {
    if (part === '.' || part === '..' || part.startsWith('-') || !VALID_TZ_PART.test(part)) {
      return [invalid(path, zone, `unknown time zone ${zone}`)];
    }
  }
  const errs: FieldError[] = [];
  if (zone.toLowerCase() === 'local') {
    errs.push(invalid(path, zone, 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'));
  }
  if (!isKnownTimeZone(zone)) errs.push(invalid(path, zone, `unknown time zone ${zone}`));
  return errs;
}

function validateJobTemplate(template: unknown, path: string): FieldError[] {
  const spec = asObj(asObj(template).spec);
  const errs = validateJobSpecBody(spec, `${path}.spec`);
  if (isObj(spec.selector)) errs.push(invalid(`${path}.spec.selector`, selectorValue(spec.selector), '`selector` will be auto-generated'));
  if (spec.manualSelector === true) errs.push(unsupported(`${path}.spec.manualSelector`, true, ['nil', 'false']));
  return errs;
}

function validateCronJobSpec(specValue: unknown, oldSpecValue: unknown | undefined): FieldError[] {
  const spec = asObj(specValue);
  const old = oldSpecValue === undefined ? undefined : asObj(oldSpecValue);
  const errs: FieldError[] = [];
  const schedule = asStr(spec.schedule);
  if (!schedule) errs.push(required('spec.schedule'));
  else errs.push(...validateSchedule(schedule, old !== undefined && asStr(old.schedule).includes('TZ'), spec.timeZone, 'spec.schedule'));
  errs.push(...nonNegative(spec.startingDeadlineSeconds, 'spec.startingDeadlineSeconds'));
  if (old === undefined || old.timeZone !== spec.timeZone) errs.push(...validateTimeZone(spec.timeZone, 'spec.timeZone'));
  const policy = defaulted(spec.concurrencyPolicy, 'Allow');
  if (!['Allow', 'Forbid', 'Replace'].includes(asStr(policy))) errs.push(unsupported('spec.concurrencyPolicy', policy, ['Allow', 'Forbid', 'Replace']));
  errs.push(...validateJobTemplate(spec.jobTemplate, 'spec.jobTemplate'));
  errs.push(...nonNegative(spec.successfulJobsHistoryLimit, 'spec.successfulJobsHistoryLimit'));
  errs.push(...nonNegative(spec.failedJobsHistoryLimit, 'spec.failedJobsHistoryLimit'));
  return errs;
}

export function validateCronJobCreate(obj: Record<string, unknown>): FieldError[] {
  const errs = [...validateObjectMeta(obj.metadata, nameIsDNSSubdomain), ...validateCronJobSpec(obj.spec, undefined)];
  const name = asStr(asObj(obj.metadata).name);
  // The controller appends an 11-character suffix for each Job; Job names stop at 63.
  if (name.length > 52) errs.push(invalid('metadata.name', name, 'must be no more than 52 characters'));
  return errs;
}

export function validateCronJobUpdate(obj: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  return [...validateObjectMetaUpdate(obj.metadata, old.metadata), ...validateCronJobSpec(obj.spec, old.spec)];
}
