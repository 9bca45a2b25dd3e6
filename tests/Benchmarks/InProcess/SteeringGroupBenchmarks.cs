using BenchmarkDotNet.Attributes;
using Recovery.Grains.Shared;
using Recovery.Grains.SteeringGroups;

namespace Recovery.Benchmarks.InProcess;

/// <summary>
/// The steering group's pure core, which every command pays inside the grain: decide and evolve on a
/// state with 100 plan items, and the fold an activation does over the stream. The baseline copies the
/// state record, the least any command can do, so the Ratio column reads as "times a trivial step".
/// </summary>
[MemoryDiagnoser]
public class SteeringGroupBenchmarks
{
    private SteeringGroupState state = null!;
    private SteeringGroupEvent[] history = null!;
    private AddPlanItem add = null!;
    private EditPlanItem edit = null!;

    [GlobalSetup]
    public void Setup()
    {
        state = SteeringGroupHistory.Fold(SteeringGroupHistory.WithItems(100));
        history = SteeringGroupHistory.Mixed(1_000);
        add = new AddPlanItem("i-bench-new", 3, "Et nyt punkt", "Med en kort beskrivelse.", null, null, PlanItemStatus.Planned);
        var item = state.Plan[50];
        edit = new EditPlanItem(item.Id, "Et nyt navn til punktet", item.Description, item.OwnerId, item.Due, item.Status);
    }

    // Method names are the row labels in the report (a Description would come out HTML-escaped there).
    [Benchmark(Baseline = true)]
    public SteeringGroupState Baseline_CopyState() => state with { };

    [Benchmark]
    public SteeringGroupState AddPlanItem_DecideEvolve_100Items() => Apply(add);

    [Benchmark]
    public SteeringGroupState EditPlanItem_DecideEvolve_100Items() => Apply(edit);

    /// <summary>What an activation does on load: 300 items added, then 694 edits to them.</summary>
    [Benchmark]
    public SteeringGroupState Fold_1000Events() => SteeringGroupHistory.Fold(history);

    private SteeringGroupState Apply(SteeringGroupCommand command) =>
        SteeringGroupDecider.Decide(command, state, SteeringGroupHistory.Context).Aggregate(state, SteeringGroupDecider.Evolve);
}
