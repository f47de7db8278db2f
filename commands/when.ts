import { createAskCommand } from '../src/discord/ask.js';

export default createAskCommand('when', 'Ask when something happened');
