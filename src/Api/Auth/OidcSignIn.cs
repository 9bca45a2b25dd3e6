using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Recovery.Api.Demo;

namespace Recovery.Api.Auth;

/// <summary>
/// Browser sign-in through an OpenID Connect provider: the authorization code flow with PKCE, run by the
/// server. After the callback the provider's claims are mapped and the browser gets a Recovery session
/// token in the fragment of <c>/log-ind</c>, which no server and no log ever sees; a person the mapping
/// refuses gets a reason code there instead, and no token.
/// </summary>
internal static partial class OidcSignIn
{
    public const string Scheme = "oidc";
    public const string StartPath = "/auth/oidc";
    public const string CallbackPath = "/auth/oidc/callback";
    public const string SignInPage = "/log-ind";
    public const string Failed = "SIGN_IN_FAILED";

    public static void AddOidcSignIn(this AuthenticationBuilder authentication)
    {
        authentication.AddOpenIdConnect(Scheme, _ => { });
        authentication.Services.AddOptions<OpenIdConnectOptions>(Scheme)
            .Configure<IOptions<AuthOptions>, SessionIssuer, ILoggerFactory>((oidc, auth, sessions, logs) =>
            {
                var provider = auth.Value.Oidc;
                oidc.Authority = provider.Authority;
                oidc.RequireHttpsMetadata = !IsLoopback(provider.Authority);
                oidc.ClientId = provider.ClientId;
                oidc.ClientSecret = string.IsNullOrEmpty(provider.ClientSecret) ? null : provider.ClientSecret;
                oidc.ResponseType = "code";
                oidc.UsePkce = true;
                // A plain redirect back, so the correlation cookies can stay SameSite=Lax (a form post from the provider's site would not carry them).
                oidc.ResponseMode = "query";
                oidc.CallbackPath = CallbackPath;
                oidc.MapInboundClaims = false;
                oidc.SaveTokens = false;
                oidc.Scope.Clear();
                foreach (var scope in provider.Scope.Split(' ', StringSplitOptions.RemoveEmptyEntries)) oidc.Scope.Add(scope);
                foreach (var cookie in new[] { oidc.CorrelationCookie, oidc.NonceCookie })
                {
                    cookie.SameSite = SameSiteMode.Lax;
                    cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                }
                oidc.DataProtectionProvider = new SharedKeyProtection(sessions.Key.Key);
                var log = logs.CreateLogger(typeof(OidcSignIn).FullName!);
                oidc.Events = new OpenIdConnectEvents
                {
                    OnTicketReceived = context => Complete(context, auth.Value.Claims, sessions, log),
                    OnRemoteFailure = context => Fail(context, log),
                };
            });
    }

    /// <summary>What the sign-in page offers; the start of the provider's flow is a 404 while no provider is configured.</summary>
    public static IEndpointRouteBuilder MapSignInOptions(this IEndpointRouteBuilder app)
    {
        app.MapGet("/auth/options", (IOptions<AuthOptions> auth, IOptions<DemoOptions> demo) => new
        {
            Demo = demo.Value.Enabled,
            Provider = auth.Value.Oidc.Enabled ? new { auth.Value.Oidc.DisplayName, SignInPath = StartPath } : null,
        });
        app.MapGet(StartPath, (IOptions<AuthOptions> auth) => auth.Value.Oidc.Enabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = SignInPage }, [Scheme])
            : Results.Problem(title: "Findes ikke.", statusCode: StatusCodes.Status404NotFound));
        return app;
    }

    private static Task Complete(TicketReceivedContext context, ClaimsOptions claims, SessionIssuer sessions, ILogger log)
    {
        var (person, refusal) = ClaimsMapping.Map(context.Principal!, claims);
        if (person is null) LogRefused(log, refusal!);
        context.Response.Redirect(person is null ? $"{SignInPage}#fejl={refusal}" : $"{SignInPage}#token={sessions.Issue(person)}");
        context.HandleResponse();
        return Task.CompletedTask;
    }

    /// <summary>The provider said no, the state was forged or stale, the code was refused: the person may simply try again.</summary>
    private static Task Fail(RemoteFailureContext context, ILogger log)
    {
        LogFailed(log, context.Failure?.GetType().Name ?? "unknown");
        context.Response.Redirect($"{SignInPage}#fejl={Failed}");
        context.HandleResponse();
        return Task.CompletedTask;
    }

    internal static bool IsLoopback(string? authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;

    [LoggerMessage(LogLevel.Warning, "Sign-in through the identity provider refused: {Refusal}")]
    private static partial void LogRefused(ILogger logger, string refusal);

    [LoggerMessage(LogLevel.Warning, "Sign-in through the identity provider failed ({Failure})")]
    private static partial void LogFailed(ILogger logger, string failure);
}
