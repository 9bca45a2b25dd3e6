using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Recovery.Api.Auth;
using Recovery.Api.Demo;
using Recovery.Silo;
using Recovery.Testing;

namespace Recovery.Api.Tests.Identity;

/// <summary>
/// Configurations that would hand out the wrong access stop the Silo before it serves anyone, with the setting
/// named: demo mode already while it is built (the demo routes depend on it), the sign-in settings when it starts.
/// </summary>
public sealed class StartupGuardTests
{
    /// <remarks>The Silo's own folder is the content root, so the web build (and its trusted documents) is where production has it.</remarks>
    private static Microsoft.AspNetCore.Builder.WebApplication Silo(string environment, Dictionary<string, string?> settings) =>
        SiloApp.Create(["--environment", environment, "--contentRoot", Path.Combine(RepositoryRoot.Path, "src", "Silo")], builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Recovery"] = "Host=127.0.0.1;Port=1;Database=none",
            ["Recovery:Cluster:SiloPort"] = "1",
            ["urls"] = "http://127.0.0.1:0",
        }.Concat(settings)));

    [Fact]
    public void A_production_silo_with_demo_mode_on_refuses_to_start()
    {
        var refusal = Assert.Throws<OptionsValidationException>(() => Silo("Production", new() { ["Recovery:Demo:Enabled"] = "true" }));

        Assert.Contains("Recovery:Demo:Enabled=true er ikke tilladt i produktionsmiljøet", refusal.Message);
    }

    [Theory]
    [InlineData("Development", "true")]
    [InlineData("Demo", "true")]
    [InlineData("Production", "false")]
    public async Task Demo_mode_is_allowed_outside_production_and_production_runs_without_it(string environment, string demo)
    {
        await using var app = Silo(environment, new() { ["Recovery:Demo:Enabled"] = demo });

        Assert.Equal(bool.Parse(demo), app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled);
    }

    [Theory]
    [InlineData("Recovery:Auth:Oidc:ClientId", "Recovery:Auth:Oidc:Authority", "https://login.example.dk")]
    [InlineData("Recovery:Auth:SigningKey", "Recovery:Auth:Oidc:Authority", "https://login.example.dk")]
    [InlineData("Recovery:Auth:Claims:Roles", "Recovery:Auth:Claims:Roles:0:Role", "administrator")]
    [InlineData("Recovery:Auth:Claims:Roles", "Recovery:Auth:Claims:Roles:0:Role", "guest")]
    [InlineData("Recovery:Auth:Claims:FixedRole", "Recovery:Auth:Claims:FixedRole", "borger")]
    [InlineData("Recovery:Auth:Claims:Municipalities", "Recovery:Auth:Claims:Municipalities:0:Code", "999")]
    [InlineData("Recovery:Auth:Claims:FixedMunicipality", "Recovery:Auth:Claims:FixedMunicipality", "Herning")]
    public async Task A_sign_in_setting_that_cannot_work_stops_the_start_naming_it(string named, string key, string value)
    {
        await using var app = Silo("Production", new() { [key] = value });

        var refusal = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains(named, refusal.Message);
    }

    [Theory]
    [InlineData("Recovery:Auth:Authority")]
    [InlineData("Recovery:Auth:Oidc:Authority")]
    public async Task Demo_personas_never_sit_beside_a_real_provider(string key)
    {
        await using var app = Silo("Development", new()
        {
            ["Recovery:Demo:Enabled"] = "true",
            [key] = "https://login.example.dk",
            ["Recovery:Auth:Oidc:ClientId"] = "recovery",
        });

        var refusal = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));

        Assert.Contains("Recovery:Demo:Enabled", refusal.Message);
    }

    [Fact]
    public async Task A_complete_provider_configuration_passes()
    {
        await using var app = Silo("Production", new(ProviderSignIn.Settings("https://login.example.dk").Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))));

        Assert.Equal("Kommunens login", app.Services.GetRequiredService<IOptions<AuthOptions>>().Value.Oidc.DisplayName);
    }
}
