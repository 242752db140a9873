declare module 'virtual:dataset-index' {
  import type { PackedIndex } from './pack';
  const packed: PackedIndex;
  export default packed;
}
