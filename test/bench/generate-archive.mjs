// A deterministic archive of meeting minutes for the benchmark: Finnish and English working groups
// that meet every few weeks for years, with header labels, participants, numbered agenda items,
// decisions, and actions with owners and deadlines that later meetings restate or close.
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

/**
 * Write `files` minutes files under `dir` (`GROUP/YEAR/DATE-GROUP.md`, a tenth as `.txt`),
 * sizes log-uniform between 2 and 60 KB; returns the number of bytes written.
 */
export async function generateArchive(dir, { files, seed }) {
  const random = createRandom(seed);
  const groups = createGroups(random, Math.max(4, Math.round(files / 250)));
  let bytes = 0;
  const pending = [];
  for (let i = 0; i < files; i++) {
    const group = groups[i % groups.length];
    group.time += random.int(7, 35) * day;
    const target = Math.round(Math.exp(Math.log(2048) + random.next() * Math.log(30)));
    const plain = random.chance(0.1);
    const text = writeMeeting(random, group, target, plain);
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
