using System.Diagnostics.CodeAnalysis;
using System.Text;
using Marten;

namespace Recovery.Grains.Shared;

/// <summary>
/// A stream's folded state at <see cref="Version"/>, stored beside the stream (same tenant, id =
/// stream key) so a long stream loads without folding from the first event. Only a cache: the
/// events stay the truth, and a snapshot of another <see cref="Shape"/> is ignored.
/// </summary>
public sealed record StreamSnapshot(string Id, long Version, string Shape, string State)
{
    internal static StreamSnapshot Of<TState>(IDocumentStore store, string key, long version, TState state) =>
        new(key, version, ShapeOf<TState>.Value, store.Options.Serializer().ToJson(state));

    /// <summary>
    /// The state, unless it was written for another shape or cannot be read: a snapshot is a cache,
    /// and one that cannot be used costs a full fold, never a failed activation.
    /// </summary>
    internal bool TryRead<TState>(IDocumentStore store, [MaybeNullWhen(false)] out TState state)
    {
        state = default;
        if (Shape != ShapeOf<TState>.Value) return false;
        try
        {
            using var json = new MemoryStream(Encoding.UTF8.GetBytes(State));
            state = (TState)store.Options.Serializer().FromJson(typeof(TState), json);
            return state is not null;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static class ShapeOf<TState>
    {
        public static readonly string Value = StateShape.Of(typeof(TState));
    }
}
