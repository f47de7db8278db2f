import { createAskCommand } from '../src/discord/create-ask-command.js';

export default createAskCommand('how', 'Ask how something happened');
