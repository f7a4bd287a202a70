using Beleidsplan.Web.Domain;
using Beleidsplan.Web.Domain.Strength;

namespace Beleidsplan.Web.Strength.Import;

/// <summary>
/// Links the draft's districts and basisteams to those of the unit (for the wijkagent norm). A part
/// named "Basisteam X" or "District X" (or under a heading "District NHN") that the unit does not
/// know is an error: a typo would otherwise silently drop a team from the norm.
/// </summary>
public static class UnitLinker
{
    public static void Link(FormationDraft draft, IReadOnlyCollection<District> districts)
    {
        if (draft.Root is null)
        {
            return;
        }

        districts = [.. districts.OrderBy(d => d.Position)];
        var teams = districts.SelectMany(d => d.BasicTeams.OrderBy(t => t.Position)).ToList();
        foreach (var node in draft.Root.PreOrder())
        {
            if (node.Kind == NodeKind.BasicTeam)
            {
                var team = teams.FirstOrDefault(t => Same(t.Name, Rest(node.Name, "Basisteam")));
                node.BasicTeamId = team?.Id;
                if (team is null)
                {
                    draft.Error(node.Line, $"'{node.Name}' is geen basisteam van de eenheid; bekend zijn {string.Join(", ", teams.Select(t => "Basisteam " + t.Name))}.");
                }
            }

            if (node.Kind == NodeKind.District || node.Heading?.StartsWith("District ", StringComparison.OrdinalIgnoreCase) == true)
            {
                var name = node.Kind == NodeKind.District ? node.Name : node.Heading!;
                var district = districts.FirstOrDefault(d => Same(d.Name, Rest(name, "District")) || Same(d.Abbreviation, Rest(name, "District")));
                if (district is null)
                {
                    draft.Error(node.Line, $"'{name}' is geen district van de eenheid; bekend zijn {string.Join(", ", districts.Select(d => $"District {d.Name} ({d.Abbreviation})"))}.");
                }
                else if (node.Kind == NodeKind.District)
                {
                    node.DistrictId = district.Id;
                }
            }
        }
    }

    private static string Rest(string name, string word) => name.Trim()[word.Length..].Trim();

    private static bool Same(string? a, string b) => a is not null && PastedTextReader.Same(a, b);
}
