// Escaping for the three kinds of text the generator writes: HTML, XML and JSON inside <script>.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and double-quoted attributes. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** XML needs the same five escapes; `&#39;` is valid XML too. */
export const xmlEsc = esc;

/** JSON for a <script type="application/ld+json"> block: "</" must not close the script. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/<\//g, '<\\/');
}
