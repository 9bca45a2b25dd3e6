using System.Text.Json;
using System.Text.RegularExpressions;
using Recovery.Testing;
using Recovery.Testing.Workshops;

namespace Recovery.Browser.Tests;

/// <summary>Workshops in real Chromium: three people typing into one text at once, a guest coming in by code, and PostgreSQL going away mid-workshop.</summary>
public sealed class WorkshopTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Three_people_typing_into_the_same_text_at_once_end_with_the_same_text_holding_all_their_typing()
    {
        var room = await Rooms.OpenAsTheWebClientAsync(server.Server, await server.Server.TokenFor("herning-tovholder"), "657", Ct);
        await using var mette = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await using var jonas = await server.SignedInAsync(Personas.HerningCitizen, Personas.HerningPath);
        await using var guest = await GuestAsync(room.Code, "Kim");
        var people = new[] { (mette, 'x'), (jonas, 'y'), (guest, 'z') };
        foreach (var (page, _) in people) await OpenRoomAsync(page, room);

        await Task.WhenAll(people.Select(async p =>
        {
            var description = Description(p.Item1, room);
            await description.ClickAsync();
            await description.PressAsync("End");
            await description.PressSequentiallyAsync(new string(p.Item2, 12), new() { Delay = 40 });
        }));

        foreach (var (page, _) in people)
            await Expect(page.Page.GetByTestId("workshop-save-status")).ToHaveTextAsync("Gemt", new() { Timeout = 30_000 });
        var texts = await Task.WhenAll(people.Select(p => Description(p.Item1, room).InputValueAsync()));
        Assert.Single(texts.Distinct());
        foreach (var letter in "xyz") Assert.Equal(12, texts[0].Count(c => c == letter));
        foreach (var (page, _) in people) Assert.Empty(page.Errors);
    }

    [Fact]
    public async Task A_guest_joins_with_the_code_and_a_name_and_the_room_sees_them_arrive()
    {
        var room = await Rooms.OpenAsTheWebClientAsync(server.Server, await server.Server.TokenFor("herning-tovholder"), "657", Ct);
        await using var mette = await server.SignedInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await OpenRoomAsync(mette, room);

        await using var guest = await GuestAsync(room.Code.ToLowerInvariant().Replace("-", ""), "Kim Gæst");

        await Expect(guest.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Værksted");
        await Expect(guest.Page.Locator($"#punkt-{room.Item}").GetByRole(AriaRole.Textbox, new() { Name = "Titel" })).ToHaveValueAsync("Fælles punkt");
        await Expect(mette.Page.GetByRole(AriaRole.Button, new() { Name = "Fjern gæst Kim Gæst" })).ToBeVisibleAsync();
        Assert.Empty(guest.Errors);
    }

    [Fact]
    public async Task A_guests_token_reads_neither_another_workshop_nor_the_municipality()
    {
        var room = await Rooms.OpenAsTheWebClientAsync(server.Server, await server.Server.TokenFor("herning-tovholder"), "657", Ct);
        var other = await Rooms.OpenAsTheWebClientAsync(server.Server, await server.Server.TokenFor("herning-tovholder"), "657", Ct, itemText: "Hemmeligt for gæsten");
        await using var guest = await GuestAsync(room.Code, "Kim");

        // The web client's own steering-group document: the only kind the server runs.
        var answer = await guest.Page.EvaluateAsync<JsonElement>("""
            async ([workshop, documentId]) => {
              const token = sessionStorage.getItem(`recovery.workshop-guest.${workshop}`);
              const response = await fetch("/graphql", {
                method: "POST",
                headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
                body: JSON.stringify({ documentId, operationName: "SteeringGroup", variables: { code: "657" } }),
              });
              return { token: token !== null, body: await response.json() };
            }
            """, new[] { room.Workshop, UiDocuments.Named("SteeringGroup").Id });
        Assert.True(answer.GetProperty("token").GetBoolean());
        Assert.Equal("UNAUTHENTICATED", answer.GetProperty("body").GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        await guest.Page.GotoAsync($"/kommuner/657/workshops/{other.Id}");
        await Expect(guest.Page.GetByText("Du skal være logget ind eller have en gæstekode")).ToBeVisibleAsync();
        await Expect(guest.Page.GetByText("Hemmeligt for gæsten")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task While_PostgreSQL_is_down_the_room_says_nothing_is_saved_and_once_it_is_back_the_typing_is_stored()
    {
        await using var postgres = await PostgresServer.StartAsync(fast: true);
        await using var own = await RecoveryServer.StartAsync(postgres: postgres);
        var room = await Rooms.OpenAsync(own, await own.TokenFor("herning-tovholder"), "657", Ct);
        var context = await server.Browser.NewContextAsync(new() { BaseURL = own.Address.ToString(), Locale = "da-DK" });
        await using var mette = new BrowserPage(context, await context.NewPageAsync());
        await mette.SignInAsync(Personas.HerningTovholder, Personas.HerningPath);
        await OpenRoomAsync(mette, room);
        var description = Description(mette, room);
        var status = mette.Page.GetByTestId("workshop-save-status");
        await description.ClickAsync();
        await description.PressSequentiallyAsync("kaffe ");
        await Expect(status).ToHaveTextAsync("Gemt");

        await postgres.StopAsync();
        await description.PressSequentiallyAsync("og kage");
        await Expect(status).ToHaveTextAsync(new Regex("^Ikke gemt – serveren kan ikke gemme lige nu"));

        await postgres.StartAgainAsync();
        await Expect(status).ToHaveTextAsync("Gemt", new() { Timeout = 60_000 });
        await mette.Page.ReloadAsync();
        await Expect(Description(mette, room)).ToHaveValueAsync("kaffe og kage");
    }

    private async Task<BrowserPage> GuestAsync(string code, string name)
    {
        var page = await server.NewPageAsync();
        await page.Page.GotoAsync("/deltag");
        await page.Page.GetByLabel("Kode").FillAsync(code);
        await page.Page.GetByLabel("Dit navn").FillAsync(name);
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Gå ind" }).ClickAsync();
        await Expect(page.Page.GetByTestId("workshop-save-status")).ToBeVisibleAsync();
        return page;
    }

    private static async Task OpenRoomAsync(BrowserPage page, OpenRoom room)
    {
        if (!page.Page.Url.Contains(room.Id, StringComparison.Ordinal)) await page.Page.GotoAsync($"/kommuner/657/workshops/{room.Id}");
        await Expect(Description(page, room)).ToBeVisibleAsync();
    }

    /// <summary>Every room copies the whole plan, earlier tests' items too: the item is found by its id.</summary>
    private static ILocator Description(BrowserPage page, OpenRoom room) =>
        page.Page.Locator($"#punkt-{room.Item}").GetByRole(AriaRole.Textbox, new() { Name = "Beskrivelse" });
}
