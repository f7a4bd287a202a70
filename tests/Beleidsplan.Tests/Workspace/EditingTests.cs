using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Workspace;

[Collection(WorkspaceSite.Name)]
public class EditingTests(AppFactory app)
{
    private const string Plan = "imv-noord-holland-2024-2027";

    private async Task<(int Id, string PrioritySlug, string Slug)> SubThemeAsync(int index) =>
        await app.WithDbAsync(async db => (await db.SubThemes.Include(s => s.Priority).Where(s => s.Plan!.Slug == Plan)
            .OrderBy(s => s.Id).Skip(index).Select(s => new { s.Id, PrioritySlug = s.Priority!.Slug, s.Slug }).FirstAsync()) switch
        { var s => (s.Id, s.PrioritySlug, s.Slug) });

    [Fact]
    public async Task A_redacteur_edits_a_sub_theme_and_once_published_the_public_page_and_the_history_show_it()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (id, prioritySlug, slug) = await SubThemeAsync(0);
        var ambition = $"Minder ondermijning in elke wijk ({Guid.NewGuid():N}).";

        var (_, form) = await redacteur.GetAsync($"/werkruimte/plannen/{Plan}/deelthemas/{id}");
        var (saved, _) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.Ambition"] = ambition });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        saved.Headers.Location!.ToString().ShouldContain("opgeslagen=1");
        var (_, beforePublishing) = await app.GetPageAsync($"/plannen/{Plan}/prioriteiten/{prioritySlug}/{slug}");
        await TestVersions.PublishWorkingCopyAsync(app, Plan);
        var (_, publicPage) = await app.GetPageAsync($"/plannen/{Plan}/prioriteiten/{prioritySlug}/{slug}");
        beforePublishing.QuerySelector("main")!.TextContent.Contains(ambition, StringComparison.Ordinal).ShouldBeFalse("the working copy is not public");
        publicPage.QuerySelector("main")!.TextContent.ShouldContain(ambition);
        var entry = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.ItemType == "SubTheme" && a.ItemKey == id.ToString())
            .OrderByDescending(a => a.Id).FirstAsync());
        entry.Action.ShouldBe(AuditAction.Updated);
        entry.UserId.ShouldNotBeNull();
        entry.Changes!.ShouldContain(ambition);
        var (_, history) = await redacteur.GetAsync($"/werkruimte/plannen/{Plan}/geschiedenis?soort=SubTheme&id={id}");
        var row = history.QuerySelectorAll("tr.history-entry")[0];
        row.QuerySelector("ins")!.TextContent.ShouldBe(ambition);
        row.TextContent.ShouldContain("@example.nl"); // the actor as signed in
    }

    [Fact]
    public async Task When_two_people_edit_the_same_sub_theme_the_later_save_is_refused_with_both_texts_and_nothing_is_lost()
    {
        var first = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var second = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (id, _, _) = await SubThemeAsync(1);
        var url = $"/werkruimte/plannen/{Plan}/deelthemas/{id}";
        var (_, firstForm) = await first.GetAsync(url);
        var (_, secondForm) = await second.GetAsync(url);

        await first.SubmitAllAsync(firstForm, new Dictionary<string, string> { ["Input.Problem"] = "Tekst van de eerste." });
        var (refused, page) = await second.SubmitAllAsync(secondForm, new Dictionary<string, string> { ["Input.Problem"] = "Tekst van de tweede." });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        var conflict = page.QuerySelector(".conflict")!;
        conflict.TextContent.ShouldContain("Tekst van de eerste.");
        conflict.TextContent.ShouldContain("Tekst van de tweede.");
        page.QuerySelector("textarea[name='Input.Problem']")!.TextContent.ShouldBe("Tekst van de tweede.");
        (await app.WithDbAsync(db => db.SubThemes.Where(s => s.Id == id).Select(s => s.Sections.Problem).SingleAsync()))
            .ShouldBe("Tekst van de eerste.");

        var (again, _) = await second.SubmitAllAsync(page, new Dictionary<string, string> { ["Input.Problem"] = "Samengevoegd." });
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.SubThemes.Where(s => s.Id == id).Select(s => s.Sections.Problem).SingleAsync()))
            .ShouldBe("Samengevoegd.");
    }

    [Fact]
    public async Task The_preview_renders_markdown_without_saving()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (id, _, _) = await SubThemeAsync(2);
        var before = await app.WithDbAsync(db => db.SubThemes.Where(s => s.Id == id).Select(s => s.Sections.Approach).SingleAsync());
        var (_, form) = await redacteur.GetAsync($"/werkruimte/plannen/{Plan}/deelthemas/{id}");

        var (response, page) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.Approach"] = "- **eerste** stap" }, handler: "Preview");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector(".preview li strong")!.TextContent.ShouldBe("eerste");
        (await app.WithDbAsync(db => db.SubThemes.Where(s => s.Id == id).Select(s => s.Sections.Approach).SingleAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Over_long_texts_and_an_empty_title_give_a_message_at_the_field_and_save_nothing()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (id, _, _) = await SubThemeAsync(3);
        var (_, form) = await redacteur.GetAsync($"/werkruimte/plannen/{Plan}/deelthemas/{id}");

        var (response, page) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "",
            ["Input.Meaning"] = new string('x', 50_001),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#Input_Title ~ .form__error")!.TextContent.ShouldBe("Vul een titel in.");
        page.QuerySelector("#Input_Meaning ~ .form__error")!.TextContent.ShouldContain("te lang");
        (await app.WithDbAsync(db => db.SubThemes.Where(s => s.Id == id).Select(s => s.Version).SingleAsync())).ShouldBe(0);
    }

    [Fact]
    public async Task An_item_of_another_plan_is_refused_and_nothing_changes()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var ownPriority = await app.WithDbAsync(db => db.Plans.Where(p => p.Slug == Plan).SelectMany(p => p.Priorities).Select(p => p.Id).FirstAsync());
        var otherPriority = await app.WithDbAsync(db => db.Plans.Where(p => p.Slug == "imv-noord-holland-2019-2022").SelectMany(p => p.Priorities).Select(p => p.Id).FirstAsync());
        var (_, form) = await redacteur.GetAsync($"/werkruimte/plannen/{Plan}/prioriteiten/{ownPriority}");
        var values = FormSubmission.Values(form);
        values["Input.Title"] = "Overgenomen titel";
        var audit = await app.WithDbAsync(db => db.AuditEntries.CountAsync());

        var (get, _) = await redacteur.GetAsync($"/werkruimte/plannen/{Plan}/prioriteiten/{otherPriority}");
        var post = await redacteur.Client.PostAsync($"/werkruimte/plannen/{Plan}/prioriteiten/{otherPriority}", new FormUrlEncodedContent(values));
        var newSubTheme = await redacteur.Client.PostAsync($"/werkruimte/plannen/{Plan}/deelthemas/nieuw?prioriteit={otherPriority}", new FormUrlEncodedContent(values));

        get.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        newSubTheme.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.WithDbAsync(db => db.AuditEntries.CountAsync())).ShouldBe(audit);
        (await app.WithDbAsync(db => db.Priorities.AnyAsync(p => p.Title == "Overgenomen titel"))).ShouldBeFalse();
        app.Logs.Messages.ShouldContain(m => m.StartsWith("Geweigerd", StringComparison.Ordinal) && m.Contains($"prioriteiten/{otherPriority}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_gemeente_user_reads_the_plan_in_the_workspace_but_cannot_edit_and_another_unit_cannot_read()
    {
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Zaanstad");
        var (id, _, _) = await SubThemeAsync(0);

        var (dashboard, page) = await gemeente.GetAsync($"/werkruimte/plannen/{Plan}");
        var (edit, _) = await gemeente.GetAsync($"/werkruimte/plannen/{Plan}/deelthemas/{id}");

        dashboard.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelectorAll("main a").ShouldNotContain(a => a.TextContent.StartsWith("Bewerken", StringComparison.Ordinal));
        edit.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var otherUnit = await TestUsers.SignedInAsync(app, Role.Redacteur, "noord-nederland");
        (await otherUnit.GetAsync($"/werkruimte/plannen/{Plan}")).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await otherUnit.GetAsync($"/werkruimte/plannen/{Plan}/deelthemas/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
