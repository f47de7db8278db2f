import { createAskCommand } from '../src/discord/create-ask-command.js';

export default createAskCommand('where', 'Ask where something happened');
