import { createAskCommand } from '../src/discord/create-ask-command.js';

export default createAskCommand('when', 'Ask when something happened');
