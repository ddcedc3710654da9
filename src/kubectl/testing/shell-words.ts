// Test support: splits a golden file's command line (`kubectl get pods -o jsonpath="{…}"`) into
// words with bash's quoting rules for the cases the captures use: single quotes, double quotes
// (where only \\ \" \$ \` are escapes) and backslashes outside quotes.

export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (c === "'") {
      // An unmatched quote runs to the end of the line (bash would ask for more input).
      const found = line.indexOf("'", i + 1);
      const end = found < 0 ? line.length : found;
      word += line.slice(i + 1, end);
      i = end;
    } else if (c === '"') {
      for (i++; i < line.length && line[i] !== '"'; i++) {
        const d = line[i] as string;
        if (d === '\\' && '\\"$`'.includes(line[i + 1] ?? '')) word += line[++i];
        else word += d;
      }
    } else if (c === '\\') {
      word += line[++i] ?? '';
    } else {
      word += c;
    }
  }
  if (inWord) words.push(word);
  return words;
}
