using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Uploads.AttachmentPages;

namespace Beleidsplan.Tests.Uploads;

[Collection(DemoSite.Name)]
public class AttachmentAccessTests(AppFactory app)
{
    /// <summary>A PDF stored by a redacteur of Noord-Holland on the given plan, and its download address.</summary>
    private async Task<(string Name, string Link)> StoredAsync(string plan = Plan)
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var name = UniqueName(".pdf");
        var (_, page) = await UploadAsync(redacteur, name, TestFiles.Pdf, plan);
        return (name, LinkTo(page, name)!);
    }

    [Theory]
    [InlineData(Role.Gemeente)]
    [InlineData(Role.Partner)]
    public async Task A_gemeente_or_partner_user_lists_and_downloads_but_may_not_upload(Role role)
    {
        var (name, link) = await StoredAsync();
        var user = await TestUsers.SignedInAsync(app, role, municipality: role == Role.Gemeente ? "Haarlem" : null);

        var (listed, page) = await user.GetAsync(Url());
        var download = await user.Client.GetAsync(link);
        var (_, tokenPage) = await user.GetAsync("/werkruimte/tweestapsverificatie"); // a form with this user's antiforgery token
        var (upload, _) = await user.UploadAsync(tokenPage, UniqueName(".pdf"), TestFiles.Pdf, action: Url());

        listed.StatusCode.ShouldBe(HttpStatusCode.OK);
        LinkTo(page, name).ShouldBe(link);
        page.QuerySelector("form.attachment-upload").ShouldBeNull();
        page.QuerySelectorAll("form.attachment__delete").ShouldBeEmpty();
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(TestFiles.Pdf);
        upload.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_user_of_another_unit_gets_403_for_list_download_and_upload()
    {
        var (_, link) = await StoredAsync();
        var stranger = await TestUsers.SignedInAsync(app, Role.Redacteur, unitSlug: "noord-nederland");
        var (_, ownPage) = await stranger.GetAsync(Url(OtherUnitPlan));

        var (listed, page) = await stranger.GetAsync(Url());
        var download = await stranger.Client.GetAsync(link);
        var (upload, _) = await stranger.UploadAsync(ownPage, UniqueName(".pdf"), TestFiles.Pdf, formSelector: "form.attachment-upload", action: Url());

        listed.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        page.QuerySelector("h1")!.TextContent.ShouldBe("Geen toegang");
        download.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        upload.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        var (_, link) = await StoredAsync();
        var visitor = new Browser(app);

        var (listed, _) = await visitor.GetAsync(Url());
        var download = await visitor.Client.GetAsync(link);

        listed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        listed.Headers.Location!.ToString().ShouldContain("/inloggen");
        download.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        download.Headers.Location!.ToString().ShouldContain("/inloggen");
    }

    [Fact]
    public async Task An_upload_without_the_antiforgery_token_is_rejected()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var name = UniqueName(".pdf");
        var (_, page) = await redacteur.GetAsync(Url());

        var (response, _) = await redacteur.UploadAsync(page, name, TestFiles.Pdf, formSelector: "form.attachment-upload", withToken: false);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.WithDbAsync(db => db.StoredFiles.AnyAsync(f => f.Name == name))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_file_asked_for_through_another_plan_is_403_and_an_unknown_one_404()
    {
        var (_, link) = await StoredAsync(OtherPlan);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var tampered = link.Replace(OtherPlan, Plan, StringComparison.Ordinal);

        var wrongPlan = await redacteur.Client.GetAsync(tampered);
        var unknown = await redacteur.Client.GetAsync($"{Url()}/{Guid.NewGuid()}");

        wrongPlan.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_redacteur_deletes_an_attachment_of_this_plan_only_and_the_bytes_go_too()
    {
        var (name, link) = await StoredAsync();
        var (otherName, otherLink) = await StoredAsync(OtherPlan);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, page) = await redacteur.GetAsync(Url());
        var deleteForm = $"form.attachment__delete:has(input[value='{link.Split('/')[^1]}'])";

        var (tampered, _) = await redacteur.SubmitAsync(page, new Dictionary<string, string> { ["id"] = otherLink.Split('/')[^1] }, deleteForm);
        var (deleted, after) = await redacteur.SubmitAsync(page, new Dictionary<string, string>(), deleteForm);

        tampered.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.WithDbAsync(db => db.StoredFiles.AnyAsync(f => f.Name == otherName))).ShouldBeTrue();
        deleted.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.QuerySelector("[role=status]")!.TextContent.ShouldContain($"'{name}' is verwijderd");
        LinkTo(after, name).ShouldBeNull();
        (await redacteur.Client.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var planId = await app.WithDbAsync(db => db.Plans.Where(p => p.Slug == Plan).Select(p => p.Id).SingleAsync());
        var audit = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.ItemType == "StoredFile" && e.ItemLabel == name)
            .Select(e => new { e.Action, e.PlanId }).ToListAsync());
        audit.Select(e => e.Action.ToString()).Order().ShouldBe(["Created", "Deleted"]);
        audit.ShouldAllBe(e => e.PlanId == planId);
    }
}
