namespace Recovery.Testing;

/// <summary>
/// An assembly fixture that stops the shared cluster when a test assembly is done. The test runner
/// gives a finished process a few seconds to exit and fails the run, every test green, when it takes
/// longer; stopping the cluster and deleting its folder in a process-exit handler could, on a busy machine.
/// </summary>
public sealed class PostgresShutdown : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await PostgresServer.StopSharedAsync();
}
