// The bytes of the messages the server sends over stdio. A diagnostics message is put together
// from the bytes of each diagnostic, kept per Diagnostic object: the server gives an unchanged
// finding's diagnostic again as the same object (DocumentDiagnostics), so an edit to a long draft
// serialises the few diagnostics it changed, not megabytes of JSON. Every other message, and any
// diagnostics message not shaped as expected, is JSON.stringify's, as vscode-jsonrpc would send it.
import { StreamMessageWriter, type Message } from 'vscode-languageserver/node';

const PUBLISH = 'textDocument/publishDiagnostics';
const EMPTY_LIST_END = '"diagnostics":[]}}';

const bytesOf = new WeakMap<object, Buffer>();

function diagnosticBytes(diagnostic: object): Buffer {
  let bytes = bytesOf.get(diagnostic);
  if (!bytes) bytesOf.set(diagnostic, (bytes = Buffer.from(JSON.stringify(diagnostic), 'utf8')));
  return bytes;
}

/** The message as UTF-8 JSON: the same text JSON.stringify(message) gives. */
export function encodeMessage(message: Message): Buffer {
  const publish = message as { method?: string; params?: { diagnostics?: unknown } };
  const diagnostics = publish.method === PUBLISH ? publish.params?.diagnostics : undefined;
  if (Array.isArray(diagnostics) && diagnostics.every((d) => typeof d === 'object' && d !== null)) {
    // The message with an empty list in the list's place: it ends with the list only when the
    // list is the last thing in it, and only then are the diagnostics' bytes put there.
    const head = JSON.stringify({ ...message, params: { ...publish.params, diagnostics: [] } });
    if (head.endsWith(EMPTY_LIST_END)) {
      const parts: Buffer[] = [Buffer.from(head.slice(0, -3), 'utf8')];
      diagnostics.forEach((d: object, i) => {
        if (i) parts.push(COMMA);
        parts.push(diagnosticBytes(d));
      });
      parts.push(LIST_END);
      return Buffer.concat(parts);
    }
  }
  return Buffer.from(JSON.stringify(message), 'utf8');
}

const COMMA = Buffer.from(',');
const LIST_END = Buffer.from(']}}');

/** A writer to the client over a stream (stdio) that encodes with encodeMessage. */
export function messageWriter(stream: NodeJS.WritableStream): StreamMessageWriter {
  return new StreamMessageWriter(stream, {
    charset: 'utf-8',
    contentTypeEncoder: { name: 'application/json', encode: async (message) => encodeMessage(message) },
  });
}
