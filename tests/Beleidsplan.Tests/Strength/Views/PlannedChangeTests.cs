using System.Net;
using AngleSharp.Dom;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Strength;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.Tests.Strength.Views;

[Collection(StrengthViewsSite.Name)]
public class PlannedChangeTests(AppFactory app)
{
    private const string Changes = $"/werkruimte/plannen/{StrengthData.Plan}/sterkte/wijzigingen";
    private const string Hermans = "Motie Hermans: 55 fte voor Noord-Holland (LOVP september 2022); verdeling voorgesteld in de V10 van 28 september 2023";

    private static string? FieldError(IDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim();

    private static Dictionary<string, string> Valid(string path) => new()
    {
        ["Input.NodePath"] = path,
        ["Input.Function"] = "Testfunctie",
        ["Input.PayScale"] = "8",
        ["Input.Category"] = "wijkagent",
        ["Input.Fte"] = "2,50",
        ["Input.EffectiveOn"] = "2025-01-01",
        ["Input.Reason"] = "Testreden",
        ["Input.Decision"] = "Testbesluit",
    };

    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private Task<int> CountAsync() => app.WithDbAsync(db => db.PlannedStrengthChanges.CountAsync());

    [Fact]
    public async Task The_demo_changes_total_55_fte_for_Motie_Hermans_and_10_for_Van_Ginkel()
    {
        var sums = await app.WithDbAsync(db => db.PlannedStrengthChanges.Where(c => c.Decision == Hermans || c.Decision.StartsWith("Van Ginkel"))
            .GroupBy(c => c.Decision).Select(g => new { g.Key, Sum = g.Sum(c => c.Fte), Count = g.Count() }).ToListAsync());
        sums.Single(s => s.Key == Hermans).Sum.ShouldBe(55.00m);
        sums.Single(s => s.Key == Hermans).Count.ShouldBe(24);
        sums.Single(s => s.Key != Hermans).Sum.ShouldBe(10.00m);
        var partner = await TestUsers.SignedInAsync(app, Role.Partner);

        var (_, page) = await partner.GetAsync(Changes);

        var totals = page.QuerySelectorAll("#totalen-per-besluit tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(),
            r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList());
        totals[Hermans].ShouldBe(["0,00", "23,00", "32,00", "55,00"]);
        totals["Van Ginkel-gelden voor de Operationele Centra"].ShouldBe(["0,00", "0,00", "10,00", "10,00"]);
        page.QuerySelectorAll("#wijzigingen tbody tr").Count(r => r.TextContent.Contains('*', StringComparison.Ordinal)).ShouldBe(3); // the provisional flexteams
    }

    [Fact]
    public async Task The_projection_at_the_period_end_adds_the_demo_changes_and_the_new_FO_VOA_department()
    {
        await StrengthData.FormationAsync(app, new DateOnly(2023, 10, 1), HermansFormation.Rows, linkToPlan: true);
        var partner = await TestUsers.SignedInAsync(app, Role.Partner);

        var (response, page) = await partner.GetAsync($"/werkruimte/plannen/{StrengthData.Plan}/sterkte/projectie");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("h1")!.TextContent.ShouldContain("31 december 2027");
        var rows = page.QuerySelectorAll("table.strength-tree tbody tr").ToDictionary(r => Words(r.QuerySelector("th")!.TextContent),
            r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList());
        rows["Basisteam Alkmaar"][5].ShouldBe("+4,70"); // 3,00 wijkagent + 1,70 I&S
        rows["Basisteam Alkmaar"][7].ShouldBe("23,00"); // total wijkagent 20 + 3
        rows["Afdeling Forensische Opsporing / VOA nieuw"][5].ShouldBe("+5,00");
        rows["Dienst Regionaal Operationeel Centrum"][5].ShouldBe("+10,00");
        page.QuerySelector("#niet-plaatsbaar").ShouldBeNull();

        var (_, before) = await partner.GetAsync($"/werkruimte/plannen/{StrengthData.Plan}/sterkte/projectie?datum=2024-06-01");
        before.QuerySelectorAll("table.strength-tree tbody tr").Select(r => Words(r.QuerySelector("th")!.TextContent)).ShouldNotContain("Afdeling Forensische Opsporing / VOA nieuw");
    }

    [Fact]
    public async Task A_redacteur_adds_a_change_once_even_when_the_form_is_sent_twice_then_edits_and_deletes_it()
    {
        await StrengthData.FormationAsync(app, new DateOnly(2023, 10, 1), HermansFormation.Rows, linkToPlan: true);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync($"{Changes}/nieuw");
        form.QuerySelectorAll("select[name='Input.NodePath'] option").Select(o => o.GetAttribute("value"))
            .ShouldContain($"{StrengthData.Unit} > District Kennemerland > Basisteam Haarlem");
        var before = await CountAsync();
        var fields = Valid($"{StrengthData.Unit} > District Kennemerland");
        fields["Input.NewPartName"] = "Team Testpilot";

        var (first, _) = await redacteur.SubmitAllAsync(form, fields);
        var (second, _) = await redacteur.SubmitAllAsync(form, fields);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.Headers.Location.ShouldBe(first.Headers.Location);
        (await CountAsync()).ShouldBe(before + 1);
        var made = await app.WithDbAsync(db => db.PlannedStrengthChanges.OrderByDescending(c => c.Id).FirstAsync());
        made.NodePath.ShouldBe($"{StrengthData.Unit} > District Kennemerland > Team Testpilot");
        (made.Fte, made.Category, made.PayScale, made.EffectiveOn).ShouldBe((2.5m, FteColumn.Wijkagent, (int?)8, (DateOnly?)new DateOnly(2025, 1, 1)));

        var (_, edit) = await redacteur.GetAsync($"{Changes}/{made.Id}");
        var (edited, _) = await redacteur.SubmitAllAsync(edit, new Dictionary<string, string> { ["Input.Fte"] = "-1,25" });
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.PlannedStrengthChanges.Where(c => c.Id == made.Id).Select(c => c.Fte).SingleAsync())).ShouldBe(-1.25m);

        var (_, again) = await redacteur.GetAsync($"{Changes}/{made.Id}");
        var deleteForm = again.QuerySelectorAll("main form")[1];
        var (deleted, _) = await redacteur.SubmitAsync(again, new Dictionary<string, string>(), "main form.form--delete");
        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        deleteForm.ShouldNotBeNull();
        (await CountAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData("Input.Fte", "0", "Een wijziging van 0 fte verandert niets; vul een aantal in (negatief voor een vermindering).")]
    [InlineData("Input.Fte", "twee", "Vul het aantal fte in als getal met een decimale komma, bijvoorbeeld 2,50 (negatief voor een vermindering).")]
    [InlineData("Input.Fte", "2.5", "Vul het aantal fte in als getal met een decimale komma, bijvoorbeeld 2,50 (negatief voor een vermindering).")]
    [InlineData("Input.Reason", "", "Geef de reden van de wijziging.")]
    [InlineData("Input.Decision", " ", "Noem het besluit waar de wijziging uit volgt.")]
    [InlineData("Input.PayScale", "acht", "Vul een schaal van 1 tot en met 18 in, of laat het veld leeg.")]
    [InlineData("Input.EffectiveOn", "31-02-2025", "Dit is geen geldige datum; schrijf hem als dd-mm-jjjj, of laat het veld leeg voor 'in de planperiode'.")]
    public async Task Bad_input_gets_a_Dutch_message_at_its_field_and_stores_nothing(string field, string value, string message)
    {
        await StrengthData.FormationAsync(app, new DateOnly(2023, 10, 1), HermansFormation.Rows, linkToPlan: true);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, form) = await redacteur.GetAsync($"{Changes}/nieuw");
        var fields = Valid($"{StrengthData.Unit} > District Kennemerland > Basisteam Haarlem");
        fields[field] = value;
        var before = await CountAsync();

        var (response, page) = await redacteur.SubmitAllAsync(form, fields);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        FieldError(page, field).ShouldBe(message);
        (await CountAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_concurrent_edit_is_shown_as_a_conflict_and_not_overwritten()
    {
        await StrengthData.FormationAsync(app, new DateOnly(2023, 10, 1), HermansFormation.Rows, linkToPlan: true);
        var id = await app.WithDbAsync(db => db.PlannedStrengthChanges.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var one = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var two = await TestUsers.SignedInAsync(app, Role.Redacteur);
        var (_, formOne) = await one.GetAsync($"{Changes}/{id}");
        var (_, formTwo) = await two.GetAsync($"{Changes}/{id}");
        var original = await app.WithDbAsync(db => db.PlannedStrengthChanges.Where(c => c.Id == id).Select(c => c.Function).SingleAsync());

        (await one.SubmitAllAsync(formOne, new Dictionary<string, string> { ["Input.Function"] = "Eerste" })).Response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var (response, page) = await two.SubmitAllAsync(formTwo, new Dictionary<string, string> { ["Input.Function"] = "Tweede" });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector(".notice")!.TextContent.ShouldContain("gewijzigd door");
        (await app.WithDbAsync(db => db.PlannedStrengthChanges.Where(c => c.Id == id).Select(c => c.Function).SingleAsync())).ShouldBe("Eerste");
        await app.WithDbAsync(async db =>
        {
            var change = await db.PlannedStrengthChanges.SingleAsync(c => c.Id == id);
            change.Function = original;
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task A_gemeente_user_reads_the_changes_but_cannot_add_or_edit_them()
    {
        var id = await app.WithDbAsync(db => db.PlannedStrengthChanges.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var gemeente = await TestUsers.SignedInAsync(app, Role.Gemeente, municipality: "Haarlem");

        (await gemeente.GetAsync(Changes)).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await gemeente.GetAsync($"{Changes}/nieuw")).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await gemeente.GetAsync($"{Changes}/{id}")).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var token = await Security.Actor.TokenAsync(gemeente);
        var post = await gemeente.Client.PostAsync($"{Changes}/{id}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["ConfirmDelete"] = "true",
            ["Version"] = "0",
        }));
        post.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await app.WithDbAsync(db => db.PlannedStrengthChanges.AnyAsync(c => c.Id == id))).ShouldBeTrue();
    }
}
