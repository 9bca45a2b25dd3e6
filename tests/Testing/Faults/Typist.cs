using Recovery.Grains.Workshops;
using Recovery.Testing.Workshops;

namespace Recovery.Testing.Faults;

/// <summary>
/// One person at a keyboard in a fault scenario: a word in or a few letters out, somewhere in one of the
/// shared texts, one to three times a second, while the client tends its connection (catching up behind a
/// gap, sending an unanswered edit again). Deleting gets likelier as a text grows, so texts stay far below
/// the server's limit and no edit is refused for its length.
/// </summary>
public sealed class Typist(RoomClient client, IReadOnlyList<string> items, int seed)
{
    private const int Hover = 300;
    private static readonly string[] Words = ["borger ", "recovery ", "mål ", "plan ", "håb ", "samarbejde ", "netværk ", "bolig ", "job ", "ro "];

    private readonly Random random = new(seed);
    private volatile bool typing = true;

    public RoomClient Client => client;

    /// <summary>Edits per second this person types at (1–3).</summary>
    public double Rate { get; } = 1 + new Random(seed).NextDouble() * 2;

    public void StopTyping() => typing = false;

    /// <summary>Types until <see cref="StopTyping"/>, and tends the connection until <paramref name="ct"/> ends.</summary>
    public Task RunAsync(CancellationToken ct) => Task.WhenAll(TypeAsync(ct), TendAsync(ct));

    private async Task TypeAsync(CancellationToken ct)
    {
        while (typing && !ct.IsCancellationRequested)
        {
            client.Type(items[random.Next(items.Count)], ItemFields.Description, Edit);
            if (!await Pause(TimeSpan.FromSeconds(random.NextDouble() * 2 / Rate), ct)) return;
        }
    }

    // Apart from typing: a catch-up may wait on a silo that is gone, and the person types on meanwhile.
    private async Task TendAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await client.TendAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            if (!await Pause(TimeSpan.FromMilliseconds(100), ct)) return;
        }
    }

    private static async Task<bool> Pause(TimeSpan pause, CancellationToken ct)
    {
        try
        {
            await Task.Delay(pause, ct);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private TextOperation Edit(string text)
    {
        var at = random.Next(text.Length + 1);
        if (random.Next(2 * Hover) < text.Length && at < text.Length)
        {
            var count = Math.Min(1 + random.Next(6), text.Length - at);
            return new TextOperationBuilder().Retain(at).Delete(count).Retain(text.Length - at - count).Build();
        }
        return new TextOperationBuilder().Retain(at).Insert(Words[random.Next(Words.Length)]).Retain(text.Length - at).Build();
    }
}
