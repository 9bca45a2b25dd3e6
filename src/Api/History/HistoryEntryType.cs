using GraphQL.Types;

namespace Recovery.Api.History;

internal sealed class HistoryEntryType : ObjectGraphType<HistoryLine>
{
    public HistoryEntryType()
    {
        Name = "HistoryEntry";
        Description = "Én ændring fortalt på dansk: hvem, i hvilken rolle, hvad og hvornår.";
        Field<NonNullGraphType<IntGraphType>>("version").Description("Strømmens version lige efter ændringen; kan gendannes til.").Resolve(c => (int)c.Source.Version);
        Field<NonNullGraphType<StringGraphType>>("at").Description("ISO 8601.").Resolve(c => c.Source.At.ToString("O"));
        Field<IdGraphType>("itemId").Resolve(c => c.Source.ItemId);
        Field<NonNullGraphType<StringGraphType>>("actorName").Description("\"slettet person\", hvis personen er slettet.").Resolve(c => c.Source.ActorName);
        Field<NonNullGraphType<StringGraphType>>("actorRole").Description("Rollen på dansk, fx Tovholder.").Resolve(c => c.Source.ActorRole);
        Field<NonNullGraphType<StringGraphType>>("text").Description("Ændringen uden den, der gjorde det.").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("sentence").Description("Hele linjen: navn (rolle) ændring, dato.").Resolve(c => c.Source.Sentence);
    }
}
