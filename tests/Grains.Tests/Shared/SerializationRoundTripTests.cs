using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Recovery.Grains.Live;
using Recovery.Grains.Municipalities;
using Recovery.Grains.SteeringGroups;
using Recovery.Grains.Workshops;
using Recovery.Grains.Tests.SteeringGroups;

namespace Recovery.Grains.Tests.Shared;

/// <summary>Every message that crosses a silo boundary survives Orleans serialization unchanged.</summary>
public sealed class SerializationRoundTripTests
{
    private static readonly Serializer Serializer = new ServiceCollection().AddSerializer(s => s.AddAssembly(typeof(Caller).Assembly))
        .BuildServiceProvider().GetRequiredService<Serializer>();

    private static T RoundTrip<T>(T value) => Serializer.Deserialize<T>(Serializer.SerializeToArray(value))!;

    public static TheoryData<object> Messages() =>
    [
        new Caller("p-1", "657", Role.Tovholder, "trace"),
        new LiveNotice("657", "steering:657", 7, ["development_plan_item_added"]),
        new RegisterGroup("657/steering", GroupKind.Steering),
        new EstablishSteeringGroup(),
        new AddMember("p-1", "Mette", Role.Citizen),
        new RemoveMember("p-1"),
        new RecordDecision("d-1", "Titel", "Begrundelse"),
        Spec.Item(owner: "p-1", due: new DateOnly(2027, 1, 1)),
        new EditPlanItem("i-1", "Titel", "Beskrivelse", null, null, PlanItemStatus.OnHold),
        new Municipality("657", "Herning", "Midtjylland"),
        new MunicipalityState([new RegisteredGroup("657/steering", GroupKind.Steering)]),
        new TextOperationBuilder().Retain(2).Insert("æøå").Delete(1).Build(),
    ];

    [Theory]
    [MemberData(nameof(Messages))]
    public void A_message_round_trips(object message)
    {
        var copy = RoundTrip(message);
        Assert.IsType(message.GetType(), copy);
        Assert.Equivalent(message, copy, strict: true);
    }

    [Fact]
    public void A_full_steering_group_state_round_trips()
    {
        var state = Spec.GivenEstablished(
                new SteeringDecisionRecorded("d-1", "Titel", "Begrundelse", "p-mette", Spec.Now),
                Spec.ItemAdded(owner: "p-jonas"),
                new SteeringGroupMemberRemoved("p-jonas"))
            .Then(new EstablishSteeringGroup());
        var view = RoundTrip(new SteeringGroupView(state, 6));
        Assert.Equal(6, view.Version);
        StateAssert.Same(state, view.State);
    }

    [Fact]
    public void A_rule_violation_keeps_its_code_and_danish_message()
    {
        var violation = RoundTrip(RuleViolation.Forbidden("Du har ikke adgang til en anden kommunes data."));
        Assert.Equal((RuleViolation.Codes.Forbidden, "Du har ikke adgang til en anden kommunes data."), (violation.Code, violation.Message));
    }
}
