// The shape of the description data: per type id (`core/v1.PodSpec`), what the type is and what
// each of its fields means, in our own words.

export interface TypeDoc {
  readonly about?: string;
  readonly fields?: Readonly<Record<string, string>>;
}

export type TypeDocs = Readonly<Record<string, TypeDoc>>;
