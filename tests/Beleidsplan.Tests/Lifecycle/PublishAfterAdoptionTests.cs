using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Lifecycle.LifecycleSteps;

namespace Beleidsplan.Tests.Lifecycle;

[Collection(LifecycleSite.Name)]
public class PublishAfterAdoptionTests(AppFactory app)
{
    [Fact]
    public async Task Once_adopted_a_concept_version_can_no_longer_be_published_but_the_adopted_one_can()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var slug = await NewPlanAsync(app, new(2028, 2031, Versions: 3));
        await RecordedAsync(redacteur, slug, "ontwerp", new() { ["Input.DecidedOn"] = "2027-08-15", ["Input.VersionNumber"] = "2" });
        await RecordedAsync(redacteur, slug, "vaststelling", new() { ["Input.DecidedOn"] = "2027-11-09", ["Input.VersionNumber"] = "2", ["Input.Reason"] = "Test zonder raden." });

        var (_, form) = await redacteur.GetAsync($"/werkruimte/plannen/{slug}/versies/3/publiceren");
        var (refused, page) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string>());

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("[role=alert]")!.TextContent.ShouldContain("Het plan is vastgesteld: alleen een vastgestelde versie kan nog worden gepubliceerd.");
        (await PublishedAsync(slug)).ShouldBe(2);

        (_, form) = await redacteur.GetAsync($"/werkruimte/plannen/{slug}/versies/2/publiceren");
        (await redacteur.SubmitAllAsync(form, new Dictionary<string, string>())).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await PublishedAsync(slug)).ShouldBe(2);
    }

    private Task<int> PublishedAsync(string slug) =>
        app.WithDbAsync(db => db.PlanVersions.Where(v => v.Plan!.Slug == slug && v.IsPublished).Select(v => v.Number).SingleAsync());
}
