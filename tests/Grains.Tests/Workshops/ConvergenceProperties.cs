using System.Text;
using CsCheck;
using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Workshops;

/// <summary>
/// The protocol's promise, checked on random rooms: whatever the network does (delays, reordering,
/// duplicates, dropped connections with typing offline), every screen ends with the server's text,
/// the server applies every proposal exactly once, and no typing is lost.
/// </summary>
public sealed class ConvergenceProperties
{
    /// <summary>One random room; <see cref="Seed"/> drives everything else, so a failing case replays exactly.</summary>
    public sealed record Case(int Clients, int MaxEdits, bool BothTexts, bool InsertOnly, int Seed);

    private static readonly Gen<Case> Cases =
        Gen.Select(Gen.Int[2, 8], Gen.Int[1, 25], Gen.Bool, Gen.Bool, Gen.Int, (c, e, b, i, s) => new Case(c, e, b, i, s));

    [Fact]
    public void Every_screen_ends_with_the_servers_text_and_every_proposal_is_applied_once() =>
        Cases.Sample(c => new Room(c).Run(), iter: 10_000);

    private abstract record Message(int Client);

    private sealed record ToServer(int Client, Proposal Proposal) : Message(Client);

    private sealed record ToClient(int Client, WorkshopStep Step) : Message(Client);

    private sealed class Room
    {
        // No digits: a typed CPR number would rightly be refused, which is not what this property is about.
        private const string Alphabet = "abcæøå ÆØÅ.\n";
        private const string Item = "i-1";

        private readonly Case @case;
        private readonly Random random;
        private readonly RoomServer server = new();
        private readonly Dictionary<string, string> initial;
        private readonly Dictionary<string, StringBuilder> typed;
        private readonly EditingClient[] clients;
        private readonly int[] editsLeft;
        private readonly List<Message> inFlight = [];
        private readonly HashSet<(string, string)> acknowledged = [];
        private int titleRoom;

        public Room(Case c)
        {
            @case = c;
            random = new Random(c.Seed);
            initial = new() { [ItemFields.Title] = RandomText(1, 8), [ItemFields.Description] = RandomText(0, 8) };
            typed = initial.Keys.ToDictionary(f => f, _ => new StringBuilder());
            // Generated typing keeps the title within its limit, so no edit is refused for length.
            titleRoom = c.BothTexts ? FreeText.TitleMax - initial[ItemFields.Title].Length : 0;
            server.Apply(new WorkshopScheduled("Planværksted", WorkshopSpec.Now, []));
            server.Apply(new WorkshopOpened("K7M-4QX",
                [new WorkshopItem(Item, 1, initial[ItemFields.Title], initial[ItemFields.Description], "planned", null, null)], []));
            clients = [.. Enumerable.Range(0, c.Clients).Select(i => new EditingClient($"p-c{i}", Item, server.State.Revision, initial))];
            editsLeft = [.. clients.Select(_ => random.Next(1, c.MaxEdits + 1))];
        }

        public void Run()
        {
            while (editsLeft.Any(e => e > 0))
            {
                var roll = random.Next(100);
                if (roll < 35) Type();
                else if (roll < 92) Deliver(duplicates: true);
                else if (roll < 96) Disconnect();
                else Reconnect();
            }
            foreach (var i in Enumerable.Range(0, clients.Length).Where(i => !clients[i].Online)) Reconnect(i);
            while (inFlight.Count > 0) Deliver(duplicates: false);
            Check();
        }

        private void Check()
        {
            var item = server.State.Item(Item)!;
            foreach (var field in initial.Keys)
            {
                var text = item.Text(field).Text;
                Assert.All(clients, c => Assert.Equal(text, c.Text(field)));
                if (@case.InsertOnly) Assert.Equal(Sorted(initial[field] + typed[field]), Sorted(text));
            }
            Assert.All(clients, c => Assert.Equal((server.State.Revision, true), (c.Revision, c.Settled)));
            var sequenced = server.Log.Where(s => s.OpId is not null).GroupBy(s => (s.Author!, s.OpId!)).ToDictionary(g => g.Key, g => g.Count());
            Assert.All(sequenced, s => Assert.Equal(1, s.Value));
            Assert.Equal(acknowledged.Order(), sequenced.Keys.Order());
        }

        private void Type()
        {
            var typing = Enumerable.Range(0, clients.Length).Where(i => editsLeft[i] > 0).ToArray();
            var i = typing[random.Next(typing.Length)];
            editsLeft[i]--;
            var field = titleRoom >= 3 && random.Next(2) == 0 ? ItemFields.Title : ItemFields.Description;
            Send(i, clients[i].Type(field, RandomEdit(clients[i].Text(field), field)));
        }

        private TextOperation RandomEdit(string text, string field)
        {
            var edit = new TextOperationBuilder();
            if (@case.InsertOnly || text.Length == 0 || random.Next(5) < 3)
            {
                var at = random.Next(text.Length + 1);
                var inserted = RandomText(1, 3);
                typed[field].Append(inserted);
                if (field == ItemFields.Title) titleRoom -= inserted.Length;
                return edit.Retain(at).Insert(inserted).Retain(text.Length - at).Build();
            }
            var from = random.Next(text.Length);
            var count = random.Next(1, Math.Min(3, text.Length - from) + 1);
            return edit.Retain(from).Delete(count).Retain(text.Length - from - count).Build();
        }

        /// <summary>Any message in flight may arrive next; with <paramref name="duplicates"/>, a delivered one may arrive again later.</summary>
        private void Deliver(bool duplicates)
        {
            if (inFlight.Count == 0) return;
            var index = random.Next(inFlight.Count);
            var message = inFlight[index];
            if (!duplicates || random.Next(10) > 0) inFlight.RemoveAt(index);
            switch (message)
            {
                case ToServer(var i, var proposal):
                    var answer = server.Submit(new RoomContext(clients[i].Participant, false, WorkshopSpec.Now), proposal);
                    acknowledged.Add((clients[i].Participant, proposal.Id));
                    if (answer.Duplicate) break;
                    var broadcast = server.Log[^1].ForOthers();
                    foreach (var to in Enumerable.Range(0, clients.Length).Where(to => clients[to].Online)) inFlight.Add(new ToClient(to, broadcast));
                    break;
                case ToClient(var i, var step):
                    Send(i, clients[i].Receive(step));
                    break;
            }
        }

        /// <summary>Steps to the client are lost; a proposal already on its way may still reach the server, or not.</summary>
        private void Disconnect()
        {
            var online = Enumerable.Range(0, clients.Length).Where(i => clients[i].Online).ToArray();
            if (online.Length == 0) return;
            var i = online[random.Next(online.Length)];
            clients[i].Disconnect();
            inFlight.RemoveAll(m => m.Client == i && (m is ToClient || random.Next(2) == 0));
        }

        private void Reconnect()
        {
            var offline = Enumerable.Range(0, clients.Length).Where(i => !clients[i].Online).ToArray();
            if (offline.Length > 0) Reconnect(offline[random.Next(offline.Length)]);
        }

        private void Reconnect(int i) => Send(i, clients[i].Reconnect([.. server.Since(clients[i].Revision, clients[i].Participant)]));

        private void Send(int client, IEnumerable<Proposal> proposals) => inFlight.AddRange(proposals.Select(p => new ToServer(client, p)));

        private string RandomText(int min, int max) =>
            new([.. Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);

        private static string Sorted(string text) => new([.. text.Order()]);
    }
}
