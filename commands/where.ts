import { createAskCommand } from '../src/discord/ask.js';

export default createAskCommand('where', 'Ask where something happened');
