using Marten;

namespace Recovery.Grains.People;

public static class PeopleRegistration
{
    public static StoreOptions ConfigurePeople(this StoreOptions opts)
    {
        opts.Schema.For<PersonEntry>();
        opts.Schema.For<ErasureRecord>().Index(r => r.At);
        return opts;
    }
}
