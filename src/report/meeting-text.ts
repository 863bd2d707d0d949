import { Chalk } from 'chalk';
import { say, type Locale } from '../messages/index.js';
import type { Cue } from '../model/cue.js';
import type { Meeting } from '../model/meeting.js';
import { escapeTerminal as e } from './escape.js';
import type { FormatOptions } from './types.js';
import { labelWidth } from './label-width.js';

/** Options of `formatMeeting`. */
export interface MeetingTextOptions extends FormatOptions {
  /** Show under each decision and action why it was taken as one, and how its owners were read. */
  explain?: boolean;
}

/**
 * A readable summary of one meeting for people: title, when, where, who with roles, numbered items;
 * with `explain`, the cue of each decision and action on a dim line under it. Labels are in
 * `locale` (default English); what the minutes say is shown as written.
 */
export function formatMeeting(meeting: Meeting, options: MeetingTextOptions): string {
  const c = new Chalk({ level: options.color });
  const locale = options.locale ?? 'en';
  const label = labelsOf(locale);
  const why = (cue: Cue): string[] => (options.explain ? [c.dim(`      ${explainCue(cue, locale)}`)] : []);
  const out: string[] = [];
  out.push(c.bold(meeting.title ? e(meeting.title) : say(locale, 'meeting.untitled')));
  if (meeting.source.path) out.push(c.dim(e(meeting.source.path)));
  const when = [meeting.date, meeting.startTime && `${meeting.startTime}${meeting.endTime ? `–${meeting.endTime}` : ''}`].filter(Boolean).join(' ');
  if (when) out.push(`${c.cyan(label.when)}${label.gap(label.when)}${when}`);
  if (meeting.location) out.push(`${c.cyan(label.where)}${label.gap(label.where)}${e(meeting.location)}`);
  const present = meeting.participants.filter((p) => p.present);
  if (present.length > 0) {
    out.push(c.cyan(say(locale, 'meeting.who')));
    for (const p of present) out.push(`  ${e(p.name)}${p.organization ? c.dim(` (${e(p.organization)})`) : ''}${p.roles.length ? ` ${c.yellow(e(p.roles.map((role) => roleName(role, locale)).join(', ')))}` : ''}`);
  }
  const absent = meeting.participants.filter((p) => !p.present);
  if (absent.length > 0) out.push(`${c.cyan(label.absent)}${label.gap(label.absent)}${absent.map((p) => e(p.name)).join(', ')}`);
  if (meeting.agenda.length > 0) {
    out.push(c.cyan(say(locale, 'meeting.agenda')));
    for (const item of meeting.agenda) out.push(`  ${item.number ? `${e(item.number)}. ` : '- '}${e(item.title)}${item.presenter ? c.dim(` / ${e(item.presenter)}`) : ''}${item.reference ? c.dim(` (${e(item.reference)})`) : ''}`);
  }
  if (meeting.decisions.length > 0) {
    out.push(c.cyan(say(locale, 'meeting.decisions')));
    for (const d of meeting.decisions) out.push(`  ${c.green('✔')} ${e(d.text)}${d.item ? c.dim(` (§ ${e(d.item)})`) : ''}`, ...why(d.cue));
  }
  if (meeting.actions.length > 0) {
    out.push(c.cyan(say(locale, 'meeting.actions')));
    for (const a of meeting.actions) {
      const box = a.status === 'done' ? '[x]' : '[ ]';
      out.push(`  ${box} ${a.owners.length ? `${c.bold(e(a.owners.join(', ')))}: ` : ''}${e(a.text)}${a.due ? c.magenta(` (${say(locale, 'meeting.due', { date: a.due.end })})`) : ''}`, ...why(a.cue));
    }
  }
  return `${out.join('\n')}\n`;
}

/** The labels `When`, `Where` and `Absent` in a locale, and the spaces that line up what follows them. */
function labelsOf(locale: Locale) {
  const when = say(locale, 'meeting.when');
  const where = say(locale, 'meeting.where');
  const absent = say(locale, 'meeting.absent');
  const column = Math.max(labelWidth(when), labelWidth(where), labelWidth(absent)) + 1;
  return { when, where, absent, gap: (label: string) => ' '.repeat(column - labelWidth(label)) };
}

const ROLE_NAMES: ReadonlyMap<string, 'role.chair' | 'role.secretary' | 'role.vice-chair'> = new Map([
  ['chair', 'role.chair'],
  ['secretary', 'role.secretary'],
  ['vice-chair', 'role.vice-chair'],
]);

/** A role in a locale: `chair`, `secretary` and `vice-chair` translated, any other as written. */
function roleName(role: string, locale: Locale): string {
  const id = ROLE_NAMES.get(role);
  return id === undefined ? role : say(locale, id);
}

const KIND_WORDS = {
  marker: 'cue.marker',
  section: 'cue.section',
  grammar: 'cue.grammar',
  table: 'cue.table',
  'task-list': 'cue.task-list',
  vote: 'cue.vote',
  phrase: 'cue.phrase',
} as const satisfies Record<Cue['kind'], string>;

/**
 * One line on why an item was taken, in `locale` (default English):
 * `why: marker "ACTION" · owners: Minna → Minna Männikkö (participant)`.
 */
export function explainCue(cue: Cue, locale: Locale = 'en'): string {
  const owner = cue.owner === undefined ? '' : ` · ${say(locale, 'meeting.owners', { owners: e(cue.owner) })}`;
  return `${say(locale, 'meeting.why', { kind: say(locale, KIND_WORDS[cue.kind]), words: e(cue.words) })}${owner}`;
}
