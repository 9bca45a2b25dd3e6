using Marten;
using Recovery.Api.People;
using Recovery.Grains.Municipalities;

namespace Recovery.Api.Exports;

/// <summary>What an export builder needs: the municipality, already checked, and where its data lives.</summary>
internal sealed record ExportRequest(Municipality Municipality, Caller Caller, IGrainFactory Grains, IDocumentStore Store)
{
    public string Code => Municipality.Code;

    /// <summary>Names from the municipality's directory; a person whose entry was erased gets an empty cell.</summary>
    public async Task<Func<string?, string>> Names(IEnumerable<string?> personIds)
    {
        var people = await VisiblePeople.Load(Store, Code, Caller, [], personIds);
        return id => people.NameOf(id) ?? "";
    }
}

/// <summary>A built table and the words its file name is made of (after the municipality's name, before the date).</summary>
internal sealed record ExportContent(ExportTable Table, string FileStem);
