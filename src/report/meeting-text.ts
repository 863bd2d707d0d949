import { Chalk } from 'chalk';
import type { Meeting } from '../model/meeting.js';
import { escapeTerminal as e } from './escape.js';
import type { FormatOptions } from './types.js';

/** A readable summary of one meeting for people: title, when, where, who with roles, numbered items. */
export function formatMeeting(meeting: Meeting, options: FormatOptions): string {
  const c = new Chalk({ level: options.color });
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
    for (const d of meeting.decisions) out.push(`  ${c.green('✔')} ${e(d.text)}${d.item ? c.dim(` (§ ${e(d.item)})`) : ''}`);
  }
  if (meeting.actions.length > 0) {
    out.push(c.cyan('Actions'));
    for (const a of meeting.actions) {
      const box = a.status === 'done' ? '[x]' : '[ ]';
      out.push(`  ${box} ${a.owners.length ? `${c.bold(e(a.owners.join(', ')))}: ` : ''}${e(a.text)}${a.due ? c.magenta(` (due ${a.due.end})`) : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}
