import { createAskCommand } from '../src/discord/create-ask-command.js';

export default createAskCommand('who', 'Ask who did or said something');
