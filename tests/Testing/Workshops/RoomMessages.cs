using Recovery.Grains.Workshops;

namespace Recovery.Testing.Workshops;

// The slices of docs/workshops.md's messages a typing client reads and writes; the rest of each message is skipped.
// Shared by the integration tests' RoomClient and the storm benchmark's participants.

/// <summary><c>step</c>: one sequenced change. The floor sends the same shape, its own revision counter included.</summary>
public sealed record StepMessage(long Revision, string? OpId, StepEvent Event);

/// <summary>A step's <c>event</c>; only <c>text</c> carries an item, a field and the operation as applied.</summary>
public sealed record StepEvent(string Kind, string? Item, string? Field, TextOperation? Op);

/// <summary><c>storage</c>: whether PostgreSQL takes the room's steps.</summary>
public sealed record StorageMessage(bool Available);

/// <summary><c>Joined</c> or <c>Catch</c>: exactly one of <see cref="Snapshot"/> and <see cref="Steps"/> is set.</summary>
public sealed record Caught(long Revision, long Saved, RoomSnapshot? Snapshot, StepMessage[]? Steps)
{
    public static readonly Caught Nothing = new(0, 0, null, []);
}

public sealed record RoomSnapshot(long Revision, SnapshotItem[] Items);

public sealed record SnapshotItem(string Id, string Title, string Description);

/// <summary>What a client submits: its own op id, the revision it typed on, and the text command.</summary>
public sealed record TextProposal(string Id, long Base, TextCommand Command);

public sealed record TextCommand(string Item, string Field, TextOperation Op)
{
    public string Kind => "text";

    public const string Description = "description";
}
