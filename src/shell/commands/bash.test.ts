import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('bash and sh', () => {
  it('run -c, files and stdin in a new process that sees only the environment', () => {
    expect(output(['x=local; export E=env', "bash -c 'echo [$x][$E] $0 $1; cd /; exit 3' name arg; echo $?; pwd", "echo 'echo from stdin' | sh", 'bash nope.sh; echo $?'])).toBe(
      '[][env] name arg\n3\n/root\nfrom stdin\nbash: nope.sh: No such file or directory\n127\n',
    );
  });
});
