using System.Net;
using Beleidsplan.BrowserTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.BrowserTests;

/// <summary>
/// In production TLS ends at a reverse proxy on the same machine (loopback is trusted by default):
/// the app must see the client's address and scheme it forwards, for HSTS, the sign-in limit and the audit trail.
/// </summary>
[Collection(BrowserSiteDefinition.Name)]
public class ReverseProxyTests(BrowserSite site)
{
    [Fact]
    public async Task Forwarded_https_gets_HSTS_and_a_forwarded_client_address_is_what_the_audit_trail_records()
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = site.BaseAddress };

        using var overHttps = new HttpRequestMessage(HttpMethod.Get, "/");
        overHttps.Headers.Add("X-Forwarded-Proto", "https");
        overHttps.Headers.Host = "veiligheidsplan.example.nl"; // HSTS is never sent to localhost names
        var secure = await client.SendAsync(overHttps);
        using var overHttp = new HttpRequestMessage(HttpMethod.Get, "/");
        overHttp.Headers.Host = "veiligheidsplan.example.nl";
        var plain = await client.SendAsync(overHttp);

        secure.Headers.Contains("Strict-Transport-Security").ShouldBeTrue();
        plain.Headers.Contains("Strict-Transport-Security").ShouldBeFalse(); // HSTS only means something over HTTPS

        var email = $"{Guid.NewGuid():N}@example.nl";
        var form = await client.GetStringAsync("/inloggen");
        var token = System.Text.RegularExpressions.Regex.Match(form, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var signIn = new HttpRequestMessage(HttpMethod.Post, "/inloggen")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Email"] = email,
                ["Password"] = "geen-geldig-wachtwoord",
                ["__RequestVerificationToken"] = token,
            }),
        };
        signIn.Headers.Add("X-Forwarded-For", "203.0.113.7");
        (await client.SendAsync(signIn)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var changes = await SiteUsers.WithDbAsync(site, db => db.AuditEntries.Where(a => a.ItemLabel == email).Select(a => a.Changes).SingleAsync());
        changes.ShouldNotBeNull();
        changes.ShouldContain("203.0.113.7");
    }
}
