using System.Collections.Immutable;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Recovery.Grains.CaseReviews;

namespace Recovery.Grains.Tests.CaseReviews;

/// <summary>The case review's messages survive Orleans serialization unchanged, as every message crossing a silo must.</summary>
public sealed class CaseReviewSerializationTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer(s => s.AddAssembly(typeof(Caller).Assembly))
        .BuildServiceProvider().GetRequiredService<Serializer>();

    private static readonly ReviewedCase Judged = new("c-1", "Sag 1",
        ImmutableDictionary<Principle, PrincipleJudgement>.Empty.Add(Principle.FollowUp, new(CaseJudgement.Partly, "Opfølgning aftalt.")));

    public static TheoryData<object> Messages() =>
    [
        new StartCaseReview("Sagsgennemgang", "t-1"),
        new AddReviewedCase("c-1", "Sag 1"),
        new JudgeReviewedCase("c-1", Principle.Resources, CaseJudgement.NotReflected, null),
        new RemoveReviewedCase("c-1"),
        new ConcludeCaseReview(),
        new CaseReviewView("Sagsgennemgang", null, DateTimeOffset.UnixEpoch, null, 1, [Judged], CaseReviewResults.Of([Judged]), 4),
        new CaseReviewView("Sagsgennemgang", "t-1", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 1, null, CaseReviewResults.Of([Judged]), 5),
    ];

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_message_round_trips(object message)
    {
        var copy = Serializer.Deserialize<object>(Serializer.SerializeToArray(message));
        Assert.IsType(message.GetType(), copy);
        Assert.Equivalent(message, copy, strict: true);
    }
}
