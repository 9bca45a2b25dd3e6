/**
 * A GraphQL document the web client sends. Every one is declared at module level in this folder, so the
 * build can collect them all into the trusted-documents manifest (`trusted-documents.json`), the only
 * documents a production server runs. A document built inside a function would be missing from it.
 */
export interface Operation {
  readonly name: string;
  readonly text: string;
}

const registered = new Map<string, Operation>();

export function operation(name: string, text: string): Operation {
  const known = registered.get(name);
  if (known !== undefined && known.text !== text) throw new Error(`Two different GraphQL documents are named ${name}.`);
  const declared = known ?? { name, text };
  registered.set(name, declared);
  return declared;
}

/** Every operation declared by the modules loaded so far. */
export function registeredOperations(): Operation[] {
  return [...registered.values()];
}
