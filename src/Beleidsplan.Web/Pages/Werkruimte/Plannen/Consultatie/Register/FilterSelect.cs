namespace Beleidsplan.Web.Pages.Werkruimte.Plannen.Consultatie.Register;

/// <summary>One select of the register's filters, with its message when the address named an unknown value.</summary>
public sealed record FilterSelect(ReactionFilter Filter, string Name, string Label, IEnumerable<(string Code, string Text)> Options, string? Selected);
