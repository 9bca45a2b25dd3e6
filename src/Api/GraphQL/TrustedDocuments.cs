using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Recovery.Api.GraphQL;

/// <summary>
/// The web client's GraphQL documents, extracted by its build into <c>trusted-documents.json</c> in the web root
/// (id → text, the id being <c>sha256:</c> and the hex SHA-256 of the text). With <see cref="Only"/> on, these are
/// the only documents the server runs: an attacker cannot send a costlier or more searching query than the UI does.
/// </summary>
internal sealed class TrustedDocuments
{
    public const string Manifest = "trusted-documents.json";
    public const string OnlyKey = "Recovery:GraphQL:TrustedDocumentsOnly";
    private const string IdPrefix = "sha256:";

    private readonly FrozenDictionary<string, string> byId;
    private readonly FrozenSet<string> texts;

    private TrustedDocuments(bool only, IReadOnlyDictionary<string, string> byId)
    {
        Only = only;
        this.byId = byId.ToFrozenDictionary(StringComparer.Ordinal);
        texts = byId.Values.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>True when a request must name a manifest document; arbitrary documents are for development and demo.</summary>
    public bool Only { get; }

    public int Count => byId.Count;

    public string? Text(string documentId) => byId.GetValueOrDefault(documentId);

    /// <summary>A document sent as text is the UI's own when it is byte for byte a manifest entry.</summary>
    public bool Contains(string text) => texts.Contains(text);

    /// <summary>
    /// Reads the manifest once at start. When trusted documents are required and the manifest is missing or
    /// wrong, the server refuses to start: it could run nothing the UI sends, and an operator should hear it now.
    /// </summary>
    public static TrustedDocuments Load(IConfiguration configuration, IHostEnvironment environment, IFileProvider webRoot)
    {
        // Development and demo mode (where anyone may mint a token anyway) keep GraphiQL and ad-hoc documents.
        var only = configuration.GetValue<bool?>(OnlyKey)
                   ?? !(environment.IsDevelopment() || configuration.GetValue<bool>($"{Demo.DemoOptions.Section}:Enabled"));
        var file = webRoot.GetFileInfo(Manifest);
        if (!file.Exists)
            return only
                ? throw new InvalidOperationException($"{OnlyKey} er slået til, men web-klientens {Manifest} mangler i web-roden: byg web-klienten (deploy/web.sh).")
                : new TrustedDocuments(only, new Dictionary<string, string>());
        using var stream = file.CreateReadStream();
        var documents = JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                        ?? throw new InvalidOperationException($"{Manifest} er tom.");
        foreach (var (id, text) in documents)
            if (id != IdOf(text))
                throw new InvalidOperationException($"{Manifest}: {id} er ikke SHA-256 af sit dokument; byg web-klienten igen.");
        return new TrustedDocuments(only, documents);
    }

    public static string IdOf(string text) => IdPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
