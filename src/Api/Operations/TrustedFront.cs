using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Recovery.Api.Operations;

/// <summary>
/// The fronts (reverse proxy, ingress controller) that may tell the Silo a browser's address in
/// <c>X-Forwarded-For</c>, so the per-address limits (guest door, citizen sign-in) count browsers rather
/// than the front. Only those: a header from anyone else is ignored, so nobody slips past a limit by
/// writing one. None by default.
/// </summary>
public static class TrustedFront
{
    public const string Key = "Recovery:Front:TrustedProxies";

    public static IServiceCollection AddTrustedFront(this IServiceCollection services, IConfiguration configuration)
    {
        var networks = (configuration[Key] ?? "")
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Network)
            .ToArray();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback: nothing is trusted that the setting does not name.
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
        });
        return services;
    }

    /// <summary>Without a named front the middleware stays out: with empty lists it would trust everyone.</summary>
    public static WebApplication UseTrustedFront(this WebApplication app)
    {
        if (!string.IsNullOrWhiteSpace(app.Configuration[Key])) app.UseForwardedHeaders();
        return app;
    }

    /// <summary>An address (<c>10.1.2.3</c>) or a network (<c>10.1.0.0/16</c>); anything else stops the start with a clear message.</summary>
    private static System.Net.IPNetwork Network(string text)
    {
        if (System.Net.IPNetwork.TryParse(text, out var network)) return network;
        if (IPAddress.TryParse(text, out var address))
            return new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128);
        throw new InvalidOperationException($"{Key}: «{text}» er hverken en IP-adresse eller et netværk (fx 10.0.0.0/8).");
    }
}
