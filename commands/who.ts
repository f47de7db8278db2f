import { createAskCommand } from '../src/discord/ask.js';

export default createAskCommand('who', 'Ask who did or said something');
