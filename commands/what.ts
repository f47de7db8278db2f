import { createAskCommand } from '../src/discord/create-ask-command.js';

export default createAskCommand('what', 'Ask what happened or what something is');
