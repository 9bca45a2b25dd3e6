using Marten;

namespace Recovery.Grains.People;

public static class PeopleRegistration
{
    public static StoreOptions ConfigurePeople(this StoreOptions opts)
    {
        opts.Schema.For<PersonEntry>();
        return opts;
    }
}
