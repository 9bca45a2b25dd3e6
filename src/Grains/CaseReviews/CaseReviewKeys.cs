namespace Recovery.Grains.CaseReviews;

/// <summary>A case review is named by an id its municipality chooses: grain <c>657/case-review/{id}</c>, stream <c>case-review:657:{id}</c>.</summary>
public static class CaseReviewKeys
{
    public static string Grain(string municipality, string reviewId) => $"{municipality}/case-review/{reviewId}";

    public static string Stream(string municipality, string reviewId) => $"case-review:{municipality}:{reviewId}";

    public static string ReviewId(string grainKey) => grainKey.Split('/', 3)[2];

    /// <summary>The review id back from a stream key (the summary's id).</summary>
    public static string ReviewIdOfStream(string streamKey) => streamKey.Split(':', 3)[2];
}
