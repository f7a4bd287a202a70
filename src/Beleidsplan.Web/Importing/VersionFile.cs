using YamlDotNet.Serialization;

namespace Beleidsplan.Web.Importing;

/// <summary>The shape of versies.yaml: a plan's versions, oldest first (docs/content-format.md).</summary>
public class VersionFile
{
    [YamlMember(Alias = "versies")] public List<VersionEntry> Versions { get; set; } = [];

    public class VersionEntry
    {
        [YamlMember(Alias = "label")] public string? Label { get; set; }
        [YamlMember(Alias = "datum")] public string? Date { get; set; }
        [YamlMember(Alias = "toelichting")] public string? Note { get; set; }
        [YamlMember(Alias = "vastgesteld")] public AdoptionEntry? Adopted { get; set; }
        [YamlMember(Alias = "gepubliceerd")] public bool Published { get; set; }

        /// <summary>Edits that turn the next version's text (the files' text, for the last) into this one's.</summary>
        [YamlMember(Alias = "wijzigingen")] public List<EditEntry> Edits { get; set; } = [];
    }

    public class AdoptionEntry
    {
        [YamlMember(Alias = "op")] public string? On { get; set; }
        [YamlMember(Alias = "door")] public string? By { get; set; }
    }
}

/// <summary>
/// Names one part of a plan by slug: a chapter, a priority or a sub-theme ("priority/sub-theme").
/// None of them names the plan itself.
/// </summary>
public class PartReference
{
    [YamlMember(Alias = "hoofdstuk")] public string? Chapter { get; set; }
    [YamlMember(Alias = "prioriteit")] public string? Priority { get; set; }
    [YamlMember(Alias = "deelthema")] public string? SubTheme { get; set; }

    public bool IsEmpty => Chapter is null && Priority is null && SubTheme is null;

    public override string ToString() =>
        Chapter is not null ? $"hoofdstuk '{Chapter}'"
        : Priority is not null ? $"prioriteit '{Priority}'"
        : SubTheme is not null ? $"deelthema '{SubTheme}'"
        : "het plan";
}

/// <summary>One edit: replace a text in a field of a part, or leave a whole part out.</summary>
public class EditEntry : PartReference
{
    /// <summary>The n-th goal (1 = first) of the priority or sub-theme, in file order.</summary>
    [YamlMember(Alias = "doel")] public int? Goal { get; set; }

    /// <summary>The n-th activity (1 = first) of the priority or sub-theme, in file order.</summary>
    [YamlMember(Alias = "activiteit")] public int? Activity { get; set; }

    [YamlMember(Alias = "veld")] public string? Field { get; set; }
    [YamlMember(Alias = "vervang")] public string? Find { get; set; }
    [YamlMember(Alias = "door")] public string? Replacement { get; set; }

    /// <summary>The part was not in this version yet: it is left out of it.</summary>
    [YamlMember(Alias = "weglaten")] public bool Omit { get; set; }

    public string Describe()
    {
        var part = base.ToString();
        return Goal is { } goal ? $"doel {goal} van {part}"
            : Activity is { } activity ? $"activiteit {activity} van {part}"
            : part;
    }
}
