import { Chalk } from 'chalk';
import type { Cue } from '../model/cue.js';
import type { Meeting } from '../model/meeting.js';
import { escapeTerminal as e } from './escape.js';
import type { FormatOptions } from './types.js';

/** Options of `formatMeeting`. */
export interface MeetingTextOptions extends FormatOptions {
  /** Show under each decision and action why it was taken as one, and how its owners were read. */
  explain?: boolean;
}

/**
 * A readable summary of one meeting for people: title, when, where, who with roles, numbered items;
 * with `explain`, the cue of each decision and action on a dim line under it.
 */
export function formatMeeting(meeting: Meeting, options: MeetingTextOptions): string {
  const c = new Chalk({ level: options.color });
  const why = (cue: Cue): string[] => (options.explain ? [c.dim(`      ${explainCue(cue)}`)] : []);
  const out: string[] = [];
  out.push(c.bold(meeting.title ? e(meeting.title) : '(untitled meeting)'));
  if (meeting.source.path) out.push(c.dim(e(meeting.source.path)));
  const when = [meeting.date, meeting.startTime && `${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ''}`].filter(Boolean).join(' ');
  if (when) out.push(`${c.cyan('When')}   ${when}`);
  if (meeting.location) out.push(`${c.cyan('Where')}  ${e(meeting.location)}`);
  const present = meeting.participants.filter((p) => p.present);
  if (present.length > 0) {
    out.push(c.cyan('Who'));
    for (const p of present) out.push(`  ${e(p.name)}${p.organization ? c.dim(` (${e(p.organization)})`) : ''}${p.roles.length ? ` ${c.yellow(e(p.roles.join(', ')))}` : ''}`);
  }
  const absent = meeting.participants.filter((p) => !p.present);
  if (absent.length > 0) out.push(`${c.cyan('Absent')} ${absent.map((p) => e(p.name)).join(', ')}`);
  if (meeting.agenda.length > 0) {
    out.push(c.cyan('Agenda'));
    for (const item of meeting.agenda) out.push(`  ${item.number ? `${e(item.number)}. ` : '- '}${e(item.title)}${item.presenter ? c.dim(` / ${e(item.presenter)}`) : ''}`);
  }
  if (meeting.decisions.length > 0) {
    out.push(c.cyan('Decisions'));
    for (const d of meeting.decisions) out.push(`  ${c.green('✔')} ${e(d.text)}${d.item ? c.dim(` (§ ${e(d.item)})`) : ''}`, ...why(d.cue));
  }
  if (meeting.actions.length > 0) {
    out.push(c.cyan('Actions'));
    for (const a of meeting.actions) {
      const box = a.status === 'done' ? '[x]' : '[ ]';
      out.push(`  ${box} ${a.owners.length ? `${c.bold(e(a.owners.join(', ')))}: ` : ''}${e(a.text)}${a.due ? c.magenta(` (due ${a.due.end})`) : ''}`, ...why(a.cue));
    }
  }
  return `${out.join('\n')}\n`;
}

const KIND_WORDS: Record<Cue['kind'], string> = {
  marker: 'marker',
  section: 'section',
  grammar: 'sentence',
  table: 'table column',
  'task-list': 'task list',
  vote: 'vote',
  phrase: 'phrase',
};

/** One line on why an item was taken: `why: marker "ACTION" · owners: Minna → Minna Männikkö (participant)`. */
export function explainCue(cue: Cue): string {
  const owner = cue.owner === undefined ? '' : ` · owners: ${e(cue.owner)}`;
  return `why: ${KIND_WORDS[cue.kind]} "${e(cue.words)}"${owner}`;
}
