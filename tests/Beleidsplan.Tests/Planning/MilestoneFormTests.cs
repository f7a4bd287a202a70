using System.Net;
using AngleSharp.Dom;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Planning;

[Collection(PlanningSite.Name)]
public class MilestoneFormTests(PlanningAppFactory app)
{
    private const string Timeline = $"/werkruimte/plannen/{PlanningData.Plan}/planning";

    private static string? FieldError(AngleSharp.Dom.IDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text
        : page.QuerySelector($"#{field.Replace('.', '_')}-error")?.TextContent.Trim();

    [Theory]
    [InlineData("", "Vul de datum van de mijlpaal in.")]
    [InlineData("31-02-2024", "Dit is geen geldige datum; schrijf hem als dd-mm-jjjj.")]
    [InlineData("morgen", "Dit is geen geldige datum; schrijf hem als dd-mm-jjjj.")]
    public async Task A_missing_or_invalid_date_gets_a_Dutch_message_at_the_field(string date, string message)
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync($"{Timeline}/nieuw");

        var (response, page) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.Title"] = "Mijlpaal", ["Input.DueOn"] = date });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        FieldError(page, "Input.DueOn").ShouldBe(message);
    }

    [Theory]
    [InlineData("-3", "Het aantal dagen kan niet negatief zijn; laat het veld leeg voor geen herinnering.")]
    [InlineData("een week", "Vul een aantal dagen in (een heel getal), of laat het veld leeg voor geen herinnering.")]
    public async Task Negative_or_unreadable_reminder_days_get_a_Dutch_message_at_the_field(string days, string message)
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync($"{Timeline}/nieuw");

        var (response, page) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = "Mijlpaal",
            ["Input.DueOn"] = "01-12-2030",
            ["Input.ReminderDays"] = days,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        FieldError(page, "Input.ReminderDays").ShouldBe(message);
    }

    [Fact]
    public async Task A_responsible_who_is_not_a_member_of_the_plans_unit_gets_a_message_and_nothing_is_saved()
    {
        var outsider = await PlanningData.UserIdAsync(app, await TestUsers.CreateAsync(app, Role.Redacteur, "noord-nederland"));
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync($"{Timeline}/nieuw");
        form.QuerySelectorAll("input[name='Input.ResponsibleIds']").ShouldNotContain(i => i.GetAttribute("value") == outsider);
        var title = $"Buitenstaander {Guid.NewGuid():N}";

        var (response, page) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.DueOn"] = "01-12-2030",
            ["Input.ResponsibleIds"] = outsider,
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        FieldError(page, "Input.ResponsibleIds").ShouldBe("Kies verantwoordelijken uit de leden van de eenheid van dit plan.");
        (await app.WithDbAsync(db => db.Milestones.AnyAsync(m => m.Title == title))).ShouldBeFalse();
    }

    [Fact]
    public async Task A_redacteur_adds_a_milestone_with_a_responsible_member_edits_it_and_marks_it_done()
    {
        var partnerEmail = await TestUsers.CreateAsync(app, Role.Partner);
        var partner = await PlanningData.UserIdAsync(app, partnerEmail);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var title = $"Concept naar de raden {Guid.NewGuid():N}";
        var (_, form) = await redacteur.GetAsync($"{Timeline}/nieuw");
        form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_ReminderDays")!.Value.ShouldBe("7");

        var (created, _) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.DueOn"] = "15-06-2030",
            ["Input.Description"] = "Het concept gaat naar de gemeenteraden.",
            ["Input.ResponsibleIds"] = partner,
            ["Input.ReminderDays"] = "10",
        });

        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await app.WithDbAsync(db => db.Milestones.Include(m => m.Responsibles).SingleAsync(m => m.Title == title));
        saved.DueOn.ShouldBe(new DateOnly(2030, 6, 15));
        saved.ReminderDaysBefore.ShouldBe(10);
        saved.Responsibles.Select(r => r.UserId).ShouldBe([partner]);
        var (_, timeline) = await redacteur.GetAsync(Timeline);
        var item = timeline.QuerySelector($"#mijlpaal-{saved.Id}")!;
        item.TextContent.ShouldContain("Test Partner");
        item.TextContent.ShouldContain("15 juni 2030");
        item.QuerySelector(".timeline__reminder")!.TextContent.ShouldBe("Herinnering 10 dag(en) vooraf");

        var (_, edit) = await redacteur.GetAsync(created.Headers.Location!.ToString());
        edit.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>($"input[value='{partner}']")!.IsChecked.ShouldBeTrue();
        var (done, _) = await redacteur.SubmitAllAsync(edit, new Dictionary<string, string> { ["Input.ReminderDays"] = "", ["CompleteToday"] = "true" });

        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var completed = await app.WithDbAsync(db => db.Milestones.SingleAsync(m => m.Id == saved.Id));
        completed.CompletedOn.ShouldBe(app.Clock.Today);
        completed.ReminderDaysBefore.ShouldBeNull();
        var (_, after) = await redacteur.GetAsync(Timeline);
        after.QuerySelector($"#mijlpaal-{saved.Id} .timeline__state")!.TextContent.ShouldStartWith("Afgerond");
        var (_, history) = await redacteur.GetAsync($"/werkruimte/plannen/{PlanningData.Plan}/geschiedenis?soort=Milestone&id={saved.Id}");
        history.QuerySelectorAll("tr.history-entry").Length.ShouldBe(2, "made, then done");
        history.QuerySelector("main")!.TextContent.ShouldContain("Afgerond op");
    }

    [Fact]
    public async Task When_two_redacteuren_edit_the_same_milestone_the_later_save_is_refused_with_both_versions()
    {
        var id = await PlanningData.MilestoneAsync(app, "Gedeelde mijlpaal", new DateOnly(2030, 3, 1));
        var first = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var second = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, firstForm) = await first.GetAsync($"{Timeline}/{id}");
        var (_, secondForm) = await second.GetAsync($"{Timeline}/{id}");

        (await first.SubmitAllAsync(firstForm, new Dictionary<string, string> { ["Input.DueOn"] = "02-03-2030" })).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (refused, page) = await second.SubmitAllAsync(secondForm, new Dictionary<string, string> { ["Input.DueOn"] = "03-03-2030" });

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector(".conflict")!.TextContent.ShouldContain("Niet opgeslagen");
        page.QuerySelector(".conflict table")!.TextContent.ShouldContain("2030-03-02");
        (await app.WithDbAsync(db => db.Milestones.SingleAsync(m => m.Id == id))).DueOn.ShouldBe(new DateOnly(2030, 3, 2));
    }

    [Fact]
    public async Task Control_characters_in_title_and_description_are_left_out_and_a_title_of_only_those_is_missing()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var id = Guid.NewGuid().ToString("N");
        var (_, form) = await redacteur.GetAsync($"{Timeline}/nieuw");

        var (empty, page) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.Title"] = "\u0001\u0002", ["Input.DueOn"] = "15-06-2030" });
        var (created, _) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string>
        {
            ["Input.Title"] = $"Raden\u0007 gehoord {id}",
            ["Input.DueOn"] = "15-06-2030",
            ["Input.Description"] = "Alle\u0001 raden.",
        });

        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        FieldError(page, "Input.Title").ShouldBe("Geef de mijlpaal een titel.");
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var saved = await app.WithDbAsync(db => db.Milestones.SingleAsync(m => m.Title.EndsWith(id)));
        (saved.Title, saved.Description).ShouldBe(($"Raden gehoord {id}", "Alle raden."));
    }

    [Fact]
    public async Task The_new_milestone_form_sent_twice_makes_one_milestone()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var title = $"Dubbelklik {Guid.NewGuid():N}";
        var (_, form) = await redacteur.GetAsync($"{Timeline}/nieuw");
        var changes = new Dictionary<string, string> { ["Input.Title"] = title, ["Input.DueOn"] = "15-06-2030" };

        var (first, _) = await redacteur.SubmitAllAsync(form, changes);
        var (second, _) = await redacteur.SubmitAllAsync(form, changes);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.Headers.Location.ShouldBe(first.Headers.Location);
        (await app.WithDbAsync(db => db.Milestones.CountAsync(m => m.Title == title))).ShouldBe(1);
    }
}
