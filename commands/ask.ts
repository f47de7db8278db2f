import { createAskCommand } from '../src/discord/create-ask-command.js';

export default createAskCommand('ask', 'Ask anything about the coverage');
