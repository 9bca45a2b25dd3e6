namespace Recovery.Api.Tests.Deployment;

/// <summary>The observation the manifest tests lean on must see what the Silo is known to read, and nothing it does not.</summary>
public sealed class SiloReadsTests
{
    [Fact]
    public void Sees_the_settings_read_while_building_and_while_binding_options()
    {
        var reads = SiloReads.Instance.Value;
        Assert.Contains("ConnectionStrings:Recovery", reads.Keys);
        Assert.Contains("Recovery:Cluster:Redis", reads.Keys);
        Assert.Contains("Recovery:Cluster:Kubernetes", reads.Keys);
        Assert.Contains("Recovery:Workshops:GuestSigningKey", reads.Keys);
        Assert.Contains("Recovery:CitizenMeasures:CodeSigningKey", reads.Keys);
        Assert.Contains("Recovery:Telemetry:ServiceName", reads.Keys);
        Assert.True(reads.Reads("Recovery__Auth__DemoSigningKey"));
        Assert.True(reads.Reads("ASPNETCORE_URLS"));
        Assert.False(reads.Reads("Recovery__Cluster__Redis_Typo"));
        Assert.False(reads.Reads("Recovery__Workshops__SigningKey"));
        Assert.Contains("/health", reads.Routes);
        Assert.Contains("/alive", reads.Routes);
    }
}
