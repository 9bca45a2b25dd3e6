using Recovery.Api.GraphQL;

namespace Recovery.Api.Staircase;

internal sealed class AddStaircaseStepInput : MunicipalityInput
{
    /// <summary>The step's lasting id: small letters a–z, digits and hyphens.</summary>
    public string StepId { get; init; } = "";
    public string Name { get; init; } = "";
    /// <summary>Counted from the bottom (0); null puts the step on top.</summary>
    public int? Position { get; init; }
}

internal sealed class RenameStaircaseStepInput : MunicipalityInput
{
    public string StepId { get; init; } = "";
    public string Name { get; init; } = "";
}

internal sealed class MoveStaircaseStepInput : MunicipalityInput
{
    public string StepId { get; init; } = "";
    public int Position { get; init; }
}

internal sealed class RemoveStaircaseStepInput : MunicipalityInput
{
    public string StepId { get; init; } = "";
}

internal sealed class SetStaircaseCountInput : MunicipalityInput
{
    /// <summary>"2026K3".</summary>
    public string Quarter { get; init; } = "";
    public string StepId { get; init; } = "";
    public int Count { get; init; }
}

internal sealed class RecordStaircaseMovementInput : MunicipalityInput
{
    public string Quarter { get; init; } = "";
    public string FromStepId { get; init; } = "";
    public string ToStepId { get; init; } = "";
    public int Count { get; init; }
}

internal sealed class SetKeyFiguresInput : MunicipalityInput
{
    public string Quarter { get; init; } = "";
    /// <summary>Percent, 0–100.</summary>
    public decimal? EducationOrEmploymentShare { get; init; }
    /// <summary>Percent, 0–100.</summary>
    public decimal? ReadmissionShare { get; init; }
}

internal sealed class SetExpenditureInput : MunicipalityInput
{
    public string Quarter { get; init; } = "";
    public string StepId { get; init; } = "";
    /// <summary>Whole kroner; null removes the amount.</summary>
    public long? Amount { get; init; }
}
