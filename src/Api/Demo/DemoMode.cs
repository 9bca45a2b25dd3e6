using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Recovery.Api.Demo;

internal static class DemoMode
{
    public const string Refused =
        "Recovery:Demo:Enabled=true er ikke tilladt i produktionsmiljøet (ASPNETCORE_ENVIRONMENT=Production): demo-login giver " +
        "enhver adgang som en hvilken som helst demo-person. Slå demo-tilstand fra (Recovery__Demo__Enabled=false), eller " +
        "sæt ASPNETCORE_ENVIRONMENT til Development eller Demo på en maskine, der ikke rummer rigtige data.";

    /// <summary>Demo mode hands out tokens to anyone who asks: a production server refuses to start with it.</summary>
    public static IServiceCollection AddDemoMode(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DemoOptions>()
            .Bind(configuration.GetSection(DemoOptions.Section))
            .Validate<IHostEnvironment>((demo, environment) => !(demo.Enabled && environment.IsProduction()), Refused)
            .ValidateOnStart();
        return services;
    }
}
