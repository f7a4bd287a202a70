using Beleidsplan.Web.Domain.Consultation;
using Microsoft.AspNetCore.Http.Extensions;

namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>
/// The register's filters from the address (?deel=&amp;soort=&amp;organisatie=&amp;status=), combined. A value
/// the round does not have is not applied and gets a Dutch message at its field, never an error page.
/// </summary>
public sealed class ReactionFilter
{
    private const int MaxShown = 80;

    public ReactionPart? Part { get; private set; }

    public ReactionKind? Kind { get; private set; }

    public string? Organisation { get; private set; }

    public bool FiltersStatus { get; private set; }

    /// <summary>The handling filtered on when <see cref="FiltersStatus"/>; null means "nog niet afgehandeld".</summary>
    public HandlingStatus? Status { get; private set; }

    /// <summary>Messages by field name (deel, soort, organisatie, status).</summary>
    public Dictionary<string, string> Errors { get; } = [];

    public bool IsEmpty => Part is null && Kind is null && Organisation is null && !FiltersStatus;

    public static ReactionFilter Read(IQueryCollection query, ReactionParts parts, IEnumerable<string> organisations)
    {
        var filter = new ReactionFilter();
        if (filter.TryPick(query, "deel", "Onbekend onderdeel", parts.All.Select(p => (p.Key, p)), out var part))
        {
            filter.Part = part;
        }

        if (filter.TryPick(query, "soort", "Onbekende soort reactie", ReactionSummary.Kinds.Select(k => (k.ToCode(), k)), out var kind))
        {
            filter.Kind = kind;
        }

        if (filter.TryPick(query, "organisatie", "Onbekende organisatie", organisations.Select(o => (o, o)), out var organisation))
        {
            filter.Organisation = organisation;
        }

        if (filter.TryPick(query, "status", "Onbekende status", ReactionSummary.Statuses.Select(s => (s.ToCode(), s)), out var status))
        {
            (filter.FiltersStatus, filter.Status) = (true, status);
        }

        return filter;
    }

    public bool Matches(Reaction reaction) =>
        (Part is null || reaction.Part.Key == Part.Key)
        && (Kind is null || reaction.Kind == Kind)
        && (Organisation is null || string.Equals(reaction.OrganisationName, Organisation, StringComparison.OrdinalIgnoreCase))
        && (!FiltersStatus || reaction.Handling == Status);

    /// <summary>This filter as a query string, for the export link.</summary>
    public string Query(string? handler = null)
    {
        var query = new QueryBuilder();
        foreach (var (name, value) in new[]
        {
            ("handler", handler), ("deel", Part?.Key), ("soort", Kind?.ToCode()), ("organisatie", Organisation),
            ("status", FiltersStatus ? Status.ToCode() : null),
        })
        {
            if (value is not null)
            {
                query.Add(name, value);
            }
        }

        return query.ToString();
    }

    private bool TryPick<T>(IQueryCollection query, string field, string what, IEnumerable<(string Code, T Value)> options, out T? value)
    {
        value = default;
        var raw = query[field].ToString().Trim();
        if (raw.Length == 0)
        {
            return false;
        }

        foreach (var (code, option) in options)
        {
            if (string.Equals(code, raw, StringComparison.OrdinalIgnoreCase))
            {
                value = option;
                return true;
            }
        }

        Errors[field] = $"{what} ‘{(raw.Length > MaxShown ? raw[..MaxShown] + "…" : raw)}’: kies een waarde uit de lijst.";
        return false;
    }
}
