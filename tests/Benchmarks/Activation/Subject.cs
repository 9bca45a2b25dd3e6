namespace Recovery.Benchmarks.Activation;

/// <summary>What a subject is: a steering group, or one workshop room.</summary>
public enum SubjectKind { SteeringGroup, Workshop }

/// <summary>
/// One steering group or workshop the suite activates cold, in a municipality of its own: a history of
/// <see cref="Events"/> events, then the one real command through the grain (which stores the snapshot),
/// then <see cref="Tail"/> more events written past the grain, so they lie after the snapshot.
/// </summary>
public sealed record Subject(string Label, string Municipality, int Events, bool KeepSnapshot, int Tail = 0, SubjectKind Kind = SubjectKind.SteeringGroup)
{
    public bool IsFloor { get; init; }

    /// <summary>The stream's version once set up: the version a cold activation must answer with.</summary>
    public int Stored => Events + 1 + Tail;
}
