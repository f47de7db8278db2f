/**
 * Version of everything between an article file and its analysis (cleaning, segmentation, analysis)
 * and of the index built on it. Bump it whenever their output changes: cached analyses and saved
 * records of another version are rebuilt, never trusted.
 * clean-2: the fitted boilerplate classifier, headline/byline/date read from the text, inferred dates.
 * clean-3: the classifier refitted with lines shared across the corpus, headline position, wider context.
 * clean-4: kept text after the article's region is cut (cutAfterMainRegion), classifier refitted; header lines are short.
 * clean-5: a quotation's next paragraph stays (keepQuotationContinued).
 * clean-6: other stories' teasers and credited one-off captions go; the tail rule drops short blocks only; threshold refitted.
 * clean-7: a headline placed above the densest prose when none is near; a parent company's brand as the outlet.
 * clean-8: the headline from the header stack around the byline or dateline; labelled, updated, year-less datelines.
 * clean-9: metadata read from text scrapes (sessions 13-14; cleaned bodies unchanged): the outlet a page's domain spells,
 *   parent-company, photo and partial copyright notices, syndication credits; style-guide bylines; CJK written dates;
 *   the headline above the deck or far below a kept menu.
 * clean-10: metadata read from HTML pages (session 16; bodies unchanged): the outlet among the declared site names that
 *   names the host, the site's part of <title>, the copyright owner; dates after a headline outside an <h1>, in loose
 *   text, and in the text reader's languages.
 * clean-11: metadata read from text scrapes (session 17; bodies of AP-style "p.m." datelines now header): publication and
 *   change told apart by the labels of the languages read, names before a dateline's label, no photo or editing credit
 *   as byline, an outlet after the name dropped from it, several names in foreign bylines.
 * clean-12: the outlet from a notice naming the owner before the sign, an app box, a <title> with a section or Yoast's
 *   separators, a wire service's dateline; the site cut from a headline read off the <title> line (session 17).
 * clean-13: the headline right over the story when none shares enough words with it; bylines with a place, a role line,
 *   under a dateline, or from the author box's contact line; copyright owners ended by a dash or a dot separator.
 * clean-14: names with particles and suffixes, the outlet dropped from a byline's list, the dates of syndication notes and
 *   of wire datelines (session 17).
 * clean-15: a site or section printed first cut from a headline read off the <title>; year-less date-only datelines.
 * clean-16: HTML pages' text leaves out their figures' text: captions, photo credits, video titles (session 23).
 * clean-17: the line classifier and the date chooser refitted by Newton's method (session 27): a headline read otherwise.
 * clean-18: a relative canonical address resolved against the page's <base href> (session 27).
 * clean-19: an HTML page written in UTF-8 is read as UTF-8 whatever legacy charset it declares; windows-1252's bytes
 *   0x80-0x9F as the Encoding Standard maps them, not as C1 controls (session 28).
 * clean-20: no length bound on an HTML page's <h1> read as its headline; a shown date label up to the labels' bound (100
 *   characters, was 120) (session 30).
 * clean-21: a numeric date written with dots and the year last read day first, as CLDR's dotted patterns write it, not
 *   month first as chrono-node's English reads it (session 32).
 * clean-22: an e-mail address's local part is read up to 64 characters (RFC 5321), for the outlet a page's address names
 *   (session 32).
 * clean-23: an HTML page's text leaves out the bylines and datelines among its opening paragraphs, before its first
 *   paragraph of prose, the article's own <header> and <nav>, what it marks up with microdata as its headline, author
 *   or dates, every element Readability's byline test names as one (author boxes too) and every element named as a
 *   caption; in HTML and text alike a vertical list's items stay, one a line, with the paragraph introducing them
 *   (session 34).
 * clean-24 was a reverted change's (a text scrape's calls to the reader after the article, session 35), which a store
 *   may hold records of.
 * clean-25: the bidirectional formatting characters (LRM, RLM, ALM, embeddings, overrides, isolates), terminal control
 *   sequences and control characters removed from the text and every metadata field (src/clean/characters/normalize-text.ts
 *   withoutControls); no HTML date chrono-node counts from the moment of parsing ("in 3 days"); the date chooser's
 *   weights refitted (session 35).
 * clean-26: a text written as prose, not scraped (src/clean/boilerplate/boilerplate.ts isWrittenProse), is kept whole,
 *   and its first line, when no sentence, is its title (session 36).
 * clean-27: an HTML page's references and contents box, named or marked as such, are left out before its metadata and
 *   its article are read (src/clean/html/html-article.ts dropApparatus; session 36).
 * clean-28: an HTML page whose article Readability finds under half of (or none of) the body its JSON-LD declares
 *   (`articleBody`) is read from that body; a JSON-LD block with raw control characters in its strings is read
 *   (src/clean/html/html-article.ts foundOrDeclared, src/clean/metadata/html-meta.ts withControlsEscaped); an HTML page's only
 *   <h1> is its title when a declared title was rewritten from it for search or social media (html-meta.ts
 *   rewrittenFrom); its footnote marks that link to its own notes or are marked as note references, and its "See also",
 *   "Further reading" and "External links" sections that are only links, are left out (html-article.ts dropNoteMarks,
 *   dropEndSections); its byline is the name(s) alone: a credit label, a role, an agency or the staff credit's outlet
 *   after the name go, and the site's own name is no byline (src/clean/metadata/byline.ts pageByline; session 38).
 * clean-29 (session 39): an HTML page's AMP ad slots (`<amp-ad>`, `<amp-embed>`, `<amp-sticky-ad>`) and the newsletter,
 *   cookie-consent and paywall boxes it names as such are left out of its article, and a date in its comments section is
 *   not its publication date (src/clean/html/html-article.ts SKIPPED, isNamedFurniture; src/clean/metadata/html-meta.ts
 *   inComments). Its byline is also read from the author its JSON-LD WebPage node credits, without the site's name after
 *   a full stop, and from the first byline element the page marks (html-meta.ts shownByline), which wins over a stated
 *   author it names with others. A text saved from an HTML-to-text converter is read as its page: a fixed-width wrap is
 *   undone, html-to-text's bracketed link addresses and lynx's numbered link marks with its References list go
 *   (src/clean/text/text-dumps.ts fromTextDump); Markdown links to any destination, empty or around a block, headings inside
 *   list items, bullets padded to their item's text and backslash escapes are undone (src/clean/text/markdown.ts).
 * clean-30 (session 39): the byline Readability reads from an HTML page's byline element is read as the page's own byline
 *   element is, without its "By" label and the dateline after the names (src/clean/metadata/byline.ts readerByline).
 * clean-31 (session 40): a printed text's pages (form feeds) are one text without the running heads and feet they repeat
 *   (src/clean/characters/normalize-text.ts withoutRunningHeads); a word hyphenated at a wrapped line's end is one word again;
 *   a dump of text nodes a line each (BeautifulSoup's get_text("\n")) has its sentences on one line; a text browser's
 *   drawn tables are a line per row and its "•" bullets list items (src/clean/text/text-dumps.ts); a text's metadata is read
 *   from its normalized text (no-break spaces, CRLF) (src/clean/clean-article.ts readScrape).
 * clean-32 (session 40): a dump of text nodes run together (BeautifulSoup's get_text(), textContent) has each element's
 *   text a line again, split where a lower-case letter meets a capital between two words or a sentence end meets a
 *   capitalised word (src/clean/text/text-dumps.ts splitRunTogether).
 * clean-33 (session 40): a "•" is a drawn bullet only in a wrapped dump, and a text's metadata is read from the file as
 *   scraped again (the fitted outlet and cleaner weights read those features; src/clean/text/text-dumps.ts, clean-article.ts).
 * clean-34 (session 41): the headline a text's <title> line names is read from its own line of the file as scraped when
 *   the blocks ran another line into it (a dump of text nodes; src/clean/metadata/text-metadata.ts titledHeadline).
 * clean-35 (session 41): the HTML reader leaves out related-story promos inside the article ("Read more: <linked headline>",
 *   "More:" over linked headlines; src/clean/html/html-article.ts dropPromos).
 * clean-36 (session 41): a printed text's first and last lines are no browser's print head and foot in its documented
 *   form, a one-page print's too (src/clean/characters/normalize-text.ts withoutPrintHeadAndFoot).
 * clean-37 (session 43): a page that holds its story in a <noscript> is read as a reader without scripts is shown it
 *   (src/clean/html/html-article.ts holdsStoryInNoscript).
 * clean-38 (session 43): a <dialog> the page does not show (no open attribute) is not read (src/clean/html/html-article.ts
 *   isClosedDialog).
 * clean-39 (session 43): an HTML page that declares no title and whose <title> is only the site's name has its sole <h1>
 *   for headline and that <title> for outlet when it names the host (src/clean/metadata/html-meta.ts namesSite); the
 *   headline and author names of a page's first schema.org Article item in microdata are read (fromMicrodata).
 * clean-40 (session 44): an HTML page whose article element is a list of stories or of links (a front page, a section,
 *   search results) is refused, not read as one article of its teasers (src/clean/html/listing-page.ts listingProblem).
 * clean-41 (session 44): the HTML reader judges a promo's label by its words whatever punctuation ends it ("You may
 *   also like...", "DON'T MISS"), takes the text reader's labels too, and leaves out another story's linked headline in
 *   capitals between the paragraphs (src/clean/html/html-article.ts isPromoLabel, isCapitalHeadline).
 * clean-42 (session 44): Parse.ly's parsely-page JSON meta gives title, date and authors, and its title, parsely-title and
 *   sailthru.title are headline candidates when the page declares no other (src/clean/metadata/html-meta.ts fromParselyPage).
 * clean-43 (session 45): a page or text file that declares no charset and is no UTF-8 is read in the legacy encoding its
 *   bytes suggest (ICU's detector; src/corpus/decode-text.ts detectCharset), no longer as windows-1252 or as binary.
 * clean-44 (session 46): one title separator for HTML and text pages, Yoast SEO's fourteen (src/clean/metadata/site-name.ts
 *   TITLE_SEPARATOR): the HTML reader also splits a <title> at * ⋆ ~ « < >, the text reader at : and ⋆.
 * clean-45 (session 47): a file that declares no charset, which the detector names ISO-8859-2, -7 or -8, is read in its
 *   windows-125x sibling when any of its bytes is one of 0x80–0x9F, not only one of the bytes the detector weighs
 *   (src/corpus/decode-text.ts WINDOWS_SIBLING).
 * clean-46 (session 51): an HTML page's byline as well-kept extractors read it: a JSON-LD author that is no person (an
 *   Organization) is none, a Person's name parts are read (src/clean/metadata/html-meta.ts personOf), every author meta of
 *   the first kind (authorMeta); a stated author's markup, e-mail address, social handle and credit label ("Written by")
 *   go, and the credit after a list of names, a dash or a preposition (src/clean/metadata/byline.ts pageByline); a byline
 *   element in a figure, an aside or a sidebar, and Readability's byline when it is one of those or an Organization, are
 *   none (html-meta.ts besideStory, creditsBesideStory); a printed byline naming the same writers as the declared list wins
 *   (namesAll); "By" in the other languages read before a byline element's names (elementByline).
 * clean-47 (session 51): an HTML page that declares UTF-8 and is no UTF-8 is read in the legacy encoding its bytes
 *   suggest, as one that declares none (src/corpus/html-charset.ts decodeHtml), not as windows-1252.
 * analyse-2: tokenization no longer depends on what the process read before (src/analyse/nlp.ts).
 * analyse-3: the possessive clitic "'s" is no longer an index term (src/analyse/stop-words.ts).
 * analyse-4: a word's token type (number, word, …) no longer depends on what the process read before (src/analyse/nlp.ts).
 * analyse-5: a word with letters beyond Latin-1 ("Erdoğan", "Łódź") is one token (src/analyse/nlp.ts readText); index
 *   terms without accents (src/analyse/index-terms.ts termOf), which the ranker's version alone had marked (session 18).
 * analyse-7: a run of over 256 characters without a space is cut for wink's tokenizer (src/analyse/nlp.ts shortRuns);
 *   analyse-6 was two reverted changes' (e0a6325, 05a8c06), which a store may still hold records of (session 32).
 * analyse-8: no sentence cut after a short capitalised word's period before a capitalised word when the article writes
 *   the word only with its period and the pair recurs (src/analyse/analyse-article.ts joinAbbreviatedNames; session 34).
 */
export const PIPELINE_VERSION = 'clean-47+analyse-8';
