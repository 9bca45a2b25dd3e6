using Marten;

namespace Recovery.Grains.People;

public static class PeopleRegistration
{
    public static StoreOptions ConfigurePeople(this StoreOptions opts)
    {
        // Numbered revisions let a sign-in's name yield to an erasure committed after it read the entry.
        opts.Schema.For<PersonEntry>().UseNumericRevisions(true);
        opts.Schema.For<ErasureRecord>().Index(r => r.At);
        return opts;
    }
}
