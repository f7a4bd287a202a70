using System.Net;
using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using static Beleidsplan.Tests.Infrastructure.Administration;

namespace Beleidsplan.Tests.Accounts;

[Collection(DemoSite.Name)]
public class OrganisationTests(AppFactory app)
{
    private const string List = "/werkruimte/organisaties";
    private const string Add = "/werkruimte/organisaties/nieuw";

    private Task<List<Organisation>> NamedAsync(string name) =>
        app.WithDbAsync(db => db.Organisations.AsNoTracking().Where(o => o.Name == name).ToListAsync());

    private async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> AddAsync(Browser beheerder, string unitSlug, string name, string kind = "CarePartner")
    {
        var (_, form) = await beheerder.GetAsync(Add);
        return await beheerder.SubmitAsync(form, new Dictionary<string, string>
        {
            ["UnitId"] = Id(await UnitIdAsync(app, unitSlug)),
            ["Name"] = name,
            ["Kind"] = kind,
        });
    }

    [Fact]
    public async Task The_list_shows_the_organisations_of_the_beheerders_own_units_only()
    {
        var (beheerder, _) = await BeheerderAsync(app);

        var (response, page) = await beheerder.GetAsync(List);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var names = page.QuerySelectorAll(".organisation-row th").Select(c => c.TextContent.Trim()).ToList();
        names.ShouldContain("RIEC Noord-Holland");
        names.ShouldNotContain("Politie Eenheid Noord-Nederland");
        page.QuerySelectorAll(".organisation-row").ShouldContain(r => r.TextContent.Contains("RIEC Noord-Holland") && r.TextContent.Contains("RIEC"));
    }

    [Fact]
    public async Task A_beheerder_adds_an_organisation_and_renames_it_with_both_in_the_audit_trail()
    {
        var (beheerder, actorId) = await BeheerderAsync(app);
        var name = $"Zorgpartner {Guid.NewGuid():N}";

        var (added, _) = await AddAsync(beheerder, "noord-holland", $"  {name} ");

        added.Headers.Location!.ToString().ShouldBe(List);
        var organisation = (await NamedAsync(name)).Single();
        organisation.PoliceUnitId.ShouldBe(await UnitIdAsync(app, "noord-holland"));
        organisation.Kind.ShouldBe(OrganisationKind.CarePartner);

        var (_, form) = await beheerder.GetAsync($"{List}/{organisation.Id}");
        var (_, saved) = await beheerder.SubmitAsync(form, new Dictionary<string, string> { ["Name"] = name + " Noord", ["Kind"] = "Other" });

        saved.QuerySelector("[role=status]")!.TextContent.ShouldContain("opgeslagen");
        (await NamedAsync(name + " Noord")).Single().Kind.ShouldBe(OrganisationKind.Other);
        var audit = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.UserId == actorId && a.ItemType == "Organisation" && a.ItemKey == Id(organisation.Id)).ToListAsync());
        audit.Select(a => a.Action).ShouldBe([AuditAction.Created, AuditAction.Updated], ignoreOrder: true);
    }

    [Fact]
    public async Task An_empty_or_existing_name_is_refused_at_the_field()
    {
        var (beheerder, _) = await BeheerderAsync(app);

        var (_, empty) = await AddAsync(beheerder, "noord-holland", " ");
        var (_, existing) = await AddAsync(beheerder, "noord-holland", "riec noord-holland");

        empty.QuerySelector("[data-valmsg-for=Name]")!.TextContent.ShouldBe("Vul de naam van de organisatie in.");
        existing.QuerySelector("[data-valmsg-for=Name]")!.TextContent.ShouldBe("Deze eenheid heeft al een organisatie met deze naam.");
        (await NamedAsync("riec noord-holland")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_tampered_unit_id_or_another_units_organisation_is_forbidden_and_changes_nothing()
    {
        var (beheerder, _) = await BeheerderAsync(app);
        var name = $"Binnengesmokkeld {Guid.NewGuid():N}";
        var foreign = await OrganisationIdAsync(app, "noord-nederland", "Politie Eenheid Noord-Nederland");

        var (added, form) = await AddAsync(beheerder, "noord-nederland", name);
        var (opened, _) = await beheerder.GetAsync($"{List}/{foreign}");
        var (_, addForm) = await beheerder.GetAsync(Add);
        var renamed = await ForgeAsync(beheerder, addForm, $"{List}/{foreign}", new Dictionary<string, string> { ["Name"] = name, ["Kind"] = "Other" });

        added.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        form.QuerySelector("h1")!.TextContent.ShouldBe("Geen toegang");
        opened.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        renamed.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await NamedAsync(name)).ShouldBeEmpty();
        (await NamedAsync("Politie Eenheid Noord-Nederland")).ShouldHaveSingleItem();
    }
}
