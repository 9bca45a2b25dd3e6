namespace Recovery.Benchmarks.Mutation;

/// <summary>What one timed step of a round measures.</summary>
public enum Stage
{
    /// <summary>The mutation: HTTP → GraphQL → grain → Marten append → response.</summary>
    Product,

    /// <summary>The floor: <see cref="BareHttp"/> followed by <see cref="BareCommit"/>, timed as their sum.</summary>
    Floor,

    /// <summary>The same bytes POSTed to a bare Kestrel endpoint.</summary>
    BareHttp,

    /// <summary>One row inserted in its own autocommit.</summary>
    BareCommit,

    /// <summary>With --parts: a GraphQL query that reaches no grain (HTTP, authentication, GraphQL).</summary>
    Query,

    /// <summary>With --parts: the grain call in-process (grain → decider → Marten append), no HTTP, no GraphQL.</summary>
    Grain,
}
