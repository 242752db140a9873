/**
 * CONTRACT STUB — replaced by the real compact encoding.
 */
import type { RuntimeIndex } from './types';

export type PackedIndex = RuntimeIndex;

export function packIndex(index: RuntimeIndex): PackedIndex {
  return index;
}

export function unpackIndex(packed: PackedIndex): RuntimeIndex {
  return packed;
}
