namespace Recovery.Grains.Assessments;

/// <summary>
/// The temperature round's state machine, pure: opened by the tovholder for chosen respondents,
/// answered by each of them (again, until it closes), closed once with its results fixed, then
/// reflected on. Who may open, close and reflect is checked at the grain; who may answer, here.
/// </summary>
public static class TemperatureRoundDecider
{
    public const int MaxRespondents = 100;

    public static IReadOnlyList<TemperatureRoundEvent> Decide(TemperatureRoundCommand command, TemperatureRoundState state, CommandContext context)
    {
        if (command is OpenRound open) return Open(open, state, context);
        if (!state.Opened) throw RuleViolation.NotFound("Temperaturmålingen findes ikke.");
        return command switch
        {
            Respond c => Respond(c, state, context),
            CloseRound when state.Closed => [],
            CloseRound c => [new TemperatureRoundClosed([.. TemperatureResults.Of(state.Questionnaire!, state.Responses.Values, c.Previous)], context.Now)],
            Reflect c => Reflect(c, state),
            _ => throw new ArgumentOutOfRangeException(nameof(command)),
        };
    }

    private static IReadOnlyList<TemperatureRoundEvent> Open(OpenRound c, TemperatureRoundState state, CommandContext context)
    {
        var title = FreeText.Required(c.Title, "Titel", FreeText.TitleMax);
        if (state.Opened) return [];
        var respondents = (c.Respondents.IsDefault ? [] : c.Respondents).Distinct().ToArray();
        if (respondents.Length == 0) throw RuleViolation.Invalid("Vælg mindst én respondent.");
        if (respondents.Length > MaxRespondents) throw RuleViolation.Invalid($"En måling kan højst have {MaxRespondents} respondenter.");
        foreach (var respondent in respondents) Identifier.Valid(respondent);
        return [new TemperatureRoundOpened(title, c.Questionnaire, respondents, context.Actor.PersonId, context.Now)];
    }

    private static IReadOnlyList<TemperatureRoundEvent> Respond(Respond c, TemperatureRoundState state, CommandContext context)
    {
        var respondent = context.Actor.PersonId;
        if (!state.Respondents.Contains(respondent))
            throw RuleViolation.Forbidden("Du er ikke valgt som respondent i denne temperaturmåling.");
        if (state.Closed) throw RuleViolation.Refused("Temperaturmålingen er lukket; svar kan ikke længere ændres.");
        var scores = c.Scores ?? [];
        if (scores.IsEmpty) throw RuleViolation.Invalid("Besvar mindst ét udsagn.");
        foreach (var (statement, score) in scores)
        {
            if (state.Questionnaire!.Statement(statement) is null)
                throw RuleViolation.Invalid($"Udsagnet {Shorten(statement)} findes ikke i spørgeskemaet.");
            if (score is < TemperatureQuestionnaire.MinScore or > TemperatureQuestionnaire.MaxScore)
                throw RuleViolation.Invalid($"Svar skal være mellem {TemperatureQuestionnaire.MinScore} og {TemperatureQuestionnaire.MaxScore}.");
        }
        var response = new TemperatureResponse(respondent, scores);
        return state.Responses.TryGetValue(respondent, out var given) && given.Scores.SequenceEqual(scores) ? [] : [new TemperatureResponseGiven(response)];
    }

    private static IReadOnlyList<TemperatureRoundEvent> Reflect(Reflect c, TemperatureRoundState state)
    {
        if (!Enum.IsDefined(c.Question)) throw RuleViolation.Invalid("Ukendt refleksionsspørgsmål.");
        if (!state.Closed) throw RuleViolation.Refused("Refleksionerne skrives, når målingen er lukket og resultaterne ligger klar.");
        var answer = FreeText.Optional(c.Answer, "Svaret", FreeText.LongTextMax);
        return state.Reflections.GetValueOrDefault(c.Question, "") == answer ? [] : [new TemperatureReflectionAnswered(c.Question, answer)];
    }

    public static TemperatureRoundState Evolve(TemperatureRoundState state, TemperatureRoundEvent e) => e switch
    {
        TemperatureRoundOpened x => state with { Opened = true, Title = x.Title, Questionnaire = x.Questionnaire, Respondents = [.. x.Respondents] },
        TemperatureResponseGiven x => state with { Responses = state.Responses.SetItem(x.Response.RespondentId, x.Response) },
        TemperatureRoundClosed x => state with { Results = [.. x.Results] },
        TemperatureReflectionAnswered x => state with { Reflections = state.Reflections.SetItem(x.Question, x.Answer) },
        _ => state,
    };

    private static string Shorten(string text) => text.Length <= 10 ? text : text[..10] + "…";
}
