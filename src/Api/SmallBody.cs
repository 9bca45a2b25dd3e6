using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Metadata;

namespace Recovery.Api;

/// <summary>
/// The small JSON doors (sign-in, guest admission) take a code and a name, never more than
/// <see cref="MaxBytes"/>; a bigger body is refused while it is read (413, described by <see cref="BadRequests"/>).
/// The server's own limit, 30 MB, is for everything else.
/// </summary>
internal static class SmallBody
{
    public const int MaxBytes = 16 * 1024;

    public static TBuilder WithSmallBody<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new Limit());

    private sealed class Limit : IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => MaxBytes;
    }
}
