using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.Demo.Country;

/// <summary>
/// Seeds the country: every given municipality joins the programme with a steering group,
/// implementation groups, held workshops and closed temperature rounds, all through the grains
/// (so projections and rules apply) and drawn from its code (so reruns agree). A few municipalities
/// at a time, so the demo is usable soon after start without crowding out the first visitors.
/// </summary>
public sealed partial class DemoCountry(IGrainFactory grains, ILogger<DemoCountry> logger)
{
    /// <summary>Left out of the country: the hand-made demo seeds Herning, and Roskilde is left for a visitor to join.</summary>
    public static readonly IReadOnlySet<string> HandSeeded = new HashSet<string> { "657", "265" };

    /// <summary>How many municipalities are seeded at once; on two cores more only queues in PostgreSQL.</summary>
    public const int AtOnce = 4;

    public static IReadOnlyList<string> AllCodes { get; } = [.. MunicipalityCatalog.All.Select(m => m.Code).Where(c => !HandSeeded.Contains(c))];

    /// <returns>How many municipalities could not be seeded (each is logged).</returns>
    public async Task<int> Seed(IReadOnlyCollection<string> codes, int groupsPerMunicipality, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(groupsPerMunicipality, 1);
        var clock = Stopwatch.StartNew();
        var (done, failed) = (0, 0);
        LogStarted(codes.Count, groupsPerMunicipality);
        await Parallel.ForEachAsync(codes, new ParallelOptions { MaxDegreeOfParallelism = AtOnce, CancellationToken = ct }, async (code, _) =>
        {
            var municipality = MunicipalityCatalog.Find(code) ?? throw new ArgumentException($"Unknown municipality {code}", nameof(codes));
            try
            {
                await new CountrySeeding(grains, CountryPlanner.Plan(municipality, groupsPerMunicipality)).Seed();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Interlocked.Increment(ref failed);
                LogMunicipalityFailed(e, code);
            }
            var count = Interlocked.Increment(ref done);
            if (count % 10 == 0 || count == codes.Count) LogProgress(count, codes.Count, clock.Elapsed.TotalSeconds);
        });
        LogFinished(codes.Count - failed, clock.Elapsed.TotalSeconds);
        return failed;
    }

    [LoggerMessage(LogLevel.Information, "Seeding {Count} demo municipalities with {Groups} groups each")]
    private partial void LogStarted(int count, int groups);

    [LoggerMessage(LogLevel.Information, "Demo country: {Done} of {Count} municipalities seeded after {Seconds:0.0} s")]
    private partial void LogProgress(int done, int count, double seconds);

    [LoggerMessage(LogLevel.Information, "Demo country seeded: {Count} municipalities in {Seconds:0.0} s")]
    private partial void LogFinished(int count, double seconds);

    [LoggerMessage(LogLevel.Error, "Seeding demo municipality {Municipality} failed; the others go on")]
    private partial void LogMunicipalityFailed(Exception e, string municipality);
}
