import { createAskCommand } from '../src/discord/create-ask-command.js';

export default createAskCommand('why', 'Ask why something happened');
