using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using DocumentFormat.OpenXml.Packaging;

namespace Beleidsplan.Tests.Accounts;

[Collection(DemoSite.Name)]
public class SecurityLogTests(AppFactory app)
{
    [Fact]
    public async Task A_beheerder_sees_sign_ins_failed_sign_ins_and_rights_changes_of_their_own_unit_only()
    {
        var own = await TestUsers.CreateAsync(app, Role.Redacteur);
        var other = await TestUsers.CreateAsync(app, Role.Redacteur, "noord-nederland");
        await TestUsers.SignInAsync(new Browser(app), own, "een-verkeerd-wachtwoord");
        await TestUsers.SignInAsync(new Browser(app), own);
        await TestUsers.SignInAsync(new Browser(app), other);
        var beheerder = await TestUsers.SignedInAsync(app, Role.Beheerder);

        var (response, page) = await beheerder.GetAsync("/werkruimte/logboek");
        var (filtered, failedOnly) = await beheerder.GetAsync("/werkruimte/logboek?actie=SignInFailed");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = page.QuerySelectorAll("tr.history-entry").Select(r => r.TextContent).ToList();
        rows.ShouldContain(r => r.Contains(own, StringComparison.Ordinal) && r.Contains("Inloggen mislukt", StringComparison.Ordinal));
        rows.ShouldContain(r => r.Contains(own, StringComparison.Ordinal) && r.Contains("Ingelogd", StringComparison.Ordinal));
        rows.ShouldContain(r => r.Contains("Rol", StringComparison.Ordinal) && r.Contains("Toegevoegd", StringComparison.Ordinal)); // the memberships made above
        rows.ShouldNotContain(r => r.Contains(other, StringComparison.Ordinal));
        filtered.StatusCode.ShouldBe(HttpStatusCode.OK);
        failedOnly.QuerySelectorAll("tr.history-entry").ShouldAllBe(r => r.TextContent.Contains("Inloggen mislukt"));

        var export = await beheerder.Client.GetAsync("/werkruimte/logboek?handler=Export&actie=SignInFailed");
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text).ToList();
        cells.ShouldContain(own);
        cells.ShouldContain("wachtwoord onjuist");
        cells.ShouldNotContain(other);
    }

    [Fact]
    public async Task The_log_is_for_beheerders_only()
    {
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (response, _) = await redacteur.GetAsync("/werkruimte/logboek");

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
