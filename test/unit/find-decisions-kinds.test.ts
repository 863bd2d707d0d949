import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../../src/parse/parse-minutes.js';

const EN = 'Date: 2024-03-05\nAttendees: Alice Smith, Bob Jones\n\n';
const decisions = (text: string) => parseMinutes(text).decisions.map((d) => d.text);
const cues = (text: string) => parseMinutes(text).decisions.map((d) => [d.cue.kind, d.cue.words]);

describe('findDecisions: outcome sections', () => {
  it('takes the top-level entries under a heading that names a conclusion, up to the remarks after its list', () => {
    const text = `${EN}## Caching\n\nLong debate.\n\n#### Conclusion/resolution\n\n- The cache stays opt-in for now\n  - details in the wiki\n- Move the flag to the config file\n\nBob: I still think this is slow.\n`;
    expect(decisions(text)).toEqual(['The cache stays opt-in for now', 'Move the flag to the config file']);
    expect(cues(text)[0]).toEqual(['section', 'Conclusion/resolution']);
  });

  it('leaves out open entries under a softer outcome heading, and signatures of fewer than three words', () => {
    expect(decisions(`${EN}### Outcome\n\n- The club keeps its current venue\n- Awaiting a quote from the printer\n- Thanks all\n`)).toEqual(['The club keeps its current venue']);
  });

  it('reads a label on its own line and a heading that states its outcome', () => {
    expect(decisions(`${EN}**Decision:**\n\n- Use the wiki for all drafts\n- Drop the old mailing list\n`)).toEqual(['Use the wiki for all drafts', 'Drop the old mailing list']);
    expect(decisions(`${EN}## Travel grants approved\n\n- Two tickets to the spring summit\n`)).toEqual(['Two tickets to the spring summit']);
  });

  it('reads a section heading with emoji around it (a Notion or HackMD template) as the same section', () => {
    expect(decisions(`${EN}## 🎯 Decisions\n\n- Keep the Friday slot\n\n## Outcomes ✅\n\n- Rent the small hall\n`)).toEqual(['Keep the Friday slot', 'Rent the small hall']);
    const meeting = parseMinutes(`# 🗓️ Team meeting\n\n${EN}## ✅ Action items\n\n- Print the flyers\n`);
    expect(meeting.title).toBe('Team meeting');
    expect(meeting.actions.map((a) => [a.text, a.cue.kind])).toEqual([['Print the flyers', 'section']]);
  });

  it('reads an English entry that holds a word which is a report verb in Finnish (`on`)', () => {
    expect(decisions(`${EN}### Conclusions\n\n- Keep working on the style guide together\n`)).toEqual(['Keep working on the style guide together']);
  });

  it('takes no financial result for an outcome', () => {
    expect(decisions('# Styrelsemöte\n\n## Resultat\n\n- Intäkter 2 000 kr under året\n')).toEqual([]);
  });
});

describe('findDecisions: votes and motions', () => {
  it('reads a motion with its seconding and result as one decision', () => {
    const text = `${EN}## 2. Minutes\n\nAlice moved that the minutes be adopted as posted. Bob seconded. The motion was carried.\n`;
    expect(decisions(text)).toEqual(['Alice moved that the minutes be adopted as posted. — The motion was carried.']);
    expect(cues(text)).toEqual([['vote', 'moved that']]);
  });

  it('ends a motion at its result: a later sentence of the paragraph that agrees on something is a decision of its own', () => {
    const text = `${EN}## 4. Hall\n\nBob moved that the hall fee rise to £15, seconded by Alice. Carried. Thanks went to the caretaker. It was agreed to repaint the porch.\n`;
    expect(decisions(text)).toEqual(['Bob moved that the hall fee rise to £15, seconded by Alice. — Carried.', 'It was agreed to repaint the porch.']);
  });

  it('takes no motion that failed, and reads M/S/C and a motion over list entries', () => {
    expect(decisions(`${EN}Bob moved to close the bar early. Alice seconded. The motion failed.\n`)).toEqual([]);
    expect(decisions(`${EN}M/S/C to renew the hall booking for 2025.\n`)).toEqual(['M/S/C to renew the hall booking for 2025.']);
    expect(decisions(`${EN}- Motion to buy a second kettle\n- Seconded: Bob\n- Carried\n`)).toEqual(['Motion to buy a second kettle — Carried']);
  });

  it('reads vote counts, not dates', () => {
    expect(cues('# Sitzung\n\nDer Zuschuss wird mit 6 Ja-Stimmen, 1 Nein-Stimme und 2 Enthaltungen gewährt.\n')).toEqual([['vote', '6 ja-stimmen']]);
    expect(cues(`${EN}The new sysadmins were confirmed by a vote of 5-0.\n`)).toEqual([['vote', '5-0']]);
    expect(decisions(`${EN}The workshop for 12/3 is for beginners.\n`)).toEqual([]);
  });

  it.each([
    ['en', 'A quorum was present for the vote on the bylaws.'],
    ['fi', 'Kaikki olivat samaa mieltä kerhoillan siirtämisestä torstaille.'],
    ['sv', 'Alla var överens om att flytta festen till maj.'],
    ['nl', 'Iedereen is het eens met de nieuwe openingstijden.'],
    ['de', 'Niemand widerspricht dem neuen Termin für das Sommerfest.'],
  ])('%s: reads a quorum or the consent of all as decided: %s', (_language, sentence) => {
    expect(decisions(`Intro.\n\n${sentence}\n`)).toEqual([sentence]);
  });

  it.each([
    'Postponed to the next meeting for lack of time.',
    'The bylaw change was referred to the governance committee.',
    'Unanimous vote to keep the fee at ten euros.',
    'Everyone is fine with moving the call to Tuesdays.',
  ])('reads a postponement, a referral, a unanimous vote and the consent of all: %s', (sentence) => {
    expect(decisions(`${EN}${sentence}\n`)).toEqual([sentence]);
  });

  it.each([
    ['de', 'Der Antrag auf ein neues Zelt wird vertagt.'],
    ['nl', 'De aanschaf van een nieuwe beamer wordt uitgesteld.'],
    ['fi', 'Asia siirrettiin seuraavaan kokoukseen.'],
    ['sv', 'Frågan om ny lokal bordläggs till nästa möte.'],
  ])('%s: reads a matter postponed as decided: %s', (_language, sentence) => {
    expect(decisions(`Intro.\n\n${sentence}\n`)).toEqual([sentence]);
  });

  it('reads a terse weak cue with the title it stands under, and names it by that title', () => {
    expect(decisions('# Hallituksen kokous\n\nLäsnä: Aino Aalto, Eero Saari\n\n## 2. Kokouksen laillisuus ja päätösvaltaisuus\n\nTodettiin.\n\n## 3. Muut asiat\n\nTodettiin.\n')).toEqual(['Kokouksen laillisuus ja päätösvaltaisuus: Todettiin.']);
    expect(decisions('# Vorstandssitzung\n\nAnwesend: Anna Schmidt und Paul Meyer\n\n### Beschlussfähigkeit\n\ngegeben\n')).toEqual(['Beschlussfähigkeit: gegeben']);
  });

  it('reads a quorum present, and none when it is not', () => {
    expect(decisions(`${EN}## 1. Call to order\n\nThe chair opened the meeting. Quorum present.\n\n## 2. Budget\n\nQuorum not present.\n`)).toEqual(['Quorum present.']);
  });

  it('takes the item before a short outcome only for a verdict, not for a statement of its own', () => {
    expect(decisions(`${EN}- Move the picnic to June\n- Tabled until May.\n`)).toEqual(['Tabled until May.']);
  });

  it('reads consent without objection, and takes a terse consent as part of the sentence before it', () => {
    expect(cues('# Möte\n\nInga invändningar mot att flytta festen till maj.\n')).toEqual([['vote', 'Inga invändningar']]);
    expect(decisions(`${EN}The entry fee stays at ten euros. No objections.\n`)).toEqual(['The entry fee stays at ten euros. — No objections.']);
    expect(cues('# Sitzung\n\nDas Sommerfest findet im Juli statt, alle sind einverstanden.\n')).toEqual([['vote', 'alle sind einverstanden']]);
  });
});

describe('findDecisions: verdicts', () => {
  it('reads a short outcome that closes a sentence after a colon, a dash or a parenthesis', () => {
    expect(cues(`${EN}New logo for the club shirts - approved\n`)).toEqual([['vote', 'approved']]);
    expect(decisions('# Kokous\n\nUusi logo kerhon paitoihin: hyväksytty\n')).toEqual(['Uusi logo kerhon paitoihin: hyväksytty']);
    expect(decisions(`${EN}Is the new logo for the shirts approved?\n`)).toEqual([]);
  });

  it.each([
    [EN, '## 2. Approval of the last minutes\n\n- Approved.\n', 'Approval of the last minutes: Approved.'],
    [EN, '## 4. Garden party\n\nLong talk about the date.\n\nAgreed.\n', 'Garden party: Agreed.'],
    ['# Hallituksen kokous\n\nLäsnä: Aino Aalto, Eero Saari\n\n', '## 3. Jäsenmaksu\n\nKeskusteltiin summasta.\n\n- Hyväksytty.\n', 'Jäsenmaksu: Hyväksytty.'],
    ['# Styrelsemöte\n\nNärvarande: Anna Berg och Olle Lind\n\n', '## § 4 Budget\n\nKassören redogjorde för det.\n\nGodkändes.\n', 'Budget: Godkändes.'],
    ['# Vorstandssitzung\n\nAnwesend: Anna Schmidt und Paul Meyer\n\n', '## TOP 2 Kassenbericht\n\nDer Bericht ist nicht lang.\n\n- Genehmigt\n', 'Kassenbericht: Genehmigt'],
    ['# Bestuursvergadering\n\nAanwezig: Anna de Vries en Piet Jansen\n\n', '## 3. Jaarverslag\n\nHet verslag is op tijd.\n\nAkkoord.\n', 'Jaarverslag: Akkoord.'],
  ])('names a short outcome standing alone by the item it decides: %#', (head, body, decision) => {
    expect(decisions(`${head}${body}`)).toEqual([decision]);
  });

  it('takes a short vote with its own subject or object in a paragraph of its own as a decision, and a bare result as the result of the one before', () => {
    const head = '# Årsmöte\n\nNärvarande: Anna Berg, Olle Lind\n\n## § 9 Bokslut\n\n';
    expect(decisions(`${head}Bokslutet fastställdes.\n\nKassören beviljades arvode.\n`)).toEqual(['Bokslutet fastställdes.', 'Kassören beviljades arvode.']);
    expect(decisions('# Kokous\n\nLäsnä: Aino Aalto, Eero Saari\n\n## 2. Asiat\n\nPäätettiin tilata uudet paidat.\n\nTyöjärjestys hyväksyttiin.\n')).toEqual(['Päätettiin tilata uudet paidat.', 'Työjärjestys hyväksyttiin.']);
    expect(decisions(`${EN}## 5. Grants\n\nThe board approved the grant to the choir.\n\nApproved unanimously.\n`)).toEqual(['The board approved the grant to the choir.']);
  });

  it('names a short outcome under a list entry by that entry, and keeps it apart from the item before a heading', () => {
    expect(decisions(`${EN}## Shirts\n\n- A green logo on the back\n  - Accepted\n- Sleeves in two colours\n  - Carried.\n`)).toEqual(['A green logo on the back — Accepted', 'Sleeves in two colours — Carried.']);
    expect(decisions('# Hallituksen kokous\n\nLäsnä: Aino Aalto, Eero Saari\n\n## 1. Avaus\n\n- Todettiin.\n\n## 2. Työjärjestys\n\n- Hyväksyttiin.\n')).toEqual(['Työjärjestys: Hyväksyttiin.']);
    expect(decisions(`${EN}## Shirts\n\n- Approved.\n\n## Banners\n\n- Approved.\n`)).toEqual(['Shirts: Approved.', 'Banners: Approved.']);
  });

  it('takes neither an agenda title for the proposal of a verdict nor a title before a verdict with its own subject', () => {
    const text = 'PROTOKOLL STYRELSEMÖTE\nDatum: 2024-03-12\nNärvarande: Anna Berg, Olle Lind\n§ 1 Mötets öppnande\nOrdförande öppnade mötet.\n§ 2 Inköp av bord\nNya bord godkändes.\n§ 3 Ekonomi\nGodkändes.\n§ 4 Mötets avslutande\nOrdförande avslutade mötet.\n';
    expect(decisions(text)).toEqual(['Nya bord godkändes.', 'Ekonomi: Godkändes.']);
  });

  it('still reads a decision word with a colon, or with the list under it, as the label over the decisions', () => {
    expect(decisions(`${EN}Agreed:\n\n- The quiz night moves to Fridays\n`)).toEqual(['The quiz night moves to Fridays']);
    expect(decisions(`${EN}**Agreed**\n\n- The quiz night moves to Fridays\n`)).toEqual(['The quiz night moves to Fridays']);
    expect(decisions(`${EN}- **Agreed**\n  - The quiz night moves to Fridays\n`)).toEqual(['The quiz night moves to Fridays']);
  });

  it('names a terse entry under an outcome heading by the topic it concludes', () => {
    expect(decisions(`${EN}## Weak references\n\nLong debate.\n\n#### Conclusions\n\n- Not for this release\n`)).toEqual(['Weak references: Not for this release']);
  });

  it('reads a marked decision inside a proposal section', () => {
    expect(decisions('# Sitzung\n\n## Antrag\n\nDer Beitrag steigt auf 30 EUR.\n\nBeschluss: einstimmig angenommen\n')).toEqual(['Der Beitrag steigt auf 30 EUR. — einstimmig angenommen']);
  });
});

describe('findDecisions: grammar of the body', () => {
  it.each([
    ['en', 'After a short debate the committee approved the new logo.'],
    ['fi', 'Hallitus päätti hankkia uuden tulostimen.'],
    ['sv', 'Efter diskussion beslutade mötet att köpa en ny dator.'],
    ['de', 'Daraufhin beschließt der Vorstand, ein Zelt zu mieten.'],
    ['en', 'We decided to move the meetup to Thursdays.'],
    ['sv', 'Vi bestämde att ha nästa möte i maj.'],
    ['de', 'Wir haben uns geeinigt, die Kasse monatlich zu prüfen.'],
    ['nl', 'We besluiten om de website te vernieuwen.'],
    ['en', 'We will not renew the lease on the storage room.'],
    ['nl', 'De notulen worden ongewijzigd vastgesteld.'],
    ['sv', 'Rapporten lades till handlingarna.'],
    ['sv', 'Styrelsen lade revisionsberättelsen till handlingarna.'],
    ['sv', 'Det blev enighet om att hyra en buss till lägret.'],
    ['nl', 'Er is consensus over de nieuwe openingstijden van het clubhuis.'],
    ['fi', 'Hallitus linjasi, että kerho kokoontuu joka toinen viikko.'],
    ['en', 'The minutes of the last meeting were read and approved.'],
    ['de', 'Die Entlastung des Kassenwarts wurde einstimmig erteilt.'],
    ['en', 'Decision made to hold the picnic in the park.'],
    ['en', 'The decision is to keep the entry fee at five euros.'],
    ['en', 'The working group has chosen the smaller venue.'],
    ['en', 'Final decision: the newsletter goes out monthly.'],
    ['fi', 'Päädyttiin siihen, että kerho kokoontuu torstaisin.'],
    ['sv', 'Vi kom fram till att festen hålls i maj.'],
    ['sv', 'Mötet förklarades beslutsmässigt.'],
    ['de', 'Man einigt sich darauf, das Sommerfest im Juli zu feiern.'],
    ['de', 'Die Versammlungsleiterin stellt die Beschlussfähigkeit fest.'],
    ['de', 'Die Mitglieder stimmen der neuen Beitragsordnung zu.'],
    ['nl', 'Er is gekozen voor de goedkoopste offerte.'],
    ['nl', 'We kiezen ervoor om de nieuwsbrief maandelijks te versturen.'],
    ['en', 'The group aligned on using the wiki for all drafts.'],
    ['en', 'Everyone was in agreement to cancel the summer trip.'],
  ])('%s: %s', (_language, sentence) => {
    expect(decisions(`Intro.\n\n${sentence}\n`)).toEqual([sentence]);
  });

  it('takes several participants who agree on a thing for a decision, and their agreeing to do one for a task', () => {
    expect(decisions(`${EN}Alice and Bob agreed that the pricing page needs a redesign.\n`)).toEqual(['Alice and Bob agreed that the pricing page needs a redesign.']);
    expect(decisions(`${EN}Alice and Bob agreed to send the slides.\n`)).toEqual([]);
    expect(decisions(`${EN}Bob agreed that the pricing page needs a redesign.\n`)).toEqual([]);
  });

  it("takes neither a person's promise, a speaker's suggestion, a question nor a quotation", () => {
    expect(decisions(`${EN}Bob Jones agreed to send the slides to everyone.\n`)).toEqual([]);
    expect(decisions(`${EN}Alice Smith: let's try the new room next time.\n`)).toEqual([]);
    expect(decisions(`${EN}AS: Agreed.\n`)).toEqual([]);
    expect(decisions(`${EN}Shall we agree to meet monthly?\n`)).toEqual([]);
    expect(decisions(`${EN}> Members shall be elected by the board for two years.\n`)).toEqual([]);
  });

  it('takes a passive whose subject is the body itself for news of another decision', () => {
    expect(decisions(`${EN}We have been approved for the city's culture grant!\n`)).toEqual([]);
    expect(decisions('# Vorstandssitzung\n\nAnwesend: Anna Schmidt und Paul Meyer\n\nWir wurden beim Stadtfest angenommen.\n')).toEqual([]);
    expect(decisions(`${EN}We approved the budget for the spring fair.\n`)).toEqual(['We approved the budget for the spring fair.']);
  });

  it("takes a `let's` that names its doers for their task, and an indirect question for no decision", () => {
    expect(decisions(`${EN}Let's draft a schedule for the stands - Alice or Bob to do\n`)).toEqual([]);
    expect(decisions(`${EN}Bob asks whether all grant requests are being approved too quickly.\n`)).toEqual([]);
    expect(decisions('# Vorstandssitzung\n\nAnwesend: Anna Schmidt und Paul Meyer\n\nPaul fragt, ob der Antrag schon genehmigt wurde.\n')).toEqual([]);
  });

  it.each([
    ['en', 'No decision was made on the venue.'],
    ['fi', 'Asiasta ei sovittu yksimielisesti.'],
    ['sv', 'Inget beslut fattades om lokalen.'],
    ['de', 'Über den Antrag wurde nicht beschlossen.'],
    ['nl', 'Er is nog niet besloten over de locatie.'],
  ])('%s: takes a negated decision for none: %s', (_language, sentence) => {
    expect(decisions(`Intro.\n\n${sentence}\n`)).toEqual([]);
  });

  it('takes a decision label alone on its line for the head of the decisions after it, not for one', () => {
    expect(decisions('# Styrelsemöte\n\n**Beslut**\n\nÅrsmötet beslutade att fastställa budgeten.\n')).toEqual(['Årsmötet beslutade att fastställa budgeten.']);
    expect(decisions('# Vergadering\n\nBesluit\n\n- De begroting wordt aangenomen\n')).toEqual(['De begroting wordt aangenomen']);
  });

  it('takes an agenda item title for no decision', () => {
    const text = '# Syyskokous\n\n**3. Valitaan kokouksen sihteeri**\n\nSihteeriksi valittiin Aino Aalto.\n\n**4. Hyväksytään kokouksen työjärjestys**\n\nHyväksyttiin kokouksen työjärjestys.\n';
    expect(decisions(text)).toEqual(['Sihteeriksi valittiin Aino Aalto.', 'Hyväksyttiin kokouksen työjärjestys.']);
  });
});

describe('findDecisions: layouts', () => {
  it('reads a decision column and a row whose type cell is Decision', () => {
    const table = `${EN}| Topic | Notes | Decision |\n|---|---|---|\n| Website | long talk | Move the site to a static generator |\n| Logo | none yet | - |\n| Venue | fine | Keep it |\n`;
    expect(decisions(table)).toEqual(['Move the site to a static generator', 'Venue: Keep it']);
    expect(cues(table)[0]).toEqual(['table', 'Decision']);
    expect(decisions(`${EN}| Item | Value |\n|---|---|\n| Decision | Adopt the new budget |\n`)).toEqual(['Adopt the new budget']);
    expect(decisions(`${EN}| Type | Item | Owner |\n|---|---|---|\n| Decision | Use Postgres for the new service | Alice |\n| Action | Set up the database | Bob |\n`)).toEqual(['Use Postgres for the new service']);
  });

  it('ends a sentence at a score or an amount, not at an ordinal', () => {
    expect(decisions(`${EN}The board voted to raise dues to $50. It was decided to buy a projector.\n`)).toEqual(['The board voted to raise dues to $50.', 'It was decided to buy a projector.']);
    expect(decisions(`${EN}The motion to buy a kettle passed 5-0. It was decided to meet monthly.\n`)).toHaveLength(2);
    expect(decisions('# Sitzung\n\nEs wird beschlossen, das Fest am 12. Mai zu feiern.\n')).toEqual(['Es wird beschlossen, das Fest am 12. Mai zu feiern.']);
  });

  it('reads the sentences and lines of a notes cell, and leaves task columns to the actions', () => {
    const table = `${EN}| Topic | Notes | Owner |\n|---|---|---|\n| Logo | Long talk about colours. It was agreed to keep the blue one. | Bob |\n| Shirts | Approved unanimously | Alice |\n| Venue | Alice will ask the library<br>The board approved a budget of 200 EUR | Alice |\n`;
    expect(decisions(table)).toEqual(['It was agreed to keep the blue one.', 'Shirts: Approved unanimously', 'The board approved a budget of 200 EUR']);
    expect(decisions(`${EN}| Topic | Action items |\n|---|---|\n| Logo | Approve the new logo by Friday |\n`)).toEqual([]);
  });

  it('reads the entries of the notes cells of an HTML table, as wikis export them', () => {
    const html = `${EN}<table><thead><tr><th>Topic</th><th>Notes</th><th>Actions</th></tr></thead><tbody>\n<tr><td>Budget</td><td><ul><li>Long debate on costs.</li><li>Agreed to raise the fee to 20 EUR.</li></ul></td><td>Bob approved to send invoices</td></tr>\n<tr><td>Agenda</td><td>Agenda approved</td><td></td></tr></tbody></table>\n`;
    expect(decisions(html)).toEqual(['Agreed to raise the fee to 20 EUR.', 'Agenda approved']);
    expect(cues(html)[0]).toEqual(['grammar', 'Agreed']);
  });

  it('gives each line after a lone marker its own decision, and a decision ending in a colon its list', () => {
    expect(decisions('# Styrelsemöte\n\nBeslut:\natt godkänna budgeten\natt välja Anna till kassör\n')).toEqual(['att godkänna budgeten', 'att välja Anna till kassör']);
    expect(decisions('# Kokous\n\nVarajäseniksi valittiin:\n\n- Aino Aalto\n- Eero Saari\n')).toEqual(['Varajäseniksi valittiin: Aino Aalto; Eero Saari']);
  });

  it('reads each line of a pasted chat log on its own, and a marker after its time stamp and speaker', () => {
    const log = `${EN}<alice> we looked at the draft\n[19:02] <bob> RESOLUTION: publish the draft on Monday\n19:03 <alice> #agreed the call moves to Tuesdays\nBob: ok\n`;
    expect(decisions(log)).toEqual(['[19:02] <bob> RESOLUTION: publish the draft on Monday', '19:03 <alice> #agreed the call moves to Tuesdays']);
    expect(cues(log)).toEqual([['marker', 'RESOLUTION'], ['marker', '#agreed']]);
  });

  it('gives each role line after a lone decision verb its own decision, the verb before it', () => {
    expect(decisions('# Kuukausikokous\n\n2. Valitaan\nsihteeri: Aino Aalto\ntarkastaja (ptk): Eero Saari\n\nMuuta.\n')).toEqual(['Valitaan sihteeri: Aino Aalto', 'Valitaan tarkastaja (ptk): Eero Saari']);
    expect(decisions('# Sitzung\n\nGewählt:\nKassenwart: Paul Meyer\nSchriftführerin: Lena Koch\n')).toEqual(['Gewählt Kassenwart: Paul Meyer', 'Gewählt Schriftführerin: Lena Koch']);
  });

  it('reads a marker with a parenthetical or a dash', () => {
    expect(cues('# Sitzung\n\nBeschluss (einstimmig): Der Beitrag bleibt bei 20 EUR.\n')).toEqual([['marker', 'Beschluss']]);
    expect(cues(`${EN}DECISION – the meetup moves to Thursdays.\n`)).toEqual([['marker', 'DECISION']]);
  });

  it('reads a MeetBot command and a marker after an arrow', () => {
    expect(cues(`${EN}#agreed the release ships on Friday\n`)).toEqual([['marker', '#agreed']]);
    expect(decisions('# Vergadering\n\n→ Besluit: de kascommissie wordt benoemd.\n')).toEqual(['→ Besluit: de kascommissie wordt benoemd.']);
  });

  it.each([
    [EN, 'Long talk about the venue.\n=> The quiz stays at the library for now.\n', '=> The quiz stays at the library for now.'],
    ['# Styrelsemöte\n\nNärvarande: Anna Berg och Olle Lind\n\n', 'Diskussion om festen.\n\n→ Festen hålls i maj i år.\n', '→ Festen hålls i maj i år.'],
    ['# Vorstandssitzung\n\nAnwesend: Anna Schmidt und Paul Meyer\n\n', '- Die Kasse ist knapp.\n- ⇒ Der Beitrag bleibt bei 20 EUR.\n', '⇒ Der Beitrag bleibt bei 20 EUR.'],
  ])('reads the outcome after an arrow that closes a discussion: %#', (head, body, decision) => {
    expect(decisions(`${head}${body}`)).toEqual([decision]);
  });

  it("takes an arrow before a participant's task, a name alone or a question for no decision", () => {
    expect(decisions(`${EN}Long talk about the venue.\n=> Alice will book the room.\n`)).toEqual([]);
    expect(decisions(`${EN}- The room needs booking\n  → Bob\n`)).toEqual([]);
    expect(decisions(`${EN}=> Do we still need the old projector?\n`)).toEqual([]);
  });

  it('takes a proposal introduced by its label for no decision, but the verdict after it with the proposal', () => {
    expect(decisions('# Möte\n\nAtt: köpa en ny kaffebryggare.\n\nBeslut: Bifalles\n')).toEqual(['köpa en ny kaffebryggare. — Bifalles']);
  });
});

describe('findDecisions: English board and notes phrasing (probe-en)', () => {
  it('takes a motion stated before the sentence that names its mover and seconder', () => {
    const text = `${EN}## Audit\n\nMOTION: To engage the same auditor for 2025. Moved by Alice Smith, seconded by Bob Jones. Motion carried.\n`;
    expect(decisions(text)).toEqual(['MOTION: To engage the same auditor for 2025. — Motion carried.']);
    expect(decisions(`${EN}## Minutes\n\nMotion to accept the April minutes. Motion by Alice Smith, second by Bob Jones. Approved 3-0.\n`)).toEqual([
      'Motion to accept the April minutes. — Approved 3-0.',
    ]);
  });

  it('reads a British motion that was proposed and seconded, but not a proposal nobody seconded', () => {
    expect(decisions(`${EN}## Hall\n\nAlice Smith proposed that the hall fee stay at £12; seconded by Bob Jones.\n`)).toHaveLength(1);
    expect(decisions(`${EN}## Hall\n\nAlice Smith proposed that the hall fee stay at £12.\n`)).toEqual([]);
  });

  it('reads a verdict that opens the text after a topic, with its condition, and a denial', () => {
    expect(decisions(`${EN}## Requests\n\n- 4 Elm Row, porch: approved on condition that the paint matches\n- 7 Elm Row, hot tub: denied; too close to the fence\n`)).toEqual([
      '4 Elm Row, porch: approved on condition that the paint matches',
      '7 Elm Row, hot tub: denied; too close to the fence',
    ]);
  });

  it('reads what the notes say the meeting is going with, but not consent taken back with a but', () => {
    expect(decisions(`${EN}## Store\n\n- Going with the two-tier pricing for launch.\n- Queue choice: sticking with RabbitMQ this quarter.\n`)).toHaveLength(2);
    expect(decisions(`${EN}## Store\n\nNobody objected, but we want the numbers first.\n`)).toEqual([]);
  });

  it('reads unanimous support, a final approval and no one opposing, but no agreement in a condition', () => {
    expect(decisions(`${EN}## Plans\n\n- Unanimous support for the new charter.\n- The board gave final approval to the office move.\n- No one opposed the later start time.\n`)).toHaveLength(3);
    expect(decisions(`${EN}## Plans\n\nThe rota stays as it is unless there is agreement that it should change.\n`)).toEqual([]);
  });

  it('takes no motion for a person who owns a task', () => {
    const owners = parseMinutes(`${EN}### Minutes\nMotion to adopt the March 12 minutes as written. Motion by Alice Smith, second by Bob Jones. Approved 2-0.\n`).actions.flatMap((a) => a.owners);
    expect(owners).not.toContain('Motion');
  });

  it('leaves a tally after a decided sentence to that decision', () => {
    expect(decisions(`${EN}## Roof\n\nThe board voted to repair the roof this summer. Vote: 5 in favor, 1 opposed.\n`)).toEqual(['The board voted to repair the roof this summer.']);
  });
});

describe('findDecisions: decisions told of, not taken', () => {
  it('takes no decision that a person reports from elsewhere, in English, German and Finnish', () => {
    expect(decisions(`${EN}## Reports\n\nBob reported that the county council approved the new bus stop.\n`)).toEqual([]);
    expect(decisions(`${EN}## Reports\n\nAlice stated it was agreed to repaint the gate.\n`)).toEqual([]);
    expect(decisions('Anwesend: Jana Kühn, Ole Brandt\n\n## TOP 2 Berichte\n\nOle berichtet, dass der Landesverband die neue Beitragsordnung angenommen hat.\n')).toEqual([]);
    expect(decisions('Anwesend: Jana Kühn, Ole Brandt\n\n## TOP 2 Berichte\n\nJana informiert: Der Bezirksbeirat hat den Zuschuss beschlossen.\n')).toEqual([]);
    expect(decisions('Läsnä: Outi Rask, Eero Laine\n\n## 4 § Ilmoitusasiat\n\nEero kertoi, että liittokokous hyväksyi uudet säännöt.\n')).toEqual([]);
  });

  it('reads the report of one sentence apart from the decision of the next', () => {
    expect(decisions(`${EN}## Fair\n\nBob reported that the bake sale raised £80. It was agreed to give the money to the choir.\n`)).toHaveLength(1);
  });

  it('keeps the quorum a chair states, and a decision about what an earlier meeting did', () => {
    expect(decisions(`${EN}## Opening\n\nThe chair stated that a quorum was present.\n`)).toHaveLength(1);
    expect(decisions(`${EN}## Rules\n\nIt was agreed to review the rule made at the last meeting of the club.\n`)).toHaveLength(1);
  });

  it('takes no decision whose verb names the earlier meeting that took it', () => {
    expect(decisions(`${EN}## Follow-up\n\nThe parking rota that was agreed upon at the last meeting still has gaps.\n`)).toEqual([]);
    expect(decisions(`${EN}## Follow-up\n\nIt was decided in the previous meeting to rent a second van.\n`)).toEqual([]);
  });

  it('reads a titled member who agrees to do a thing as a promise, not the body’s decision', () => {
    const text = 'Present: Members Okafor, Lindqvist\n\n## 3. Administration\n\nMember Okafor agreed to report on behalf of the panel at the next council meeting.\n';
    expect(decisions(text)).toEqual([]);
    expect(decisions('## 3. Administration\n\nThe panel agreed to report to the council each quarter.\n')).toHaveLength(1);
  });
});

describe('findDecisions: matters put off to a later meeting', () => {
  it('reads an item continued, or its consideration tabled or deferred, as settled for now', () => {
    expect(cues(`${EN}## 6. Budget review\n\nThe budget review was continued to the next meeting.\n`)).toEqual([['phrase', 'continued to the next meeting']]);
    expect(decisions(`${EN}## 2. Grants\n\nThe panel deferred consideration of the garden grant.\n`)).toEqual(['The panel deferred consideration of the garden grant.']);
  });

  it('reads what the chair tables as the meeting’s act, and what another member tables as theirs', () => {
    const present = 'Present: Chair Okonkwo, Member Vance\n\n';
    expect(decisions(`${present}## 3. Minutes\n\nChair Okonkwo tabled consideration of the May minutes.\n`)).toEqual(['Chair Okonkwo tabled consideration of the May minutes.']);
    expect(decisions(`${present}## 3. Minutes\n\nMember Vance tabled consideration of the May minutes.\n`)).toEqual([]);
  });

  it('reads a clipped note that opens with waiting, its subject left out, as a decision to wait', () => {
    const text = `${EN}## Notes\n\n* Dark mode\n    * Will wait on the survey results before we turn it on by default\n    * Bob will wait for the vendor quote\n`;
    expect(cues(text)).toEqual([['grammar', 'Will wait on']]);
  });

  it('reads no decision in a note of waiting under a person’s own heading: it is that person’s plan', () => {
    const text = `${EN}### Alice Smith

- Will revisit the style guide tomorrow
- Will wait for the build to pass before merging
`;
    expect(cues(text)).toEqual([]);
    expect(parseMinutes(text).actions.map((a) => a.owners)).toEqual([['Alice Smith'], ['Alice Smith']]);
  });
});

describe('a proposal named by its author, then the verdict', () => {
  it('reads `Proposal from Ann approved` as the body\'s decision: the name after the preposition is the proposal\'s author', () => {
    const en = parseMinutes('# Committee meeting 4 March 2026\n\nPresent: Ann Lee, Bo Chan\n\n## Social\n- Proposal from Ann approved.\n');
    const nl = parseMinutes('# Overleg bestuur 4 maart 2026\n\nAanwezig: Jan de Vries, Anna Bakker, Piet Smit\n\n## Ledenavond\n- Voorstel van Piet aangenomen.\n');
    expect(en.decisions.map((d) => d.text)).toEqual(['Proposal from Ann approved.']);
    expect(nl.decisions.map((d) => d.text)).toEqual(['Voorstel van Piet aangenomen.']);
  });

  it('still reads a person who approves as no decision of the body', () => {
    const en = parseMinutes('# Committee meeting 4 March 2026\n\nPresent: Ann Lee, Bo Chan\n\n## Social\n- Following the proposal by Ann, Bo approved the plan for his team.\n');
    expect(en.decisions).toEqual([]);
  });
});
