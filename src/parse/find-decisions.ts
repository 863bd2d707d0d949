import type { Decision } from '../model/decision.js';
import type { FindContext } from './parse-minutes.js';

/** The decisions of a meeting. */
export function findDecisions(context: FindContext): Decision[] {
  void context;
  return [];
}
