/** The syntax tree of an awk program. */
export type Expr =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 'regex'; source: string }
  | { k: 'var'; name: string }
  | { k: 'field'; index: Expr }
  | { k: 'elem'; name: string; subscripts: Expr[] }
  | { k: 'assign'; op: string; target: LValue; value: Expr }
  | { k: 'cond'; test: Expr; yes: Expr; no: Expr }
  | { k: 'binary'; op: string; left: Expr; right: Expr }
  | { k: 'unary'; op: string; operand: Expr }
  | { k: 'incdec'; op: '++' | '--'; prefix: boolean; target: LValue }
  | { k: 'match'; negate: boolean; left: Expr; right: Expr }
  | { k: 'in'; subscripts: Expr[]; name: string }
  | { k: 'call'; name: string; args: Expr[] }
  | { k: 'user'; name: string; args: Expr[] }
  | { k: 'group'; exprs: Expr[] };

export type LValue = Extract<Expr, { k: 'var' } | { k: 'field' } | { k: 'elem' }>;

export interface Output {
  mode: '>' | '>>';
  target: Expr;
}

export type Stmt =
  | { k: 'print'; args: Expr[]; out?: Output }
  | { k: 'printf'; args: Expr[]; out?: Output }
  | { k: 'expr'; expr: Expr }
  | { k: 'if'; test: Expr; yes: Stmt; no?: Stmt }
  | { k: 'while'; test: Expr; body: Stmt }
  | { k: 'do'; body: Stmt; test: Expr }
  | { k: 'for'; init?: Expr; test?: Expr; step?: Expr; body: Stmt }
  | { k: 'forin'; variable: string; array: string; body: Stmt }
  | { k: 'block'; body: Stmt[] }
  | { k: 'next' }
  | { k: 'exit'; code?: Expr }
  | { k: 'break' }
  | { k: 'continue' }
  | { k: 'return'; value?: Expr }
  | { k: 'delete'; name: string; subscripts?: Expr[] };

export interface Rule {
  pattern?: Expr;
  /** `pat1, pat2`: from a line matching pat1 through one matching pat2. */
  rangeEnd?: Expr;
  /** No action means `{ print }`. */
  action?: Stmt[];
}

export interface AwkFunction {
  params: string[];
  body: Stmt[];
}

export interface Program {
  begin: Stmt[][];
  end: Stmt[][];
  rules: Rule[];
  functions: Map<string, AwkFunction>;
}
