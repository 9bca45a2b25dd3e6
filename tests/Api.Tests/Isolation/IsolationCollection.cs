namespace Recovery.Api.Tests.Isolation;

/// <summary>The isolation tests share one prepared server: setting up two municipalities is most of their time.</summary>
[CollectionDefinition(Name)]
public sealed class IsolationCollection : ICollectionFixture<MatrixServer>
{
    public const string Name = "Isolation";
}
