using Marten;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.Exports;

/// <summary>What an export builder needs: the municipality, already checked, and where its data lives.</summary>
internal sealed record ExportRequest(Municipality Municipality, IGrainFactory Grains, IDocumentStore Store, CancellationToken Aborted)
{
    public string Code => Municipality.Code;

    public Task<PersonNames> Names(IEnumerable<string?> personIds) => PersonNames.Load(Store, Code, personIds, Aborted);
}

/// <summary>A built table and the words its file name is made of (after the municipality's name, before the date).</summary>
internal sealed record ExportContent(ExportTable Table, string FileStem);
