/**
 * Where the tooltip goes, as pure geometry: below the name, flipped above
 * when there is no room below, shifted sideways to stay in the viewport, and
 * never over the name itself. Browser-free so every edge case is a unit test.
 *
 * Why not a positioning library: @floating-ui/dom (computePosition, flip,
 * shift, inline, autoUpdate) minifies to ~17 KB, over a quarter of the
 * content script's 60 KB budget, to do what the function below does for one
 * fixed-position element anchored to a line of text.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Set when neither side has room for the whole card: it must scroll within this height. */
  maxHeight?: number;
}

export interface PlacementOptions {
  /** Space between the name and the card. */
  gap?: number;
  /** Space kept between the card and the viewport edges. */
  padding?: number;
}

/**
 * The line box of the name to anchor to: for a name that wraps over two
 * lines, the one nearest the pointer (the first line when there is no pointer).
 */
export function anchorLine(lines: readonly Rect[], pointerY?: number): Rect | undefined {
  if (lines.length <= 1 || pointerY === undefined) return lines[0];
  let best = lines[0]!;
  let bestDistance = Infinity;
  for (const line of lines) {
    const distance =
      pointerY < line.top
        ? line.top - pointerY
        : pointerY > line.bottom
          ? pointerY - line.bottom
          : 0;
    if (distance < bestDistance) {
      best = line;
      bestDistance = distance;
    }
  }
  return best;
}

export function placeBeside(
  anchor: Rect,
  card: Size,
  viewport: Size,
  { gap = 6, padding = 8 }: PlacementOptions = {},
): Placement {
  const roomBelow = viewport.height - padding - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - padding;
  let side: Placement['side'] = 'below';
  let maxHeight: number | undefined;
  if (card.height > roomBelow) {
    if (card.height <= roomAbove || roomAbove > roomBelow) side = 'above';
    const room = side === 'below' ? roomBelow : roomAbove;
    if (card.height > room) maxHeight = Math.max(0, room);
  }
  const height = maxHeight ?? card.height;
  const top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  const maxLeft = viewport.width - padding - card.width;
  const left = Math.max(padding, Math.min(anchor.left, maxLeft));
  return maxHeight === undefined ? { left, top, side } : { left, top, side, maxHeight };
}

/** Whether any part of the rect is inside the viewport. */
export function isVisibleIn(rect: Rect, viewport: Size): boolean {
  return (
    rect.bottom > 0 && rect.right > 0 && rect.top < viewport.height && rect.left < viewport.width
  );
}
