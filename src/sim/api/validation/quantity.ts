import type { Quantity } from '../../../lib/quantity';
import { compareQuantity, parseQuantity, quantityToString } from '../../../lib/quantity';

/**
 * The few resource.Quantity operations validation needs, over src/lib/quantity.ts. Unparsable
 * values are the decoder's business (it rejects them with the quantity regex message before
 * validation runs), so here they are simply skipped (null).
 */
export type Qty = Quantity;

export function parseQty(input: unknown): Qty | null {
  if (typeof input === 'number') return Number.isFinite(input) ? parseQuantity(String(input)) : null;
  return typeof input === 'string' ? parseQuantity(input.trim()) : null;
}

export const cmpQty = (a: Qty, b: Qty): number => compareQuantity(a, b);
export const isNegativeQty = (q: Qty): boolean => q.nanos < 0n;
export const isPositiveQty = (q: Qty): boolean => q.nanos > 0n;
export const isIntegerQty = (q: Qty): boolean => q.nanos % 1_000_000_000n === 0n;
/** Quantity.String(), the form the server prints in messages ("1000m" → "1"). */
export const formatQty = (q: Qty): string => quantityToString(q);
