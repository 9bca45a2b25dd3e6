namespace Recovery.Grains.Staircase;

/// <summary>The staircase with the version it was read at; before its first change it shows the default steps.</summary>
[GenerateSerializer, Immutable, Alias("staircase.view")]
public sealed record StaircaseView([property: Id(0)] StaircaseState State, [property: Id(1)] long Version)
{
    public static StaircaseView Of(StaircaseState state, long version) =>
        new(state.Started ? state : state with { Steps = [.. DefaultStaircase.Steps] }, version);
}
