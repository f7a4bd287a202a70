using Beleidsplan.Web.Domain.Versions;

namespace Beleidsplan.Web.Importing;

/// <summary>
/// Applies one edit of versies.yaml to a version's content: replaces quoted text in one field of a
/// part, or leaves a part out. Content is immutable records, so every edit gives a new snapshot.
/// </summary>
internal static class SnapshotEditor
{
    private sealed record Slot(string? Value, bool Required, Func<string?, PlanSnapshot> With);

    private static readonly Dictionary<string, (Func<SectionsSnapshot, string?> Get, Func<SectionsSnapshot, string?, SectionsSnapshot> Set)> Sections = new()
    {
        ["inleiding"] = (s => s.Introduction, (s, v) => s with { Introduction = v }),
        ["watVerstaanWe"] = (s => s.Meaning, (s, v) => s with { Meaning = v }),
        ["probleem"] = (s => s.Problem, (s, v) => s with { Problem = v }),
        ["waaromPrioriteit"] = (s => s.WhyPriority, (s, v) => s with { WhyPriority = v }),
        ["watWillenWeBereiken"] = (s => s.Ambition, (s, v) => s with { Ambition = v }),
        ["watGaanWeDoen"] = (s => s.Approach, (s, v) => s with { Approach = v }),
    };

    /// <summary>The edited content, or the same content and a Dutch problem.</summary>
    public static PlanSnapshot Apply(PlanSnapshot content, EditEntry edit, out string? problem)
    {
        if (SnapshotParts.Locate(content, edit, out problem) is not { } at)
        {
            return content;
        }

        if (edit.Goal is not null || edit.Activity is not null)
        {
            problem = at.Priority < 0 ? "'doel' en 'activiteit' horen bij een prioriteit of deelthema."
                : edit.Goal is not null && edit.Activity is not null ? "noem 'doel' of 'activiteit', niet allebei."
                : null;
            if (problem is not null)
            {
                return content;
            }
        }

        if (edit.Omit)
        {
            problem = edit.Field is not null || edit.Find is not null || edit.Replacement is not null
                ? "'weglaten' gaat niet samen met 'veld', 'vervang' of 'door'."
                : at.IsPlan ? "noem het onderdeel dat wordt weggelaten." : null;
            return problem is null ? SnapshotOmissions.Omit(content, at, edit, out problem) : content;
        }

        var slot = FindSlot(content, at, edit, out problem);
        problem ??= string.IsNullOrWhiteSpace(edit.Find) ? "veld 'vervang' ontbreekt."
            : edit.Replacement is null ? "veld 'door' ontbreekt (schrijf door: \"\" om de tekst te schrappen)."
            : null;
        if (slot is null || problem is not null)
        {
            return content;
        }

        var count = LooseText.Count(slot.Value, edit.Find!);
        if (count != 1)
        {
            var quote = edit.Find!.Trim();
            quote = quote.Length > 60 ? quote[..60] + "…" : quote;
            problem = count == 0 ? $"de te vervangen tekst '{quote}' komt niet voor."
                : $"de te vervangen tekst '{quote}' komt {count} keer voor; citeer meer tekst, zodat het om één plek gaat.";
            return content;
        }

        var text = LooseText.Replace(slot.Value!, edit.Find!, edit.Replacement!.Trim());
        if (slot.Required && text.Length == 0)
        {
            problem = "de tekst wordt leeg, maar dit veld is verplicht.";
            return content;
        }

        return slot.With(text.Length == 0 ? null : text);
    }

    private static Slot? FindSlot(PlanSnapshot s, PartLocation at, EditEntry edit, out string? problem)
    {
        problem = null;
        var field = edit.Field?.Trim() ?? "";
        if (at.IsPlan || at.Chapter >= 0)
        {
            var chapter = at.IsPlan ? null : s.Chapters[at.Chapter];
            PlanSnapshot Put(ChapterSnapshot c) => s with { Chapters = Lists.Replace(s.Chapters, at.Chapter, c) };
            return (chapter, field) switch
            {
                (null, "titel") => new(s.Title, true, v => s with { Title = v! }),
                (null, "samenvatting") => new(s.Summary, false, v => s with { Summary = v }),
                ({ } c, "titel") => new(c.Title, true, v => Put(c with { Title = v! })),
                ({ } c, "tekst") => new(c.Body, false, v => Put(c with { Body = v })),
                _ => Unknown(field, chapter is null ? "titel, samenvatting" : "titel, tekst", out problem),
            };
        }

        var p = s.Priorities[at.Priority];
        var sub = at.SubTheme < 0 ? null : p.SubThemes[at.SubTheme];
        PlanSnapshot PutPriority(PrioritySnapshot n) => s with { Priorities = Lists.Replace(s.Priorities, at.Priority, n) };
        PlanSnapshot PutSub(SubThemeSnapshot n) => PutPriority(p with { SubThemes = Lists.Replace(p.SubThemes, at.SubTheme, n) });
        if (edit.Goal is not null || edit.Activity is not null)
        {
            return ItemSlot(p, sub, edit, field, PutPriority, out problem);
        }

        if (field == "titel")
        {
            return sub is null ? new(p.Title, true, v => PutPriority(p with { Title = v! })) : new(sub.Title, true, v => PutSub(sub with { Title = v! }));
        }

        if (!Sections.TryGetValue(field, out var section))
        {
            return Unknown(field, "titel, " + string.Join(", ", Sections.Keys), out problem);
        }

        return sub is null
            ? new(section.Get(p.Sections), false, v => PutPriority(p with { Sections = section.Set(p.Sections, v) }))
            : new(section.Get(sub.Sections), false, v => PutSub(sub with { Sections = section.Set(sub.Sections, v) }));
    }

    private static Slot? ItemSlot(PrioritySnapshot p, SubThemeSnapshot? sub, EditEntry edit, string field, Func<PrioritySnapshot, PlanSnapshot> put, out string? problem)
    {
        if (edit.Goal is { } goal)
        {
            var index = Lists.NthOf(p.Goals, g => g.SubThemeId == sub?.Id, goal, "doel", out problem);
            var g = index < 0 ? null : p.Goals[index];
            return g is null ? null
                : field == "tekst" ? new(g.Text, true, v => put(p with { Goals = Lists.Replace(p.Goals, index, g with { Text = v! }) }))
                : Unknown(field, "tekst", out problem);
        }

        var activity = Lists.NthOf(p.Activities, a => a.SubThemeId == sub?.Id, edit.Activity!.Value, "activiteit", out problem);
        var a = activity < 0 ? null : p.Activities[activity];
        return a is null ? null : field switch
        {
            "titel" => new(a.Title, true, v => put(p with { Activities = Lists.Replace(p.Activities, activity, a with { Title = v! }) })),
            "omschrijving" => new(a.Description, false, v => put(p with { Activities = Lists.Replace(p.Activities, activity, a with { Description = v }) })),
            _ => Unknown(field, "titel, omschrijving", out problem),
        };
    }

    private static Slot? Unknown(string field, string allowed, out string? problem)
    {
        problem = field.Length == 0 ? "veld 'veld' ontbreekt." : $"veld '{field}' bestaat hier niet; kies uit {allowed}.";
        return null;
    }
}
