using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace Recovery.Api.GraphQL;

/// <summary>
/// GraphQL.NET's complexity analyzer with its refusals in our shape: a stable code for each limit and a Danish
/// message, where the library would answer <c>COMPLEXITY</c> in English for both.
/// </summary>
internal sealed class ComplexityLimits(IOptions<ComplexityOptions> options) : ComplexityValidationRule(options.Value)
{
    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        if (maxDepth > options.Value.MaxDepth)
            context.ReportError(new ValidationError($"Forespørgslen er for dybt indlejret ({maxDepth} niveauer; højst {options.Value.MaxDepth}).")
                { Code = "QUERY_TOO_DEEP" });
        if (totalComplexity > options.Value.MaxComplexity)
            context.ReportError(new ValidationError($"Forespørgslen beder om for meget på én gang (kompleksitet {totalComplexity:0}; højst {options.Value.MaxComplexity}). Del den op.")
                { Code = "QUERY_TOO_COMPLEX" });
        return context.HasErrors ? ValueTask.CompletedTask : base.ValidateComplexityAsync(context, totalComplexity, maxDepth);
    }
}
