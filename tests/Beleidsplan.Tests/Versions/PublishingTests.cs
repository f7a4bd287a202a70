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
    [Fact]
    public async Task The_public_site_and_the_api_show_a_published_concept_and_publishing_never_adopts()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (subTheme, _, prioritySlug, slug) = await SubThemeAsync(app, 3);
        var (textA, textB) = ($"Tekst van de conceptversie ({Guid.NewGuid():N}).", $"Tekst van de vastgestelde versie ({Guid.NewGuid():N}).");
        await EditSubThemeAsync(redacteur, subTheme, "Ambition", textA);
        var concept = await FreezeAsync(redacteur, "Ontwerp voor de raden");
        await EditSubThemeAsync(redacteur, subTheme, "Ambition", textB);
        var adopted = await FreezeAsync(redacteur, "Definitieve versie");
        var publicPage = $"/plannen/{Plan}/prioriteiten/{prioritySlug}/{slug}";
        var status = await StatusAsync(Web.Domain.PlanStatus.Consultation); // an adopted plan publishes only adopted versions (PublishAfterAdoptionTests)

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
        versions[AdoptedVersion].ShouldBe(("vastgesteld", "2023-11-09", false)); // the adopted version stays listed after it is withdrawn
        versions.ShouldNotContainKey(adopted);
        var list = await PageAsync(redacteur, $"{VersionList}?gepubliceerd={concept}");
        list.QuerySelector("[role=status]")!.TextContent.ShouldContain($"Versie {concept} is gepubliceerd");

        // Publishing cannot adopt: the fields the old form had are ignored and the version stays a concept.
        var (asAdopted, _) = await PublishAsync(redacteur, adopted, new()
        {
            ["Input.Stage"] = "vastgesteld",
            ["Input.AdoptedOn"] = "2023-11-09",
            ["Input.AdoptedBy"] = "het RBOP Noord-Holland",
        });

        asAdopted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (_, shown) = await app.GetPageAsync(publicPage);
        shown.QuerySelector("main")!.TextContent.ShouldContain(textB);
        shown.QuerySelector(".version-banner--concept")!.TextContent.ShouldContain("Definitieve versie");
        versions = await VersionsAsync();
        versions[adopted].ShouldBe(("concept", null, true));
        versions.ShouldNotContainKey(concept); // a concept no longer published is not public any more

        // Back to the demo's status and adopted version for the tests that follow; it is still adopted as it was.
        await StatusAsync(status);
        (await PublishAsync(redacteur, AdoptedVersion, new())).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var banner = (await app.GetPageAsync(publicPage)).Document.QuerySelector(".version-banner--adopted")!.TextContent;
        banner.ShouldContain("Vastgesteld op 9 november 2023 door Regionaal Bestuurlijk Overleg Politie");
        var plan = await JsonAsync($"/api/v1/plannen/{Plan}");
        plan.GetProperty("vastgesteldOp").GetString().ShouldBe("2023-11-09");
    }

    /// <summary>Sets the demo plan's status; returns the one it had.</summary>
    private Task<Web.Domain.PlanStatus> StatusAsync(Web.Domain.PlanStatus status) => app.WithDbAsync(async db =>
    {
        var plan = await db.Plans.SingleAsync(p => p.Slug == Plan);
        var before = plan.Status;
        plan.Status = status;
        await db.SaveChangesAsync();
        return before;
    });

    [Fact]
    public async Task Publishing_never_adopts_a_version_and_an_unknown_version_is_not_found()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var number = await FreezeAsync(redacteur, "Nog te publiceren");
        var (form, page) = await redacteur.GetAsync($"{VersionList}/{number}/publiceren");
        var (unknown, _) = await redacteur.GetAsync($"{VersionList}/9999/publiceren");

        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("main form input[name='Input.Stage']").ShouldBeNull();
        page.QuerySelector("main")!.TextContent.ShouldContain("Een versie vaststellen doet u bij de besluiten");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.PlanVersions.AnyAsync(v => v.Plan!.Slug == Plan && v.AdoptedOn != null && v.Number != AdoptedVersion))).ShouldBeFalse();
    }

    private static async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> PublishAsync(Browser redacteur, int number, Dictionary<string, string> fields)
    {
        var (_, form) = await redacteur.GetAsync($"{VersionList}/{number}/publiceren");
        var values = FormSubmission.Values(form);
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return await Browser.ReadAsync(await redacteur.Client.PostAsync($"{VersionList}/{number}/publiceren", new FormUrlEncodedContent(values)));
    }

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
