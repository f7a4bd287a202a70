using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Security;

/// <summary>A change is only made by a form the app gave to the same signed-in user (CSRF).</summary>
[Collection(DemoSite.Name)]
public class AntiforgeryTests(AppFactory app)
{
    private const string Plan = "imv-noord-holland-2019-2022";

    private async Task<(string Url, string Title)> ChapterAsync() => await app.WithDbAsync(async db =>
    {
        var chapter = await db.Chapters.Where(c => db.Plans.Any(p => p.Id == c.PlanId && p.Slug == Plan)).OrderBy(c => c.Id).Select(c => new { c.Id, c.Title }).FirstAsync();
        return ($"/werkruimte/plannen/{Plan}/hoofdstukken/{chapter.Id}", chapter.Title);
    });

    private async Task<string> StateAsync(string url) => await app.WithDbAsync(async db =>
    {
        var id = int.Parse(url.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var chapter = await db.Chapters.Where(c => c.Id == id).Select(c => new { c.Title, c.Version }).SingleAsync();
        return $"{chapter.Title}/{chapter.Version}/{await db.AuditEntries.CountAsync()}";
    });

    [Fact]
    public async Task An_edit_posted_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var (url, _) = await ChapterAsync();
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, page) = await redacteur.GetAsync(url);
        var fields = FormFields.Of(page);
        fields.Remove(FormFields.TokenField).ShouldBeTrue("the edit form carries a token");
        fields["Input.Title"] = "Gewijzigd zonder token";
        var before = await StateAsync(url);

        var response = await redacteur.Client.PostAsync(url, new FormUrlEncodedContent(fields));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await StateAsync(url)).ShouldBe(before);
    }

    [Fact]
    public async Task An_edit_posted_with_a_token_from_another_users_session_is_refused_and_changes_nothing()
    {
        var (url, _) = await ChapterAsync();
        var victim = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var attacker = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, victimPage) = await victim.GetAsync(url);
        var (_, attackerPage) = await attacker.GetAsync(url);
        var fields = FormFields.Of(victimPage);
        fields[FormFields.TokenField] = FormFields.Of(attackerPage)[FormFields.TokenField];
        fields["Input.Title"] = "Gewijzigd met een vreemd token";
        var before = await StateAsync(url);

        var response = await victim.Client.PostAsync(url, new FormUrlEncodedContent(fields));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await StateAsync(url)).ShouldBe(before);
    }

    [Fact]
    public async Task The_same_edit_with_the_users_own_token_is_saved()
    {
        // The control for the two refusals above: the form as posted would otherwise be accepted.
        var (url, title) = await ChapterAsync();
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, page) = await redacteur.GetAsync(url);
        var fields = FormFields.Of(page);
        fields["Input.Title"] = title; // saved unchanged, so other tests still find the demo title

        var response = await redacteur.Client.PostAsync(url, new FormUrlEncodedContent(fields));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe(url + "?opgeslagen=1");
    }
}
