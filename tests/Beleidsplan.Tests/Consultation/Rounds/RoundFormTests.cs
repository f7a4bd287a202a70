using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Consultation.Rounds.RoundSteps;

namespace Beleidsplan.Tests.Consultation.Rounds;

[Collection(RoundsSite.Name)]
public class RoundFormTests(AppFactory app)
{
    private static Dictionary<string, string> Settings(string title, string opens = "2026-06-18", string deadline = "2026-07-13") => new()
    {
        ["Input.Title"] = title,
        ["Input.Introduction"] = "Wij horen graag of de prioriteiten **herkenbaar** zijn.",
        ["Input.OpensOn"] = opens,
        ["Input.Deadline"] = deadline,
    };

    private Task<ConsultationRound> RoundAsync(int id) => app.WithDbAsync(db => db.ConsultationRounds.AsNoTracking().SingleAsync(r => r.Id == id));

    [Fact]
    public async Task A_redacteur_creates_a_round_from_the_dashboard_and_the_list_shows_its_version_dates_state_and_counts()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var title = $"Consultatie 70%-versie {Guid.NewGuid():N}";
        var (_, dashboard) = await redacteur.GetAsync($"/werkruimte/plannen/{Plan}");
        var roundsLink = dashboard.QuerySelectorAll("a").Single(a => a.TextContent == "Consultatie").GetAttribute("href");
        var (_, list) = await redacteur.GetAsync(roundsLink!);
        var (_, form) = await redacteur.GetAsync(list.QuerySelectorAll("a").Single(a => a.TextContent == "Nieuwe ronde").GetAttribute("href")!);
        var version = form.QuerySelector("select[name='Input.VersionId'] option[selected]")!;

        var (created, _) = await redacteur.SubmitAllAsync(form, Settings(title));
        var retries = await Task.WhenAll(redacteur.SubmitAllAsync(form, Settings(title)), redacteur.SubmitAllAsync(form, Settings(title))); // a retry, twice at once

        var id = RoundIdFrom(created);
        retries.Select(r => RoundIdFrom(r.Response)).ShouldAllBe(other => other == id);
        (await app.WithDbAsync(db => db.ConsultationRounds.CountAsync(r => r.Title == title))).ShouldBe(1);
        var round = await RoundAsync(id);
        round.Title.ShouldBe(title);
        round.PlanVersionId.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(version.GetAttribute("value"));
        (round.OpensOn, round.Deadline).ShouldBe((new DateOnly(2026, 6, 18), new DateOnly(2026, 7, 13)));
        round.Introduction.ShouldBe("Wij horen graag of de prioriteiten **herkenbaar** zijn.");
        round.HasOpenLink.ShouldBeFalse();
        var (_, rounds) = await redacteur.GetAsync(RoundsUrl);
        var row = rounds.QuerySelectorAll("tr.round-row").Single(r => r.TextContent.Contains(title, StringComparison.Ordinal));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        cells.ShouldBe([version.TextContent.Split(" (")[0], "18 juni 2026", "13 juli 2026", round.StateOn(DateOnly.FromDateTime(DateTime.UtcNow)).ToDutch(), "0", "0", "0"]);
    }

    [Fact]
    public async Task Bad_input_gets_a_Dutch_message_at_its_field_and_creates_no_round()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var foreignVersion = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.Plan!.Slug == OtherUnitPlan).Select(v => v.Id).FirstAsync());
        var before = await app.WithDbAsync(db => db.ConsultationRounds.CountAsync());
        var (_, form) = await redacteur.GetAsync($"{RoundsUrl}/nieuw");

        var (_, empty) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string> { ["Input.Title"] = "", ["Input.OpensOn"] = "", ["Input.Deadline"] = "" });
        var (_, reversed) = await redacteur.SubmitAllAsync(form, Settings("Omgekeerd", "2026-07-13", "2026-06-18"));
        var (_, mistyped) = await redacteur.SubmitAllAsync(form, Settings("Verkeerde datum", "31-02-2026"));
        var (_, tampered) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string>(Settings("Andere versie")) { ["Input.VersionId"] = foreignVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        string Error(AngleSharp.Dom.IDocument page, string field) => page.QuerySelector($"[data-valmsg-for='Input.{field}']")!.TextContent;
        Error(empty, "Title").ShouldBe("Geef de ronde een titel.");
        Error(empty, "OpensOn").ShouldBe("Vul de openingsdatum in.");
        Error(empty, "Deadline").ShouldBe("Vul de uiterste datum voor reacties in.");
        Error(reversed, "Deadline").ShouldBe("De uiterste datum ligt voor de openingsdatum.");
        Error(mistyped, "OpensOn").ShouldBe("Dit is geen geldige datum; schrijf hem als dd-mm-jjjj.");
        Error(tampered, "VersionId").ShouldBe("Kies een versie uit de lijst.");
        reversed.QuerySelector("input[name='Input.Title']")!.GetAttribute("value").ShouldBe("Omgekeerd"); // what was typed stays
        (await app.WithDbAsync(db => db.ConsultationRounds.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task The_open_link_is_shown_once_only_its_hash_is_stored_and_a_new_link_replaces_it()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync($"{RoundsUrl}/nieuw");
        var (created, _) = await redacteur.SubmitAllAsync(form, new Dictionary<string, string>(Settings("Open ronde")) { ["OpenLink"] = "true" });
        var id = RoundIdFrom(created);

        var (_, first) = await redacteur.GetAsync(Round(id));
        var (_, again) = await redacteur.GetAsync(Round(id));

        var link = first.QuerySelector(".open-link__url")!.TextContent;
        link.ShouldStartWith("https://");
        var token = link[(link.IndexOf("/reageren/open/", StringComparison.Ordinal) + "/reageren/open/".Length)..];
        LinkToken.LooksValid(token).ShouldBeTrue();
        (await RoundAsync(id)).OpenLinkTokenHash.ShouldBe(LinkToken.Hash(token));
        again.QuerySelector(".open-link__url").ShouldBeNull("the link is shown once");
        again.Text().ShouldContain("Iedereen met de open link mag reageren.");

        var (renewed, _) = await redacteur.PostAsync(again, "form[action*='handler=NieuweOpenLink']");
        renewed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (_, shown) = await redacteur.GetAsync(Round(id));
        var newToken = shown.QuerySelector(".open-link__url")!.TextContent.Split('/')[^1];
        newToken.ShouldNotBe(token);
        (await RoundAsync(id)).OpenLinkTokenHash.ShouldBe(LinkToken.Hash(newToken));

        var (stale, stalePage) = await redacteur.PostAsync(again, "form[action*='handler=NieuweOpenLink']"); // the page before the renewal
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        stalePage.Text().ShouldContain("intussen door iemand anders gewijzigd");
        (await RoundAsync(id)).OpenLinkTokenHash.ShouldBe(LinkToken.Hash(newToken));
    }

    [Fact]
    public async Task A_redacteur_changes_the_settings_but_not_the_version_once_reactions_exist()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var id = await SeedRoundAsync(app);
        var later = await FreezeAsync(app, "Latere versie");
        var (_, page) = await redacteur.GetAsync(Round(id));

        var (saved, _) = await redacteur.SubmitAsync(page, "form.round-settings", new Dictionary<string, string>
        {
            ["Input.Title"] = "Nieuwe titel",
            ["Input.Deadline"] = "2027-01-15",
            ["Input.VersionId"] = later.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var round = await RoundAsync(id);
        (round.Title, round.Deadline, round.PlanVersionId).ShouldBe(("Nieuwe titel", new DateOnly(2027, 1, 15), later));

        await app.WithDbAsync(async db =>
        {
            db.Reactions.Add(new Reaction
            {
                PlanId = round.PlanId,
                RoundId = id,
                SubmissionKey = Guid.NewGuid(),
                RespondentName = "Gemeente Test",
                Text = "Eens.",
                Kind = ReactionKind.Agreement,
                SubmittedAt = DateTimeOffset.UtcNow,
                ReceivedOn = new DateOnly(2026, 6, 20),
            });
            return await db.SaveChangesAsync();
        });
        var (_, withReaction) = await redacteur.GetAsync(Round(id));
        withReaction.QuerySelector("form.round-settings select[name='Input.VersionId']").ShouldBeNull();
        withReaction.QuerySelector("form.round-settings")!.TextContent.ShouldContain("De versie ligt vast");
        var first = await app.WithDbAsync(db => db.PlanVersions.Where(v => v.PlanId == round.PlanId).OrderBy(v => v.Number).Select(v => v.Id).FirstAsync());
        var (again, _) = await redacteur.SubmitAsync(withReaction, "form.round-settings", new Dictionary<string, string>
        {
            ["Input.Title"] = "Derde titel",
            ["Input.VersionId"] = first.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        again.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await RoundAsync(id)).PlanVersionId.ShouldBe(later, "a forged version field changes nothing once reactions exist");
        (await RoundAsync(id)).Title.ShouldBe("Derde titel");
        var (_, after) = await redacteur.GetAsync(Round(id));
        after.QuerySelector(".round-reactions")!.TextContent.ShouldBe("1 (0 te laat), 1 nog niet afgehandeld");
    }
}
