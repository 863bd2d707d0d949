import { isAbsolute, relative } from 'node:path';
import { textWidth, truncate } from './wrap-text.js';

/** A path under `cwd` relative to it; any other as given. */
export function shownPath(path: string, cwd: string | undefined): string {
  if (cwd === undefined || !isAbsolute(path)) return path;
  const inside = relative(cwd, path);
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : path;
}

/**
 * `label · path:line` in `room` columns (`Infinity`: no limit), or the place alone without a label. The
 * place is what a reader looks up: a long label gives way to it, cut with `…`.
 */
export function besidePlace(label: string, place: string, room: number): string {
  if (label === '') return place;
  const whole = `${label} · ${place}`;
  if (textWidth(whole) <= room) return whole;
  return `${truncate(label, Math.max(1, room - textWidth(place) - 3))} · ${place}`;
}
