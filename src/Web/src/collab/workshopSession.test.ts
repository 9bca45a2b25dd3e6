import fc from "fast-check";
import { expect, test } from "vitest";
import { ManualClock, SimulatedLine, SimulatedServer } from "./simulatedRoom";
import { TextOperation } from "./textOperation";
import { WorkshopSession } from "./workshopSession";

/** Lets the session's promise callbacks run; the simulated line itself never waits for real time. */
async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

interface Person {
  line: SimulatedLine;
  session: WorkshopSession;
}

function room(people: number, clock: ManualClock) {
  const server = new SimulatedServer(["a", "b"]);
  let counter = 0;
  const newId = () => `op-${++counter}`.padEnd(8, "-");
  const persons: Person[] = Array.from({ length: people }, (_, i) => {
    const line = new SimulatedLine(server, `p-${i}`);
    const session = new WorkshopSession(line, clock, newId);
    line.onStep = (step) => session.onStep(step);
    return { line, session };
  });
  return { server, persons };
}

async function connect(person: Person): Promise<void> {
  person.line.online = true;
  person.session.connected();
  await settle();
}

/** Delivers everything, with time passing for gap waits and retries, until nothing moves. */
async function quiesce(persons: Person[], clock: ManualClock): Promise<void> {
  for (let round = 0; round < 200; round++) {
    let moved = false;
    for (const { line } of persons) {
      while (line.up.length + line.down.length > 0) {
        moved = true;
        line.up.shift()?.();
        line.down.shift()?.();
        await settle();
      }
    }
    if (!moved && !clock.waiting) return;
    clock.tick(1_000);
    await settle();
  }
  throw new Error("The room did not settle.");
}

const TEXTS = [
  ["a", "title"],
  ["a", "description"],
  ["b", "title"],
] as const;

test("every screen ends with the server's texts and fields, and every edit that got a step is there once", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.integer({ min: 2, max: 6 }),
      fc.array(fc.noBias(fc.nat(1_000_000)), { minLength: 20, maxLength: 150 }),
      fc.constantFrom("insert-only", "edit", "refusals"),
      async (people, choices, mode) => {
        const clock = new ManualClock();
        const { server, persons } = room(people, clock);
        for (const person of persons) await connect(person);
        await quiesce(persons, clock);
        let unique = 0x4e00;
        const typed: string[] = [];
        for (const choice of choices) {
          const pick = Math.floor(choice / 10);
          const person = persons[pick % persons.length]!;
          const { line, session } = person;
          switch (choice % 10) {
            case 0:
            case 1:
            case 2: {
              if (!session.view.ready) break;
              const [item, field] = TEXTS[pick % TEXTS.length]!;
              const text = session.text(item, field);
              const at = pick % (text.length + 1);
              const op = TextOperation.build().retain(at);
              if (mode !== "insert-only" && text.length > at && pick % 3 === 0) op.delete(1).retain(text.length - at - 1);
              else {
                const char = mode === "refusals" && pick % 5 === 0 ? "#" : String.fromCharCode(unique++);
                typed.push(char);
                op.insert(char).retain(text.length - at);
              }
              session.editText(item, field, op.done());
              break;
            }
            case 3:
              // Undo can bring back a character another person deleted too, so only "edit" undoes.
              if (mode === "edit" && session.view.ready) {
                if (pick % 2 === 0) session.undo();
                else session.redo();
              }
              break;
            case 4:
              if (session.view.ready) session.setField(pick % 2 === 0 ? "a" : "b", "status", ["planned", "done", "onHold"][pick % 3]!);
              break;
            case 5:
              // Reordered delivery: any waiting call reaches the server.
              if (line.up.length > 0) line.up.splice(pick % line.up.length, 1)[0]!();
              break;
            case 6: {
              // Reordered and sometimes duplicated delivery to the client.
              if (line.down.length === 0) break;
              const message = line.down.splice(pick % line.down.length, 1)[0]!;
              if (pick % 7 === 0) line.down.push(message);
              message();
              break;
            }
            case 7:
              if (line.online && pick % 4 === 0) {
                line.drop(() => pick % 2 === 0);
                session.disconnected();
              } else if (!line.online) await connect(person);
              break;
            case 8:
              clock.tick(300 + (pick % 1_000));
              break;
            case 9:
              // The server's word on storage comes at any time; it changes what the screen says, never the texts.
              session.onStorage(pick % 3 !== 0);
              break;
          }
          await settle();
        }
        for (const person of persons) if (!person.line.online) await connect(person);
        for (const { session } of persons) session.onStorage(true);
        await quiesce(persons, clock);

        for (const { session } of persons) {
          for (const [item, field] of TEXTS) expect(session.text(item, field)).toBe(server.text(item, field));
          for (const item of session.view.items) expect(item.status).toBe(server.items.get(item.id)!.status);
          expect(session.view.saveState).toBe("saved");
        }
        const all = TEXTS.map(([item, field]) => server.text(item, field)).join("");
        expect(all).not.toContain("#");
        if (mode !== "edit") expect(new Set(all).size).toBe(all.length);
        if (mode === "insert-only") expect([...all].sort()).toEqual(typed.sort());
      },
    ),
    { numRuns: 400 },
  );
}, 20_000);

test("undo after someone else typed in the same place removes only one's own text", async () => {
  const clock = new ManualClock();
  const { server, persons } = room(2, clock);
  const [mette, jonas] = persons as [Person, Person];
  for (const person of persons) await connect(person);
  await quiesce(persons, clock);

  mette.session.editText("a", "title", TextOperation.build().insert("Plan").done());
  await quiesce(persons, clock);
  clock.tick(2_000);
  mette.session.editText("a", "title", TextOperation.build().retain(4).insert(" for os").done());
  jonas.session.editText("a", "title", TextOperation.build().retain(4).insert(" 2026").done());
  await quiesce(persons, clock);
  expect(server.text("a", "title")).toBe("Plan for os 2026");

  expect(mette.session.undo()).toBe(true);
  await quiesce(persons, clock);
  expect(server.text("a", "title")).toBe("Plan 2026");
  expect(jonas.session.text("a", "title")).toBe("Plan 2026");

  expect(mette.session.redo()).toBe(true);
  await quiesce(persons, clock);
  expect(server.text("a", "title")).toBe("Plan for os 2026");
});

test("undo only offers own edits: the other person's text stays", async () => {
  const clock = new ManualClock();
  const { persons } = room(2, clock);
  const [mette, jonas] = persons as [Person, Person];
  for (const person of persons) await connect(person);
  await quiesce(persons, clock);

  jonas.session.editText("a", "description", TextOperation.build().insert("Jonas").done());
  await quiesce(persons, clock);
  expect(mette.session.undo("a", "description")).toBe(false);
  expect(mette.session.view.canUndo).toBe(false);
  expect(jonas.session.text("a", "description")).toBe("Jonas");
});

test("a refused edit disappears from the author's screen with a message, and later typing survives", async () => {
  const clock = new ManualClock();
  const { server, persons } = room(1, clock);
  const [mette] = persons as [Person];
  await connect(mette);
  await quiesce(persons, clock);

  mette.session.editText("a", "title", TextOperation.build().insert("#").done());
  mette.session.editText("a", "title", TextOperation.build().retain(1).insert("ok").done());
  await quiesce(persons, clock);
  expect(mette.session.text("a", "title")).toBe("ok");
  expect(server.text("a", "title")).toBe("ok");
  expect(mette.session.view.notice).toBe("Tegnet # er ikke tilladt.");
});

test("a field change that lost a race is reverted and its author is told what the field is now", async () => {
  const clock = new ManualClock();
  const { persons } = room(2, clock);
  const [mette, jonas] = persons as [Person, Person];
  for (const person of persons) await connect(person);
  await quiesce(persons, clock);

  jonas.session.setField("a", "status", "done");
  jonas.line.up.shift()!();
  mette.session.setField("a", "status", "onHold");
  expect(mette.session.view.items.find((i) => i.id === "a")!.status).toBe("onHold");
  await quiesce(persons, clock);
  const item = mette.session.view.items.find((i) => i.id === "a")!;
  expect(item.status).toBe("done");
  expect(item.errors.status).toBe("Feltet står nu som «done».");
});

test("while offline the screen says not saved, and typing is sent once the line is back", async () => {
  const clock = new ManualClock();
  const { server, persons } = room(1, clock);
  const [mette] = persons as [Person];
  await connect(mette);
  await quiesce(persons, clock);

  mette.session.editText("a", "title", TextOperation.build().insert("Hej").done());
  mette.line.up.shift()!();
  mette.line.drop(() => true);
  mette.session.disconnected();
  mette.session.editText("a", "title", TextOperation.build().retain(3).insert("!").done());
  expect(mette.session.view.saveState).toBe("offline-unsaved");

  await connect(mette);
  await quiesce(persons, clock);
  expect(server.text("a", "title")).toBe("Hej!");
  expect(mette.session.view.saveState).toBe("saved");
});

test("when the server cannot store, the screen says so until it can again", async () => {
  const clock = new ManualClock();
  const { persons } = room(1, clock);
  const [mette] = persons as [Person];
  await connect(mette);
  await quiesce(persons, clock);

  mette.session.onStorage(false);
  mette.session.editText("a", "title", TextOperation.build().insert("Hej").done());
  expect(mette.session.view.saveState).toBe("storage-down");

  mette.session.onStorage(true);
  expect(mette.session.view.saveState).toBe("saving");
  await quiesce(persons, clock);
  expect(mette.session.view.saveState).toBe("saved");
});
