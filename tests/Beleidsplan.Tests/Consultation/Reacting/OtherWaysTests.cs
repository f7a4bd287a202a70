using System.Globalization;
using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Tests.Uploads;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Consultation.Reacting.ReactionForms;

namespace Beleidsplan.Tests.Consultation.Reacting;

/// <summary>The other ways a reaction comes in: the open link, the workspace, and a letter a redacteur registers.</summary>
[Collection(ReactingSite.Name)]
public class OtherWaysTests(AppFactory app)
{
    [Fact]
    public async Task Through_the_open_link_anyone_reacts_giving_a_name_and_optionally_a_valid_address()
    {
        var round = await TestRound.CreateAsync(app, openLink: true);
        var browser = new Browser(app);
        var (_, page) = await browser.GetAsync(round.OpenUrl);
        page.QuerySelector("input[name='Respondent.Name']")!.GetAttribute("value").ShouldBeNullOrEmpty();

        var (refused, answer) = await SubmitAsync(browser, page, new Dictionary<string, string>
        {
            ["Input.Text"] = "Meer blauw op straat.",
            ["Respondent.Email"] = "geen-adres",
        });
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        ErrorAt(answer, "Respondent.Name").ShouldBe("Vul de naam in.");
        ErrorAt(answer, "Respondent.Email").ShouldBe("Vul een geldig e-mailadres in, zoals naam@organisatie.nl, of laat het veld leeg.");
        ErrorAt(answer, "Respondent.Group").ShouldBe("Kies tot welke groep de indiener behoort.");
        (await round.ReactionsAsync(app)).ShouldBeEmpty();

        var (response, _) = await SubmitAsync(browser, answer, new Dictionary<string, string>
        {
            ["Respondent.Name"] = "J. de Vries",
            ["Respondent.Email"] = "",
            ["Respondent.Organisation"] = "Wijkraad Schalkwijk",
            ["Respondent.Group"] = nameof(AudienceGroup.Partners),
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reaction = (await round.ReactionsAsync(app)).ShouldHaveSingleItem();
        (reaction.RespondentName, reaction.RespondentEmail, reaction.OrganisationName, reaction.Group, reaction.Source, reaction.InviteeId)
            .ShouldBe(("J. de Vries", (string?)null, "Wijkraad Schalkwijk", (AudienceGroup?)AudienceGroup.Partners, ReactionSource.OpenLink, (int?)null));
        reaction.Text.ShouldBe("Meer blauw op straat.");
        (await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.ItemType == "Reaction" && a.ItemKey == reaction.Id.ToString()))).Actor
            .ShouldBe("J. de Vries (open link)");
        var (_, confirmation) = await browser.GetAsync(response.Headers.Location!.OriginalString);
        confirmation.QuerySelector(".reaction-received .reaction-text")!.TextContent.ShouldBe("Meer blauw op straat.");
    }

    [Fact]
    public async Task A_member_reacts_from_the_workspace_as_themselves_for_their_municipality()
    {
        var round = await TestRound.CreateAsync(app);
        var email = await TestUsers.CreateAsync(app, Role.Gemeente, municipality: "Haarlem");
        var browser = new Browser(app);
        (await TestUsers.SignInAsync(browser, email)).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, page) = await browser.GetAsync(round.WorkspaceUrl);
        page.QuerySelector(".reaction-form__as")!.TextContent.ShouldBe("U reageert als Test Gemeente (Gemeente Haarlem).");
        page.QuerySelector("input[name='Respondent.Name']").ShouldBeNull();
        var priority = PartKey(page, "Prioriteit 1:");

        var (response, _) = await SubmitAsync(browser, page, new Dictionary<string, string>
        {
            ["Input.Part"] = priority,
            ["Input.Kind"] = nameof(ReactionKind.Agreement),
            ["Input.Text"] = "Haarlem stemt in met prioriteit 1.",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reaction = (await round.ReactionsAsync(app)).ShouldHaveSingleItem();
        var userId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
        (reaction.UserId, reaction.RespondentName, reaction.RespondentEmail, reaction.OrganisationName, reaction.Source, reaction.Group)
            .ShouldBe((userId, "Test Gemeente", email, "Gemeente Haarlem", ReactionSource.Workspace, (AudienceGroup?)AudienceGroup.PublicOrderOfficials));
        reaction.Kind.ShouldBe(ReactionKind.Agreement);
        reaction.Part.Key.ShouldBe(priority);
        (await app.WithDbAsync(db => db.AuditEntries.SingleAsync(a => a.ItemType == "Reaction" && a.ItemKey == reaction.Id.ToString()))).UserId
            .ShouldBe(userId);
        var (_, confirmation) = await browser.GetAsync(response.Headers.Location!.OriginalString);
        confirmation.QuerySelectorAll(".reaction-summary").Length.ShouldBe(1);
    }

    [Fact]
    public async Task A_round_of_another_plan_is_not_found_from_this_plans_workspace()
    {
        var round = await TestRound.CreateAsync(app);
        var browser = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var response = await browser.Client.GetAsync($"/werkruimte/plannen/imv-noord-holland-2019-2022/consultatie/{round.Id}/reageren");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_redacteur_registers_a_late_letter_on_someones_behalf_with_the_scan_attached()
    {
        var round = await TestRound.CreateAsync(app, opensIn: -30, deadlineIn: -5);
        var browser = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, page) = await browser.GetAsync(round.RegisterUrl);
        page.QuerySelector("input[name='Respondent.ReceivedOn']")!.GetAttribute("value").ShouldBe(TestRound.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        var receivedOn = TestRound.Today.AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var (response, _) = await SubmitAsync(browser, page, new Dictionary<string, string>
        {
            ["Respondent.Name"] = "Hoofdofficier van justitie",
            ["Respondent.Organisation"] = "Openbaar Ministerie Noord-Holland",
            ["Respondent.Group"] = nameof(AudienceGroup.ChiefProsecutor),
            ["Respondent.ReceivedVia"] = nameof(ReactionSource.Letter),
            ["Respondent.ReceivedOn"] = receivedOn,
            ["Input.Kind"] = nameof(ReactionKind.Comment),
            ["Input.Text"] = "Het OM onderschrijft de aanpak van ondermijning.",
        }, ("brief-om.pdf", TestFiles.Pdf));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var reaction = (await round.ReactionsAsync(app)).ShouldHaveSingleItem();
        (reaction.Source, reaction.ReceivedOn, reaction.IsLate, reaction.RegisteredBy, reaction.UserId)
            .ShouldBe((ReactionSource.Letter, DateOnly.ParseExact(receivedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture), true, "Test Redacteur", (string?)null));
        (reaction.RespondentName, reaction.OrganisationName, reaction.Group).ShouldBe(("Hoofdofficier van justitie", "Openbaar Ministerie Noord-Holland", (AudienceGroup?)AudienceGroup.ChiefProsecutor));
        reaction.Attachment!.Name.ShouldBe("brief-om.pdf");
        reaction.Attachment.PlanId.ShouldBe(round.PlanId);
        var (_, confirmation) = await browser.GetAsync(response.Headers.Location!.OriginalString);
        confirmation.QuerySelector(".reaction-received h2")!.TextContent.ShouldBe("De reactie van Hoofdofficier van justitie is geregistreerd");
        confirmation.QuerySelector(".reaction-list")!.TextContent.ShouldContain("Het OM onderschrijft");
    }

    [Theory]
    [InlineData("", "Vul de datum van ontvangst in, bijvoorbeeld 13-07-2018.")]
    [InlineData("13-07-2018", "Vul de datum van ontvangst in, bijvoorbeeld 13-07-2018.")]
    [InlineData("future", "De datum van ontvangst ligt in de toekomst.")]
    public async Task A_registration_without_a_valid_date_of_receipt_is_refused_at_the_field(string date, string message)
    {
        var round = await TestRound.CreateAsync(app);
        var browser = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, page) = await browser.GetAsync(round.RegisterUrl);

        var (_, answer) = await SubmitAsync(browser, page, new Dictionary<string, string>
        {
            ["Respondent.Name"] = "Burgemeester",
            ["Respondent.Group"] = nameof(AudienceGroup.Mayors),
            ["Respondent.ReceivedOn"] = date == "future" ? TestRound.Today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date,
            ["Input.Text"] = "Brief",
        });

        ErrorAt(answer, "Respondent.ReceivedOn").ShouldBe(message);
        (await round.ReactionsAsync(app)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Only_a_redacteur_registers_on_someones_behalf_and_any_member_reacts()
    {
        var round = await TestRound.CreateAsync(app);
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Haarlem");

        (await gemeente.Client.GetAsync(round.RegisterUrl)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await gemeente.Client.GetAsync(round.WorkspaceUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await new Browser(app).Client.GetAsync(round.WorkspaceUrl)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }
}
