import { createAskCommand } from '../src/discord/ask.js';

export default createAskCommand('ask', 'Ask anything about the coverage');
