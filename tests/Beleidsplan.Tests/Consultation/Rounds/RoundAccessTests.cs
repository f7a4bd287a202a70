using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Consultation.Rounds.RoundSteps;

namespace Beleidsplan.Tests.Consultation.Rounds;

[Collection(RoundsSite.Name)]
public class RoundAccessTests(AppFactory app)
{
    private static readonly string[] EditorPages = ["genodigden", "vervolgronde"];

    private Task<string> StateAsync() => app.WithDbAsync(async db =>
        $"{await db.ConsultationRounds.CountAsync()}/{await db.ConsultationInvitees.CountAsync()}/{await db.OutboxMessages.CountAsync()}/{await db.AuditEntries.CountAsync()}");

    private static async Task<HttpStatusCode> PostAsync(Browser browser, string url, string token, Dictionary<string, string>? fields = null)
    {
        var values = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = token };
        return (await browser.Client.PostAsync(url, new FormUrlEncodedContent(values))).StatusCode;
    }

    private static async Task<string> TokenAsync(Browser browser) =>
        (await browser.GetAsync("/inloggen")).Page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    [Fact]
    public async Task A_gemeente_user_reads_the_rounds_but_cannot_manage_them()
    {
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Haarlem");
        var round = await SeedRoundAsync(app);
        await app.WithDbAsync(async db =>
        {
            var saved = await db.ConsultationRounds.SingleAsync(r => r.Id == round);
            db.ConsultationInvitees.Add(ConsultationInvitee.Listed(saved, AudienceGroup.Mayors, "Burgemeester Test", "burgemeester.test@example.nl", null, null, DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });
        var token = await TokenAsync(gemeente);
        var before = await StateAsync();

        var (list, listPage) = await gemeente.GetAsync(RoundsUrl);
        var (read, roundPage) = await gemeente.GetAsync(Round(round));

        (list.StatusCode, read.StatusCode).ShouldBe((HttpStatusCode.OK, HttpStatusCode.OK));
        listPage.Text().ShouldNotContain("Nieuwe ronde");
        roundPage.QuerySelector("main form").ShouldBeNull("no settings or open-link buttons for a member who is not a redacteur");
        roundPage.QuerySelector("tr.invitee-row")!.TextContent.ShouldContain("Burgemeester Test");
        roundPage.Text().ShouldNotContain("burgemeester.test@example.nl", Case.Insensitive, "addresses are for the working group");
        (await gemeente.GetAsync($"{RoundsUrl}/nieuw")).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        foreach (var page in EditorPages)
        {
            (await gemeente.GetAsync($"{Round(round)}/{page}")).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        (await PostAsync(gemeente, Round(round), token, new() { ["Input.Title"] = "Overgenomen", ["Version"] = "0" })).ShouldBe(HttpStatusCode.Forbidden);
        (await PostAsync(gemeente, $"{Round(round)}?handler=NieuweOpenLink", token, new() { ["Version"] = "0" })).ShouldBe(HttpStatusCode.Forbidden);
        (await PostAsync(gemeente, $"{Round(round)}/genodigden?handler=Personen", token,
            new() { ["PeopleGroup"] = "Other", ["Lines"] = "Indringer <indringer@example.nl>" })).ShouldBe(HttpStatusCode.Forbidden);
        (await StateAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_redacteur_of_another_unit_cannot_read_or_manage_the_rounds()
    {
        var other = await TestUsers.SignedInAsync(app, Role.Redacteur, "noord-nederland");
        var round = await SeedRoundAsync(app);
        var token = await TokenAsync(other);
        var before = await StateAsync();

        (await other.GetAsync(RoundsUrl)).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.GetAsync(Round(round))).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await other.GetAsync($"{RoundsUrl}/nieuw")).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await PostAsync(other, $"{Round(round)}/genodigden?handler=Versturen", token, new() { ["Send"] = "1" })).ShouldBe(HttpStatusCode.Forbidden);
        (await PostAsync(other, $"{RoundsUrl}/nieuw", token, new() { ["Input.Title"] = "Van elders" })).ShouldBe(HttpStatusCode.Forbidden);
        (await StateAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_round_of_another_plan_is_not_found_through_this_plan_and_nothing_changes()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var foreign = await SeedRoundAsync(app, OtherUnitPlan, "Ronde van Noord-Nederland");
        var token = await TokenAsync(redacteur);
        var before = await StateAsync();
        var url = Round(foreign); // this plan's address, the other plan's round

        (await redacteur.GetAsync(url)).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        foreach (var page in EditorPages)
        {
            (await redacteur.GetAsync($"{url}/{page}")).Response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await PostAsync(redacteur, url, token, new() { ["Input.Title"] = "Overgenomen", ["Version"] = "0" })).ShouldBe(HttpStatusCode.NotFound);
        (await PostAsync(redacteur, $"{url}?handler=NieuweOpenLink", token, new() { ["Version"] = "0" })).ShouldBe(HttpStatusCode.NotFound);
        (await PostAsync(redacteur, $"{url}?handler=OpenLinkUit", token, new() { ["Version"] = "0" })).ShouldBe(HttpStatusCode.NotFound);
        foreach (var handler in new[] { "Organisaties", "Personen", "Versturen", "Verwijderen" })
        {
            (await PostAsync(redacteur, $"{url}/genodigden?handler={handler}", token, new()
            {
                ["OrganisationsGroup"] = "Other",
                ["PeopleGroup"] = "Other",
                ["Lines"] = "Indringer <indringer@example.nl>",
                ["Send"] = "1",
                ["id"] = "1",
            })).ShouldBe(HttpStatusCode.NotFound);
        }

        (await PostAsync(redacteur, $"{url}/vervolgronde", token, new() { ["Input.Title"] = "Overgenomen" })).ShouldBe(HttpStatusCode.NotFound);
        (await StateAsync()).ShouldBe(before);
        (await redacteur.GetAsync(Round(foreign, OtherUnitPlan))).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "and through its own plan the unit is not theirs");
    }
}
