using Beleidsplan.Tests.Infrastructure;
using Beleidsplan.Web.Importing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beleidsplan.Tests.Importing;

public sealed class ImportTests(AppFactory app) : IClassFixture<AppFactory>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("beleidsplan-import").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string path, string text)
    {
        var full = Path.Combine(folder, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    private async Task<string> LoadAsync()
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadAsync(folder);
    }

    private void WriteValidPlan(string slug)
    {
        Write($"plannen/{slug}/plan.md", $"---\nslug: {slug}\ntitel: Testplan\nkorteNaam: TP\neenheid: noord-holland\neersteJaar: 2028\nlaatsteJaar: 2031\nstatus: ontwerp\n---\nSamenvatting.\n");
        Write($"plannen/{slug}/hoofdstukken/01-inleiding.md", "---\ntitel: Inleiding\n---\nTekst.\n");
        Write($"plannen/{slug}/prioriteiten/1-veilig/prioriteit.md",
            "---\nnummer: 1\ntitel: Veilig\ndoelen:\n  - tekst: Minder overlast\n    streefwaarde: 10\n    eenheid: procent\n---\n## Wat is het probleem?\nOverlast.\n");
        Write($"plannen/{slug}/prioriteiten/1-veilig/01-wijken.md", "---\ntitel: Wijken\n---\n## Wat gaan we doen?\nSamenwerken.\n");
    }

    [Fact]
    public async Task A_valid_plan_folder_is_imported_with_its_chapters_priorities_and_sub_themes()
    {
        WriteValidPlan("testplan-geldig");

        await LoadAsync();

        var plan = await app.WithDbAsync(db => db.Plans.Include(p => p.Priorities).ThenInclude(p => p.SubThemes)
            .Include(p => p.Priorities).ThenInclude(p => p.Goals).SingleAsync(p => p.Slug == "testplan-geldig"));
        plan.Priorities.Single().SubThemes.Single().Sections.Approach.ShouldBe("Samenwerken.");
        plan.Priorities.Single().Sections.Problem.ShouldBe("Overlast.");
        plan.Priorities.Single().Goals.Single().TargetValue.ShouldBe(10m);
        var (response, _) = await app.GetPageAsync("/plannen/testplan-geldig/prioriteiten/veilig/wijken");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_folder_with_errors_stores_nothing_and_names_every_file_and_field()
    {
        WriteValidPlan("testplan-fout-a");
        Write("plannen/testplan-fout-b/plan.md", "---\nslug: testplan-fout-b\nkorteNaam: TP\neenheid: bestaat-niet\neersteJaar: 2028\nlaatsteJaar: 2035\nstatus: klaar\n---\n");
        Write("plannen/testplan-fout-b/prioriteiten/1-x/prioriteit.md", "---\ntitel: X\nonbekend: 1\n---\n## Iets anders\nTekst.\n");
        var plansBefore = await app.WithDbAsync(db => db.Plans.CountAsync());

        var error = await Should.ThrowAsync<ImportException>(LoadAsync);

        var errors = string.Join('\n', error.Errors);
        errors.ShouldContain("plannen/testplan-fout-b/plan.md: veld 'titel' ontbreekt.");
        errors.ShouldContain("plannen/testplan-fout-b/plan.md: veld 'status' heeft de onbekende waarde 'klaar'");
        errors.ShouldContain("plannen/testplan-fout-b/plan.md: Een beleidsplan beslaat ten hoogste vier jaar");
        errors.ShouldContain("plannen/testplan-fout-b/plan.md: veld 'eenheid': eenheid 'bestaat-niet' bestaat niet.");
        errors.ShouldContain("plannen/testplan-fout-b/prioriteiten/1-x/prioriteit.md: regel 3: onbekend veld 'onbekend'.");
        (await app.WithDbAsync(db => db.Plans.CountAsync())).ShouldBe(plansBefore);
        (await app.WithDbAsync(db => db.Plans.AnyAsync(p => p.Slug == "testplan-fout-a"))).ShouldBeFalse();
    }

    [Fact]
    public async Task An_unknown_section_heading_is_reported_with_its_file()
    {
        WriteValidPlan("testplan-kop");
        Write("plannen/testplan-kop/prioriteiten/1-veilig/02-kop.md", "---\ntitel: Kop\n---\n## Conclusie\nTekst.\n");

        var error = await Should.ThrowAsync<ImportException>(LoadAsync);

        error.Errors.ShouldContain(e => e.StartsWith("plannen/testplan-kop/prioriteiten/1-veilig/02-kop.md: onbekende kop '## Conclusie'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_demo_unit_has_its_verified_municipalities_and_unknown_inhabitants_stay_unknown()
    {
        var municipalities = await app.WithDbAsync(db => db.Municipalities.Include(m => m.BasicTeam).ThenInclude(t => t!.District).ToListAsync());
        var basicTeams = await app.WithDbAsync(db => db.BasicTeams.CountAsync());

        var nh = municipalities.Where(m => m.BasicTeam?.District?.Name is "Noord-Holland-Noord" or "Zaanstreek-Waterland" or "Kennemerland").ToList();
        nh.Count.ShouldBe(32);
        nh.Select(m => m.BasicTeam!.Name).Distinct().Count().ShouldBe(10);
        nh.Count(m => m.Inhabitants is null).ShouldBe(8);
        nh.Single(m => m.CbsCode == "GM0392").Inhabitants.ShouldBe(167763);
        nh.Single(m => m.Name == "Bloemendaal").BasicTeam!.Name.ShouldBe("Kennemer Kust");
        basicTeams.ShouldBeGreaterThanOrEqualTo(10);
    }
}
