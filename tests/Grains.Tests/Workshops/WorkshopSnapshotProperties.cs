using CsCheck;
using Marten;
using Recovery.Grains.Workshops;

namespace Recovery.Grains.Tests.Workshops;

/// <summary>
/// A workshop loaded from a snapshot plus the steps after it is the workshop folded from its first
/// step: on random rooms, cut at a random revision, through Marten's own JSON as the journal stores it.
/// </summary>
public sealed class WorkshopSnapshotProperties
{
    // Only its serializer is used: nothing here connects to a database.
    private static readonly IDocumentStore Store = DocumentStore.For(o => o.ConfigureRecovery("Host=localhost;Database=serializer-only"));

    private static string Json(WorkshopState state) => Store.Options.Serializer().ToJson(state);

    /// <summary>Lengths past two text windows, so cuts fall before, between and after the revisions where texts forget old edits.</summary>
    private static readonly Gen<(int Seed, int Steps, double Cut)> Rooms =
        Gen.Select(Gen.Int, Gen.OneOf(Gen.Int[3, 300], Gen.Int[900, 3_200]), Gen.Double[0, 1]);

    [Fact]
    public void Snapshot_and_the_steps_after_it_fold_to_the_state_of_every_step() =>
        Rooms.Sample(room =>
        {
            var steps = new RandomRoom(room.Seed).Run(room.Steps);
            var cut = (int)(room.Cut * steps.Count);
            var snapshot = StreamSnapshot.Of(Store, "workshop:657:ws-1", cut, steps.Take(cut).Aggregate(WorkshopState.Initial, WorkshopDecider.Evolve));

            Assert.True(snapshot.TryRead<WorkshopState>(Store, out var restored));
            var everything = steps.Aggregate(WorkshopState.Initial, WorkshopDecider.Evolve);
            Assert.Equal(Json(everything), Json(steps.Skip(cut).Aggregate(restored, WorkshopDecider.Evolve)));
        }, iter: 150);

    [Fact]
    public void Random_rooms_reach_what_the_property_is_about()
    {
        var steps = new RandomRoom(7).Run(3_000);
        var state = steps.Aggregate(WorkshopState.Initial, WorkshopDecider.Evolve);

        Assert.Equal(3_000, state.Revision);
        Assert.True(steps.Count(s => s.Event is WorkshopTextEdited) > steps.Count / 3);
        Assert.Contains(steps, s => s.Event is WorkshopItemDrafted);
        Assert.Contains(steps, s => s.Event is WorkshopDotCast);
        Assert.Contains(steps, s => s.Event is WorkshopGuestRevoked);
        // The texts forgot the edits before the last window: the state is bounded by recent activity.
        Assert.All(state.Items, i => Assert.True(i.Description.Recent.IsEmpty || i.Description.Recent[0].Revision > 3_000 - 2 * SharedText.Window));
        Assert.Contains(state.Items, i => i.Description.ForgottenThrough > 0);
    }
}
