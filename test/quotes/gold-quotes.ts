/**
 * Who says what in the seeds and in test/fixtures/timeline, from reading them: one line per
 * quotation (direct) or sentence reporting speech (reported), by a phrase of it and the speaker's
 * full name. Speech by organisations ("the Kremlin stated", "Marchetti's office said") is not listed:
 * /quotes is about people. Lines marked `hard` are speech the rules are known to miss (verbs of
 * speech they do not list: "revealed", "dismissed", "accused", "rejected"; wink tagging "informed" an adjective).
 */
export interface GoldQuote {
  article: string;
  phrase: string;
  speaker: string;
  hard?: true;
}

const A000 = '000_9fa6195cd0faa982';
const A001 = '001_6cafe41d9e784b11';
const A002 = '002_62dcc4dcba42d8bd';
const A003 = '003_31b76e603aeb2cfa';
const A004 = '004_e0ba8cc3a8df5508';
const TRUMP = 'Donald Trump';
const PUTIN = 'Vladimir Putin';
const PESKOV = 'Dmitry Peskov';

export const SEED_QUOTES: GoldQuote[] = [
  { article: A000, phrase: 'Putin has revealed an unexpected aspect', speaker: PUTIN, hard: true },
  { article: A000, phrase: 'we have a very good chance', speaker: TRUMP },
  { article: A000, phrase: 'Trump had previously warned', speaker: TRUMP },
  { article: A000, phrase: 'I hope President Putin is going to be good', speaker: TRUMP },
  { article: A000, phrase: 'And I hope that Zelenskyy', speaker: TRUMP },
  { article: A000, phrase: 'Trump and I have an open dialogue', speaker: PUTIN },
  { article: A000, phrase: 'Putin dismissed such concerns', speaker: PUTIN, hard: true },
  { article: A000, phrase: 'described fears of Moscow', speaker: PUTIN },
  { article: A000, phrase: 'this is complete nonsense', speaker: PUTIN },
  { article: A000, phrase: 'Any sensible person realizes', speaker: PUTIN },
  { article: A001, phrase: 'repeatedly said that he desires', speaker: TRUMP },
  { article: A001, phrase: 'said information had actually been released', speaker: PESKOV },
  { article: A001, phrase: 'Listen, we notify you', speaker: PESKOV },
  { article: A001, phrase: 'So all sorts of subtleties', speaker: 'Pavel Zarubin' },
  { article: A001, phrase: 'that is how I would address your question', speaker: PESKOV },
  { article: A001, phrase: 'Trump informed the Washington Examiner', speaker: TRUMP, hard: true },
  { article: A001, phrase: 'in his 2024 book', speaker: 'Bob Woodward' },
  { article: A001, phrase: "If I did, it's a clever thing", speaker: TRUMP },
  { article: A001, phrase: 'may have another telephone call', speaker: PESKOV },
  { article: A001, phrase: 'While the Russian side has been adhering', speaker: PESKOV },
  { article: A001, phrase: 'Absolutely.', speaker: PESKOV },
  { article: A001, phrase: 'Peskov said the latest phone call', speaker: PESKOV },
  { article: A002, phrase: "According to Dmitry Peskov, the Russian leader's spokesman", speaker: PESKOV },
  { article: A002, phrase: 'the U.S. President acknowledged', speaker: TRUMP },
  { article: A002, phrase: 'commented that he "neither confirms nor denies"', speaker: PESKOV },
  { article: A002, phrase: 'Donald Trump acknowledged speaking by phone', speaker: TRUMP },
  { article: A002, phrase: 'neither confirmed nor denied these reports', speaker: PESKOV },
  { article: A002, phrase: 'Trump emphasised that he has a strong relationship', speaker: TRUMP },
  { article: A002, phrase: 'Trump replied that', speaker: TRUMP },
  { article: A002, phrase: 'He also mentioned that the Russian leader', speaker: TRUMP },
  { article: A002, phrase: 'reiterating that', speaker: TRUMP },
  { article: A002, phrase: 'He expressed hope for a swift end', speaker: TRUMP, hard: true },
  { article: A002, phrase: 'many different messages are circulating', speaker: PESKOV },
  { article: A002, phrase: 'This communication happens through numerous channels', speaker: PESKOV },
  { article: A002, phrase: 'he will impose significant taxes', speaker: TRUMP },
  { article: A002, phrase: 'Trump has consistently emphasised his aim', speaker: TRUMP },
  { article: A002, phrase: 'head of the Foreign Affairs Committee', speaker: 'Leonid Slutsky' },
  { article: A002, phrase: 'Trump disclosed that he has been negotiating', speaker: TRUMP },
  { article: A002, phrase: 'has always had good relations with Putin', speaker: TRUMP },
  { article: A002, phrase: 'I hope it happens quickly', speaker: TRUMP },
  { article: A002, phrase: 'People are dying every day', speaker: TRUMP },
  { article: A002, phrase: 'Leonid Slutsky suggested', speaker: 'Leonid Slutsky' },
  { article: A002, phrase: 'Donald Trump announced that he would likely meet', speaker: TRUMP },
  { article: A003, phrase: 'Trump said he planned to talk', speaker: TRUMP },
  { article: A003, phrase: 'Very soon', speaker: TRUMP },
  { article: A003, phrase: 'the Russian president stated', speaker: PUTIN },
  { article: A003, phrase: 'Donald Trump also said', speaker: TRUMP },
  { article: A003, phrase: 'he would not compare the security guarantees', speaker: TRUMP },
  { article: A003, phrase: 'no US troops in Ukraine', speaker: TRUMP },
  { article: A003, phrase: 'Sergey Lavrov emphasized', speaker: 'Sergey Lavrov' },
  { article: A004, phrase: 'He further noted', speaker: PUTIN },
  { article: A004, phrase: 'he reaffirmed his readiness', speaker: PUTIN, hard: true },
  { article: A004, phrase: 'Putin commented that he sees some value', speaker: PUTIN },
  { article: A004, phrase: 'He added that European leaders', speaker: PUTIN },
  { article: A004, phrase: 'He stated he would not initiate contact', speaker: PUTIN },
  { article: A004, phrase: 'I very much expect that our relationship', speaker: PUTIN },
  { article: A004, phrase: 'His behavior at the moment', speaker: PUTIN },
  { article: A004, phrase: 'stating that it is difficult to predict', speaker: PUTIN },
  { article: A004, phrase: 'He noted that since this would be', speaker: PUTIN },
  { article: A004, phrase: 'Trump mentioned that he has not spoken', speaker: TRUMP },
  { article: A004, phrase: 'Trump disclosed that he has spoken with leaders', speaker: TRUMP },
  { article: A004, phrase: 'He mentioned talking with Ukrainian President', speaker: TRUMP },
  { article: A004, phrase: 'his conversation with Israeli Prime Minister', speaker: TRUMP },
  { article: A004, phrase: 'Trump declared that if he returned', speaker: TRUMP },
  { article: A004, phrase: 'If I were President', speaker: TRUMP },
];

const NORTHERN = 'northern-wire-halden-marchetti-call';
const COASTAL = 'coastal-times-marchetti-halden-call';
const HARBOUR = 'harbour-post-port-authority';
const VALLEY = 'valley-courier-flood-defences';
/** Written after the rules, and never tuned on: its numbers are the held-out ones. */
const BALTIC = 'baltic-ledger-quota-talks';

export const FIXTURE_QUOTES: GoldQuote[] = [
  { article: NORTHERN, phrase: 'held a phone call on Tuesday', speaker: 'Ilse Brandt' },
  { article: NORTHERN, phrase: 'The two leaders spoke for about an hour', speaker: 'Ilse Brandt' },
  { article: NORTHERN, phrase: 'No date has been set yet', speaker: 'Ilse Brandt' },
  { article: NORTHERN, phrase: 'Halden said on Wednesday', speaker: 'Viktor Halden' },
  { article: NORTHERN, phrase: 'According to Marchetti', speaker: 'Sofia Marchetti' },
  { article: NORTHERN, phrase: 'The chancellor told parliament', speaker: 'Viktor Halden' },
  { article: NORTHERN, phrase: 'We are closer than we have been', speaker: 'Viktor Halden' },
  { article: NORTHERN, phrase: 'Paul Ostrow added', speaker: 'Paul Ostrow' },
  { article: COASTAL, phrase: 'We agreed that our ministers', speaker: 'Sofia Marchetti' },
  { article: COASTAL, phrase: 'I expect progress', speaker: 'Sofia Marchetti' },
  { article: COASTAL, phrase: 'Her spokesman, Carlo Bianchi, said', speaker: 'Carlo Bianchi' },
  { article: COASTAL, phrase: 'visit Rome on May 2', speaker: 'Carlo Bianchi' },
  { article: COASTAL, phrase: 'took place on February 26', speaker: 'Carlo Bianchi' },
  { article: COASTAL, phrase: 'Not yet', speaker: 'Carlo Bianchi' },
  { article: COASTAL, phrase: 'The tariffs have cost both', speaker: 'Sofia Marchetti' },
  { article: COASTAL, phrase: 'Our ministers now have a mandate', speaker: 'Sofia Marchetti' },
  { article: COASTAL, phrase: 'I hope they will use it', speaker: 'Sofia Marchetti' },
  { article: HARBOUR, phrase: 'Hanna Lutz warned', speaker: 'Hanna Lutz' },
  { article: HARBOUR, phrase: 'Every week without a deal', speaker: 'Hanna Lutz' },
  { article: HARBOUR, phrase: 'She said that traffic', speaker: 'Hanna Lutz' },
  { article: HARBOUR, phrase: 'The port will survive', speaker: 'Hanna Lutz' },
  { article: HARBOUR, phrase: 'but not without help', speaker: 'Hanna Lutz' },
  { article: HARBOUR, phrase: 'according to Lutz', speaker: 'Hanna Lutz' },
  { article: HARBOUR, phrase: 'He said the meeting had been', speaker: 'Oskar Brenner' },
  { article: HARBOUR, phrase: 'Dock workers plan to strike', speaker: 'Oskar Brenner' },
  { article: HARBOUR, phrase: 'We have waited long enough', speaker: 'Oskar Brenner' },
  { article: VALLEY, phrase: 'Mayor Jonas Weber said', speaker: 'Jonas Weber' },
  { article: VALLEY, phrase: 'The barriers did exactly', speaker: 'Jonas Weber' },
  { article: VALLEY, phrase: 'Nobody had to leave', speaker: 'Jonas Weber' },
  { article: VALLEY, phrase: 'the mayor added', speaker: 'Jonas Weber' },
  { article: BALTIC, phrase: 'accused her counterpart of "bad faith"', speaker: 'Lena Sørensen', hard: true },
  { article: BALTIC, phrase: 'We came with a compromise', speaker: 'Lena Sørensen' },
  { article: BALTIC, phrase: 'The other side was not ready', speaker: 'Lena Sørensen' },
  { article: BALTIC, phrase: 'rejected the charge', speaker: 'Piotr Nowak', hard: true },
  { article: BALTIC, phrase: 'he said the proposal', speaker: 'Piotr Nowak' },
  { article: BALTIC, phrase: 'Ewa Malinowska, said a third round', speaker: 'Ewa Malinowska' },
  { article: BALTIC, phrase: 'The door remains open', speaker: 'Ewa Malinowska' },
  { article: BALTIC, phrase: 'Nobody wants a trade war', speaker: 'Marek Jansen' },
  { article: BALTIC, phrase: 'He warned that boats', speaker: 'Marek Jansen' },
  { article: BALTIC, phrase: 'Sørensen later wrote', speaker: 'Lena Sørensen' },
];
