using GraphQL.Types;
using Recovery.Api.Assessments;
using Recovery.Api.CaseReviews;
using Recovery.Api.CitizenMeasures;
using Recovery.Api.ImplementationGroups;
using Recovery.Api.Municipalities;
using Recovery.Api.NationalProgress;
using Recovery.Api.People;
using Recovery.Api.ReferenceNetwork;
using Recovery.Api.Staircase;
using Recovery.Api.SteeringGroups;
using Recovery.Api.Workshops;

namespace Recovery.Api.GraphQL;

/// <summary>The root query: each slice adds its own fields.</summary>
internal sealed class RecoveryQuery : ObjectGraphType
{
    public RecoveryQuery()
    {
        Name = "Query";
        this.AddViewerQueries();
        this.AddMunicipalityQueries();
        this.AddSteeringGroupQueries();
        this.AddPrincipleQuery();
        this.AddQuestionnaireQuery();
        this.AddCitizenMeasureInstrumentsQuery();
        this.AddNationalProgressQueries();
        this.AddReferenceNetworkQuery();
    }
}

internal sealed class RecoveryMutation : ObjectGraphType
{
    public RecoveryMutation()
    {
        Name = "Mutation";
        this.AddProgrammeMutations();
        this.AddSteeringGroupMutations();
        this.AddImplementationGroupMutations();
        this.AddTemperatureRoundMutations();
        this.AddCaseReviewMutations();
        this.AddStaircaseMutations();
        this.AddCitizenMeasureMutations();
        this.AddErasureMutations();
        this.AddWorkshopMutations();
        this.AddReferenceNetworkMutations();
    }
}
