using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Beleidsplan.Web.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Infrastructure.Administration;

namespace Beleidsplan.Tests.Accounts;

[Collection(DemoSite.Name)]
public class UserManagementTests(AppFactory app)
{
    private static string Details(string userId) => $"/werkruimte/gebruikers/{userId}";

    private Task<List<Membership>> MembershipsAsync(string userId) =>
        app.WithDbAsync(db => db.Memberships.AsNoTracking().Where(m => m.UserId == userId).ToListAsync());

    private Task<List<AuditEntry>> AuditByAsync(string actorId, string itemType) =>
        app.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.UserId == actorId && a.ItemType == itemType).ToListAsync());

    [Fact]
    public async Task The_list_shows_the_users_of_the_beheerders_own_units_only()
    {
        var (beheerder, _) = await BeheerderAsync(app);
        var own = await TestUsers.CreateAsync(app, Role.Redacteur);
        var other = await TestUsers.CreateAsync(app, Role.Redacteur, unitSlug: "noord-nederland");

        var (response, page) = await beheerder.GetAsync("/werkruimte/gebruikers");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var emails = page.QuerySelectorAll(".user-row").Select(r => r.GetAttribute("data-email")).ToList();
        emails.ShouldContain(own);
        emails.ShouldNotContain(other);
        page.QuerySelector($".user-row[data-email='{own}'] .membership")!.TextContent.ShouldContain("redacteur · Eenheid Noord-Holland");
        page.QuerySelector($".user-row[data-email='{own}'] .user-status")!.TextContent.ShouldBe("actief");
    }

    [Fact]
    public async Task The_workspace_home_links_a_beheerder_to_users_and_organisations_and_a_redacteur_not()
    {
        var (beheerder, _) = await BeheerderAsync(app);
        var redacteur = await TestUsers.SignedInAsync(app, Role.Redacteur);

        var (_, home) = await beheerder.GetAsync("/werkruimte");
        var (_, other) = await redacteur.GetAsync("/werkruimte");

        home.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ShouldContain("/werkruimte/gebruikers");
        home.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ShouldContain("/werkruimte/organisaties");
        other.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ShouldNotContain("/werkruimte/gebruikers");
    }

    [Fact]
    public async Task Deactivation_ends_the_open_session_and_refuses_sign_in_until_reactivated()
    {
        var (beheerder, actorId) = await BeheerderAsync(app);
        var email = await TestUsers.CreateAsync(app, Role.Gemeente, municipality: "Haarlem");
        var userId = await UserIdAsync(app, email);
        var user = new Browser(app);
        await TestUsers.SignInAsync(user, email);
        (await user.GetAsync("/werkruimte")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var (_, details) = await beheerder.GetAsync(Details(userId));
        var (_, deactivated) = await beheerder.SubmitAsync(details, new Dictionary<string, string>(), "form[action*=Deactivate]");

        deactivated.QuerySelector("[role=status]")!.TextContent.ShouldContain("gedeactiveerd");
        var (next, _) = await user.GetAsync("/werkruimte");
        next.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        next.Headers.Location!.ToString().ShouldContain("/inloggen");
        var (refused, form) = await TestUsers.SignInAsync(new Browser(app), email);
        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        form.QuerySelector("[role=alert]")!.TextContent.ShouldContain("klopt niet");
        (await AuditByAsync(actorId, "User")).ShouldContain(a => a.Action == AuditAction.Updated && a.ItemKey == userId && a.Changes!.Contains("IsActive"));

        var (_, reactivated) = await beheerder.SubmitAsync(deactivated, new Dictionary<string, string>(), "form[action*=Reactivate]");
        reactivated.QuerySelector(".user-status")!.TextContent.ShouldBe("actief");
        var (signedIn, _) = await TestUsers.SignInAsync(new Browser(app), email);
        signedIn.Headers.Location!.ToString().ShouldBe("/werkruimte");
    }

    [Fact]
    public async Task A_beheerder_adds_and_removes_a_role_and_each_change_is_in_the_audit_trail()
    {
        var (beheerder, actorId) = await BeheerderAsync(app);
        var userId = await UserIdAsync(app, await TestUsers.CreateAsync(app, Role.Redacteur));
        var (_, form) = await beheerder.GetAsync($"{Details(userId)}/rol-toevoegen");

        var (added, _) = await beheerder.SubmitAsync(form, new Dictionary<string, string>
        {
            ["UnitId"] = Id(await UnitIdAsync(app, "noord-holland")),
            ["Role"] = "Gemeente",
            ["MunicipalityId"] = Id(await MunicipalityIdAsync(app, "Zaanstad")),
        });

        added.Headers.Location!.ToString().ShouldBe(Details(userId));
        var gemeente = (await MembershipsAsync(userId)).Single(m => m.Role == Role.Gemeente);
        gemeente.MunicipalityId.ShouldBe(await MunicipalityIdAsync(app, "Zaanstad"));
        (await AuditByAsync(actorId, "Membership")).ShouldContain(a => a.Action == AuditAction.Created && a.ItemKey == Id(gemeente.Id));

        var (_, details) = await beheerder.GetAsync(Details(userId));
        var (_, removed) = await beheerder.SubmitAsync(details, new Dictionary<string, string> { ["membershipId"] = Id(gemeente.Id) },
            "form[action*=RemoveRole]");

        removed.QuerySelector("[role=status]")!.TextContent.ShouldContain("gemeente");
        (await MembershipsAsync(userId)).Select(m => m.Role).ShouldBe([Role.Redacteur]);
        (await AuditByAsync(actorId, "Membership")).ShouldContain(a => a.Action == AuditAction.Deleted && a.ItemKey == Id(gemeente.Id));
    }

    [Fact]
    public async Task A_gemeente_role_without_a_municipality_or_a_duplicate_role_is_refused_at_the_field()
    {
        var (beheerder, _) = await BeheerderAsync(app);
        var userId = await UserIdAsync(app, await TestUsers.CreateAsync(app, Role.Redacteur));
        var (_, form) = await beheerder.GetAsync($"{Details(userId)}/rol-toevoegen");
        var unit = Id(await UnitIdAsync(app, "noord-holland"));

        var (_, missing) = await beheerder.SubmitAsync(form, new Dictionary<string, string> { ["UnitId"] = unit, ["Role"] = "Gemeente" });
        var (_, duplicate) = await beheerder.SubmitAsync(form, new Dictionary<string, string> { ["UnitId"] = unit, ["Role"] = "Redacteur" });

        missing.QuerySelector("[data-valmsg-for=MunicipalityId]")!.TextContent.ShouldBe("Een gemeentegebruiker hoort bij één gemeente.");
        duplicate.QuerySelector("[data-valmsg-for=Role]")!.TextContent.ShouldContain("heeft de rol redacteur al");
        (await MembershipsAsync(userId)).Count.ShouldBe(1);
    }
}
