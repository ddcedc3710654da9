// `kubectl completion bash|zsh|fish|powershell`: kubectl's licence notice (bash, zsh) followed by
// a small completion script of our own that completes command names and resource types. The
// simulator's terminal completes on its own; the script is for students practising the usual
// `source <(kubectl completion bash)` step.

import { RESOURCE_TYPES } from '../../sim/api/registry';
import type { CommandSpec, Invocation } from '../cli/command';
import { usageError, type KubectlError } from '../cli/errors';

/** The notice kubectl prints at the top of its bash and zsh scripts. */
const NOTICE = `
# Copyright 2016 The Kubernetes Authors.
#
# Licensed under the Apache License, Version 2.0 (the "License");
# you may not use this file except in compliance with the License.
# You may obtain a copy of the License at
#
#     http://www.apache.org/licenses/LICENSE-2.0
#
# Unless required by applicable law or agreed to in writing, software
# distributed under the License is distributed on an "AS IS" BASIS,
# WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
# See the License for the specific language governing permissions and
# limitations under the License.
`;

const COMMANDS =
  'annotate api-resources api-versions apply attach auth autoscale certificate cluster-info completion config cordon cp create debug delete describe diff drain edit events exec explain expose get kustomize label logs options patch plugin port-forward proxy replace rollout run scale set taint top uncordon version wait';

const resourceWords = (): string => [...new Set(RESOURCE_TYPES.flatMap((t) => [t.plural, ...t.shortNames]))].sort().join(' ');

function bashScript(): string {
  return `
# Completion of kubectl command names (first word) and resource types (second word) in the
# Kubedojo simulator.
__kubedojo_kubectl_complete() {
    local word="\${COMP_WORDS[COMP_CWORD]}"
    case "$COMP_CWORD" in
        1) COMPREPLY=( $(compgen -W "${COMMANDS}" -- "$word") ) ;;
        2) COMPREPLY=( $(compgen -W "${resourceWords()}" -- "$word") ) ;;
        *) COMPREPLY=() ;;
    esac
}
complete -o default -F __kubedojo_kubectl_complete kubectl
`;
}

function zshScript(): string {
  return `
# Completion of kubectl command names and resource types in the Kubedojo simulator.
_kubectl() {
    if (( CURRENT == 2 )); then
        compadd -- ${COMMANDS}
    elif (( CURRENT == 3 )); then
        compadd -- ${resourceWords()}
    fi
}
`;
}

const fishScript = (): string =>
  `# Completion of kubectl command names in the Kubedojo simulator.\ncomplete -c kubectl -f -n "__fish_use_subcommand" -a "${COMMANDS}"\n`;

const powershellScript = (): string =>
  `# Completion of kubectl command names in the Kubedojo simulator.\nRegister-ArgumentCompleter -Native -CommandName kubectl -ScriptBlock {\n    param($wordToComplete)\n    '${COMMANDS.split(' ').join("','")}' | Where-Object { $_ -like "$wordToComplete*" }\n}\n`;

const SHELLS: Record<string, () => string> = {
  bash: () => NOTICE + bashScript(),
  zsh: () => `#compdef kubectl\ncompdef _kubectl kubectl\n${NOTICE}${zshScript()}`,
  fish: fishScript,
  powershell: powershellScript,
};

function runCompletion(inv: Invocation): KubectlError | undefined {
  if (inv.args.length === 0) return usageError(inv.commandPath, 'Shell not specified.');
  if (inv.args.length > 1) return usageError(inv.commandPath, 'Too many arguments. Expected only the shell type.');
  const shell = inv.args[0] as string;
  const script = Object.hasOwn(SHELLS, shell) ? SHELLS[shell] : undefined;
  if (!script) return usageError(inv.commandPath, `Unsupported shell type "${shell}".`);
  inv.out.out(script());
  return undefined;
}

export const completionCommand: CommandSpec = {
  name: 'completion',
  short: 'Print shell completion code',
  long:
    'Print shell code that makes the shell complete kubectl command names and resource types, for bash,\n' +
    ' zsh, fish or powershell. Load it into the running shell, or add that line to your shell\'s start-up file.',
  example:
    '  # Completion in the current bash session\n  source <(kubectl completion bash)\n  \n' +
    "  # In every new bash session\n  echo 'source <(kubectl completion bash)' >> ~/.bashrc\n  \n" +
    '  # The same for zsh\n  source <(kubectl completion zsh)',
  use: 'SHELL [options]',
  run: runCompletion,
};
