// A deterministic archive of meeting minutes for the benchmark, in one of several shapes:
//
//   default  Finnish and English working groups that meet every few weeks for years, with header
//            labels, participants, numbered agenda items, decisions, and actions with owners and
//            deadlines that later meetings restate or close; 2-60 KB a file
//   prose    small prose-heavy notes, 2-30 KB: few headings, long paragraphs of many sentences,
//            Finnish and English mixed within a file, decisions and tasks told in sentences
//   formal   long formal minutes, 15-120 KB: many numbered sections (§ 12, Item 12) with
//            sub-items (12.1), proposals and decisions, and tables of attendance, votes and budgets
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A seeded PRNG (mulberry32): the same seed gives the same archive on every machine. */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const fi = {
  first: ['Minna', 'Isa', 'Arja', 'Sirkka', 'Heidi', 'Pirjo', 'Jukka', 'Timo', 'Päivi', 'Tuula', 'Sari', 'Kari', 'Anne', 'Eeva', 'Leena', 'Mikko', 'Antti', 'Sanna', 'Ville', 'Satu', 'Outi', 'Riitta', 'Kaisa', 'Jyrki', 'Tiina', 'Pekka', 'Jenni', 'Lauri'],
  last: ['Männikkö', 'Kotilaine', 'Nevala', 'Seppälä', 'Tuikka', 'Tuomimäki', 'Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Hämäläinen', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Räsänen', 'Kärkkäinen', 'Ojala', 'Peltola', 'Salminen', 'Väisänen'],
  orgs: ['Oulun kaupunginkirjasto', 'OUTI', 'Kainet', 'Kiri', 'Tiekkö', 'Lapin kirjasto', 'Vaski'],
  groups: ['Asiakaskokemuksen kehittämistyöryhmä', 'Hallitus', 'Kirjastojen viestintätyöryhmä', 'Tarkastuslautakunta', 'Koulutustyöryhmä', 'Kokoelmatyöryhmä', 'Johtoryhmä', 'Tapahtumatiimi'],
  places: ['Oulun kaupunginkirjasto, Nöömanni', 'Teams', 'Kajaanin pääkirjasto', 'Raahen kirjasto, kokoushuone', 'Zoom', 'Kaupungintalo, valtuustosali'],
  items: ['Asiakaspalvelukuulumiset alueilta', 'Talousasiat', 'Koulutuspäivät', 'Viestintä', 'Verkkosivujen uudistus', 'Jäsenasiat', 'Tapahtumat', 'Hankkeet', 'Kokoelmatyö', 'Omatoimikirjastot', 'Henkilöstöasiat', 'Muut asiat'],
  opening: ['Kokouksen avaus', 'Kokouksen laillisuus ja päätösvaltaisuus', 'Esityslistan hyväksyminen'],
  closing: ['Seuraava kokous', 'Kokouksen päättäminen'],
  previous: 'Edellisen kokouksen tehtävät',
  subjects: ['Puheenjohtaja', 'Sihteeri', 'Työryhmä', 'Hallitus', 'Kirjaston henkilökunta', 'Rahastonhoitaja', 'Hankekoordinaattori'],
  verbs: ['kertoi', 'esitteli', 'totesi', 'muistutti', 'kuvasi', 'arvioi', 'kävi läpi'],
  objects: ['syksyn koulutusten palautetta', 'asiakaskyselyn tuloksia', 'budjetin toteutumaa', 'uuden verkkosivun rakennetta', 'tilavarausten tilannetta', 'hankkeen väliraporttia', 'jäsenmaksujen kertymää', 'tapahtumakalenteria', 'omatoimiaikojen kokemuksia', 'henkilökunnan digitaitoja'],
  tails: ['kuluneelta kaudelta', 'alkuvuoden osalta', 'yksityiskohtaisesti', 'lyhyesti', 'ja niistä keskusteltiin', 'ja asia merkittiin tiedoksi', 'kokouksen aluksi', 'diaesityksen avulla'],
  decisions: ['Päätettiin, että {x} järjestetään keväällä kolmena päivänä.', 'Hyväksyttiin {x} esitetyssä muodossa.', 'Sovittiin, että {x} käsitellään uudelleen seuraavassa kokouksessa.', 'Päätettiin myöntää {x} varten 2 500 euroa.'],
  decisionObjects: ['koulutuspäivät', 'talousarvio', 'viestintäsuunnitelma', 'verkkosivujen uudistus', 'tapahtumakalenteri', 'hankkeen väliraportti'],
  tasks: [['lähettää', 'koulutusten aikataulun tiimiläisille'], ['varaa', 'tilat kevään koulutuspäiville'], ['päivittää', 'verkkosivun tapahtumakalenterin'], ['kokoaa', 'asiakaspalautteet yhteen'], ['selvittää', 'tarjoukset uudesta kalustosta'], ['valmistelee', 'talousarvioesityksen'], ['kutsuu', 'kouluttajat kevään tilaisuuksiin'], ['tilaa', 'uudet esitteet painosta'], ['laatii', 'hankkeen väliraportin'], ['sopii', 'seuraavan kokouksen ajankohdan'], ['päivittää', 'jäsenrekisterin'], ['lähettää', 'kyselyn jäsenille']],
  weekdays: ['Su', 'Ma', 'Ti', 'Ke', 'To', 'Pe', 'La'],
};

const en = {
  first: ['Alice', 'Bob', 'Carol', 'David', 'Emma', 'Frank', 'Grace', 'Henry', 'Irene', 'James', 'Karen', 'Liam', 'Maria', 'Noah', 'Olivia', 'Peter', 'Rachel', 'Sam', 'Tara', 'Victor'],
  last: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', "O'Neill", 'García'],
  orgs: ['Foundation', 'Acme Corp', 'City Library', 'University of Oulu', 'Independent'],
  groups: ['Technical Steering Committee', 'Board of Directors', 'Release Working Group', 'Community Committee', 'Docs Team', 'Security Working Group'],
  places: ['Zoom', 'Room 204', 'Main library, meeting room B', 'Google Meet', 'Community centre'],
  items: ['Treasurer’s report', 'Release planning', 'Security review', 'Website', 'Community events', 'Hiring', 'Roadmap', 'Documentation', 'Infrastructure', 'Fundraising', 'Any other business'],
  opening: ['Call to order', 'Approval of the agenda', 'Minutes of the previous meeting'],
  closing: ['Next meeting', 'Adjournment'],
  previous: 'Action items from the last meeting',
  subjects: ['The chair', 'The secretary', 'The group', 'The treasurer', 'Several members', 'The release manager'],
  verbs: ['reported on', 'presented', 'summarised', 'reviewed', 'gave an update on', 'raised questions about'],
  objects: ['the survey results', 'the budget for the next quarter', 'the release schedule', 'the new website structure', 'the room bookings', 'the project interim report', 'membership fees', 'the events calendar', 'the CI pipeline', 'open security issues'],
  tails: ['in some detail', 'briefly', 'and the group discussed it', 'and the report was noted', 'for the last quarter', 'with slides shared in the chat'],
  decisions: ['Decision: {x} is approved as presented.', 'RESOLVED: {x} moves to the next quarter.', 'It was agreed that {x} will be reviewed again in the next meeting.', 'Agreed: allocate 2,500 euros for {x}.'],
  decisionObjects: ['the training days', 'the budget', 'the communication plan', 'the website redesign', 'the events calendar', 'the interim report'],
  tasks: [['send', 'the training schedule to the team'], ['book', 'rooms for the spring training days'], ['update', 'the events calendar on the website'], ['collect', 'the customer feedback'], ['ask for', 'quotes for the new furniture'], ['prepare', 'the budget proposal'], ['invite', 'the trainers to the spring sessions'], ['order', 'new brochures from the printer'], ['draft', 'the project interim report'], ['schedule', 'the next meeting'], ['update', 'the membership register'], ['send', 'the survey to members']],
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const day = 86_400_000;
const iso = (time) => new Date(time).toISOString().slice(0, 10);
const slug = (text) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const handle = (person) => slug(person.first);

/** The shapes generateArchive writes, the default first. */
export const archiveShapes = ['default', 'prose', 'formal'];

/** Per shape: the smallest size in bytes, how many times that the largest is, the share of plain text, and the writer. */
const shapeSpecs = {
  default: { min: 2048, span: 30, plain: 0.1, write: writeMeeting },
  prose: { min: 2048, span: 15, plain: 0.2, write: writeProse },
  formal: { min: 15_000, span: 8, plain: 0.05, write: writeFormal },
};

/**
 * Write `files` minutes files of a shape (default: `default`) under `dir`
 * (`GROUP/YEAR/DATE-GROUP.md`, some `.txt`), sizes log-uniform within the shape's range; returns
 * the number of bytes written.
 */
export async function generateArchive(dir, { files, seed, shape = 'default' }) {
  const spec = shapeSpecs[shape];
  if (spec === undefined) throw new Error(`no archive shape ${shape}`);
  const random = createRandom(seed);
  const groups = createGroups(random, Math.max(4, Math.round(files / 250)));
  let bytes = 0;
  const pending = [];
  for (let i = 0; i < files; i++) {
    const group = groups[i % groups.length];
    group.time += random.int(7, 35) * day;
    const target = Math.round(Math.exp(Math.log(spec.min) + random.next() * Math.log(spec.span)));
    const plain = random.chance(spec.plain);
    const text = spec.write(random, group, target, plain);
    const date = iso(group.time);
    const folder = join(dir, group.slug, date.slice(0, 4));
    const path = join(folder, `${date}-${group.slug}.${plain ? 'txt' : 'md'}`);
    bytes += Buffer.byteLength(text);
    pending.push(mkdir(folder, { recursive: true }).then(() => writeFile(path, text)));
    if (pending.length >= 64) await Promise.all(pending.splice(0));
  }
  await Promise.all(pending);
  return bytes;
}

/**
 * Write one large Markdown document of at most `bytes` bytes (and within one meeting of it): the
 * minutes of one Finnish working group over many years, concatenated, as a yearly compilation
 * would be, cut at the last line end that fits. Returns the number of bytes written.
 */
export async function generateLargeDocument(path, { bytes, seed }) {
  const random = createRandom(seed);
  const [group] = createGroups(random, 1);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    group.time += random.int(7, 35) * day;
    const text = writeMeeting(random, group, Math.round(Math.exp(Math.log(2048) + random.next() * Math.log(30))), false);
    parts.push(text);
    size += Buffer.byteLength(text);
  }
  const whole = Buffer.from(parts.join(''));
  const body = whole.length > bytes ? whole.subarray(0, whole.lastIndexOf(10, bytes - 1) + 1) : whole;
  await writeFile(path, body);
  return body.length;
}

/**
 * Write a document that is one line of about `bytes` bytes: Finnish minutes prose and actions with
 * owners and deadlines, run together without a line break (as a paste from a PDF can be), then one
 * final line end. Returns the number of bytes written.
 */
export async function generateLongLine(path, { bytes, seed }) {
  const random = createRandom(seed);
  const [group] = createGroups(random, 1);
  const meeting = { random, group, words: fi, present: group.roster, date: new Date(group.time) };
  const parts = [`${group.title}: pöytäkirja.`];
  let size = Buffer.byteLength(parts[0]);
  while (size < bytes) {
    let text;
    if (random.chance(0.2)) {
      const owner = random.pick(group.roster);
      const [verb, object] = random.pick(fi.tasks);
      text = `${owner.first} ${owner.last} ${verb} ${object} ${deadline(meeting)}.`.replace(/ +\./, '.');
    } else text = sentence(meeting);
    parts.push(text);
    size += Buffer.byteLength(text) + 1;
  }
  const whole = Buffer.from(parts.join(' '));
  const line = whole.length >= bytes ? whole.subarray(0, whole.lastIndexOf(32, bytes - 1)) : whole;
  await writeFile(path, Buffer.concat([line, Buffer.from('\n')]));
  return line.length + 1;
}

function createGroups(random, count) {
  return Array.from({ length: count }, (_, i) => {
    const words = i % 5 === 1 || i % 5 === 3 ? en : fi;
    const title = `${random.pick(words.groups)}${i >= words.groups.length ? ` ${Math.floor(i / words.groups.length) + 1}` : ''}`;
    const roster = [];
    const size = random.int(6, 12);
    while (roster.length < size) {
      const person = { first: random.pick(words.first), last: random.pick(words.last), org: random.pick(words.orgs) };
      if (!roster.some((p) => p.first === person.first)) roster.push(person);
    }
    return { words, title, slug: `${slug(title)}-${i}`, roster, handles: i % 3 === 0, open: [], time: Date.UTC(2010, 0, 4) + random.int(0, 60) * day };
  });
}

function writeMeeting(random, group, target, plain) {
  const { words } = group;
  const present = group.roster.filter(() => random.chance(0.75));
  if (present.length < 2) present.push(...group.roster.slice(0, 2));
  const meeting = { random, group, words, present, date: new Date(group.time) };
  const items = [...words.opening.slice(0, random.int(1, 3))];
  if (group.open.length > 0) items.push(words.previous);
  while (items.length < Math.min(14, 4 + Math.floor(target / 5000))) items.push(random.pick(words.items));
  items.push(...words.closing);
  const head = header(meeting, plain);
  const budget = (target - Buffer.byteLength(head)) / items.length;
  const bodies = items.map((title, i) => {
    const body = title === words.previous ? previousTasks(meeting) : itemBody(meeting, budget);
    return `${itemHeading(i + 1, title, plain, random)}\n\n${body}\n\n`;
  });
  return head + bodies.join('');
}

function header({ random, group, words, present, date }, plain) {
  const start = random.int(8, 17);
  const people = present.map((p, i) => `${p.first} ${p.last}${group.handles ? ` @${handle(p)}` : ''}${i === 0 ? (words === fi ? ' (pj.)' : ' (chair)') : i === 1 ? (words === fi ? ' (siht.)' : ' (secretary)') : random.chance(0.3) ? ` (${p.org})` : ''}`);
  const when = words === fi
    ? `${fi.weekdays[date.getUTCDay()]} ${date.getUTCDate()}.${date.getUTCMonth() + 1}.${date.getUTCFullYear()} klo ${start}.00–${start + 2}.00`
    : `${en.weekdays[date.getUTCDay()]} ${date.getUTCDate()} ${en.months[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${start}:00–${start + 2}:00`;
  const [timeLabel, placeLabel, peopleLabel] = words === fi ? ['Aika', 'Paikka', random.pick(['Osallistujat', 'Läsnä'])] : ['Date', 'Location', random.pick(['Attendees', 'Present'])];
  const place = random.pick(words.places);
  if (plain) return `${words === fi ? 'PÖYTÄKIRJA' : 'MINUTES'}\n${group.title}\n\n${timeLabel}: ${when}\n${placeLabel}: ${place}\n${peopleLabel}: ${people.join(', ')}\n\n`;
  if (random.chance(0.5)) return `# ${group.title}\n\n**${timeLabel}:** ${when}\n**${placeLabel}:** ${place}\n**${peopleLabel}:** ${people.join(', ')}\n\n`;
  return `# ${group.title}\n\n${timeLabel}: ${when}  \n${placeLabel}: ${place}  \n\n## ${peopleLabel}\n\n${people.map((p) => `- ${p}`).join('\n')}\n\n`;
}

function itemHeading(number, title, plain, random) {
  if (plain) return random.chance(0.5) ? `§ ${number} ${title}` : `${number}. ${title}`;
  return random.chance(0.7) ? `## ${number}. ${title}` : `**${number}. ${title}**`;
}

function itemBody(meeting, budget) {
  const { random, words } = meeting;
  const paragraphs = [];
  let size = 0;
  do {
    const sentences = Array.from({ length: random.int(2, 6) }, () => sentence(meeting));
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  } while (size < budget - 100);
  if (random.chance(0.4)) paragraphs.push(random.pick(words.decisions).replace('{x}', random.pick(words.decisionObjects)));
  if (random.chance(0.55)) paragraphs.push(newTasks(meeting));
  return paragraphs.join('\n\n');
}

function sentence({ random, words, present }) {
  const subject = random.chance(0.3) ? random.pick(present).first : random.pick(words.subjects);
  return `${subject} ${random.pick(words.verbs)} ${random.pick(words.objects)} ${random.pick(words.tails)}.`;
}

function newTasks(meeting) {
  const { random, group, words } = meeting;
  const style = random.int(0, 3);
  const tasks = Array.from({ length: random.int(1, 3) }, () => ({ owner: random.pick(meeting.present), task: random.pick(words.tasks) }));
  for (const task of tasks) if (group.open.length < 40) group.open.push(task);
  const due = () => deadline(meeting);
  if (words === fi) {
    if (style === 0) return tasks.map((t) => `${t.owner.first} ${t.task[0]} ${t.task[1]} ${due()}.`.replace(/ +\./, '.')).join(' ');
    if (style === 1) return tasks.map((t) => `- [ ] @${handle(t.owner)}: ${t.task[0]} ${t.task[1]} ${due()}`.trimEnd()).join('\n');
    if (style === 2) return `Tehtävät:\n\n${tasks.map((t) => `- ${t.owner.first}: ${t.task[1]} ${due()}`.trimEnd()).join('\n')}`;
    return tasks.map((t) => `Vastuu: ${t.owner.first} ${t.owner.last}, ${t.task[1]} ${due()}.`.replace(/ +\./, '.')).join('\n\n');
  }
  if (style === 0) return tasks.map((t) => `ACTION: ${t.owner.first} ${t.owner.last} to ${t.task[0]} ${t.task[1]} ${due()}.`.replace(/ +\./, '.')).join('\n\n');
  if (style === 1) return tasks.map((t) => `- [ ] @${handle(t.owner)}: ${capital(t.task[0])} ${t.task[1]} ${due()}`.trimEnd()).join('\n');
  if (style === 2) return `Action items:\n\n${tasks.map((t) => `- ${t.owner.first} ${t.owner.last}: ${capital(t.task[0])} ${t.task[1]} ${due()}`.trimEnd()).join('\n')}`;
  return tasks.map((t) => `${t.owner.first} will ${t.task[0]} ${t.task[1]} ${due()}.`.replace(/ +\./, '.')).join(' ');
}

/** Restate some open tasks of the group: most are done by now, some still open. */
function previousTasks({ random, group, words }) {
  const lines = [];
  for (const task of group.open.splice(0, random.int(1, 6))) {
    const done = random.chance(0.65);
    const verb = words === fi ? task.task[0] : capital(task.task[0]);
    lines.push(`- [${done ? 'x' : ' '}] @${handle(task.owner)}: ${verb} ${task.task[1]}${done && words === fi ? ' (tehty)' : ''}`);
    if (!done) group.open.push(task);
  }
  return lines.join('\n');
}

function deadline({ random, words, date }) {
  const due = new Date(date.getTime() + random.int(7, 60) * day);
  const choice = random.int(0, 5);
  if (words === fi) {
    return [`${due.getUTCDate()}.${due.getUTCMonth() + 1}.${due.getUTCFullYear()} mennessä`, 'ensi viikolla', 'keväällä', 'marras-joulukuussa', 'kuun loppuun mennessä', ''][choice];
  }
  return [`by ${due.getUTCDate()} ${en.months[due.getUTCMonth()]} ${due.getUTCFullYear()}`, 'by Friday', 'next week', 'by the end of the month', `in Q${(due.getUTCMonth() / 3 | 0) + 1}`, ''][choice];
}

function capital(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// The prose shape: notes written as running text.

/** Clauses that join two sentences into one, per language. */
const joiners = { fi: [', ja ', ', mutta ', ', minkä jälkeen ', '; lisäksi '], en: [', and ', ', but ', ', after which ', '; in addition, '] };

/** More sentence kinds than sentence(): reasons, comparisons, quotes of numbers, asides. */
const proseExtras = {
  fi: [
    'Keskustelussa nousi esiin, että {o} vaatii vielä selvitystä ennen kuin asiasta voidaan päättää.',
    'Todettiin, että viime vuonna vastaava työ kesti noin {n} viikkoa ja maksoi {n}00 euroa.',
    '{p} huomautti, että {o} liittyy myös alueen muiden kirjastojen suunnitelmiin.',
    'Asiasta käytiin vilkas keskustelu, jossa esitettiin useita näkökulmia ja kysymyksiä.',
    'Kokemukset ovat olleet pääosin myönteisiä, vaikka alussa oli joitakin teknisiä ongelmia.',
    'Osallistujat pitivät tärkeänä, että {o} viestitään asiakkaille selkeästi ja ajoissa.',
  ],
  en: [
    'In the discussion it came up that {o} still needs some investigation before anything can be decided.',
    'Last year the same work took about {n} weeks and cost {n}00 euros, as the group recalled.',
    '{p} pointed out that {o} also touches the plans of the other libraries in the region.',
    'There was a lively discussion with several points of view and a number of open questions.',
    'Experiences have been mostly positive, although there were some technical problems at first.',
    'Participants stressed that {o} should be communicated to customers clearly and in good time.',
  ],
};

/** One sentence of prose in `words`' language: a plain report, a joined pair or an extra kind. */
function proseSentence(meeting, words) {
  const { random, present } = meeting;
  const local = { ...meeting, words };
  const code = words === fi ? 'fi' : 'en';
  const roll = random.next();
  if (roll < 0.35) return sentence(local);
  if (roll < 0.6) {
    const first = sentence(local).slice(0, -1);
    const second = sentence(local);
    const named = present.some((p) => second.startsWith(`${p.first} `));
    return `${first}${random.pick(joiners[code])}${named ? second : `${second.charAt(0).toLowerCase()}${second.slice(1)}`}`;
  }
  return random.pick(proseExtras[code]).replace('{o}', random.pick(words.objects)).replace('{p}', random.pick(present).first).replaceAll('{n}', String(random.int(2, 9)));
}

/**
 * A prose-heavy file: a title, the date and who came in a sentence or two, then a few sections of
 * long paragraphs (6-20 sentences each), a quarter of them in the group's other language, with a
 * decision or a task now and then told in a sentence of the paragraph.
 */
function writeProse(random, group, target, plain) {
  const { words } = group;
  const other = words === fi ? en : fi;
  const present = group.roster.filter(() => random.chance(0.75));
  if (present.length < 2) present.push(...group.roster.slice(0, 2));
  const meeting = { random, group, words, present, date: new Date(group.time) };
  const date = meeting.date;
  const names = present.map((p) => `${p.first} ${p.last}`);
  const opening = words === fi
    ? `Tapaaminen pidettiin ${date.getUTCDate()}.${date.getUTCMonth() + 1}.${date.getUTCFullYear()} paikassa ${random.pick(words.places)}. Paikalla olivat ${names.slice(0, -1).join(', ')} ja ${names.at(-1)}.`
    : `We met on ${en.months[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()} at ${random.pick(words.places)}. Present were ${names.slice(0, -1).join(', ')} and ${names.at(-1)}.`;
  const parts = [plain ? `${group.title}\n\n${opening}\n\n` : `# ${group.title}\n\n${opening}\n\n`];
  let size = Buffer.byteLength(parts[0]);
  while (size < target) {
    const title = random.pick(words.items);
    const paragraphs = [];
    for (let i = random.int(1, 4); i > 0 && size < target; i--) {
      const language = random.chance(0.25) ? other : words;
      const sentences = Array.from({ length: random.int(6, 20) }, () => proseSentence({ ...meeting, present }, language));
      if (random.chance(0.3)) sentences.splice(random.int(0, sentences.length), 0, random.pick(language.decisions).replace('{x}', random.pick(language.decisionObjects)).replace(/^(Decision|RESOLVED|Agreed): /, ''));
      if (random.chance(0.3)) {
        const owner = random.pick(present);
        const [verb, object] = random.pick(language.tasks);
        sentences.splice(random.int(0, sentences.length), 0, `${`${owner.first} ${language === fi ? verb : `will ${verb}`} ${object} ${deadline({ ...meeting, words: language })}`.trimEnd()}.`);
      }
      const paragraph = sentences.join(' ');
      paragraphs.push(paragraph);
      size += Buffer.byteLength(paragraph) + 2;
    }
    const heading = plain ? `${title}\n\n` : random.chance(0.6) ? `## ${title}\n\n` : `**${title}**\n\n`;
    size += heading.length;
    parts.push(`${heading}${paragraphs.join('\n\n')}\n\n`);
  }
  return parts.join('');
}

// ---------------------------------------------------------------------------------------------
// The formal shape: a council's or a board's minutes, section by numbered section.

const formalWords = {
  fi: {
    title: 'PÖYTÄKIRJA',
    present: 'Läsnä',
    columns: ['Nimi', 'Rooli', 'Läsnä'],
    roles: ['puheenjohtaja', 'varapuheenjohtaja', 'jäsen', 'jäsen', 'jäsen', 'sihteeri'],
    yes: 'kyllä',
    no: 'ei',
    proposal: 'Päätösehdotus',
    decision: 'Päätös',
    background: 'Esittely',
    vote: ['Äänestys', 'Jaa', 'Ei', 'Tyhjä'],
    budget: ['Kohde', 'Talousarvio €', 'Toteuma €', 'Ero €'],
    lines: ['Henkilöstökulut', 'Toimitilat', 'Aineistot', 'Tapahtumat', 'Viestintä', 'Matkat', 'Koulutus', 'Muut kulut'],
    outcomes: ['Hyväksyttiin päätösehdotuksen mukaisesti.', 'Päätettiin päätösehdotuksen mukaisesti.', 'Merkittiin tiedoksi.', 'Asia jätettiin pöydälle.', 'Hyväksyttiin yksimielisesti.'],
    sub: ['Taustaa', 'Kustannukset', 'Aikataulu', 'Vastuuhenkilöt', 'Jatkotoimet'],
    closing: 'Puheenjohtaja päätti kokouksen klo',
    signature: 'Pöytäkirjan vakuudeksi',
  },
  en: {
    title: 'MINUTES',
    present: 'Present',
    columns: ['Name', 'Role', 'Present'],
    roles: ['Chair', 'Vice chair', 'Member', 'Member', 'Member', 'Secretary'],
    yes: 'yes',
    no: 'no',
    proposal: 'Proposal',
    decision: 'RESOLVED',
    background: 'Background',
    vote: ['Vote', 'For', 'Against', 'Abstain'],
    budget: ['Line', 'Budget €', 'Actual €', 'Difference €'],
    lines: ['Staff', 'Premises', 'Materials', 'Events', 'Communications', 'Travel', 'Training', 'Other costs'],
    outcomes: ['Approved as proposed.', 'The motion carried.', 'The report was noted.', 'The item was deferred to the next meeting.', 'Approved unanimously.'],
    sub: ['Background', 'Costs', 'Schedule', 'Responsible persons', 'Next steps'],
    closing: 'The chair closed the meeting at',
    signature: 'Signed for the record',
  },
};

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/**
 * Long formal minutes: a header with an attendance table, then numbered sections (§ N or Item N,
 * as a heading or a bold line, or numbered lines in plain text), each with a presentation,
 * sub-items numbered N.1, N.2, a proposal, now and then a vote or budget table, and a decision;
 * a closing line and signatures.
 */
function writeFormal(random, group, target, plain) {
  const { words } = group;
  const code = words === fi ? 'fi' : 'en';
  const formal = formalWords[code];
  const present = group.roster.filter(() => random.chance(0.85));
  if (present.length < 2) present.push(...group.roster.slice(0, 2));
  const meeting = { random, group, words, present, date: new Date(group.time) };
  const { date } = meeting;
  const start = random.int(9, 17);
  const when = code === 'fi'
    ? `${fi.weekdays[date.getUTCDay()]} ${date.getUTCDate()}.${date.getUTCMonth() + 1}.${date.getUTCFullYear()} klo ${start}.00`
    : `${en.weekdays[date.getUTCDay()]} ${date.getUTCDate()} ${en.months[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${start}:00`;
  const [timeLabel, placeLabel] = code === 'fi' ? ['Aika', 'Paikka'] : ['Date', 'Location'];
  const attendance = table(formal.columns, group.roster.map((p, i) => [`${p.first} ${p.last}`, formal.roles[Math.min(i, formal.roles.length - 1)], present.includes(p) ? formal.yes : formal.no]));
  const head = plain
    ? `${formal.title}\n${group.title}\n\n${timeLabel}: ${when}\n${placeLabel}: ${random.pick(words.places)}\n${formal.present}: ${present.map((p) => `${p.first} ${p.last}`).join(', ')}\n\n`
    : `# ${group.title}\n\n**${timeLabel}:** ${when}\n**${placeLabel}:** ${random.pick(words.places)}\n\n## ${formal.present}\n\n${attendance}\n\n`;
  const parts = [head];
  let size = Buffer.byteLength(head);
  let number = random.int(1, 40);
  const opening = words.opening.slice(0, 3);
  for (let i = 0; size < target - 400 || i < opening.length; i++) {
    const title = i < opening.length ? opening[i] : random.pick(words.items);
    const label = code === 'fi' ? (random.chance(0.7) ? `§ ${number}` : `${number} §`) : random.chance(0.5) ? `Item ${number}:` : `${number}.`;
    const heading = plain ? `${label} ${title}` : random.chance(0.7) ? `## ${label} ${title}` : `**${label} ${title}**`;
    const body = [heading, `${formal.background}: ${Array.from({ length: random.int(2, 5) }, () => sentence(meeting)).join(' ')}`];
    if (random.chance(0.6)) {
      const subs = random.int(2, 5);
      for (let k = 1; k <= subs; k++) body.push(`${number}.${k} ${random.pick(formal.sub)}: ${sentence(meeting)}`);
    }
    body.push(`${formal.proposal}: ${random.pick(words.decisions).replace('{x}', random.pick(words.decisionObjects)).replace(/^(Decision|RESOLVED|Agreed): /, '')}`);
    if (!plain && random.chance(0.3)) {
      const budgetLines = random.int(3, 8);
      body.push(table(formal.budget, Array.from({ length: budgetLines }, (_, k) => {
        const planned = random.int(10, 500) * 100;
        const actual = planned + random.int(-50, 50) * 100;
        return [formal.lines[k % formal.lines.length], String(planned), String(actual), String(actual - planned)];
      })));
    }
    if (!plain && random.chance(0.15)) body.push(table(formal.vote, [[formal.proposal, String(random.int(3, present.length)), String(random.int(0, 2)), String(random.int(0, 1))]]));
    body.push(`${formal.decision}: ${random.pick(formal.outcomes)}`);
    if (random.chance(0.35)) body.push(newTasks(meeting));
    const text = `${body.join('\n\n')}\n\n`;
    parts.push(text);
    size += Buffer.byteLength(text);
    number++;
  }
  const end = `${formal.closing} ${start + 2}.${String(random.int(0, 59)).padStart(2, '0')}.\n\n${formal.signature}\n\n${present[0].first} ${present[0].last}\n${present[1].first} ${present[1].last}\n`;
  parts.push(end);
  return parts.join('');
}
