using System.Net;
using Recovery.Testing;
using Recovery.Testing.Identity;

namespace Recovery.Api.Tests.Identity;

/// <summary>
/// A test provider and a Recovery server (demo off) that trusts it for browser sign-in and bearer tokens,
/// mapped the way a KOMBIT-behind-a-bridge setup is: roles in <c>groups</c> as URIs, the municipality as the
/// organisation's CVR number in <c>organisation</c>.
/// </summary>
public sealed class ProviderSignIn : IAsyncLifetime
{
    public const string TovholderGroup = "http://roles.example.dk/recovery/tovholder";
    public const string LeaderGroup = "http://roles.example.dk/recovery/strategisk-leder";
    public const string StaffGroup = "http://roles.example.dk/recovery/medarbejder";
    public const string CoordinatorGroup = "http://roles.example.dk/recovery/landskoordinator";
    public const string HerningCvr = "29189900";

    public OidcProvider Provider { get; private set; } = null!;
    public RecoveryServer Server { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Provider = await OidcProvider.StartAsync();
        Server = await RecoveryServer.StartAsync(demo: false, settings: Settings(Provider.Issuer));
    }

    public static Dictionary<string, string> Settings(string issuer) => new()
    {
        ["Recovery:Auth:Authority"] = issuer,
        ["Recovery:Auth:SigningKey"] = Convert.ToBase64String(Enumerable.Range(100, 32).Select(i => (byte)i).ToArray()),
        ["Recovery:Auth:Oidc:Authority"] = issuer,
        ["Recovery:Auth:Oidc:ClientId"] = OidcProvider.ClientId,
        ["Recovery:Auth:Oidc:ClientSecret"] = OidcProvider.ClientSecret,
        ["Recovery:Auth:Oidc:DisplayName"] = "Kommunens login",
        ["Recovery:Auth:Claims:Role"] = "groups",
        ["Recovery:Auth:Claims:Municipality"] = "organisation",
        ["Recovery:Auth:Claims:Roles:0:Value"] = TovholderGroup,
        ["Recovery:Auth:Claims:Roles:0:Role"] = "tovholder",
        ["Recovery:Auth:Claims:Roles:1:Value"] = LeaderGroup,
        ["Recovery:Auth:Claims:Roles:1:Role"] = "strategic-leader",
        ["Recovery:Auth:Claims:Roles:2:Value"] = StaffGroup,
        ["Recovery:Auth:Claims:Roles:2:Role"] = "staff",
        ["Recovery:Auth:Claims:Roles:3:Value"] = CoordinatorGroup,
        ["Recovery:Auth:Claims:Roles:3:Role"] = "national-coordinator",
        ["Recovery:Auth:Claims:Municipalities:0:Value"] = HerningCvr,
        ["Recovery:Auth:Claims:Municipalities:0:Code"] = "657",
    };

    /// <summary>
    /// Goes through the browser flow as a browser does (cookies kept, each redirect followed) and returns the
    /// fragment <c>/log-ind</c> is reached with, and every address passed on the way.
    /// </summary>
    public static async Task<(string Fragment, IReadOnlyList<Uri> Hops)> SignInAsync(Uri start, Func<Uri, Uri>? redirect = null)
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler);
        var hops = new List<Uri>();
        var next = start;
        for (var hop = 0; hop < 10; hop++)
        {
            hops.Add(next);
            using var response = await http.GetAsync(next);
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found, $"{next} answered {(int)response.StatusCode}");
            var location = new Uri(next, response.Headers.Location!);
            if (location.AbsolutePath == "/log-ind") return (location.Fragment, hops);
            next = redirect?.Invoke(location) ?? location;
        }
        throw new InvalidOperationException("The sign-in never came back to /log-ind.");
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
