namespace Recovery.Grains.Staircase;

/// <summary>
/// A municipality's intervention staircase (<i>indsatstrappe</i>) and key figures, keyed
/// <c>657/staircase</c>. Everyone who may read the municipality sees the figures; only those who
/// govern it change them. Commands return the new stream version.
/// </summary>
[Alias("recovery.staircase")]
public interface IStaircaseGrain : ITenantGrain
{
    [Requires(Access.Read), Alias("view")]
    Task<StaircaseView> View();

    [Requires(Access.Govern), Alias("add-step")]
    Task<long> AddStep(AddStep command);

    [Requires(Access.Govern), Alias("rename-step")]
    Task<long> RenameStep(RenameStep command);

    [Requires(Access.Govern), Alias("move-step")]
    Task<long> MoveStep(MoveStep command);

    [Requires(Access.Govern), Alias("remove-step")]
    Task<long> RemoveStep(RemoveStep command);

    [Requires(Access.Govern), Alias("set-count")]
    Task<long> SetCount(SetStepCount command);

    [Requires(Access.Govern), Alias("import-counts")]
    Task<long> ImportCounts(ImportStepCounts command);

    [Requires(Access.Govern), Alias("record-movement")]
    Task<long> RecordMovement(RecordMovement command);

    [Requires(Access.Govern), Alias("set-key-figures")]
    Task<long> SetKeyFigures(SetKeyFigures command);

    [Requires(Access.Govern), Alias("set-expenditure")]
    Task<long> SetExpenditure(SetExpenditure command);
}
