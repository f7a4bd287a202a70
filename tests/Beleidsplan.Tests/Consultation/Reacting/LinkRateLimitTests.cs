using System.Net;
using Beleidsplan.Tests.Accounts;
using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Consultation.Reacting;

/// <summary>Guessing at reaction links is throttled per address like guessing passwords (3 attempts a minute here).</summary>
public class LinkRateLimitTests(RateLimitFactory app) : IClassFixture<RateLimitFactory>
{
    [Fact]
    public async Task Posts_to_reaction_links_from_one_address_are_limited()
    {
        var browser = new Browser(app);
        var token = await Security.Actor.TokenAsync(browser);
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        var statuses = new List<HttpStatusCode>();
        foreach (var url in new[] { "/reageren/" + new string('a', 64), "/reageren/open/" + new string('b', 64), "/reageren/" + new string('c', 64), "/reageren/" + new string('d', 64) })
        {
            statuses.Add((await browser.Client.PostAsync(url, new FormUrlEncodedContent(form))).StatusCode);
        }

        statuses.ShouldBe([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.TooManyRequests]);
    }
}
