// The log's redaction lives beside the model, as the site publishes source URLs and error lines through it too.
export { redactText, redactUrl } from '../model/redact.ts';
