/**
 * Openings of public-domain books, each in an encoding its language was written in before UTF-8, for the tests of
 * reading bytes that declare no charset (src/corpus/decode-text.ts detectCharset). Encode them with iconv-lite.
 */
export const LEGACY_TEXTS = [
  {
    // Tolstoy, Anna Karenina (1878).
    encodings: ['windows-1251', 'koi8-r'],
    text:
      'Все счастливые семьи похожи друг на друга, каждая несчастливая семья несчастлива по-своему.\n' +
      'Всё смешалось в доме Облонских. Жена узнала, что муж был в связи с бывшею в их доме француженкою-гувернанткой, ' +
      'и объявила мужу, что не может жить с ним в одном доме.',
  },
  {
    // Natsume Sōseki, I Am a Cat (1905).
    encodings: ['shift_jis', 'euc-jp'],
    text:
      '吾輩は猫である。名前はまだ無い。\n' +
      'どこで生れたかとんと見当がつかぬ。何でも薄暗いじめじめした所でニャーニャー泣いていた事だけは記憶している。' +
      '吾輩はここで始めて人間というものを見た。',
  },
  {
    // Luo Guanzhong, Romance of the Three Kingdoms, the opening poem.
    encodings: ['gb18030'],
    text: '滚滚长江东逝水，浪花淘尽英雄。是非成败转头空。青山依旧在，几度夕阳红。白发渔樵江渚上，惯看秋月春风。一壶浊酒喜相逢。古今多少事，都付笑谈中。',
  },
  {
    // The same poem in traditional characters.
    encodings: ['big5'],
    text: '滾滾長江東逝水，浪花淘盡英雄。是非成敗轉頭空。青山依舊在，幾度夕陽紅。白髮漁樵江渚上，慣看秋月春風。一壺濁酒喜相逢。古今多少事，都付笑談中。',
  },
  {
    // The preface of the Hunminjeongeum (1446), in modern Korean.
    encodings: ['euc-kr'],
    text:
      '나라의 말이 중국과 달라 문자와 서로 통하지 아니하기에 이런 까닭으로 어리석은 백성이 이르고자 할 바가 있어도 ' +
      '마침내 제 뜻을 능히 펴지 못할 사람이 많으니라.',
  },
  {
    // Kafka, The Metamorphosis (1915).
    encodings: ['windows-1252'],
    text:
      'Als Gregor Samsa eines Morgens aus unruhigen Träumen erwachte, fand er sich in seinem Bett zu einem ungeheueren ' +
      'Ungeziefer verwandelt. Er lag auf seinem panzerartig harten Rücken und sah, wenn er den Kopf ein wenig hob, seinen ' +
      'gewölbten, braunen, von bogenförmigen Versteifungen geteilten Bauch.',
  },
  {
    // Mickiewicz, Pan Tadeusz (1834).
    encodings: ['windows-1250', 'iso-8859-2'],
    text:
      'Litwo! Ojczyzno moja! ty jesteś jak zdrowie: Ile cię trzeba cenić, ten tylko się dowie, Kto cię stracił. ' +
      'Dziś piękność twą w całej ozdobie Widzę i opisuję, bo tęsknię po tobie.',
  },
] as const;

/**
 * Homer, the Odyssey's opening lines, in monotonic Greek: written in windows-1253 or ISO-8859-7, which share these letters
 * but for Ά (0xA2 in windows-1253, a quotation mark in ISO-8859-7). It holds no curly quote, dash or ellipsis, the bytes
 * 0x80–0x9F that only windows-1253 prints.
 */
export const ODYSSEY =
  "Άνδρα μοι έννεπε, Μούσα, πολύτροπον, ος μάλα πολλά πλάγχθη, επεί Τροίης ιερόν πτολίεθρον έπερσε. Πολλών δ' ανθρώπων " +
  "ίδεν άστεα και νόον έγνω, πολλά δ' ο γ' εν πόντω πάθεν άλγεα ον κατά θυμόν.";
