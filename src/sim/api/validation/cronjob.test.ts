import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

type Obj = Record<string, unknown>;
const jobTemplate = (spec: Obj = {}, podSpec: Obj = {}): Obj => ({
  spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'hello', image: 'busybox' }], ...podSpec } }, ...spec },
});
const cron = (spec: Obj, name = 'hello') => ({
  apiVersion: 'batch/v1',
  kind: 'CronJob',
  metadata: { name },
  spec: { schedule: '*/1 * * * *', jobTemplate: jobTemplate(), ...spec },
});
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);

describe('CronJob create', () => {
  const cases: Array<[string, ReturnType<typeof cron>, string[]]> = [
    ['a valid cron job', cron({}), []],
    ['macros are accepted', cron({ schedule: '@hourly' }), []],
    ['schedule missing', cron({ schedule: '' }), ['spec.schedule: Required value']],
    ['schedule not five fields', cron({ schedule: 'bad' }), ['spec.schedule: Invalid value: "bad": expected exactly 5 fields, found 1: [bad]']],
    ['schedule with seconds', cron({ schedule: '*/10 * * * * *' }), ['spec.schedule: Invalid value: "*/10 * * * * *": expected exactly 5 fields, found 6: [*/10 * * * * *]']],
    ['minute out of range', cron({ schedule: '60 * * * *' }), ['spec.schedule: Invalid value: "60 * * * *": end of range (60) above maximum (59): 60']],
    [
      'TZ in the schedule',
      cron({ schedule: 'CRON_TZ=UTC 0 * * * *' }),
      ['spec.schedule: Invalid value: "CRON_TZ=UTC 0 * * * *": cannot use TZ or CRON_TZ in schedule, use timeZone field instead'],
    ],
    ['a real time zone', cron({ timeZone: 'Europe/Paris' }), []],
    ['an unknown time zone', cron({ timeZone: 'Mars/Olympus' }), ['spec.timeZone: Invalid value: "Mars/Olympus": unknown time zone Mars/Olympus']],
    ['a time zone with digits in a long part', cron({ timeZone: 'Etc/GMT+5/Extraordinarylong' }), ['spec.timeZone: Invalid value: "Etc/GMT+5/Extraordinarylong": unknown time zone Etc/GMT+5/Extraordinarylong']],
    ['Local is not explicit', cron({ timeZone: 'Local' }), ['spec.timeZone: Invalid value: "Local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones']],
    ['an empty time zone', cron({ timeZone: '' }), ['spec.timeZone: Invalid value: "": timeZone must be nil or non-empty string']],
    [
      'concurrency policy and history limits',
      cron({ concurrencyPolicy: 'Never', successfulJobsHistoryLimit: -1 }),
      [
        'spec.concurrencyPolicy: Unsupported value: "Never": supported values: "Allow", "Forbid", "Replace"',
        'spec.successfulJobsHistoryLimit: Invalid value: -1: must be greater than or equal to 0',
      ],
    ],
    [
      'job template restartPolicy Always',
      cron({ jobTemplate: jobTemplate({}, { restartPolicy: 'Always' }) }),
      ['spec.jobTemplate.spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"'],
    ],
    [
      'selector in the job template',
      cron({ jobTemplate: jobTemplate({ selector: { matchLabels: { app: 'hello' } } }) }),
      ['spec.jobTemplate.spec.selector: Invalid value: {"matchLabels":{"app":"hello"}}: `selector` will be auto-generated'],
    ],
    ['name too long for its jobs', cron({}, 'a'.repeat(53)), [`metadata.name: Invalid value: "${'a'.repeat(53)}": must be no more than 52 characters`]],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });

  it('checks the schedule on update too, but not an unchanged time zone', () => {
    const old = cron({ timeZone: 'Europe/Paris' });
    expect(render(validateUpdate(cron({ timeZone: 'Europe/Paris', schedule: '* * * * 8' }), old))).toEqual([
      'spec.schedule: Invalid value: "* * * * 8": end of range (8) above maximum (6): 8',
    ]);
  });
});
