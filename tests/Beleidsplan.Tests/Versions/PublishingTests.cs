using System.Globalization;
using System.Net;
using System.Text.Json;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Versions.VersionSteps;

namespace Beleidsplan.Tests.Versions;

[Collection(VersionsSite.Name)]
public class PublishingTests(AppFactory app)
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Fact]
    public async Task The_public_site_and_the_api_show_the_version_published_as_concept_or_as_adopted()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (subTheme, _, prioritySlug, slug) = await SubThemeAsync(app, 3);
        var (textA, textB) = ($"Tekst van de conceptversie ({Guid.NewGuid():N}).", $"Tekst van de vastgestelde versie ({Guid.NewGuid():N}).");
        await EditSubThemeAsync(redacteur, subTheme, "Ambition", textA);
        var concept = await FreezeAsync(redacteur, "Ontwerp voor de raden");
        await EditSubThemeAsync(redacteur, subTheme, "Ambition", textB);
        var adopted = await FreezeAsync(redacteur, "Definitieve versie");
        var publicPage = $"/plannen/{Plan}/prioriteiten/{prioritySlug}/{slug}";

        var (asConcept, _) = await PublishAsync(redacteur, concept, new() { ["Input.Stage"] = "concept" });

        asConcept.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        asConcept.Headers.Location!.OriginalString.ShouldBe($"{VersionList}?gepubliceerd={concept}");
        var (_, shown) = await app.GetPageAsync(publicPage);
        shown.QuerySelector("main")!.TextContent.ShouldContain(textA);
        shown.QuerySelector("main")!.TextContent.ShouldNotContain(textB);
        shown.QuerySelector(".version-banner--concept")!.TextContent.ShouldContain("Concept, nog niet vastgesteld.");
        shown.QuerySelector(".version-banner--concept")!.TextContent.ShouldContain("Ontwerp voor de raden");
        var versions = await VersionsAsync();
        versions[concept].ShouldBe(("concept", null, true));
        versions[1].ShouldBe(("vastgesteld", "2023-11-09", false)); // the adopted version stays listed after it is withdrawn
        versions.ShouldNotContainKey(adopted);
        var list = await PageAsync(redacteur, $"{VersionList}?gepubliceerd={concept}");
        list.QuerySelector("[role=status]")!.TextContent.ShouldContain($"Versie {concept} is gepubliceerd");

        var day = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.Plan!.Slug == Plan && v.Number == adopted).Select(v => v.Date).SingleAsync());
        var (asAdopted, _) = await PublishAsync(redacteur, adopted, new()
        {
            ["Input.Stage"] = "vastgesteld",
            ["Input.AdoptedOn"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.AdoptedBy"] = "het RBOP Noord-Holland",
        });

        asAdopted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, shown) = await app.GetPageAsync(publicPage);
        shown.QuerySelector("main")!.TextContent.ShouldContain(textB);
        shown.QuerySelector(".version-banner--concept").ShouldBeNull();
        var banner = shown.QuerySelector(".version-banner--adopted")!.TextContent;
        banner.ShouldContain($"Vastgesteld op {day.ToString("d MMMM yyyy", Dutch)} door het RBOP Noord-Holland");
        banner.ShouldContain("Definitieve versie");
        versions = await VersionsAsync();
        versions[adopted].ShouldBe(("vastgesteld", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), true));
        versions.ShouldNotContainKey(concept); // a concept no longer published is not public any more
        versions[1].Item3.ShouldBeFalse();
        var plan = await JsonAsync($"/api/v1/plannen/{Plan}");
        plan.GetProperty("vastgesteldOp").GetString().ShouldBe(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        plan.GetProperty("vastgesteldDoor").GetString().ShouldBe("het RBOP Noord-Holland");

        // Back to the demo's adopted version for the tests that follow; it is still adopted as it was.
        (await PublishAsync(redacteur, 1, new() { ["Input.Stage"] = "vastgesteld" })).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.GetPageAsync(publicPage)).Document.QuerySelector(".version-banner--adopted")!.TextContent.ShouldContain("9 november 2023");
    }

    [Fact]
    public async Task Publishing_needs_a_choice_and_an_adoption_its_date_and_body_or_nothing_changes()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var number = await FreezeAsync(redacteur, "Nog te publiceren");
        var published = await PublishedAsync();

        var (none, nonePage) = await PublishAsync(redacteur, number, new());
        var (missing, missingPage) = await PublishAsync(redacteur, number, new() { ["Input.Stage"] = "vastgesteld", ["Input.AdoptedOn"] = "", ["Input.AdoptedBy"] = " " });
        var (early, earlyPage) = await PublishAsync(redacteur, number, new() { ["Input.Stage"] = "vastgesteld", ["Input.AdoptedOn"] = "2001-01-01", ["Input.AdoptedBy"] = "RBOP" });
        var (unadopt, unadoptPage) = await PublishAsync(redacteur, 1, new() { ["Input.Stage"] = "concept" });
        var (unknown, _) = await redacteur.GetAsync($"{VersionList}/9999/publiceren");

        new[] { none, missing, early, unadopt }.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);
        nonePage.QuerySelector("#stadium-fout")!.TextContent.ShouldBe("Kies of u de versie als concept of als vastgestelde versie publiceert.");
        missingPage.QuerySelector("#vastgesteld-op-fout")!.TextContent.ShouldBe("Vul een datum in.");
        missingPage.QuerySelector("#vastgesteld-door-fout")!.TextContent.ShouldBe("Vermeld wie de versie heeft vastgesteld, bijvoorbeeld het RBOP.");
        earlyPage.QuerySelector("#vastgesteld-op-fout")!.TextContent.ShouldStartWith("Een versie kan niet zijn vastgesteld vóór haar eigen datum");
        unadoptPage.QuerySelector(".form__error")!.TextContent.ShouldBe("Deze versie is al vastgesteld; zij kan alleen als vastgestelde versie worden gepubliceerd.");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PublishedAsync()).ShouldBe(published);
        (await app.WithDbAsync(db => db.PlanVersions.AnyAsync(v => v.Plan!.Slug == Plan && v.AdoptedOn != null && v.Number != 1))).ShouldBeFalse();
    }

    private static async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> PublishAsync(Browser redacteur, int number, Dictionary<string, string> fields)
    {
        var (_, form) = await redacteur.GetAsync($"{VersionList}/{number}/publiceren");
        var values = new Dictionary<string, string> { ["__RequestVerificationToken"] = form.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")! };
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return await Browser.ReadAsync(await redacteur.Client.PostAsync($"{VersionList}/{number}/publiceren", new FormUrlEncodedContent(values)));
    }

    private Task<int> PublishedAsync() =>
        app.WithDbAsync(db => db.PlanVersions.Where(v => v.Plan!.Slug == Plan && v.IsPublished).Select(v => v.Number).SingleAsync());

    private async Task<JsonElement> JsonAsync(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    /// <summary>The plan's versies in the open data, by number: status, adoption date, published.</summary>
    private async Task<Dictionary<int, (string?, string?, bool)>> VersionsAsync() =>
        (await JsonAsync($"/api/v1/plannen/{Plan}")).GetProperty("versies").EnumerateArray().ToDictionary(
            v => v.GetProperty("nummer").GetInt32(),
            v => (v.GetProperty("status").GetString(), v.GetProperty("vastgesteldOp").GetString(), v.GetProperty("gepubliceerd").GetBoolean()));
}
