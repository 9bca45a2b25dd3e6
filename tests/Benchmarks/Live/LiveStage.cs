namespace Recovery.Benchmarks.Live;

/// <summary>What one recorded time of a live round measures; every one starts when the request is sent.</summary>
public enum LiveStage
{
    /// <summary>Until the last follower's <c>changed</c> handler ran for the mutation's version: what the slowest screen waits.</summary>
    Last,

    /// <summary>Until one follower's handler ran; one sample per follower per round.</summary>
    Each,

    /// <summary>The floor's <see cref="Last"/>: bare POST → bare commit → bare hub group send.</summary>
    FloorLast,

    /// <summary>The floor's <see cref="Each"/>.</summary>
    FloorEach,
}
