using CsCheck;
using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Workshops;

/// <summary>
/// Several people type at once over connections that deliver late and out of step with each other
/// (but in order per connection, as a WebSocket does). When everything has arrived, every screen
/// shows the server's text.
/// </summary>
public sealed class SharedTextProperties
{
    [Fact]
    public void Every_screen_ends_with_the_servers_text() =>
        Gen.Select(Gen.Int[2, 6], Gen.Int[1, 60], Gen.Int, (people, edits, seed) => (people, edits, seed))
            .Sample(c =>
            {
                var session = new Session(c.people, new Random(c.seed), insertOnly: false);
                session.Run(c.edits);
                Assert.All(session.Clients, client => Assert.Equal(session.Server.Text, client.Text));
                Assert.All(session.Clients, client => Assert.Equal(session.Server.Revision, client.Revision));
            }, iter: 1000);

    [Fact]
    public void No_typing_is_lost_when_nobody_deletes() =>
        Gen.Select(Gen.Int[2, 6], Gen.Int[1, 60], Gen.Int, (people, edits, seed) => (people, edits, seed))
            .Sample(c =>
            {
                var session = new Session(c.people, new Random(c.seed), insertOnly: true);
                session.Run(c.edits);
                Assert.Equal(session.Typed, session.Server.Text.Length);
                Assert.Equal(session.Typed, session.Server.Text.Count(char.IsLetter));
            }, iter: 1000);

    /// <summary>A server, its participants, and the messages in flight between them.</summary>
    private sealed class Session
    {
        private readonly Random random;
        private readonly bool insertOnly;
        private readonly Dictionary<EditingClient, Queue<(string Id, int Revision, TextOperation Edit)>> toServer = [];
        private readonly Dictionary<EditingClient, Queue<Action>> toClient = [];

        public Session(int people, Random random, bool insertOnly)
        {
            this.random = random;
            this.insertOnly = insertOnly;
            Clients = [.. Enumerable.Range(1, people).Select(i => new EditingClient($"p{i}", (client, id, revision, edit) => toServer[client].Enqueue((id, revision, edit))))];
            foreach (var client in Clients) (toServer[client], toClient[client]) = (new(), new());
        }

        public SharedText Server { get; private set; } = SharedText.Empty;
        public EditingClient[] Clients { get; }
        public int Typed { get; private set; }

        public void Run(int edits)
        {
            for (var typed = 0; typed < edits;)
            {
                switch (random.Next(3))
                {
                    case 0:
                        var client = Clients[random.Next(Clients.Length)];
                        client.Type(RandomEdit(client.Text));
                        typed++;
                        break;
                    case 1: DeliverToServer(); break;
                    default: DeliverToClient(); break;
                }
            }
            while (toServer.Values.Any(q => q.Count > 0) || toClient.Values.Any(q => q.Count > 0))
            {
                DeliverToServer();
                DeliverToClient();
            }
        }

        private void DeliverToServer()
        {
            var waiting = toServer.Where(q => q.Value.Count > 0).ToArray();
            if (waiting.Length == 0) return;
            var (author, queue) = waiting[random.Next(waiting.Length)];
            var (id, revision, edit) = queue.Dequeue();
            (Server, var receipt) = Server.Receive(id, author.Name, revision, edit);
            foreach (var client in Clients)
            {
                toClient[client].Enqueue(client == author
                    ? () => client.Acknowledged(receipt.Revision)
                    : () => client.Received(receipt.Applied, receipt.Revision));
            }
        }

        private void DeliverToClient()
        {
            var waiting = toClient.Values.Where(q => q.Count > 0).ToArray();
            if (waiting.Length > 0) waiting[random.Next(waiting.Length)].Dequeue()();
        }

        private TextOperation RandomEdit(string text)
        {
            var at = random.Next(text.Length + 1);
            var builder = new TextOperationBuilder().Retain(at);
            var remaining = text.Length - at;
            if (!insertOnly && remaining > 0 && random.Next(3) == 0)
            {
                var count = random.Next(1, Math.Min(remaining, 4) + 1);
                return builder.Delete(count).Retain(remaining - count).Build();
            }
            var word = new string((char)('a' + random.Next(26)), random.Next(1, 4));
            Typed += word.Length;
            return builder.Insert(word).Retain(remaining).Build();
        }
    }
}
