using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Uploads;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsplan.Tests.Consultation.Register;

[Collection(RegisterSite.Name)]
public class RespondentTests(AppFactory app)
{
    private sealed record TwoRounds(RegisterSeed First, RegisterSeed Second, string Email, int[] Ids, string Token);

    /// <summary>One respondent reacting in two rounds (the address typed differently), someone else, and an invitation.</summary>
    private async Task<TwoRounds> TwoRoundsAsync()
    {
        var email = $"aov-{Guid.NewGuid():N}@haarlem.nl";
        var first = await RegisterSeed.RoundAsync(app, "70%-ronde");
        var second = await RegisterSeed.RoundAsync(app, "85%-ronde");
        var ids = new[]
        {
            await first.ReactionAsync("Jan Jansen", ReactionKind.ProposedChange, first.Priority, "Gemeente Haarlem", email.ToUpperInvariant(), "Eerste reactie."),
            await second.ReactionAsync("J. Jansen", ReactionKind.Question, second.Chapter, "Gemeente Haarlem", email, "Tweede reactie."),
            await first.ReactionAsync("Iemand anders", ReactionKind.Comment, null, "Gemeente Zaanstad", text: "Niet van Jan."),
            // Anyone with the open link can type Jan's address: that proves nothing.
            await first.ReactionAsync("Jan Jansen?", ReactionKind.Comment, null, null, email, "Via de open link onder Jans adres.",
                r => r.Source = ReactionSource.OpenLink),
        };
        await first.HandleAsync(ids[0], HandlingStatus.NotProcessed, "Valt buiten de vier prioriteiten.");
        var token = LinkToken.New();
        await app.WithDbAsync(async db =>
        {
            db.ConsultationInvitees.Add(new ConsultationInvitee
            {
                PlanId = second.PlanId,
                RoundId = second.RoundId,
                Name = "J. Jansen",
                Email = email,
                Group = AudienceGroup.PublicOrderOfficials,
                TokenHash = LinkToken.Hash(token),
                InvitedAt = DateTimeOffset.UtcNow,
            });
            return await db.SaveChangesAsync();
        });
        return new TwoRounds(first, second, email, ids, token);
    }

    [Fact]
    public async Task Respondents_are_grouped_by_e_mail_across_rounds_and_each_shows_their_reactions_with_handling()
    {
        var data = await TwoRoundsAsync();
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var url = $"/werkruimte/plannen/{RegisterSeed.Plan}/consultatie/respondenten";

        var (_, list) = await redacteur.GetAsync(url);

        var row = list.QuerySelectorAll("tr.respondent-row").Single(r => r.TextContent.Contains("J. Jansen"));
        row.QuerySelectorAll("td").Select(td => td.TextContent).ShouldBe(["Gemeente Haarlem", "2", "2", "1"]);
        list.Body!.TextContent.ShouldNotContain(data.Email); // the list names people, the address does not carry e-mail

        var (_, detail) = await redacteur.GetAsync(row.QuerySelector("a")!.GetAttribute("href")!.Replace("?", url + "?", StringComparison.Ordinal));
        detail.QuerySelectorAll(".respondent-round h2").Select(h => h.TextContent).ShouldBe(["70%-ronde", "85%-ronde"]);
        var texts = detail.QuerySelectorAll(".respondent-reaction").Select(a => a.TextContent).ToList();
        texts.Count.ShouldBe(2);
        texts[0].ShouldContain("Valt buiten de vier prioriteiten.");
        texts[1].ShouldContain("Nog niet afgehandeld");
        detail.QuerySelector($".respondent-reaction a")!.GetAttribute("href").ShouldBe($"{data.First.Register}/{data.Ids[0]}");

        var (_, unknown) = await redacteur.GetAsync($"{url}?respondent=onbekend");
        unknown.QuerySelector("[role=alert]")!.TextContent.ShouldContain("niet gevonden");
    }

    [Fact]
    public async Task An_invitee_sees_through_their_personal_link_what_happened_to_their_reactions_in_every_round()
    {
        var data = await TwoRoundsAsync();

        var (response, page) = await new Browser(app).GetAsync($"/reageren/{data.Token}/afhandeling");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        var main = page.QuerySelector("main")!.TextContent;
        main.ShouldContain("Eerste reactie.");
        main.ShouldContain("Tweede reactie.");
        main.ShouldContain("Niet verwerkt");
        main.ShouldContain("Valt buiten de vier prioriteiten.");
        main.ShouldNotContain("Niet van Jan.");
        main.ShouldNotContain("Via de open link onder Jans adres.");
        page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ShouldAllBe(h => !h!.StartsWith("/werkruimte", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("niet-een-token")]
    [InlineData("0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("ABCDEF0000000000000000000000000000000000000000000000000000000000")]
    public async Task A_wrong_or_tampered_token_is_not_found(string token)
    {
        await TwoRoundsAsync();

        var (response, _) = await new Browser(app).GetAsync($"/reageren/{token}/afhandeling");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_reactions_attachment_downloads_for_redacteuren_through_its_reaction_and_is_no_plan_attachment()
    {
        var seed = await RegisterSeed.RoundAsync(app);
        var stored = await app.Services.CreateScope().ServiceProvider.GetRequiredService<UploadStore>()
            .SaveAsync(new MemoryStream("Zienswijze van de raad\n"u8.ToArray()), "zienswijze.txt", "extern", seed.PlanId);
        var with = await seed.ReactionAsync("Griffie Hoorn", ReactionKind.Comment, more: r => r.AttachmentId = stored.File!.Id);
        var without = await seed.ReactionAsync("Griffie Edam", ReactionKind.Comment);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, page) = await redacteur.GetAsync($"{seed.Register}/{with}");

        var download = await redacteur.Client.GetAsync(page.QuerySelector("a[download]")!.GetAttribute("href"));
        var (none, _) = await redacteur.GetAsync($"{seed.Register}/{without}/bijlage");

        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Zaanstad");
        var (attachments, list) = await gemeente.GetAsync($"/werkruimte/plannen/{RegisterSeed.Plan}/bijlagen");
        var (asMember, _) = await gemeente.GetAsync($"/werkruimte/plannen/{RegisterSeed.Plan}/bijlagen/{stored.File!.Id}");
        var (asAttachment, _) = await redacteur.GetAsync($"/werkruimte/plannen/{RegisterSeed.Plan}/bijlagen/{stored.File!.Id}");

        attachments.StatusCode.ShouldBe(HttpStatusCode.OK);
        list.Body!.TextContent.ShouldNotContain("zienswijze.txt");
        asMember.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        asAttachment.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsStringAsync()).ShouldBe("Zienswijze van de raad\n");
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        none.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
