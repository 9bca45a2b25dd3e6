namespace Recovery.Benchmarks.Storm;

/// <summary>What one recorded time of the storm measures.</summary>
public enum StormStage
{
    /// <summary>From an edit being submitted to another participant applying its step; one sample per other participant.</summary>
    Propagation,

    /// <summary>From the first keystroke in an edit (it may have waited in the buffer) to another participant applying it.</summary>
    TypedToSeen,

    /// <summary>From submitting to the author's own step coming back: the edit is in the server's order.</summary>
    Ack,

    /// <summary>From submitting to a <c>saved</c> that covers the edit's revision: it is in PostgreSQL.</summary>
    Saved,
}
