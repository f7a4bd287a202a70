using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Consultation;

namespace Beleidsplan.Tests.Consultation.Register;

[Collection(RegisterSite.Name)]
public class RegisterTests(AppFactory app)
{
    private async Task<(RegisterSeed Seed, int[] Ids)> RoundWithReactionsAsync()
    {
        var seed = await RegisterSeed.RoundAsync(app);
        var ids = new[]
        {
            await seed.ReactionAsync("Burgemeester Alkmaar", ReactionKind.ProposedChange, seed.Priority, "Gemeente Alkmaar"),
            await seed.ReactionAsync("AOV Haarlem", ReactionKind.Question, seed.Priority, "Gemeente Haarlem"),
            await seed.ReactionAsync("AOV Haarlem", ReactionKind.ProposedChange, seed.SubTheme, "Gemeente Haarlem", more: r => r.IsLate = true),
            await seed.ReactionAsync("OM Noord-Holland", ReactionKind.Agreement, null, "Openbaar Ministerie"),
        };
        await seed.HandleAsync(ids[1], HandlingStatus.Answered, "Zie paragraaf 3.");
        return (seed, ids);
    }

    private static int[] Numbers(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("tr.register-row td:first-child").Select(td => int.Parse(td.TextContent.Replace("Reactie", "").Trim()))];

    [Fact]
    public async Task The_register_lists_every_reaction_numbered_in_order_of_receipt_with_counts_per_handling()
    {
        var (seed, _) = await RoundWithReactionsAsync();
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (response, page) = await redacteur.GetAsync(seed.Register);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Numbers(page).ShouldBe([1, 2, 3, 4]);
        page.QuerySelectorAll("tr.register-row")[2].TextContent.ShouldContain("te laat");
        var counts = page.QuerySelector(".status-counts")!.TextContent;
        counts.ShouldContain("Alle reacties 4");
        counts.ShouldContain("Beantwoord 1");
        counts.ShouldContain("Nog niet afgehandeld 3");
        counts.ShouldContain("Verwerkt 0");
    }

    [Fact]
    public async Task Filters_combine_and_keep_each_reactions_number()
    {
        var (seed, _) = await RoundWithReactionsAsync();
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (_, byKind) = await redacteur.GetAsync($"{seed.Register}?soort=wijzigingsvoorstel");
        var (_, byKindAndOrganisation) = await redacteur.GetAsync($"{seed.Register}?soort=wijzigingsvoorstel&organisatie=gemeente%20haarlem");
        var (_, byPart) = await redacteur.GetAsync($"{seed.Register}?deel={seed.Priority.Key}");
        var (_, unhandledOnPart) = await redacteur.GetAsync($"{seed.Register}?deel={seed.Priority.Key}&status=open");
        var (_, answered) = await redacteur.GetAsync($"{seed.Register}?status=beantwoord");

        Numbers(byKind).ShouldBe([1, 3]);
        Numbers(byKindAndOrganisation).ShouldBe([3]);
        Numbers(byPart).ShouldBe([1, 2]);
        Numbers(unhandledOnPart).ShouldBe([1]);
        Numbers(answered).ShouldBe([2]);
        byKindAndOrganisation.QuerySelector("[role=status]")!.TextContent.ShouldContain("1 van de 4 reacties");
        byKindAndOrganisation.QuerySelector("#filter-soort option[selected]")!.GetAttribute("value").ShouldBe("wijzigingsvoorstel");
    }

    [Fact]
    public async Task An_unknown_filter_value_gets_a_Dutch_message_at_its_field_not_an_error()
    {
        var (seed, _) = await RoundWithReactionsAsync();
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (response, page) = await redacteur.GetAsync($"{seed.Register}?soort=klacht&status=5&deel=prioriteit-999999&organisatie=Onbekend&handler=");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("#filter-soort-fout")!.TextContent.ShouldContain("Onbekende soort reactie ‘klacht’");
        page.QuerySelector("#filter-status-fout")!.TextContent.ShouldContain("Onbekende status ‘5’");
        page.QuerySelector("#filter-deel-fout")!.TextContent.ShouldContain("Onbekend onderdeel");
        page.QuerySelector("#filter-organisatie-fout")!.TextContent.ShouldContain("Onbekende organisatie");
        Numbers(page).Length.ShouldBe(4);
    }

    [Fact]
    public async Task The_export_holds_the_filtered_register()
    {
        var (seed, _) = await RoundWithReactionsAsync();
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, page) = await redacteur.GetAsync($"{seed.Register}?organisatie=Gemeente%20Haarlem");
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Gefilterd register downloaden")).GetAttribute("href")!;

        var export = await redacteur.Client.GetAsync(link);

        export.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var rows = Workbook.Read(await export.Content.ReadAsByteArrayAsync()).Rows("Register");
        rows.Count.ShouldBe(3);
        rows.Skip(1).Select(r => r[0]).ShouldBe(["2", "3"]);
        rows[1][13].ShouldBe("Beantwoord");
        rows[1][14].ShouldBe("Zie paragraaf 3.");
        rows[2][9].ShouldBe("ja");
    }

    [Fact]
    public async Task A_round_of_another_plan_is_not_found_and_only_redacteuren_see_the_register()
    {
        var (seed, ids) = await RoundWithReactionsAsync();
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var partner = await TestUsers.SignedInAsync(app, Role.Partner);

        var (otherPlan, _) = await redacteur.GetAsync($"/werkruimte/plannen/imv-noord-holland-2019-2022/consultatie/{seed.RoundId}/reacties");
        var (otherRound, _) = await redacteur.GetAsync($"{seed.Register}/{ids[0] + 1_000_000}");
        var (asPartner, _) = await partner.GetAsync(seed.Register);

        otherPlan.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        otherRound.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        asPartner.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
