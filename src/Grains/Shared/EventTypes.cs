namespace Recovery.Grains.Shared;

internal static class EventTypes
{
    /// <summary>Every concrete event of a slice: registering them up front lets Marten read any stream without guessing types.</summary>
    public static IEnumerable<Type> Of<TBase>() =>
        typeof(TBase).Assembly.GetTypes().Where(t => t.IsSealed && t.IsSubclassOf(typeof(TBase)));
}
