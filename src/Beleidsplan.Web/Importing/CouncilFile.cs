using YamlDotNet.Serialization;

namespace Beleidsplan.Web.Importing;

/// <summary>gemeenteraden.yaml: the round in which the draft went to the councils, and each council's outcome.</summary>
public class CouncilFile
{
    [YamlMember(Alias = "ronde")] public RoundEntry? Round { get; set; }

    [YamlMember(Alias = "gemeenteraden")] public List<CouncilEntry> Councils { get; set; } = [];

    public class RoundEntry
    {
        [YamlMember(Alias = "titel")] public string? Title { get; set; }
        [YamlMember(Alias = "versie")] public string? Version { get; set; }
        [YamlMember(Alias = "inleiding")] public string? Introduction { get; set; }
        [YamlMember(Alias = "verstuurd")] public string? SentOn { get; set; }
        [YamlMember(Alias = "termijn")] public string? Deadline { get; set; }
    }

    public class CouncilEntry
    {
        [YamlMember(Alias = "cbs")] public string? CbsCode { get; set; }
        [YamlMember(Alias = "gemeente")] public string? Name { get; set; }
        [YamlMember(Alias = "commissie")] public string? Committee { get; set; }
        [YamlMember(Alias = "raad")] public string? Council { get; set; }
        [YamlMember(Alias = "uitkomst")] public string? Outcome { get; set; }
        [YamlMember(Alias = "besluit")] public string? DecidedOn { get; set; }
        [YamlMember(Alias = "tekst")] public string? Text { get; set; }
        [YamlMember(Alias = "afhandeling")] public string? Handling { get; set; }
        [YamlMember(Alias = "toelichting")] public string? HandlingNote { get; set; }
    }
}
