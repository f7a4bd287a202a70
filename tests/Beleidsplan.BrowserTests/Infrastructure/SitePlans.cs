using Beleidsplan.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Beleidsplan.BrowserTests.Infrastructure;

/// <summary>
/// A plan of Noord-Holland in preparation, made straight in the site's database, for a journey that
/// takes a plan through its whole life without touching the demo plans other tests read. Its four
/// themes and their sub-themes are those the RBOP fixed on 30 March 2023 (seed 000).
/// </summary>
public static class SitePlans
{
    public static readonly (string Title, string[] SubThemes)[] Themes =
    [
        ("Ondermijning", ["Weerbare jeugd/criminele aanwas", "Drugsproductie en -logistiek", "Criminele geldstromen", "Mensenhandel"]),
        ("Jeugd en Veiligheid", ["Criminele aanwas"]),
        ("Cybercrime en gedigitaliseerde criminaliteit", ["Cybercrime", "Gedigitaliseerde criminaliteit", "Online bedreiging en intimidatie"]),
        ("Verbinding met de samenleving en maatschappelijke onrust", ["Radicalisering", "Extremisme"]),
    ];

    public static async Task<string> CreateInPreparationAsync(BrowserSite site, string title, int firstYear)
    {
        var slug = $"journey-{Guid.NewGuid():N}"[..30];
        await SiteUsers.WithDbAsync(site, async db =>
        {
            var unit = await db.PoliceUnits.Where(u => u.Slug == "noord-holland").Select(u => u.Id).SingleAsync();
            var plan = new Plan
            {
                Slug = slug,
                Title = title,
                ShortName = "IMV",
                FirstYear = firstYear,
                LastYear = firstYear + 3,
                LegalBasis = "Politiewet 2012, artikelen 38b en 39",
                PoliceUnitId = unit,
                Status = PlanStatus.Preparation,
                UpdatedAt = DateTimeOffset.UtcNow,
                Chapters = [new Chapter { Slug = "prioriteiten", Title = "De prioriteiten", Kind = ChapterKind.Priorities, Position = 1 }],
            };
            plan.Priorities = [.. Themes.Select((theme, i) => new Priority
            {
                Slug = $"thema-{i + 1}",
                Title = theme.Title,
                Number = i + 1,
                Position = i + 1,
                SubThemes = [.. theme.SubThemes.Select((sub, j) => new SubTheme { Slug = $"deelthema-{j + 1}", Title = sub, Position = j + 1, Plan = plan })],
            })];
            db.Plans.Add(plan);
            return await db.SaveChangesAsync();
        });
        return slug;
    }
}
