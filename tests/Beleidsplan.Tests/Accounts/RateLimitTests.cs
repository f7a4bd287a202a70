using System.Net;
using Beleidsplan.Tests.Infrastructure;

namespace Beleidsplan.Tests.Accounts;

public class RateLimitFactory : AppFactory
{
    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["Security:SignInAttemptsPerMinute"] = "3" };
}

public class RateLimitTests(RateLimitFactory app) : IClassFixture<RateLimitFactory>
{
    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_address_are_refused_in_Dutch()
    {
        var browser = new Browser(app);
        var (_, form) = await browser.GetAsync("/inloggen");
        var attempt = new Dictionary<string, string> { ["Email"] = "iemand@example.nl", ["Password"] = "niet-het-goede-wachtwoord" };
        for (var i = 0; i < 3; i++)
        {
            (await browser.SubmitAsync(form, attempt)).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var (response, _) = await browser.SubmitAsync(form, attempt);

        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Te veel pogingen vanaf dit adres");
        (await browser.GetAsync("/inloggen")).Response.StatusCode.ShouldBe(HttpStatusCode.OK, "showing the form is not an attempt");
    }
}
