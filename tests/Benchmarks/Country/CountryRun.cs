using Recovery.Benchmarks.Storm;

namespace Recovery.Benchmarks.Country;

/// <summary>The silos' resident memory, summed, at each step of a product run, and the clients' process beside it; bytes.</summary>
/// <param name="Before">Before the run's rooms were opened (the country seeded, earlier runs' clients gone).</param>
/// <param name="Opened">The rooms open, nobody connected.</param>
/// <param name="Connected">Everyone connected and joined, nobody typing yet.</param>
/// <param name="Typed">Right after the typing stopped.</param>
public sealed record Memory(long Before, long Opened, long Connected, long Typed, long ClientsBefore, long ClientsConnected);

/// <summary>What one run of a level measured, on the product (two silos) or on the floor (the bare room hub).</summary>
/// <param name="Typed">Keystrokes typed inside the window, all rooms.</param>
/// <param name="Missed">Steps of measured edits that some other participant in the room never applied.</param>
/// <param name="JoinFailures">Participants who could not get in (admission, connection or Join refused or timed out).</param>
/// <param name="Divergences">Participants whose text differs from the server's after catching up; null on the floor.</param>
/// <param name="StoredMismatches">Rooms whose stored text differs from the server's live text; null on the floor.</param>
/// <param name="Setup">How long opening the rooms and letting everyone in took.</param>
public sealed record CountryRun(
    CountryLevel Level,
    bool Floor,
    IReadOnlyDictionary<StormStage, IReadOnlyList<double>> Samples,
    int Confirmed,
    int KeystrokesConfirmed,
    int Typed,
    Load Window,
    Load Idle,
    long Missed,
    int Refusals,
    int JoinFailures,
    int NotSettled,
    int? Divergences,
    int? StoredMismatches,
    Memory? Memory,
    TimeSpan Setup);
