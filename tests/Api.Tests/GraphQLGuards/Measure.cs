using GraphQL;
using GraphQL.Instrumentation;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Recovery.Api.Tests.GraphQLGuards;

/// <summary>Depth and complexity of a document as the server's own analyzer computes them, with its settings but without its limits.</summary>
public static class Measure
{
    public static async Task<(double Complexity, int Depth)> CostAsync(IServiceProvider services, string text, Inputs variables)
    {
        var server = services.GetRequiredService<IOptions<ComplexityOptions>>().Value;
        (double, int)? measured = null;
        var options = new ComplexityOptions
        {
            DefaultScalarImpact = server.DefaultScalarImpact,
            DefaultObjectImpact = server.DefaultObjectImpact,
            DefaultListImpactMultiplier = server.DefaultListImpactMultiplier,
            DefaultComplexityImpactDelegate = server.DefaultComplexityImpactDelegate,
            ValidateComplexityDelegate = c =>
            {
                measured = (c.TotalImpact, c.MaxDepth);
                return Task.CompletedTask;
            },
        };
        var schema = services.GetRequiredService<ISchema>();
        schema.Initialize();
        var document = Parser.Parse(text);
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single(),
            Rules = DocumentValidator.CoreRules.Append(new ComplexityValidationRule(options)),
            Variables = variables,
            RequestServices = services,
            Metrics = Metrics.None,
        });
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(e => e.Message)));
        return measured ?? throw new InvalidOperationException("The analyzer measured nothing.");
    }
}
