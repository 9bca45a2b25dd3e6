namespace Recovery.Grains.Live;

internal static class GrainNotices
{
    /// <summary>Hands the notice to the publisher without waiting: the append has already succeeded.</summary>
    public static Task Notify(this IGrainFactory grains, string tenant, string stream, long version, IReadOnlyList<string> events) =>
        events.Count == 0
            ? Task.CompletedTask
            : grains.GetGrain<ILiveNoticeGrain>(0).Publish(new LiveNotice(tenant, stream, version, [.. events]));
}
