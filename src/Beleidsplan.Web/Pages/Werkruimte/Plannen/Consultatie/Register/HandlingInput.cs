using System.Globalization;
using Beleidsplan.Web.Domain.Consultation;
using Beleidsplan.Web.Exports;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>
/// The handling form. Its fields are bound as text and checked here, so a wrong value (a tampered
/// select, an empty form) gets a Dutch message at its field instead of the framework's English one.
/// </summary>
public sealed class HandlingInput
{
    public string? Status { get; set; }

    public string? Note { get; set; }

    /// <summary>The number of the later version the reaction led to a change in.</summary>
    public string? ChangedInVersion { get; set; }

    /// <summary>The key of that version's part (prioriteit-12); empty is the plan as a whole.</summary>
    public string? ChangedPart { get; set; }

    /// <summary>Set by the "save and go to the next" button.</summary>
    public bool GoToNext { get; set; }

    public static HandlingInput From(Reaction reaction, HandlingChoices choices) => new()
    {
        Status = reaction.Handling?.ToString(),
        Note = reaction.HandlingNote,
        ChangedInVersion = choices.ById(reaction.ChangedInVersionId)?.Number.ToString(CultureInfo.InvariantCulture),
        ChangedPart = reaction.ChangedPart is { Kind: not PartKind.WholePlan } part ? part.Key : null,
    };

    public static HandlingStatus? Parse(string? status) =>
        Enum.GetValues<HandlingStatus>().Select(s => (HandlingStatus?)s).FirstOrDefault(s => s.ToString() == status);

    public static string StatusText(string? status) => Parse(status) is { } parsed ? parsed.ToDutch() : "(geen keuze)";

    /// <summary>The handling to record, or null with the messages added at the fields.</summary>
    public ValidHandling? Validate(HandlingChoices choices, ModelStateDictionary state)
    {
        state.Clear(); // every field is text and checked below, in Dutch
        var status = Parse(Status);
        if (status is null)
        {
            state.AddModelError($"Input.{nameof(Status)}", "Kies hoe de reactie is afgehandeld.");
        }
        else if (Reaction.ValidateHandling(status.Value, Note) is { } error)
        {
            state.AddModelError($"Input.{nameof(Note)}", error);
        }

        VersionRef? version = null;
        ReactionPart? part = null;
        if (!string.IsNullOrWhiteSpace(ChangedInVersion))
        {
            version = choices.ByNumber(ChangedInVersion);
            if (version is null)
            {
                state.AddModelError($"Input.{nameof(ChangedInVersion)}", "Kies een latere versie uit de lijst.");
            }
        }
        else if (!string.IsNullOrWhiteSpace(ChangedPart))
        {
            state.AddModelError($"Input.{nameof(ChangedInVersion)}", "Kies ook de versie waarin dit onderdeel is gewijzigd.");
        }

        if (version is not null)
        {
            part = string.IsNullOrWhiteSpace(ChangedPart) ? ReactionPart.WholePlan : choices.PartsOf(version).Find(ChangedPart.Trim());
            if (part is null)
            {
                var named = choices.Parts.FirstOrDefault(p => p.Key == ChangedPart?.Trim()) is { } known ? ReactionParts.Label(known) : "Dit onderdeel";
                state.AddModelError($"Input.{nameof(ChangedPart)}", $"{named} staat niet in ‘{version.Label}’: kies een onderdeel van die versie.");
            }
        }

        return state.IsValid && status is not null ? new ValidHandling(status.Value, version, part) : null;
    }
}

public sealed record ValidHandling(HandlingStatus Status, VersionRef? Version, ReactionPart? Part);
