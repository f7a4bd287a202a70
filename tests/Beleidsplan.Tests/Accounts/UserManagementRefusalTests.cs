using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Infrastructure.Administration;

namespace Beleidsplan.Tests.Accounts;

/// <summary>What a beheerder may not do: change their own rights, or reach outside their units.</summary>
[Collection(DemoSite.Name)]
public class UserManagementRefusalTests(AppFactory app)
{
    private static string Details(string userId) => $"/werkruimte/gebruikers/{userId}";

    private Task<List<Membership>> MembershipsAsync(string userId) =>
        app.WithDbAsync(db => db.Memberships.AsNoTracking().Where(m => m.UserId == userId).ToListAsync());

    private Task<bool> IsActiveAsync(string userId) => app.WithDbAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.IsActive).SingleAsync());

    [Fact]
    public async Task A_beheerder_cannot_change_their_own_rights_on_the_page_nor_by_a_forged_post()
    {
        var (beheerder, selfId) = await BeheerderAsync(app);
        var otherId = await UserIdAsync(app, await TestUsers.CreateAsync(app, Role.Redacteur));
        var own = (await MembershipsAsync(selfId)).Single();

        var (_, page) = await beheerder.GetAsync(Details(selfId));
        var (_, addRoleForm) = await beheerder.GetAsync($"{Details(otherId)}/rol-toevoegen");
        var removed = await ForgeAsync(beheerder, addRoleForm, $"{Details(selfId)}?handler=RemoveRole", new Dictionary<string, string> { ["membershipId"] = Id(own.Id) });
        var deactivated = await ForgeAsync(beheerder, addRoleForm, $"{Details(selfId)}?handler=Deactivate", new Dictionary<string, string>());
        var added = await ForgeAsync(beheerder, addRoleForm, $"{Details(selfId)}/rol-toevoegen", new Dictionary<string, string>
        {
            ["UnitId"] = Id(await UnitIdAsync(app, "noord-holland")),
            ["Role"] = "Redacteur",
        });

        page.QuerySelector("[role=note]")!.TextContent.ShouldContain("U kunt uw eigen rechten niet wijzigen");
        page.QuerySelectorAll("main form").ShouldBeEmpty();
        removed.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        deactivated.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        added.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await MembershipsAsync(selfId)).Select(m => m.Id).ShouldBe([own.Id]);
        (await IsActiveAsync(selfId)).ShouldBeTrue();
    }

    [Theory]
    [InlineData("other-unit")]
    [InlineData("municipality-of-other-unit")]
    [InlineData("organisation-of-other-unit")]
    public async Task A_tampered_unit_municipality_or_organisation_id_is_forbidden_and_changes_nothing(string tampering)
    {
        var (beheerder, _) = await BeheerderAsync(app, "noord-nederland");
        var userId = await UserIdAsync(app, await TestUsers.CreateAsync(app, Role.Redacteur, unitSlug: "noord-nederland"));
        var (_, form) = await beheerder.GetAsync($"{Details(userId)}/rol-toevoegen");
        var ownUnit = Id(await UnitIdAsync(app, "noord-nederland"));
        var fields = tampering switch
        {
            "other-unit" => new Dictionary<string, string> { ["UnitId"] = Id(await UnitIdAsync(app, "noord-holland")), ["Role"] = "Bestuurder" },
            "municipality-of-other-unit" => new Dictionary<string, string>
            { ["UnitId"] = ownUnit, ["Role"] = "Gemeente", ["MunicipalityId"] = Id(await MunicipalityIdAsync(app, "Haarlem")) },
            _ => new Dictionary<string, string>
            { ["UnitId"] = ownUnit, ["Role"] = "Partner", ["OrganisationId"] = Id(await OrganisationIdAsync(app, "noord-holland", "RIEC Noord-Holland")) },
        };

        var (response, _) = await beheerder.SubmitAsync(form, fields);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await MembershipsAsync(userId)).Select(m => m.Role).ShouldBe([Role.Redacteur]);
    }

    private async Task<(string UserId, int ElsewhereId)> UserInBothUnitsAsync()
    {
        var userId = await UserIdAsync(app, await TestUsers.CreateAsync(app, Role.Redacteur));
        var elsewhere = await app.WithDbAsync(async db =>
        {
            var unit = await db.PoliceUnits.Where(u => u.Slug == "noord-nederland").Select(u => u.Id).SingleAsync();
            var membership = new Membership { UserId = userId, Role = Role.Bestuurder, PoliceUnitId = unit };
            db.Memberships.Add(membership);
            await db.SaveChangesAsync();
            return membership.Id;
        });
        return (userId, elsewhere);
    }

    [Fact]
    public async Task Users_and_memberships_of_another_unit_are_out_of_reach()
    {
        var (beheerder, _) = await BeheerderAsync(app);
        var (_, token) = await beheerder.GetAsync($"{Details(await UserIdAsync(app, await TestUsers.CreateAsync(app, Role.Redacteur)))}/rol-toevoegen");
        var stranger = await UserIdAsync(app, await TestUsers.CreateAsync(app, Role.Redacteur, unitSlug: "noord-nederland"));
        var (both, elsewhere) = await UserInBothUnitsAsync();

        var (opened, _) = await beheerder.GetAsync(Details(stranger));
        var strangerDeactivated = await ForgeAsync(beheerder, token, $"{Details(stranger)}?handler=Deactivate", new Dictionary<string, string>());
        var removedElsewhere = await ForgeAsync(beheerder, token, $"{Details(both)}?handler=RemoveRole", new Dictionary<string, string> { ["membershipId"] = Id(elsewhere) });

        opened.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        strangerDeactivated.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        removedElsewhere.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await IsActiveAsync(stranger)).ShouldBeTrue();
        (await MembershipsAsync(both)).ShouldContain(m => m.Id == elsewhere);
    }

    [Fact]
    public async Task A_user_who_also_works_in_another_unit_is_not_deactivated_but_keeps_roles_there_when_one_is_removed_here()
    {
        var (beheerder, _) = await BeheerderAsync(app);
        var (userId, elsewhere) = await UserInBothUnitsAsync();

        var (_, page) = await beheerder.GetAsync(Details(userId));
        var forged = await ForgeAsync(beheerder, page, $"{Details(userId)}?handler=Deactivate", new Dictionary<string, string>());
        var (removed, _) = await beheerder.SubmitAsync(page, new Dictionary<string, string>(), "form[action*=RemoveRole]");

        page.QuerySelector("main")!.TextContent.ShouldContain("ook rollen in een eenheid die u niet beheert");
        page.QuerySelector("form[action*=Deactivate]").ShouldBeNull();
        forged.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await forged.Content.ReadAsStringAsync()).ShouldContain("ook rollen in een eenheid die u niet beheert");
        (await IsActiveAsync(userId)).ShouldBeTrue();
        removed.Headers.Location!.ToString().ShouldBe("/werkruimte/gebruikers"); // gone from this beheerder's units
        (await MembershipsAsync(userId)).Select(m => m.Id).ShouldBe([elsewhere]);
    }

    [Theory]
    [InlineData(Role.Redacteur, null)]
    [InlineData(Role.Gemeente, "Haarlem")]
    public async Task Other_roles_get_403_on_the_beheerders_pages(Role role, string? municipality)
    {
        var user = await TestUsers.SignedInAsync(app, role, municipality: municipality);
        var someone = await UserIdAsync(app, await TestUsers.CreateAsync(app, Role.Redacteur));

        foreach (var url in new[] { "/werkruimte/gebruikers", Details(someone), $"{Details(someone)}/rol-toevoegen", "/werkruimte/organisaties", "/werkruimte/organisaties/nieuw" })
        {
            (await user.GetAsync(url)).Response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        }
    }
}
