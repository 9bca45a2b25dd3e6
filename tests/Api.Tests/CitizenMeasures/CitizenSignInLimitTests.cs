using System.Net;

namespace Recovery.Api.Tests.CitizenMeasures;

/// <summary>Guessing personal codes is slowed at the door: ten tries a minute from one address, then 429.</summary>
public sealed class CitizenSignInLimitTests(ApiServer api) : IClassFixture<ApiServer>
{
    [Fact]
    public async Task The_eleventh_try_in_a_minute_is_refused_before_any_code_is_looked_up()
    {
        for (var attempt = 0; attempt < 10; attempt++)
            Assert.Equal(HttpStatusCode.NotFound, (await api.Anonymous.SignInAsync($"22222-2222{attempt % 8 + 2}")).Status);

        var (status, body) = await api.Anonymous.SignInAsync("22222-22222");
        Assert.Equal(HttpStatusCode.TooManyRequests, status);
        Assert.Equal("RATE_LIMITED", body.GetProperty("code").GetString());
    }
}
