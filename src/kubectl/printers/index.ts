// Output printers of the kubectl emulator: pure functions that print exactly what kubectl v1.35 does.

export { TabWriter, newDescribeTabWriter, newKubectlTabWriter, renderKubectlTable, type TabWriterOptions } from './tabwriter';
export { toYaml } from './yaml';
export { goJsonString, toCompactJson, toJson, type JsonOptions } from './json';
export {
  executeJsonPath,
  findJsonPathResults,
  jsonPathText,
  parseJsonPath,
  type ExecuteOptions,
  type ExecuteResult,
  type JsonPathProgram,
  type ParseResult,
} from './jsonpath';
export {
  escapeTerminal,
  parseCustomColumnsSpec,
  parseCustomColumnsTemplate,
  printCustomColumns,
  relaxedJsonPathExpression,
  type ColumnsResult,
  type CustomColumn,
  type CustomColumnsOptions,
  type CustomColumnsResult,
} from './custom-columns';
export { formatGoFloat, formatGoNumber, goQuote, goSharpV, goSprint } from './go-fmt';
