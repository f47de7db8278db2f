import { createAskCommand } from '../src/discord/ask.js';

export default createAskCommand('what', 'Ask what happened or what something is');
