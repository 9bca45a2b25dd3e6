const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/** A fresh op id (16 characters, ~82 bits): the server recognises resends by it, so ids are never reused. */
export function newOpId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let id = "";
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length];
  return id;
}
