import { createAskCommand } from '../src/discord/ask.js';

export default createAskCommand('how', 'Ask how something happened');
