using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Recovery.Silo;

namespace Recovery.Api.Tests.Deployment;

/// <summary>
/// What the real Silo reads: every configuration key it asks for while it is built and its options are
/// bound, and the routes it maps. Observed, not listed, so a renamed setting or route shows up here at once.
/// </summary>
internal sealed class SiloReads
{
    private SiloReads(IReadOnlySet<string> keys, IReadOnlySet<string> routes) => (Keys, Routes) = (keys, routes);

    /// <summary>Configuration keys as the configuration spells them (<c>Recovery:Cluster:Redis</c>), case-insensitive.</summary>
    public IReadOnlySet<string> Keys { get; }

    public IReadOnlySet<string> Routes { get; }

    public static Lazy<SiloReads> Instance { get; } = new(Observe);

    /// <summary>Whether the Silo reads the configuration key an environment variable sets (<c>A__B</c> is <c>A:B</c>;
    /// the host takes <c>ASPNETCORE_</c> and <c>DOTNET_</c> off the name first, as it does at start).</summary>
    public bool Reads(string environmentVariable)
    {
        var name = environmentVariable;
        foreach (var prefix in new[] { "ASPNETCORE_", "DOTNET_" })
            if (name.StartsWith(prefix, StringComparison.Ordinal)) name = name[prefix.Length..];
        return Keys.Contains(name.Replace("__", ":", StringComparison.Ordinal));
    }

    private static SiloReads Observe()
    {
        var recorder = new KeyRecorder();
        IServiceCollection? services = null;
        // Every branch that reads a setting is taken: several silos, demo mode (outside production, which refuses it),
        // sign-in through a provider (its nested sections are bound only when they hold something), telemetry to an exporter.
        var app = SiloApp.Create(["--environment", "Development"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Recovery"] = "Host=127.0.0.1;Port=1;Database=none",
                ["Recovery:Cluster:Redis"] = "127.0.0.1:1",
                ["Recovery:Demo:Enabled"] = "true",
                ["Recovery:Auth:Oidc:Authority"] = "https://login.example.invalid",
                ["Recovery:Auth:Claims:Role"] = "role",
                ["Recovery:Telemetry:Otlp:Endpoint"] = "http://127.0.0.1:1",
            });
            // Last added is asked first, so it sees every key asked for, found elsewhere or not.
            ((IConfigurationBuilder)builder.Configuration).Add(recorder);
            services = builder.Services;
        });
        // Options bind lazily, when first resolved: resolve every one that has a configuration step.
        var optionTypes = services!
            .Select(d => d.ServiceType)
            .Where(t => t.IsGenericType && (t.GetGenericTypeDefinition() == typeof(IConfigureOptions<>)
                || t.GetGenericTypeDefinition() == typeof(IPostConfigureOptions<>)
                || t.GetGenericTypeDefinition() == typeof(IOptionsChangeTokenSource<>)))
            .Select(t => t.GetGenericArguments()[0])
            .Distinct();
        foreach (var type in optionTypes)
        {
            try
            {
                var options = app.Services.GetRequiredService(typeof(IOptions<>).MakeGenericType(type));
                _ = options.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(options);
            }
            catch (Exception e) when (e is System.Reflection.TargetInvocationException or OptionsValidationException)
            {
                // Some need a running silo or a pod to validate, and a provider beside demo mode is refused;
                // the keys they read are recorded all the same.
            }
        }
        var routes = ((IEndpointRouteBuilder)app).DataSources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);
        return new SiloReads(recorder.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase), routes);
    }

    private sealed class KeyRecorder : ConfigurationProvider, IConfigurationSource
    {
        public ConcurrentBag<string> Keys { get; } = [];

        public override bool TryGet(string key, out string? value)
        {
            Keys.Add(key);
            value = null;
            return false;
        }

        /// <summary>
        /// The binder skips a section with nothing in it, properties and all: every section of Recovery's own
        /// (<c>Recovery:Workshops</c>, the level its option classes bind) gets a child no property is named
        /// after, so its options are bound and their keys asked for.
        /// </summary>
        public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath) =>
            parentPath?.Split(':') is ["Recovery" or "recovery", _] ? [.. earlierKeys, Unnamed] : earlierKeys;

        private const string Unnamed = "(unnamed)";

        public IConfigurationProvider Build(IConfigurationBuilder builder) => this;
    }
}
