// Moved to src/user-text/sanitize.ts; this re-export goes once src/discord imports from there (after the reshape lands).
export { sanitizeQuestion, type SanitizedQuestion } from '../user-text/sanitize.js';
