using Marten;
using Recovery.Grains.People;
using Recovery.Testing;

namespace Recovery.Grains.Tests.People;

/// <summary>
/// A sign-in's name against the directory on real PostgreSQL: it renames a known person and names a new
/// one, but never brings back a name erased after the sign-in read the entry and before it wrote.
/// </summary>
public sealed class PersonDirectoryTests : IAsyncLifetime
{
    private const string Herning = "657";
    private IDocumentStore store = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var connectionString = await (await PostgresServer.Instance).CreateDatabaseAsync("directory");
        store = DocumentStore.For(o => o.ConfigureRecovery(connectionString));
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
    }

    public ValueTask DisposeAsync()
    {
        store.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task An_erasure_between_a_sign_in_reading_the_entry_and_writing_its_name_wins()
    {
        await Write(s => s.Store(new PersonEntry("p-race", "Ingrid Holm")));
        var signIn = await PersonDirectory.NameFromSignIn(store, Herning, "p-race", "Ingrid Holm");

        await Write(s => s.Store(PersonEntry.ErasedFor("p-race")));
        await Write(signIn!);

        Assert.Equal(PersonEntry.ErasedFor("p-race"), await Read("p-race"));
    }

    [Fact]
    public async Task A_sign_in_renames_a_known_person_and_names_a_new_one_but_not_an_erased_one()
    {
        await Write(s => s.Store(new PersonEntry("p-known", "Ingrid Holm"), PersonEntry.ErasedFor("p-erased")));

        await Write((await PersonDirectory.NameFromSignIn(store, Herning, "p-known", "Ingrid Holm-Sørensen"))!);
        await Write((await PersonDirectory.NameFromSignIn(store, Herning, "p-new", "Bo Lund"))!);

        Assert.Equal("Ingrid Holm-Sørensen", (await Read("p-known"))!.Name);
        Assert.Equal("Bo Lund", (await Read("p-new"))!.Name);
        Assert.Null(await PersonDirectory.NameFromSignIn(store, Herning, "p-erased", "Ingrid Holm"));
    }

    private async Task Write(Action<IDocumentSession> change)
    {
        await using var session = store.LightweightSession(Herning);
        change(session);
        await session.SaveChangesAsync(Ct);
    }

    private async Task<PersonEntry?> Read(string id)
    {
        await using var session = store.QuerySession(Herning);
        return await session.LoadAsync<PersonEntry>(id, Ct);
    }
}
