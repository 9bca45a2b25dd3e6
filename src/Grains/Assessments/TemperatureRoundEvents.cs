namespace Recovery.Grains.Assessments;

/// <summary>Facts in a temperature round's stream; people only as person ids.</summary>
public abstract record TemperatureRoundEvent;

public sealed record TemperatureRoundOpened(string Title, TemperatureQuestionnaire Questionnaire, string[] Respondents, string OpenedBy, DateTimeOffset At)
    : TemperatureRoundEvent;

public sealed record TemperatureResponseGiven(TemperatureResponse Response) : TemperatureRoundEvent;

public sealed record TemperatureRoundClosed(PrerequisiteResult[] Results, DateTimeOffset At) : TemperatureRoundEvent;

public sealed record TemperatureReflectionAnswered(ReflectionQuestion Question, string Answer) : TemperatureRoundEvent;
