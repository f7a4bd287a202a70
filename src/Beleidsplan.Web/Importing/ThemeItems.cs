using Beleidsplan.Web.Domain;

namespace Beleidsplan.Web.Importing;

/// <summary>Turns the goals and activities of a theme file into entities under its priority.</summary>
internal static class ThemeItems
{
    public static void Add(Plan plan, Priority priority, SubTheme? subTheme, ThemeFile meta, string file, ImportErrors errors)
    {
        foreach (var (entry, index) in meta.Goals.Select((g, i) => (g, i + 1)))
        {
            priority.Goals.Add(new Goal
            {
                Plan = plan,
                SubTheme = subTheme,
                Position = priority.Goals.Count + 1,
                Text = errors.Require(entry.Text, $"doelen[{index}].tekst", file),
                Indicator = entry.Indicator,
                TargetValue = entry.TargetValue,
                TargetUnit = entry.Unit,
                TargetYear = entry.Year,
            });
        }

        foreach (var (entry, index) in meta.Activities.Select((a, i) => (a, i + 1)))
        {
            priority.Activities.Add(new Activity
            {
                Plan = plan,
                SubTheme = subTheme,
                Position = priority.Activities.Count + 1,
                Kind = errors.Lookup(Codes.ActivityKinds, entry.Kind, $"activiteiten[{index}].soort", file, ActivityKind.Activity) ?? default,
                Title = errors.Require(entry.Title, $"activiteiten[{index}].titel", file),
                Description = entry.Description,
            });
        }
    }
}
