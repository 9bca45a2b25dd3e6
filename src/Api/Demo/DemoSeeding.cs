namespace Recovery.Api.Demo;

/// <summary>Completes when the demo seeder has finished (or failed), so whoever depends on the demo data can wait for it.</summary>
public sealed class DemoSeeding
{
    private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Completion => done.Task;

    internal void Finished() => done.TrySetResult();

    internal void Failed(Exception e) => done.TrySetException(e);
}
