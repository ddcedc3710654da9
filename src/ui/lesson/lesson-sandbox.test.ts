import { describe, expect, it } from 'vitest';
import { labsIn, lessonSandbox, placesSandbox } from './lesson-sandbox';

const FILE = 'content/lessons/en/core-objects/deployments.mdx';

describe('labsIn', () => {
  it('finds placed labs, not ones in comments or code', () => {
    const body = [
      '{/* Put <Lab id="old" /> here once it exists. */}',
      '```mdx',
      '<Lab id="example" />',
      '```',
      '<Lab id="deployments" />',
      "<Lab id='deployments' />",
      '<Lab id={"other"} />',
      'Write `<Lab id="inline" />` to place one.',
    ].join('\n');
    expect(labsIn(body)).toEqual(['deployments', 'other']);
  });
});

describe('placesSandbox', () => {
  it('sees a placed <Sandbox>, not a mention in a comment', () => {
    expect(placesSandbox('text\n<Sandbox seed={7} height="26rem" />\n')).toBe(true);
    expect(placesSandbox('{/* <Sandbox /> */}\nimport Sandbox from "x";')).toBe(false);
  });
});

describe('lessonSandbox', () => {
  it('gives no side sandbox without frontmatter or lab', () => {
    expect(lessonSandbox(undefined, '<Sandbox seed={7} />', FILE)).toBeUndefined();
  });

  it('takes the seed of the frontmatter', () => {
    expect(lessonSandbox({}, 'text', FILE)).toEqual({});
    expect(lessonSandbox({ seed: 5 }, 'text', FILE)).toEqual({ seed: 5 });
  });

  it('starts the side sandbox from the placed lab, with or without frontmatter', () => {
    expect(lessonSandbox({}, '<Lab id="deployments" />', FILE)).toEqual({ lab: 'deployments' });
    expect(lessonSandbox(undefined, '<Lab id="deployments" />', FILE)).toEqual({ lab: 'deployments' });
    expect(lessonSandbox({ lab: 'pods', seed: 3 }, 'text', FILE)).toEqual({ lab: 'pods' });
  });

  it('refuses two sandboxes, two labs, or labs that disagree', () => {
    expect(() => lessonSandbox({}, '<Sandbox />', FILE)).toThrow(
      'content/lessons/en/core-objects/deployments.mdx: the lesson has sandbox: in its frontmatter and a <Sandbox /> in its text — its sandbox is then in the side column: remove the <Sandbox /> from the text (or remove sandbox: from the frontmatter)',
    );
    expect(() => lessonSandbox(undefined, '<Lab id="a" />\n<Sandbox />', FILE)).toThrow(
      'content/lessons/en/core-objects/deployments.mdx: the lesson has <Lab id="a" /> and a <Sandbox /> in its text — its sandbox is then in the side column: remove the <Sandbox /> from the text',
    );
    expect(() => lessonSandbox({}, '<Lab id="a" />\n<Lab id="b" />', FILE)).toThrow(
      'content/lessons/en/core-objects/deployments.mdx: one lesson has one sandbox, so at most one <Lab />; found <Lab id="a" /> and <Lab id="b" />',
    );
    expect(() => lessonSandbox({ lab: 'a' }, '<Lab id="b" />', FILE)).toThrow(
      'content/lessons/en/core-objects/deployments.mdx: the frontmatter says sandbox: { lab: a } but the text has <Lab id="b" /> — use the same lab in both (or drop lab: from the frontmatter)',
    );
  });
});
