/**
 * Real written text holding bare domains and a file name, which wink-nlp cuts into sentences at their periods
 * (src/analyse/address-cuts.ts): Node.js's changelogs (CHANGELOG_V5.md, 2016-02-09, Version 5.6.0; CHANGELOG_V9.md,
 * 2018-03-02, Version 9.7.1) and the history of the software in Python's LICENSE, their lines joined into paragraphs.
 */
export const NODE_RELEASES = [
  'This is an important security release. All Node.js users should consult the security release summary at nodejs.org for ' +
    'details on patched vulnerabilities.',
  'No additional commits. New version published due to a bad node-v9.7.0.pkg file that was published to nodejs.org in the ' +
    'previous release.',
].join('\n\n');

export const PYTHON_HISTORY =
  'In May 2000, Guido and the Python core development team moved to BeOpen.com to form the BeOpen PythonLabs team. In ' +
  'October of the same year, the PythonLabs team moved to Digital Creations (now Zope Corporation, see http://www.zope.com).';
