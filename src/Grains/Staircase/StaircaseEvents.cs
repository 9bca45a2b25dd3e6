namespace Recovery.Grains.Staircase;

/// <summary>Facts in a municipality's staircase stream; quarters in their canonical form (<c>2026K3</c>), steps by id.</summary>
public abstract record StaircaseEvent;

/// <summary>The default steps became the municipality's own, with its first change.</summary>
public sealed record StaircaseStarted(StaircaseStep[] Steps) : StaircaseEvent;

public sealed record StaircaseStepAdded(string StepId, string Name, int Position) : StaircaseEvent;

public sealed record StaircaseStepRenamed(string StepId, string Name) : StaircaseEvent;

public sealed record StaircaseStepMoved(string StepId, int Position) : StaircaseEvent;

public sealed record StaircaseStepRemoved(string StepId) : StaircaseEvent;

public sealed record StaircaseCountSet(string Quarter, string StepId, int Count) : StaircaseEvent;

/// <summary>A whole imported file, kept as one fact so the stream shows what the file said.</summary>
public sealed record StaircaseCountsImported(StepCountRow[] Rows) : StaircaseEvent;

public sealed record StaircaseMovementRecorded(string Quarter, string FromStepId, string ToStepId, int Count) : StaircaseEvent;

public sealed record KeyFigureSharesSet(string Quarter, decimal? EducationOrEmploymentShare, decimal? ReadmissionShare) : StaircaseEvent;

public sealed record KeyFigureExpenditureSet(string Quarter, string StepId, long? Amount) : StaircaseEvent;
