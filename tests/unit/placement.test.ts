import { describe, expect, it } from 'vitest';
import { anchorLine, isVisibleIn, placeBeside, type Rect } from '../../lib/placement';

const viewport = { width: 1000, height: 800 };
const card = { width: 300, height: 200 };
const rect = (left: number, top: number, width = 40, height = 20): Rect => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const cardRect = (p: { left: number; top: number; maxHeight?: number }) =>
  rect(p.left, p.top, card.width, p.maxHeight ?? card.height);

describe('placeBeside', () => {
  it('puts the card below the name, left-aligned, with a gap', () => {
    const name = rect(100, 100);
    const p = placeBeside(name, card, viewport, { gap: 6 });
    expect(p).toEqual({ left: 100, top: 126, side: 'below' });
    expect(overlaps(cardRect(p), name)).toBe(false);
  });

  it('flips above when there is no room below', () => {
    const name = rect(100, 700);
    const p = placeBeside(name, card, viewport, { gap: 6 });
    expect(p.side).toBe('above');
    expect(p.top + card.height).toBe(694);
    expect(overlaps(cardRect(p), name)).toBe(false);
  });

  it('shifts left to stay inside the right edge, keeping the padding', () => {
    const name = rect(960, 100);
    const p = placeBeside(name, card, viewport, { padding: 8 });
    expect(p.left + card.width).toBe(992);
    expect(overlaps(cardRect(p), name)).toBe(false);
  });

  it('never goes past the left edge, even for a card wider than the viewport', () => {
    const p = placeBeside(rect(0, 100), { width: 1200, height: 100 }, viewport, { padding: 8 });
    expect(p.left).toBe(8);
  });

  it('caps the height on the roomier side when neither side fits', () => {
    const name = rect(100, 300);
    const tall = { width: 300, height: 700 };
    const p = placeBeside(name, tall, viewport, { gap: 6, padding: 8 });
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(800 - 8 - 326);
    expect(p.top).toBe(326);
    const p2 = placeBeside(rect(100, 500), tall, viewport, { gap: 6, padding: 8 });
    expect(p2.side).toBe('above');
    expect(p2.maxHeight).toBe(500 - 6 - 8);
    expect(p2.top).toBe(8);
  });
});

describe('anchorLine', () => {
  const lines = [rect(500, 100, 200), rect(0, 120, 80)];
  it('takes the line nearest the pointer for a wrapped name', () => {
    expect(anchorLine(lines, 130)).toBe(lines[1]);
    expect(anchorLine(lines, 105)).toBe(lines[0]);
  });
  it('takes the first line without a pointer', () => {
    expect(anchorLine(lines)).toBe(lines[0]);
    expect(anchorLine([])).toBeUndefined();
  });
});

describe('isVisibleIn', () => {
  it('is false once the name has scrolled out of view', () => {
    expect(isVisibleIn(rect(10, 10), viewport)).toBe(true);
    expect(isVisibleIn(rect(10, -30), viewport)).toBe(false);
    expect(isVisibleIn(rect(10, 800), viewport)).toBe(false);
  });
});
