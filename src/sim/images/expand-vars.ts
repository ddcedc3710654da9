/**
 * Kubernetes' `$(VAR)` expansion of command, args and env values (the kubelet's port of
 * third_party/forked/golang/expansion): `$(NAME)` becomes the variable's value when NAME is defined
 * and stays as written otherwise; `$$` is an escaped `$`; any other `$` is kept. No shell syntax:
 * `$VAR` and `${VAR}` pass through untouched for the container's own shell.
 */
export function expandK8sVars(input: string, env: Record<string, string> | Map<string, string>): string {
  const lookup = (name: string): string | undefined =>
    env instanceof Map ? env.get(name) : Object.prototype.hasOwnProperty.call(env, name) ? env[name] : undefined;
  let out = '';
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== '$' || cursor + 1 >= input.length) continue;
    out += input.slice(checkpoint, cursor);
    const next = input[cursor + 1];
    let advance = 1;
    if (next === '$') {
      out += '$';
    } else if (next === '(') {
      const close = input.indexOf(')', cursor + 2);
      if (close < 0) {
        out += '$(';
      } else {
        const name = input.slice(cursor + 2, close);
        const value = lookup(name);
        out += value ?? `$(${name})`;
        advance = close - cursor;
      }
    } else {
      out += `$${next}`;
    }
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return out + input.slice(checkpoint);
}
