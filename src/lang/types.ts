import type { Language } from '../model/meeting.js';

/** Header fields a label can introduce. */
export type FieldName =
  | 'title'
  | 'date'
  | 'time'
  | 'start'
  | 'end'
  | 'location'
  /** A label joining a date or time and a place (`Aika ja paikka`, `Plats och tid`, `Ort und Zeit`). */
  | 'dateAndPlace'
  | 'participants'
  | 'absent'
  | 'chair'
  | 'secretary'
  | 'viceChair'
  | 'checker'
  | 'teller'
  | 'agenda'
  | 'actions'
  | 'decisions'
  | 'proposal';

/**
 * The words of one language that `minutes` reads: labels, roles, calendar words and the cues of
 * decisions and actions. Data only: the logic lives in `src/parse/`. Words are lower case; a
 * trailing `*` marks a stem that matches any inflected ending.
 */
export interface Vocabulary {
  code: Language;
  /** Frequent short words, for language detection. */
  stopwords: string[];
  /** Field labels, as written before a colon, in a heading or in a table's first column. */
  labels: Partial<Record<FieldName, string[]>>;
  /** Role words and abbreviations beside a name, by role. */
  roles: Record<string, string[]>;
  /** Month names and stems, January first. */
  months: string[][];
  /** Weekday names and abbreviations, Monday first. */
  weekdays: string[][];
  /** Word stems meaning "week" before a week number. */
  week: string[];
  /** Periods of a year: word stems and the months they span (1-12), inclusive. */
  periods: { words: string[]; from: number; to: number; yearEnd?: boolean }[];
  /** Words written before a deadline that belong to it ("by", "before", "end", "of"): kept in its text. */
  dueLeads: string[];
  /** Words written after a deadline that belong to it ("mennessä", "morning", "puoli", hours as "kolmelta"): kept in its text; `*` stems allowed. */
  dueTails: string[];
  /** Words before a month or a season that take a part of it: its start, middle or end ("early", "mid", "late"). */
  periodParts: { early: string[]; mid: string[]; late: string[] };
  /** Words that make a following weekday or week the next one ("ensi", "next"). */
  next: string[];
  /** Words that close a date span ("end of month" and the like): stems with the span they give. */
  relative: { words: string[]; unit: 'day' | 'week' | 'month' | 'year'; amount: number; endOf?: boolean }[];
  /** Words before a time of day ("klo", "at"). */
  timeWords: string[];
  /** Words after a time of day that make it one (`20.00 uur`, `19 Uhr`). */
  clockWords: string[];
  /** Decision verbs among the first words of a sentence, as stems; `*` matches any ending. */
  decisionCues: string[];
  /** Decision phrases anywhere in a sentence ("it was agreed", "motion carried"). */
  decisionPhrases: string[];
  /** Words beside a decision cue that it needs to count ("päätösvaltai*" for "todettiin"). */
  weakDecisionCues: { cue: string; needs: string[] }[];
  /** Headings and labels of a softer outcome (`Outcome`, `Conclusion`, `Ergebnis`): what they hold is decided unless it reads as open. */
  outcomeLabels: string[];
  /** First-person plural decisions of the body ("we agreed", "päätimme", "wir haben beschlossen"), anywhere in a sentence. */
  weDecided: string[];
  /** Verbs of the acts a presiding officer takes for the meeting (`tabled`, `postponed`): the chair so named is no person deciding alone. */
  presidingActs?: string[];
  /**
   * How clipped notes open a matter the group put off, the subject (`we`) left out (`Will wait on the
   * survey before deciding`, `Will revisit after the release`): the group settled to wait.
   */
  deferralLeads?: string[];
  /** First-person plural commitments ("let's", "we will not", "we'll go with"): a decision, but only a proposal in a speaker's mouth or a question. */
  weWill: string[];
  /** Nouns that name the deciding body as a subject ("board", "hallitus", "styrelsen", "Vorstand"). */
  bodies: string[];
  /**
   * The standing bodies that take on tasks as a whole (`the board`, `hallitus`, `styrelsen`, `der
   * Vorstand`, `het bestuur`): a task they are the subject of is one nobody in particular is named for.
   * Not the meeting itself, nor a team or a group, which are everyone present.
   */
  actingBodies?: string[];
  /** Verbs with which a body decides, right after it ("approved", "päätti", "beslutade", "beschließt"). */
  bodyVerbs: string[];
  /** First-person plural pronouns as a subject ("we", "vi", "wir"): the body itself, for whom a passive decision (`we were approved`) was made by others. */
  wePronouns: string[];
  /** Auxiliaries of a passive ("was", "wurde", "wordt") that make a decision verb within three words after them a decision ("were read and approved"). */
  auxiliaries: string[];
  /** Phrases that make a sentence a motion ("moved that", "M/S/C", "ehdotti, että"). */
  motions: string[];
  /** Words that second a motion ("seconded", "kannatti", "understödde"). */
  seconded: string[];
  /** Outcomes that leave a motion undecided ("failed", "withdrawn", "raukesi", "zurückgezogen"). */
  failed: string[];
  /** Outcomes that reject a matter or lay it aside for now ("rejected", "tabled", "hylättiin", "bordlades", "vertagt"): a row of a table so settled sets no task. */
  setAside?: string[];
  /** Words of a vote count beside its numbers ("yes", "against", "Enthaltung", "puolesta"). */
  voteWords: string[];
  /** Consent without objection ("no objections", "ei vastustettu", "keine Einwände"). */
  consent: string[];
  /** Words that mark an outcome entry as still open ("awaiting", "pending", "odottaa"). */
  pending: string[];
  /** Phrases that say nothing was decided ("no decision", "not agreed", "ei päätetty", "kein Beschluss"): a sentence holding one records no decision. */
  undecided: string[];
  /** Words that open a proposal not yet decided ("proposed", "ehdotus", "förslag", "Antrag"). */
  proposalCues: string[];
  /** Table column headers: the task, its owner, its deadline, its status, a motion's text. */
  columns: { task: string[]; owner: string[]; due: string[]; status: string[]; motion: string[] };
  /** Outcomes of a motion that make it a decision ("accepted", "hyväksytty"). */
  carried: string[];
  /** Endings of a present-tense verb after a subject name ("lähettää", "skickar", "guckt"). */
  presentEndings: string[];
  /** Endings of a present-tense verb after two or more names (`Noor en Ilse organiseren`, `Anna und Jonas klären`). */
  pluralEndings: string[];
  /** Words that name the whole group as owner ("everyone", "kaikki"): an action with no owner. */
  everyone: string[];
  /** Phrases about the next meeting, which is no task ("seuraava kokous pidetään ..."). */
  nextMeeting: string[];
  /**
   * The words that set a task's deadline at the next meeting (`next meeting`, `nästa möte`,
   * `nächsten Sitzung`, `seuraavaan kokoukseen`, `volgende vergadering`): where the minutes give that
   * meeting's date, a task that names it is due then. Lower case, in the forms a deadline takes.
   */
  nextMeetingDeadlines: string[];
  /** Word stems that, in a line ending with a colon, announce a list of tasks ("seuraavia työtehtäviä:"). */
  taskWords: string[];
  /** First-person promises after a speaker's name (`mk: I will ...`). */
  selfTasks: string[];
  /** Headings of parts that report what went on, whose entries are no tasks ("what went well", "mikä meni hyvin", "done"). */
  reportSections: string[];
  /** Phrases after an owner written in an inflected case that give the owner a task (`Jussille annettiin tehtäväksi`, `Annan vastuulle jää`). */
  assignPhrases: string[];
  /** Verbs that hand the person named after them a task, `…` standing for the person (`asked … to`, `beauftragt …`, `gav … i uppdrag`). */
  assignVerbs: string[];
  /** Words that, right after a speaker's label, make the rest that speaker's task (`Michelle: will send ...`, `DH: Let me ask ...`). */
  speakerLinks: string[];
  /** Common capitalised words that start sentences and are never a person ("The", "Tämä"). */
  notNames: string[];
  /** Explicit action markers before a colon or a name. */
  actionMarkers: string[];
  /** Words after a name that make it an owner: "to", "will" (English), "to"-less verbs in Finnish are found by tense. */
  ownerLinks: string[];
  /**
   * Verbs of taking a matter in hand that a delegation writes with no object of its own (`JC to
   * arrange.`, `Clerk to action`): its object is the matter the sentence before it states.
   */
  objectlessTasks?: string[];
  /** The word that marks an infinitive after its subject in a clipped task (`JC to arrange`): English `to`. */
  infinitiveMarks?: string[];
  /** The standing business of a council's meeting, by which minutes numbered by the council's references are known (`apologies for absence`, `declarations of interest`). */
  councilBusiness?: string[];
  /** The words for a minute that may lead a council's reference (`Minute 1412`, `Min. 26/071`). */
  minuteWords?: string[];
  /** Verb endings or words of a present/future tense in a task sentence (stems). */
  actionVerbs: string[];
  /** Words that mark a passive or impersonal task ("toimitetaan"): endings. */
  passiveEndings: string[];
  /** Words of the past tense or of reports, which are not tasks. */
  reportWords: string[];
  /** Words that mark a task as done. */
  doneWords: string[];
  /** Abbreviations that end in a dot but do not end a sentence. */
  abbreviations: string[];
  /** Words written before an agenda item's number ("TOP 3", "Item 2", "Kohta 4"): lower case, whole words. */
  agendaMarkers: string[];
  /** Words that open a case or file reference written beside an item's number (`§ 12  Dnr 2024/15`, `Dnro`, `Az.`): no title. */
  caseReferences: string[];
  /** Table column headers that name an agenda item (`Onderwerp`, `Ärende`, `Topic`): the rows of such a table are the items. */
  topicColumns: string[];
  /** Heading words that are boilerplate, never agenda items ("Summary", "Links"). */
  boilerplate: string[];
  /** Words that connect names in a list ("and", "ja"). */
  and: string[];
  /** Whether a that-clause puts its verb last (`dass Paul die Rechnung prüft`, `dat Piet de offerte opvraagt`). */
  verbFinalClauses?: boolean;
  /** Verbs of being that tie a person to a role (`is`, `är`, `on`, `toimii`): `Tekla är sekreterare` names the secretary. */
  copulas: string[];
  /** Words that open a that-clause (`että`, `that`, `dass`): the name after one opens a clause, as its subject (`Sovittiin, että Eero hoitaa ...`). */
  thatWords: string[];
  /**
   * Words that make a short line ending in a colon a list of people ("The following people were
   * present:", "Board members in attendance were:"); `absent` words are read first ("not present").
   */
  attendance: { present: string[]; absent: string[] };
  /**
   * Phrases that give a person a role in a sentence: `before` stands before the names ("Minutes
   * taken by X", "Puheenjohtajaksi valittiin X"), `after` after the name ("X eröffnet die Sitzung").
   * Roles: "chair", "secretary", "checker" (minutes checker), "teller".
   */
  rolePhrases: {
    role: string; before: string[]; after: string[]; weak?: boolean;
    /** The phrase must end its clause, perhaps with one word more (`Ann Lee in the chair.`): `in the chair of the panel` is another body's. */
    closing?: boolean;
    /** A meeting word must follow within three words (`called to order the regular meeting`): `called to order the two members` opens nothing. */
    meetingNext?: boolean;
  }[];
  /** Phrases before the time the meeting opened ("called to order", "kokous avattiin"). */
  openedAt: string[];
  /** Phrases before the time the meeting closed ("adjourned", "päätti kokouksen"). */
  closedAt: string[];
  /**
   * Phrases of opening and closing that name no meeting (`opent om`, `Sluiting`, `avslutat`): they
   * give the meeting's time only where the time follows them at once and ends the clause
   * (`De voorzitter sluit om 21.10.`, `8. Sluiting 21.20 uur`), not `sluit om 12.00 uur de inschrijving`.
   */
  openedAtAlone?: string[];
  closedAtAlone?: string[];
  /** Phrases before the place of the meeting in a sentence ("took place", "was held"). */
  heldAt: string[];
  /**
   * A meeting held at a distance, after its date or time in the sentence of record (`at 7.30pm
   * remotely through Zoom`, `online via Teams`): `modes` are the adverbs of holding it so, which may
   * stand first; `leads` the words that lead to the service it was held on, whose name is the place;
   * `articles` the small words that may stand between a lead and the name (`via a Zoom call`).
   */
  remote: { modes: string[]; leads: string[]; articles: string[] };
  /** Words that open no place after a verb of holding, a word or a few (`was held as part of the club meeting`, `convened by the Department`, `held after the next meeting`). */
  notPlaceLeads?: string[];
  /** Nouns that name a group or a party, never one person ("client", "team", "asiakas"). */
  groupNouns: string[];
  /** Word stems of the kinds of meeting, which make a plain first line a title ("kokous*", "meeting"). */
  meetingWords: string[];
  /** Names of the document itself ("minutes", "pöytäkirja"): a line of only this follows the body's name. */
  documentWords: string[];
  /** Function words left dangling at the end of a title once its date is gone ("for", "vom"). */
  titleTails: string[];
  /**
   * Words a web site sets above the document on its page, which name the page and no meeting
   * ("documents", "approved", "seiteninhalt"): a first line of only these, words for the document,
   * plain words for a meeting, month names and numbers is the page's chrome, not the title.
   */
  pageWords?: string[];
  /** Headings of a section of the minutes that never name the meeting ("General information"). */
  sectionHeadings: string[];
  /** Column headers of a table of people. */
  peopleColumns: { name: string[]; role: string[]; organization: string[]; alias: string[]; present: string[] };
  /** Articles and determiners that can stand before a role or a group as subject ("the", "der"). */
  articles: string[];
  /** Role words that can own a task, by the role a participant holds (`chair`, `treasurer`), as stems; `*` matches any ending. */
  ownerRoles: Record<string, string[]>;
  /** Bodies and groups that can own a task but are no person ("the board", "hallitus"): an action with no owner. */
  groups: string[];
  /** Phrases that open a sentence naming who moved a motion stated before it (`moved by`, `motion by`): no motion of its own. */
  movers?: string[];
  /**
   * The values of a field that say nothing happened (`Public comment: None`, `Discussion: n/a`,
   * `Wortmeldungen: keine`): a line of a label and one of them records nothing, and a motion's
   * parts on either side of it (the motion, its result) are still one motion.
   */
  nilValues?: string[];
  /** Words of contrast (`but`, `however`) that, right after consent, hold it back (`No objections, but ...`). */
  contrast?: string[];
  /** Prepositions or verbs before "the next meeting" that make it a task's goal, time or object (`bring it to the next meeting`, `schedule the next meeting`), not what the sentence is about. */
  nextMeetingLeads?: string[];
  /** Words that open a condition (`unless`, `if`): a decision phrase right after one is no decision yet. */
  conditionals?: string[];
  /** Phrases that open a clause naming what the meeting settled on, without a subject (`going with`, `sticking with`). */
  choiceOpeners?: string[];
  /** How or how long a person took part, written beside the name (`remote`, `left early`): no organisation. */
  attendanceModes?: string[];
  /** Pronoun sets written beside a name ("she/her"), lower case without blanks: no organisation. */
  pronouns?: string[];
  /**
   * Words that lead from a head count to the names it includes (`23 members, including Ann Lee`,
   * `namely Bo Chan`): no part of the name after them.
   */
  namesLeads?: string[];
  /**
   * Nouns that end the name of an organisation (`Parks Department`, `Acme Foundation`, `Policing
   * Team`): a name ending in one names no person, and after a person in a list it is their organisation.
   */
  organisationNouns?: string[];
  /**
   * Words that join a body to its members in the body's name (`Board of Trustees`, `Court of
   * Directors`): a heading so named is the body, not a list of its members.
   */
  bodyOfMembers?: string[];
  /**
   * Nouns that end a job title (`Executive Director`, `Office Manager`, `Programme Coordinator`): a
   * part of a list of people that ends in one is the office of the person before it, no person.
   */
  jobTitles?: string[];
  /** Modal verbs that, followed by a passive, make a task without an owner ("ska" in "ska skickas", "zal ... worden"). */
  passiveModals: string[];
  /** The words that deny a clause (`not`, `inte`, `nicht`, `niet`, `ei`). */
  negations?: string[];
  /** Endings or auxiliaries of the passive that a modal governs ("as" in Swedish `skickas`, "worden" in Dutch). */
  modalPassives: string[];
  /**
   * Words that open each clause of a resolution written one a line or one a paragraph under its
   * formula (the Swedish `att`-satser: `Mötet beslutade` / `att hålla ...` / `att Sara ansvarar ...`):
   * each clause is one decision.
   */
  resolutionClauses: string[];
  /** Words after which a clause word that is also a pronoun (English `that`) is the pronoun: `That is ...`, `That concluded ...`. */
  pronounFollowers?: string[];
  /** Titles and forms of address written before a name (`Frau`, `mevrouw`, `kyrkoherde`, `Dr.`): no part of the name. */
  honorifics: string[];
  /** Titles that are only titles as written here (`Cr Ann Lee`): in capitals they are a person's initials (`CR Jones`). */
  caseTitles?: string[];
  /**
   * Separable verbs whose particle, a word or more after the verb, makes a report verb a task
   * (`vraagt` asks, `vraagt een vergunning aan` applies for one; `fragt ... an`): verb and particle.
   */
  particleVerbs: string[];
  /**
   * Separable verbs that report only with their particle, a word or more after the verb (`stellt
   * den Bericht vor` presents it, `stellt fest` states), and otherwise do a deed (`stellt die Liste
   * online`, `stimmt den Termin ab`): verb and particle.
   */
  reportParticleVerbs?: string[];
  /**
   * The particles of separable verbs that take the participle's `ge` after them (`in` + `gezet`,
   * `op` + `gestart`, `af` + `gerond`): a word so built is a past participle, a deed told as done
   * (`daarop is Gartner ingezet`, `dat Noor een werkgroep heeft opgestart`), never the present verb of a task.
   */
  participleParticles?: string[];
  /**
   * The standing items that open and close the agenda of formal minutes (`Opening`, `Mededelingen`,
   * `Rondvraag`, `Sluiting`; `Avaus`, `Muut asiat`): a numbered run holding two of them is the agenda
   * even where most of its items have nothing written under them. Folded, matched at a title's start.
   */
  agendaFrame: string[];
  /** The words that open a question (`what`, `wat`, `vad`, `was`, `mitä`): a topic worded as a question (`What is next for the orchard`) names a matter, though a verb stands in it. */
  questionWords: string[];
  /**
   * Verbs of deciding whose particle closes the clause, written `verb … particle` (`stelt … vast`:
   * `De vergadering stelt de notulen vast`; `legt … fest`): the verb and, last in its clause, the particle.
   */
  separableDecisions: string[];
  /**
   * Relative pronouns (`som`, `welke`): a modal passive right after one, late in a sentence,
   * describes the noun before it (`de områden som ska utredas`), and sets no task.
   */
  relativePronouns: string[];
  /**
   * How many words into a sentence a decision cue may stand (4 in most languages): Swedish fronts a
   * phrase of several words before its verb (`Till justerare för mötet valdes ...`) and joins two
   * passives (`Anna Berg föreslås och väljs`).
   */
  decisionCueReach: number;
  /**
   * Endings of the cases a language names a place in without a preposition (Finnish inessive and
   * adessive: `kirjastossa`, `seurakuntatalolla`): after the meeting's date or time in a sentence
   * of meeting, words up to one so ending are the place. Empty for languages of prepositions.
   */
  placeCases: string[];
  /**
   * The auxiliaries of the passive of an act (`wird`, `wurde`; `wordt`, `werd`), not of a state or a
   * perfect (`ist`, `sind`; `is`, `zijn`): where the clause closes with a participle of deciding,
   * however far after such an auxiliary (`Der Antrag … wird abgelehnt`), the body decided then.
   */
  actPassive: string[];
  /**
   * Decision phrases that are the meeting's act only as a passive, after an `actPassive` auxiliary in
   * their sentence (`TOP 8 wird einstimmig abgesetzt`); in the perfect another did it (`Der Kreistag
   * hat den Punkt von der Tagesordnung genommen`).
   */
  passivePhrases?: string[];
  /**
   * Decision phrases that settle a matter for now only until a meeting named within three words after
   * them (`to be confirmed at the August meeting`), one of `heldEarlier.meetings`; `to be confirmed at
   * a later date` settles nothing.
   */
  meetingPhrases?: string[];
  /**
   * Passives of weighing a matter still open (`mietitään`, `katsotaan`, `päätetään myöhemmin`): a
   * sentence opening with one settles nothing. Only languages with passive endings need them.
   */
  weighingPassives: string[];
  /**
   * How a sentence of record opens the minutes, before the meeting's name (`Minutes of the`,
   * `Protokoll fört vid`, `Notulen van de`, `Protokoll der`): `Minutes of the Parish Council
   * meeting held on ...` names the meeting as its title. Folded, matched at the document's start.
   */
  recordOpenings: string[];
  /**
   * Modals with their negation beside them, the way the language forbids a deed or rules it out
   * (`should not`, `ska inte`, `soll nicht`, `moeten niet`, `ei saa`): a sentence that holds one is
   * no task. A final `*` matches any ending (`kein*`).
   */
  negatedModals: string[];
  /**
   * Short marks a roll call writes after a name, one word each (`närv.` / `frånv.`, `ei`, `anw.` /
   * `abw.`): present or absent. Ticks and dashes are no words and stay out of vocabularies.
   */
  presenceMarks: { present: string[]; absent: string[] };
  /**
   * The prepositions that name the doer of a passive (`by`, `av`, `door`, `von`): a task written in
   * the passive with participants after one (`Fika ska inhandlas av Sanna och Henrik`) is theirs.
   * Empty where the passive names no doer.
   */
  passiveAgents: string[];
  /**
   * The nouns of care after a doer in the genitive (`genom Olles försorg`): a genitive after the
   * preposition of the agent names the doer only before one of these; before any other noun it owns
   * that noun (`genom kassörens mejllista`: the list is the treasurer's, the sender is nobody named).
   * Absent where the language writes no such phrase.
   */
  careNouns?: string[];
  /**
   * The verbs that say an event is held or takes place (`hållas`, `pidetään`, `take place`,
   * `plaatsvinden`); ` … ` parts a verb whose particle comes later (`findet … statt`). A sentence
   * that holds one and a time schedules an event: nobody's task.
   */
  holdingVerbs: string[];
  /**
   * The words a member's vote is recorded with in a roll call, after the name (`Smith aye`, `Berg
   * ja`, `Roth nein`): for and against.
   */
  rollCallVotes: { yes: string[]; no: string[] };
  /**
   * Words that announce the list under a line (`the following`, `följande`, `volgende`, `folgende`,
   * `seuraavat`): `Volgende besluiten genomen na stemming:` over a list says its entries are the
   * decisions, as `Följande beslut fattades:` and `The board decided the following:` do.
   */
  listAnnouncers: string[];
  /**
   * The word that answers a question yes (`yes`, `ja`, `kyllä`): written alone after a question in
   * the notes (`Gaan we door met de nieuwsbrief? Ja.`), it records what the meeting settled.
   */
  affirmatives: string[];
  /**
   * The words a verdict opens with when its subject is the proposal just made, named again only by a
   * demonstrative or the proposal's noun, right before an auxiliary (`Dieser Vorschlag wurde einstimmig
   * angenommen`, `The proposal was carried`) or before a one-word passive of `carried` (`Förslaget
   * bifölls`, `Ehdotus hyväksyttiin`): the verdict decides the proposal before it. Empty where the
   * minutes of a language are not read so.
   */
  proposalAnaphors: string[];
  /**
   * The pronouns, pronominal adverbs and connectives that point back to what the sentence before said (`it`, `this`,
   * `them`, `however`, `dit`, `er`, `hierover`, `maar`, `det`, `men`, `dies`, `darum`, `aber`, `sitä`, `asiaa`, `mutta`): a task written with one
   * (`Kim gaat dit navragen`) is told by that sentence and its own together. A word that is also an
   * article (`het`, `den`, `das`) costs at most a sentence more.
   */
  anaphors: string[];
  /**
   * The suffixes that make nouns of other words (German `-ung`, `-heit`, `-keit`, `-schaft`): a
   * capitalised word built with one (`Auswertung`, `Geschäftsführung`) is a thing, not a person, where
   * the language capitalises every noun. Empty where capitals mark names only.
   */
  nounSuffixes: string[];
  /**
   * The words that introduce a date (`d.d.` de dato, `dated`, `vom`, `daterad`, `päivätty`): the
   * figures right after one (`goedgekeurd in de vergadering d.d. 14-2-24`) are that date, never a
   * count of votes.
   */
  dateLeads: string[];
  /**
   * The infinitive of the passive that follows a participle (`te worden`, `zu werden`): a decision
   * word before it names what is still to be done (`Er dient vastgesteld te worden dat ...`, `Der
   * Antrag scheint angenommen zu werden`), not a verdict. Empty where the participle comes after.
   */
  passiveInfinitives: string[];
  /**
   * The auxiliaries that open a question when they stand before the subject (`do we agree`, `have
   * we decided`, `are we agreed`): English asks by inverting subject and auxiliary, so a decision
   * phrase of the first person plural right after one is a question, even without its question
   * mark. Empty where the verb-second order of statements inverts them as well (`Sedan beslutade vi`).
   */
  questionAuxiliaries: string[];
  /**
   * The auxiliaries of the past perfect (`had`, `hade`, `hatte`, `had`): a decision verb right after
   * one (`The council had previously agreed that ...`, `It had been agreed at the AGM`) tells of a
   * decision taken before the meeting, the background of an item, not what the meeting decided.
   * Empty where the auxiliary is also the plain past of `be` in statements of a meeting's own state
   * (Finnish `oli`).
   */
  pluperfectAuxiliaries: string[];
  /**
   * The participle of `be` (`been`, `varit`, `gewesen`, `geweest`, `ollut`/`olleet`): in the clause
   * an agreement opens (`Members agreed that the party had been a success`, `Medlemmarna var överens
   * om att festen varit lyckad`) it makes the agreement a judgement of what has been, not a decision
   * of what will be.
   */
  beenForms: string[];
  /**
   * The words that mark an office as held before (`former`, `past`, `ehem.`, `f.d.`, `entinen`,
   * `voormalig`, and the same before a hyphen: `ex-chair`, `oud-voorzitter`): a person's detail that
   * opens with one (`Klaus Weber (ehem. Vorsitzender)`) names no office they hold in this meeting.
   */
  formerMarks: string[];
  /**
   * The nouns that name an election in the title of an agenda item (`Val av mötesordförande`,
   * `Election of a chair`, `Puheenjohtajan valinta`, `Wahl der Versammlungsleitung`, `Verkiezing
   * van een voorzitter`): under such a title for one role of the meeting, the person the item's
   * first sentence names holds that role.
   */
  electionWords: string[];
  /**
   * The office a meeting chooses someone for, written right before the name where the language's
   * word order lets it lead (Finnish translative: `Valittiin puheenjohtajaksi Aino Lehto, sihteeriksi
   * Pekka Salo`; under a lead `Valittiin kokoukselle:` the entries `puheenjohtajaksi Aino Lehto`).
   * `verbs` are the verbs of choosing a sentence or its lead must hold; `beside` the words that may
   * stand between the verb and the office (`kokoukselle`); `offices` the forms of each role. An
   * office after any other word (`hallituksen puheenjohtajaksi`: the board's chair, chosen for the
   * year) names no officer of the meeting. Empty where the office is bound to the verb's place
   * (`Till ordförande valdes`, `Zum Protokollführer wurde`) and `rolePhrases` read it.
   */
  electedAs: { verbs: string[]; beside: string[]; offices: { role: string; words: string[] }[] };
  /**
   * The words that decide a matter as it was put (`as proposed`, `enligt förslaget`, `ehdotuksen
   * mukaisesti`, `conform voorstel`, `wie vorgeschlagen`): a verdict that says no more than its
   * body, its verb and these (`Styrelsen beslutade enligt förslaget`) decides the proposal before it.
   */
  asProposed: string[];
  /**
   * The pronouns of the third person singular that can stand as a subject (`he`, `she`, `hän`,
   * `han`, `hon`): one person, never the body. A verb of agreeing right after one (`He agreed that
   * ...`, `Hän hyväksyi ...`) is that person's view or consent, no decision of the meeting. A form
   * that is also the plural (German `sie`, Dutch `zij`/`ze`) is left out.
   */
  personPronouns: string[];
  /**
   * The modals of what may or could be (`can`, `could`, `would`, `might`; `kan`, `skulle`;
  /**
   * `können`, `könnte`; `kunnen`, `zou`; `voisi`): right before a decision phrase (`the things we
   * can all agree with`) they tell what is possible or wished, no verdict of the meeting.
   */
  possibilityModals: string[];
  /**
   * The prepositions that hand a marked task to someone between the marker and the name (`Auftrag
   * an Joda: ...`, `Aufgabe für Anna: ...`, `Action for Bob: ...`, `Actie voor Jan: ...`, `Uppgift
   * för Eva: ...`): the name before the colon owns the task. Empty where no preposition stands there
   * (Finnish puts the case ending on the name).
   */
  taskRecipients: string[];
  /**
   * The words for `the other(s)` that join a group to the person who opens a subject (`Sami ja muut
   * valmennuspäälliköt kirjaavat ...`, `Ann and the other coaches will ...`, `Anna och de andra
   * tränarna skriver ...`): the person named owns the task; the group after them names nobody.
   */
  othersWords: string[];
  /**
   * The finite verbs of proposing (`föreslår`, `föreslog`, `yrkade`; `proposes`, `proposed`;
  /**
   * `ehdottaa`, `ehdotti`; `schlägt`, `beantragt`; `stelt`): a word of deciding after one in its
   * sentence (`Valberedningen föreslår omval av Eva Lund`, `Ann proposed that Bob be elected`) is
   * what was proposed, not what the meeting did.
   */
  proposingVerbs: string[];
  /**
   * The words that say a person was chosen for an office (`elected`, `re-elected`, `appointed`,
   * `valittiin`, `valdes`, `gewählt`, `gekozen`): after a name (`Niall elected unopposed`) the
   * person is the one chosen, and the body the one that chose, not the person deciding.
   */
  choosingWords: string[];
  /**
   * The headings of a table's column that give each row's person (`Name`, `Member`; `Nimi`;
  /**
   * `Namn`; `Name`; `Naam`): in a table of tasks (`| Name | ToDo |`) the person of the row is the
   * task's owner, as a column of owners would say.
   */
  personColumns: string[];
  /**
   * The endings of a noun's case with a possessive suffix that end as a passive of the present does
   * (Finnish elative and ablative: `pyynnöstään`, `puolestaan`, `osaltaan`, `kooltaan`): such a word
   * is no passive task (`X erosi pyynnöstään heinäkuussa`). Empty where no case ends so.
   */
  possessiveCaseEndings: string[];
  /**
   * A meeting held before this one, where an act was done (`kesäkuun vuosikokouksessa`, `edellisessä
   * kokouksessa`, `at the previous meeting`, `vid föregående möte`): `times` are the words right before
   * the meeting word that place it earlier (an earlier-time adjective, a month's genitive), `meetings`
   * the endings of the meeting word as the place of the act. A decision whose sentence ends by naming
   * such a meeting reports what that meeting did, not what this one does. `links` are the small words
   * that may stand between a decision verb and such a meeting right after it (`agreed upon at the
   * last meeting`, `decided in the previous meeting`), where a language puts the place after the verb;
   * absent, only the sentence's end is read. `periods` are spans of time that, after such a time word
   * right after the verb, date the act before the meeting as a meeting word does (`decided last year`,
   * `beslutade förra året`).
   */
  heldEarlier: { times: string[]; meetings: string[]; links?: string[]; periods?: string[] };
  /**
   * Hearsay: verbs of telling (`reported`, `stated`, `berichtet`, `informiert`, `kertoi`) and the
   * words that open what they tell (`that`, `dass`, `että`). A decision told in such a clause
   * (`The treasurer reported that the council approved the grant`, `Anna berichtet, dass die
   * Mitgliederversammlung die Satzung angenommen hat`) was taken elsewhere or earlier; the minutes
   * pass it on, this meeting does not take it. Absent where a language's minutes have not shown it.
   */
  hearsay?: { verbs: string[]; openers: string[] };
  /**
   * The words that open an indirect question (`whether`, `huruvida`, Swedish `om`, `ob`): a task's
   * modal passive after one that follows a verb of saying or weighing (`Styrelsen diskuterade om
   * taket ska bytas`) is a question weighed, not what the meeting sets.
   */
  whetherWords: string[];
  /**
   * The words that set the latest time for a thing (`viimeistään`, `senast`, `spätestens`,
   * `uiterlijk`): after a noun of the thing to be done and before a time they make a task of a note
   * with no verb (`Käyttöönotto viimeistään marraskuussa`). Empty where the word is ambiguous.
   */
  latestWords: string[];
  /**
   * The words before a word for members that say they join or leave the membership (`uudet`,
   * `eronneet`; `new`, `resigned`; `nya`, `utträdda`; `neue`, `ausgetretene`; `nieuwe`, `vertrokken`):
   * `Uudet jäsenet: Aino Lehto` is a matter of membership, no list of those present.
   */
  membershipChanges: string[];
  /**
   * The word that joins a name to the office the person holds in the meeting when the office comes
   * after it in a list of those present (`Bürgermeister Karl Ott als Vorsitzender`, `Ann Lee
   * as chair`, `Eva Lind som ordförande`, `Jan de Vries als voorzitter`). Empty in Finnish, which
   * writes the office in the essive after the name (`Aino Aalto puheenjohtajana`).
   */
  roleAs: string[];
  /**
   * The words before an office written between commas in a list of those present, the holder's
   * name after it (`Mr Ash, Mrs Bell and, in the Chair, Mr Cole`: the British council's way of
   * naming who presided). Optional; none where the language has no such turn.
   */
  inOffice?: string[];
  /**
   * The words that say a state has ended (`no longer`, `nicht länger`, `nicht mehr zur Verfügung`,
   * `inte längre`, `niet langer`, `ei enää`): what someone no longer does or is (`Adi steht für den
   * Posten nicht mehr zur Verfügung`, `Bo is no longer on the committee`) tells of a change, no task
   * after the meeting. Only forms that say nothing else: `nicht mehr` alone also compares (`nicht
   * mehr als 100 Euro ausgeben` is a task), as do `niet meer` and `inte mer`.
   */
  noLonger: string[];
  /**
   * The prepositions after which the that-word marks an infinitive, not a clause of its own
   * (Swedish `till att justera protokollet`, `för att spara tid`): where the that-word is also the
   * infinitive's mark, an election whose office is fronted as `till att` and an infinitive (`Till
   * att justera protokollet valdes Eva Ek`) still records the act. Empty where the that-word is
   * never the infinitive's mark (`that`, `että`, `dass`, `dat`).
   */
  infinitivePrepositions: string[];
  /**
   * Whether headings capitalise their first word and proper nouns alone (`Kokouksen avaus`,
   * `Val av justerare`, `Vaststellen van de agenda`) rather than every noun (`Genehmigung des
   * Protokolls`) or every main word (`Approval of the Minutes`). In a line flattened from a page a
   * title then ends where a capital follows a word in lower case (`Kokouksen avaus Puheenjohtaja
   * avasi ...`).
   */
  headingsInSentenceCase: boolean;
  /**
   * The modal of the future in reported speech (`would`, `skulle`, `zou`): minutes written in the
   * past tense tell with it what a participant is to do after the meeting (`Tom said he would ask
   * the coach firm for prices`, `Anna skulle kontakta kommunen`, `Piet zou de offerte opvragen`).
   * A task only after a participant and before a deed. Empty where reported speech takes a mood
   * of its own rather than a modal (German `er werde`) or the present (Finnish).
   */
  reportedFuture: string[];
  /**
   * The words right after that modal that make no deed: a state, a wish or a judgment (`would be`,
   * `would like`, `would prefer`, `skulle vilja`, `zou graag`), a negation, or the subject of a
   * question (`Would it help ...`).
   */
  reportedFutureNot: string[];
  /**
   * The passive infinitive that minutes write a task with and no doer (`A letter to be sent to the
   * council`, `Quotes to be obtained`, `The hall is to be painted`): `auxiliary` opens it, among the
   * first `within` words; a word of `governors` right before it makes it the object of a need or
   * wish, no task (`needs to be`, `want to be`, `likely to be`); the word after it is a participle,
   * ending in one of `endings` or one of `participles`; `notDeeds` are participles of a state or of
   * news still awaited (`to be confirmed`, `to be based on`), no deed. Absent where the language
   * has no such shape.
   */
  infinitivePassive?: { auxiliary: string[]; within: number; governors: string[]; endings: string[]; participles: string[]; notDeeds: string[] };
  /**
   * The caption over the signatures at the end of a record (`Allekirjoitukset`, `Underskrifter`,
   * `Unterschriften`, `Signatures`, `Handtekeningen`): in a page flattened from a PDF the signers'
   * names and roles run on after it (`Allekirjoitukset Puheenjohtaja Aino Lehto Pöytäkirjanpitäjä
   * Ville Virta`). Lower case.
   */
  signatureCaptions: string[];
  /**
   * The words that join the two ends of a range of clock times besides a dash (`19:00 bis 21:00
   * Uhr`, `19.30 tot 21.00 uur`, `18.00 till 20.00`; English `to`, `till`, `until` are read in every
   * language). Lower case; empty where a language writes its ranges with a dash alone.
   */
  timeRangeWords: string[];
  /**
   * Openings of a sentence that reports a question instead of asking it (`The question is whether`,
   * `De vraag was hoe`, `Frågan är om`): what follows is open, and nobody's task yet.
   */
  reportedQuestions: string[];
  /**
   * The auxiliaries of what a subject is to do (`zal`; `will`, `is going to`; `wird`, `soll`; `ska`,
   * `kommer att`): after a body of the organisation as subject (`Het bestuur zal dit uitzoeken`,
   * `The committee will review the policy`) they make the body's task. Not the present tense, which
   * reports what a body does (`Het panel neemt de mededeling voor kennisgeving aan`), nor a verb that
   * is also one of motion or consent (Dutch `gaat`: `De raad gaat akkoord`, `gaat over tot`).
   * Lower case; empty where the language has no such auxiliary (Finnish says it with the present).
   */
  futureAuxiliaries: string[];
  /**
   * What someone does for the meeting itself, said right after them (`Ryan will facilitate`, `Johan
   * notuleert`, `Eva för protokollet`, `Jonas führt Protokoll`, `Aino toimii sihteerinä`): who chairs,
   * leads, moderates, keeps the minutes or the time of this meeting holds a role in it and has no
   * task. Verb phrases as they follow the subject or a future auxiliary, in every form minutes write
   * them; lower case.
   */
  meetingDuties: string[];
  /**
   * The words that join a second doer to the subject's deed (`Denise regelt de borrel samen met
   * Sandra`, `Ann will do it together with Bo`, `Olle ordnar det tillsammans med Eva`, `Jonas klärt das
   * zusammen mit Lena`): the person after them does the task too. Lower case; empty where the
   * language puts the partner in a case of its own (Finnish `yhdessä Eeron kanssa`).
   */
  togetherWith: string[];
  /**
   * The words that may follow a meeting duty and keep it this meeting's (`Ryan will chair today`,
   * `Eva leder mötet idag`, `Johan notuleert deze vergadering`): the day, `again`, the demonstratives
   * and articles, the words for the meeting itself. Any other word gives the duty an object or a
   * deed of its own, and a task. Single words, lower case.
   */
  thisMeetingWords: string[];
  /**
   * The heads of a table of contents' columns beside the titles (`Otsikko`, `Sivu`; `Rubrik`,
   * `Sida`; `Title`, `Page`): a record's list of the items it handled, flattened from a PDF, reads
   * `Käsitellyt asiat Otsikko Sivu 21 Kokouksen laillisuus 3 22 ...`, the heads between the label
   * and the first item and a page's number after each title. Single words, lower case.
   */
  contentsColumns: string[];
  /**
   * The words for "and" and "or" that may follow a hyphen at a line's end as the second half of
   * a pair of compounds sharing their tail (`Bau- und Planungsausschuss`, `kunta- ja valtio`,
   * `pre- and post-meeting`, `woon- en werkgebied`): there the hyphen is the writer's, not a word
   * broken by wrapping. Lower case, without a final dot (`bzw`).
   */
  compoundJoiners: string[];
  /**
   * An election written office first, its verb late (`Till revisorer på ett år vardera valdes ...`,
   * `Att jämte ordföranden justera protokollet valdes ...`, `Zur Schriftführerin wird ... bestimmt`,
   * `Tot voorzitter wordt ... gekozen`): `openers` the words the fronted office or task opens with,
   * `verbs` the forms of electing and appointing that may then stand anywhere in the sentence. Lower
   * case; empty where the office is a case ending (Finnish `puheenjohtajaksi`) or is not put first.
   */
  officeFirst: { openers: string[]; verbs: string[] };
  /**
   * The verbs of taking, keeping or acting in an office (`übernimmt`, `take over`, `serve as`,
   * `toimii`, `fortsätter som`, `blijft`): with an office beside them (a role word or one of
   * `officeNouns`: `Karin übernimmt das Amt der Kassiererin`, `sihteerinä toimii Riikka`) they
   * say who holds the office, which is no task after the meeting. Lower case, phrases of words.
   */
  officeVerbs: string[];
  /**
   * The nouns of an office besides the role words (`Amt`, `office`, `posten`, `johdossa`,
   * `voorzitterschap`), lower case and as the office verbs take them (Finnish in its cases). A
   * noun of eight letters or more also ends a compound (`rakennustoimikunnassa`).
   */
  officeNouns: string[];
  /**
   * Words of the sentence that opens a meeting besides its phrases of opening (`openedAt`): the
   * greeting of those present, by which the one who chairs opens it (`Begrüßung der Mitglieder durch
   * den Vorsitzenden`, `Ordförande hälsade alla välkomna`, `De voorzitter heet iedereen welkom`), and
   * the participle a compound subject parts from its verb (`förklarade styrelsemötet öppnat`). Lower
   * case; a role word of the sentence names who opened it. Only words that greet people: German
   * `begrüßt` welcomes a proposal as well (`begrüßt den Vorschlag`), and English `welcomed` a new
   * member or a guest as often as it opens the meeting, so those are left out.
   */
  openingWords: string[];
  /**
   * Passives of a deed to be done once that a group settles on (`tehdään`, `hankitaan`, `lähetetään`):
   * opening a decided matter, they make it the group's task too. The meeting's own acts (`hylätään`,
   * `siirretään`, `valitaan`), holding an event (`järjestetään`, `pidetään`: when it is held is
   * decided), conduct (`jatketaan`, `keskitytään`) and aims (`pyritään`) are none.
   * Lower case; only languages whose passive of the group opens a settled matter need them.
   */
  deedPassives?: string[];
  /**
   * Present passives of a deed that minutes write for what is to be done, wherever the verb stands
   * (Swedish s-passive: `Kontakt tas med kommunen`, `Grus beställs`, `Lampan lagas av Olle`): a
   * sentence that holds one, not negated, is a task, its doers those after a preposition of the agent.
   * Only deeds: never the meeting's own acts (`godkänns`, `väljs`: decided), reports (`informeras`,
   * `diskuteras`), naming (`kallas`) or bringing up a matter (`tas upp`). An entry of two words is a
   * phrase (`kontakt tas`); lower case.
   */
  presentDeedPassives?: string[];
  /**
   * Words of none that open a sentence as its subject (`inga`, `ingen`; `geen`, `niemand`; `nobody`,
   * `no one`): with a modal in the clause, the sentence says what nobody or nothing is to do (`Inga
   * privata saker ska diskuteras`, `Ingen behöver adjungeras`), no task. Lower case; a phrase may
   * have two words.
   */
  noneSubjects?: string[];
  /**
   * Words that join a second main clause to the first (`och`, `men`, `så`; `en`, `maar`, `dus`):
   * a clause whose subject is a word of none ends at one (`Ingen av oss har tid och Tyra ska
   * kontakta kommunen`: Tyra's task stands). Lower case.
   */
  clauseJoins?: string[];
  /**
   * Words that open a dependent clause (`om`, `hur`, `vad`, `när`): a present passive of a deed after
   * one in its clause (`Det diskuterades om grus beställs`, `Viggo undrade om fakturan skickas`) is
   * not what the meeting sets, no task. Lower case; the relative pronouns and that-words count too.
   */
  subordinators?: string[];
  /**
   * Words that make what a group settles on a standing rule or a condition, no task to be done once
   * (`jatkossa`, `vastedes`: from now on; `joka`, `kerran`: every, once a ...; `jos`: if). Lower case;
   * an entry ending in `*` matches the words it begins (`jatkossa*`: `jatkossakin`). A present passive
   * of a deed with one (`Hemsidan uppdateras automatiskt`, `Nycklar hämtas som vanligt`) is a routine
   * described, no task either.
   */
  standingWords?: string[];
}
