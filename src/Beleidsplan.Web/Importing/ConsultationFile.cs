using YamlDotNet.Serialization;

namespace Beleidsplan.Web.Importing;

/// <summary>The shape of consultatie.yaml: a plan's consultation rounds with their reactions (docs/content-format.md).</summary>
public class ConsultationFile
{
    [YamlMember(Alias = "rondes")] public List<RoundEntry> Rounds { get; set; } = [];

    public class RoundEntry
    {
        [YamlMember(Alias = "titel")] public string? Title { get; set; }

        /// <summary>The label of the version (in versies.yaml) the round is about.</summary>
        [YamlMember(Alias = "versie")] public string? Version { get; set; }
        [YamlMember(Alias = "inleiding")] public string? Introduction { get; set; }
        [YamlMember(Alias = "opent")] public string? OpensOn { get; set; }
        [YamlMember(Alias = "sluit")] public string? Deadline { get; set; }
        [YamlMember(Alias = "gesloten")] public ClosingEntry? Closed { get; set; }
        [YamlMember(Alias = "genodigden")] public List<InviteeEntry> Invitees { get; set; } = [];
        [YamlMember(Alias = "reacties")] public List<ReactionEntry> Reactions { get; set; } = [];
    }

    public class ClosingEntry
    {
        [YamlMember(Alias = "op")] public string? On { get; set; }
        [YamlMember(Alias = "door")] public string? By { get; set; }
        [YamlMember(Alias = "reden")] public string? Reason { get; set; }
    }

    public class InviteeEntry
    {
        [YamlMember(Alias = "groep")] public string? Group { get; set; }
        [YamlMember(Alias = "naam")] public string? Name { get; set; }
        [YamlMember(Alias = "email")] public string? Email { get; set; }

        /// <summary>The exact name of an organisation of the plan's unit, e.g. "Gemeente Alkmaar".</summary>
        [YamlMember(Alias = "organisatie")] public string? Organisation { get; set; }
    }

    public class ReactionEntry
    {
        /// <summary>Unique within the file; gives the reaction its fixed submission key.</summary>
        [YamlMember(Alias = "sleutel")] public string? Key { get; set; }

        /// <summary>The e-mail address of the invitee who reacted; or naam/email/organisatie/groep for someone else.</summary>
        [YamlMember(Alias = "genodigde")] public string? Invitee { get; set; }
        [YamlMember(Alias = "naam")] public string? Name { get; set; }
        [YamlMember(Alias = "email")] public string? Email { get; set; }
        [YamlMember(Alias = "organisatie")] public string? Organisation { get; set; }
        [YamlMember(Alias = "groep")] public string? Group { get; set; }
        [YamlMember(Alias = "via")] public string? Source { get; set; }
        [YamlMember(Alias = "geregistreerdDoor")] public string? RegisteredBy { get; set; }

        /// <summary>A date (jjjj-mm-dd), optionally with a time (jjjj-mm-dd uu:mm), Dutch time.</summary>
        [YamlMember(Alias = "ontvangen")] public string? Received { get; set; }
        [YamlMember(Alias = "onderdeel")] public PartReference? Part { get; set; }
        [YamlMember(Alias = "passage")] public string? Passage { get; set; }
        [YamlMember(Alias = "soort")] public string? Kind { get; set; }
        [YamlMember(Alias = "tekst")] public string? Text { get; set; }
        [YamlMember(Alias = "afhandeling")] public HandlingEntry? Handling { get; set; }
    }

    public class HandlingEntry
    {
        [YamlMember(Alias = "status")] public string? Status { get; set; }
        [YamlMember(Alias = "toelichting")] public string? Note { get; set; }
        [YamlMember(Alias = "gewijzigdIn")] public ChangeEntry? ChangedIn { get; set; }

        /// <summary>When and by whom; without them, the round's closing date and closer.</summary>
        [YamlMember(Alias = "op")] public string? On { get; set; }
        [YamlMember(Alias = "door")] public string? By { get; set; }
    }

    /// <summary>The later version, and the part of it, where a reaction led to a change.</summary>
    public class ChangeEntry : PartReference
    {
        [YamlMember(Alias = "versie")] public string? Version { get; set; }
    }
}
