declare module 'virtual:dataset-index' {
  import type { PackedIndex } from './pack';
  const packed: PackedIndex;
  export default packed;
}

declare module 'virtual:dataset-content' {
  import type { PackedContentIndex } from './content-index';
  const packed: PackedContentIndex;
  export default packed;
}
