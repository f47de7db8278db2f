import { createAskCommand } from '../src/discord/ask.js';

export default createAskCommand('why', 'Ask why something happened');
