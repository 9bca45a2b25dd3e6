using Microsoft.AspNetCore.SignalR.Client;
using System.Text.Json;
using Recovery.Testing.Workshops;

namespace Recovery.Api.Tests.Isolation;

/// <summary>
/// The ids of one municipality's things, made by its governor, that the matrix aims operations at:
/// real ids, so a refusal is about who asks and never about an id that does not exist.
/// </summary>
public sealed record Target(
    string Code, string Governor, string PersonId, string PlanItem, string SteeringMember,
    string Slug, string Activity, string Force, string Trial, string GroupMember,
    string Round, string ClosedRound, string Review, string Case, string Step, string OtherStep, string Citizen,
    OpenRoom Room, long Opened, GuestPass Guest)
{
    public string[] Streams =>
        [$"steering:{Code}", $"impl:{Code}:{Slug}", $"temperature:{Code}:{Round}", $"case-review:{Code}:{Review}", $"staircase:{Code}", $"municipality:{Code}"];

    /// <summary>Sets the municipality's things up through the API, as its governor would.</summary>
    public static async Task<Target> SetUpAsync(ApiServer api, string code, string governor, string personId, CancellationToken ct)
    {
        var http = api.Client(governor);
        async Task<string> Id(string field, string type, object input, HttpClient? by = null)
        {
            var response = await (by ?? http).GraphQLAsync($"mutation($input: {type}!) {{ {field}(input: $input) {{ id version }} }}", new { input }, ct: ct);
            Assert.True(response.Errors.Count == 0, $"{field} in {code}: {response}");
            return response.At(field, "id").GetString()!;
        }

        var programme = await http.GraphQLAsync("query($code: String!) { municipality(code: $code) { programme { joined } } }", new { code }, ct: ct);
        if (!programme.At("municipality", "programme", "joined").GetBoolean())
            Assert.Empty((await http.GraphQLAsync("mutation($code: String!) { joinProgramme(municipalityCode: $code) { version } }", new { code }, ct: ct)).Errors);
        var slug = $"matrix-{Guid.NewGuid():N}"[..20];
        var planItem = await Id("addPlanItem", "AddPlanItemInput", new { municipalityCode = code, prerequisite = 3, title = "Punkt til matricen" });
        var member = await Id("addSteeringGroupMember", "AddMemberInput", new { municipalityCode = code, name = "Matrix Deltager", role = "STAFF" });
        await Id("establishImplementationGroup", "EstablishImplementationGroupInput", new { municipalityCode = code, slug, name = "Matricens gruppe" });
        var groupMember = await Id("addImplementationGroupMember", "AddGroupMemberInput", new { municipalityCode = code, slug, name = "Matrix Medlem", role = "STAFF" });
        var activity = await Id("addActivity", "AddActivityInput", new { municipalityCode = code, slug, title = "Aktivitet", principles = new[] { 1 } });
        var force = await Id("noteDriverOrBarrier", "NoteForceInput", new { municipalityCode = code, slug, kind = "DRIVER", text = "Drivkraft" });
        var trial = await Id("proposeTrialAction", "ProposeTrialInput", new { municipalityCode = code, slug, hypothesis = "Hvis vi prøver", trial = "Forsøg" });
        var round = await Id("openTemperatureRound", "OpenTemperatureRoundInput",
            new { municipalityCode = code, title = "Matricens måling", respondentIds = new[] { personId } });
        // Reflections are written on a closed round only.
        var closedRound = await Id("openTemperatureRound", "OpenTemperatureRoundInput",
            new { municipalityCode = code, title = "Matricens lukkede måling", respondentIds = new[] { personId } });
        await Id("closeTemperatureRound", "CloseTemperatureRoundInput", new { municipalityCode = code, roundId = closedRound });
        var review = await Id("startCaseReview", "StartCaseReviewInput", new { municipalityCode = code, title = "Matricens gennemgang" });
        var @case = await Id("addReviewedCase", "AddReviewedCaseInput", new { municipalityCode = code, reviewId = review, reference = "Sag 1" });
        var (step, otherStep) = ($"trin-{Guid.NewGuid():N}"[..16], $"trin-{Guid.NewGuid():N}"[..16]);
        await Id("addStaircaseStep", "AddStaircaseStepInput", new { municipalityCode = code, stepId = step, name = "Trin et" });
        await Id("addStaircaseStep", "AddStaircaseStepInput", new { municipalityCode = code, stepId = otherStep, name = "Trin to" });
        // Only staff enrol citizens for the measures.
        var now = DateTime.UtcNow;
        using var staff = api.Server.Http(ApiServer.MintToken($"p-{code}-matrix-staff", "staff", code, now.AddMinutes(-1), now.AddHours(1)));
        var citizen = await Id("enrolCitizen", "EnrolCitizenInput", new { municipalityCode = code }, staff);
        var room = await Rooms.OpenAsync(http, code, ct);
        var guest = await Rooms.AdmitAsync(api.Anonymous, room.Code, "Matrix Gæst", ct);
        // Edits name the revision they were typed on; the room's first is where its items have their opening titles.
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(api.Server.Address, "/hubs/workshop"), o => o.AccessTokenProvider = () => Task.FromResult<string?>(api.Tokens[governor]))
            .Build();
        await hub.StartAsync(ct);
        var opened = (await hub.InvokeAsync<JsonElement>("CatchUp", room.Workshop, 0L, true, ct)).GetProperty("revision").GetInt64();
        return new Target(code, governor, personId, planItem, member, slug, activity, force, trial, groupMember,
            round, closedRound, review, @case, step, otherStep, citizen, room, opened, guest);
    }
}
