import fc from "fast-check";
import { expect, test } from "vitest";
import { EditingClient } from "./editingClient";
import { TextOperation } from "./textOperation";

/** The server's rule (SharedText.Receive): transform past everything applied since, earlier edits first. */
class Server {
  text = "";
  history: TextOperation[] = [];

  receive(edit: TextOperation, baseRevision: number): TextOperation {
    const applied = this.history.slice(baseRevision).reduce((op, earlier) => TextOperation.transform(earlier, op)[1], edit);
    this.text = applied.apply(this.text);
    this.history.push(applied);
    return applied;
  }
}

test("every screen ends with the server's text, and no typing is lost when nobody deletes", () => {
  fc.assert(fc.property(fc.integer({ min: 2, max: 6 }), fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 200 }), fc.boolean(),
    (people, choices, insertOnly) => {
      const server = new Server();
      const toServer = new Map<EditingClient, [TextOperation, number][]>();
      const toClient = new Map<EditingClient, (() => void)[]>();
      const clients = Array.from({ length: people }, () => {
        const client: EditingClient = new EditingClient("", 0, (edit, revision) => toServer.get(client)!.push([edit, revision]));
        toServer.set(client, []);
        toClient.set(client, []);
        return client;
      });
      let typed = 0;
      const deliverToServer = (pick: number) => {
        const waiting = clients.filter((c) => toServer.get(c)!.length > 0);
        if (waiting.length === 0) return;
        const author = waiting[pick % waiting.length]!;
        const [edit, revision] = toServer.get(author)!.shift()!;
        const applied = server.receive(edit, revision);
        const at = server.history.length;
        for (const c of clients) toClient.get(c)!.push(c === author ? () => c.acknowledged(at) : () => c.received(applied, at));
      };
      const deliverToClient = (pick: number) => {
        const waiting = clients.filter((c) => toClient.get(c)!.length > 0);
        if (waiting.length > 0) toClient.get(waiting[pick % waiting.length]!)!.shift()!();
      };
      for (const choice of choices) {
        const pick = Math.floor(choice / 3);
        if (choice % 3 === 0) {
          const client = clients[pick % clients.length]!;
          const at = pick % (client.text.length + 1);
          const rest = client.text.length - at;
          const op = TextOperation.build().retain(at);
          if (!insertOnly && rest > 0 && pick % 4 === 0) client.type(op.delete(1).retain(rest - 1).done());
          else {
            client.type(op.insert("x").retain(rest).done());
            typed++;
          }
        } else if (choice % 3 === 1) deliverToServer(pick);
        else deliverToClient(pick);
      }
      while (clients.some((c) => toServer.get(c)!.length > 0 || toClient.get(c)!.length > 0)) {
        deliverToServer(0);
        deliverToClient(0);
      }
      for (const c of clients) {
        expect(c.text).toBe(server.text);
        expect(c.hasUnsavedEdits).toBe(false);
      }
      if (insertOnly) expect(server.text.length).toBe(typed);
    }), { numRuns: 500 });
});
