using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Recovery.Api.GraphQL;
using Recovery.Testing;

namespace Recovery.Api.Tests.GraphQLGuards;

/// <summary>When trusted documents are required, and what a server does without its manifest.</summary>
public sealed class TrustedManifestTests
{
    private static readonly IFileProvider WebBuild = new PhysicalFileProvider(Path.GetDirectoryName(UiDocuments.ManifestPath)!);

    [Theory]
    [InlineData("Production", false, null, true)]
    [InlineData("Staging", false, null, true)]
    [InlineData("Development", false, null, false)]
    [InlineData("Production", true, null, false)]
    [InlineData("Development", false, "true", true)]
    [InlineData("Production", false, "false", false)]
    public void Trusted_documents_are_required_outside_development_and_demo_unless_configured(string environment, bool demo, string? setting, bool required)
    {
        var documents = TrustedDocuments.Load(Settings(demo, setting), Environment(environment), WebBuild);

        Assert.Equal(required, documents.Only);
        Assert.Equal(UiDocuments.All.Count, documents.Count);
    }

    [Fact]
    public void Without_its_manifest_a_server_that_requires_trusted_documents_refuses_to_start_and_says_why()
    {
        var refusal = Assert.Throws<InvalidOperationException>(() => TrustedDocuments.Load(Settings(false, null), Environment("Production"), new NullFileProvider()));
        var development = TrustedDocuments.Load(Settings(false, null), Environment("Development"), new NullFileProvider());

        Assert.Contains(TrustedDocuments.OnlyKey, refusal.Message);
        Assert.Contains(TrustedDocuments.Manifest, refusal.Message);
        Assert.Equal(0, development.Count);
    }

    [Fact]
    public void A_manifest_entry_whose_id_is_not_its_text_s_hash_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, TrustedDocuments.Manifest),
                $$"""{ "{{TrustedDocuments.IdOf("{ __typename }")}}": "{ municipalities { code } }" }""");

            Assert.Throws<InvalidOperationException>(() =>
                TrustedDocuments.Load(Settings(false, null), Environment("Development"), new PhysicalFileProvider(folder.FullName)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static IConfiguration Settings(bool demo, string? trustedOnly) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Recovery:Demo:Enabled"] = demo.ToString(), [TrustedDocuments.OnlyKey] = trustedOnly })
        .Build();

    private static HostingEnvironment Environment(string name) => new() { EnvironmentName = name };
}
