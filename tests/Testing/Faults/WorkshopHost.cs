using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Recovery.Testing.Processes;

namespace Recovery.Testing.Faults;

/// <summary>
/// Which of two silos holds a workshop's one activation, found from outside as an operator could: join
/// through the first silo (its silo then knows where the activation is), pause the second (SIGSTOP) and
/// ask the workshop for its steps again. The answer comes at once if the activation is on the first
/// silo; if it is on the paused one, it does not come until the pause ends.
/// </summary>
public static class WorkshopHost
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1.5);

    /// <returns>0 or 1: the index of the silo holding the workshop.</returns>
    public static async Task<int> FindAsync(IReadOnlyList<SiloProcess> silos, string token, string workshop, CancellationToken ct)
    {
        await using var probe = new HubConnectionBuilder()
            .WithUrl(new Uri(silos[0].Address, "/hubs/workshop"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        await probe.StartAsync(ct);
        await probe.InvokeAsync<JsonElement>("Join", workshop, null, false, ct);
        await silos[1].PauseAsync();
        try
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
            wait.CancelAfter(Patience);
            await probe.InvokeAsync<JsonElement>("CatchUp", workshop, 0L, false, wait.Token);
            return 0;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return 1;
        }
        finally
        {
            await silos[1].ResumeAsync();
        }
    }
}
